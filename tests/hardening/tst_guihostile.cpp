// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop application against a misbehaving daemon on loopback: every case ends with an error or partial results
// shown in the window within the time-out, while the GUI thread keeps turning (a 10 ms timer measures the longest
// stall). Also a burst of 1,000 container events, and daemon strings (HTML, terminal escapes, invalid UTF-8) that must
// reach the labels as plain text.
#include "core/engine/endpoint.h"
#include "tests/common/hostileserver.h"
#include "tests/common/stallprobe.h"
#include "ui/mainwindow.h"
#include "ui/models/containertablemodel.h"
#include "ui/models/findingtreemodel.h"
#include "ui/scancontroller.h"
#include "ui/views/containerriskview.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

using namespace bulkhead;
using Mode = test::HostileServer::Mode;

namespace {

using test::StallProbe;

constexpr qint64 kMaxStallMs = 250;

engine::ClientOptions shortTimeouts()
{
    engine::ClientOptions o;
    o.connectTimeoutMs = 2000;
    o.readTimeoutMs = 2000;
    o.requestTimeoutMs = 4000;
    return o;
}

QByteArray hugeArray()
{
    QByteArray huge = "[";
    for (int i = 0; i < 300000; ++i)
        huge += "1,";
    return huge + "1]";
}

} // namespace

class tst_GuiHostile : public QObject
{
    Q_OBJECT

private:
    struct Outcome
    {
        bool done = false;
        bool failed = false;
        bool partial = false;
        QString status; // the status bar's message when the scan ended
        qint64 elapsedMs = 0;
        qint64 maxStallMs = 0;
    };

    // Connects a fresh main window to the server and waits for the end of the collection.
    static Outcome connectAndWait(ui::MainWindow& window, const test::HostileServer& server, int timeoutMs)
    {
        StallProbe probe;
        auto endpoint = engine::parseEndpointUrl(server.url());
        Outcome o;
        if (!endpoint.ok())
            return o;
        window.controller()->setClientOptions(shortTimeouts());
        QSignalSpy finished(window.controller(), &ui::ScanController::finished);
        QSignalSpy failed(window.controller(), &ui::ScanController::failed);
        QElapsedTimer clock;
        clock.start();
        window.connectTo(endpoint.value());
        o.done = finished.wait(timeoutMs);
        o.elapsedMs = clock.elapsed();
        QTest::qWait(50); // let the queued updates after finished() land
        o.failed = failed.count() > 0;
        o.partial = !o.failed && window.scan() && window.scan()->inventory.partial;
        // The status bar is transient (a later "live updates stopped" replaces it): read the lasting places, the
        // connection bar's status and the dashboard's summary.
        o.status = window.statusBar()->currentMessage();
        for (const QLabel* label : window.findChildren<QLabel*>()) {
            if (label->accessibleName() == QLatin1String("Connection status") ||
                label->text().contains(QLatin1String("Partial results")))
                o.status += QStringLiteral(" | ") + label->text();
        }
        o.maxStallMs = probe.maxStallMs();
        return o;
    }

    // Every label that shows a daemon string verbatim must render it as plain text: Qt's AutoText would turn
    // "<img src=...>" in a container name into markup.
    static QString richLabelWith(const QWidget& root, const QString& marker)
    {
        const auto labels = root.findChildren<QLabel*>();
        for (const QLabel* label : labels) {
            if (label->text().contains(marker) && label->textFormat() != Qt::PlainText)
                return label->objectName().isEmpty() ? label->text() : label->objectName();
        }
        return {};
    }

    // Tool tips are rich text whenever they look like markup: count the model tool tips that quote the marker and
    // return the first one that Qt would render as markup.
    static QString richToolTipWith(const QAbstractItemModel& model,
                                   const QString& marker,
                                   int* quoting,
                                   const QModelIndex& parent = {})
    {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            for (int column = 0; column < model.columnCount(parent); ++column) {
                const QModelIndex index = model.index(row, column, parent);
                const QString tip = model.data(index, Qt::ToolTipRole).toString();
                if (tip.contains(marker) || tip.contains(marker.toHtmlEscaped()))
                    ++*quoting;
                if (tip.contains(marker) && Qt::mightBeRichText(tip))
                    return tip;
            }
            const QString nested = richToolTipWith(model, marker, quoting, model.index(row, 0, parent));
            if (!nested.isEmpty())
                return nested;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BulkheadTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_guihostile"));
        QSettings().clear();
        QSettings().setValue(QStringLiteral("started"), true); // not a first start: no demo fallback
    }

