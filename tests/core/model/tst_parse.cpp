// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/jsonread.h"
#include "core/model/parse.h"

#include <QTest>

using namespace bulkhead::model;
using nlohmann::json;

namespace {

RawContainer rawContainer(const char* inspectJson)
{
    RawContainer rc;
    rc.id = QStringLiteral("abc123");
    rc.inspect = json::parse(inspectJson, nullptr, false);
    return rc;
}

bool hasIssue(const std::vector<ParseIssue>& issues, const char* field)
{
    return std::any_of(
        issues.begin(), issues.end(), [field](const ParseIssue& i) { return i.where.contains(QLatin1String(field)); });
}

const char* const kOddPayloads[] = {
    "null",
    "[]",
    "42",
    "\"str\"",
    "{\"HostConfig\": [1,2]}",
    "{\"Config\": {\"Env\":",
};

} // namespace

class TestParse : public QObject
{
    Q_OBJECT

private slots:
    void readsTypicalContainer()
    {
        const Container c = parseContainer(rawContainer(R"({
            "Id": "abc123", "Name": "/web", "Image": "sha256:ff", "AppArmorProfile": "docker-default",
            "Created": "2024-03-01T10:11:12.123456789Z",
            "State": {"Status": "running", "Running": true},
            "Config": {"User": "", "Env": ["A=1", "PASSWORD=x"], "Image": "nginx:1.25", "Cmd": ["nginx"],
                       "Entrypoint": "/docker-entrypoint.sh", "Labels": {"a": "b"},
                       "ExposedPorts": {"80/tcp": {}}, "Healthcheck": {"Test": ["CMD", "true"]}},
            "HostConfig": {"Privileged": true, "CapAdd": ["SYS_ADMIN"], "CapDrop": null, "Memory": 0,
                           "MemorySwap": -1, "PidsLimit": null, "ReadonlyRootfs": false, "NetworkMode": "host",
                           "PortBindings": {"80/tcp": [{"HostIp": "", "HostPort": "8080"}], "443/tcp": null},
                           "RestartPolicy": {"Name": "always", "MaximumRetryCount": 0},
                           "Ulimits": [{"Name": "nofile", "Soft": 1024, "Hard": 2048}],
                           "Tmpfs": {"/tmp": "rw"}},
            "Mounts": [{"Type": "bind", "Source": "/var/run/docker.sock", "Destination": "/var/run/docker.sock",
                        "RW": false, "Propagation": "rprivate"}]
        })"));
        QCOMPARE(c.name, QStringLiteral("web"));
        QVERIFY(c.running);
        QCOMPARE(c.imageRef, QStringLiteral("nginx:1.25"));
        QCOMPARE(c.created.date(), QDate(2024, 3, 1));
        QVERIFY(c.config.user.has_value());
        QVERIFY(c.config.user->isEmpty());
        QCOMPARE(c.config.entrypoint, QStringList{QStringLiteral("/docker-entrypoint.sh")});
        QVERIFY(c.config.healthcheck.has_value());
        QCOMPARE(c.privileged, std::optional<bool>(true));
        QCOMPARE(c.capAdd, QStringList{QStringLiteral("SYS_ADMIN")});
        QVERIFY(c.capDrop.isEmpty());
        QCOMPARE(c.memory, std::optional<qint64>(0));
        QCOMPARE(c.memorySwap, std::optional<qint64>(-1));
        QVERIFY(!c.pidsLimit.has_value());
        QCOMPARE(c.restartPolicy.name, QStringLiteral("always"));
        QCOMPARE(c.ports.size(), std::size_t(1));
        QCOMPARE(c.ports[0].hostPort, 8080);
        QCOMPARE(c.ports[0].containerPort, 80);
        QVERIFY(c.ports[0].published);
        QCOMPARE(c.mounts.size(), std::size_t(1));
        QVERIFY(!c.mounts[0].rw);
        QCOMPARE(c.ulimits.size(), std::size_t(1));
        QCOMPARE(c.tmpfs, QStringList{QStringLiteral("/tmp")});
        QVERIFY2(c.issues.empty(), c.issues.empty() ? "" : qPrintable(c.issues.front().where));
    }

    void reportsWrongTypesAsUnknown()
    {
        const Container c = parseContainer(rawContainer(R"({
            "Name": "/odd", "State": {"Status": "created"}, "Config": {"User": 0, "Env": "A=1"},
            "HostConfig": {"Privileged": "false", "CapAdd": "SYS_ADMIN", "Memory": "0", "ReadonlyRootfs": 1,
                           "CapDrop": ["ALL", 7], "Mounts": 3},
            "Mounts": {"not": "an array"}
        })"));
        // "false" as a string is not false: it is unknown, and said so.
        QVERIFY(!c.privileged.has_value());
        QVERIFY(hasIssue(c.issues, "HostConfig.Privileged"));
        QVERIFY(c.capAdd.isEmpty());
        QVERIFY(hasIssue(c.issues, "HostConfig.CapAdd"));
        QVERIFY(!c.memory.has_value());
        QVERIFY(hasIssue(c.issues, "HostConfig.Memory"));
        QVERIFY(!c.readonlyRootfs.has_value());
        QVERIFY(!c.config.user.has_value());
        QVERIFY(hasIssue(c.issues, "Config.User"));
        QCOMPARE(c.capDrop, QStringList{QStringLiteral("ALL")});
        QVERIFY(hasIssue(c.issues, "HostConfig.CapDrop[1]"));
        QVERIFY(hasIssue(c.issues, "Mounts"));
        QVERIFY(c.issues.front().where.startsWith(QLatin1String("container odd")));
    }

