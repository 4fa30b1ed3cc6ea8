// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/imagesview.h"

#include "core/util/redact.h"
#include "core/util/textescape.h"
#include "ui/layerscanjob.h"
#include "ui/models/findingtreemodel.h"
#include "ui/models/imagetablemodel.h"
#include "ui/style.h"
#include "ui/views/findingdetail.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace bulkhead::ui {

ImagesView::ImagesView(QWidget* parent)
    : QWidget(parent), m_model(new ImageTableModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_findings(new FindingTreeModel(this)), m_layerJob(new LayerScanJob(this)),
      m_layerCache(std::make_unique<secrets::LayerCache>(secrets::LayerCache::defaultFolder()))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ImageTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search images…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search images"));

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ImageTableModel::Findings, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ImageTableModel::Name, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Images"));

    m_config = new QTextBrowser(this);
    m_config->setAccessibleName(tr("Image configuration"));
    m_history = new QTextBrowser(this);
    m_history->setAccessibleName(tr("Image history and layers"));
    m_tree = new QTreeView(this);
    m_tree->setModel(m_findings);
    m_tree->setAccessibleName(tr("Image findings"));
    m_tree->header()->setSectionResizeMode(FindingTreeModel::Title, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->hideColumn(FindingTreeModel::Detail);
    m_detail = new FindingDetail(this);
    auto* findingSplit = new QSplitter(Qt::Horizontal, this);
    findingSplit->addWidget(m_tree);
    findingSplit->addWidget(m_detail);

    // Layer scan: the action, its progress and cancel, and what it found.
    m_scanLayers = new QPushButton(appIcon(QStringLiteral("images")), tr("Scan &layers"), this);
    m_scanLayers->setAccessibleName(tr("Scan the layers of the selected image for secrets"));
    m_cancelLayers = new QPushButton(tr("Cancel"), this);
    m_cancelLayers->setAccessibleName(tr("Cancel the layer scan"));
    m_layerProgress = new QProgressBar(this);
    m_layerProgress->setAccessibleName(tr("Layer scan progress"));
    m_layerProgress->setMaximumWidth(260);
    m_layerStatus = new QLabel(this);
    m_layerStatus->setWordWrap(true);
    m_layerStatus->setAccessibleName(tr("Layer scan status"));
    m_layerStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layerBar = new QHBoxLayout;
    layerBar->setContentsMargins(0, 0, 0, 0);
    layerBar->addWidget(m_scanLayers);
    layerBar->addWidget(m_cancelLayers);
    layerBar->addWidget(m_layerProgress);
    layerBar->addWidget(m_layerStatus, 1);

    m_layerTree = new QTreeWidget(this);
    m_layerTree->setAccessibleName(tr("Secrets and files found in the image layers"));
    m_layerTree->setRootIsDecorated(false);
    m_layerTree->setUniformRowHeights(true);
    m_layerTree->setHeaderLabels(
        {tr("Severity"), tr("Rule"), tr("File"), tr("Layer"), tr("Still in the image"), tr("Finding")});
    m_layerTree->header()->setStretchLastSection(true);
    m_layerPage = new QWidget(this);
    auto* layerLayout = new QVBoxLayout(m_layerPage);
    layerLayout->setContentsMargins(0, 0, 0, 0);
    layerLayout->addWidget(m_layerTree);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(findingSplit, tr("Findings"));
    m_tabs->addTab(m_history, tr("History and layers"));
    m_tabs->addTab(m_layerPage, tr("Secrets in layers"));
    m_tabs->addTab(m_config, tr("Configuration"));
    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addLayout(layerBar);
    detailLayout->addWidget(m_tabs, 1);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_search);
    topLayout->addWidget(m_table);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(detail);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& i) {
        showImage(i.data(ImageTableModel::IdRole).toString());
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& i) {
        m_detail->showFinding(m_findings->finding(i));
    });
    connect(m_scanLayers, &QPushButton::clicked, this, &ImagesView::scanLayers);
    connect(m_cancelLayers, &QPushButton::clicked, this, &ImagesView::cancelLayerScan);
    connect(m_layerJob, &LayerScanJob::progress, this, [this](const QString&, int done, int total, qint64 bytes) {
        if (total > 0) {
            m_layerProgress->setRange(0, total);
            m_layerProgress->setValue(done);
            m_layerProgress->setFormat(tr("%v/%m layers"));
        } else {
            m_layerProgress->setRange(0, 0);
        }
        m_layerStatus->setText(tr("Reading the image: %1").arg(humanSize(bytes)));
    });
    connect(
        m_layerJob,
        &LayerScanJob::finished,
        this,
        [this](const QString& imageId, const secrets::LayerScanResult& result, const model::Findings& ruleFindings) {
            QString message;
            if (result.cancelled) {
                message = tr("Layer scan cancelled.");
            } else {
                m_layerResults.insert(imageId, result);
                m_layerRuleFindings.insert(imageId, ruleFindings);
                message = tr("%n finding(s) in the layers", nullptr, int(result.findings.size()));
            }
            updateLayerControls();
            if (imageId == m_current) {
                showFindings();
                showLayerResult();
                if (!result.cancelled)
                    m_tabs->setCurrentWidget(m_layerPage);
            }
            if (result.cancelled)
                m_layerStatus->setText(message);
            emit layerScanFinished(imageId, !result.cancelled, message);
        });
    connect(m_layerJob, &LayerScanJob::failed, this, [this](const QString& imageId, const QString& message) {
        updateLayerControls();
        m_layerStatus->setText(message);
        emit layerScanFinished(imageId, false, message);
    });
    updateLayerControls();
}

