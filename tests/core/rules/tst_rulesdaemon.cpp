// SPDX-License-Identifier: GPL-3.0-or-later
// Every rule the sandbox can create, proven on the real test daemon: a fixture container (or image) that must
// trigger it and one that must not. Then the closed loop: the hardened command generated for a risky container,
// run against the test daemon (as `docker create`), yields a container with strictly fewer high and critical
// findings. Only this test creates anything; Bulkhead itself never does.
#include "core/engine/endpoint.h"
#include "core/engine/inventory.h"
#include "core/model/parse.h"
#include "core/rules/scan.h"

#include "tests/common/testdaemon.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

using namespace bulkhead;

class TestRulesDaemon : public QObject
{
    Q_OBJECT

private:
    test::TestDaemon m_daemon;
    model::Inventory m_inventory;
    rules::ScanResult m_scan;
    QStringList m_created;

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
        m_inventory = model::parseInventory(*raw);
        m_scan = rules::scanInventory(m_inventory);
        return true;
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
        QVERIFY(collect());
        QVERIFY(container(QStringLiteral("bh-hardened")) != nullptr);
    }

    void cleanupTestCase()
    {
        for (const QString& id : m_created) {
            m_daemon.docker({QStringLiteral("rm"), QStringLiteral("-f"), id});
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
