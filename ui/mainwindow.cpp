// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "core/engine/endpoint.h"
#include "core/engine/snapshot.h"
#include "ui/connectionbar.h"
#include "ui/exportdialog.h"
#include "ui/i18n.h"
#include "ui/models/containerfilterproxy.h"
#include "ui/models/containertablemodel.h"
#include "ui/models/findingtreemodel.h"
#include "ui/reviewstore.h"
#include "ui/scancontroller.h"
#include "ui/settingsdialog.h"
#include "ui/style.h"
#include "ui/views/containerriskview.h"
#include "ui/views/containersview.h"
#include "ui/views/dashboardview.h"
#include "ui/views/hostview.h"
#include "ui/views/imagesview.h"
#include "ui/views/lintview.h"
#include "ui/views/rulesview.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace bulkhead::ui {

namespace {
constexpr int kMaxRecentHosts = 8;
}

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_controller(new ScanController(this)), m_containerModel(new ContainerTableModel(this))
{
    setWindowIcon(appIcon(QStringLiteral("bulkhead")));
    setObjectName(QStringLiteral("MainWindow"));

    m_connection = new ConnectionBar(this);
    auto* connectionTools = new QToolBar(tr("Connection"), this);
    connectionTools->setObjectName(QStringLiteral("ConnectionToolBar"));
    connectionTools->setMovable(false);
    connectionTools->addWidget(m_connection);
    addToolBar(Qt::TopToolBarArea, connectionTools);

    m_demoBanner = new QLabel(this);
    m_demoBanner->setText(tr("DEMO — you are looking at the bundled demo snapshot (fixture data with fake secrets), "
                             "not at a real host. Connect to a Docker host or open a snapshot from the File menu."));
    m_demoBanner->setWordWrap(true);
    m_demoBanner->setAccessibleName(tr("Demo mode"));
    const QColor demo = severityColor(model::Severity::Medium);
    m_demoBanner->setStyleSheet(
        QStringLiteral("QLabel { background-color: %1; color: %2; padding: 6px; font-weight: bold; }")
            .arg(demo.name(), textOn(demo).name()));
    m_demoBanner->setVisible(false);

    m_nav = new QListWidget(this);
    m_nav->setAccessibleName(tr("Views"));
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setSpacing(2);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setMaximumWidth(200);
    const struct
    {
        const char* icon;
        QString label;
    } pages[] = {
        {"dashboard", tr("Dashboard")},
        {"containers", tr("Containers")},
        {"container", tr("Container risk")},
        {"images", tr("Images")},
        {"host", tr("Host and daemon")},
        {"dockerfile", tr("Dockerfile lint")},
        {"rules", tr("Rule catalogue")},
    };
    for (const auto& p : pages)
        new QListWidgetItem(appIcon(QString::fromLatin1(p.icon)), p.label, m_nav);

    m_dashboard = new DashboardView(this);
    m_containers = new ContainersView(m_containerModel, this);
    m_risk = new ContainerRiskView(this);
    m_reviews = new ReviewStore(this);
    m_risk->setReviewStore(m_reviews);
    connect(m_reviews, &ReviewStore::saveFailed, this, [this](const QString& text) {
        statusBar()->showMessage(tr("Review decision not saved: %1").arg(text), 10000);
    });
    m_images = new ImagesView(this);
    m_host = new HostView(this);
    m_lint = new LintView(this);
    m_rules = new RulesView(this);
    m_stack = new QStackedWidget(this);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_dashboard, m_containers, m_risk, m_images, m_host, m_lint, m_rules})
        m_stack->addWidget(w);

    auto* body = new QWidget(this);
    auto* bodyLayout = new QHBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_nav);
    bodyLayout->addWidget(m_stack, 1);
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_demoBanner);
    centralLayout->addWidget(body, 1);
    setCentralWidget(central);

    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Progress"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setVisible(false);
    m_live = new QLabel(this);
    m_live->setAccessibleName(tr("Live updates"));
    statusBar()->addPermanentWidget(m_live);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);

    buildMenus();

    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_connection, &ConnectionBar::connectRequested, this, &MainWindow::connectFromBar);
    connect(m_cancel, &QPushButton::clicked, m_controller, &ScanController::cancel);
    connect(m_controller, &ScanController::started, this, [this](const QString& what) {
        statusBar()->showMessage(what);
        m_progress->setRange(0, 0);
        m_progress->setVisible(true);
        m_cancel->setVisible(true);
    });
    connect(m_controller, &ScanController::progress, this, [this](int done, int total, const QString& phase) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
        m_progress->setFormat(QStringLiteral("%1 %v/%m").arg(phase));
    });
    connect(m_controller, &ScanController::finished, this, [this] {
        m_progress->setVisible(false);
        m_cancel->setVisible(false);
    });
    connect(m_controller, &ScanController::scanReady, this, &MainWindow::onScan);
    connect(m_controller, &ScanController::failed, this, &MainWindow::onFailed);
    connect(m_controller, &ScanController::eventsStateChanged, this, [this](bool live, const QString& message) {
        m_live->setText(live ? tr("● live") : QString());
        m_live->setToolTip(live ? tr("Following Docker events: changes appear without a reload") : message);
        if (!live && !message.isEmpty())
            statusBar()->showMessage(tr("Live updates stopped: %1").arg(message), 8000);
    });
    connect(m_controller, &ScanController::containerEvent, this, [this](const QString& id, const QString& action) {
        statusBar()->showMessage(tr("Container %1: %2").arg(id.left(12), action), 4000);
    });

    connect(m_containers, &ContainersView::currentContainerChanged, m_risk, &ContainerRiskView::showContainer);
    connect(m_containers, &ContainersView::containerActivated, this, [this] { showPage(ContainerPage); });
    connect(m_dashboard, &DashboardView::severityClicked, this, [this](int s) {
        m_containers->clearFilters();
        m_containers->setSeverityFilter(s, false);
        showPage(ContainersPage);
    });
    connect(m_dashboard, &DashboardView::categoryClicked, this, [this](int c) {
        m_containers->clearFilters();
        m_containers->setCategoryFilter(c);
        showPage(ContainersPage);
    });
    connect(m_dashboard, &DashboardView::containerClicked, this, &MainWindow::showContainer);
    connect(m_risk, &ContainerRiskView::exportRequested, this, [this](const QString& id) {
        ExportDialog* dialog = createExportDialog();
        if (!dialog)
            return;
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setSingleContainer(id);
        dialog->setScopeKind(report::Scope::Kind::Container);
        connect(dialog, &ExportDialog::exported, this, [this](const QString& path) {
            statusBar()->showMessage(tr("Report written (readable by you only): %1").arg(path), 8000);
        });
        dialog->open();
    });
    connect(m_risk, &ContainerRiskView::copied, this, [this](const QString& m) { statusBar()->showMessage(m, 4000); });
    connect(m_lint, &LintView::message, this, [this](const QString& m) { statusBar()->showMessage(m, 8000); });
    connect(m_lint, &LintView::linted, this, [this](int n) {
        statusBar()->showMessage(tr("Dockerfile linted: %n finding(s)", nullptr, n), 4000);
    });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1280, 820);
    showPage(Page(std::clamp(settings.value(QStringLiteral("window/page"), 0).toInt(), 0, PageCount - 1)));
    refreshEndpoints();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(appIcon(QStringLiteral("open")), tr("&Open snapshot…"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open snapshot"), {}, tr("Bulkhead snapshots (*.json);;All files (*)"));
        if (!path.isEmpty())
            openSnapshot(path);
    });
    QAction* save = file->addAction(tr("&Save snapshot…"));
    save->setShortcut(QKeySequence::Save);
    connect(save, &QAction::triggered, this, [this] {
        if (!m_scan)
            return;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save snapshot"), QStringLiteral("snapshot.json"), tr("Bulkhead snapshots (*.json)"));
        if (path.isEmpty())
            return;
        // A snapshot holds unredacted values: saveSnapshot writes it 0600, atomically.
        if (auto r = engine::saveSnapshot(m_scan->raw, path); !r)
            QMessageBox::warning(this, tr("Save snapshot"), r.error().text());
        else
            statusBar()->showMessage(tr("Snapshot saved (readable by you only): %1").arg(path), 6000);
    });
    m_exportAction = file->addAction(tr("&Export report…"));
    m_exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_exportAction->setEnabled(false);
    connect(m_exportAction, &QAction::triggered, this, [this] {
        ExportDialog* dialog = createExportDialog();
        if (!dialog)
            return;
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ExportDialog::exported, this, [this](const QString& path) {
            statusBar()->showMessage(tr("Report written (readable by you only): %1").arg(path), 8000);
        });
        dialog->open();
    });
    QAction* demo = file->addAction(tr("Open &demo snapshot"));
    connect(demo, &QAction::triggered, this, &MainWindow::openDemo);
    file->addSeparator();
    // Review files: decisions on findings, saved at once with every change (ui/reviewstore.h).
    QAction* openReview = file->addAction(tr("Open &review…"));
    connect(openReview, &QAction::triggered, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open review"), {}, tr("Bulkhead reviews (*.json);;All files (*)"));
        if (path.isEmpty())
            return;
        if (auto r = m_reviews->open(path); !r)
            QMessageBox::warning(this, tr("Open review"), r.error().text());
        else
            statusBar()->showMessage(tr("Review opened: %n decision(s); every change is saved to it at once",
                                        nullptr,
                                        static_cast<int>(m_reviews->file().decisions.size())),
                                     6000);
    });
    QAction* saveReview = file->addAction(tr("Save review &as…"));
    connect(saveReview, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save review"), QStringLiteral("review.json"), tr("Bulkhead reviews (*.json)"));
        if (path.isEmpty())
            return;
        if (auto r = m_reviews->saveAs(path); !r)
            QMessageBox::warning(this, tr("Save review"), r.error().text());
        else
            statusBar()->showMessage(tr("Review saved (readable by you only): %1").arg(path), 6000);
    });
    file->addSeparator();
    QAction* lintFile = file->addAction(appIcon(QStringLiteral("dockerfile")), tr("Lint a &Dockerfile…"));
    lintFile->setShortcut(QKeySequence(tr("Ctrl+L")));
    connect(lintFile, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Lint a Dockerfile"));
        if (!path.isEmpty() && m_lint->openPath(path))
            showPage(LintPage);
    });
    QAction* lintDir = file->addAction(tr("Lint a build &context folder…"));
    connect(lintDir, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getExistingDirectory(this, tr("Lint a build context"));
        if (!path.isEmpty() && m_lint->openPath(path))
            showPage(LintPage);
    });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < PageCount; ++i) {
        QAction* a = view->addAction(m_nav->item(i)->icon(), m_nav->item(i)->text());
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { showPage(Page(i)); });
    }
    view->addSeparator();
    QAction* reload = view->addAction(appIcon(QStringLiteral("reload")), tr("&Reconnect and rescan"));
    reload->setShortcut(QKeySequence::Refresh);
    connect(reload, &QAction::triggered, this, &MainWindow::connectFromBar);
    QAction* find = view->addAction(tr("&Find container"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        showPage(ContainersPage);
        if (auto* search = m_containers->findChild<QLineEdit*>())
            search->setFocus();
    });

    QMenu* settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QAction* prefs = settingsMenu->addAction(tr("&Preferences…"));
    prefs->setShortcut(QKeySequence::Preferences);
    prefs->setMenuRole(QAction::PreferencesRole);
    connect(prefs, &QAction::triggered, this, &MainWindow::openSettings);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Bulkhead"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this,
                           tr("About Bulkhead"),
                           tr("<h3>Bulkhead %1</h3><p>A read-only security dashboard for Docker: it only ever sends "
                              "GET and HEAD requests to the Engine.</p><p>GPL-3.0-or-later.</p>")
                               .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
    });
}