ImagesView::~ImagesView()
{
    // The job's thread uses the cache: stop it before the cache goes.
    delete m_layerJob;
    m_layerJob = nullptr;
}

void ImagesView::setEndpoint(std::optional<engine::Endpoint> endpoint)
{
    m_endpoint = std::move(endpoint);
    updateLayerControls();
}

bool ImagesView::scanLayers()
{
    if (!m_endpoint || m_current.isEmpty() || m_layerJob->running() || !m_scan)
        return false;
    const model::Image* img = m_scan->inventory.imageById(m_current);
    const QString name = img ? img->displayName() : m_current.left(19);
    if (!m_layerJob->start(*m_endpoint, m_current, name, m_layerCache.get(), img ? *img : model::Image{}))
        return false;
    m_layerProgress->setRange(0, 0);
    m_layerProgress->setFormat(QString());
    m_layerStatus->setText(tr("Scanning the layers of %1…").arg(name));
    updateLayerControls();
    return true;
}

void ImagesView::cancelLayerScan()
{
    m_layerJob->cancel();
    m_layerStatus->setText(tr("Cancelling…"));
}

bool ImagesView::layerScanRunning() const
{
    return m_layerJob && m_layerJob->running();
}

const secrets::LayerScanResult* ImagesView::layerResult(const QString& imageId) const
{
    const auto it = m_layerResults.constFind(imageId);
    return it == m_layerResults.cend() ? nullptr : &*it;
}

model::Findings ImagesView::layerFindings() const
{
    // Only images of the scan shown: results kept from another host or an earlier connection stay out of reports.
    model::Findings all;
    for (auto it = m_layerResults.cbegin(); it != m_layerResults.cend(); ++it) {
        if (m_scan && m_scan->inventory.imageById(it.key())) {
            all.insert(all.end(), it->findings.begin(), it->findings.end());
            const model::Findings rules = m_layerRuleFindings.value(it.key());
            all.insert(all.end(), rules.begin(), rules.end());
        }
    }
    return all;
}

QSet<QString> ImagesView::deletedFiles(const model::Findings& findings)
{
    QSet<QString> files;
    for (const auto& f : findings) {
        if (f.ruleId == QLatin1String("SEC-101") && !f.location.file.isEmpty())
            files.insert(f.location.file);
    }
    return files;
}

