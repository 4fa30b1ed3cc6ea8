// SPDX-License-Identifier: GPL-3.0-or-later
// Faults against the real test daemon, through a forwarder the test can break (tests/hardening/cutproxy.h) so the
// shared daemon itself keeps running for the other tests: the daemon "stops" in the middle of an inventory and comes
// back; a container is removed between the list and its inspect; the connection drops during an image export. Each
// ends in partial results marked as such, or a clear error, never a crash or a hang.
#include "core/engine/inventory.h"
#include "core/secrets/daemonscan.h"
#include "tests/common/testdaemon.h"
#include "tests/hardening/cutproxy.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace bulkhead;

namespace {

engine::Endpoint endpointFor(const QString& url)
{
    auto parsed = engine::parseEndpointUrl(url);
    return parsed.ok() ? parsed.value() : engine::Endpoint{};
}

engine::CollectOptions fastOptions()
{
    engine::CollectOptions o;
    o.client.connectTimeoutMs = 3000;
    o.client.readTimeoutMs = 5000;
    o.client.requestTimeoutMs = 15000;
    o.hostFacts = false;
    return o;
}

struct CliRun
{
    bool finished = false;
    bool crashed = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList& args, const QString& home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home); // the layer cache must not answer from an earlier run
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    p.setProcessEnvironment(env);
    p.start(test::binaryPath(QStringLiteral("app/bulkhead-cli")), args);
    CliRun run;
    run.finished = p.waitForFinished(120000);
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

QString unixPath(const QString& dockerHost)
{
    return dockerHost.startsWith(QLatin1String("unix://")) ? dockerHost.mid(7) : QString();
}

} // namespace

class tst_Faults : public QObject
{
    Q_OBJECT

private:
    test::TestDaemon m_daemon;
    QTemporaryDir m_home;

    int daemonContainerCount()
    {
        bool ok = false;
        const QString out =
            m_daemon.docker({QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--no-trunc")}, &ok);
        return ok ? int(out.split(u'\n', Qt::SkipEmptyParts).size()) : -1;
    }

private slots:
    void initTestCase()
    {
        BULKHEAD_REQUIRE_TESTD(m_daemon);
        QVERIFY(!unixPath(m_daemon.dockerHost()).isEmpty());
        QVERIFY(m_home.isValid());
        QVERIFY2(QFileInfo::exists(test::binaryPath(QStringLiteral("app/bulkhead-cli"))), "build bulkhead-cli first");
    }

    void daemonStopsMidInventoryAndComesBack()
    {
        test::CutProxy proxy(unixPath(m_daemon.dockerHost()));
        QVERIFY(proxy.start());
        proxy.downAtRequest(15); // after the lists, among the inspects
        QElapsedTimer clock;
        clock.start();
        const auto cut = engine::collectInventory(endpointFor(proxy.url()), fastOptions());
        qInfo("daemon down at request 15: collection ended after %lld ms", clock.elapsed());
        QVERIFY2(cut.ok(), cut.ok() ? "" : qPrintable(cut.error().text()));
        QVERIFY2(cut->partial, "a collection cut short must be marked partial");
        QVERIFY(!cut->issues.empty());
        QVERIFY2(clock.elapsed() < 60000, "the collection must give up quickly on a dead daemon");
        int inspected = 0;
        for (const auto& c : cut->containers)
            inspected += c.inspectStatus == 200 ? 1 : 0;
        QVERIFY2(inspected < int(cut->containers.size()), "some inspects must be missing");

        // The daemon is back: the next collection is whole again.
        proxy.downAtRequest(0);
        proxy.setDown(false);
        const auto again = engine::collectInventory(endpointFor(proxy.url()), fastOptions());
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().text()));
        QVERIFY2(!again->partial, again->issues.empty() ? "" : qPrintable(again->issues.front().what));
        QCOMPARE(int(again->containers.size()), daemonContainerCount());
    }

