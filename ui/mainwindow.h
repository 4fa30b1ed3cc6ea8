// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/scandata.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace bulkhead::engine {
struct Endpoint;
}

namespace bulkhead::ui {

class ConnectionBar;
class ContainerRiskView;
class ReviewStore;
class ContainerTableModel;
class ContainersView;
class DashboardView;
class ExportDialog;
class HostView;
class ImagesView;
class LintView;
class RulesView;
class SettingsDialog;
class ScanController;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Page
    {
        DashboardPage,
        ContainersPage,
        ContainerPage,
        ImagesPage,
        HostPage,
        LintPage,
        RulesPage,
        PageCount
    };

    struct StartOptions
    {
        QString snapshot;  // open this snapshot
        QString host;      // connect to this URL
        bool demo = false; // open the bundled demo
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // What to show first: the options, else the resolved endpoint; if that fails on the very first start, the
    // bundled demo snapshot.
    void startUp(const StartOptions& options);
    void connectTo(const engine::Endpoint& endpoint);
    void openSnapshot(const QString& path);
    void openDemo();
    void showPage(Page page);
    Page currentPage() const;
    void showContainer(const QString& id); // selects it and opens the container page
    // File > Export report…: a dialog preset with the selection and the shown container (not yet shown).
    ExportDialog* createExportDialog();
    SettingsDialog* createSettingsDialog(); // Settings > Preferences… (not yet shown)

    ScanDataPtr scan() const { return m_scan; }
    bool isDemo() const { return m_scan && m_scan->demo; }
    ScanController* controller() const { return m_controller; }
    ConnectionBar* connectionBar() const { return m_connection; }
    ContainerTableModel* containerModel() const { return m_containerModel; }
    ContainersView* containersView() const { return m_containers; }
    ContainerRiskView* riskView() const { return m_risk; }
    ReviewStore* reviewStore() const { return m_reviews; }
    DashboardView* dashboard() const { return m_dashboard; }
    ImagesView* imagesView() const { return m_images; }
    HostView* hostView() const { return m_host; }
    LintView* lintView() const { return m_lint; }
    RulesView* rulesView() const { return m_rules; }
    QListWidget* navigation() const { return m_nav; }
    QLabel* demoBanner() const { return m_demoBanner; }

signals:
    void scanShown(bool incremental);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void onScan(ScanDataPtr scan, bool incremental);
    void onFailed(const QString& message, const QString& hint);
    void connectFromBar();
    void refreshEndpoints();
    void rememberHost(const QString& url);
    void updateTitle();
    void openSettings();

    ScanController* m_controller;
    ScanDataPtr m_scan;
    ContainerTableModel* m_containerModel;
    ConnectionBar* m_connection;
    QLabel* m_demoBanner;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    DashboardView* m_dashboard;
    ContainersView* m_containers;
    ContainerRiskView* m_risk;
    ReviewStore* m_reviews;
    ImagesView* m_images;
    HostView* m_host;
    LintView* m_lint;
    RulesView* m_rules;
    QAction* m_exportAction = nullptr;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_live;
    bool m_demoOnFailure = false;
    quint64 m_scanGeneration = 0; // onScan() steps of an older scan stop when this moves on
    bool m_fullPending = false;   // a full scan's hand-out was overtaken by a live update
};

} // namespace bulkhead::ui
