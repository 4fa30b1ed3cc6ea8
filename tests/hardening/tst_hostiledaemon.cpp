// SPDX-License-Identifier: GPL-3.0-or-later
// A misbehaving "daemon" on loopback: every case must end in a clear error or partial results within the time-out,
// with bounded memory, no crash and no hang, both in the client and in the CLI.
#include "core/engine/dockerclient.h"
#include "tests/common/hostileserver.h"
#include "tests/common/sanitizer.h"
#include "tests/common/testdaemon.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace bulkhead;
using Mode = test::HostileServer::Mode;

namespace {

engine::Endpoint endpointFor(const test::HostileServer& server)
{
    auto parsed = engine::parseEndpointUrl(server.url());
    return parsed.ok() ? parsed.value() : engine::Endpoint{};
}

struct CliRun
{
    int exitCode = -1;
    bool crashed = false;
    bool finished = false;
    qint64 elapsedMs = 0;
    QByteArray out;
    QByteArray err;
};

// Runs bulkhead-cli with a 2 GiB address-space limit: unbounded allocation shows up as a crash, not a swapping host.
// (Under ASan, a 2 GiB resident-set limit instead: see tests/common/sanitizer.h.)
CliRun runCli(const QStringList& args, int killAfterMs = 60000)
{
    constexpr long kLimitMb = 2048;
    const QString command = test::kAddressSanitizer
                                ? QStringLiteral("exec \"$0\" \"$@\"")
                                : QStringLiteral("ulimit -v %1; exec \"$0\" \"$@\"").arg(kLimitMb * 1024);
    QProcess p;
    p.setProcessEnvironment(test::boundedEnvironment(kLimitMb));
    p.start(QStringLiteral("/bin/sh"),
            QStringList{QStringLiteral("-c"), command, test::binaryPath(QStringLiteral("app/bulkhead-cli"))} + args);
    QElapsedTimer timer;
    timer.start();
    CliRun run;
    run.finished = p.waitForFinished(killAfterMs);
    run.elapsedMs = timer.elapsed();
    if (!run.finished) {
        p.kill();
        p.waitForFinished();
    }
    run.crashed = p.exitStatus() != QProcess::NormalExit;
    run.exitCode = p.exitCode();
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

} // namespace

class TestHostileDaemon : public QObject
{
    Q_OBJECT

private slots:
    void clientFailsCleanly_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("expect"); // a word the error must contain (case-insensitive)
        QTest::newRow("truncated") << int(Mode::Truncated) << QStringLiteral("closed");
        QTest::newRow("bad chunk") << int(Mode::BadChunk) << QStringLiteral("chunk");
        QTest::newRow("chunk overflow") << int(Mode::ChunkOverflow) << QStringLiteral("chunk");
        QTest::newRow("10 GB length") << int(Mode::HugeLength) << QStringLiteral("large");
        QTest::newRow("slow loris") << int(Mode::SlowLoris) << QStringLiteral("time");
        QTest::newRow("silent") << int(Mode::Silent) << QStringLiteral("time");
        QTest::newRow("close at once") << int(Mode::CloseAtOnce) << QStringLiteral("closed");
        QTest::newRow("not http") << int(Mode::GarbageStatus) << QStringLiteral("http");
    }