    void cliMarksAnInterruptedScanPartial_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("format");
        QTest::newRow("inventory json") << QStringLiteral("inventory") << QStringLiteral("json");
        QTest::newRow("scan json") << QStringLiteral("scan") << QStringLiteral("json");
        QTest::newRow("report json") << QStringLiteral("report") << QStringLiteral("json");
        QTest::newRow("report json --fail-on low") << QStringLiteral("report") << QStringLiteral("json");
    }

    void cliMarksAnInterruptedScanPartial()
    {
        QFETCH(QString, command);
        QFETCH(QString, format);
        test::CutProxy proxy(unixPath(m_daemon.dockerHost()));
        QVERIFY(proxy.start());
        proxy.downAtRequest(15);
        QStringList args{command,
                         QStringLiteral("--host"),
                         proxy.url(),
                         QStringLiteral("--timeout"),
                         QStringLiteral("5"),
                         QStringLiteral("--format"),
                         format};
        if (command == QLatin1String("report"))
            args << QStringLiteral("-o") << QStringLiteral("-");
        // Findings at or above --fail-on must not hide that the inventory is incomplete: partial wins (exit 2).
        if (QByteArray(QTest::currentDataTag()).contains("--fail-on"))
            args << QStringLiteral("--fail-on") << QStringLiteral("low");
        const CliRun run = runCli(args, m_home.path());
        QVERIFY2(run.finished, "the CLI hung");
        QVERIFY2(!run.crashed, run.err.constData());
        QCOMPARE(run.exitCode, 2);
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(run.out.left(400) + run.err));
        const QJsonObject root = doc.object();
        // scan: "partial"; inventory: "source.partial"; report: "report.partial".
        const bool partial =
            root.value(QStringLiteral("partial")).toBool() ||
            root.value(QStringLiteral("source")).toObject().value(QStringLiteral("partial")).toBool() ||
            root.value(QStringLiteral("report")).toObject().value(QStringLiteral("partial")).toBool();
        QVERIFY2(partial, "the JSON must say partial");
        QVERIFY2(run.err.contains("incomplete"), run.err.constData());
    }

    void containerRemovedBetweenListAndInspect()
    {
        const QString name = QStringLiteral("bh-fault-victim-%1").arg(QCoreApplication::applicationPid());
        bool ok = false;
        const QString id = m_daemon
                               .docker({QStringLiteral("create"),
                                        QStringLiteral("--name"),
                                        name,
                                        m_daemon.value(QStringLiteral("BASE_IMAGE")),
                                        QStringLiteral("sleep"),
                                        QStringLiteral("1")},
                                       &ok)
                               .trimmed();
        QVERIFY2(ok && !id.isEmpty(), qPrintable(id));
        std::atomic_bool removed{false};
        test::CutProxy proxy(unixPath(m_daemon.dockerHost()));
        QVERIFY(proxy.start());
        // The moment Bulkhead asks for the victim's inspect, the container goes away for real.
        proxy.setBeforeForward([&](const QByteArray& line) {
            if (!removed.load() && line.contains(QStringLiteral("/containers/%1/json").arg(id).toLatin1())) {
                bool gone = false;
                m_daemon.docker({QStringLiteral("rm"), QStringLiteral("-f"), id}, &gone);
                removed.store(gone);
            }
        });
        const auto collected = engine::collectInventory(endpointFor(proxy.url()), fastOptions());
        if (!removed.load())
            m_daemon.docker({QStringLiteral("rm"), QStringLiteral("-f"), id});
        QVERIFY2(removed.load(), "the victim was never inspected");
        QVERIFY2(collected.ok(), collected.ok() ? "" : qPrintable(collected.error().text()));
        const auto victim = std::find_if(
            collected->containers.begin(), collected->containers.end(), [&](const auto& c) { return c.id == id; });
        QVERIFY(victim != collected->containers.end());
        QCOMPARE(victim->inspectStatus, 404);
        QVERIFY2(victim->error.contains(QLatin1String("removed during the scan")), qPrintable(victim->error));
        QVERIFY2(!collected->partial, "a container that went away is recorded, not a hole in the results");
        const bool recorded = std::any_of(
            collected->issues.begin(), collected->issues.end(), [&](const auto& i) { return i.where.contains(id); });
        QVERIFY(recorded);
    }

    void connectionDropsDuringALayerExport()
    {
        test::CutProxy proxy(unixPath(m_daemon.dockerHost()));
        QVERIFY(proxy.start());
        proxy.cutResponse("/get", 3 << 20); // the 20 MiB layer of fixture-large is cut after 3 MiB of the tarball
        engine::ClientOptions options;
        options.readTimeoutMs = 10000;
        engine::DockerClient client(endpointFor(proxy.url()), options);
        QVERIFY(client.negotiate().ok());
        QElapsedTimer clock;
        clock.start();
        const auto result = secrets::scanImageLayers(client, QStringLiteral("bulkhead/fixture-large:1"));
        qInfo("export cut after 3 MiB: ended after %lld ms", clock.elapsed());
        QVERIFY2(!result.ok() || result->cancelled, "a cut export must not look like a complete scan");
        if (!result.ok()) {
            QVERIFY2(!result.error().text().isEmpty(), "the error must say what happened");
            qInfo("error: %s", qPrintable(result.error().text()));
        }
        QVERIFY(clock.elapsed() < 60000);

        // And through the CLI, with a folder beside the image: the folder's findings stay, the output says partial,
        // the image is named as not scanned, exit 2, no crash.
        const QString folder = m_home.filePath(QStringLiteral("files"));
        QVERIFY(QDir().mkpath(folder));
        QFile::remove(folder + QStringLiteral("/.env"));
        QVERIFY(QFile::copy(test::sourcePath(QStringLiteral("tests/fixtures/secrets/fixture-secrets.env")),
                            folder + QStringLiteral("/.env")));
        const CliRun run = runCli({QStringLiteral("secrets"),
                                   folder,
                                   QStringLiteral("--image"),
                                   QStringLiteral("bulkhead/fixture-large:1"),
                                   QStringLiteral("--host"),
                                   proxy.url(),
                                   QStringLiteral("--format"),
                                   QStringLiteral("json")},
                                  m_home.path());
        QVERIFY2(run.finished, "the CLI hung");
        QVERIFY2(!run.crashed, run.err.constData());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("image bulkhead/fixture-large:1 not scanned"), run.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
        QVERIFY2(doc.value(QStringLiteral("partial")).toBool(), run.out.left(400).constData());
        QVERIFY2(!doc.value(QStringLiteral("findings")).toArray().isEmpty(), "the folder's findings must stay");
    }
};

QTEST_GUILESS_MAIN(tst_Faults)
#include "tst_faults.moc"