    void reportsMissingAndNullSecurityFields()
    {
        const Container c = parseContainer(rawContainer(R"({"Name": "/n", "Config": null, "HostConfig": {}})"));
        QVERIFY(!c.privileged.has_value());
        QVERIFY(!c.memory.has_value());
        QVERIFY(!c.config.user.has_value());
        QVERIFY(hasIssue(c.issues, "HostConfig.Privileged"));
        QVERIFY(hasIssue(c.issues, "Config"));
        QVERIFY(hasIssue(c.issues, "State"));
    }

    void rejectsHugeAndFractionalNumbers()
    {
        const Container c = parseContainer(rawContainer(R"({
            "Name": "/big", "HostConfig": {"Memory": 18446744073709551615, "PidsLimit": 1e300,
                                           "NanoCpus": 1.5, "CpuShares": -5, "CpuQuota": 100000.0}
        })"));
        QVERIFY(!c.memory.has_value());
        QVERIFY(!c.pidsLimit.has_value());
        QVERIFY(!c.nanoCpus.has_value());
        QVERIFY(!c.cpuShares.has_value());
        QCOMPARE(c.cpuQuota, std::optional<qint64>(100000));
        QVERIFY(hasIssue(c.issues, "HostConfig.Memory"));
        QVERIFY(hasIssue(c.issues, "HostConfig.PidsLimit"));
    }

    void survivesNonObjectAndTruncatedPayloads()
    {
        for (const char* text : kOddPayloads) {
            RawContainer rc;
            rc.id = QStringLiteral("x");
            rc.inspect = json::parse(text, nullptr, false);
            if (rc.inspect.is_discarded()) {
                rc.inspect = nullptr;
            }
            const Container c = parseContainer(rc);
            QVERIFY(!c.privileged.has_value());
            QVERIFY(!c.issues.empty());
        }
        QVERIFY(!jsonread::parseBytes(QByteArray("{\"a\": [1, 2")).has_value());
        QVERIFY(!jsonread::parseBytes(QByteArray(100000, '[')).has_value());
        QVERIFY(jsonread::parseBytes(QByteArray("{\"a\": \"[[[[\"}"), 2).has_value());
        // Invalid UTF-8 inside a string must not throw anywhere.
        RawContainer rc;
        rc.inspect = json::object({{"Name", std::string("/bad\xff\xfe")}});
        QVERIFY(parseContainer(rc).name.startsWith(QLatin1String("bad")));
    }

    void readsPublishedPortsFromNetworkSettings()
    {
        const Container c = parseContainer(rawContainer(R"({
            "Name": "/p", "HostConfig": {"PublishAllPorts": true, "PortBindings": {}},
            "NetworkSettings": {"Ports": {"22/tcp": [{"HostIp": "0.0.0.0", "HostPort": "49153"},
                                                     {"HostIp": "::", "HostPort": "49153"}],
                                          "bad": [{}], "53/udp": null}}
        })"));
        QVERIFY(c.publishAllPorts);
        QCOMPARE(c.ports.size(), std::size_t(2));
        QCOMPARE(c.ports[1].hostIp, QStringLiteral("::"));
        QVERIFY(hasIssue(c.issues, "NetworkSettings.Ports[bad]"));
    }

