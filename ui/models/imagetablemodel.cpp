// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/imagetablemodel.h"

#include "ui/style.h"

#include <QLocale>

namespace bulkhead::ui {

QString humanSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

ImageTableModel::ImageTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImageTableModel::setScan(ScanDataPtr scan)
{
    beginResetModel();
    m_rows.clear();
    if (scan) {
        QHash<QString, int> used;
        for (const auto& c : scan->inventory.containers)
            ++used[c.imageId];
        for (const auto& img : scan->inventory.images) {
            Row r;
            r.id = img.id;
            r.name = img.displayName();
            r.size = img.size;
            r.created = img.created;
            r.layers = int(img.layers.size());
            for (const model::Finding* f : scan->findingsFor(img.id)) {
                if (f->suppressed)
                    continue;
                ++r.findings;
                r.worst = std::max(r.worst, int(f->severity));
            }
            r.usedBy = used.value(img.id);
            m_rows.push_back(std::move(r));
        }
    }
    endResetModel();
}

QString ImageTableModel::imageId(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].id : QString();
}

int ImageTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImageTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImageTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[size_t(index.row())];
    if (role == IdRole)
        return r.id;
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case Name:
            return r.name;
        case Id:
            return r.id.mid(r.id.startsWith(QLatin1String("sha256:")) ? 7 : 0, sort ? -1 : 12);
        case Size:
            return sort ? QVariant(r.size) : QVariant(humanSize(r.size));
        case Created:
            return sort ? QVariant(r.created)
                        : QVariant(r.created.isValid()
                                       ? QLocale().toString(r.created.toLocalTime(), QLocale::ShortFormat)
                                       : tr("unknown"));
        case Layers:
            return r.layers;
        case Findings:
            return r.findings;
        case UsedBy:
            return r.usedBy;
        }
    }
    if (role == Qt::DecorationRole && index.column() == Name && r.worst >= 0)
        return severityIcon(model::Severity(r.worst));
    if (role == Qt::TextAlignmentRole && index.column() >= Size)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Image");
    case Id:
        return tr("ID");
    case Size:
        return tr("Size");
    case Created:
        return tr("Created");
    case Layers:
        return tr("Layers");
    case Findings:
        return tr("Findings");
    case UsedBy:
        return tr("Containers");
    }
    return {};
}

} // namespace bulkhead::ui