SettingsDialog* MainWindow::createSettingsDialog()
{
    return new SettingsDialog(this);
}

void MainWindow::openSettings()
{
    auto* dialog = createSettingsDialog();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        refreshEndpoints(); // recent hosts may have been removed
        if (dialog->languageChanged())
            statusBar()->showMessage(tr("The new language is used from the next start."), 8000);
    });
    dialog->open();
}

void MainWindow::showPage(Page page)
{
    m_nav->setCurrentRow(int(page));
    m_stack->setCurrentIndex(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_stack->currentIndex());
}

void MainWindow::showContainer(const QString& id)
{
    m_containers->clearFilters();
    m_containers->selectContainer(id);
    m_risk->showContainer(id);
    showPage(ContainerPage);
}

ExportDialog* MainWindow::createExportDialog()
{
    if (!m_scan)
        return nullptr;
    QString current = m_risk->containerId();
    if (current.isEmpty())
        current = m_containers->currentContainer();
    auto* dialog = new ExportDialog(m_scan, m_containers->selectedContainers(), current, this);
    if (!m_lint->path().isEmpty())
        dialog->setLintFindings(m_lint->findingModel()->findings(), m_lint->path());
    dialog->setLayerFindings(m_images->layerFindings());
    dialog->setReviews(m_reviews->file().decisions);
    return dialog;
}

