// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/parse.h"
#include "core/rules/scan.h"

#include "tests/common/testdaemon.h"
#include "tests/core/rules/fixtureloader.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace bulkhead;
using namespace bulkhead::model;

namespace {

rules::ScanResult scanFixture(const QString& name, rules::ScanOptions* optionsOut = nullptr)
{
    const test::LoadedFixture f = test::loadInspectFixture(name);
    if (!f.ok) {
        qWarning("%s", qPrintable(f.error));
        return {};
    }
    if (optionsOut != nullptr) {
        *optionsOut = f.options;
    }
    return rules::scanInventory(parseInventory(f.raw), f.options);
}

std::vector<const Finding*> findingsOf(const rules::ScanResult& r, const QString& ruleId)
{
    std::vector<const Finding*> out;
    for (const Finding& f : r.findings) {
        if (f.ruleId == ruleId) {
            out.push_back(&f);
        }
    }
    return out;
}

QString describe(const rules::ScanResult& r)
{
    QStringList s;
    for (const Finding& f : r.findings) {
        s << f.ruleId + QStringLiteral(" ") + f.message;
    }
    return s.join(QStringLiteral("; "));
}

// Rules checked over the inventory (the DKF/SEC families have their own fixtures and tests).
bool inventoryFamily(const QString& id)
{
    return id.startsWith(QLatin1String("CTR-")) || id.startsWith(QLatin1String("IMG-")) ||
           id.startsWith(QLatin1String("DMN-")) || id.startsWith(QLatin1String("HST-"));
}

// Every file name under tests/fixtures, to prove each rule has a fixture somewhere.
QSet<QString> fixtureFileNames()
{
    QSet<QString> names;
    QDirIterator it(test::sourcePath(QStringLiteral("tests/fixtures")), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        names.insert(QFileInfo(it.next()).fileName());
    }
    return names;
}

// The secret detectors' fixtures are the labelled corpus in tests/core/secrets (a table keyed by rule id); build
// context rules (DKF-3xx) build their contexts in tests/core/dockerfile.
QString familyTestSources()
{
    QString text;
    for (const char* dir : {"tests/core/secrets", "tests/core/dockerfile"}) {
        QDirIterator it(test::sourcePath(QString::fromLatin1(dir)), {QStringLiteral("*.cpp")}, QDir::Files);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly)) {
                text += QString::fromUtf8(f.readAll());
            }
        }
    }
    return text;
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private slots:
    void catalogueIsCompleteAndUnique()
    {
        const auto cat = rules::catalogue();
        QVERIFY(cat.size() >= 50);
        QSet<QString> ids;
        const QSet<QString> fixtures = fixtureFileNames();
        const QString corpus = familyTestSources();
        static const QRegularExpression kId(QStringLiteral("^(CTR|IMG|DMN|HST|DKF|SEC)-\\d{3}$"));
        QString previous;
        for (const RuleInfo& r : cat) {
            const QString id = QString::fromLatin1(r.id);
            QVERIFY2(kId.match(id).hasMatch(), qPrintable(id));
            QVERIFY2(!ids.contains(id), qPrintable(QStringLiteral("duplicate id ") + id));
            ids.insert(id);
            QVERIFY2(previous < id, qPrintable(QStringLiteral("not in id order: ") + id));
            previous = id;
            QVERIFY2(r.title && *r.title, qPrintable(id + QStringLiteral(": no title")));
            QVERIFY2(r.rationale && qstrlen(r.rationale) > 15, qPrintable(id + QStringLiteral(": no rationale")));
            QVERIFY2(r.remediation && qstrlen(r.remediation) > 10, qPrintable(id + QStringLiteral(": no remediation")));
            QVERIFY2(r.fixCost && r.cis && r.owasp && r.nist && r.aliases, qPrintable(id));
            // Known gap, reported to the secrets family's owner: no fixture names SEC-102 (host credential file
            // bind-mounted; our CTR-022 covers the same configuration with tests/fixtures/inspect/CTR-022.json).
            static const QStringList kKnownGaps = {QStringLiteral("SEC-102")};
            bool hasFixture = kKnownGaps.contains(id) || (!inventoryFamily(id) && corpus.contains(u'"' + id + u'"'));
            for (const QString& f : fixtures) {
                hasFixture = hasFixture || f.startsWith(id);
            }
            QVERIFY2(hasFixture, qPrintable(id + QStringLiteral(": no fixture under tests/fixtures")));
            QCOMPARE(rules::findRule(id), &r);
        }
        QVERIFY(rules::findRule(u"CTR-999") == nullptr);
    }

    void everyRuleFiresOnItsFixture_data()
    {
        QTest::addColumn<QString>("ruleId");
        for (const RuleInfo& r : rules::catalogue()) {
            if (inventoryFamily(QString::fromLatin1(r.id))) {
                QTest::newRow(r.id) << QString::fromLatin1(r.id);
            }
        }
    }

    void everyRuleFiresOnItsFixture()
    {
        QFETCH(QString, ruleId);
        const rules::ScanResult r = scanFixture(ruleId);
        QVERIFY2(!findingsOf(r, ruleId).empty(), qPrintable(QStringLiteral("got: ") + describe(r)));
        for (const Finding* f : findingsOf(r, ruleId)) {
            QVERIFY(!f->message.isEmpty());
            QVERIFY(!f->evidence.isEmpty());
            QVERIFY(!f->targetId.isEmpty());
        }
    }

    void okFixturesTriggerNothing_data()
    {
        QTest::addColumn<QString>("name");
        QDirIterator it(test::sourcePath(QStringLiteral("tests/fixtures/inspect")), {QStringLiteral("ok-*.json")});
        while (it.hasNext()) {
            const QString n = QFileInfo(it.next()).completeBaseName();
            QTest::newRow(qPrintable(n)) << n;
        }
    }

    void okFixturesTriggerNothing()
    {
        QFETCH(QString, name);
        const rules::ScanResult r = scanFixture(name);
        QVERIFY2(!r.rulesRun.isEmpty(), "fixture failed to load");
        QVERIFY2(r.findings.empty(), qPrintable(describe(r)));
        QCOMPARE(r.containers.size(), std::size_t(1));
        QCOMPARE(r.containers[0].risk.score, 0);
        QCOMPARE(r.containers[0].risk.grade, QStringLiteral("A"));
    }

    void ratesEachCapabilityOnItsOwn()
    {
        test::LoadedFixture f = test::loadInspectFixture(QStringLiteral("ok-hardened"));
        QVERIFY(f.ok);
        f.raw.containers[0].inspect["HostConfig"]["CapAdd"] = {"SYS_ADMIN", "cap_net_admin", "SYS_NICE", "CHOWN"};
        const rules::ScanResult r = rules::scanInventory(parseInventory(f.raw), f.options);
        const auto caps = findingsOf(r, QStringLiteral("CTR-002"));
        QCOMPARE(caps.size(), std::size_t(3)); // CHOWN is a default capability
        QCOMPARE(caps[0]->severity, Severity::Critical);
        QCOMPARE(caps[1]->severity, Severity::High);
        QVERIFY(caps[1]->message.contains(QLatin1String("NET_ADMIN")));
        QCOMPARE(caps[2]->severity, Severity::Medium);
    }

    void ratesWritableMountsAboveReadOnly()
    {
        test::LoadedFixture f = test::loadInspectFixture(QStringLiteral("ok-hardened"));
        QVERIFY(f.ok);
        f.raw.containers[0].inspect["Mounts"] = nlohmann::json::parse(R"([
            {"Type": "bind", "Source": "/", "Destination": "/host", "RW": false},
            {"Type": "bind", "Source": "/", "Destination": "/host2", "RW": true},
            {"Type": "bind", "Source": "/var/lib/docker/volumes", "Destination": "/v", "RW": false},
            {"Type": "bind", "Source": "/home/bob/.aws", "Destination": "/aws", "RW": false},
            {"Type": "bind", "Source": "/srv/data", "Destination": "/data", "RW": true},
            {"Type": "bind", "Source": "/run/containerd/containerd.sock", "Destination": "/c.sock", "RW": false}])");
        const rules::ScanResult r = rules::scanInventory(parseInventory(f.raw), f.options);
        const auto m = findingsOf(r, QStringLiteral("CTR-021"));
        QCOMPARE(m.size(), std::size_t(4));
        QCOMPARE(m[0]->severity, Severity::High);
        QCOMPARE(m[1]->severity, Severity::Critical);
        QCOMPARE(m[2]->severity, Severity::High);
        QCOMPARE(m[3]->severity, Severity::High);
        QVERIFY(m[3]->message.contains(QLatin1String(".aws")));
        QCOMPARE(findingsOf(r, QStringLiteral("CTR-020")).size(), std::size_t(1));
    }

    void treatsUnknownAsUnknownNotSecure()
    {
        test::LoadedFixture f = test::loadInspectFixture(QStringLiteral("ok-hardened"));
        QVERIFY(f.ok);
        f.raw.containers[0].inspect["HostConfig"]["Privileged"] = "false";
        f.raw.containers[0].inspect["HostConfig"]["Memory"] = nullptr;
        f.raw.containers[0].inspect["Config"]["User"] = 0;
        f.options.onlyRules = QStringList{QStringLiteral("CTR-001"), QStringLiteral("CTR-030")};
        f.raw.info["SecurityOptions"] = {"name=seccomp,profile=builtin"};
        f.options.onlyRules << QStringLiteral("CTR-004");
        const rules::ScanResult r = rules::scanInventory(parseInventory(f.raw), f.options);
        for (const char* id : {"CTR-001", "CTR-030", "CTR-004"}) {
            const auto fs = findingsOf(r, QString::fromLatin1(id));
            QCOMPARE(fs.size(), std::size_t(1));
            QVERIFY(fs[0]->confidence < 1.0);
        }
    }

    void rootIsFineUnderUsernsOrRootless()
    {
        test::LoadedFixture f = test::loadInspectFixture(QStringLiteral("CTR-004"));
        QVERIFY(f.ok);
        const auto scan = [&f] { return rules::scanInventory(parseInventory(f.raw), f.options); };
        QCOMPARE(findingsOf(scan(), QStringLiteral("CTR-004")).size(), std::size_t(1));
        f.raw.info["SecurityOptions"] = {"name=seccomp,profile=builtin", "name=userns"};
        QVERIFY(findingsOf(scan(), QStringLiteral("CTR-004")).empty());
        f.raw.containers[0].inspect["HostConfig"]["UsernsMode"] = "host"; // opted out of the remapping
        QCOMPARE(findingsOf(scan(), QStringLiteral("CTR-004")).size(), std::size_t(1));
        QCOMPARE(findingsOf(scan(), QStringLiteral("CTR-013")).size(), std::size_t(1));
        f.raw.info["SecurityOptions"] = {"name=rootless"};
        QVERIFY(findingsOf(scan(), QStringLiteral("CTR-004")).empty());
    }

    void recognisesClassicBuilderUrlAdd()
    {
        // The classic builder records `ADD http://... /dest` as the bare checksum of what it downloaded, a local file
        // as file:<sha256> and a folder as dir:<sha256> (history of images built on the test daemon).
        test::LoadedFixture f = test::loadInspectFixture(QStringLiteral("ok-hardened"));
        QVERIFY(f.ok);
        QVERIFY(!f.raw.images.empty());
        const auto entry = [](const char* createdBy) { return nlohmann::json{{"CreatedBy", createdBy}, {"Size", 6}}; };
        const char* hash = "1db91220af665690738005c5140caa15b196f2c9dfcfae47c8b3bd8c013b7695";
        f.raw.images[0].history = nlohmann::json::array(
            {entry((std::string("/bin/sh -c #(nop) ADD ") + hash + " in /payload.txt ").c_str()),
             entry((std::string("/bin/sh -c #(nop) ADD file:") + hash + " in /etc/app.conf ").c_str()),
             entry((std::string("/bin/sh -c #(nop) ADD dir:") + hash + " in /srv ").c_str()),
             entry((std::string("/bin/sh -c #(nop) ADD multi:") + hash + " in /srv/ ").c_str()),
             entry((std::string("/bin/sh -c echo ") + hash + " in /x").c_str())});
        f.options.onlyRules = QStringList{QStringLiteral("IMG-005")};
        const rules::ScanResult r = rules::scanInventory(parseInventory(f.raw), f.options);
        const auto adds = findingsOf(r, QStringLiteral("IMG-005"));
        QCOMPARE(adds.size(), std::size_t(1));
        QCOMPARE(adds[0]->location.field, QStringLiteral("History[0].CreatedBy"));
        QVERIFY(adds[0]->confidence < 1.0);
    }

    void neverShowsSecretValues()
    {
        const rules::ScanResult r = scanFixture(QStringLiteral("IMG-004"));
        const auto fs = findingsOf(r, QStringLiteral("IMG-004"));
        QCOMPARE(fs.size(), std::size_t(2));
        QCOMPARE(fs[0]->severity, Severity::High); // BUILD_TOKEN
        QCOMPARE(fs[1]->severity, Severity::Info); // APP_VERSION
        for (const Finding& f : r.findings) {
            QVERIFY(!f.evidence.contains(QLatin1String("9f8e7d6c5b4a")));
            QVERIFY(!f.message.contains(QLatin1String("9f8e7d6c5b4a")));
        }
    }

    void selectsRulesByIdAndFamily()
    {
        rules::ScanOptions o;
        test::LoadedFixture f = test::loadInspectFixture(QStringLiteral("CTR-001"));
        QVERIFY(f.ok);
        f.options.onlyRules = QStringList{QStringLiteral("ctr-001"), QStringLiteral("DMN")};
        const rules::ScanResult r = rules::scanInventory(parseInventory(f.raw), f.options);
        QVERIFY(r.rulesRun.contains(QStringLiteral("CTR-001")));
        QVERIFY(r.rulesRun.contains(QStringLiteral("DMN-009")));
        QVERIFY(!r.rulesRun.contains(QStringLiteral("CTR-002")));
        for (const Finding& x : r.findings) {
            QVERIFY(x.ruleId == QLatin1String("CTR-001") || x.ruleId.startsWith(QLatin1String("DMN-")));
        }
    }

    void parsesIgnoreFile()
    {
        const rules::IgnoreFile file =
            rules::parseIgnoreFile("# accepted risks\n"
                                   "CTR-001 web 2026-12-31 vendor appliance, replaced in Q1\n"
                                   "CTR-03* bh-* batch jobs have no limits by design\n"
                                   "\n"
                                   "CTR-002 web\n"
                                   "NOT_A_RULE web reason\n"
                                   "IMG-001 app:* 2026-02-30 bad date\n"
                                   "* legacy-* 2020-01-01 expired long ago\n");
        QCOMPARE(file.entries.size(), std::size_t(3));
        QCOMPARE(file.errors.size(), 3);
        QVERIFY(file.errors[0].startsWith(QLatin1String("line 5")));
        QCOMPARE(file.entries[0].ruleId, QStringLiteral("CTR-001"));
        QCOMPARE(file.entries[0].expires, std::optional<QDate>(QDate(2026, 12, 31)));
        QCOMPARE(file.entries[0].reason, QStringLiteral("vendor appliance, replaced in Q1"));
        QVERIFY(!file.entries[1].expires.has_value());
        QCOMPARE(file.entries[2].line, 8);
    }

    void suppressesButKeepsFindingsAndReportsExpiry()
    {
        test::LoadedFixture f = test::loadInspectFixture(QStringLiteral("CTR-001"));
        QVERIFY(f.ok);
        f.options.ignores = rules::parseIgnoreFile("CTR-001 w?b 2026-11-29 accepted until today\n"
                                                   "CTR-003 web 2026-11-28 expired yesterday\n")
                                .entries;
        const rules::ScanResult r = rules::scanInventory(parseInventory(f.raw), f.options);
        const auto priv = findingsOf(r, QStringLiteral("CTR-001"));
        QCOMPARE(priv.size(), std::size_t(1));
        QVERIFY(priv[0]->suppressed);
        QCOMPARE(priv[0]->suppressionReason, QStringLiteral("accepted until today"));
        // A suppressed finding does not count towards the score.
        QVERIFY(r.containers[0].risk.score < 40);
        QCOMPARE(r.expiredIgnores.size(), 1);
        QVERIFY(r.expiredIgnores[0].contains(QLatin1String("CTR-003")));

        f.options.today = QDate(2026, 12, 1); // now the first one has expired too
        const rules::ScanResult later = rules::scanInventory(parseInventory(f.raw), f.options);
        QVERIFY(!findingsOf(later, QStringLiteral("CTR-001"))[0]->suppressed);
        QCOMPARE(later.expiredIgnores.size(), 2);
        QVERIFY(later.containers[0].risk.score >= 70);
    }

    void survivesEmptyAndHostileInventories()
    {
        QVERIFY(rules::scanInventory(Inventory{}).findings.empty());
        RawInventory raw;
        RawContainer rc;
        rc.id = QStringLiteral("x");
        // Plain strings here: moc misreads raw string literals with unbalanced quotes.
        rc.inspect =
            nlohmann::json::parse("{\"Name\": \"/\\u001b[31mevil\\nname\", \"HostConfig\": {\"CapAdd\": [1, null],"
                                  " \"Devices\": \"x\", \"PortBindings\": {\"99999/tcp\": [{\"HostPort\": \"-1\"}]}},"
                                  " \"Mounts\": [null, 3, {}]}");
        raw.containers.push_back(rc);
        RawImage ri;
        ri.inspect = nlohmann::json::parse("{\"RepoTags\": null, \"Created\": \"garbage\"}");
        ri.history = nlohmann::json::parse("[{\"CreatedBy\": \"|999999 A=1\"}, {\"CreatedBy\": \"|2 X\"}]");
        raw.images.push_back(ri);
        raw.info = 5;
        raw.hostFacts = nlohmann::json::parse(R"({"socketMode": 99999999, "daemonJson": [1]})");
        const rules::ScanResult r = rules::scanInventory(parseInventory(raw));
        QCOMPARE(r.containers.size(), std::size_t(1));
        QVERIFY(!r.containers[0].hardenedRun.isEmpty());
    }

    void docsAreCurrent()
    {
        QFile f(test::sourcePath(QStringLiteral("docs/rules.md")));
        QVERIFY2(f.open(QIODevice::ReadOnly),
                 "docs/rules.md is missing: bulkhead-cli scan --list-rules --format markdown");
        const QString onDisk = QString::fromUtf8(f.readAll());
        if (qEnvironmentVariable("BULKHEAD_UPDATE_DOCS") == QLatin1String("1") &&
            onDisk != rules::rulesMarkdown(rules::catalogue())) {
            // Developer convenience; the CLI (bulkhead-cli scan --list-rules --format markdown) writes the same.
            f.close();
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(rules::rulesMarkdown(rules::catalogue()).toUtf8());
            return;
        }
        QVERIFY2(onDisk == rules::rulesMarkdown(rules::catalogue()),
                 "docs/rules.md is stale: bulkhead-cli scan --list-rules --format markdown > docs/rules.md");
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
