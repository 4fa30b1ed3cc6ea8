// SPDX-License-Identifier: GPL-3.0-or-later
// The report pipeline on a real scan: the rule fixtures of tests/fixtures/inspect (base.json and every <RULE-ID>.json
// merge patch) become one inventory with a container per fixture, the fixture secrets planted in environments; the
// real parser, rules, scores and hardened commands run; every writer's output is validated and grepped for secrets.
#include "core/model/parse.h"
#include "core/report/report.h"
#include "core/rules/scan.h"

#include "tests/common/testdaemon.h"
#include "tests/core/report/reportfixture.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace bulkhead;
using namespace bulkhead::report;

namespace {

nlohmann::json readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return nullptr;
    }
    return nlohmann::json::parse(f.readAll().toStdString(), nullptr, false);
}

} // namespace

class TestReportScan : public QObject
{
    Q_OBJECT

private:
    model::Inventory m_inventory;
    rules::ScanResult m_scan;
    ReportModel m_model;
    QStringList m_fixtureRules;

    QString artefact(const QString& name, const QByteArray& data)
    {
        QDir().mkpath(test::binaryPath(QStringLiteral("artefacts/report")));
        const QString path = test::binaryPath(QStringLiteral("artefacts/report/") + name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size()) {
            return {};
        }
        return path;
    }

private slots:
    void initTestCase()
    {
        const QDir dir(test::sourcePath(QStringLiteral("tests/fixtures/inspect")));
        const nlohmann::json base = readJson(dir.filePath(QStringLiteral("base.json")));
        QVERIFY(base.is_object());
        model::RawInventory raw;
        raw.endpoint = QString::fromStdString(base.value("endpoint", std::string()));
        raw.collectedAt = QDateTime(QDate(2026, 11, 29), QTime(6, 0), Qt::UTC);
        raw.toolVersion = QStringLiteral("0.1.0");
        raw.local = true;
        raw.version = base["version"];
        raw.info = base["info"];
        raw.networks = base["networks"];
        raw.hostFacts = base["hostFacts"];
        const QStringList secrets = test::fixtureSecretAssignments();
        QSet<QString> imageIds;
        int n = 0;
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            if (name == u"base.json") {
                continue;
            }
            nlohmann::json doc = base;
            doc.merge_patch(readJson(dir.filePath(name)));
            const QString label = name.chopped(5);
            if (!label.startsWith(u"ok-")) {
                m_fixtureRules << label;
            }
            nlohmann::json c = doc["container"];
            const std::string id = QStringLiteral("%1").arg(++n, 64, 10, QLatin1Char('0')).toStdString();
            c["Id"] = id;
            c["Name"] = "/fx-" + label.toLower().toStdString();
            if (n == 1) {
                for (const QString& s : secrets) {
                    c["Config"]["Env"].push_back(s.toStdString());
                }
            }
            model::RawContainer rc;
            rc.id = QString::fromStdString(id);
            rc.inspect = c;
            rc.top = doc["top"];
            rc.inspectStatus = 200;
            raw.containers.push_back(rc);
            const nlohmann::json img = doc["image"];
            if (img.is_object() && img.contains("Id") && img["Id"].is_string()) {
                const QString imgId = QString::fromStdString(img["Id"].get<std::string>());
                if (!imageIds.contains(imgId)) {
                    imageIds.insert(imgId);
                    model::RawImage ri;
                    ri.id = imgId;
                    ri.inspect = img;
                    ri.history = doc["history"];
                    ri.inspectStatus = 200;
                    raw.images.push_back(ri);
                }
            }
        }
        QVERIFY(raw.containers.size() > 20);
        m_inventory = model::parseInventory(raw);
        rules::ScanOptions options;
        options.today = QDate(2026, 11, 29);
        m_scan = rules::scanInventory(m_inventory, options);
        QVERIFY(!m_scan.findings.empty());
        ReportOptions ro;
        ro.generatedAt = QDateTime(QDate(2026, 11, 29), QTime(7, 0), Qt::UTC);
        m_model = buildReport(m_inventory, m_scan, ro);
    }

    void usesTheRealCatalogue()
    {
        QVERIFY(!rules::catalogue().empty());
        for (const ReportFinding* f : m_model.allFindings()) {
            QVERIFY2(m_model.rule(*f).known, qPrintable(f->finding.ruleId));
            QVERIFY(!m_model.rule(*f).title.isEmpty());
        }
        for (const QString& id : m_scan.rulesRun) {
            QVERIFY2(m_model.rule(id) != nullptr, qPrintable(id));
        }
    }

    void everyFindingLandsInTheReport()
    {
        QCOMPARE(m_model.allFindings().size(), m_scan.findings.size());
        QCOMPARE(m_model.containers.size(), m_inventory.containers.size());
        // Most fixtures exist to trigger their rule; the report must show the ones the scan found.
        QSet<QString> reported;
        for (const ReportFinding* f : m_model.allFindings()) {
            reported.insert(f->finding.ruleId);
        }
        for (const model::Finding& f : m_scan.findings) {
            QVERIFY(reported.contains(f.ruleId));
        }
    }

    void jsonAndSarifValidate()
    {
        const QString json = artefact(QStringLiteral("scan.json"), writeJson(m_model));
        QString err = test::validateJsonSchema(test::sourcePath(QStringLiteral("docs/report-schema.json")), json);
        if (err.startsWith(QLatin1String("SKIP:"))) {
            BULKHEAD_SKIP_OUTSIDE_CI(err);
        }
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const QString sarif = artefact(QStringLiteral("scan.sarif"), writeSarif(m_model));
        err = test::validateJsonSchema(
            test::sourcePath(QStringLiteral("tests/core/report/data/sarif-schema-2.1.0.json")), sarif);
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }

    void htmlNamesEveryContainerAndRule()
    {
        const QByteArray html = writeHtml(m_model);
        QVERIFY(!artefact(QStringLiteral("scan.html"), html).isEmpty());
        QSet<QString> anchors;
        for (const ContainerSection& c : m_model.containers) {
            QVERIFY2(html.contains(c.name.toUtf8()), qPrintable(c.name));
            // Ids here share a long prefix of zeros: anchors must still be unique (TOC and PDF page numbers use them).
            QVERIFY2(!anchors.contains(containerAnchor(c)), qPrintable(containerAnchor(c)));
            anchors.insert(containerAnchor(c));
        }
        for (const RuleRef& r : m_model.rules) {
            QVERIFY2(html.contains(r.id.toUtf8()), qPrintable(r.id));
        }
    }

    void noWriterLeaksASecret()
    {
        for (const QByteArray& out : {writeHtml(m_model), writeJson(m_model), writeSarif(m_model)}) {
            QCOMPARE(test::leakedSecrets(out), QStringList());
        }
    }
};

QTEST_GUILESS_MAIN(TestReportScan)
#include "tst_reportscan.moc"
