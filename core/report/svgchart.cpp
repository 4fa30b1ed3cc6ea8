// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/svgchart.h"

#include "core/report/reporttext.h"
#include "core/util/textescape.h"

#include <algorithm>

namespace bulkhead::report {

QString severityColor(model::Severity s)
{
    switch (s) {
    case model::Severity::Critical:
        return QStringLiteral("#9b1c1c");
    case model::Severity::High:
        return QStringLiteral("#d9480f");
    case model::Severity::Medium:
        return QStringLiteral("#b7791f");
    case model::Severity::Low:
        return QStringLiteral("#1c64b8");
    case model::Severity::Info:
        return QStringLiteral("#5f6b7a");
    }
    return QStringLiteral("#5f6b7a");
}

QString barChartSvg(const std::vector<Bar>& bars, double maxValue, const QString& emptyText)
{
    constexpr int kLabelW = 170;
    constexpr int kBarW = 170;
    constexpr int kRowH = 22;
    constexpr int kWidth = kLabelW + kBarW + 50;
    if (bars.empty()) {
        return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"30\" role=\"img\">"
                              "<text x=\"4\" y=\"20\" font-size=\"12\" fill=\"#5f6b7a\">%2</text></svg>")
            .arg(kWidth)
            .arg(util::htmlEscape(emptyText));
    }
    double max = maxValue;
    for (const Bar& b : bars) {
        max = std::max(max, b.value);
    }
    const int height = static_cast<int>(bars.size()) * kRowH + 6;
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 "
                                 "%1 %2\" role=\"img\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"12\">")
                      .arg(kWidth)
                      .arg(height);
    int y = 4;
    for (const Bar& b : bars) {
        QString label = b.label;
        if (label.size() > 20) {
            label = label.left(19) + QChar(0x2026); // keep the chart readable; the full name is in the tables
        }
        const double w = max > 0 ? b.value / max * kBarW : 0;
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\" fill=\"#1f2933\">%3</text>")
                   .arg(kLabelW - 6)
                   .arg(y + 14)
                   .arg(util::htmlEscape(label));
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"16\" rx=\"2\" fill=\"%4\"/>")
                   .arg(kLabelW)
                   .arg(y + 2)
                   .arg(std::max(w, b.value > 0 ? 1.0 : 0.0), 0, 'f', 1)
                   .arg(util::htmlEscape(b.color));
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" fill=\"#1f2933\">%3</text>")
                   .arg(kLabelW + w + 5, 0, 'f', 1)
                   .arg(y + 14)
                   .arg(util::htmlEscape(b.valueText.isEmpty() ? QString::number(b.value) : b.valueText));
        y += kRowH;
    }
    svg += QStringLiteral("</svg>");
    return svg;
}

std::vector<Bar> severityBars(const std::vector<CountBy>& bySeverity)
{
    std::vector<Bar> bars;
    for (const CountBy& c : bySeverity) {
        const model::Severity s = model::severityFromName(c.key).value_or(model::Severity::Info);
        bars.push_back({c.label, static_cast<double>(c.count), severityColor(s), QString::number(c.count)});
    }
    return bars;
}

std::vector<Bar> riskiestBars(const std::vector<CountBy>& riskiest)
{
    std::vector<Bar> bars;
    for (const CountBy& c : riskiest) {
        const QString color = c.count >= 75   ? severityColor(model::Severity::Critical)
                              : c.count >= 50 ? severityColor(model::Severity::High)
                              : c.count >= 25 ? severityColor(model::Severity::Medium)
                                              : severityColor(model::Severity::Low);
        bars.push_back({c.label, static_cast<double>(c.count), color, QString::number(c.count)});
    }
    return bars;
}

std::vector<Bar> categoryBars(const std::vector<CountBy>& byCategory)
{
    std::vector<Bar> bars;
    for (const CountBy& c : byCategory) {
        bars.push_back({c.label, static_cast<double>(c.count), QStringLiteral("#1f3a5f"), QString::number(c.count)});
    }
    return bars;
}

QString severityChartSvg(const std::vector<CountBy>& bySeverity)
{
    return barChartSvg(severityBars(bySeverity), 0, Report::tr("No findings"));
}

QString riskiestChartSvg(const std::vector<CountBy>& riskiest)
{
    return barChartSvg(riskiestBars(riskiest), 100, Report::tr("No container carries a known risk"));
}

QString categoryChartSvg(const std::vector<CountBy>& byCategory)
{
    return barChartSvg(categoryBars(byCategory), 0, Report::tr("No findings"));
}

} // namespace bulkhead::report