    void showsAnErrorOrPartialResultsAndStaysResponsive_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("expectFailure"); // else partial results
        const QByteArray none;
        QTest::newRow("ping silent") << QStringLiteral("/_ping") << int(Mode::Silent) << none << true;
        QTest::newRow("ping not http") << QStringLiteral("/_ping") << int(Mode::GarbageStatus) << none << true;
        QTest::newRow("ping closes") << QStringLiteral("/_ping") << int(Mode::CloseAtOnce) << none << true;
        QTest::newRow("version slow loris") << QStringLiteral("/version") << int(Mode::SlowLoris) << none << false;
        QTest::newRow("list truncated") << QStringLiteral("/containers/json") << int(Mode::Truncated) << none << false;
        QTest::newRow("list bad chunk") << QStringLiteral("/containers/json") << int(Mode::BadChunk) << none << false;
        QTest::newRow("list 10 GB") << QStringLiteral("/containers/json") << int(Mode::HugeLength) << none << false;
        QTest::newRow("info chunk overflow") << QStringLiteral("/info") << int(Mode::ChunkOverflow) << none << false;
        QTest::newRow("info slow loris") << QStringLiteral("/info") << int(Mode::SlowLoris) << none << false;
        QTest::newRow("info silent") << QStringLiteral("/info") << int(Mode::Silent) << none << false;
        QTest::newRow("info invalid json")
            << QStringLiteral("/info") << int(Mode::Normal) << QByteArray("{\"Name\": \"x\", ") << false;
        QTest::newRow("info deep nesting") << QStringLiteral("/info") << int(Mode::Normal)
                                           << QByteArray(200000, '[') + QByteArray(200000, ']') << false;
        QTest::newRow("list wrong types")
            << QStringLiteral("/containers/json") << int(Mode::Normal)
            << QByteArray(R"([{"Id": 5, "Names": "x", "State": []}, 7, null, "s"])") << false;
        QTest::newRow("list invalid utf-8")
            << QStringLiteral("/containers/json") << int(Mode::Normal)
            << QByteArray("[{\"Id\":\"abc\",\"Names\":[\"/x\xff\xfe\xc0\"],\"State\":\"exited\"}]") << false;
        QTest::newRow("images huge array")
            << QStringLiteral("/images/json") << int(Mode::Normal) << hugeArray() << false;
    }

    void showsAnErrorOrPartialResultsAndStaysResponsive()
    {
        QFETCH(QString, path);
        QFETCH(int, mode);
        QFETCH(QByteArray, body);
        QFETCH(bool, expectFailure);
        test::HostileServer server;
        QVERIFY(server.start());
        server.setMode(path, Mode(mode));
        if (!body.isNull())
            server.setBody(path, body);

        ui::MainWindow window;
        window.show();
        const Outcome o = connectAndWait(window, server, 30000);
        qInfo("%s: ended after %lld ms, longest GUI stall %lld ms, status \"%s\"",
              QTest::currentDataTag(),
              o.elapsedMs,
              o.maxStallMs,
              qPrintable(o.status));
        QVERIFY2(o.done, "the window never left the busy state");
        QVERIFY2(o.maxStallMs < kMaxStallMs, qPrintable(QStringLiteral("GUI stalled %1 ms").arg(o.maxStallMs)));
        QVERIFY(!window.controller()->busy());
        if (expectFailure) {
            QVERIFY2(o.failed, "expected an error");
            QVERIFY2(!o.status.trimmed().isEmpty(), "the error must be shown");
        } else {
            QVERIFY2(!o.failed, qPrintable(o.status));
            QVERIFY2(o.partial, "the result must be marked partial");
            QVERIFY2(o.status.contains(QLatin1String("Partial"), Qt::CaseInsensitive), qPrintable(o.status));
        }
    }

    void hostileStringsArePlainTextInTheWindow()
    {
        test::HostileServer server;
        QVERIFY(server.start());
        const QByteArray marker = "<img src=x onerror=alert(1)>";
        // Valid JSON (escapes as \u001b) but hostile content; invalid UTF-8 is a case of its own above.
        const QByteArray hostileName = "/evil\\u001b]0;owned\\u0007\\u001b[2J" + marker;
        // The second entry's id carries markup: its inspect fails (404), it stays listed, and its id is a tool tip.
        server.setBody(QStringLiteral("/containers/json"),
                       "[{\"Id\":\"abc123\",\"Names\":[\"" + hostileName +
                           "\"],\"Image\":\"img\",\"State\":\"exited\"},{\"Id\":\"def456" + marker +
                           "\",\"Names\":[\"/second\"],\"Image\":\"img\",\"State\":\"exited\"}]");
        server.setBody(QStringLiteral("/containers/abc123/json"),
                       "{\"Id\":\"abc123\",\"Name\":\"" + hostileName +
                           "\",\"State\":{\"Status\":\"exited\"},\"Config\":{\"Image\":\"" + marker + "\",\"User\":\"" +
                           marker + "\",\"Env\":[\"TERM_TRAP=\\u001b[31mred\",\"" + marker +
                           "_PASSWORD=hunter2hunter2\"]},\"HostConfig\":{\"Privileged\":true,\"Binds\":[\"/" + marker +
                           ":/data\"]},\"Mounts\":[{\"Type\":\"bind\",\"Source\":\"/" + marker +
                           "\",\"Destination\":\"/data\",\"RW\":true}]}");
        server.setBody(QStringLiteral("/info"),
                       "{\"Name\":\"hostile\",\"ServerVersion\":\"20.10.24\",\"OperatingSystem\":\"<b>bold</b>" +
                           marker + "\",\"OSType\":\"linux\"}");

        ui::MainWindow window;
        window.show();
        QSignalSpy shown(&window, &ui::MainWindow::scanShown);
        const Outcome o = connectAndWait(window, server, 30000);
        QVERIFY(o.done);
        QVERIFY2(!o.failed, qPrintable(o.status));
        QVERIFY(window.containerModel()->rowCount() >= 1);
        window.showContainer(QStringLiteral("abc123"));
        QTest::qWait(50);
        const QString rich = richLabelWith(window, QString::fromLatin1(marker));
        QVERIFY2(rich.isEmpty(), qPrintable(QStringLiteral("label renders daemon markup: ") + rich));
        int quoting = 0;
        for (const QAbstractItemModel* model :
             {static_cast<const QAbstractItemModel*>(window.containerModel()),
              static_cast<const QAbstractItemModel*>(window.riskView()->findingModel())}) {
            const QString tip = richToolTipWith(*model, QString::fromLatin1(marker), &quoting);
            QVERIFY2(tip.isEmpty(), qPrintable(QStringLiteral("tool tip renders daemon markup: ") + tip));
        }
        // Finding messages quote daemon strings (paths, names, variables): the model's tool tips must not turn them
        // into markup either.
        ui::FindingTreeModel findings;
        model::Finding f;
        f.ruleId = QStringLiteral("CTR-010");
        f.severity = model::Severity::High;
        f.message = QStringLiteral("mounts the host path /etc/%1 read-write").arg(QString::fromLatin1(marker));
        findings.setFindings({f});
        const QString tip = richToolTipWith(findings, QString::fromLatin1(marker), &quoting);
        QVERIFY2(tip.isEmpty(), qPrintable(QStringLiteral("finding tool tip renders markup: ") + tip));
        QVERIFY2(quoting >= 2, "the tool tips checked must quote the hostile strings, or the check proves nothing");
        QVERIFY2(o.maxStallMs < kMaxStallMs, qPrintable(QString::number(o.maxStallMs)));
    }

    // 1,000 create/destroy events in one burst: the window keeps turning, and the burst becomes few rescans.
    void eventBurstKeepsTheWindowResponsive()
    {
        test::HostileServer server;
        QVERIFY(server.start());
        QByteArray list = "[";
        for (int i = 0; i < 20; ++i) {
            const QByteArray id = "c" + QByteArray::number(i);
            list += (i ? "," : "") +
                    QByteArray("{\"Id\":\"" + id + "\",\"Names\":[\"/n" + id + "\"],\"State\":\"exited\"}");
            server.setBody(QStringLiteral("/containers/%1/json").arg(QString::fromLatin1(id)),
                           "{\"Id\":\"" + id + "\",\"Name\":\"/n" + id +
                               "\",\"State\":{\"Status\":\"exited\",\"Running\":false},\"HostConfig\":{}}");
        }
        server.setBody(QStringLiteral("/containers/json"), list + "]");
        // /events is refused until the window is up (the watcher retries every 2 s); then one answer carries the
        // whole burst.
        server.setBody(QStringLiteral("/events"), R"({"message":"not yet"})", 404);

        ui::MainWindow window;
        window.controller()->setEventDelay(100);
        window.show();
        const Outcome first = connectAndWait(window, server, 30000);
        QVERIFY(first.done && !first.failed);
        QCOMPARE(window.containerModel()->rowCount(), 20);

        QByteArray burst;
        const qint64 t0 = 1700000000LL * 1000000000LL;
        for (int i = 0; i < 500; ++i) {
            const QByteArray id = "burst" + QByteArray::number(i);
            for (const char* action : {"create", "destroy"}) {
                burst += "{\"Type\":\"container\",\"Action\":\"" + QByteArray(action) + "\",\"Actor\":{\"ID\":\"" + id +
                         "\",\"Attributes\":{\"name\":\"" + id + "\"}},\"timeNano\":" + QByteArray::number(t0 + i) +
                         "}\n";
            }
        }
        server.setBody(QStringLiteral("/events"), burst);

        StallProbe probe;
        QSignalSpy events(window.controller(), &ui::ScanController::containerEvent);
        QSignalSpy shown(&window, &ui::MainWindow::scanShown);
        QTRY_VERIFY_WITH_TIMEOUT(events.count() >= 1000, 30000);
        server.setBody(QStringLiteral("/events"), R"({"message":"enough"})", 404); // one burst, not one a retry
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->busy(), 30000);
        QTest::qWait(500);
        qInfo("burst: %lld events, %lld rescans, longest GUI stall %lld ms",
              qint64(events.count()),
              qint64(shown.count()),
              probe.maxStallMs());
        QVERIFY2(probe.maxStallMs() < kMaxStallMs, qPrintable(QString::number(probe.maxStallMs())));
        QVERIFY2(shown.count() < 50, "the burst must be batched into few rescans");
        QCOMPARE(window.containerModel()->rowCount(), 20); // every burst container was destroyed again
    }
};

QTEST_MAIN(tst_GuiHostile)
#include "tst_guihostile.moc"
