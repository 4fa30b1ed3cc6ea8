// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Inline SVG bar charts for the HTML report: vector, no script, labels escaped (container names come from a daemon).

#include "core/report/report.h"

#include <QString>

#include <vector>

namespace bulkhead::report {

struct Bar
{
    QString label;
    double value = 0;
    QString color; // "#rrggbb"
    QString valueText;
};

// A horizontal bar chart; `maxValue` <= 0 means the largest value.
QString barChartSvg(const std::vector<Bar>& bars, double maxValue, const QString& emptyText);

QString severityColor(model::Severity s); // the same palette in HTML and PDF
QString severityChartSvg(const std::vector<CountBy>& bySeverity);
QString riskiestChartSvg(const std::vector<CountBy>& riskiest);
QString categoryChartSvg(const std::vector<CountBy>& byCategory);

// The bars of the three summary charts, shared with the PDF writer.
std::vector<Bar> severityBars(const std::vector<CountBy>& bySeverity);
std::vector<Bar> riskiestBars(const std::vector<CountBy>& riskiest);
std::vector<Bar> categoryBars(const std::vector<CountBy>& byCategory);

} // namespace bulkhead::report