void MainWindow::startUp(const StartOptions& options)
{
    QSettings settings;
    if (!options.snapshot.isEmpty()) {
        openSnapshot(options.snapshot);
        return;
    }
    if (options.demo) {
        openDemo();
        return;
    }
    engine::ResolveInput in = engine::ResolveInput::fromEnvironment();
    if (!options.host.isEmpty())
        in.hostFlag = options.host;
    const bool firstStart = !settings.value(QStringLiteral("started")).toBool();
    settings.setValue(QStringLiteral("started"), true);
    auto endpoint = engine::resolveEndpoint(in);
    if (!endpoint) {
        onFailed(endpoint.error().message, endpoint.error().hint);
        if (firstStart)
            openDemo();
        return;
    }
    // On the very first start, an unreachable daemon opens the demo instead of an empty window.
    m_demoOnFailure = firstStart && options.host.isEmpty();
    m_connection->setUrl(endpoint->url);
    connectTo(endpoint.value());
}

void MainWindow::connectTo(const engine::Endpoint& endpoint)
{
    m_connection->setStatus(tr("Connecting…"));
    m_controller->connectTo(endpoint);
}

void MainWindow::openSnapshot(const QString& path)
{
    m_demoOnFailure = false;
    m_controller->openSnapshot(path);
}

