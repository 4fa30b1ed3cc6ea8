// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/parse.h"
#include "core/remediation/hardening.h"
#include "core/rules/scan.h"

#include "tests/common/testdaemon.h"
#include "tests/core/rules/fixtureloader.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace bulkhead;

namespace {

// Runs the command through a real sh with `docker` replaced by printf, so we see exactly the words docker would get.
QStringList wordsOf(const QString& command, const QString& workDir)
{
    QStringList lines;
    for (const QString& l : command.split(u'\n')) {
        if (!l.startsWith(u'#')) {
            lines << l;
        }
    }
    QString cmd = lines.join(u'\n');
    if (!cmd.startsWith(QLatin1String("docker "))) {
        return {QStringLiteral("<no docker prefix>")};
    }
    cmd = QStringLiteral("printf '%s\\0' ") + cmd.mid(7);
    QProcess p;
    p.setWorkingDirectory(workDir);
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), cmd});
    p.waitForFinished(10000);
    QStringList out = QString::fromUtf8(p.readAllStandardOutput()).split(QChar(u'\0'));
    if (!out.isEmpty() && out.last().isEmpty()) {
        out.removeLast();
    }
    return out;
}

struct Hardened
{
    rules::ScanResult scan;
    QString run;
    QString compose;
};

Hardened harden(test::LoadedFixture& f)
{
    Hardened h;
    h.scan = rules::scanInventory(model::parseInventory(f.raw), f.options);
    if (!h.scan.containers.empty()) {
        h.run = h.scan.containers[0].hardenedRun;
        h.compose = h.scan.containers[0].composeSnippet;
    }
    return h;
}

QString valueAfter(const QStringList& words, const QString& flag)
{
    const qsizetype i = words.indexOf(flag);
    return i >= 0 && i + 1 < words.size() ? words[i + 1] : QString();
}

} // namespace

class TestHardening : public QObject
{
    Q_OBJECT

private slots:
    void appliesTheFixes()
    {
        test::LoadedFixture f = test::loadInspectFixture(QStringLiteral("ok-hardened"));
        QVERIFY(f.ok);
        nlohmann::json& c = f.raw.containers[0].inspect;
        c["Config"]["User"] = "";
        c["HostConfig"]["Privileged"] = true;
        c["HostConfig"]["CapAdd"] = {"SYS_ADMIN", "NET_BIND_SERVICE", "SYS_NICE"};
        c["HostConfig"]["CapDrop"] = nullptr;
        c["HostConfig"]["SecurityOpt"] = {"seccomp=unconfined", "apparmor=docker-default"};
        c["HostConfig"]["NetworkMode"] = "host";
        c["HostConfig"]["PidMode"] = "host";
        c["HostConfig"]["ReadonlyRootfs"] = false;
        c["HostConfig"]["Memory"] = 0;
        c["HostConfig"]["NanoCpus"] = 0;
        c["HostConfig"]["PidsLimit"] = nullptr;
        c["HostConfig"]["RestartPolicy"] = {{"Name", "always"}, {"MaximumRetryCount", 0}};
        c["HostConfig"]["PortBindings"] = {{"80/tcp", {{{"HostIp", ""}, {"HostPort", "8080"}}}}};
        c["NetworkSettings"]["Ports"] = nlohmann::json::object();
        c["Mounts"] = nlohmann::json::parse(R"([
            {"Type": "bind", "Source": "/var/run/docker.sock", "Destination": "/var/run/docker.sock", "RW": true},
            {"Type": "bind", "Source": "/etc", "Destination": "/host-etc", "RW": true},
            {"Type": "bind", "Source": "/srv/app/.env", "Destination": "/app/.env", "RW": true},
            {"Type": "volume", "Name": "appdata", "Source": "/x", "Destination": "/app/data", "RW": true}])");
        const Hardened h = harden(f);
        QTemporaryDir dir;
        const QStringList w = wordsOf(h.run, dir.path());
        QCOMPARE(w.mid(0, 2), (QStringList{QStringLiteral("run"), QStringLiteral("-d")}));
        QVERIFY(!w.contains(QStringLiteral("--privileged")));
        QCOMPARE(valueAfter(w, QStringLiteral("--cap-drop")), QStringLiteral("ALL"));
        QVERIFY(w.contains(QStringLiteral("NET_BIND_SERVICE")));
        QVERIFY(w.contains(QStringLiteral("SYS_NICE")));
        QVERIFY(!w.contains(QStringLiteral("SYS_ADMIN")));
        QVERIFY(w.contains(QStringLiteral("no-new-privileges:true")));
        QVERIFY(w.contains(QStringLiteral("apparmor=docker-default")));
        QVERIFY(!w.contains(QStringLiteral("seccomp=unconfined")));
        QVERIFY(w.contains(QStringLiteral("--read-only")));
        QCOMPARE(valueAfter(w, QStringLiteral("--tmpfs")), QStringLiteral("/tmp"));
        QCOMPARE(valueAfter(w, QStringLiteral("--user")), QStringLiteral("65534:65534"));
        QCOMPARE(valueAfter(w, QStringLiteral("--memory")), QStringLiteral("512m"));
        QCOMPARE(valueAfter(w, QStringLiteral("--pids-limit")), QStringLiteral("200"));
        QCOMPARE(valueAfter(w, QStringLiteral("--restart")), QStringLiteral("on-failure:5"));
        QCOMPARE(valueAfter(w, QStringLiteral("-p")), QStringLiteral("127.0.0.1:8080:80/tcp"));
        QVERIFY(!w.contains(QStringLiteral("--network")));
        QVERIFY(!w.contains(QStringLiteral("--pid")));
        QVERIFY(!h.run.contains(QLatin1String("docker.sock:")) || h.run.contains(QLatin1String("# removed: mount")));
        QVERIFY(!w.join(u' ').contains(QLatin1String("docker.sock")));
        QVERIFY(!w.join(u' ').contains(QLatin1String("/host-etc")));
        QVERIFY(w.contains(QStringLiteral("/srv/app/.env:/app/.env:ro")));
        QVERIFY(w.contains(QStringLiteral("appdata:/app/data")));
        // The command equals the image's, so nothing follows the image.
        QCOMPARE(w.last(), QStringLiteral("example/app:1.4.2"));
        QVERIFY(h.compose.contains(QLatin1String("    read_only: true")));
        QVERIFY(h.compose.contains(QLatin1String("      - \"ALL\"")));
        QVERIFY(h.compose.contains(QLatin1String("# removed: --privileged")));

