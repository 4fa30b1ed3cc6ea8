// SPDX-License-Identifier: GPL-3.0-or-later
// The main window against the real test daemon: the table holds exactly the daemon's containers, and a container
// created during the test appears (and disappears) through /events, without a reload.
#include "core/engine/endpoint.h"
#include "tests/common/testdaemon.h"
#include "ui/mainwindow.h"
#include "ui/models/containertablemodel.h"
#include "ui/scancontroller.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace bulkhead;

class tst_MainWindowDaemon : public QObject
{
    Q_OBJECT

private:
    test::TestDaemon m_daemon;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_created;

    QSet<QString> daemonIds()
    {
        bool ok = false;
        const QString out =
            m_daemon.docker({QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--no-trunc")}, &ok);
        if (!ok)
            return {};
        const QStringList ids = out.split(u'\n', Qt::SkipEmptyParts);
        return QSet<QString>(ids.begin(), ids.end());
    }

    QSet<QString> tableIds() const
    {
        QSet<QString> ids;
        auto* model = m_window->containerModel();
        for (int r = 0; r < model->rowCount(); ++r)
            ids.insert(model->containerId(r));
        return ids;
    }

private slots:
    void initTestCase()
    {
        BULKHEAD_REQUIRE_TESTD(m_daemon);
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BulkheadTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow_daemon"));
        QSettings().clear();
        QSettings().setValue(QStringLiteral("started"), true); // not a first start: no demo fallback
    }

    void tableEqualsDockerPs()
    {
        auto endpoint = engine::parseEndpointUrl(m_daemon.dockerHost());
        QVERIFY(endpoint.ok());
        m_window = std::make_unique<ui::MainWindow>();
        m_window->controller()->setEventDelay(100);
        m_window->show();
        QSignalSpy shown(m_window.get(), &ui::MainWindow::scanShown);
        m_window->connectTo(endpoint.value());
        QVERIFY(shown.wait(120000));
        QVERIFY(!m_window->isDemo());
        const QSet<QString> expected = daemonIds();
        QVERIFY(!expected.isEmpty());
        QCOMPARE(tableIds(), expected);
        QVERIFY(m_window->controller()->live());
    }

    void createdContainerAppearsWithoutReload()
    {
        QVERIFY(m_window);
        QSignalSpy shown(m_window.get(), &ui::MainWindow::scanShown);
        // Give the /events stream a moment to be established before the change.
        QTest::qWait(500);
        const QString name = QStringLiteral("bh-gui-live-%1").arg(QCoreApplication::applicationPid());
        bool ok = false;
        const QString image = m_daemon.value(QStringLiteral("BASE_IMAGE")).isEmpty()
                                  ? QStringLiteral("bulkhead/busybox:1.35")
                                  : m_daemon.value(QStringLiteral("BASE_IMAGE"));
        m_created = m_daemon
                        .docker({QStringLiteral("create"),
                                 QStringLiteral("--name"),
                                 name,
                                 QStringLiteral("--privileged"),
                                 image,
                                 QStringLiteral("sleep"),
                                 QStringLiteral("60")},
                                &ok)
                        .trimmed();
        QVERIFY2(ok && !m_created.isEmpty(), "docker create failed");
        QTRY_VERIFY_WITH_TIMEOUT(tableIds().contains(m_created), 60000);
        // It came in as an incremental update (scanShown follows once every view has it), and its findings are
        // there: privileged is critical.
        auto incremental = [&shown] {
            for (const auto& args : shown) {
                if (args.first().toBool())
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(incremental(), 10000);
        auto* model = m_window->containerModel();
        const int row = model->rowOf(m_created);
        QVERIFY(model->index(row, ui::ContainerTableModel::Critical).data().toInt() >= 1);

        m_daemon.docker({QStringLiteral("rm"), QStringLiteral("-f"), m_created}, &ok);
        QVERIFY(ok);
        QTRY_VERIFY_WITH_TIMEOUT(!tableIds().contains(m_created), 60000);
        m_created.clear();
    }

    void cleanupTestCase()
    {
        if (!m_created.isEmpty())
            m_daemon.docker({QStringLiteral("rm"), QStringLiteral("-f"), m_created});
        m_window.reset();
    }
};

QTEST_MAIN(tst_MainWindowDaemon)
#include "tst_mainwindow_daemon.moc"
