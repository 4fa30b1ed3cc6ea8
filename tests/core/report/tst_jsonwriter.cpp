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

class TestJsonWriter : public QObject
{
    Q_OBJECT

private:
    QString writeArtefact(const QString& name, const QByteArray& data)
    {
        QDir().mkpath(test::binaryPath(QStringLiteral("artefacts/report")));
        const QString path = test::binaryPath(QStringLiteral("artefacts/report/") + name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size()) {
            return {};
        }
        return path;
    }

    void requireValid(const QString& path)
    {
        const QString err = test::validateJsonSchema(test::sourcePath(QStringLiteral("docs/report-schema.json")), path);
        if (err.startsWith(QLatin1String("SKIP:"))) {
            BULKHEAD_SKIP_OUTSIDE_CI(err);
        }
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }

private slots:
    void validatesAgainstThePublishedSchema()
    {
        const test::ReportFixture fx = test::makeReportFixture();
        const QByteArray json = writeJson(buildReport(fx.inventory, fx.scan, fx.options));
        const QString path = writeArtefact(QStringLiteral("fixture.json"), json);
        QVERIFY(!path.isEmpty());
        requireValid(path);
    }

    void emptyReportValidatesToo()
    {
        const QString path = writeArtefact(QStringLiteral("empty.json"),
                                           writeJson(buildReport(model::Inventory{}, rules::ScanResult{})));
        requireValid(path);
    }

    void schemaRejectsABrokenReport()
    {
        // The validator must be able to fail: a report with a bad severity is refused.
        const test::ReportFixture fx = test::makeReportFixture();
        QByteArray json = writeJson(buildReport(fx.inventory, fx.scan, fx.options));
        json.replace("\"severity\": \"critical\"", "\"severity\": \"catastrophic\"");
        const QString path = writeArtefact(QStringLiteral("broken.json"), json);
        const QString err = test::validateJsonSchema(test::sourcePath(QStringLiteral("docs/report-schema.json")), path);
        if (err.startsWith(QLatin1String("SKIP:"))) {
            BULKHEAD_SKIP_OUTSIDE_CI(err);
        }
        QVERIFY(err.contains(QStringLiteral("catastrophic")));
    }

    void isDeterministicAndOrdered()
    {
        const test::ReportFixture fx = test::makeReportFixture();
        const QByteArray a = writeJson(buildReport(fx.inventory, fx.scan, fx.options));
        const QByteArray b = writeJson(buildReport(fx.inventory, fx.scan, fx.options));
        QCOMPARE(a, b);
        // Top-level keys in the documented order.
        const QList<QByteArray> keys{"\"$schema\"",
                                     "\"schemaVersion\"",
                                     "\"tool\"",
                                     "\"report\"",
                                     "\"host\"",
                                     "\"summary\"",
                                     "\"containers\"",
                                     "\"images\"",
                                     "\"dockerfiles\"",
                                     "\"rules\""};
        qsizetype last = -1;
        for (const QByteArray& k : keys) {
            const qsizetype at = a.indexOf("\n  " + k);
            QVERIFY2(at > last, k.constData());
            last = at;
        }
    }

    void carriesTheModel()
    {
        const test::ReportFixture fx = test::makeReportFixture();
        const QByteArray json = writeJson(buildReport(fx.inventory, fx.scan, fx.options));
        QJsonParseError pe;
        const QJsonObject root = QJsonDocument::fromJson(json, &pe).object();
        QCOMPARE(pe.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QStringLiteral("schemaVersion")).toString(), QString::fromLatin1(kJsonSchemaVersion));
        const QJsonArray containers = root.value(QStringLiteral("containers")).toArray();
        QCOMPARE(containers.size(), 4);
        QStringList names;
        for (const QJsonValue& c : containers) {
            names << c.toObject().value(QStringLiteral("name")).toString();
        }
        QVERIFY(names.contains(test::kInjectedName)); // JSON keeps the name as data; escaping is the reader's job
        QCOMPARE(root.value(QStringLiteral("summary"))
                     .toObject()
                     .value(QStringLiteral("bySeverity"))
                     .toObject()
                     .value(QStringLiteral("critical")),
                 QJsonValue(3));
        QCOMPARE(root.value(QStringLiteral("dockerfiles")).toArray().at(0).toObject().value(QStringLiteral("path")),
                 QJsonValue(QStringLiteral("docker/app/Dockerfile")));
    }

    void neverLeaksFixtureSecrets()
    {
        const test::ReportFixture fx = test::makeReportFixture();
        const QByteArray json = writeJson(buildReport(fx.inventory, fx.scan, fx.options));
        QCOMPARE(test::leakedSecrets(json), QStringList());
        QVERIFY(json.contains("DB_PASSWORD="));
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
