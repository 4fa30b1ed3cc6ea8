// SPDX-License-Identifier: GPL-3.0-or-later
// Against the private test daemon's fixture image bulkhead/fixture-risky:1 (tests/daemon/testd.sh): the layer scan
// finds the file secret, the deleted-file secret ("deleted but still in the image"), the SSH key and the setuid
// helper; image history and ENV (scanned with scanText as the rules do) give the build ARG and ENV secrets. No value
// from tests/fixtures/secrets/fixture-secrets.env may appear in any output.
#include "core/engine/dockerclient.h"
#include "core/engine/endpoint.h"
#include "core/secrets/daemonscan.h"
#include "core/secrets/detector.h"
#include "tests/common/testdaemon.h"

#include <QFile>
#include <QTest>
#include <QUrl>

#include <nlohmann/json.hpp>

using namespace bulkhead;

namespace {

const QString kImage = QStringLiteral("bulkhead/fixture-risky:1");

QStringList fixtureValues()
{
    QStringList values;
    QFile f(test::sourcePath(QStringLiteral("tests/fixtures/secrets/fixture-secrets.env")));
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : f.readAll().split('\n')) {
            if (!line.isEmpty() && !line.startsWith('#') && line.contains('=')) {
                values << QString::fromUtf8(line.mid(line.indexOf('=') + 1));
            }
        }
    }
    return values;
}

