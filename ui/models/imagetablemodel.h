// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/scandata.h"

#include <QAbstractTableModel>

namespace bulkhead::ui {

// One row per image: tag, short id, size, created, layers, findings (worst first), containers using it.
class ImageTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageTableModel)

public:
    enum Column
    {
        Name,
        Id,
        Size,
        Created,
        Layers,
        Findings,
        UsedBy,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SortRole,
    };

    explicit ImageTableModel(QObject* parent = nullptr);
    void setScan(ScanDataPtr scan);
    QString imageId(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString id;
        QString name;
        qint64 size = 0;
        QDateTime created;
        int layers = 0;
        int findings = 0;
        int worst = -1;
        int usedBy = 0;
    };
    std::vector<Row> m_rows;
};

QString humanSize(qint64 bytes);

} // namespace bulkhead::ui
