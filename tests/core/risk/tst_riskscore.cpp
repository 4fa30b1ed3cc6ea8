// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/risk/riskscore.h"

#include <QTest>

#include <numeric>

using namespace bulkhead;
using model::Severity;

namespace {

model::Finding finding(const char* rule, Severity s, double confidence = 1.0, bool suppressed = false)
{
    model::Finding f;
    f.ruleId = QString::fromLatin1(rule);
    f.severity = s;
    f.confidence = confidence;
    f.suppressed = suppressed;
    f.message = QStringLiteral("m");
    return f;
}

double sum(const rules::RiskScore& r)
{
    return std::accumulate(
        r.breakdown.begin(), r.breakdown.end(), 0.0, [](double a, const rules::ScoreTerm& t) { return a + t.points; });
}

model::Container running()
{
    model::Container c;
    c.running = true;
    c.state = QStringLiteral("running");
    return c;
}

} // namespace

class TestRiskScore : public QObject
{
    Q_OBJECT

private slots:
    void cleanContainerScoresZero()
    {
        const auto r = risk::containerRisk(running(), {});
        QCOMPARE(r.score, 0);
        QCOMPARE(r.grade, QStringLiteral("A"));
        QVERIFY(r.breakdown.empty());
    }

    void countsEachRuleOnceAtItsWorst()
    {
        const std::vector<model::Finding> fs = {finding("CTR-002", Severity::Medium),
                                                finding("CTR-002", Severity::Critical),
                                                finding("CTR-030", Severity::Medium),
                                                finding("CTR-037", Severity::Info)};
        const auto r = risk::containerRisk(running(), fs);
        // 40 (CTR-002 at its worst) + 8; info adds nothing; the critical floor then lifts 48 to 70.
        QCOMPARE(r.score, 70);
        QCOMPARE(r.breakdown.size(), std::size_t(3));
        QCOMPARE(r.breakdown[0].points, 40.0);
    }

    void breakdownAddsUpToTheScore_data()
    {
        QTest::addColumn<bool>("isRunning");
        QTest::addColumn<bool>("exposed");
        QTest::newRow("running") << true << false;
        QTest::newRow("created") << false << false;
        QTest::newRow("exposed") << true << true;
    }

    void breakdownAddsUpToTheScore()
    {
        QFETCH(bool, isRunning);
        QFETCH(bool, exposed);
        model::Container c = running();
        c.running = isRunning;
        if (exposed) {
            model::PortBinding p;
            p.published = true;
            p.hostIp = QStringLiteral("0.0.0.0");
            p.hostPort = 8080;
            c.ports.push_back(p);
        }
        const std::vector<model::Finding> fs = {finding("CTR-004", Severity::Medium),
                                                finding("CTR-033", Severity::Medium),
                                                finding("CTR-034", Severity::Low)};
        const auto r = risk::containerRisk(c, fs);
        QCOMPARE(r.score, static_cast<int>(std::lround(sum(r))));
        QVERIFY(r.score > 0);
        if (!isRunning) {
            QCOMPARE(r.score, 15); // (8 + 8 + 3) * 0.8
        }
        if (exposed) {
            QCOMPARE(r.score, 29);
        }
    }

    void criticalAndHighSetFloors()
    {
        const auto crit = risk::containerRisk(running(), std::vector{finding("CTR-001", Severity::Critical)});
        QCOMPARE(crit.score, 70);
        QCOMPARE(crit.grade, QStringLiteral("E"));
        QCOMPARE(static_cast<int>(std::lround(sum(crit))), 70);
        const auto high = risk::containerRisk(running(), std::vector{finding("CTR-006", Severity::High)});
        QCOMPARE(high.score, 40);
        QCOMPARE(high.grade, QStringLiteral("C"));
        // A heuristic (low-confidence) critical neither counts fully nor sets the floor.
        const auto guess = risk::containerRisk(running(), std::vector{finding("CTR-001", Severity::Critical, 0.5)});
        QCOMPARE(guess.score, 20);
    }

    void suppressedFindingsDoNotCount()
    {
        const auto r = risk::containerRisk(running(), std::vector{finding("CTR-001", Severity::Critical, 1.0, true)});
        QCOMPARE(r.score, 0);
    }

    void capsAtHundredAndIsDeterministic()
    {
        std::vector<model::Finding> fs;
        for (const char* id : {"CTR-001", "CTR-002", "CTR-020", "CTR-021", "CTR-009"}) {
            fs.push_back(finding(id, Severity::Critical));
        }
        model::Container c = running();
        c.networkMode = QStringLiteral("host");
        const auto a = risk::containerRisk(c, fs);
        std::reverse(fs.begin(), fs.end());
        const auto b = risk::containerRisk(c, fs);
        QCOMPARE(a.score, 100);
        QCOMPARE(a.grade, QStringLiteral("F"));
        QCOMPARE(a.breakdown.size(), b.breakdown.size());
        for (std::size_t i = 0; i < a.breakdown.size(); ++i) {
            QCOMPARE(a.breakdown[i].reason, b.breakdown[i].reason);
        }
    }

    void gradesHaveDocumentedBounds()
    {
        QCOMPARE(risk::gradeFor(0), QStringLiteral("A"));
        QCOMPARE(risk::gradeFor(10), QStringLiteral("A"));
        QCOMPARE(risk::gradeFor(11), QStringLiteral("B"));
        QCOMPARE(risk::gradeFor(25), QStringLiteral("B"));
        QCOMPARE(risk::gradeFor(45), QStringLiteral("C"));
        QCOMPARE(risk::gradeFor(65), QStringLiteral("D"));
        QCOMPARE(risk::gradeFor(85), QStringLiteral("E"));
        QCOMPARE(risk::gradeFor(86), QStringLiteral("F"));
    }

    void hostPostureUsesTheSameScale()
    {
        const auto r =
            risk::hostRisk(std::vector{finding("DMN-003", Severity::Critical), finding("DMN-008", Severity::Low)});
        QCOMPARE(r.score, 70);
    }
};

QTEST_GUILESS_MAIN(TestRiskScore)
#include "tst_riskscore.moc"
