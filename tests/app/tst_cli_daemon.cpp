// SPDX-License-Identifier: GPL-3.0-or-later
// `bulkhead-cli inventory` and `snapshot` against the private test daemon: the containers are exactly those
// `docker ps -aq` lists, a snapshot read back gives the same inventory, and no planted secret reaches any output.
#include "tests/common/clirun.h"
#include "tests/common/testdaemon.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <sys/stat.h>

using namespace bulkhead;
using nlohmann::json;

namespace {

using Run = test::CliRun;
using test::runCli;

// The fake secrets planted in the fixtures (KEY=VALUE lines).
QList<QByteArray> plantedSecrets()
{
    QList<QByteArray> values;
    QFile f(test::sourcePath(QStringLiteral("tests/fixtures/secrets/fixture-secrets.env")));
    if (!f.open(QIODevice::ReadOnly)) {
        return values;
    }
    for (const QByteArray& line : f.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (!line.startsWith('#') && eq > 0 && line.size() - eq - 1 >= 8) {
            values << line.mid(eq + 1).trimmed();
        }
    }
    return values;
}

QSet<QString> containerIds(const json& doc)
{
    QSet<QString> ids;
    for (const json& c : doc.at("containers")) {
        ids.insert(QString::fromStdString(c.value("id", std::string())));
    }
    return ids;
}

} // namespace

class TestCliDaemon : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { BULKHEAD_REQUIRE_TESTD(m_daemon); }

    void inventoryListsExactlyDockerPsAndLeaksNoSecret()
    {
        const QList<QByteArray> secrets = plantedSecrets();
        QVERIFY2(secrets.size() >= 3, "the planted secrets file should be readable");

        const Run jsonRun = runCli({QStringLiteral("inventory"),
                                    QStringLiteral("--host"),
                                    m_daemon.dockerHost(),
                                    QStringLiteral("--format"),
                                    QStringLiteral("json")});
        QVERIFY2(jsonRun.exitCode == 0, jsonRun.err.constData());
        const json doc = json::parse(jsonRun.out.toStdString(), nullptr, false);
        QVERIFY(doc.is_object());
        bool ok = false;
        QSet<QString> ps;
        for (const QString& id :
             m_daemon.docker({QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--no-trunc")}, &ok)
                 .split(u'\n', Qt::SkipEmptyParts)) {
            ps.insert(id.trimmed());
        }
        QVERIFY(ok);
        QCOMPARE(containerIds(doc), ps);

        const Run table = runCli({QStringLiteral("inventory"), QStringLiteral("--host"), m_daemon.dockerHost()});
        QVERIFY2(table.exitCode == 0, table.err.constData());
        for (const QByteArray& secret : secrets) {
            QVERIFY2(!jsonRun.out.contains(secret) && !jsonRun.err.contains(secret),
                     qPrintable(QStringLiteral("a planted secret reached the JSON output: %1…")
                                    .arg(QString::fromUtf8(secret.left(4)))));
            QVERIFY2(
                !table.out.contains(secret) && !table.err.contains(secret),
                qPrintable(
                    QStringLiteral("a planted secret reached the table: %1…").arg(QString::fromUtf8(secret.left(4)))));
        }
        QVERIFY(!table.out.contains('\x1b'));
    }

    void snapshotReadsBackTheSame()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("host.snapshot.json"));
        const Run saved = runCli(
            {QStringLiteral("snapshot"), QStringLiteral("-o"), path, QStringLiteral("--host"), m_daemon.dockerHost()});
        QVERIFY2(saved.exitCode == 0, saved.err.constData());
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);

        const Run offline = runCli({QStringLiteral("inventory"),
                                    QStringLiteral("--snapshot"),
                                    path,
                                    QStringLiteral("--format"),
                                    QStringLiteral("json")});
        QVERIFY2(offline.exitCode == 0, offline.err.constData());
        const Run live = runCli({QStringLiteral("inventory"),
                                 QStringLiteral("--host"),
                                 m_daemon.dockerHost(),
                                 QStringLiteral("--format"),
                                 QStringLiteral("json")});
        QVERIFY2(live.exitCode == 0, live.err.constData());
        const json a = json::parse(offline.out.toStdString(), nullptr, false);
        const json b = json::parse(live.out.toStdString(), nullptr, false);
        QVERIFY(a.is_object() && b.is_object());
        QCOMPARE(containerIds(a), containerIds(b));
        QVERIFY(a.at("images") == b.at("images"));
        QVERIFY(a.at("daemon").at("engineVersion") == b.at("daemon").at("engineVersion"));
        QCOMPARE(a.at("source").value("snapshot", false), true);
        // Security-relevant fields do not change between the snapshot and the live read.
        for (const json& c : a.at("containers")) {
            for (const json& d : b.at("containers")) {
                if (c.at("id") == d.at("id")) {
                    for (const char* field : {"privileged", "user", "capAdd", "capDrop", "mounts", "ports", "env"}) {
                        QVERIFY2(c.at(field) == d.at(field), field);
                    }
                }
            }
        }
    }

private:
    test::TestDaemon m_daemon;
};

QTEST_GUILESS_MAIN(TestCliDaemon)
#include "tst_cli_daemon.moc"