    void readsTopProcesses()
    {
        RawContainer rc = rawContainer(R"({"Name": "/t"})");
        rc.top = json::parse(R"({"Titles": ["UID", "PID", "CMD"], "Processes": [["root", "1", "/usr/sbin/sshd -D"],
                                 "junk", [], ["root", "2", 5]]})");
        const Container c = parseContainer(rc);
        QCOMPARE(c.processes, QStringList{QStringLiteral("/usr/sbin/sshd -D")});
    }

    void readsImageAndHistory()
    {
        RawImage ri;
        ri.id = QStringLiteral("sha256:0123456789abcdef");
        ri.inspect = json::parse(R"({"RepoTags": ["app:latest"], "Created": "2020-01-01T00:00:00Z", "Size": 10,
            "Config": {"User": "app", "Env": null, "Healthcheck": {"Test": ["NONE"]}, "ExposedPorts": {"22/tcp": {}}},
            "RootFS": {"Layers": ["sha256:a"]}})");
        ri.history = json::parse(R"([{"Created": 1577836800, "CreatedBy": "/bin/sh -c ADD http:\/\/x\/y \/", "Size": 5},
                                    {"Created": -1, "CreatedBy": null}, 7])");
        const Image img = parseImage(ri);
        QCOMPARE(img.displayName(), QStringLiteral("app:latest"));
        QCOMPARE(img.config.user, std::optional<QString>(QStringLiteral("app")));
        QVERIFY(img.config.healthcheck->disabled());
        QCOMPARE(img.config.exposedPorts, QStringList{QStringLiteral("22/tcp")});
        QCOMPARE(img.history.size(), std::size_t(3));
        QCOMPARE(img.history[0].created.date(), QDate(2020, 1, 1));
        QVERIFY(!img.history[1].created.isValid());
        QVERIFY(hasIssue(img.issues, "History[1].Created"));

        Image untagged;
        untagged.id = QStringLiteral("sha256:0123456789abcdef");
        untagged.repoTags = {QStringLiteral("<none>:<none>")};
        QCOMPARE(untagged.displayName(), QStringLiteral("0123456789ab"));
    }

    void readsDaemonAndHost()
    {
        const DaemonInfo d = parseDaemon(
            json::parse(R"({"Version": "20.10.24", "ApiVersion": "1.41", "KernelVersion": "6.1.0-18-amd64"})"),
            json::parse(R"J({"SecurityOptions": ["name=seccomp,profile=default", "name=rootless"],
                            "LiveRestoreEnabled": "yes", "OperatingSystem": "Debian GNU/Linux 12 (bookworm)"})J"));
        QCOMPARE(d.version, QStringLiteral("20.10.24"));
        QVERIFY(d.hasSecurityOption(u"rootless"));
        QVERIFY(d.hasSecurityOption(u"seccomp"));
        QVERIFY(!d.hasSecurityOption(u"userns"));
        QVERIFY(!d.liveRestoreEnabled.has_value());
        QVERIFY(hasIssue(d.issues, "LiveRestoreEnabled"));

        const HostFacts h = parseHostFacts(json::parse(
            R"({"socketPath": "/run/docker.sock", "socketMode": 432, "socketGroup": "docker",
                "dockerGroupMembers": ["alice", 3], "daemonJson": {"icc": false}})"));
        QVERIFY(h.present);
        QCOMPARE(h.socketMode, std::optional<int>(0660));
        QCOMPARE(h.dockerGroupMembers, QStringList{QStringLiteral("alice")});
        QCOMPARE(h.daemonJson.value("icc", true), false);
        QVERIFY(!parseHostFacts(json()).present);
    }

    void collectsIssuesIntoInventory()
    {
        RawInventory raw;
        raw.containers.push_back(rawContainer(R"({"Name": "/a", "HostConfig": {"Privileged": null}})"));
        raw.networks = json::parse(R"([{"Name": "bridge", "Driver": "bridge",
                                       "Options": {"com.docker.network.bridge.enable_icc": "true"}}, 5])");
        const Inventory inv = parseInventory(raw);
        QCOMPARE(inv.containers.size(), std::size_t(1));
        QVERIFY(hasIssue(inv.parseIssues, "HostConfig.Privileged"));
        QCOMPARE(inv.networks.size(), std::size_t(2));
        QCOMPARE(inv.networks[0].options.value(QStringLiteral("com.docker.network.bridge.enable_icc")),
                 QStringLiteral("true"));
    }

    void ordersNewestFirstThenById()
    {
        // The Engine's own order is unstable for items created in the same second; ours is not.
        const auto image = [](const char* id, const char* created) {
            RawImage ri;
            ri.id = QString::fromLatin1(id);
            ri.inspect = json{{"Id", id}, {"Created", created}};
            return ri;
        };
        const auto container = [](const char* id, const char* created) {
            RawContainer rc =
                rawContainer(json{{"Id", id}, {"Name", std::string("/") + id}, {"Created", created}}.dump().c_str());
            rc.id = QString::fromLatin1(id);
            return rc;
        };
        const char* older = "2026-01-01T00:00:00Z";
        const char* newer = "2026-01-02T00:00:00Z";
        RawInventory one;
        one.images = {image("sha256:b", older), image("sha256:a", older), image("sha256:c", newer)};
        one.containers = {container("b", older), container("a", older), container("c", newer)};
        RawInventory two;
        two.images = {image("sha256:a", older), image("sha256:c", newer), image("sha256:b", older)};
        two.containers = {container("c", newer), container("b", older), container("a", older)};
        for (const RawInventory* raw : {&one, &two}) {
            const Inventory inv = parseInventory(*raw);
            QCOMPARE(inv.images.size(), std::size_t(3));
            QCOMPARE(inv.images[0].id, QStringLiteral("sha256:c"));
            QCOMPARE(inv.images[1].id, QStringLiteral("sha256:a"));
            QCOMPARE(inv.images[2].id, QStringLiteral("sha256:b"));
            QCOMPARE(inv.containers.size(), std::size_t(3));
            QCOMPARE(inv.containers[0].id, QStringLiteral("c"));
            QCOMPARE(inv.containers[1].id, QStringLiteral("a"));
            QCOMPARE(inv.containers[2].id, QStringLiteral("b"));
        }
    }
};

QTEST_GUILESS_MAIN(TestParse)
#include "tst_parse.moc"
