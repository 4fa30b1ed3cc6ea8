// SPDX-License-Identifier: GPL-3.0-or-later
// `bulkhead-cli inventory` and `bulkhead-cli snapshot` as a user runs them: exit codes, messages, formats, the
// snapshot file's mode, and secrets kept out of every output.
#include "core/engine/snapshot.h"
#include "tests/common/clirun.h"
#include "tests/common/hostileserver.h"
#include "tests/common/testdaemon.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace bulkhead;
using nlohmann::json;

namespace {

const QByteArray kSecret = "s3cr3t-Value-For-Tests-0123456789";

using Run = test::CliRun;

// The CLI, directly or through a wrapper such as setpriv.
Run runCli(const QStringList& args, const QStringList& prefix = {})
{
    test::CliOptions options;
    options.prefix = prefix;
    options.timeoutMs = 60000;
    return test::runCli(args, options);
}

model::RawInventory sample()
{
    model::RawInventory raw;
    raw.endpoint = QStringLiteral("unix:///var/run/docker.sock");
    raw.endpointSource = QStringLiteral("default");
    raw.collectedAt = QDateTime(QDate(2026, 11, 29), QTime(6, 0), Qt::UTC);
    raw.toolVersion = QStringLiteral("0.1.0");
    raw.apiVersion = QStringLiteral("1.41");
    raw.version = {{"Version", "20.10.24"}, {"ApiVersion", "1.41"}, {"KernelVersion", "6.1.0-13-amd64"}};
    raw.info = {{"Name", "prod-1"}, {"OperatingSystem", "Debian GNU/Linux 12 (bookworm)"}, {"OSType", "linux"}};
    model::RawContainer c;
    c.id = QStringLiteral("0123456789abcdef");
    c.summary = {{"Id", "0123456789abcdef"}};
    c.inspect = {
        {"Id", "0123456789abcdef"},
        {"Name", "/evil\x1b[2Jname"},
        {"State", {{"Status", "running"}, {"Running", true}}},
        {"Config", {{"Image", "web:1"}, {"User", ""}, {"Env", {"DB_PASSWORD=" + kSecret.toStdString(), "PATH=/bin"}}}},
        {"HostConfig",
         {{"Privileged", true},
          {"PortBindings", {{"22/tcp", {{{"HostIp", ""}, {"HostPort", "2222"}}}}}},
          {"Memory", 0}}}};
    c.inspectStatus = 200;
    raw.containers.push_back(c);
    model::RawImage image;
    image.id = QStringLiteral("sha256:feedface0000");
    image.inspect = {{"Id", "sha256:feedface0000"},
                     {"RepoTags", {"web:1"}},
                     {"Size", 5000000},
                     {"Created", "2026-01-02T03:04:05Z"},
                     {"Config", {{"Env", {"API_TOKEN=" + kSecret.toStdString()}}}}};
    image.history = json::array();
    image.inspectStatus = 200;
    raw.images.push_back(image);
    return raw;
}

} // namespace

