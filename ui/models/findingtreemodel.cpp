// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/findingtreemodel.h"

#include "core/rules/scan.h"
#include "ui/style.h"

#include <QCoreApplication>
#include <QFont>
#include <QTextDocument>

#include <algorithm>
#include <map>

namespace bulkhead::ui {

QString ruleTitle(const QString& ruleId)
{
    if (const model::RuleInfo* r = rules::findRule(ruleId))
        return QCoreApplication::translate("Rules", r->title);
    return {};
}

FindingTreeModel::FindingTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

void FindingTreeModel::setGrouped(bool grouped)
{
    if (grouped == m_grouped)
        return;
    beginResetModel();
    m_grouped = grouped;
    endResetModel();
}

void FindingTreeModel::setFindings(model::Findings findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    rebuild();
    endResetModel();
}

void FindingTreeModel::rebuild()
{
    m_flat.resize(m_findings.size());
    for (int i = 0; i < int(m_flat.size()); ++i)
        m_flat[size_t(i)] = i;
    // Worst first; suppressed findings sink to the bottom but stay visible.
    std::stable_sort(m_flat.begin(), m_flat.end(), [this](int a, int b) {
        const auto& fa = m_findings[size_t(a)];
        const auto& fb = m_findings[size_t(b)];
        if (fa.suppressed != fb.suppressed)
            return !fa.suppressed;
        if (fa.severity != fb.severity)
            return fa.severity > fb.severity;
        if (fa.location.line != fb.location.line)
            return fa.location.line < fb.location.line;
        return fa.ruleId < fb.ruleId;
    });
    std::map<int, Group> groups;
    for (int i : m_flat) {
        const auto& f = m_findings[size_t(i)];
        auto [it, inserted] = groups.try_emplace(int(f.category), Group{f.category, {}, f.severity});
        it->second.members.push_back(i);
        if (!f.suppressed)
            it->second.worst = std::max(it->second.worst, f.severity);
    }
    m_groups.clear();
    for (auto& [key, g] : groups)
        m_groups.push_back(std::move(g));
    std::stable_sort(
        m_groups.begin(), m_groups.end(), [](const Group& a, const Group& b) { return a.worst > b.worst; });
}

const model::Finding* FindingTreeModel::finding(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (!m_grouped)
        return index.row() < int(m_flat.size()) ? &m_findings[size_t(m_flat[size_t(index.row())])] : nullptr;
    if (index.internalId() == 0)
        return nullptr;
    const auto& g = m_groups[size_t(index.internalId() - 1)];
    return index.row() < int(g.members.size()) ? &m_findings[size_t(g.members[size_t(index.row())])] : nullptr;
}

QModelIndex FindingTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    // Children carry their group's number + 1; groups carry 0.
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex FindingTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || !m_grouped || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int FindingTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return m_grouped ? int(m_groups.size()) : int(m_flat.size());
    if (!m_grouped || parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return int(m_groups[size_t(parent.row())].members.size());
}

int FindingTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant FindingTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const model::Finding* f = finding(index);
    if (!f) {
        // A category group.
        const Group& g = m_groups[size_t(index.row())];
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == Title)
                return tr("%1 (%n)", nullptr, int(g.members.size())).arg(model::categoryLabel(g.category));
            return {};
        case Qt::DecorationRole:
            return index.column() == Title ? QVariant(severityIcon(g.worst)) : QVariant();
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case IsGroupRole:
            return true;
        case SeverityRole:
            return int(g.worst);
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title: {
            const QString title = ruleTitle(f->ruleId);
            return title.isEmpty() ? f->message : title;
        }
        case Rule:
            return f->ruleId;
        case Detail:
            if (f->suppressed)
                return tr("%1 [accepted: %2]").arg(f->message, f->suppressionReason);
            return f->location.line > 0 ? tr("line %1: %2").arg(f->location.line).arg(f->message) : f->message;
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == Title ? QVariant(severityIcon(f->severity)) : QVariant();
    case Qt::ToolTipRole:
        // Messages quote daemon strings; a tool tip that looks like markup would be rendered as rich text.
        return Qt::convertFromPlainText(tr("%1 — %2").arg(model::severityLabel(f->severity), f->message),
                                        Qt::WhiteSpaceNormal);
    case Qt::AccessibleTextRole:
        if (index.column() == Title)
            return tr("%1 severity: %2").arg(model::severityLabel(f->severity), data(index).toString());
        return {};
    case Qt::FontRole:
        if (f->suppressed) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case RuleIdRole:
        return f->ruleId;
    case SeverityRole:
        return int(f->severity);
    case LineRole:
        return f->location.line;
    case IsGroupRole:
        return false;
    default:
        return {};
    }
}

QVariant FindingTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Finding");
    case Rule:
        return tr("Rule");
    case Detail:
        return tr("Detail");
    }
    return {};
}

} // namespace bulkhead::ui
