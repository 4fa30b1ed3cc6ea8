// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/dashboardview.h"

#include "ui/style.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QRegularExpression>
#include <QValueAxis>

#include <algorithm>
#include <map>

namespace bulkhead::ui {

namespace {

void themeChart(QChart* chart, const QPalette& palette)
{
    chart->setTheme(isDarkPalette() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    chart->legend()->setLabelColor(palette.color(QPalette::WindowText));
    chart->setTitleBrush(palette.color(QPalette::WindowText));
}

QChartView* makeChartView(const QString& accessibleName, QWidget* parent)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation); // animations cost frames on big hosts and say nothing
    themeChart(chart, parent->palette());
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(accessibleName);
    view->setMinimumHeight(240);
    view->setFocusPolicy(Qt::StrongFocus);
    return view;
}

// Qt Charts draws axis labels as rich text: a daemon-chosen container name must be escaped, or a name such as
// "<img src=x>" becomes markup. Long names are shortened in the middle (the chart would elide every label otherwise),
// and made unique because a category axis drops duplicates.
QString chartLabel(const QString& name, const QStringList& taken)
{
    constexpr int kMax = 28;
    QString shown = name;
    shown.replace(QRegularExpression(QStringLiteral("[\\x00-\\x1f\\x7f]")), QStringLiteral("?"));
    if (shown.size() > kMax)
        shown = shown.left(kMax / 2 - 1) + QChar(0x2026) + shown.right(kMax / 2 - 1);
    QString label = shown.toHtmlEscaped();
    for (int n = 2; taken.contains(label); ++n)
        label = QStringLiteral("%1 (%2)").arg(shown.toHtmlEscaped()).arg(n);
    return label;
}

void styleAxis(QAbstractAxis* axis, const QPalette& palette)
{
    axis->setLabelsColor(palette.color(QPalette::WindowText));
    axis->setGridLineColor(palette.color(QPalette::Mid));
    axis->setLinePenColor(palette.color(QPalette::Mid));
}

} // namespace

DashboardView::DashboardView(QWidget* parent) : QWidget(parent)
{
    m_grade = new QLabel(this);
    m_grade->setAlignment(Qt::AlignCenter);
    m_grade->setMinimumSize(120, 96);
    m_grade->setAccessibleName(tr("Host posture grade"));
    QFont f = m_grade->font();
    f.setPointSizeF(f.pointSizeF() * 2.6);
    f.setBold(true);
    m_grade->setFont(f);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAccessibleName(tr("Summary"));

    m_severityView = makeChartView(tr("Findings by severity"), this);
    m_riskiestView = makeChartView(tr("Riskiest containers"), this);
    m_categoryView = makeChartView(tr("Findings by category"), this);

    auto* top = new QHBoxLayout;
    top->addWidget(m_grade);
    top->addWidget(m_summary, 1);
    auto* grid = new QGridLayout;
    grid->addWidget(m_severityView, 0, 0);
    grid->addWidget(m_categoryView, 0, 1);
    grid->addWidget(m_riskiestView, 1, 0, 1, 2);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(grid, 1);
    setScan(nullptr);
}

void DashboardView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void DashboardView::applyTheme()
{
    // A theme resets series colours: re-theme, then rebuild the charts with the severity colours.
    for (QChartView* v : {m_severityView, m_riskiestView, m_categoryView})
        themeChart(v->chart(), palette());
    setScan(m_scan);
}

void DashboardView::setScan(ScanDataPtr scan)
{
    m_scan = std::move(scan);
    m_severityCounts = QList<int>(5, 0);
    int containers = 0;
    int running = 0;
    int suppressed = 0;
    if (m_scan) {
        for (const auto& finding : m_scan->result.findings) {
            if (finding.suppressed) {
                ++suppressed;
                continue;
            }
            const int s = int(finding.severity);
            if (s >= 0 && s < 5)
                ++m_severityCounts[s];
        }
        containers = int(m_scan->inventory.containers.size());
        for (const auto& c : m_scan->inventory.containers)
            running += c.running ? 1 : 0;
    }
    const QString grade = m_scan ? m_scan->result.hostPosture.grade : QString();
    const QColor bg = gradeColor(grade);
    m_grade->setText(grade.isEmpty() ? QStringLiteral("–") : grade);
    m_grade->setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: %2; border-radius: 10px; }")
                               .arg(bg.name(), textOn(bg).name()));
    m_grade->setToolTip(tr("Host posture: %1 of 100").arg(m_scan ? m_scan->result.hostPosture.score : 0));
    if (m_scan) {
        const auto& d = m_scan->inventory.daemon;
        QString text = tr("<b>%1</b><br>Docker %2 (API %3) on %4 · %5 containers (%6 running) · %7 images")
                           .arg(m_scan->sourceName.toHtmlEscaped(),
                                d.version.toHtmlEscaped(),
                                d.apiVersion.toHtmlEscaped(),
                                (d.operatingSystem.isEmpty() ? d.os : d.operatingSystem).toHtmlEscaped())
                           .arg(containers)
                           .arg(running)
                           .arg(m_scan->inventory.images.size());
        text += QStringLiteral("<br>") + tr("Critical %1 · High %2 · Medium %3 · Low %4 · Info %5")
                                             .arg(m_severityCounts[4])
                                             .arg(m_severityCounts[3])
                                             .arg(m_severityCounts[2])
                                             .arg(m_severityCounts[1])
                                             .arg(m_severityCounts[0]);
        if (suppressed > 0)
            text += QStringLiteral("<br>") + tr("%n accepted risk(s) not counted", nullptr, suppressed);
        if (m_scan->inventory.partial)
            text += QStringLiteral("<br><b>") + tr("Partial results: the collection did not complete.") +
                    QStringLiteral("</b>");
        m_summary->setText(text);
    } else {
        m_summary->setText(tr("Not connected. Connect to a Docker host or open a snapshot."));
    }
    buildSeverityChart();
    buildRiskiestChart();
    buildCategoryChart();
}

