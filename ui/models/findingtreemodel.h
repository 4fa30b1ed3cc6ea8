// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/finding.h"

#include <QAbstractItemModel>

#include <vector>

namespace bulkhead::ui {

// Findings grouped by category (two levels), or a flat list (setGrouped(false)), worst first. Holds its own copy of
// the findings, so it outlives the scan it was fed from.
class FindingTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingTreeModel)

public:
    enum Column
    {
        Title,
        Rule,
        Detail,
        ColumnCount
    };
    enum Role
    {
        RuleIdRole = Qt::UserRole + 1,
        SeverityRole,
        LineRole, // Location::line, 0 when none
        IsGroupRole,
    };

    explicit FindingTreeModel(QObject* parent = nullptr);

    void setGrouped(bool grouped);
    void setFindings(model::Findings findings);
    const model::Finding* finding(const QModelIndex& index) const;
    int findingCount() const { return int(m_findings.size()); }
    const model::Findings& findings() const { return m_findings; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        model::Category category;
        std::vector<int> members; // indexes into m_findings
        model::Severity worst = model::Severity::Info;
    };
    void rebuild();

    bool m_grouped = true;
    model::Findings m_findings;
    std::vector<Group> m_groups;
    std::vector<int> m_flat; // sorted order for the flat mode
};

// The translated rule title for a finding (from the catalogue), or its message when the rule is unknown.
QString ruleTitle(const QString& ruleId);

} // namespace bulkhead::ui
