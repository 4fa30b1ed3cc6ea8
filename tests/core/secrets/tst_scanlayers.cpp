// SPDX-License-Identifier: GPL-3.0-or-later
// `bulkhead-cli scan --layers` against the private test daemon, run as a program: the fixture image's secrets (ENV,
// build ARG, a file, a file deleted in a later layer) and its setuid helper, plus a secret file the test writes into a
// running container of its own (docker exec: the test plants it, the tool only reads), all reach the scan's JSON and
// SARIF outputs; the second run answers layers from the digest-keyed cache; no planted value appears anywhere.
#include "tests/common/testdaemon.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace bulkhead;
using nlohmann::json;

namespace {

const QString kPlanted = QStringLiteral("bh-test-planted-secret");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QList<QByteArray> plantedValues()
{
    QList<QByteArray> values;
    QFile f(test::sourcePath(QStringLiteral("tests/fixtures/secrets/fixture-secrets.env")));
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : f.readAll().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (!line.startsWith('#') && eq > 0 && line.size() - eq - 1 >= 8) {
                values << line.mid(eq + 1).trimmed();
            }
        }
    }
    return values;
}

QByteArray planted(const QByteArray& key)
{
    QFile f(test::sourcePath(QStringLiteral("tests/fixtures/secrets/fixture-secrets.env")));
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : f.readAll().split('\n')) {
            if (line.startsWith(key + '=')) {
                return line.mid(key.size() + 1).trimmed();
            }
        }
    }
    return {};
}

bool has(const json& findings,
         const char* rule,
         const QString& target,
         const char* file = nullptr,
         const char* field = nullptr,
         const char* messagePart = nullptr)
{
    for (const json& f : findings) {
        if (f.value("ruleId", std::string()) != rule ||
            QString::fromStdString(f.value("targetName", std::string())) != target) {
            continue;
        }
        if (file && (!f["file"].is_string() || f["file"].get<std::string>() != file)) {
            continue;
        }
        if (field && f.value("field", std::string()).rfind(field, 0) != 0) {
            continue;
        }
        if (messagePart && f.value("message", std::string()).find(messagePart) == std::string::npos) {
            continue;
        }
        return true;
    }
    return false;
}

} // namespace

class TestScanLayers : public QObject
{
    Q_OBJECT

private:
    test::TestDaemon m_daemon;
    QTemporaryDir m_cache;

