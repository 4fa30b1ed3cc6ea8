// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/scandata.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class QTreeView;

namespace bulkhead::ui {

class ImageTableModel;
class FindingTreeModel;
class FindingDetail;

// Images: the table, and for the selected one its configuration, its history (layers) with the findings of each
// step, and its findings (secrets in layers included, "deleted but still in the image" marked).
class ImagesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImagesView)

public:
    explicit ImagesView(QWidget* parent = nullptr);
    void setScan(ScanDataPtr scan);
    void showImage(const QString& id);
    ImageTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString historyHtml() const;

private:
    ScanDataPtr m_scan;
    ImageTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QTableView* m_table;
    QTextBrowser* m_config;
    QTextBrowser* m_history;
    FindingTreeModel* m_findings;
    QTreeView* m_tree;
    FindingDetail* m_detail;
};

} // namespace bulkhead::ui