void MainWindow::openDemo()
{
    m_demoOnFailure = false;
    m_controller->openDemo();
}

void MainWindow::connectFromBar()
{
    auto endpoint = m_connection->endpoint();
    if (!endpoint) {
        onFailed(endpoint.error().message, endpoint.error().hint);
        return;
    }
    if (endpoint->scheme == engine::Scheme::Tcp && !endpoint->tls.enabled && !endpoint->isLocal()) {
        // Plain TCP to another machine exposes a root-equivalent API to the network: ask, every time.
        const auto answer = QMessageBox::warning(
            this,
            tr("Connect without TLS?"),
            tr("%1 is a remote daemon without TLS. Anyone on the network path can read the traffic and take over the "
               "daemon.\n\nConnect anyway?")
                .arg(endpoint->url),
            QMessageBox::Yes | QMessageBox::No,
            QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
        endpoint->allowPlainRemoteTcp = true;
    }
    m_demoOnFailure = false;
    connectTo(endpoint.value());
}

void MainWindow::onScan(ScanDataPtr scan, bool incremental)
{
    // The views take the new scan one per event-loop turn (table, dashboard, risk and host, images), so input and
    // painting get in between and no single turn holds the GUI thread long; scanShown() follows the last step. A
    // newer scan arriving meanwhile abandons the remaining steps of this one.
    const quint64 generation = ++m_scanGeneration;
    // A live update can overtake a full scan still being handed out: it then does the full hand-out itself.
    const bool full = !incremental || m_fullPending;
    m_fullPending = full;
    m_scan = scan;
    m_containerModel->setScan(scan);
    m_demoBanner->setVisible(scan->demo);
    m_exportAction->setEnabled(true);
    const auto& d = scan->inventory.daemon;
    if (!scan->raw.endpoint.isEmpty() && !scan->demo && m_controller->live()) {
        m_connection->setStatus(tr("Docker %1 · API %2 · %3")
                                    .arg(d.version,
                                         scan->raw.apiVersion.isEmpty() ? d.apiVersion : scan->raw.apiVersion,
                                         d.operatingSystem.isEmpty() ? d.os : d.operatingSystem));
        rememberHost(m_controller->endpoint().url);
        if (full)
            refreshEndpoints(); // the host just reached joins the recent list
    } else {
        m_connection->setStatus(
            tr("Snapshot of %1, taken %2")
                .arg(scan->inventory.endpoint,
                     QLocale().toString(scan->inventory.collectedAt.toLocalTime(), QLocale::ShortFormat)));
    }
    updateTitle();

    auto step = [this, generation](auto&& next) {
        QTimer::singleShot(0, this, [this, generation, next] {
            if (generation == m_scanGeneration)
                next();
        });
    };
    step([this, scan, incremental, full, step] {
        m_dashboard->setScan(scan);
        step([this, scan, incremental, full, step] {
            m_risk->setScan(scan);
            m_host->setScan(scan);
            step([this, scan, incremental, full] {
                m_fullPending = false;
                if (full) {
                    m_images->setScan(scan);
                    // Layer scans read images from the daemon: only for a live connection, never for a snapshot.
                    const bool live = !scan->demo && m_controller->live() && !scan->raw.endpoint.isEmpty();
                    m_images->setEndpoint(live ? std::optional<engine::Endpoint>(m_controller->endpoint())
                                               : std::nullopt);
                    if (m_containers->currentContainer().isEmpty() && m_containerModel->rowCount() > 0)
                        m_containers->table()->selectRow(0);
                    const int issues = int(scan->inventory.issues.size());
                    statusBar()->showMessage(
                        scan->inventory.partial
                            ? tr("Partial results: %n problem(s) while collecting.", nullptr, issues)
                            : tr("Scan complete: %n container(s).", nullptr, int(scan->inventory.containers.size())),
                        8000);
                }
                emit scanShown(incremental);
            });
        });
    });
}

void MainWindow::onFailed(const QString& message, const QString& hint)
{
    const QString text = hint.isEmpty() ? message : tr("%1 — %2").arg(message, hint);
    m_connection->setStatus(text, true);
    statusBar()->showMessage(text, 15000);
    if (m_demoOnFailure) {
        m_demoOnFailure = false;
        openDemo();
    }
}

void MainWindow::refreshEndpoints()
{
    const QStringList recent = QSettings().value(QStringLiteral("recentHosts")).toStringList();
    m_connection->setCandidates(engine::listEndpoints(engine::ResolveInput::fromEnvironment()), recent);
}

void MainWindow::rememberHost(const QString& url)
{
    if (url.isEmpty())
        return;
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentHosts")).toStringList();
    recent.removeAll(url);
    recent.prepend(url);
    while (recent.size() > kMaxRecentHosts)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentHosts"), recent);
}

void MainWindow::updateTitle()
{
    QString title = QStringLiteral("Bulkhead");
    if (m_scan)
        title = tr("%1 — Bulkhead").arg(m_scan->sourceName);
    if (isDemo())
        title = tr("[DEMO] %1").arg(title);
    setWindowTitle(title);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/page"), int(currentPage()));
    settings.sync();
    QMainWindow::closeEvent(event);
}

} // namespace bulkhead::ui
