// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/report.h"

#include "tests/core/report/reportfixture.h"

#include <QTest>

using namespace bulkhead;
using namespace bulkhead::report;

class TestReportModel : public QObject
{
    Q_OBJECT

private slots:
    void coverCarriesHostAndScanFacts()
    {
        const test::ReportFixture fx = test::makeReportFixture();
        const ReportModel m = buildReport(fx.inventory, fx.scan, fx.options);
        QCOMPARE(m.meta.hostName, QStringLiteral("prod-docker-01"));
        QCOMPARE(m.meta.engineVersion, QStringLiteral("20.10.24"));
        QCOMPARE(m.meta.apiVersion, QStringLiteral("1.41"));
        QCOMPARE(m.meta.kernelVersion, QStringLiteral("6.1.0-13-amd64"));
        QCOMPARE(m.meta.scanTime, fx.inventory.collectedAt);
        QCOMPARE(m.meta.generatedAt, fx.options.generatedAt);
        QVERIFY(m.meta.scope.contains(u'4'));
    }

    void sectionsHoldEveryFindingOnce()
    {
        const test::ReportFixture fx = test::makeReportFixture();
        const ReportModel m = buildReport(fx.inventory, fx.scan, fx.options);
        QCOMPARE(m.allFindings().size(), fx.scan.findings.size() + fx.options.lintFindings.size());
        QCOMPARE(m.containers.size(), size_t(4));
        QCOMPARE(m.hostFindings.size(), size_t(1));
        QCOMPARE(m.dockerfiles.size(), size_t(1));
        QCOMPARE(m.dockerfiles[0].findings[0].finding.location.line, 14);
        // Riskiest container first, ties by name.
        QCOMPARE(m.containers[0].name, QStringLiteral("web-frontend"));
        QCOMPARE(m.containers[0].risk.score, 92);
        QCOMPARE(m.containers.back().name, QStringLiteral("idle-worker"));
        // Image findings split by kind: secrets, history, config.
        const auto db = std::find_if(
            m.images.begin(), m.images.end(), [](const ImageSection& i) { return i.name.contains(u"db"); });
        QVERIFY(db != m.images.end());
        QCOMPARE(db->secretFindings.size(), size_t(1));
        const auto web = std::find_if(
            m.images.begin(), m.images.end(), [](const ImageSection& i) { return i.name == u"nginx:1.25"; });
        QCOMPARE(web->configFindings.size(), size_t(1));
        QCOMPARE(web->historyFindings.size(), size_t(1));
        QCOMPARE(web->usedBy.size(), 3);
    }

    void ordersFindingsWorstFirstWithSuppressedLast()
    {
        const test::ReportFixture fx = test::makeReportFixture();
        const ReportModel m = buildReport(fx.inventory, fx.scan, fx.options);
        const ContainerSection& web = m.containers[0];
        QCOMPARE(web.findings.size(), size_t(2));
        QCOMPARE(web.findings[0].finding.ruleId, QStringLiteral("CTR-001"));
        QVERIFY(web.findings[1].finding.suppressed);
    }

    void countsOnlyActiveFindings()
    {
        const test::ReportFixture fx = test::makeReportFixture();
        const ReportModel m = buildReport(fx.inventory, fx.scan, fx.options);
        QCOMPARE(m.summary.totalFindings, 9);
        QCOMPARE(m.summary.suppressedFindings, 1);
        QCOMPARE(m.summary.bySeverity.size(), size_t(5));
        QCOMPARE(m.summary.bySeverity[0].key, QStringLiteral("critical"));
        QCOMPARE(m.summary.bySeverity[0].count, 3);
        int sum = 0;
        for (const CountBy& c : m.summary.bySeverity) {
            sum += c.count;
        }
        QCOMPARE(sum, m.summary.totalFindings);
        QCOMPARE(m.summary.riskiestContainers.size(), size_t(3)); // idle-worker has score 0
        QCOMPARE(m.summary.expiredIgnores.size(), 1);
    }

    void topRisksAreWorstFirstAndDistinct()
    {
        const test::ReportFixture fx = test::makeReportFixture();
        const ReportModel m = buildReport(fx.inventory, fx.scan, fx.options);
        QVERIFY(!m.summary.topRisks.empty());
        QCOMPARE(m.summary.topRisks[0].severity, model::Severity::Critical);
        QSet<QString> keys;
        for (const TopRisk& t : m.summary.topRisks) {
            QVERIFY(t.severity >= model::Severity::Medium);
            QVERIFY2(!keys.contains(t.ruleId + t.target), qPrintable(t.sentence));
            keys.insert(t.ruleId + t.target);
            QVERIFY(t.sentence.contains(t.target));
        }
    }

    void scopesToOneContainer()
    {
        test::ReportFixture fx = test::makeReportFixture();
        fx.options.scope.kind = Scope::Kind::Container;
        fx.options.scope.containers = {QStringLiteral("billing-db")};
        const ReportModel m = buildReport(fx.inventory, fx.scan, fx.options);
        QCOMPARE(m.containers.size(), size_t(1));
        QCOMPARE(m.containers[0].name, QStringLiteral("billing-db"));
        QCOMPARE(m.images.size(), size_t(1));       // only its image
        QCOMPARE(m.hostFindings.size(), size_t(1)); // host findings always included
        QVERIFY(m.meta.scope.contains(QStringLiteral("billing-db")));
    }