void ImagesView::updateLayerControls()
{
    const bool running = layerScanRunning();
    m_scanLayers->setEnabled(!running && m_endpoint.has_value() && !m_current.isEmpty());
    m_scanLayers->setToolTip(m_endpoint ? tr("Reads the image from the daemon (GET only) and scans every layer for "
                                             "secrets, deleted files included")
                                        : tr("Layer scans read the image from the daemon: connect to a Docker host "
                                             "(a snapshot holds no layers)"));
    m_cancelLayers->setVisible(running);
    m_layerProgress->setVisible(running);
}

void ImagesView::showLayerResult()
{
    m_layerTree->clear();
    const secrets::LayerScanResult* r = layerResult(m_current);
    if (layerScanRunning() && m_layerJob->imageId() == m_current)
        return; // the status line shows the progress
    if (!r) {
        m_layerStatus->setText(m_endpoint ? tr("Layers not scanned yet.") : QString());
        return;
    }
    const QSet<QString> deleted = deletedFiles(r->findings);
    int deletedCount = 0;
    // Worst first; within a severity, what was "deleted" first (people believe it is gone), then by file.
    std::vector<const model::Finding*> order;
    for (const auto& f : r->findings)
        order.push_back(&f);
    std::stable_sort(order.begin(), order.end(), [&](const model::Finding* a, const model::Finding* b) {
        if (a->severity != b->severity)
            return a->severity > b->severity;
        const bool da = deleted.contains(a->location.file);
        const bool db = deleted.contains(b->location.file);
        if (da != db)
            return da;
        return a->location.file < b->location.file;
    });
    for (const model::Finding* fp : order) {
        const model::Finding& f = *fp;
        auto* item = new QTreeWidgetItem(m_layerTree);
        item->setIcon(0, severityIcon(f.severity));
        item->setText(0, model::severityLabel(f.severity));
        item->setData(0, Qt::UserRole, int(f.severity));
        item->setText(1, f.ruleId);
        item->setText(2, f.location.file);
        item->setText(3, f.location.layer.left(19));
        item->setToolTip(3, f.location.layer);
        const bool gone = deleted.contains(f.location.file);
        if (gone) {
            ++deletedCount;
            item->setText(4, tr("deleted but still in the image"));
            QFont bold = item->font(4);
            bold.setBold(true);
            item->setFont(4, bold);
        } else {
            item->setText(4, tr("yes"));
        }
        // Messages and evidence are redacted by the scanner; never a secret's value.
        item->setText(5, f.evidence.isEmpty() ? f.message : tr("%1 — %2").arg(f.message, f.evidence));
        item->setToolTip(5, item->text(5));
    }
    for (int c = 0; c < 5; ++c)
        m_layerTree->resizeColumnToContents(c);
    QString status = tr("%n finding(s) in %1 layer(s)", nullptr, int(r->findings.size())).arg(r->layers.size());
    if (deletedCount > 0)
        status += tr("; %n deleted in a later layer but still in the image", nullptr, deletedCount);
    if (!r->setuidFiles.empty())
        status += tr("; %n setuid/setgid file(s)", nullptr, int(r->setuidFiles.size()));
    if (r->layersFromCache > 0)
        status += tr(" (%n layer(s) from the cache)", nullptr, r->layersFromCache);
    m_layerStatus->setText(status);
}

void ImagesView::setScan(ScanDataPtr scan)
{
    const QString current = m_table->currentIndex().data(ImageTableModel::IdRole).toString();
    m_scan = std::move(scan);
    m_model->setScan(m_scan);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(ImageTableModel::Name, QHeaderView::Stretch);
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    else
        showImage({});
    Q_UNUSED(current)
}

QString ImagesView::historyHtml() const
{
    return m_history->toHtml();
}

void ImagesView::showFindings()
{
    model::Findings copy;
    if (m_scan && !m_current.isEmpty()) {
        for (const auto* f : m_scan->findingsFor(m_current))
            copy.push_back(*f);
        // The scan itself had no layers to read: what the layer scan found for IMG-010 joins the image's findings.
        const auto it = m_layerRuleFindings.constFind(m_current);
        if (it != m_layerRuleFindings.cend())
            copy.insert(copy.end(), it->begin(), it->end());
    }
    m_findings->setFindings(std::move(copy));
    m_tree->expandAll();
}

