// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace bulkhead::ui {

// Filters the containers table: free-text search (name, image, id, ports, user), severity, state and rule.
// Sorting uses ContainerTableModel::SortRole so scores and counts sort as numbers.
class ContainerFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerFilterProxy)

public:
    explicit ContainerFilterProxy(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    // -1: any. With atLeast, a container passes when its worst finding is at least `severity`; otherwise it must
    // have a finding of exactly that severity (a click on a donut slice).
    void setSeverity(int severity, bool atLeast);
    void setState(const QString& state); // "" any, "running", "stopped" (anything not running), or an exact state
    void setRuleId(const QString& ruleId);
    void setCategory(int category); // int(model::Category), -1: any
    int category() const { return m_category; }
    QString searchText() const { return m_search; }
    int severity() const { return m_severity; }
    bool severityAtLeast() const { return m_atLeast; }
    QString state() const { return m_state; }
    QString ruleId() const { return m_ruleId; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_search;
    int m_severity = -1;
    bool m_atLeast = true;
    QString m_state;
    QString m_ruleId;
    int m_category = -1;
};

} // namespace bulkhead::ui
