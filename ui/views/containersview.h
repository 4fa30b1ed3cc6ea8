// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace bulkhead::ui {

class ContainerTableModel;
class ContainerFilterProxy;

// The containers table with its search box and filters (severity, state, rule).
class ContainersView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainersView)

public:
    ContainersView(ContainerTableModel* model, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    ContainerFilterProxy* proxy() const { return m_proxy; }
    void setSeverityFilter(int severity, bool atLeast);
    void setCategoryFilter(int category);
    void setRuleFilter(const QString& ruleId);
    void clearFilters();
    void selectContainer(const QString& id);
    QString currentContainer() const;
    QStringList selectedContainers() const; // ids of the selected rows (extended selection)

signals:
    void currentContainerChanged(const QString& id);
    void containerActivated(const QString& id);

private:
    void updateCount();

    ContainerTableModel* m_model;
    ContainerFilterProxy* m_proxy;
    QLineEdit* m_search;
    QComboBox* m_severity;
    QComboBox* m_state;
    QLineEdit* m_rule;
    QLabel* m_category;
    QLabel* m_count;
    QTableView* m_table;
    bool m_sized = false;
};

} // namespace bulkhead::ui