void ImagesView::showImage(const QString& id)
{
    const model::Image* img = m_scan ? m_scan->inventory.imageById(id) : nullptr;
    m_current = img ? img->id : QString();
    updateLayerControls();
    showLayerResult();
    if (!img) {
        m_config->clear();
        m_history->clear();
        m_findings->setFindings({});
        m_detail->clear();
        return;
    }
    showFindings();

    auto esc = [](const QString& s) { return util::htmlEscape(s); };
    QString cfg = QStringLiteral("<h3>%1</h3><table cellspacing=4>").arg(esc(img->displayName()));
    auto row = [&](const QString& k, const QString& v) {
        cfg += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(k), esc(v));
    };
    row(tr("ID"), img->id);
    row(tr("Tags"), img->repoTags.join(QStringLiteral(", ")));
    row(tr("Digests"), img->repoDigests.join(QStringLiteral(", ")));
    row(tr("Platform"), img->os + u'/' + img->architecture);
    row(tr("Size"), humanSize(img->size));
    row(tr("User"),
        !img->config.user             ? tr("unknown")
        : img->config.user->isEmpty() ? tr("root (default)")
                                      : *img->config.user);
    row(tr("Entrypoint"), img->config.entrypoint.join(u' '));
    row(tr("Command"), img->config.cmd.join(u' '));
    row(tr("Working directory"), img->config.workingDir);
    row(tr("Exposed ports"), img->config.exposedPorts.join(QStringLiteral(", ")));
    row(tr("Healthcheck"),
        !img->config.healthcheck              ? tr("none declared")
        : img->config.healthcheck->disabled() ? tr("disabled")
                                              : img->config.healthcheck->test.join(u' '));
    QStringList env;
    for (const auto& e : img->config.env)
        env << util::redactAssignment(e);
    row(tr("Environment (values masked)"), env.join(QStringLiteral("\n")));
    cfg += QStringLiteral("</table>");
    m_config->setHtml(cfg);

    // History, oldest first as Docker builds it, with the findings that point at each step.
    static const QRegularExpression stepField(QStringLiteral("^History\\[(\\d+)\\]"));
    QHash<int, QStringList> perStep;
    for (const auto* f : m_scan->findingsFor(id)) {
        const auto m = stepField.match(f->location.field);
        if (!m.hasMatch())
            continue;
        const QColor bg = severityColor(f->severity);
        QString text = QStringLiteral("<span style=\"background-color:%1; color:%2\">&nbsp;%3&nbsp;</span> %4")
                           .arg(bg.name(), textOn(bg).name(), esc(f->ruleId), esc(f->message));
        if (f->ruleId == QLatin1String("SEC-101"))
            text += QStringLiteral(" <b>%1</b>").arg(esc(tr("(deleted but still in the image)")));
        perStep[m.captured(1).toInt()] << text;
    }
    QString hist = QStringLiteral("<table cellspacing=0 cellpadding=4 border=1 style=\"border-collapse:collapse\">"
                                  "<tr><th>#</th><th>%1</th><th>%2</th><th>%3</th></tr>")
                       .arg(esc(tr("Step")), esc(tr("Size")), esc(tr("Findings")));
    // The Engine lists history newest first; number steps oldest first, as a Dockerfile reads.
    const int n = int(img->history.size());
    for (int i = n - 1; i >= 0; --i) {
        const auto& h = img->history[size_t(i)];
        QString step = h.createdBy;
        step.replace(QStringLiteral("/bin/sh -c #(nop) "), QString());
        if (step.size() > 400)
            step = step.left(400) + u'…';
        hist += QStringLiteral("<tr><td>%1</td><td><code>%2</code></td><td>%3</td><td>%4</td></tr>")
                    .arg(n - i)
                    .arg(esc(step),
                         h.emptyLayer ? QStringLiteral("–") : esc(humanSize(h.size)),
                         perStep.value(i).join(QStringLiteral("<br>")));
    }
    hist += QStringLiteral("</table>");
    if (n == 0)
        hist = esc(tr("No history recorded for this image."));
    m_history->setHtml(hist);
}

} // namespace bulkhead::ui