    Run cli(const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKER_HOST"), m_daemon.dockerHost());
        env.remove(QStringLiteral("DOCKER_CONTEXT"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_cache.path()); // a layer cache of this test's own
        p.setProcessEnvironment(env);
        p.start(test::binaryPath(QStringLiteral("app/bulkhead-cli")), args);
        Run run;
        if (!p.waitForFinished(280000)) {
            p.kill();
            p.waitForFinished();
            return run;
        }
        run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        run.out = p.readAllStandardOutput();
        run.err = p.readAllStandardError();
        return run;
    }

    void verifyNoPlantedValue(const Run& r)
    {
        for (const QByteArray& v : plantedValues()) {
            QVERIFY2(!r.out.contains(v), v.left(6).constData());
            QVERIFY2(!r.err.contains(v), v.left(6).constData());
        }
    }

private slots:
    void initTestCase()
    {
        BULKHEAD_REQUIRE_TESTD(m_daemon);
        QVERIFY(m_cache.isValid());
        bool ok = false;
        m_daemon.docker({QStringLiteral("rm"), QStringLiteral("-f"), kPlanted}, &ok); // a leftover of a killed run
        m_daemon.docker({QStringLiteral("run"),
                         QStringLiteral("-d"),
                         QStringLiteral("--name"),
                         kPlanted,
                         m_daemon.value(QStringLiteral("BASE_IMAGE")),
                         QStringLiteral("sleep"),
                         QStringLiteral("600")},
                        &ok);
        QVERIFY2(ok, "cannot start the container to plant a secret in");
        // The harness writes the file; Bulkhead only ever sends GET.
        const QString script = QStringLiteral("mkdir -p /srv/app && printf 'GITHUB_TOKEN=%1\\n' > /srv/app/.env")
                                   .arg(QString::fromLatin1(planted("GITHUB_TOKEN")));
        m_daemon.docker({QStringLiteral("exec"), kPlanted, QStringLiteral("sh"), QStringLiteral("-c"), script}, &ok);
        QVERIFY2(ok, "docker exec could not plant the secret file");
    }

    void cleanupTestCase()
    {
        if (m_daemon.load()) {
            m_daemon.docker({QStringLiteral("rm"), QStringLiteral("-f"), kPlanted});
        }
    }

    void scanLayersFindsImageAndContainerSecrets()
    {
        const Run r = cli(
            {QStringLiteral("scan"), QStringLiteral("--layers"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        verifyNoPlantedValue(r);
        QVERIFY2(r.err.contains("layer"), r.err.constData()); // progress on stderr
        const json doc = json::parse(r.out.toStdString(), nullptr, false);
        QVERIFY(doc.is_object());
        const json& f = doc.at("findings");
        const QString risky = QStringLiteral("bulkhead/fixture-risky:1");

        // The fixture image: ENV, build ARG, a file, a file deleted in a later layer, the SSH key, the setuid helper.
        QVERIFY(has(f, "SEC-001", risky, nullptr, "Config.Env"));
        QVERIFY(has(f, "SEC-022", risky, nullptr, "History"));
        QVERIFY(has(f, "SEC-069", risky, "/app/config.yml"));
        QVERIFY(has(f, "SEC-101", risky, "/root/.aws/credentials"));
        QVERIFY(has(f, "SEC-001", risky, "/root/.aws/credentials", nullptr, "deleted in a later layer"));
        QVERIFY(has(f, "SEC-100", risky, "/root/.ssh/id_rsa"));
        QVERIFY(has(f, "IMG-010", risky, nullptr, nullptr, "/usr/local/bin/suid-helper"));
        // IMG-010 follows the final filesystem: in the setuid fixture a later step ran `chmod u-s` on was-suid, so
        // its setuid copy in the lower layer is unreachable; still-suid kept the bit.
        const QString setuid = QStringLiteral("bulkhead/fixture-setuid:1");
        QVERIFY(has(f, "IMG-010", setuid, nullptr, nullptr, "/usr/local/bin/still-suid"));
        QVERIFY(!has(f, "IMG-010", setuid, nullptr, nullptr, "/usr/local/bin/was-suid"));
        // Layer findings say which layer.
        bool layered = false;
        for (const json& x : f) {
            layered = layered || (x.value("ruleId", std::string()) == "SEC-101" && x["layer"].is_string() &&
                                  x["layer"].get<std::string>().rfind("sha256:", 0) == 0);
        }
        QVERIFY(layered);

        // The file planted in the running container, found through its changes.
        QVERIFY(has(f, "SEC-100", kPlanted, "/srv/app/.env"));
        bool content = false;
        for (const json& x : f) {
            content = content || (QString::fromStdString(x.value("targetName", std::string())) == kPlanted &&
                                  x.value("file", json()).is_string() && x["file"] == "/srv/app/.env" &&
                                  x.value("ruleId", std::string()).rfind("SEC-0", 0) == 0 &&
                                  x.value("targetKind", std::string()) == "container");
        }
        QVERIFY(content);

        // The host .env bind mount (CTR-022 with Docker secrets as the remedy).
        QVERIFY(has(f, "CTR-022", QStringLiteral("bh-envfile-mount")));

        // Mount points are not the container's changes: host /etc and host / are never read through them.
        for (const json& c : doc.at("contents").at("containers")) {
            const std::string name = c.value("name", std::string());
            if (name == "bh-hostetc-ro" || name == "bh-hostroot-ro" || name == "bh-envfile-mount") {
                QVERIFY2(c.value("pathsScanned", -1) == 0 && c.value("bytesRead", -1) == 0, name.c_str());
                QVERIFY2(c.at("problems").empty(), name.c_str());
            }
        }

        // Contents: OS release and layers of the fixture image.
        bool os = false;
        for (const json& img : doc.at("contents").at("images")) {
            if (img.value("name", std::string()) == risky.toStdString()) {
                os = img.at("osRelease").value("ID", std::string()).size() > 0 && img.at("layers").size() >= 5;
            }
        }
        QVERIFY(os);
    }

    void secondRunUsesTheCacheAndSarifCarriesLayerFindings()
    {
        const Run r = cli(
            {QStringLiteral("scan"), QStringLiteral("--layers"), QStringLiteral("--format"), QStringLiteral("sarif")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        verifyNoPlantedValue(r);
        // Every layer of the fixture image comes from the cache this time.
        static const QRegularExpression kLine(
            QStringLiteral(R"(fixture-risky:1: (\d+) layer\(s\) \((\d+) from cache)"));
        const QRegularExpressionMatch m = kLine.match(QString::fromUtf8(r.err));
        QVERIFY2(m.hasMatch(), r.err.constData());
        QVERIFY(m.captured(1).toInt() >= 5);
        QCOMPARE(m.captured(2), m.captured(1));
        const json sarif = json::parse(r.out.toStdString(), nullptr, false);
        QVERIFY(sarif.is_object());
        bool deleted = false;
        bool planted = false;
        for (const json& res : sarif.at("runs").at(0).at("results")) {
            const std::string rule = res.value("ruleId", std::string());
            const json props = res.value("properties", json::object());
            deleted = deleted || (rule == "SEC-101" && props.contains("layer"));
            planted =
                planted || (rule == "SEC-100" && props.value("targetName", std::string()) == kPlanted.toStdString());
        }
        QVERIFY(deleted);
        QVERIFY(planted);
    }

    void reportLayersCarriesTheLayerFindings()
    {
        // `report --layers` reads the same contents as `scan --layers`; the HTML a reviewer hands over shows the file
        // and deleted-layer findings, never the values.
        QTemporaryDir out;
        QVERIFY(out.isValid());
        const QString html = out.filePath(QStringLiteral("layers.html"));
        const Run r = cli({QStringLiteral("report"),
                           QStringLiteral("--layers"),
                           QStringLiteral("--format"),
                           QStringLiteral("html"),
                           QStringLiteral("-o"),
                           html});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        verifyNoPlantedValue(r);
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray page = f.readAll();
        for (const QByteArray& v : plantedValues()) {
            QVERIFY2(!page.contains(v), v.left(6).constData());
        }
        for (const char* expected : {"/srv/app/.env", "/root/.aws/credentials", "/root/.ssh/id_rsa", "IMG-010"}) {
            QVERIFY2(page.contains(expected), expected);
        }
        QVERIFY(page.contains(kPlanted.toUtf8()));
    }

    void layersNeedADaemon()
    {
        const Run r = cli({QStringLiteral("scan"),
                           QStringLiteral("--layers"),
                           QStringLiteral("--snapshot"),
                           QStringLiteral("/nonexistent.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--layers"));
    }
};

QTEST_GUILESS_MAIN(TestScanLayers)
#include "tst_scanlayers.moc"