bool hasRule(const model::Findings& findings, const QString& rule, const QString& file = {})
{
    for (const model::Finding& f : findings) {
        if (f.ruleId == rule && (file.isEmpty() || f.location.file == file)) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestDaemonScan : public QObject
{
    Q_OBJECT

private:
    test::TestDaemon m_daemon;

    engine::DockerClient* client()
    {
        static std::unique_ptr<engine::DockerClient> c;
        if (!c) {
            const auto endpoint = engine::parseEndpointUrl(m_daemon.dockerHost());
            if (!endpoint.ok()) {
                return nullptr;
            }
            c = std::make_unique<engine::DockerClient>(endpoint.value());
        }
        return c.get();
    }

    void verifyRedacted(const model::Findings& findings)
    {
        const QStringList values = fixtureValues();
        QVERIFY(values.size() >= 11);
        for (const model::Finding& f : findings) {
            for (const QString& v : values) {
                QVERIFY2(!f.evidence.contains(v) && !f.message.contains(v), qPrintable(f.ruleId));
            }
        }
    }

private slots:
    void initTestCase() { BULKHEAD_REQUIRE_TESTD(m_daemon); }

    void layersHoldTheFileAndDeletedSecrets()
    {
        engine::DockerClient* c = client();
        QVERIFY(c);
        QVERIFY(c->negotiate().ok());
        secrets::LayerCache cache;
        secrets::LayerScanOptions options;
        options.cache = &cache;
        int progress = 0;
        options.progress = [&](const secrets::LayerProgress&) { ++progress; };
        const auto result = secrets::scanImageLayers(*c, kImage, options);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().text()));
        const model::Findings& f = result->findings;
        QVERIFY(progress > 0);
        QVERIFY(hasRule(f, QStringLiteral("SEC-069"), QStringLiteral("/app/config.yml")));        // FILE_SECRET_OPENAI
        QVERIFY(hasRule(f, QStringLiteral("SEC-001"), QStringLiteral("/root/.aws/credentials"))); // DELETED_FILE_SECRET
        QVERIFY(hasRule(f, QStringLiteral("SEC-101"), QStringLiteral("/root/.aws/credentials")));
        QVERIFY(hasRule(f, QStringLiteral("SEC-047"), QStringLiteral("/root/.ssh/id_rsa")) ||
                hasRule(f, QStringLiteral("SEC-044"), QStringLiteral("/root/.ssh/id_rsa")));
        QVERIFY(hasRule(f, QStringLiteral("SEC-100"), QStringLiteral("/root/.ssh/id_rsa")));
        bool suid = false;
        for (const secrets::SetuidFile& s : result->setuidFiles) {
            suid = suid || s.path == QLatin1String("/usr/local/bin/suid-helper");
        }
        QVERIFY(suid);
        QVERIFY(!result->layers.isEmpty());
        QVERIFY(result->layers.first().startsWith(QStringLiteral("sha256:")));
        verifyRedacted(f);

        // Second scan: every layer from the cache.
        const auto again = secrets::scanImageLayers(*c, kImage, options);
        QVERIFY(again.ok());
        QVERIFY(again->layersFromCache > 0);
        QCOMPARE(again->findings.size(), f.size());
    }

    void historyAndEnvHoldTheArgAndEnvSecrets()
    {
        engine::DockerClient* c = client();
        QVERIFY(c);
        const auto history =
            c->get(QStringLiteral("/images/%1/history").arg(QString::fromLatin1(QUrl::toPercentEncoding(kImage))));
        QVERIFY(history.ok() && history->status == 200);
        const auto doc = nlohmann::json::parse(history->body.toStdString(), nullptr, false);
        QVERIFY(doc.is_array());
        model::Findings all;
        int i = 0;
        for (const auto& step : doc) {
            secrets::ScanContext ctx;
            ctx.targetKind = model::TargetKind::Image;
            ctx.location.field = QStringLiteral("History[%1].CreatedBy").arg(i++);
            ctx.countLines = false;
            const std::string createdBy = step.value("CreatedBy", std::string());
            const model::Findings f = secrets::scanText(createdBy, ctx);
            all.insert(all.end(), f.begin(), f.end());
        }
        QVERIFY(hasRule(all, QStringLiteral("SEC-022"))); // BUILD_ARG_TOKEN (glpat-)

        const auto inspect =
            c->get(QStringLiteral("/images/%1/json").arg(QString::fromLatin1(QUrl::toPercentEncoding(kImage))));
        QVERIFY(inspect.ok() && inspect->status == 200);
        const auto img = nlohmann::json::parse(inspect->body.toStdString(), nullptr, false);
        model::Findings env;
        int k = 0;
        for (const auto& e : img["Config"].value("Env", nlohmann::json::array())) {
            secrets::ScanContext ctx;
            ctx.location.field = QStringLiteral("Config.Env[%1]").arg(k++);
            ctx.countLines = false;
            const model::Findings f = secrets::scanAssignment(e.get<std::string>(), ctx);
            env.insert(env.end(), f.begin(), f.end());
        }
        QVERIFY(hasRule(env, QStringLiteral("SEC-001")));
        QVERIFY(hasRule(env, QStringLiteral("SEC-002")));
        QVERIFY(hasRule(env, QStringLiteral("SEC-088")));
        all.insert(all.end(), env.begin(), env.end());
        verifyRedacted(all);
    }

    void containerFilesNeverReadThroughMounts()
    {
        // bh-hostetc-ro mounts the host's /etc at /host-etc and bh-envfile-mount a host .env at /app/.env: the mount
        // points show up in the container's changes, but what lies behind them is the host's, not the container's.
        engine::DockerClient* c = client();
        QVERIFY(c);
        for (const char* name : {"bh-hostetc-ro", "bh-envfile-mount", "bh-hostroot-ro"}) {
            const auto result = secrets::scanContainerFiles(*c, QString::fromLatin1(name), QString::fromLatin1(name));
            QVERIFY2(result.ok(), name);
            QVERIFY2(result->pathsScanned.isEmpty(), qPrintable(result->pathsScanned.join(u' ')));
            QCOMPARE(result->bytesRead, qint64(0));
            QVERIFY2(result->findings.empty(), name);
        }
    }

    void unknownImageIsAnError()
    {
        engine::DockerClient* c = client();
        QVERIFY(c);
        const auto r = secrets::scanImageLayers(*c, QStringLiteral("bulkhead/does-not-exist:0"));
        QVERIFY(!r.ok());
    }
};

QTEST_GUILESS_MAIN(TestDaemonScan)
#include "tst_daemonscan.moc"
