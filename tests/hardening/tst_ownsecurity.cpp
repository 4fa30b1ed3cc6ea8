// SPDX-License-Identifier: GPL-3.0-or-later
// Bulkhead's own security, end to end through bulkhead-cli:
// - no fixture secret (tests/fixtures/secrets/fixture-secrets.env) appears unredacted in any output, error or written
//   file of any command run against the test daemon, whose containers and images carry every one of them;
// - snapshots and reports are created 0600;
// - plain TCP to a host that is not loopback is refused without --allow-plain-tcp (no byte sent), and with it the
//   scan raises the plain-TCP finding.
#include "tests/common/hostileserver.h"
#include "tests/common/testdaemon.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace bulkhead;

namespace {

struct CliRun
{
    bool finished = false;
    bool crashed = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun run(const QString& program, const QStringList& args, const QString& home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    CliRun r;
    r.finished = p.waitForFinished(180000);
    if (!r.finished) {
        p.kill();
        p.waitForFinished();
    }
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

CliRun cli(const QStringList& args, const QString& home)
{
    return run(test::binaryPath(QStringLiteral("app/bulkhead-cli")), args, home);
}

QMap<QString, QByteArray> fixtureSecrets()
{
    QMap<QString, QByteArray> secrets;
    QFile f(test::sourcePath(QStringLiteral("tests/fixtures/secrets/fixture-secrets.env")));
    if (!f.open(QIODevice::ReadOnly))
        return secrets;
    for (const QByteArray& raw : f.readAll().split('\n')) {
        const QByteArray line = raw.trimmed();
        const qsizetype eq = line.indexOf('=');
        if (line.isEmpty() || line.startsWith('#') || eq <= 0)
            continue;
        secrets.insert(QString::fromLatin1(line.left(eq)), line.mid(eq + 1));
    }
    return secrets;
}

// The first IPv4 address of this machine that is not loopback, or a null address.
QHostAddress nonLoopbackAddress()
{
    const auto addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress& a : addresses) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback() && !a.isLinkLocal())
            return a;
    }
    return {};
}

} // namespace

class tst_OwnSecurity : public QObject
{
    Q_OBJECT

private:
    test::TestDaemon m_daemon;
    QTemporaryDir m_dir;
    QMap<QString, QByteArray> m_secrets;

    // Fails the test with the secret's name and where it leaked.
    void expectNoSecret(const QByteArray& text, const QString& where)
    {
        for (auto it = m_secrets.cbegin(); it != m_secrets.cend(); ++it) {
            if (text.contains(it.value()))
                QFAIL(qPrintable(QStringLiteral("%1 leaks %2").arg(where, it.key())));
        }
    }

