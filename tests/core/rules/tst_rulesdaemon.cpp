// SPDX-License-Identifier: GPL-3.0-or-later
// Every rule the sandbox can create, proven on the real test daemon: a fixture container (or image) that must
// trigger it and one that must not. Then the closed loop: the hardened command generated for a risky container,
// run against the test daemon (as `docker create`), yields a container with strictly fewer high and critical
// findings. Only this test creates anything; Bulkhead itself never does.
//
// Besides the shared bh-* fixtures this test makes its own (bh-t-*, removed at the end) for what those do not cover:
// SELinux label=disable, cgroupns host/private, a passed-through device, rshared propagation, unlimited swap,
// --oom-kill-disable, ulimits, a privileged host port, a process named sshd (host binaries in a read-only chroot,
// `exec -a`), and an image whose ADD fetched a URL from a loopback HTTP server (classic builder).
//
// Rules proven by unit cases only (tests/core/rules/tst_rules.cpp, crafted inspect JSON), and why:
//   CTR-013  needs a daemon with userns-remap; the test daemon runs without it (changing that would break the rest)
//   IMG-006  the fixture base is busybox: no package manager or compiler can be installed without a network
//   IMG-009  every image on the test daemon is minutes old; proven here only by scanning with a date two years on
//   DMN-001/DMN-002 negatives: no rootless or userns-remapped daemon in the sandbox (positives are proven here)
//   DMN-003, DMN-004 positives: the test daemon's TCP listener requires client certificates by design, and a plain
//            TCP daemon would be reachable by anything on the machine (negatives are proven here over real TLS)
//   DMN-006 positive: the host kernel is what it is (6.x, maintained); the EOL table is unit-tested
//   DMN-007 negative: the sandbox host is Debian, not a container-optimised OS
//   DMN-008 negative: live-restore is off on the test daemon
//   DMN-009 positive: the test daemon runs with --bridge=none, so there is no default bridge to judge
//   HST-002 positive: adding a user to the host's docker group is not a test's business
//   SEC-*, DKF-*: their own corpus and Dockerfile tests (tests/core/secrets, tests/core/dockerfile)
#include "core/dockerfile/imagelink.h"
#include "core/engine/endpoint.h"
#include "core/engine/hostfacts.h"
#include "core/engine/inventory.h"
#include "core/model/parse.h"
#include "core/rules/scan.h"

#include "tests/common/testdaemon.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace bulkhead;

class TestRulesDaemon : public QObject
{
    Q_OBJECT

private:
    test::TestDaemon m_daemon;
    model::Inventory m_inventory;
    rules::ScanResult m_scan;
    QStringList m_created;
    QStringList m_createdImages;
    QTemporaryDir m_tmp;
    model::RawInventory m_raw;

    bool collect()
    {
        const auto endpoint = engine::parseEndpointUrl(m_daemon.dockerHost());
        if (!endpoint.ok()) {
            return false;
        }
        const auto raw = engine::collectInventory(*endpoint);
        if (!raw.ok()) {
            qWarning("%s", qPrintable(raw.error().text()));
            return false;
        }
        m_raw = *raw;
        m_inventory = model::parseInventory(*raw);
        m_scan = rules::scanInventory(m_inventory);
        return true;
    }

    bool makeContainer(const QString& name, bool run, const QStringList& args)
    {
        m_daemon.docker({QStringLiteral("rm"), QStringLiteral("-f"), name});
        QStringList cmd{run ? QStringLiteral("run") : QStringLiteral("create")};
        if (run) {
            cmd << QStringLiteral("-d");
        }
        cmd << QStringLiteral("--name") << name << args;
        bool ok = false;
        m_daemon.docker(cmd, &ok);
        if (ok) {
            m_created << name;
        }
        return ok;
    }

