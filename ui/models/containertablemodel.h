// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/scandata.h"

#include <QAbstractTableModel>

namespace bulkhead::ui {

// One row per container of a scan. setScan() updates rows in place by container id (dataChanged / insert /
// remove), so a live update from /events keeps the selection and scroll position.
class ContainerTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerTableModel)

public:
    enum Column
    {
        Name,
        Image,
        State,
        Risk,
        Critical,
        High,
        Ports,
        User,
        Privileged,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SortRole,           // numbers for numeric columns
        MaxSeverityRole,    // int(model::Severity) of the worst unsuppressed finding, -1 when none
        StateRole,          // "running", "exited", ...
        RuleIdsRole,        // QStringList of rule ids that fired (unsuppressed)
        SeverityCountsRole, // QList<int> indexed by int(Severity)
        CategoriesRole,     // QList<int> of int(model::Category) with unsuppressed findings
    };

    explicit ContainerTableModel(QObject* parent = nullptr);

    void setScan(ScanDataPtr scan);
    ScanDataPtr scan() const { return m_scan; }
    QString containerId(int row) const;
    int rowOf(const QString& containerId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString id;
        QString name;
        QString image;
        QString state;
        int score = 0;
        QString grade;
        int counts[5] = {0, 0, 0, 0, 0};
        int maxSeverity = -1;
        QString ports;
        QString user;
        std::optional<bool> privileged;
        QStringList ruleIds;
        QList<int> categories;
        bool operator==(const Row& o) const;
    };
    static Row makeRow(const ScanData& scan, const model::Container& c);

    ScanDataPtr m_scan;
    std::vector<Row> m_rows;
};

} // namespace bulkhead::ui