void DashboardView::buildSeverityChart()
{
    QChart* chart = m_severityView->chart();
    chart->removeAllSeries();
    chart->setTitle(tr("Findings by severity"));
    auto* series = new QPieSeries;
    series->setHoleSize(0.45);
    for (int s = 4; s >= 0; --s) {
        if (m_severityCounts[s] == 0)
            continue;
        const auto sev = model::Severity(s);
        auto* slice = series->append(QStringLiteral("%1 (%2)").arg(model::severityLabel(sev)).arg(m_severityCounts[s]),
                                     m_severityCounts[s]);
        slice->setColor(severityColor(sev));
        slice->setBorderColor(palette().color(QPalette::Window));
        connect(slice, &QPieSlice::clicked, this, [this, s] { emit severityClicked(s); });
        connect(slice, &QPieSlice::hovered, slice, [slice](bool on) { slice->setExploded(on); });
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
}

void DashboardView::buildRiskiestChart()
{
    QChart* chart = m_riskiestView->chart();
    chart->removeAllSeries();
    for (auto* axis : chart->axes()) {
        chart->removeAxis(axis); // gives the axis back to us (unlike removeAllSeries, which deletes): delete it
        delete axis;
    }
    chart->setTitle(tr("Riskiest containers"));
    m_riskiestIds.clear();
    m_riskiestLabels.clear();
    if (!m_scan)
        return;
    std::vector<std::pair<int, int>> order; // score, index
    for (int i = 0; i < int(m_scan->result.containers.size()); ++i)
        order.emplace_back(m_scan->result.containers[size_t(i)].risk.score, i);
    std::stable_sort(order.begin(), order.end(), [](auto a, auto b) { return a.first > b.first; });
    if (order.size() > 10)
        order.resize(10);
    auto* set = new QBarSet(tr("Risk score"));
    set->setColor(severityColor(model::Severity::High));
    set->setLabelColor(palette().color(QPalette::WindowText));
    QStringList names;
    // Horizontal bars draw bottom-up: add the riskiest last so it sits on top.
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const auto& r = m_scan->result.containers[size_t(it->second)];
        const model::Container* c = m_scan->container(r.containerId);
        names << chartLabel(c ? c->name : r.containerId.left(12), names);
        *set << it->first;
        m_riskiestIds.prepend(r.containerId);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    m_riskiestLabels = names;
    auto* y = new QBarCategoryAxis;
    y->append(names);
    y->setTruncateLabels(false); // chartLabel() shortened them already
    auto* x = new QValueAxis;
    x->setRange(0, 100);
    x->setLabelFormat(QStringLiteral("%d"));
    styleAxis(x, palette());
    styleAxis(y, palette());
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    connect(set, &QBarSet::clicked, this, [this](int index) {
        // index counts from the bottom bar (least risky of the ten).
        const int fromTop = int(m_riskiestIds.size()) - 1 - index;
        if (fromTop >= 0 && fromTop < m_riskiestIds.size())
            emit containerClicked(m_riskiestIds.at(fromTop));
    });
}

void DashboardView::buildCategoryChart()
{
    QChart* chart = m_categoryView->chart();
    chart->removeAllSeries();
    for (auto* axis : chart->axes()) {
        chart->removeAxis(axis); // gives the axis back to us (unlike removeAllSeries, which deletes): delete it
        delete axis;
    }
    chart->setTitle(tr("Findings by category"));
    m_categoryIds.clear();
    if (!m_scan)
        return;
    std::map<int, int> counts;
    for (const auto& f : m_scan->result.findings) {
        if (!f.suppressed)
            ++counts[int(f.category)];
    }
    std::vector<std::pair<int, int>> order(counts.begin(), counts.end()); // category, count
    std::stable_sort(order.begin(), order.end(), [](auto a, auto b) { return a.second < b.second; });
    auto* set = new QBarSet(tr("Findings"));
    set->setColor(severityColor(model::Severity::Low));
    set->setLabelColor(palette().color(QPalette::WindowText));
    QStringList names;
    int maxCount = 1;
    for (const auto& [cat, n] : order) {
        names << model::categoryLabel(model::Category(cat));
        *set << n;
        m_categoryIds << cat;
        maxCount = std::max(maxCount, n);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(names);
    auto* x = new QValueAxis;
    x->setRange(0, maxCount);
    x->setLabelFormat(QStringLiteral("%d"));
    x->applyNiceNumbers();
    styleAxis(x, palette());
    styleAxis(y, palette());
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    connect(set, &QBarSet::clicked, this, [this](int index) {
        if (index >= 0 && index < m_categoryIds.size())
            emit categoryClicked(m_categoryIds.at(index));
    });
}

} // namespace bulkhead::ui
