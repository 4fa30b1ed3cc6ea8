// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/rulecatalogmodel.h"

#include "ui/style.h"

#include <QCoreApplication>

namespace bulkhead::ui {

RuleCatalogModel::RuleCatalogModel(QObject* parent) : QAbstractTableModel(parent) {}

void RuleCatalogModel::setRules(std::span<const model::RuleInfo> rules)
{
    beginResetModel();
    m_rules = rules;
    endResetModel();
}

const model::RuleInfo* RuleCatalogModel::rule(int row) const
{
    return row >= 0 && size_t(row) < m_rules.size() ? &m_rules[size_t(row)] : nullptr;
}

int RuleCatalogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int RuleCatalogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString targetLabel(model::TargetKind k)
{
    switch (k) {
    case model::TargetKind::Container:
        return RuleCatalogModel::tr("Container");
    case model::TargetKind::Image:
        return RuleCatalogModel::tr("Image");
    case model::TargetKind::Daemon:
        return RuleCatalogModel::tr("Daemon");
    case model::TargetKind::Host:
        return RuleCatalogModel::tr("Host");
    case model::TargetKind::Dockerfile:
        return RuleCatalogModel::tr("Dockerfile");
    case model::TargetKind::File:
        return RuleCatalogModel::tr("File");
    }
    return {};
}

QVariant RuleCatalogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const model::RuleInfo& r = m_rules[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case Id:
            return QString::fromLatin1(r.id);
        case Severity:
            return role == SortRole ? QVariant(int(r.severity)) : QVariant(model::severityLabel(r.severity));
        case Category:
            return model::categoryLabel(r.category);
        case Target:
            return targetLabel(r.target);
        case Title:
            return QCoreApplication::translate("Rules", r.title);
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == Severity ? QVariant(severityIcon(r.severity)) : QVariant();
    case SearchTextRole:
        return QStringList{QString::fromLatin1(r.id),
                           QCoreApplication::translate("Rules", r.title),
                           QString::fromUtf8(r.title),
                           QString::fromUtf8(r.aliases),
                           model::categoryLabel(r.category)}
            .join(u'\n');
    default:
        return {};
    }
}

QVariant RuleCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Rule");
    case Severity:
        return tr("Severity");
    case Category:
        return tr("Category");
    case Target:
        return tr("Applies to");
    case Title:
        return tr("Title");
    }
    return {};
}

} // namespace bulkhead::ui