    void scopesToASelectionByIdPrefix()
    {
        test::ReportFixture fx = test::makeReportFixture();
        fx.options.scope.kind = Scope::Kind::Selection;
        fx.options.scope.containers = {QStringLiteral("aaaaaaaaaaaa"), QStringLiteral("/idle-worker")};
        const ReportModel m = buildReport(fx.inventory, fx.scan, fx.options);
        QCOMPARE(m.containers.size(), size_t(2));
        for (const ContainerSection& c : m.containers) {
            QVERIFY(c.name == u"web-frontend" || c.name == u"idle-worker");
        }
    }

    void scrubsEnvironmentValuesEverywhere()
    {
        const test::ReportFixture fx = test::makeReportFixture();
        const ReportModel m = buildReport(fx.inventory, fx.scan, fx.options);
        QStringList texts;
        for (const ContainerSection& c : m.containers) {
            texts << c.hardenedRun << c.composeSnippet;
        }
        for (const ReportFinding* f : m.allFindings()) {
            texts << f->finding.message << f->finding.evidence << f->finding.suggestion;
        }
        const QByteArray all = texts.join(u'\n').toUtf8();
        QVERIFY(all.contains("DB_PASSWORD=")); // the key stays
        QCOMPARE(test::leakedSecrets(all), QStringList());
        QVERIFY(test::fixtureSecrets().size() >= 10);
    }

    void fingerprintsAreStableAndDistinct()
    {
        const test::ReportFixture fx = test::makeReportFixture();
        const ReportModel a = buildReport(fx.inventory, fx.scan, fx.options);
        const ReportModel b = buildReport(fx.inventory, fx.scan, fx.options);
        QSet<QString> seen;
        const auto fa = a.allFindings();
        const auto fb = b.allFindings();
        for (size_t i = 0; i < fa.size(); ++i) {
            QCOMPARE(fa[i]->fingerprint, fb[i]->fingerprint);
            QCOMPARE(fa[i]->fingerprint.size(), 32);
            QVERIFY(!seen.contains(fa[i]->fingerprint));
            seen.insert(fa[i]->fingerprint);
        }
        // A recreated container (new id, same name) keeps its fingerprints.
        model::Finding f = fx.scan.findings[0];
        const QString before = fingerprint(f);
        f.targetId = QStringLiteral("ffff");
        QCOMPARE(fingerprint(f), before);
        f.message += u'!';
        QVERIFY(fingerprint(f) != before);
    }

    void attachesReviewsByTargetAndByFingerprint()
    {
        test::ReportFixture fx = test::makeReportFixture();
        ReviewDecision byFp;
        byFp.fingerprint = fingerprint(fx.scan.findings[0]);
        byFp.decision = QStringLiteral("accepted-risk");
        fx.options.reviews.push_back(byFp);
        const ReportModel m = buildReport(fx.inventory, fx.scan, fx.options);
        int reviewed = 0;
        for (const ReportFinding* f : m.allFindings()) {
            if (f->review) {
                ++reviewed;
                QVERIFY(f->review->decision == u"will-fix" || f->review->decision == u"accepted-risk");
            }
        }
        QCOMPARE(reviewed, 2);
    }

    void listsRulesThatRanAndPlaceholdersForUnknownIds()
    {
        const test::ReportFixture fx = test::makeReportFixture();
        const ReportModel m = buildReport(fx.inventory, fx.scan, fx.options);
        QVERIFY(std::is_sorted(
            m.rules.begin(), m.rules.end(), [](const RuleRef& a, const RuleRef& b) { return a.id < b.id; }));
        const RuleRef* ctr = m.rule(u"CTR-001");
        QVERIFY(ctr && ctr->known && ctr->ran);
        QCOMPARE(ctr->cis, QStringLiteral("5.4"));
        QVERIFY(ctr->aliases.contains(QStringLiteral("trivy:KSV017")));
        const RuleRef* lint = m.rule(u"DKF-002");
        QVERIFY(lint && lint->ran); // lint rules ran when they produced findings
        const RuleRef* unknown = m.rule(u"RUL-999");
        QVERIFY(unknown && !unknown->known && !unknown->ran);
        for (const ReportFinding* f : m.allFindings()) {
            QCOMPARE(m.rule(*f).id, f->finding.ruleId);
        }
    }

    void survivesEmptyInput()
    {
        const ReportModel m = buildReport(model::Inventory{}, rules::ScanResult{});
        QCOMPARE(m.summary.totalFindings, 0);
        QVERIFY(!writeHtml(m).isEmpty());
        QVERIFY(!writeJson(m).isEmpty());
        QVERIFY(!writeSarif(m).isEmpty());
    }

    void namesFormats()
    {
        QCOMPARE(formatFromName(u"SARIF"), std::optional<Format>(Format::Sarif));
        QCOMPARE(formatFromName(u"docx"), std::nullopt);
        QCOMPARE(formatSuffix(Format::Pdf), QStringLiteral(".pdf"));
    }
};

QTEST_GUILESS_MAIN(TestReportModel)
#include "tst_reportmodel.moc"