    void clientFailsCleanly()
    {
        QFETCH(int, mode);
        QFETCH(QString, expect);
        test::HostileServer server;
        QVERIFY(server.start());
        server.setMode(QStringLiteral("/info"), Mode(mode));

        engine::ClientOptions options;
        options.connectTimeoutMs = 2000;
        options.readTimeoutMs = 2000;
        options.requestTimeoutMs = 4000;
        engine::DockerClient client(endpointFor(server), options);
        QElapsedTimer timer;
        timer.start();
        const auto response = client.get(QStringLiteral("/info"));
        QVERIFY2(!response.ok(), "a broken answer must be an error, not a response");
        QVERIFY2(timer.elapsed() < 15000, qPrintable(QStringLiteral("took %1 ms").arg(timer.elapsed())));
        QVERIFY2(response.error().text().contains(expect, Qt::CaseInsensitive), qPrintable(response.error().text()));

        // The connection is usable again afterwards for a good path (reconnect after a broken exchange).
        server.setMode(QStringLiteral("/info"), Mode::Normal);
        const auto again = client.get(QStringLiteral("/version"));
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().text()));
        QCOMPARE(again->status, 200);
    }

    void cliEndsWithAClearErrorAndBoundedMemory_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("mode");
        QTest::newRow("list truncated") << QStringLiteral("/containers/json") << int(Mode::Truncated);
        QTest::newRow("list bad chunk") << QStringLiteral("/containers/json") << int(Mode::BadChunk);
        QTest::newRow("list 10 GB") << QStringLiteral("/containers/json") << int(Mode::HugeLength);
        QTest::newRow("info slow loris") << QStringLiteral("/info") << int(Mode::SlowLoris);
        QTest::newRow("version silent") << QStringLiteral("/version") << int(Mode::Silent);
        QTest::newRow("ping not http") << QStringLiteral("/_ping") << int(Mode::GarbageStatus);
    }

    void cliEndsWithAClearErrorAndBoundedMemory()
    {
        QFETCH(QString, path);
        QFETCH(int, mode);
        test::HostileServer server;
        QVERIFY(server.start());
        server.setMode(path, Mode(mode));
        const CliRun run = runCli({QStringLiteral("inventory"),
                                   QStringLiteral("--host"),
                                   server.url(),
                                   QStringLiteral("--timeout"),
                                   QStringLiteral("3"),
                                   QStringLiteral("--format"),
                                   QStringLiteral("json")});
        QVERIFY2(run.finished, "the CLI hung");
        QVERIFY2(!run.crashed, run.err.constData());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(!run.err.trimmed().isEmpty(), "an error must say what went wrong");
        QVERIFY2(run.elapsedMs < 45000, qPrintable(QString::number(run.elapsedMs)));
    }

    void cliSurvivesOddJson_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("invalid json") << QStringLiteral("/info") << QByteArray("{\"Name\": \"x\", ");
        QTest::newRow("wrong types") << QStringLiteral("/containers/json")
                                     << QByteArray(R"([{"Id": 5, "Names": "x", "State": []}, 7, null, "s"])");
        QByteArray deep(200000, '[');
        QTest::newRow("deep nesting") << QStringLiteral("/info") << deep + QByteArray(200000, ']');
        QByteArray huge = "[";
        for (int i = 0; i < 300000; ++i) {
            huge += "1,";
        }
        huge += "1]";
        QTest::newRow("huge array") << QStringLiteral("/images/json") << huge;
        QTest::newRow("big number") << QStringLiteral("/info")
                                    << QByteArray(R"({"NCPU": 1e400, "MemTotal": -99999999999999999999999})");
    }

    void cliSurvivesOddJson()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        test::HostileServer server;
        QVERIFY(server.start());
        server.setBody(path, body);
        const CliRun run = runCli({QStringLiteral("inventory"),
                                   QStringLiteral("--host"),
                                   server.url(),
                                   QStringLiteral("--timeout"),
                                   QStringLiteral("5"),
                                   QStringLiteral("--format"),
                                   QStringLiteral("json")});
        QVERIFY2(run.finished, "the CLI hung");
        QVERIFY2(!run.crashed, run.err.constData());
        QVERIFY2(run.exitCode == 0 || run.exitCode == 2, qPrintable(QString::number(run.exitCode)));
        if (run.exitCode == 0) {
            QJsonParseError error{};
            QJsonDocument::fromJson(run.out, &error);
            QVERIFY2(error.error == QJsonParseError::NoError, "--format json must stay valid JSON");
        } else {
            QVERIFY(!run.err.trimmed().isEmpty());
        }
    }

    void cliNeverPrintsTerminalEscapesFromTheDaemon()
    {
        test::HostileServer server;
        QVERIFY(server.start());
        const QByteArray hostileName = "/evil\x1b]0;owned\x07\x1b[2J<img src=x onerror=alert(1)>\xff\xfe";
        server.setBody(QStringLiteral("/containers/json"),
                       "[{\"Id\":\"abc123\",\"Names\":[\"" + hostileName +
                           "\"],\"Image\":\"img\",\"State\":\"exited\"}]");
        server.setBody(QStringLiteral("/containers/abc123/json"),
                       "{\"Id\":\"abc123\",\"Name\":\"" + hostileName +
                           "\",\"State\":{\"Status\":\"exited\"},\"Config\":{\"Image\":\"img\",\"Env\":"
                           "[\"TERM_TRAP=\\u001b[31mred\"]},\"HostConfig\":{}}");
        const CliRun run = runCli({QStringLiteral("inventory"), QStringLiteral("--host"), server.url()});
        QVERIFY2(!run.crashed, run.err.constData());
        QVERIFY2(run.exitCode == 0 || run.exitCode == 2, run.err.constData());
        QVERIFY2(!run.out.contains('\x1b') && !run.err.contains('\x1b'), "an ESC byte reached the terminal");
        QVERIFY2(!run.out.contains('\x07'), "a BEL byte reached the terminal");
    }

    // Reading a snapshot must cost about its size, not its 2 GiB cap: under the 2 GiB address-space limit a 100 KB
    // snapshot once died with std::bad_alloc because the whole cap was allocated up front.
    void cliReadsASnapshotUnderTheMemoryLimit()
    {
        const QString demo = test::sourcePath(QStringLiteral("resources/demo/demo-snapshot.json"));
        QVERIFY(QFile::exists(demo));
        const QList<QStringList> commands{{QStringLiteral("inventory"),
                                           QStringLiteral("--snapshot"),
                                           demo,
                                           QStringLiteral("--format"),
                                           QStringLiteral("json")},
                                          {QStringLiteral("scan"),
                                           QStringLiteral("--snapshot"),
                                           demo,
                                           QStringLiteral("--fail-on"),
                                           QStringLiteral("none")}};
        for (const QStringList& args : commands) {
            const CliRun run = runCli(args);
            QVERIFY2(run.finished, "the CLI hung");
            QVERIFY2(!run.crashed, run.err.constData());
            QVERIFY2(run.exitCode == 0, run.err.constData());
        }
    }

    void onlyReadsFromTheHostileDaemon()
    {
        test::HostileServer server;
        QVERIFY(server.start());
        server.setBody(QStringLiteral("/containers/json"), R"([{"Id":"c1","Names":["/a"],"State":"running"}])");
        server.setBody(QStringLiteral("/containers/c1/json"),
                       R"({"Id":"c1","Name":"/a","State":{"Status":"running","Running":true},"HostConfig":{}})");
        runCli({QStringLiteral("inventory"), QStringLiteral("--host"), server.url()});
        const QStringList lines = server.requestLines();
        QVERIFY(!lines.isEmpty());
        for (const QString& line : lines) {
            QVERIFY2(line.startsWith(QLatin1String("GET ")) || line.startsWith(QLatin1String("HEAD ")),
                     qPrintable(line));
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileDaemon)
#include "tst_hostiledaemon.moc"
