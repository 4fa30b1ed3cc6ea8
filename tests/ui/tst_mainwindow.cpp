// SPDX-License-Identifier: GPL-3.0-or-later
// The main window against the bundled demo snapshot (recorded from the test daemon's fixtures).
#include "core/engine/snapshot.h"
#include "core/model/parse.h"
#include "core/rules/scan.h"
#include "tests/common/testdaemon.h"
#include "ui/connectionbar.h"
#include "ui/mainwindow.h"
#include "ui/models/containerfilterproxy.h"
#include "ui/models/containertablemodel.h"
#include "ui/models/findingtreemodel.h"
#include "ui/scancontroller.h"
#include "ui/settingsdialog.h"
#include "ui/views/containerriskview.h"
#include "ui/views/containersview.h"
#include "ui/views/dashboardview.h"
#include "ui/views/findingdetail.h"
#include "ui/views/lintview.h"

#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPalette>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace bulkhead;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private:
    model::RawInventory m_raw;
    std::unique_ptr<ui::MainWindow> m_window;

    QString containerIdByName(const QString& name) const
    {
        for (const auto& c : m_window->scan()->inventory.containers) {
            if (c.name == name)
                return c.id;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BulkheadTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
        QFile demo(ui::ScanController::demoResource());
        QVERIFY2(demo.open(QIODevice::ReadOnly), "the demo snapshot is not bundled");
        auto raw = engine::parseSnapshot(demo.readAll());
        QVERIFY2(raw.ok(), qPrintable(raw.ok() ? QString() : raw.error().text()));
        m_raw = raw.value();
    }

    void opensTheDemoOnFirstStartWithoutDaemon()
    {
        qputenv("DOCKER_HOST", "unix:///nonexistent/bulkhead-test/docker.sock");
        m_window = std::make_unique<ui::MainWindow>();
        m_window->resize(1360, 860);
        m_window->show();
        QSignalSpy shown(m_window.get(), &ui::MainWindow::scanShown);
        m_window->startUp({});
        QVERIFY(shown.wait(60000));
        QVERIFY(m_window->isDemo());
        QVERIFY(m_window->demoBanner()->isVisible());
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("DEMO")));
        QVERIFY(QSettings().value(QStringLiteral("started")).toBool());
    }

    void containersTableShowsExactlyTheSnapshotContainers()
    {
        QVERIFY(m_window && m_window->scan());
        auto* model = m_window->containerModel();
        QCOMPARE(model->rowCount(), int(m_raw.containers.size()));
        QSet<QString> expected;
        for (const auto& c : m_raw.containers)
            expected.insert(c.id);
        QSet<QString> shown;
        for (int r = 0; r < model->rowCount(); ++r)
            shown.insert(model->containerId(r));
        QCOMPARE(shown, expected);
        QCOMPARE(m_window->containersView()->table()->model()->rowCount(), model->rowCount());
    }

    void privilegedFixtureShowsItsCriticalFinding()
    {
        const QString id = containerIdByName(QStringLiteral("bh-privileged"));
        QVERIFY2(!id.isEmpty(), "the demo snapshot lacks the bh-privileged fixture");
        m_window->showContainer(id);
        QCOMPARE(m_window->currentPage(), ui::MainWindow::ContainerPage);
        auto* risk = m_window->riskView();
        QCOMPARE(risk->containerId(), id);
        // The worst finding comes first and is selected; it is critical and is the privileged-mode rule.
        const QModelIndex current = risk->findingTree()->currentIndex();
        const model::Finding* f = risk->findingModel()->finding(current);
        QVERIFY(f);
        QCOMPARE(f->severity, model::Severity::Critical);
        QVERIFY(f->evidence.contains(QStringLiteral("Privileged"), Qt::CaseInsensitive) ||
                f->location.field.contains(QStringLiteral("Privileged")));
        QVERIFY(risk->detail()->toPlainText().contains(f->ruleId));
        // Also visible in the table: the critical count and the marker.
        auto* model = m_window->containerModel();
        const int row = model->rowOf(id);
        QVERIFY(model->index(row, ui::ContainerTableModel::Critical).data().toInt() >= 1);
        QVERIFY(!model->index(row, ui::ContainerTableModel::Privileged).data().toString().isEmpty());
    }

    void copiedHardenedCommandEqualsTheCores()
    {
        const QString id = containerIdByName(QStringLiteral("bh-privileged"));
        m_window->showContainer(id);
        const auto inv = model::parseInventory(m_raw);
        const auto result = rules::scanInventory(inv);
        QString expectedRun;
        QString expectedCompose;
        for (const auto& c : result.containers) {
            if (c.containerId == id) {
                expectedRun = c.hardenedRun;
                expectedCompose = c.composeSnippet;
            }
        }
        QVERIFY(!expectedRun.isEmpty());
        QApplication::clipboard()->clear();
        m_window->riskView()->copyRunButton()->click();
        QCOMPARE(QApplication::clipboard()->text(), expectedRun);
        // The command itself drops --privileged; the comment lines above it say what was removed and why.
        const QString runLine = expectedRun.section(QLatin1Char('\n'), -1).trimmed();
        QVERIFY2(runLine.startsWith(QStringLiteral("docker run ")), qPrintable(runLine));
        QVERIFY(!runLine.contains(QStringLiteral("--privileged")));
        QVERIFY(expectedRun.contains(QStringLiteral("# removed: --privileged")));
        m_window->riskView()->copyComposeButton()->click();
        QCOMPARE(QApplication::clipboard()->text(), expectedCompose);
    }

    void inspectJsonMasksEnvironmentValues()
    {
        int checked = 0;
        for (const auto& raw : m_raw.containers) {
            m_window->showContainer(raw.id);
            const QString text = m_window->riskView()->inspectText();
            QVERIFY(text.contains(QStringLiteral("\"HostConfig\"")));
            const auto cfg = raw.inspect.is_object() ? raw.inspect.find("Config") : raw.inspect.end();
            if (cfg == raw.inspect.end() || !cfg->is_object() || !cfg->contains("Env") || !(*cfg)["Env"].is_array())
                continue;
            for (const auto& e : (*cfg)["Env"]) {
                const QString kv = QString::fromStdString(e.get<std::string>());
                const QString value = kv.section(u'=', 1);
                if (value.size() < 12)
                    continue; // short values are not secrets worth a grep (and may appear elsewhere)
                QVERIFY2(!text.contains(value), qPrintable(kv.section(u'=', 0, 0)));
                ++checked;
            }
        }
        QVERIFY2(checked > 0, "the demo snapshot should hold environment values to mask");
    }

    void donutClickFiltersTheContainers()
    {
        emit m_window->dashboard()->severityClicked(int(model::Severity::Critical));
        QCOMPARE(m_window->currentPage(), ui::MainWindow::ContainersPage);
        auto* proxy = m_window->containersView()->proxy();
        QVERIFY(proxy->rowCount() > 0);
        QVERIFY(proxy->rowCount() < m_window->containerModel()->rowCount());
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const auto counts =
                proxy->index(r, 0).data(ui::ContainerTableModel::SeverityCountsRole).value<QList<int>>();
            QVERIFY(counts.at(int(model::Severity::Critical)) > 0);
        }
        m_window->containersView()->clearFilters();
        QCOMPARE(proxy->rowCount(), m_window->containerModel()->rowCount());
    }

    void keyboardSwitchesViews()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), ui::MainWindow::ImagesPage);
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), ui::MainWindow::DashboardPage);
        QCOMPARE(m_window->dashboard()->severityCounts().at(int(model::Severity::Critical)) > 0, true);
    }

    void preferencesStoreLanguageAndRecentHosts()
    {
        QSettings().setValue(QStringLiteral("recentHosts"),
                             QStringList{QStringLiteral("tcp://a.example:2376"),
                                         QStringLiteral("tcp://b.example:2376"),
                                         QStringLiteral("ssh://c.example")});
        std::unique_ptr<ui::SettingsDialog> dialog(m_window->createSettingsDialog());
        QCOMPARE(dialog->recentHosts()->count(), 3);
        QVERIFY(!dialog->removeButton()->isEnabled());
        dialog->recentHosts()->item(1)->setSelected(true);
        QVERIFY(dialog->removeButton()->isEnabled());
        dialog->removeButton()->click();
        dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(QStringLiteral("de")));
        QVERIFY(dialog->languageChanged());
        dialog->accept();
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("de"));
        QCOMPARE(QSettings().value(QStringLiteral("recentHosts")).toStringList(),
                 (QStringList{QStringLiteral("tcp://a.example:2376"), QStringLiteral("ssh://c.example")}));
        // Cancel keeps what was stored.
        dialog.reset(m_window->createSettingsDialog());
        QCOMPARE(dialog->language(), QStringLiteral("de"));
        dialog->clearButton()->click();
        QCOMPARE(dialog->recentHosts()->count(), 0);
        dialog->reject();
        QCOMPARE(QSettings().value(QStringLiteral("recentHosts")).toStringList().size(), 2);
        QSettings().remove(QStringLiteral("language"));
        QSettings().remove(QStringLiteral("recentHosts"));
    }

    void riskiestChartLabelsAreEscapedAndShort()
    {
        // A container whose name is markup: Qt Charts draws axis labels as rich text.
        model::RawInventory raw = m_raw;
        QVERIFY(!raw.containers.empty());
        auto& hostile = raw.containers.front();
        hostile.inspect["Name"] = "/<img src=x onerror=alert(1)>-with-a-very-long-name-indeed";
        hostile.inspect["HostConfig"]["Privileged"] = true; // among the riskiest
        auto scan = ui::buildScanData(raw, {}, true, QStringLiteral("hostile"));
        ui::DashboardView view;
        view.setScan(scan);
        const QStringList labels = view.riskiestLabels();
        QCOMPARE(labels.size(), view.riskiestContainers().size());
        QVERIFY(!labels.isEmpty());
        bool sawHostile = false;
        for (const QString& l : labels) {
            QVERIFY2(!l.contains(u'<'), qPrintable(l));
            QVERIFY2(l.size() <= 60, qPrintable(l));
            sawHostile = sawHostile || l.contains(QStringLiteral("&lt;img"));
        }
        QVERIFY(sawHostile);
        QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
    }

    void dashboardFollowsThePalette()
    {
        const QPalette original = QApplication::palette();
        const auto charts = m_window->dashboard()->findChildren<QChartView*>();
        QCOMPARE(charts.size(), 3);
        QPalette dark = original;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        QApplication::setPalette(dark);
        QCoreApplication::processEvents();
        for (QChartView* v : charts)
            QCOMPARE(v->chart()->theme(), QChart::ChartThemeDark);
        // The donut keeps the severity colours after the theme change.
        QCOMPARE(m_window->dashboard()->severityCounts().at(int(model::Severity::Critical)) > 0, true);
        QApplication::setPalette(original);
        QCoreApplication::processEvents();
        for (QChartView* v : charts)
            QCOMPARE(v->chart()->theme(), QChart::ChartThemeLight);
    }

    void savesAScreenshotOfEachView()
    {
        const QString dir = test::binaryPath(QStringLiteral("screenshots"));
        QVERIFY(QDir().mkpath(dir));
        const QString names[] = {QStringLiteral("dashboard"),
                                 QStringLiteral("containers"),
                                 QStringLiteral("container-risk"),
                                 QStringLiteral("images"),
                                 QStringLiteral("host"),
                                 QStringLiteral("dockerfile-lint"),
                                 QStringLiteral("rules")};
        const QString privileged = containerIdByName(QStringLiteral("bh-privileged"));
        for (int page = 0; page < ui::MainWindow::PageCount; ++page) {
            if (page == ui::MainWindow::ContainerPage)
                m_window->showContainer(privileged);
            if (page == ui::MainWindow::LintPage) {
                const QString fixture = test::sourcePath(QStringLiteral("tests/daemon/fixtures/risky/Dockerfile"));
                if (QFile::exists(fixture))
                    QVERIFY(m_window->lintView()->openPath(fixture));
                QTest::qWait(1500); // the first lint runs on the worker
            }
            m_window->showPage(ui::MainWindow::Page(page));
            QTest::qWait(100);
            const QString file = QDir(dir).filePath(names[page] + QStringLiteral(".png"));
            QVERIFY(m_window->grab().save(file));
            QVERIFY(QFileInfo(file).size() > 1000);
        }
    }

    void savesWindowStateOnClose()
    {
        m_window->showPage(ui::MainWindow::RulesPage);
        m_window->close();
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("window/page")).toInt(), int(ui::MainWindow::RulesPage));
        QVERIFY(!settings.value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
        m_window.reset();
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