    // A classic-builder image whose ADD fetched a file over HTTP from a server on loopback (the daemon downloads it).
    bool buildRemoteAddImage(const QString& tag)
    {
        QDir dir(m_tmp.path());
        dir.mkpath(QStringLiteral("www"));
        dir.mkpath(QStringLiteral("ctx"));
        QFile payload(dir.filePath(QStringLiteral("www/payload.txt")));
        if (!payload.open(QIODevice::WriteOnly) || payload.write("payload\n") < 0) {
            return false;
        }
        payload.close();
        QProcess http;
        http.setWorkingDirectory(dir.filePath(QStringLiteral("www")));
        http.setProcessChannelMode(QProcess::MergedChannels);
        http.start(QStringLiteral("python3"),
                   {QStringLiteral("-u"),
                    QStringLiteral("-m"),
                    QStringLiteral("http.server"),
                    QStringLiteral("0"),
                    QStringLiteral("--bind"),
                    QStringLiteral("127.0.0.1")});
        QString port;
        QByteArray out;
        static const QRegularExpression kPort(QStringLiteral("port (\\d+)"));
        for (int i = 0; i < 60 && port.isEmpty() && http.state() != QProcess::NotRunning; ++i) {
            http.waitForReadyRead(500);
            out += http.readAll();
            const QRegularExpressionMatch m = kPort.match(QString::fromUtf8(out));
            port = m.hasMatch() ? m.captured(1) : QString();
        }
        if (port.isEmpty()) {
            qWarning("python3 -m http.server did not start: %s", out.constData());
            http.kill();
            http.waitForFinished();
            return false;
        }
        QFile df(dir.filePath(QStringLiteral("ctx/Dockerfile")));
        const QString text = QStringLiteral("FROM %1\nADD http://127.0.0.1:%2/payload.txt /payload.txt\n")
                                 .arg(m_daemon.value(QStringLiteral("BASE_IMAGE")), port);
        if (!df.open(QIODevice::WriteOnly) || df.write(text.toUtf8()) < 0) {
            return false;
        }
        df.close();
        qputenv("DOCKER_BUILDKIT", "0");
        bool ok = false;
        m_daemon.docker({QStringLiteral("build"),
                         QStringLiteral("-q"),
                         QStringLiteral("-t"),
                         tag,
                         dir.filePath(QStringLiteral("ctx"))},
                        &ok);
        http.kill();
        http.waitForFinished();
        if (ok) {
            m_createdImages << tag;
        }
        return ok;
    }

    // The test daemon's socket path (DOCKER_HOST is unix://PATH).
    QString socketPath() const { return QUrl(m_daemon.dockerHost()).path(); }