    void expectPrivateFile(const QString& path)
    {
        const QFileInfo info(path);
        QVERIFY2(info.exists(), qPrintable(path));
        const auto perms = info.permissions();
        const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
                            QFile::WriteOther | QFile::ExeOther;
        QVERIFY2(!(perms & others), qPrintable(QStringLiteral("%1 is readable by others").arg(path)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo::exists(test::binaryPath(QStringLiteral("app/bulkhead-cli"))), "build bulkhead-cli first");
        m_secrets = fixtureSecrets();
        QVERIFY2(m_secrets.size() >= 10, "fixture-secrets.env not found or empty");
    }

    void noSecretInAnyOutput()
    {
        BULKHEAD_REQUIRE_TESTD(m_daemon);
        const QString home = m_dir.filePath(QStringLiteral("home"));
        QDir().mkpath(home);
        const QString host = m_daemon.dockerHost();
        const QString out = m_dir.filePath(QStringLiteral("out"));
        QDir().mkpath(out);

        // The raw snapshot holds the daemon's payloads, secrets included: that proves the daemon carries them (so
        // the checks below can fail), and it must be private.
        const QString snapshot = out + QStringLiteral("/host.json");
        const CliRun snap =
            cli({QStringLiteral("snapshot"), QStringLiteral("-o"), snapshot, QStringLiteral("-H"), host}, home);
        QVERIFY2(snap.finished && !snap.crashed && snap.exitCode == 0, snap.err.constData());
        expectPrivateFile(snapshot);
        QFile sf(snapshot);
        QVERIFY(sf.open(QIODevice::ReadOnly));
        const QByteArray raw = sf.readAll();
        int carried = 0;
        for (const QByteArray& v : std::as_const(m_secrets))
            carried += raw.contains(v) ? 1 : 0;
        QVERIFY2(carried >= 3, "the test daemon's payloads should carry fixture secrets");
        expectNoSecret(snap.out + snap.err, QStringLiteral("snapshot's terminal output"));

        // A folder holding every fixture secret in the formats the detector knows.
        const QString secretsDir = m_dir.filePath(QStringLiteral("files"));
        QDir().mkpath(secretsDir);
        QVERIFY(QFile::copy(test::sourcePath(QStringLiteral("tests/fixtures/secrets/fixture-secrets.env")),
                            secretsDir + QStringLiteral("/.env")));

        struct Command
        {
            QString name;
            QStringList args;
            QString file; // written by the command, checked too
        };
        const QStringList daemon{QStringLiteral("-H"), host};
        const QStringList fromSnapshot{QStringLiteral("--snapshot"), snapshot};
        QList<Command> commands;
        for (const QString& fmt : {QStringLiteral("table"), QStringLiteral("json")}) {
            commands << Command{QStringLiteral("inventory ") + fmt,
                                QStringList{QStringLiteral("inventory"), QStringLiteral("--format"), fmt} + daemon,
                                {}};
            commands << Command{QStringLiteral("inventory --snapshot ") + fmt,
                                QStringList{QStringLiteral("inventory"), QStringLiteral("--format"), fmt} +
                                    fromSnapshot,
                                {}};
        }
        for (const QString& fmt : {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("sarif")}) {
            commands << Command{
                QStringLiteral("scan ") + fmt,
                QStringList{QStringLiteral("scan"), QStringLiteral("--format"), fmt, QStringLiteral("--remediation")} +
                    daemon,
                {}};
            commands << Command{QStringLiteral("scan --snapshot ") + fmt,
                                QStringList{QStringLiteral("scan"), QStringLiteral("--format"), fmt} + fromSnapshot,
                                {}};
        }
        for (const QString& fmt :
             {QStringLiteral("html"), QStringLiteral("json"), QStringLiteral("sarif"), QStringLiteral("pdf")}) {
            const QString file = out + QStringLiteral("/report.") + fmt;
            commands << Command{QStringLiteral("report ") + fmt,
                                QStringList{QStringLiteral("report"),
                                            QStringLiteral("--format"),
                                            fmt,
                                            QStringLiteral("-o"),
                                            file,
                                            QStringLiteral("--dockerfile"),
                                            test::sourcePath(QStringLiteral("tests/daemon/fixtures/risky"))} +
                                    daemon,
                                file};
            const QString file2 = out + QStringLiteral("/report-snapshot.") + fmt;
            commands << Command{
                QStringLiteral("report --snapshot ") + fmt,
                QStringList{QStringLiteral("report"), QStringLiteral("--format"), fmt, QStringLiteral("-o"), file2} +
                    fromSnapshot,
                file2};
        }
        for (const QString& fmt : {QStringLiteral("table"), QStringLiteral("json")}) {
            commands << Command{QStringLiteral("secrets ") + fmt,
                                QStringList{QStringLiteral("secrets"),
                                            secretsDir,
                                            QStringLiteral("--format"),
                                            fmt,
                                            QStringLiteral("--image"),
                                            QStringLiteral("bulkhead/fixture-risky:1"),
                                            QStringLiteral("--container"),
                                            QStringLiteral("bh-risky-image")} +
                                    daemon,
                                {}};
        }
        for (const QString& fmt : {QStringLiteral("tty"), QStringLiteral("json"), QStringLiteral("sarif")}) {
            commands << Command{
                QStringLiteral("lint ") + fmt,
                QStringList{QStringLiteral("lint"),
                            QStringLiteral("--format"),
                            fmt,
                            test::sourcePath(QStringLiteral("tests/daemon/fixtures/risky/Dockerfile")),
                            test::sourcePath(QStringLiteral("tests/daemon/fixtures/multistage/Dockerfile"))},
                {}};
        }

        int findingsSeen = 0;
        for (const Command& c : std::as_const(commands)) {
            const CliRun r = cli(c.args, home);
            QVERIFY2(r.finished && !r.crashed, qPrintable(c.name + QStringLiteral(": ") + QString::fromUtf8(r.err)));
            QVERIFY2(r.exitCode == 0 || r.exitCode == 1,
                     qPrintable(
                         QStringLiteral("%1: exit %2: %3").arg(c.name).arg(r.exitCode).arg(QString::fromUtf8(r.err))));
            expectNoSecret(r.out, c.name + QStringLiteral(" (stdout)"));
            expectNoSecret(r.err, c.name + QStringLiteral(" (stderr)"));
            findingsSeen += r.exitCode == 1 ? 1 : 0;
            if (c.file.isEmpty())
                continue;
            expectPrivateFile(c.file);
            QFile f(c.file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            expectNoSecret(f.readAll(), c.name + QStringLiteral(" (file)"));
            if (c.file.endsWith(QLatin1String(".pdf"))) {
                // The PDF's text streams are compressed: read what a person would read.
                const CliRun text = run(QStringLiteral("pdftotext"), {c.file, QStringLiteral("-")}, home);
                QVERIFY2(text.finished && text.exitCode == 0, text.err.constData());
                QVERIFY2(text.out.size() > 1000, "pdftotext found no text");
                expectNoSecret(text.out, c.name + QStringLiteral(" (pdf text)"));
            }
        }
        // The commands found things (exit 1 at the default threshold), so the outputs did carry findings about
        // the secrets, only redacted.
        QVERIFY(findingsSeen >= 5);
    }

    // No shell with daemon data: the only place in the product that starts a process is the ssh transport, and it
    // passes an argument list to QProcess::start (execve), never a command line. (The arguments themselves are
    // validated: tst_endpoint::sshArgumentsAreAListWithoutAShell.)
    void onlyTheSshTransportStartsAProcess()
    {
        static const QRegularExpression spawn(QStringLiteral(
            R"(\bQProcess\b|(?:^|[^\w.>:]|(?<!\w)::|\bstd::)(system|popen|fork|vfork|posix_spawnp?|execv[pe]?|execl[pe]?|startDetached|startCommand)\s*\()"));
        static const QRegularExpression lineComment(QStringLiteral(R"(//.*$)"));
        QStringList hits;
        for (const QString& area : {QStringLiteral("core"), QStringLiteral("app"), QStringLiteral("ui")}) {
            QDirIterator it(test::sourcePath(area),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                            QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                int number = 0;
                for (const QByteArray& raw : f.readAll().split('\n')) {
                    ++number;
                    QString line = QString::fromUtf8(raw);
                    line.remove(lineComment);
                    if (line.contains(spawn))
                        hits << QStringLiteral("%1:%2")
                                    .arg(QDir(test::sourcePath({})).relativeFilePath(path))
                                    .arg(number);
                }
            }
        }
        QVERIFY2(!hits.isEmpty(), "the scan found not even the ssh transport: is BULKHEAD_SOURCE_DIR right?");
        for (const QString& hit : std::as_const(hits))
            QVERIFY2(hit.startsWith(QLatin1String("core/engine/transport.cpp:")), qPrintable(hit));
        QFile transport(test::sourcePath(QStringLiteral("core/engine/transport.cpp")));
        QVERIFY(transport.open(QIODevice::ReadOnly));
        const QByteArray code = transport.readAll();
        QVERIFY(code.contains("m_process->start(m_program, m_arguments"));
        QVERIFY(!code.contains("\"-c\""));
    }

    void plainTcpToAnotherHostNeedsTheFlagAndIsAFinding()
    {
        const QHostAddress address = nonLoopbackAddress();
        if (address.isNull())
            QSKIP("this machine has no non-loopback IPv4 address");
        test::HostileServer server;
        QVERIFY(server.start(address));
        const QString home = m_dir.filePath(QStringLiteral("home-tcp"));
        QDir().mkpath(home);

        const CliRun refused = cli({QStringLiteral("scan"), QStringLiteral("-H"), server.url()}, home);
        QVERIFY2(refused.finished && !refused.crashed, refused.err.constData());
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("--allow-plain-tcp"), refused.err.constData());
        QVERIFY2(server.requestLines().isEmpty(), "no request may be sent before the user allows plain TCP");

        const CliRun allowed = cli({QStringLiteral("scan"),
                                    QStringLiteral("-H"),
                                    server.url(),
                                    QStringLiteral("--allow-plain-tcp"),
                                    QStringLiteral("--format"),
                                    QStringLiteral("json")},
                                   home);
        QVERIFY2(allowed.finished && !allowed.crashed, allowed.err.constData());
        QVERIFY2(allowed.exitCode == 0 || allowed.exitCode == 1, allowed.err.constData());
        QVERIFY(!server.requestLines().isEmpty());
        const QJsonArray findings =
            QJsonDocument::fromJson(allowed.out).object().value(QStringLiteral("findings")).toArray();
        bool plain = false;
        for (const QJsonValue& f : findings) {
            const QJsonObject o = f.toObject();
            if (o.value(QStringLiteral("ruleId")).toString() == QLatin1String("DMN-003") &&
                o.value(QStringLiteral("message")).toString().contains(QLatin1String("plain TCP")))
                plain = true;
        }
        QVERIFY2(plain, allowed.out.left(2000).constData());
    }
};

QTEST_GUILESS_MAIN(tst_OwnSecurity)
#include "tst_ownsecurity.moc"