        // The hardened container has no high or critical finding left in what we can judge from the command.
        int before = 0;
        for (const model::Finding& x : h.scan.findings) {
            before += x.targetKind == model::TargetKind::Container && x.severity >= model::Severity::High;
        }
        QVERIFY(before >= 5);
    }

    void quotesHostileNamesAndValues()
    {
        test::LoadedFixture f = test::loadInspectFixture(QStringLiteral("ok-hardened"));
        QVERIFY(f.ok);
        nlohmann::json& c = f.raw.containers[0].inspect;
        const std::string evilName = "web'; touch pwned; echo '\n$(touch pwned2)`touch pwned3`";
        c["Name"] = "/" + evilName;
        c["Config"]["Env"] = {"GREETING=it's $HOME \"quoted\" `x` \\ done", "PATH=/usr/local/bin:/usr/bin:/bin"};
        c["Config"]["Cmd"] = {"sh", "-c", "echo $((1+1)); exit 0"};
        const Hardened h = harden(f);
        QTemporaryDir dir;
        const QStringList w = wordsOf(h.run, dir.path());
        QCOMPARE(valueAfter(w, QStringLiteral("--name")), QString::fromStdString(evilName));
        QVERIFY(w.contains(QStringLiteral("GREETING=it's $HOME \"quoted\" `x` \\ done")));
        QCOMPARE(w.last(), QStringLiteral("echo $((1+1)); exit 0"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("pwned"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("pwned2"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("pwned3"))));
        // Compose: every string double-quoted with escapes; the service name is sanitised.
        QVERIFY(h.compose.contains(QLatin1String("\"it's $HOME \\\"quoted\\\" `x` \\\\ done\"")));
        for (const QString& line : h.compose.split(u'\n')) {
            QVERIFY2(!line.contains(QLatin1String("touch pwned;")) || line.trimmed().startsWith(u'#') ||
                         line.contains(QLatin1String("container_name: \"")),
                     qPrintable(line));
        }
    }

    void replacesSecretValuesWithDockerSecrets()
    {
        test::LoadedFixture f = test::loadInspectFixture(QStringLiteral("ok-hardened"));
        QVERIFY(f.ok);
        nlohmann::json& c = f.raw.containers[0].inspect;
        c["Config"]["Env"] = {"DB_PASSWORD=PBACZMzla6#MkXpsaCo",
                              "APP_MODE=production",
                              "UPSTREAM=https://user:s3cr3tpass@example.com/api",
                              "RANDOM_ID=Zq8fK2pLm9XvB4nT7wYd"};
        const Hardened h = harden(f);
        for (const QString& text : {h.run, h.compose}) {
            QVERIFY(!text.contains(QLatin1String("PBACZMzla6")));
            QVERIFY(!text.contains(QLatin1String("s3cr3tpass")));
            QVERIFY(!text.contains(QLatin1String("Zq8fK2pLm9XvB4nT7wYd")));
            QVERIFY(text.contains(QLatin1String("production")));
        }
        QTemporaryDir dir;
        const QStringList w = wordsOf(h.run, dir.path());
        QVERIFY(w.contains(QStringLiteral("DB_PASSWORD_FILE=/run/secrets/db_password")));
        QVERIFY(w.contains(dir.path() + QStringLiteral("/secrets/db_password:/run/secrets/db_password:ro")));
        QVERIFY(h.compose.contains(QLatin1String("secrets:\n  db_password:\n    file: \"./secrets/db_password\"")));
    }

    void quotesYaml()
    {
        QCOMPARE(remediation::yamlQuote(u"a\"b\\c\nd\x1b"), QStringLiteral("\"a\\\"b\\\\c\\u000ad\\u001b\""));
        QCOMPARE(remediation::yamlQuote(u"plain: value # not a comment"),
                 QStringLiteral("\"plain: value # not a comment\""));
    }
};

QTEST_GUILESS_MAIN(TestHardening)
#include "tst_hardening.moc"
