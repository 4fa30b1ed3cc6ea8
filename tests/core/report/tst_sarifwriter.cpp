// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/report.h"

#include "tests/common/testdaemon.h"
#include "tests/core/report/reportfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace bulkhead;
using namespace bulkhead::report;

class TestSarifWriter : public QObject
{
    Q_OBJECT

private:
    QByteArray m_sarif;
    QString m_path;

private slots:
    void initTestCase()
    {
        const test::ReportFixture fx = test::makeReportFixture();
        m_sarif = writeSarif(buildReport(fx.inventory, fx.scan, fx.options));
        QDir().mkpath(test::binaryPath(QStringLiteral("artefacts/report")));
        m_path = test::binaryPath(QStringLiteral("artefacts/report/fixture.sarif"));
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(m_sarif), m_sarif.size());
    }

    void validatesAgainstTheSarifSchema()
    {
        const QString err = test::validateJsonSchema(
            test::sourcePath(QStringLiteral("tests/core/report/data/sarif-schema-2.1.0.json")), m_path);
        if (err.startsWith(QLatin1String("SKIP:"))) {
            BULKHEAD_SKIP_OUTSIDE_CI(err);
        }
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }

    void meetsGitHubCodeScanningRequirements()
    {
        const QJsonObject root = QJsonDocument::fromJson(m_sarif).object();
        QCOMPARE(root.value(QStringLiteral("version")).toString(), QStringLiteral("2.1.0"));
        const QJsonObject run = root.value(QStringLiteral("runs")).toArray().at(0).toObject();
        const QJsonObject driver =
            run.value(QStringLiteral("tool")).toObject().value(QStringLiteral("driver")).toObject();
        QCOMPARE(driver.value(QStringLiteral("name")).toString(), QStringLiteral("Bulkhead"));
        QVERIFY(driver.value(QStringLiteral("informationUri")).toString().startsWith(QLatin1String("https://")));
        const QJsonArray rules = driver.value(QStringLiteral("rules")).toArray();
        QVERIFY(!rules.isEmpty());
        for (const QJsonValue& v : rules) {
            const QJsonObject r = v.toObject();
            QVERIFY(!r.value(QStringLiteral("shortDescription"))
                         .toObject()
                         .value(QStringLiteral("text"))
                         .toString()
                         .isEmpty());
            QVERIFY(!r.value(QStringLiteral("help")).toObject().value(QStringLiteral("text")).toString().isEmpty());
            // GitHub reads security-severity as a string holding a number in 0.0-10.0.
            const QJsonValue sev =
                r.value(QStringLiteral("properties")).toObject().value(QStringLiteral("security-severity"));
            QVERIFY(sev.isString());
            bool ok = false;
            const double score = sev.toString().toDouble(&ok);
            QVERIFY(ok && score >= 0 && score <= 10);
        }
        const QJsonArray results = run.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 10);
        bool sawDockerfileLine = false;
        bool sawLogical = false;
        for (const QJsonValue& v : results) {
            const QJsonObject r = v.toObject();
            const int index = r.value(QStringLiteral("ruleIndex")).toInt(-1);
            QVERIFY(index >= 0 && index < rules.size());
            QCOMPARE(rules.at(index).toObject().value(QStringLiteral("id")), r.value(QStringLiteral("ruleId")));
            QVERIFY(!r.value(QStringLiteral("message")).toObject().value(QStringLiteral("text")).toString().isEmpty());
            QVERIFY(r.value(QStringLiteral("partialFingerprints")).toObject().contains(QStringLiteral("bulkhead/v1")));
            const QJsonObject loc = r.value(QStringLiteral("locations")).toArray().at(0).toObject();
            const QJsonObject phys = loc.value(QStringLiteral("physicalLocation")).toObject();
            QVERIFY(!phys.value(QStringLiteral("artifactLocation"))
                         .toObject()
                         .value(QStringLiteral("uri"))
                         .toString()
                         .isEmpty());
            QVERIFY(phys.value(QStringLiteral("region")).toObject().value(QStringLiteral("startLine")).toInt() >= 1);
            if (r.value(QStringLiteral("ruleId")).toString() == u"DKF-002") {
                QCOMPARE(
                    phys.value(QStringLiteral("artifactLocation")).toObject().value(QStringLiteral("uri")).toString(),
                    QStringLiteral("docker/app/Dockerfile"));
                QCOMPARE(phys.value(QStringLiteral("region")).toObject().value(QStringLiteral("startLine")).toInt(),
                         14);
                sawDockerfileLine = true;
            }
            if (loc.contains(QStringLiteral("logicalLocations"))) {
                sawLogical = true;
            }
        }
        QVERIFY(sawDockerfileLine);
        QVERIFY(sawLogical);
    }

    void marksSuppressedAndAcceptedFindings()
    {
        const QJsonObject run =
            QJsonDocument::fromJson(m_sarif).object().value(QStringLiteral("runs")).toArray().at(0).toObject();
        int suppressed = 0;
        for (const QJsonValue& v : run.value(QStringLiteral("results")).toArray()) {
            if (v.toObject().contains(QStringLiteral("suppressions"))) {
                ++suppressed;
            }
        }
        QCOMPARE(suppressed, 1);
    }

    void escapesHostileNamesInUris()
    {
        // A name with spaces and angle brackets must still make a valid URI reference.
        QVERIFY(m_sarif.contains("container/%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E"));
    }

    void neverLeaksFixtureSecrets() { QCOMPARE(test::leakedSecrets(m_sarif), QStringList()); }
};

QTEST_GUILESS_MAIN(TestSarifWriter)
#include "tst_sarifwriter.moc"
