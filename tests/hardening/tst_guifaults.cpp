// SPDX-License-Identifier: GPL-3.0-or-later
// The main window against the real test daemon when the daemon goes away in the middle of a scan (a forwarder the
// test cuts, tests/hardening/cutproxy.h): the window shows partial results, marked, while the GUI thread keeps
// turning; connected again after the daemon is back, it shows every container and nothing partial.
#include "core/engine/endpoint.h"
#include "tests/common/stallprobe.h"
#include "tests/common/testdaemon.h"
#include "tests/hardening/cutproxy.h"
#include "ui/mainwindow.h"
#include "ui/models/containertablemodel.h"
#include "ui/scancontroller.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace bulkhead;

namespace {

using test::StallProbe;

bool windowSays(const QWidget& window, const QString& text)
{
    const auto labels = window.findChildren<QLabel*>();
    return std::any_of(labels.begin(), labels.end(), [&](const QLabel* l) { return l->text().contains(text); });
}

} // namespace

class tst_GuiFaults : public QObject
{
    Q_OBJECT

private:
    test::TestDaemon m_daemon;

private slots:
    void initTestCase()
    {
        BULKHEAD_REQUIRE_TESTD(m_daemon);
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BulkheadTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_guifaults"));
        QSettings().clear();
        QSettings().setValue(QStringLiteral("started"), true);
    }

    void daemonGoesAwayMidScanAndComesBack()
    {
        const QString host = m_daemon.dockerHost();
        QVERIFY(host.startsWith(QLatin1String("unix://")));
        test::CutProxy proxy(host.mid(7));
        QVERIFY(proxy.start());
        proxy.downAtRequest(15);
        auto endpoint = engine::parseEndpointUrl(proxy.url());
        QVERIFY(endpoint.ok());

        ui::MainWindow window;
        engine::ClientOptions timeouts;
        timeouts.connectTimeoutMs = 3000;
        timeouts.readTimeoutMs = 5000;
        timeouts.requestTimeoutMs = 15000;
        window.controller()->setClientOptions(timeouts);
        window.show();
        StallProbe probe;
        QSignalSpy finished(window.controller(), &ui::ScanController::finished);
        QSignalSpy failed(window.controller(), &ui::ScanController::failed);
        window.connectTo(endpoint.value());
        QVERIFY(finished.wait(60000));
        QTest::qWait(100);
        QCOMPARE(failed.count(), 0);
        QVERIFY(window.scan());
        QVERIFY2(window.scan()->inventory.partial, "a scan cut short must be marked partial");
        QVERIFY2(windowSays(window, QStringLiteral("Partial results")), "the window must say the results are partial");
        qInfo("daemon gone at request 15: %d container(s) shown, longest GUI stall %lld ms",
              window.containerModel()->rowCount(),
              probe.maxStallMs());
        QVERIFY2(probe.maxStallMs() < 250, qPrintable(QString::number(probe.maxStallMs())));

        // Back: connecting again gives the whole host.
        proxy.downAtRequest(0);
        proxy.setDown(false);
        finished.clear();
        failed.clear();
        window.connectTo(endpoint.value());
        QVERIFY(finished.wait(60000));
        QTest::qWait(100);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!window.scan()->inventory.partial);
        bool ok = false;
        const QString ids =
            m_daemon.docker({QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--no-trunc")}, &ok);
        QVERIFY(ok);
        QCOMPARE(window.containerModel()->rowCount(), int(ids.split(u'\n', Qt::SkipEmptyParts).size()));
        QVERIFY(!windowSays(window, QStringLiteral("Partial results")));
        QVERIFY2(probe.maxStallMs() < 250, qPrintable(QString::number(probe.maxStallMs())));
    }
};

QTEST_MAIN(tst_GuiFaults)
#include "tst_guifaults.moc"
