// SPDX-License-Identifier: GPL-3.0-or-later
// Inventory collection: against the private test daemon (exactly what `docker ps -aq` / `docker inspect` /
// `docker images -q` report) and against a fake daemon on loopback for the cases a real one cannot be made to
// produce on demand (a container vanishing between list and inspect, a broken list, cancel).
#include "core/engine/hostfacts.h"
#include "core/engine/inventory.h"
#include "core/model/parse.h"
#include "tests/common/hostileserver.h"
#include "tests/common/testdaemon.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <mutex>

using namespace bulkhead;
using nlohmann::json;
using Mode = test::HostileServer::Mode;

namespace {

engine::Endpoint endpointFor(const QString& url)
{
    auto parsed = engine::parseEndpointUrl(url);
    if (!parsed.ok()) {
        qWarning("bad endpoint %s: %s", qPrintable(url), qPrintable(parsed.error().text()));
        return {};
    }
    return parsed.value();
}

QSet<QString> lines(const QString& text)
{
    QSet<QString> set;
    for (const QString& line : text.split(u'\n', Qt::SkipEmptyParts)) {
        set.insert(line.trimmed());
    }
    return set;
}

QString show(const json& j)
{
    return QString::fromStdString(j.dump());
}

engine::CollectOptions fastOptions()
{
    engine::CollectOptions o;
    o.client.connectTimeoutMs = 3000;
    o.client.readTimeoutMs = 3000;
    o.client.requestTimeoutMs = 8000;
    return o;
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestInventory : public QObject
{
    Q_OBJECT

private slots:
    // ---------------------------------------------------------------- real daemon

    void matchesTheDockerCli()
    {
        test::TestDaemon daemon;
        BULKHEAD_REQUIRE_TESTD(daemon);
        const engine::Endpoint endpoint = endpointFor(daemon.dockerHost());

        std::atomic_int progressCalls{0};
        engine::CollectProgress last;
        std::mutex lastMutex;
        engine::CollectOptions options;
        options.progress = [&](const engine::CollectProgress& p) {
            ++progressCalls;
            std::lock_guard lock(lastMutex);
            last = p;
        };
        const auto collected = engine::collectInventory(endpoint, options);
        QVERIFY2(collected.ok(), collected.ok() ? "" : qPrintable(collected.error().text()));
        const model::RawInventory& raw = *collected;
        for (const auto& issue : raw.issues) {
            qInfo("issue: %s: %s", qPrintable(issue.where), qPrintable(issue.what));
        }
        QVERIFY(!raw.partial);
        QVERIFY(raw.issues.empty());
        QVERIFY(progressCalls > 0);
        QCOMPARE(last.done, last.total);

        bool ok = false;
        const QSet<QString> psIds =
            lines(daemon.docker({QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--no-trunc")}, &ok));
        QVERIFY(ok);
        QVERIFY2(psIds.size() >= 3, "the test daemon should have fixture containers");
        QSet<QString> ourIds;
        for (const model::RawContainer& c : raw.containers) {
            ourIds.insert(c.id);
        }
        QCOMPARE(ourIds, psIds);
        QCOMPARE(raw.containers.size(), size_t(psIds.size()));

        // HostConfig as docker inspect shows it, field by field, and the typed view agrees.
        const QString inspected = daemon.docker(QStringList{QStringLiteral("inspect")} + psIds.values(), &ok);
        QVERIFY(ok);
        const json theirs = json::parse(inspected.toStdString(), nullptr, false);
        QVERIFY(theirs.is_array());
        QCOMPARE(theirs.size(), size_t(psIds.size()));
        const char* fields[] = {"Privileged",  "CapAdd",          "CapDrop",    "NetworkMode",  "PidMode",
                                "IpcMode",     "UTSMode",         "UsernsMode", "Memory",       "MemorySwap",
                                "NanoCpus",    "CpuShares",       "CpuQuota",   "PidsLimit",    "ReadonlyRootfs",
                                "SecurityOpt", "Binds",           "Mounts",     "PortBindings", "RestartPolicy",
                                "Devices",     "PublishAllPorts", "Tmpfs"};
        int running = 0;
        for (const json& their : theirs) {
            const QString id = QString::fromStdString(their.value("Id", std::string()));
            const auto ours =
                std::find_if(raw.containers.begin(), raw.containers.end(), [&id](const auto& c) { return c.id == id; });
            QVERIFY2(ours != raw.containers.end(), qPrintable(id));
            QCOMPARE(ours->inspectStatus, 200);
            const json& hc = ours->inspect.at("HostConfig");
            for (const char* field : fields) {
                const json mine = hc.contains(field) ? hc.at(field) : json();
                const json expected =
                    their.at("HostConfig").contains(field) ? their.at("HostConfig").at(field) : json();
                QVERIFY2(mine == expected,
                         qPrintable(QStringLiteral("%1 HostConfig.%2: ours %3, docker inspect %4")
                                        .arg(id.left(12), QLatin1String(field), show(mine), show(expected))));
            }
            QVERIFY(ours->inspect.at("Config") == their.at("Config"));
            const model::Container typed = model::parseContainer(*ours);
            QCOMPARE(typed.privileged.value_or(false), their.at("HostConfig").value("Privileged", false));
            QCOMPARE(typed.memory.value_or(-1), their.at("HostConfig").value("Memory", qint64(-2)));
            if (their.at("State").value("Running", false)) {
                ++running;
                QVERIFY2(ours->top.is_object() && ours->top.contains("Processes"), qPrintable(id));
            } else {
                QVERIFY(ours->top.is_null());
            }
        }
        QVERIFY2(running > 0, "some fixture containers run");

        const QSet<QString> imageIds =
            lines(daemon.docker({QStringLiteral("images"), QStringLiteral("-q"), QStringLiteral("--no-trunc")}, &ok));
        QVERIFY(ok);
        QSet<QString> ourImages;
        for (const model::RawImage& image : raw.images) {
            ourImages.insert(image.id);
            QCOMPARE(image.inspectStatus, 200);
            QVERIFY2(image.history.is_array() && !image.history.empty(), qPrintable(image.id));
            QCOMPARE(QString::fromStdString(image.inspect.value("Id", std::string())), image.id);
        }
        QCOMPARE(ourImages, imageIds);

        QVERIFY(raw.version.is_object() && raw.version.contains("ApiVersion"));
        QVERIFY(raw.info.is_object() && raw.info.contains("SecurityOptions"));
        QVERIFY(raw.networks.is_array());
        QVERIFY(raw.ping.is_object() && raw.ping.contains("api-version"));
        QVERIFY(raw.collectedAt.isValid());
        QCOMPARE(raw.endpoint, endpoint.url);
        QVERIFY(!raw.apiVersion.isEmpty());

        // A unix socket on this machine: the host facts describe it.
        QVERIFY(raw.local);
        QVERIFY(raw.hostFacts.is_object());
        QCOMPARE(QString::fromStdString(raw.hostFacts.value("socketPath", std::string())), endpoint.path);
        QVERIFY(raw.hostFacts.contains("socketMode"));
        // testd starts its dockerd with --config-file: the facts must come from that file, not /etc/docker.
        QVERIFY2(raw.hostFacts.contains("daemonPid"), qPrintable(show(raw.hostFacts)));
        const QString daemonJson = QString::fromStdString(raw.hostFacts.value("daemonJsonPath", std::string()));
        QVERIFY2(!daemonJson.startsWith(QLatin1String("/etc/docker")), qPrintable(daemonJson));
        QVERIFY(raw.hostFacts.contains("daemonJson") || raw.hostFacts.contains("daemonJsonError"));
    }

    // ---------------------------------------------------------------- host facts

    void hostFactsReadTheServingDaemonsConfig()
    {
        QTemporaryDir dir;
        const QString socket = dir.filePath(QStringLiteral("run/docker.sock"));
        QVERIFY(writeFile(socket, {}));
        const QString config = dir.filePath(QStringLiteral("etc/daemon.json"));
        QVERIFY(writeFile(config, R"({"icc": false, "userns-remap": "default"})"));
        // Two dockerds: only the one serving our socket counts.
        const QByteArrayList other{"/usr/sbin/dockerd", "-H", "unix:///other.sock", "--config-file", "/nope.json"};
        QVERIFY(writeFile(dir.filePath(QStringLiteral("proc/77/cmdline")), other.join('\0') + '\0'));
        const QByteArrayList ours{"dockerd", "--host=unix://" + socket.toUtf8(), "--config-file", config.toUtf8()};
        const QByteArray cmdline = ours.join('\0') + '\0';
        QVERIFY(writeFile(dir.filePath(QStringLiteral("proc/123/cmdline")), cmdline));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("proc/self/cmdline")), "x"));

        engine::HostFactsOptions options;
        options.socketPath = socket;
        options.procRoot = dir.filePath(QStringLiteral("proc"));
        const json facts = engine::collectHostFacts(options);
        QCOMPARE(facts.value("daemonPid", 0), 123);
        QCOMPARE(QString::fromStdString(facts.value("daemonJsonPath", std::string())), config);
        QVERIFY2(facts.contains("daemonJson"), qPrintable(show(facts)));
        QCOMPARE(facts["daemonJson"].value("icc", true), false);
        QVERIFY(facts.contains("socketMode"));
        QVERIFY(facts.contains("socketOwner"));
        QVERIFY(facts.contains("dockerGroup"));
    }

    void hostFactsReportABadDaemonJson_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expect");
        QTest::newRow("invalid") << QByteArray("{\"icc\": fals") << QStringLiteral("not valid JSON");
        QTest::newRow("not an object") << QByteArray("[1]") << QStringLiteral("not an object");
        QTest::newRow("deep") << QByteArray(1000, '[') + QByteArray(1000, ']') << QStringLiteral("nested");
        QTest::newRow("huge") << QByteArray(2 << 20, ' ') << QStringLiteral("too large");
    }

    void hostFactsReportABadDaemonJson()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expect);
        QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral("daemon.json"));
        QVERIFY(writeFile(config, content));
        engine::HostFactsOptions options;
        options.socketPath = dir.filePath(QStringLiteral("missing.sock"));
        options.daemonJsonPath = config;
        const json facts = engine::collectHostFacts(options);
        QVERIFY(!facts.contains("daemonJson"));
        QVERIFY2(facts.contains("daemonJsonError"), qPrintable(show(facts)));
        QVERIFY2(QString::fromStdString(facts["daemonJsonError"].get<std::string>()).contains(expect),
                 qPrintable(show(facts["daemonJsonError"])));
        // The socket is missing: said so, not guessed.
        QVERIFY(facts.contains("socketError"));
        QVERIFY(!facts.contains("socketMode"));
    }

    void hostFactsWithoutDaemonJsonAreNotAnError()
    {
        QTemporaryDir dir;
        engine::HostFactsOptions options;
        options.socketPath = dir.filePath(QStringLiteral("missing.sock"));
        options.daemonJsonPath = dir.filePath(QStringLiteral("daemon.json"));
        const json facts = engine::collectHostFacts(options);
        QVERIFY(!facts.contains("daemonJson"));
        QVERIFY(!facts.contains("daemonJsonError"));
    }

    // ---------------------------------------------------------------- fake daemon

    void vanishedContainerIsRecordedNotFatal()
    {
        test::HostileServer server;
        QVERIFY(server.start());
        server.setBody(
            QStringLiteral("/containers/json"),
            R"([{"Id":"c1","Names":["/a"],"State":"exited"},{"Id":"gone","Names":["/b"],"State":"exited"}])");
        server.setBody(QStringLiteral("/containers/c1/json"),
                       R"({"Id":"c1","Name":"/a","State":{"Status":"exited","Running":false},"HostConfig":{}})");
        server.setBody(QStringLiteral("/containers/gone/json"), R"({"message":"No such container: gone"})", 404);
        const auto collected = engine::collectInventory(endpointFor(server.url()), fastOptions());
        QVERIFY2(collected.ok(), collected.ok() ? "" : qPrintable(collected.error().text()));
        QCOMPARE(collected->containers.size(), size_t(2));
        const auto& gone = collected->containers[1];
        QCOMPARE(gone.id, QStringLiteral("gone"));
        QCOMPARE(gone.inspectStatus, 404);
        QVERIFY(gone.inspect.is_null());
        QVERIFY2(gone.error.contains(QLatin1String("removed during the scan")), qPrintable(gone.error));
        QCOMPARE(collected->containers[0].inspectStatus, 200);
        QVERIFY(!collected->partial);
        QCOMPARE(collected->issues.size(), size_t(1));
        QVERIFY(collected->issues[0].where.contains(QLatin1String("/containers/gone/json")));
        QVERIFY(collected->issues[0].what.contains(QLatin1String("No such container")));
        // Not a local unix socket: no host facts were read.
        QVERIFY(collected->hostFacts.is_null());
    }

    void manyContainersOverSeveralConnections()
    {
        test::HostileServer server;
        QVERIFY(server.start());
        QByteArray list = "[";
        for (int i = 0; i < 200; ++i) {
            const QByteArray id = "c" + QByteArray::number(i);
            list += (i ? "," : "") + ("{\"Id\":\"" + id + "\"}");
            server.setBody(QStringLiteral("/containers/%1/json").arg(QString::fromLatin1(id)),
                           "{\"Id\":\"" + id + "\",\"State\":{\"Running\":false}}");
        }
        server.setBody(QStringLiteral("/containers/json"), list + "]");
        server.setBody(QStringLiteral("/images/json"), R"([{"Id":"sha256:i1"}])");
        server.setBody(QStringLiteral("/images/sha256:i1/json"), R"({"Id":"sha256:i1"})");
        server.setBody(QStringLiteral("/images/sha256:i1/history"), R"([{"CreatedBy":"x"}])");
        engine::CollectOptions options = fastOptions();
        options.connections = 4;
        const auto collected = engine::collectInventory(endpointFor(server.url()), options);
        QVERIFY(collected.ok());
        QCOMPARE(collected->containers.size(), size_t(200));
        for (const auto& c : collected->containers) {
            QCOMPARE(QString::fromStdString(c.inspect.value("Id", std::string())), c.id);
        }
        QCOMPARE(collected->images.size(), size_t(1));
        QVERIFY(collected->images[0].history.is_array());
        QVERIFY(!collected->partial);
        QVERIFY(collected->issues.empty());
        for (const QString& line : server.requestLines()) {
            QVERIFY2(line.startsWith(QLatin1String("GET ")) || line.startsWith(QLatin1String("HEAD ")),
                     qPrintable(line));
        }
    }

    void hostileIdsAreEncoded()
    {
        test::HostileServer server;
        QVERIFY(server.start());
        server.setBody(QStringLiteral("/containers/json"), R"([{"Id":"../../images/x?y=1 HTTP/1.1\r\nX: y"}])");
        const auto collected = engine::collectInventory(endpointFor(server.url()), fastOptions());
        QVERIFY(collected.ok());
        for (const QString& line : server.requestLines()) {
            QVERIFY2(!line.contains(QLatin1String("/images/x")) && !line.contains(QLatin1String("y=1")),
                     qPrintable(line));
        }
    }

    void brokenListIsPartial()
    {
        test::HostileServer server;
        QVERIFY(server.start());
        server.setMode(QStringLiteral("/containers/json"), Mode::Truncated);
        const auto collected = engine::collectInventory(endpointFor(server.url()), fastOptions());
        QVERIFY(collected.ok());
        QVERIFY(collected->partial);
        QVERIFY(!collected->issues.empty());
        // The rest was still collected.
        QVERIFY(collected->info.is_object());
    }

    void oddListEntriesAreReportedAndCapped()
    {
        test::HostileServer server;
        QVERIFY(server.start());
        QByteArray huge = "[";
        for (int i = 0; i < 5000; ++i) {
            huge += "1,";
        }
        huge += R"({"Id": 5}, null])";
        server.setBody(QStringLiteral("/images/json"), huge);
        const auto collected = engine::collectInventory(endpointFor(server.url()), fastOptions());
        QVERIFY(collected.ok());
        QVERIFY(collected->images.empty());
        QVERIFY(collected->partial);
        QVERIFY2(collected->issues.size() <= 25, qPrintable(QString::number(collected->issues.size())));
    }

    void invalidJsonIsAnIssue()
    {
        test::HostileServer server;
        QVERIFY(server.start());
        server.setBody(QStringLiteral("/info"), "{\"Name\": ");
        server.setBody(QStringLiteral("/version"), QByteArray(1000, '[') + QByteArray(1000, ']'));
        const auto collected = engine::collectInventory(endpointFor(server.url()), fastOptions());
        QVERIFY(collected.ok());
        QVERIFY(collected->partial);
        QVERIFY(collected->info.is_null());
        QVERIFY(collected->version.is_null());
        QCOMPARE(collected->issues.size(), size_t(2));
    }

    void cancelReturnsWhatItHas()
    {
        test::HostileServer server;
        QVERIFY(server.start());
        QByteArray list = "[";
        for (int i = 0; i < 300; ++i) {
            list += (i ? "," : "") + ("{\"Id\":\"c" + QByteArray::number(i) + "\"}");
        }
        server.setBody(QStringLiteral("/containers/json"), list + "]");
        std::atomic_bool cancel{false};
        engine::CollectOptions options = fastOptions();
        options.cancel = &cancel;
        options.progress = [&cancel](const engine::CollectProgress& p) {
            if (p.done >= 20) {
                cancel = true;
            }
        };
        const auto collected = engine::collectInventory(endpointFor(server.url()), options);
        QVERIFY(collected.ok());
        QVERIFY(collected->partial);
        QVERIFY(std::any_of(collected->issues.begin(), collected->issues.end(), [](const auto& i) {
            return i.what.contains(QLatin1String("cancelled"));
        }));
        // It stopped early instead of asking for all 300.
        QVERIFY2(server.requestLines().size() < 200, qPrintable(QString::number(server.requestLines().size())));
    }

    void unreachableIsAnError()
    {
        const auto collected =
            engine::collectInventory(endpointFor(QStringLiteral("unix:///nonexistent/bulkhead/docker.sock")));
        QVERIFY(!collected.ok());
        QVERIFY(!collected.error().text().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