class TestCliInventory : public QObject
{
    Q_OBJECT

private slots:
    // The build links the allocator it says it does (a release build without mimalloc is ~25 % slower at lint).
    void versionNamesTheAllocator()
    {
        const Run run = runCli({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
#ifdef BULKHEAD_EXPECT_MIMALLOC
        QVERIFY2(run.out.contains("\nallocator: mimalloc 2."), run.out.constData());
#else
        QVERIFY2(run.out.contains("\nallocator: system malloc\n"), run.out.constData());
#endif
    }

    void missingSocketExitsTwoWithAHint()
    {
        const Run run = runCli({QStringLiteral("inventory"),
                                QStringLiteral("--host"),
                                QStringLiteral("unix:///nonexistent/bulkhead/docker.sock")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("dockerd running"), run.err.constData());
    }

    void refusedTcpExitsTwo()
    {
        // A port that was just free: nothing listens there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString url = QStringLiteral("tcp://127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        const Run run = runCli({QStringLiteral("inventory"),
                                QStringLiteral("--host"),
                                url,
                                QStringLiteral("--timeout"),
                                QStringLiteral("3")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(!run.err.trimmed().isEmpty(), "an error must be printed");
    }

    void permissionDeniedSaysRootEquivalent()
    {
        if (::geteuid() != 0) {
            QSKIP("needs root to create a socket only root may open and run the CLI as another user");
        }
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty()) {
            QSKIP("setpriv (util-linux) is not installed");
        }
        QTemporaryDir dir(QStringLiteral("/tmp/bh-cli-XXXXXX"));
        QVERIFY(dir.isValid());
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
        QLocalServer server;
        server.setSocketOptions(QLocalServer::UserAccessOption);
        const QString socket = dir.filePath(QStringLiteral("docker.sock"));
        QVERIFY(server.listen(socket));
        QVERIFY(::chmod(QFile::encodeName(socket).constData(), 0600) == 0);
        // The CLI binary must be reachable by "nobody"; in a private build tree it may not be.
        const Run probe = runCli({QStringLiteral("--version")},
                                 {setpriv,
                                  QStringLiteral("--reuid=65534"),
                                  QStringLiteral("--regid=65534"),
                                  QStringLiteral("--clear-groups")});
        if (probe.exitCode != 0) {
            QSKIP("the build tree is not accessible to user nobody");
        }
        const Run run =
            runCli({QStringLiteral("inventory"), QStringLiteral("--host"), QStringLiteral("unix://") + socket},
                   {setpriv,
                    QStringLiteral("--reuid=65534"),
                    QStringLiteral("--regid=65534"),
                    QStringLiteral("--clear-groups")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("root-equivalent"), run.err.constData());
        QVERIFY2(run.err.contains("sudo"), run.err.constData());
    }

    void jsonOnASnapshotIsStableAndRedacted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("snap.json"));
        QVERIFY(engine::saveSnapshot(sample(), path).ok());
        const Run run = runCli({QStringLiteral("inventory"),
                                QStringLiteral("--snapshot"),
                                path,
                                QStringLiteral("--format"),
                                QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(!run.out.contains(kSecret), "a secret reached the JSON output");
        QVERIFY(!run.out.contains('\x1b'));
        const json doc = json::parse(run.out.toStdString(), nullptr, false);
        QVERIFY(doc.is_object());
        QCOMPARE(doc.value("format", std::string()), std::string("bulkhead-inventory"));
        QCOMPARE(doc.value("version", 0), 1);
        QCOMPARE(doc["source"].value("snapshot", false), true);
        QCOMPARE(doc["daemon"].value("engineVersion", std::string()), std::string("20.10.24"));
        QCOMPARE(doc["daemon"].value("kernelVersion", std::string()), std::string("6.1.0-13-amd64"));
        QCOMPARE(doc["containers"].size(), size_t(1));
        const json& c = doc["containers"][0];
        QCOMPARE(c.value("privileged", false), true);
        QCOMPARE(c.value("user", std::string("?")), std::string(""));
        QCOMPARE(c["env"].size(), size_t(2));
        QVERIFY(QString::fromStdString(c["env"][0].get<std::string>()).startsWith(QLatin1String("DB_PASSWORD=")));
        QCOMPARE(c["ports"][0].value("hostPort", 0), 2222);
        QCOMPARE(doc["images"].size(), size_t(1));
        QCOMPARE(doc["images"][0]["tags"][0].get<std::string>(), std::string("web:1"));
        QCOMPARE(doc["images"][0].value("size", 0), 5000000);
    }

    void tableOnASnapshot()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("snap.json"));
        QVERIFY(engine::saveSnapshot(sample(), path).ok());
        const Run run = runCli({QStringLiteral("inventory"), QStringLiteral("--snapshot"), path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(QLatin1String("20.10.24")), run.out.constData());
        QVERIFY(out.contains(QLatin1String("Debian GNU/Linux 12")));
        QVERIFY(out.contains(QLatin1String("6.1.0-13-amd64")));
        QVERIFY(out.contains(QLatin1String("PRIVILEGED")));
        QVERIFY(out.contains(QLatin1String("web:1")));
        QVERIFY(out.contains(QLatin1String("0.0.0.0:2222->22/tcp")));
        QVERIFY(out.contains(QLatin1String("feedface0000")));
        QVERIFY(!run.out.contains('\x1b'));
        QVERIFY(!run.out.contains(kSecret));
    }

    void badSnapshotExitsTwo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("snap.json"));
        QVERIFY(engine::saveSnapshot(sample(), path).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 2));
        f.close();
        const Run run = runCli({QStringLiteral("inventory"), QStringLiteral("--snapshot"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("truncated"), run.err.constData());
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says"); // part of the message, or empty
        QTest::newRow("bad format") << QStringList{QStringLiteral("inventory"),
                                                   QStringLiteral("--format"),
                                                   QStringLiteral("xml")}
                                    << QString();
        QTest::newRow("snapshot and host") << QStringList{QStringLiteral("inventory"),
                                                          QStringLiteral("--snapshot"),
                                                          QStringLiteral("x"),
                                                          QStringLiteral("--host"),
                                                          QStringLiteral("unix:///x")}
                                           << QString();
        QTest::newRow("bad timeout") << QStringList{QStringLiteral("inventory"),
                                                    QStringLiteral("--timeout"),
                                                    QStringLiteral("0")}
                                     << QString();
        QTest::newRow("snapshot without -o") << QStringList{QStringLiteral("snapshot")} << QString();
        QTest::newRow("unknown option") << QStringList{QStringLiteral("inventory"), QStringLiteral("--bogus")}
                                        << QString();
        // A stray word must not be ignored (it is often a mistyped option value): every command that takes no
        // paths refuses it before connecting anywhere.
        for (const char* command : {"inventory", "contexts", "snapshot", "report"}) {
            QTest::newRow(qPrintable(QStringLiteral("stray argument to %1").arg(QLatin1String(command))))
                << QStringList{QLatin1String(command), QStringLiteral("stray-word")}
                << QStringLiteral("unexpected argument 'stray-word'");
        }
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const Run run = runCli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.trimmed().isEmpty());
        QVERIFY2(says.isEmpty() || run.err.contains(says.toUtf8()), run.err.constData());
    }

