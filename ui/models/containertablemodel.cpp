// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/containertablemodel.h"

#include "ui/style.h"

#include <QFont>
#include <QSet>
#include <QTextDocument>

#include <QSet>
#include <algorithm>

namespace bulkhead::ui {

ContainerTableModel::ContainerTableModel(QObject* parent) : QAbstractTableModel(parent) {}

bool ContainerTableModel::Row::operator==(const Row& o) const
{
    return id == o.id && name == o.name && image == o.image && state == o.state && score == o.score &&
           grade == o.grade && std::equal(std::begin(counts), std::end(counts), std::begin(o.counts)) &&
           maxSeverity == o.maxSeverity && ports == o.ports && user == o.user && privileged == o.privileged &&
           ruleIds == o.ruleIds && categories == o.categories;
}

ContainerTableModel::Row ContainerTableModel::makeRow(const ScanData& scan, const model::Container& c)
{
    Row r;
    r.id = c.id;
    r.name = c.name;
    r.image = c.imageRef;
    r.state = c.state;
    if (const auto* res = scan.containerResult(c.id)) {
        r.score = res->risk.score;
        r.grade = res->risk.grade;
    }
    for (const model::Finding* f : scan.findingsFor(c.id)) {
        if (f->suppressed)
            continue;
        const int s = int(f->severity);
        if (s >= 0 && s < 5)
            ++r.counts[s];
        r.maxSeverity = std::max(r.maxSeverity, s);
        if (!r.ruleIds.contains(f->ruleId))
            r.ruleIds << f->ruleId;
        if (!r.categories.contains(int(f->category)))
            r.categories << int(f->category);
    }
    r.ports = publishedPorts(c);
    r.user = effectiveUser(c);
    r.privileged = c.privileged;
    return r;
}

void ContainerTableModel::setScan(ScanDataPtr scan)
{
    m_scan = std::move(scan);
    std::vector<Row> next;
    if (m_scan) {
        next.reserve(m_scan->inventory.containers.size());
        for (const auto& c : m_scan->inventory.containers)
            next.push_back(makeRow(*m_scan, c));
    }
    // Diff by id: remove rows that are gone (from the back, so indexes stay valid), update the others in place and
    // append the new ones. A full reset would lose the user's selection on every /events update.
    QHash<QString, int> nextIndex;
    for (int i = 0; i < int(next.size()); ++i)
        nextIndex.insert(next[size_t(i)].id, i);
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!nextIndex.contains(m_rows[size_t(row)].id)) {
            beginRemoveRows({}, row, row);
            m_rows.erase(m_rows.begin() + row);
            endRemoveRows();
        }
    }
    QSet<QString> present;
    for (int row = 0; row < int(m_rows.size()); ++row) {
        Row& current = m_rows[size_t(row)];
        present.insert(current.id);
        const Row& updated = next[size_t(nextIndex.value(current.id))];
        if (!(current == updated)) {
            current = updated;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    std::vector<Row> added;
    for (auto& r : next) {
        if (!present.contains(r.id))
            added.push_back(std::move(r));
    }
    if (!added.empty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (auto& r : added)
            m_rows.push_back(std::move(r));
        endInsertRows();
    }
}

QString ContainerTableModel::containerId(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].id : QString();
}

int ContainerTableModel::rowOf(const QString& containerId) const
{
    for (int i = 0; i < int(m_rows.size()); ++i) {
        if (m_rows[size_t(i)].id == containerId)
            return i;
    }
    return -1;
}

int ContainerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContainerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContainerTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[size_t(index.row())];
    switch (role) {
    case IdRole:
        return r.id;
    case MaxSeverityRole:
        return r.maxSeverity;
    case StateRole:
        return r.state;
    case RuleIdsRole:
        return r.ruleIds;
    case CategoriesRole:
        return QVariant::fromValue(r.categories);
    case SeverityCountsRole:
        return QVariant::fromValue(QList<int>(std::begin(r.counts), std::end(r.counts)));
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case Name:
            return r.name;
        case Image:
            return r.image;
        case State:
            return r.state;
        case Risk:
            if (role == SortRole)
                return r.score;
            return r.grade.isEmpty() ? QString::number(r.score) : QStringLiteral("%1  %2").arg(r.score).arg(r.grade);
        case Critical:
            return r.counts[int(model::Severity::Critical)];
        case High:
            return r.counts[int(model::Severity::High)];
        case Ports:
            return r.ports;
        case User:
            return r.user;
        case Privileged:
            if (role == SortRole)
                return r.privileged.value_or(false) ? 1 : 0;
            if (!r.privileged)
                return tr("unknown");
            return *r.privileged ? tr("privileged") : QString();
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == Name && r.maxSeverity >= 0)
            return severityIcon(model::Severity(r.maxSeverity));
        break;
    case Qt::BackgroundRole:
        if (index.column() == Risk && !r.grade.isEmpty())
            return gradeColor(r.grade);
        if (index.column() == Critical && r.counts[int(model::Severity::Critical)] > 0)
            return severityColor(model::Severity::Critical);
        if (index.column() == High && r.counts[int(model::Severity::High)] > 0)
            return severityColor(model::Severity::High);
        if (index.column() == Privileged && r.privileged.value_or(false))
            return severityColor(model::Severity::Critical);
        break;
    case Qt::ForegroundRole:
        if (index.column() == Risk && !r.grade.isEmpty())
            return textOn(gradeColor(r.grade));
        if ((index.column() == Critical && r.counts[int(model::Severity::Critical)] > 0) ||
            (index.column() == Privileged && r.privileged.value_or(false)))
            return textOn(severityColor(model::Severity::Critical));
        if (index.column() == High && r.counts[int(model::Severity::High)] > 0)
            return textOn(severityColor(model::Severity::High));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Risk || index.column() == Critical || index.column() == High)
            return int(Qt::AlignCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == Risk)
            return tr("Risk score %1 of 100, grade %2").arg(r.score).arg(r.grade);
        if (index.column() == Name)
            return Qt::convertFromPlainText(r.id, Qt::WhiteSpaceNormal); // the id comes from the daemon: no markup
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == Risk)
            return tr("risk score %1, grade %2").arg(r.score).arg(r.grade);
        break;
    default:
        break;
    }
    return {};
}

QVariant ContainerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Image:
        return tr("Image");
    case State:
        return tr("State");
    case Risk:
        return tr("Risk");
    case Critical:
        return tr("Critical");
    case High:
        return tr("High");
    case Ports:
        return tr("Published ports");
    case User:
        return tr("User");
    case Privileged:
        return tr("Privileged");
    }
    return {};
}

} // namespace bulkhead::ui
