// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/scandata.h"

#include <QWidget>

class QChartView;
class QLabel;

namespace bulkhead::ui {

// Host posture grade, findings by severity (donut), the riskiest containers (bars) and findings by category.
// Clicks on a slice or a bar ask the main window to filter the lists.
class DashboardView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardView)

public:
    explicit DashboardView(QWidget* parent = nullptr);
    void setScan(ScanDataPtr scan);

    // Counts shown by the donut, indexed by int(Severity) (for tests).
    QList<int> severityCounts() const { return m_severityCounts; }
    QStringList riskiestContainers() const { return m_riskiestIds; }
    QStringList riskiestLabels() const { return m_riskiestLabels; } // as drawn, bottom bar first (escaped)

signals:
    void severityClicked(int severity);
    void categoryClicked(int category);
    void containerClicked(const QString& id);

protected:
    void changeEvent(QEvent* event) override; // follows a light/dark palette switch

private:
    void applyTheme();
    void buildSeverityChart();
    void buildRiskiestChart();
    void buildCategoryChart();

    ScanDataPtr m_scan;
    QLabel* m_grade;
    QLabel* m_summary;
    QChartView* m_severityView;
    QChartView* m_riskiestView;
    QChartView* m_categoryView;
    QList<int> m_severityCounts;
    QStringList m_riskiestIds;
    QStringList m_riskiestLabels;
    QList<int> m_categoryIds;
};

} // namespace bulkhead::ui