    void snapshotCommandWritesAPrivateFile()
    {
        test::HostileServer server;
        QVERIFY(server.start());
        server.setBody(QStringLiteral("/containers/json"), R"([{"Id":"c1","Names":["/a"],"State":"exited"}])");
        server.setBody(QStringLiteral("/containers/c1/json"),
                       "{\"Id\":\"c1\",\"Name\":\"/a\",\"State\":{\"Status\":\"exited\"},\"Config\":{\"Env\":[\"K=" +
                           kSecret + "\"]},\"HostConfig\":{\"Privileged\":false}}");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.json"));
        const Run run = runCli({QStringLiteral("snapshot"),
                                QStringLiteral("-o"),
                                path,
                                QStringLiteral("--host"),
                                server.url(),
                                QStringLiteral("--timeout"),
                                QStringLiteral("5")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(!run.out.contains(kSecret) && !run.err.contains(kSecret));
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        const auto loaded = engine::loadSnapshot(path);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().text()));
        QCOMPARE(loaded->containers.size(), size_t(1));
        QCOMPARE(loaded->endpoint, server.url());
        QVERIFY(!loaded->partial);
        // The snapshot is the one place the raw value lives.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains(kSecret));
        for (const QString& line : server.requestLines()) {
            QVERIFY2(line.startsWith(QLatin1String("GET ")) || line.startsWith(QLatin1String("HEAD ")),
                     qPrintable(line));
        }
    }

    void partialInventoryPrintsAndExitsTwo()
    {
        test::HostileServer server;
        QVERIFY(server.start());
        server.setMode(QStringLiteral("/images/json"), test::HostileServer::Mode::Truncated);
        const Run run = runCli({QStringLiteral("inventory"),
                                QStringLiteral("--host"),
                                server.url(),
                                QStringLiteral("--format"),
                                QStringLiteral("json"),
                                QStringLiteral("--timeout"),
                                QStringLiteral("3")});
        QCOMPARE(run.exitCode, 2);
        const json doc = json::parse(run.out.toStdString(), nullptr, false);
        QVERIFY2(doc.is_object(), run.out.constData());
        QCOMPARE(doc["source"].value("partial", false), true);
        QVERIFY2(run.err.contains("incomplete"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliInventory)
#include "tst_cli_inventory.moc"
