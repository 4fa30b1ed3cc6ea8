// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/endpoint.h"
#include "core/secrets/layerscan.h"
#include "ui/scandata.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class QTreeView;

namespace bulkhead::ui {

class ImageTableModel;
class FindingTreeModel;
class FindingDetail;
class LayerScanJob;

// Images: the table, and for the selected one its configuration, its history (layers) with the findings of each
// step, and its findings (secrets in layers included, "deleted but still in the image" marked). "Scan layers" reads the
// selected image's layers from the daemon on a worker thread (progress, cancel) and shows the secrets found in them.
class ImagesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImagesView)

public:
    explicit ImagesView(QWidget* parent = nullptr);
    ~ImagesView() override;
    void setScan(ScanDataPtr scan);
    // The daemon the images can be read from (layer scans); none for snapshots.
    void setEndpoint(std::optional<engine::Endpoint> endpoint);
    QString currentImage() const { return m_current; }

    // Layer scans: start one for the shown image; results stay per image id (content-addressed, so they stay true).
    bool scanLayers();
    void cancelLayerScan();
    bool layerScanRunning() const;
    const secrets::LayerScanResult* layerResult(const QString& imageId) const;
    model::Findings layerFindings() const; // of every image scanned (IMG-010 included), for reports
    // The image's findings as the "Findings" tab shows them: the scan's, plus IMG-010 once its layers were scanned.
    FindingTreeModel* findingsModel() const { return m_findings; }
    QPushButton* scanLayersButton() const { return m_scanLayers; }
    QPushButton* cancelLayersButton() const { return m_cancelLayers; }
    QTreeWidget* layerTree() const { return m_layerTree; }
    QLabel* layerStatus() const { return m_layerStatus; }
    // "deleted but still in the image": a SEC-101 finding, or any finding in a file a SEC-101 finding names.
    static QSet<QString> deletedFiles(const model::Findings& findings);

    void showImage(const QString& id);
    ImageTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString historyHtml() const;

signals:
    void layerScanFinished(const QString& imageId, bool ok, const QString& message);

private:
    void showLayerResult();
    void showFindings();
    void updateLayerControls();

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
    QString m_current;
    std::optional<engine::Endpoint> m_endpoint;
    LayerScanJob* m_layerJob;
    std::unique_ptr<secrets::LayerCache> m_layerCache;
    QHash<QString, secrets::LayerScanResult> m_layerResults;
    QHash<QString, model::Findings> m_layerRuleFindings; // IMG-010 from the layer scan, per image id
    QTabWidget* m_tabs;
    QWidget* m_layerPage;
    QPushButton* m_scanLayers;
    QPushButton* m_cancelLayers;
    QProgressBar* m_layerProgress;
    QLabel* m_layerStatus;
    QTreeWidget* m_layerTree;
};

} // namespace bulkhead::ui
