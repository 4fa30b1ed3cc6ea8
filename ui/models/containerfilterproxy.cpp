// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/containerfilterproxy.h"

#include "ui/models/containertablemodel.h"

namespace bulkhead::ui {

ContainerFilterProxy::ContainerFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ContainerTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ContainerFilterProxy::setSearchText(const QString& text)
{
    const QString t = text.trimmed();
    if (t == m_search)
        return;
    m_search = t;
    invalidateFilter();
}

void ContainerFilterProxy::setSeverity(int severity, bool atLeast)
{
    if (severity == m_severity && atLeast == m_atLeast)
        return;
    m_severity = severity;
    m_atLeast = atLeast;
    invalidateFilter();
}

void ContainerFilterProxy::setState(const QString& state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateFilter();
}

void ContainerFilterProxy::setRuleId(const QString& ruleId)
{
    const QString r = ruleId.trimmed();
    if (r == m_ruleId)
        return;
    m_ruleId = r;
    invalidateFilter();
}

void ContainerFilterProxy::setCategory(int category)
{
    if (category == m_category)
        return;
    m_category = category;
    invalidateFilter();
}

bool ContainerFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* src = sourceModel();
    const QModelIndex first = src->index(sourceRow, 0, sourceParent);
    if (m_severity >= 0) {
        if (m_atLeast) {
            if (first.data(ContainerTableModel::MaxSeverityRole).toInt() < m_severity)
                return false;
        } else {
            const auto counts = first.data(ContainerTableModel::SeverityCountsRole).value<QList<int>>();
            if (m_severity >= counts.size() || counts.at(m_severity) == 0)
                return false;
        }
    }
    if (!m_state.isEmpty()) {
        const QString state = first.data(ContainerTableModel::StateRole).toString();
        if (m_state == QLatin1String("stopped")) {
            if (state == QLatin1String("running"))
                return false;
        } else if (state != m_state) {
            return false;
        }
    }
    if (!m_ruleId.isEmpty()) {
        const QStringList rules = first.data(ContainerTableModel::RuleIdsRole).toStringList();
        if (!rules.contains(m_ruleId, Qt::CaseInsensitive))
            return false;
    }
    if (m_category >= 0 && !first.data(ContainerTableModel::CategoriesRole).value<QList<int>>().contains(m_category))
        return false;
    if (!m_search.isEmpty()) {
        if (first.data(ContainerTableModel::IdRole).toString().startsWith(m_search, Qt::CaseInsensitive))
            return true;
        for (int col : {ContainerTableModel::Name,
                        ContainerTableModel::Image,
                        ContainerTableModel::Ports,
                        ContainerTableModel::User,
                        ContainerTableModel::State}) {
            if (src->index(sourceRow, col, sourceParent).data().toString().contains(m_search, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
    return true;
}

} // namespace bulkhead::ui