    // The inventory with host facts read again, daemon.json from `daemonJson` (written to a file of this test).
    rules::ScanResult scanWithDaemonJson(const QByteArray& daemonJson)
    {
        const QString path = m_tmp.filePath(QStringLiteral("daemon.json"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(daemonJson) < 0) {
            return {};
        }
        f.close();
        model::RawInventory raw = m_raw;
        engine::HostFactsOptions o;
        o.socketPath = socketPath();
        o.daemonJsonPath = path;
        raw.hostFacts = engine::collectHostFacts(o);
        return rules::scanInventory(model::parseInventory(raw));
    }

    static int countIn(const rules::ScanResult& scan, const QString& targetId, const QString& ruleId)
    {
        int n = 0;
        for (const model::Finding& f : scan.findings) {
            n += f.targetId == targetId && f.ruleId == ruleId;
        }
        return n;
    }

    const model::Container* container(const QString& name) const
    {
        for (const model::Container& c : m_inventory.containers) {
            if (c.name == name) {
                return &c;
            }
        }
        return nullptr;
    }

    QString targetIdOf(const QString& kind, const QString& name) const
    {
        if (kind == QLatin1String("container")) {
            const model::Container* c = container(name);
            return c != nullptr ? c->id : QString();
        }
        for (const model::Image& img : m_inventory.images) {
            if (img.repoTags.contains(name)) {
                return img.id;
            }
        }
        return {};
    }

    int count(const QString& targetId, const QString& ruleId) const
    {
        int n = 0;
        for (const model::Finding& f : m_scan.findings) {
            n += f.targetId == targetId && f.ruleId == ruleId;
        }
        return n;
    }

    int highAndCritical(const QString& containerId) const
    {
        int n = 0;
        for (const model::Finding& f : m_scan.findings) {
            n += f.targetId == containerId && f.severity >= model::Severity::High;
        }
        return n;
    }

private slots:
    void initTestCase()
    {
        BULKHEAD_REQUIRE_TESTD(m_daemon);
        QVERIFY(m_tmp.isValid());
        const QString img = m_daemon.value(QStringLiteral("BASE_IMAGE"));
        const QStringList sleep{img, QStringLiteral("sleep"), QStringLiteral("600")};
        QDir().mkpath(m_tmp.filePath(QStringLiteral("shared")));
        QVERIFY(makeContainer(QStringLiteral("bh-t-selinux"),
                              false,
                              QStringList{QStringLiteral("--security-opt"), QStringLiteral("label=disable")} + sleep));
        QVERIFY(makeContainer(QStringLiteral("bh-t-cgroupns-host"),
                              false,
                              QStringList{QStringLiteral("--cgroupns"), QStringLiteral("host")} + sleep));
        QVERIFY(makeContainer(QStringLiteral("bh-t-cgroupns-private"),
                              false,
                              QStringList{QStringLiteral("--cgroupns"), QStringLiteral("private")} + sleep));
        QVERIFY(makeContainer(QStringLiteral("bh-t-device"),
                              false,
                              QStringList{QStringLiteral("--device"),
                                          QStringLiteral("/dev/fuse:/dev/fuse"),
                                          QStringLiteral("--device-cgroup-rule"),
                                          QStringLiteral("c 10:229 rwm")} +
                                  sleep));
        QVERIFY(makeContainer(QStringLiteral("bh-t-propagation"),
                              false,
                              QStringList{QStringLiteral("-v"),
                                          m_tmp.filePath(QStringLiteral("shared")) + QStringLiteral(":/p:rshared")} +
                                  sleep));
        QVERIFY(makeContainer(QStringLiteral("bh-t-swap"),
                              false,
                              QStringList{QStringLiteral("--memory"),
                                          QStringLiteral("64m"),
                                          QStringLiteral("--memory-swap"),
                                          QStringLiteral("-1")} +
                                  sleep));
        QVERIFY(makeContainer(
            QStringLiteral("bh-t-oomkill"),
            false,
            QStringList{QStringLiteral("--memory"), QStringLiteral("64m"), QStringLiteral("--oom-kill-disable")} +
                sleep));
        QVERIFY(makeContainer(QStringLiteral("bh-t-ulimit"),
                              false,
                              QStringList{QStringLiteral("--ulimit"), QStringLiteral("nofile=1024:2048")} + sleep));
        QVERIFY(makeContainer(QStringLiteral("bh-t-lowport"),
                              false,
                              QStringList{QStringLiteral("-p"), QStringLiteral("127.0.0.1:80:80")} + sleep));
        // A running process whose command line is /usr/sbin/sshd: the host's bash and sleep in a read-only chroot
        // (busybox picks its applet from argv[0], so it cannot be renamed).
        QVERIFY(makeContainer(QStringLiteral("bh-t-sshd"),
                              true,
                              {QStringLiteral("-v"),
                               QStringLiteral("/:/hostfs:ro"),
                               img,
                               QStringLiteral("chroot"),
                               QStringLiteral("/hostfs"),
                               QStringLiteral("/bin/bash"),
                               QStringLiteral("-c"),
                               QStringLiteral("exec -a /usr/sbin/sshd /bin/sleep 600")}));
        QVERIFY(buildRemoteAddImage(QStringLiteral("bulkhead/t-remote-add:1")));
        QVERIFY(collect());
        QVERIFY(container(QStringLiteral("bh-hardened")) != nullptr);
    }

    void cleanupTestCase()
    {
        for (const QString& id : m_created) {
            m_daemon.docker({QStringLiteral("rm"), QStringLiteral("-f"), id});
        }
        for (const QString& tag : m_createdImages) {
            m_daemon.docker({QStringLiteral("rmi"), QStringLiteral("-f"), tag});
        }
    }

    void provesRulesOnFixtures_data()
    {
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("positive");
        QTest::addColumn<QString>("negative");
        const auto row = [](const char* rule, const char* kind, const char* pos, const char* neg) {
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(rule), QLatin1String(pos))))
                << QString::fromLatin1(rule) << QString::fromLatin1(kind) << QString::fromLatin1(pos)
                << QString::fromLatin1(neg);
        };
        row("CTR-001", "container", "bh-privileged", "bh-hardened");
        row("CTR-002", "container", "bh-capadd", "bh-capdrop-all");
        row("CTR-003", "container", "bh-sleeper", "bh-capdrop-all");
        row("CTR-004", "container", "bh-sleeper", "bh-hardened");
        row("CTR-005", "container", "bh-sleeper", "bh-nnp");
        row("CTR-006", "container", "bh-seccomp-unconfined", "bh-sleeper");
        row("CTR-007", "container", "bh-apparmor-unconfined", "bh-sleeper");
        row("CTR-009", "container", "bh-hostns", "bh-sleeper");
        row("CTR-010", "container", "bh-hostns", "bh-sleeper");
        row("CTR-011", "container", "bh-hostns", "bh-sleeper");
        row("CTR-012", "container", "bh-hostns", "bh-sleeper");
        row("CTR-020", "container", "bh-docker-sock", "bh-sleeper");
        row("CTR-021", "container", "bh-hostroot-rw", "bh-sleeper");
        row("CTR-021", "container", "bh-hostroot-ro", "bh-docker-sock");
        row("CTR-021", "container", "bh-hostetc-rw", "bh-envfile-mount");
        row("CTR-021", "container", "bh-hostetc-ro", "bh-hardened");
        row("CTR-022", "container", "bh-envfile-mount", "bh-hostetc-ro");
        row("CTR-030", "container", "bh-nolimits", "bh-limits");
        row("CTR-032", "container", "bh-nolimits", "bh-limits");
        row("CTR-033", "container", "bh-nolimits", "bh-limits");
        row("CTR-034", "container", "bh-sleeper", "bh-readonly");
        row("CTR-035", "container", "bh-restart-always", "bh-hardened");
        row("CTR-040", "container", "bh-ports-all", "bh-ports-local");
        row("CTR-042", "container", "bh-ports-all", "bh-ssh-port");
        row("CTR-008", "container", "bh-t-selinux", "bh-sleeper");
        row("CTR-014", "container", "bh-t-cgroupns-host", "bh-t-cgroupns-private");
        row("CTR-015", "container", "bh-t-device", "bh-sleeper");
        row("CTR-016", "container", "bh-t-propagation", "bh-hostetc-rw");
        row("CTR-031", "container", "bh-t-swap", "bh-limits");
        row("CTR-036", "container", "bh-t-oomkill", "bh-limits");
        row("CTR-037", "container", "bh-t-ulimit", "bh-sleeper");
        row("CTR-041", "container", "bh-t-lowport", "bh-ports-local");
        row("CTR-043", "container", "bh-t-sshd", "bh-sleeper");
        row("IMG-005", "image", "bulkhead/t-remote-add:1", "bulkhead/fixture-risky:1");
        row("IMG-008", "image", "bulkhead/busybox:1.35", "bulkhead/fixture-nonroot:1");
        row("IMG-001", "image", "bulkhead/fixture-risky:1", "bulkhead/fixture-nonroot:1");
        row("IMG-002", "image", "bulkhead/fixture-risky:1", "bulkhead/fixture-nonroot:1");
        row("IMG-004", "image", "bulkhead/fixture-risky:1", "bulkhead/fixture-nonroot:1");
        row("IMG-007", "image", "bulkhead/fixture-risky:1", "bulkhead/fixture-nonroot:1");
    }

    void provesRulesOnFixtures()
    {
        QFETCH(QString, ruleId);
        QFETCH(QString, kind);
        QFETCH(QString, positive);
        QFETCH(QString, negative);
        const QString pos = targetIdOf(kind, positive);
        const QString neg = targetIdOf(kind, negative);
        QVERIFY2(!pos.isEmpty(), qPrintable(positive + QStringLiteral(" not on the test daemon")));
        QVERIFY2(!neg.isEmpty(), qPrintable(negative + QStringLiteral(" not on the test daemon")));
        QVERIFY2(count(pos, ruleId) > 0, qPrintable(positive));
        QCOMPARE(count(neg, ruleId), 0);
    }

    void ratesWritableHostRootAboveReadOnly()
    {
        const auto worst = [this](const QString& name) {
            model::Severity s = model::Severity::Info;
            for (const model::Finding& f : m_scan.findings) {
                if (f.targetId == targetIdOf(QStringLiteral("container"), name) &&
                    f.ruleId == QLatin1String("CTR-021")) {
                    s = std::max(s, f.severity);
                }
            }
            return s;
        };
        QCOMPARE(worst(QStringLiteral("bh-hostroot-rw")), model::Severity::Critical);
        QCOMPARE(worst(QStringLiteral("bh-hostroot-ro")), model::Severity::High);
    }

    void daemonRulesSeeTheTestDaemon()
    {
        // The test daemon is rootful without userns-remap and runs Engine 20.10.
        QVERIFY(count(QStringLiteral("daemon"), QStringLiteral("DMN-001")) == 1);
        QVERIFY(count(QStringLiteral("daemon"), QStringLiteral("DMN-002")) == 1);
        QVERIFY(count(QStringLiteral("daemon"), QStringLiteral("DMN-005")) == 1);
        QVERIFY(count(QStringLiteral("daemon"), QStringLiteral("DMN-003")) == 0);
        // Debian with live-restore off; no default bridge (--bridge=none), so nothing for DMN-009 to judge.
        QVERIFY(m_inventory.daemon.operatingSystem.contains(QLatin1String("Debian")));
        QCOMPARE(count(QStringLiteral("host"), QStringLiteral("DMN-007")) +
                     count(QStringLiteral("daemon"), QStringLiteral("DMN-007")),
                 1);
        QCOMPARE(m_inventory.daemon.liveRestoreEnabled, std::optional<bool>(false));
        QCOMPARE(count(QStringLiteral("daemon"), QStringLiteral("DMN-008")), 1);
        QCOMPARE(count(QStringLiteral("daemon"), QStringLiteral("DMN-009")), 0);
        // The sandbox kernel is a maintained 6.x series.
        QVERIFY(m_inventory.daemon.kernelVersion.startsWith(QLatin1String("6.")));
        QCOMPARE(count(QStringLiteral("host"), QStringLiteral("DMN-006")) +
                     count(QStringLiteral("daemon"), QStringLiteral("DMN-006")),
                 0);
    }

    void connectionRulesOverRealTls()
    {
        // Collected over the test daemon's TLS listener with a client certificate: neither plain TCP (DMN-003) nor
        // TLS without client verification (DMN-004). The connection facts are what bulkhead-cli scan derives.
        auto endpoint = engine::parseEndpointUrl(m_daemon.value(QStringLiteral("TLS_HOST")));
        QVERIFY(endpoint.ok());
        endpoint->tls.enabled = true;
        endpoint->tls.caFile = m_daemon.value(QStringLiteral("TLS_CA"));
        endpoint->tls.certFile = m_daemon.value(QStringLiteral("TLS_CERT"));
        endpoint->tls.keyFile = m_daemon.value(QStringLiteral("TLS_KEY"));
        engine::CollectOptions co;
        co.top = false;
        co.history = false;
        const auto raw = engine::collectInventory(*endpoint, co);
        QVERIFY2(raw.ok(), raw.ok() ? "" : qPrintable(raw.error().text()));
        rules::ScanOptions so;
        so.connection = {
            true, endpoint->scheme == engine::Scheme::Tcp, endpoint->tls.enabled, !endpoint->tls.certFile.isEmpty()};
        QVERIFY(so.connection.tcp && so.connection.tls && so.connection.clientCert);
        const rules::ScanResult r = rules::scanInventory(model::parseInventory(*raw), so);
        QCOMPARE(countIn(r, QStringLiteral("daemon"), QStringLiteral("DMN-003")), 0);
        QCOMPARE(countIn(r, QStringLiteral("daemon"), QStringLiteral("DMN-004")), 0);
        QCOMPARE(countIn(r, QStringLiteral("daemon"), QStringLiteral("DMN-001")), 1); // the same daemon, seen via TCP
    }

    void hostRulesOnTheTestSocket()
    {
        // The private socket is root:docker 0660: fine. Opened to everyone for a moment: critical.
        const QString sock = socketPath();
        const QFile::Permissions before = QFile::permissions(sock);
        QVERIFY(before != QFile::Permissions());
        const rules::ScanResult ok = scanWithDaemonJson("{}");
        QCOMPARE(countIn(ok, QStringLiteral("host"), QStringLiteral("HST-001")), 0);
        QCOMPARE(countIn(ok, QStringLiteral("host"), QStringLiteral("HST-003")), 0);
        QCOMPARE(countIn(ok, QStringLiteral("host"), QStringLiteral("HST-004")), 0);
        QVERIFY(QFile::setPermissions(sock, before | QFile::ReadOther | QFile::WriteOther));
        const rules::ScanResult open = scanWithDaemonJson("{}");
        QVERIFY(QFile::setPermissions(sock, before));
        QCOMPARE(countIn(open, QStringLiteral("host"), QStringLiteral("HST-001")), 1);
        for (const model::Finding& f : open.findings) {
            if (f.ruleId == QLatin1String("HST-001")) {
                QCOMPARE(f.severity, model::Severity::Critical);
            }
        }
        // daemon.json with insecure registries, then one that is not JSON.
        const rules::ScanResult insecure = scanWithDaemonJson("{\"insecure-registries\": [\"registry.local:5000\"]}");
        QCOMPARE(countIn(insecure, QStringLiteral("host"), QStringLiteral("HST-003")), 1);
        const rules::ScanResult broken = scanWithDaemonJson("{\"live-restore\": tru");
        QCOMPARE(countIn(broken, QStringLiteral("host"), QStringLiteral("HST-004")), 1);
        // docker group members, as /etc/group has them on this machine.
        QFile group(QStringLiteral("/etc/group"));
        QVERIFY(group.open(QIODevice::ReadOnly));
        bool members = false;
        for (const QByteArray& line : group.readAll().split('\n')) {
            if (line.startsWith("docker:")) {
                members = !line.split(':').value(3).trimmed().isEmpty();
            }
        }
        QCOMPARE(countIn(ok, QStringLiteral("host"), QStringLiteral("HST-002")), members ? 1 : 0);
    }

    void oldImagesAreFlaggedByAge()
    {
        // Every image here is fresh (negative); two years on, the same images are old (positive).
        const QString risky = targetIdOf(QStringLiteral("image"), QStringLiteral("bulkhead/fixture-risky:1"));
        QCOMPARE(count(risky, QStringLiteral("IMG-009")), 0);
        rules::ScanOptions later;
        later.today = QDate::currentDate().addYears(2);
        const rules::ScanResult r = rules::scanInventory(m_inventory, later);
        QCOMPARE(countIn(r, risky, QStringLiteral("IMG-009")), 1);
    }

    void linksImageFindingsToTheFixtureDockerfile()
    {
        // bulkhead-cli scan --dockerfile: the risky fixture's findings point at the lines of the Dockerfile that built
        // it; the non-root image was built from another Dockerfile and is not linked.
        QFile file(test::sourcePath(QStringLiteral("tests/daemon/fixtures/risky/Dockerfile")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const dockerfile::ParsedDockerfile df =
            dockerfile::parseDockerfile(file.readAll(), QStringLiteral("Dockerfile"));
        const model::Image* risky = nullptr;
        const model::Image* nonroot = nullptr;
        for (const model::Image& img : m_inventory.images) {
            risky = img.repoTags.contains(QStringLiteral("bulkhead/fixture-risky:1")) ? &img : risky;
            nonroot = img.repoTags.contains(QStringLiteral("bulkhead/fixture-nonroot:1")) ? &img : nonroot;
        }
        QVERIFY(risky != nullptr && nonroot != nullptr);
        QVERIFY(!dockerfile::linkImageHistory(df, *nonroot).linked());
        const dockerfile::ImageLink link = dockerfile::linkImageHistory(df, *risky);
        QVERIFY(link.linked());
        QCOMPARE(link.contentMatched, link.contentSteps);
        model::Findings findings = m_scan.findings;
        QVERIFY(dockerfile::mapImageFindings(df, *risky, link, findings) >= 4);
        const auto lineOf = [&findings, risky](const char* ruleId, const char* evidencePart = "") {
            for (const model::Finding& f : findings) {
                if (f.targetId == risky->id && f.ruleId == QLatin1String(ruleId) &&
                    f.evidence.contains(QLatin1String(evidencePart))) {
                    return f.location.line;
                }
            }
            return -1;
        };
        QCOMPARE(lineOf("IMG-001"), 4);                     // no USER: the final FROM
        QCOMPARE(lineOf("IMG-002"), 4);                     // no HEALTHCHECK
        QCOMPARE(lineOf("IMG-007"), 22);                    // EXPOSE 22 8080
        QCOMPARE(lineOf("IMG-004", "BUILD_ARG_TOKEN"), 17); // ARG BUILD_ARG_TOKEN
        for (const model::Finding& f : findings) {
            if (f.targetId == nonroot->id) {
                QVERIFY(f.location.file.isEmpty());
            }
        }
    }

    void hardenedCommandsReduceRisk_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* n : {"bh-privileged",
                              "bh-capadd",
                              "bh-hostns",
                              "bh-docker-sock",
                              "bh-hostroot-rw",
                              "bh-seccomp-unconfined",
                              "bh-ports-all"}) {
            QTest::newRow(n) << QString::fromLatin1(n);
        }
    }

    void hardenedCommandsReduceRisk()
    {
        QFETCH(QString, name);
        const model::Container* c = container(name);
        QVERIFY(c != nullptr);
        const QString originalId = c->id;
        const int before = highAndCritical(originalId);
        QVERIFY2(before > 0, "the fixture should have a high or critical finding");

        QString run;
        for (std::size_t i = 0; i < m_inventory.containers.size(); ++i) {
            if (m_inventory.containers[i].id == originalId) {
                run = m_scan.containers[i].hardenedRun;
            }
        }
        // The only edits: create instead of run, and a new name next to the original.
        QVERIFY(run.contains(QLatin1String("docker run -d ")));
        run.replace(QLatin1String("docker run -d "), QStringLiteral("\"$DOCKER\" create "));
        const QString newName = name + QStringLiteral("-hardened-h6");
        QVERIFY(run.contains(QStringLiteral("--name %1 ").arg(name)));
        run.replace(QStringLiteral("--name %1 ").arg(name), QStringLiteral("--name %1 ").arg(newName));
        m_daemon.docker({QStringLiteral("rm"), QStringLiteral("-f"), newName});

        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKER_HOST"), m_daemon.dockerHost());
        env.insert(QStringLiteral("DOCKER"), m_daemon.value(QStringLiteral("DOCKER")));
        if (!m_daemon.value(QStringLiteral("DOCKER_CONFIG")).isEmpty()) {
            env.insert(QStringLiteral("DOCKER_CONFIG"), m_daemon.value(QStringLiteral("DOCKER_CONFIG")));
        }
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(QDir::tempPath());
        p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), run});
        QVERIFY(p.waitForFinished(60000));
        const QString newId = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        QVERIFY2(p.exitCode() == 0,
                 qPrintable(QString::fromUtf8(p.readAllStandardError()) + QStringLiteral("\n") + run));
        m_created << newId;

        // The hardened container must also start and stay up (a fix that breaks the workload is no fix). Published
        // ports need a bridge, which this daemon does not have (--bridge=none), so those are only created.
        bool hasPorts = false;
        for (const model::PortBinding& pb : c->ports) {
            hasPorts = hasPorts || pb.published;
        }
        if (!hasPorts) {
            bool started = false;
            m_daemon.docker({QStringLiteral("start"), newName}, &started);
            QVERIFY2(started, qPrintable(QStringLiteral("hardened container did not start: ") + run));
            bool inspected = false;
            QTest::qWait(1500);
            const QString state = m_daemon.docker(
                {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.State.Status}}"), newName},
                &inspected);
            QVERIFY(inspected);
            QCOMPARE(state.trimmed(), QStringLiteral("running"));
        }

        QVERIFY(collect());
        const model::Container* hardened = container(newName);
        QVERIFY(hardened != nullptr);
        const int after = highAndCritical(hardened->id);
        QVERIFY2(after < before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        // Same image and command as the original.
        QCOMPARE(hardened->imageRef, container(name)->imageRef);
        QCOMPARE(hardened->config.cmd, container(name)->config.cmd);
    }
};

QTEST_GUILESS_MAIN(TestRulesDaemon)
#include "tst_rulesdaemon.moc"
