// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/finding.h"

#include <QAbstractTableModel>

#include <span>

namespace bulkhead::ui {

// The rule catalogue (rules::catalogue()): id, severity, category, target, translated title.
class RuleCatalogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleCatalogModel)

public:
    enum Column
    {
        Id,
        Severity,
        Category,
        Target,
        Title,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        SearchTextRole, // everything a search should match: id, title, aliases, rationale
    };

    explicit RuleCatalogModel(QObject* parent = nullptr);
    void setRules(std::span<const model::RuleInfo> rules);
    const model::RuleInfo* rule(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::span<const model::RuleInfo> m_rules;
};

} // namespace bulkhead::ui
