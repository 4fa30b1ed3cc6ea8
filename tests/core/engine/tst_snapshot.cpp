// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/snapshot.h"
#include "core/model/parse.h"
#include "tests/common/inventorydigest.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <sys/stat.h>

#include <csignal>

using namespace bulkhead;
using nlohmann::json;

namespace {

model::RawInventory sample()
{
    model::RawInventory raw;
    raw.endpoint = QStringLiteral("unix:///var/run/docker.sock");
    raw.endpointSource = QStringLiteral("default");
    raw.collectedAt = QDateTime(QDate(2026, 11, 29), QTime(6, 30, 1, 250), Qt::UTC);
    raw.toolVersion = QStringLiteral("0.1.0");
    raw.apiVersion = QStringLiteral("1.41");
    raw.local = true;
    raw.partial = false;
    raw.ping = {{"api-version", "1.41"}, {"ostype", "linux"}};
    raw.version = {{"Version", "20.10.24"}, {"ApiVersion", "1.41"}};
    raw.info = {{"Name", "host1"}, {"SecurityOptions", {"name=seccomp,profile=default"}}};
    raw.networks = json::array({{{"Id", "n1"}, {"Name", "bridge"}}});
    raw.hostFacts = {{"socketPath", "/var/run/docker.sock"}, {"socketMode", 0660}};
    model::RawContainer c;
    c.id = QStringLiteral("c0ffee");
    c.summary = {{"Id", "c0ffee"}, {"Names", {"/web"}}};
    c.inspect = {{"Id", "c0ffee"},
                 {"Config", {{"Env", {"DB_PASSWORD=hunter2-not-real", "ÜNICODE=ä"}}}},
                 {"HostConfig", {{"Privileged", true}, {"CapAdd", nullptr}}}};
    c.top = {{"Titles", {"PID", "CMD"}}, {"Processes", {{"1", "sleep"}}}};
    c.inspectStatus = 200;
    raw.containers.push_back(c);
    model::RawContainer gone;
    gone.id = QStringLiteral("dead01");
    gone.inspectStatus = 404;
    gone.error = QStringLiteral("404: No such container (removed during the scan)");
    raw.containers.push_back(gone);
    model::RawImage image;
    image.id = QStringLiteral("sha256:abc");
    image.summary = {{"Id", "sha256:abc"}, {"RepoTags", {"app:1"}}};
    image.inspect = {{"Id", "sha256:abc"}, {"Size", 12345678901LL}};
    image.history = json::array({{{"CreatedBy", "/bin/sh -c #(nop) ADD file"}, {"Size", 42}}});
    image.inspectStatus = 200;
    raw.images.push_back(image);
    raw.issues.push_back({QStringLiteral("GET /containers/dead01/json"), QStringLiteral("404: gone")});
    return raw;
}

QByteArray envelope(const QByteArray& inside)
{
    return R"({"format":"bulkhead-snapshot","version":1,"meta":{"partial":false},)" + inside + "}";
}

} // namespace

class TestSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsEverything()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.json"));
        const model::RawInventory raw = sample();
        const auto saved = engine::saveSnapshot(raw, path);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().text()));
        const auto loaded = engine::loadSnapshot(path);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().text()));
        const model::RawInventory& r = *loaded;
        QCOMPARE(r.endpoint, raw.endpoint);
        QCOMPARE(r.endpointSource, raw.endpointSource);
        QCOMPARE(r.collectedAt, raw.collectedAt);
        QCOMPARE(r.toolVersion, raw.toolVersion);
        QCOMPARE(r.apiVersion, raw.apiVersion);
        QCOMPARE(r.local, true);
        QCOMPARE(r.partial, false);
        QVERIFY(r.ping == raw.ping);
        QVERIFY(r.version == raw.version);
        QVERIFY(r.info == raw.info);
        QVERIFY(r.networks == raw.networks);
        QVERIFY(r.hostFacts == raw.hostFacts);
        QCOMPARE(r.containers.size(), size_t(2));
        QCOMPARE(r.containers[0].id, QStringLiteral("c0ffee"));
        QVERIFY(r.containers[0].inspect == raw.containers[0].inspect);
        QVERIFY(r.containers[0].summary == raw.containers[0].summary);
        QVERIFY(r.containers[0].top == raw.containers[0].top);
        QCOMPARE(r.containers[0].inspectStatus, 200);
        QCOMPARE(r.containers[1].inspectStatus, 404);
        QCOMPARE(r.containers[1].error, raw.containers[1].error);
        QVERIFY(r.containers[1].inspect.is_null());
        QCOMPARE(r.images.size(), size_t(1));
        QVERIFY(r.images[0].inspect == raw.images[0].inspect);
        QVERIFY(r.images[0].history == raw.images[0].history);
        QCOMPARE(r.issues.size(), size_t(1));
        QCOMPARE(r.issues[0].what, QStringLiteral("404: gone"));

        // The raw secret is kept (this is the one place it lives), and the envelope says what the file is.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.contains("DB_PASSWORD=hunter2-not-real"));
        const json parsed = json::parse(bytes.toStdString());
        QCOMPARE(QString::fromStdString(parsed["format"].get<std::string>()), QStringLiteral("bulkhead-snapshot"));
        QCOMPARE(parsed["version"].get<int>(), 1);
        QCOMPARE(QString::fromStdString(parsed["meta"]["engineVersion"].get<std::string>()),
                 QStringLiteral("20.10.24"));
        QVERIFY(parsed["meta"].contains("collectedOn"));
    }

    void partialFlagSurvives()
    {
        model::RawInventory raw = sample();
        raw.partial = true;
        const auto back = engine::parseSnapshot(engine::serializeSnapshot(raw));
        QVERIFY(back.ok());
        QCOMPARE(back->partial, true);
    }

    void emptyInventoryRoundTrips()
    {
        const auto back = engine::parseSnapshot(engine::serializeSnapshot(model::RawInventory{}));
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().text()));
        QVERIFY(back->containers.empty());
        QVERIFY(back->hostFacts.is_null());
    }

    void fileIsPrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.json"));
        // An existing world-readable file is replaced by a private one.
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        QVERIFY(engine::saveSnapshot(sample(), path).ok());
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
    }

    void failedWriteKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.json"));
        QVERIFY(engine::saveSnapshot(model::RawInventory{}, path).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();

        // A file-size limit makes the write of a bigger snapshot fail half-way, as a full disk would (root ignores
        // permissions, so that cannot be the way to make it fail).
        model::RawInventory big = sample();
        big.info["Padding"] = std::string(size_t(256) * 1024, 'x');
        rlimit saved{};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = saved;
        limited.rlim_cur = 64 * 1024;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limited), 0);
        const auto result = engine::saveSnapshot(big, path);
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &saved), 0);
        std::signal(SIGXFSZ, oldHandler);

        QVERIFY2(!result.ok(), "the write should have failed under the file-size limit");
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QVERIFY(engine::loadSnapshot(path).ok());
        // No temporary file is left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("s.json")});
    }

    void truncatedFileSaysTruncated()
    {
        const QByteArray full = engine::serializeSnapshot(sample());
        for (const qsizetype cut : {full.size() / 2, full.size() - 3, qsizetype(10)}) {
            const auto r = engine::parseSnapshot(full.left(cut));
            QVERIFY(!r.ok());
            QVERIFY2(r.error().text().contains(QLatin1String("truncated")), qPrintable(r.error().text()));
        }
    }

    void corruptFileSaysCorrupt()
    {
        QByteArray bytes = engine::serializeSnapshot(sample());
        const qsizetype middle = bytes.indexOf("\"inspect\"");
        QVERIFY(middle > 0);
        bytes[middle] = '#';
        const auto r = engine::parseSnapshot(bytes);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().text().contains(QLatin1String("corrupt")), qPrintable(r.error().text()));
        QVERIFY2(r.error().text().contains(QString::number(middle + 1)), qPrintable(r.error().text()));
    }

    void envelopeIsStrict_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expect");
        QTest::newRow("empty") << QByteArray("  \n") << QStringLiteral("empty");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a Bulkhead snapshot");
        QTest::newRow("other format") << QByteArray(R"({"format":"docker-save","version":1,"meta":{}})")
                                      << QStringLiteral("not a Bulkhead snapshot");
        QTest::newRow("newer version") << QByteArray(R"({"format":"bulkhead-snapshot","version":2,"meta":{}})")
                                       << QStringLiteral("newer");
        QTest::newRow("version as string")
            << QByteArray(R"({"format":"bulkhead-snapshot","version":"1","meta":{}})") << QStringLiteral("version");
        QTest::newRow("version zero") << QByteArray(R"({"format":"bulkhead-snapshot","version":0,"meta":{}})")
                                      << QStringLiteral("unsupported");
        QTest::newRow("no meta") << QByteArray(R"({"format":"bulkhead-snapshot","version":1})")
                                 << QStringLiteral("meta");
        QTest::newRow("invalid utf-8") << QByteArray("{\"format\":\"bulkhead-\xff\",\"version\":1}")
                                       << QStringLiteral("corrupt");
        QTest::newRow("deep") << envelope(R"("info":)" + QByteArray(100000, '[') + QByteArray(100000, ']'))
                              << QStringLiteral("nested");
    }

    void envelopeIsStrict()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expect);
        const auto r = engine::parseSnapshot(bytes);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().text().contains(expect, Qt::CaseInsensitive), qPrintable(r.error().text()));
    }

    void insideIsTolerant()
    {
        const auto r = engine::parseSnapshot(envelope(
            R"("daemon": {"info": 7}, "containers": [5, {"id": 3}, {"id": "ok1", "inspect": {"Id": "ok1"}, "inspectStatus": "x"}],)"
            R"("images": {"not": "a list"}, "issues": [1, {"where": "w", "what": 2}])"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().text()));
        QCOMPARE(r->containers.size(), size_t(1));
        QCOMPARE(r->containers[0].id, QStringLiteral("ok1"));
        QCOMPARE(r->containers[0].inspectStatus, 0);
        QVERIFY(r->images.empty());
        QVERIFY(r->info == json(7)); // kept as is; the typed parser reports it
        // One kept issue plus: two skipped containers and the images section.
        QCOMPARE(r->issues.size(), size_t(4));
        QCOMPARE(r->issues[0].where, QStringLiteral("w"));
        QVERIFY(r->issues[0].what.isEmpty());
    }

    void missingPartialFlagMeansPartial()
    {
        const auto r = engine::parseSnapshot(R"({"format":"bulkhead-snapshot","version":1,"meta":{}})");
        QVERIFY(r.ok());
        QCOMPARE(r->partial, true);
    }

    void hugeFileIsRefusedBeforeReading()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // Sparse: costs no disk, but its size is over the 2 GiB cap.
        QVERIFY(f.resize(engine::kMaxSnapshotBytes + 1));
        f.close();
        const auto r = engine::loadSnapshot(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().text().contains(QLatin1String("too large")), qPrintable(r.error().text()));

        const QString small = dir.filePath(QStringLiteral("s.json"));
        QVERIFY(engine::saveSnapshot(sample(), small).ok());
        const auto capped = engine::loadSnapshot(small, 100);
        QVERIFY(!capped.ok());
        QVERIFY2(capped.error().text().contains(QLatin1String("too large")), qPrintable(capped.error().text()));
    }

    // loadSnapshotInventory reads without nlohmann trees: whatever the input, it must give what parseSnapshot +
    // parseInventory + releasePayloads give (the same error text and hint, or the same raw meta and typed inventory).
    void readStraightIntoModelMatches_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        // Whether jsondom reads the JSON itself (else the nlohmann path answers, and the comparison is trivial).
        QTest::addColumn<bool>("domParses");
        QTest::newRow("sample") << engine::serializeSnapshot(sample()) << true;
        QTest::newRow("empty inventory") << engine::serializeSnapshot(model::RawInventory{}) << true;
        QFile demo(qEnvironmentVariable("BULKHEAD_SOURCE_DIR", QStringLiteral(".")) +
                   QStringLiteral("/resources/demo/demo-snapshot.json"));
        QVERIFY(demo.open(QIODevice::ReadOnly));
        const QByteArray demoBytes = demo.readAll();
        QTest::newRow("demo") << demoBytes << true;
        QTest::newRow("demo, pretty") << QByteArray::fromStdString(json::parse(demoBytes.toStdString()).dump(2) + "\n")
                                      << true;
        const QByteArray full = engine::serializeSnapshot(sample());
        for (const qsizetype cut : {full.size() / 2, full.size() - 3, qsizetype(10), qsizetype(1)}) {
            QTest::addRow("truncated at %d", int(cut)) << full.left(cut) << false;
        }
        QByteArray corrupt = full;
        corrupt[corrupt.indexOf("\"inspect\"")] = '#';
        QTest::newRow("corrupt") << corrupt << false;
        QTest::newRow("blank") << QByteArray(" \n\t") << false;
        QTest::newRow("array") << QByteArray("[]") << true;
        QTest::newRow("other format") << QByteArray(R"({"format":"docker-save","version":1,"meta":{}})") << true;
        QTest::newRow("newer version") << QByteArray(R"({"format":"bulkhead-snapshot","version":2,"meta":{}})") << true;
        QTest::newRow("version as string")
            << QByteArray(R"({"format":"bulkhead-snapshot","version":"1","meta":{}})") << true;
        QTest::newRow("version float") << QByteArray(R"({"format":"bulkhead-snapshot","version":1.0,"meta":{}})")
                                       << true;
        QTest::newRow("version huge")
            << QByteArray(R"({"format":"bulkhead-snapshot","version":18446744073709551615,"meta":{}})") << true;
        QTest::newRow("version zero") << QByteArray(R"({"format":"bulkhead-snapshot","version":0,"meta":{}})") << true;
        QTest::newRow("no meta") << QByteArray(R"({"format":"bulkhead-snapshot","version":1})") << true;
        QTest::newRow("meta only") << QByteArray(R"({"format":"bulkhead-snapshot","version":1,"meta":{}})") << true;
        QTest::newRow("invalid utf-8") << QByteArray("{\"format\":\"bulkhead-\xff\",\"version\":1}") << false;
        QTest::newRow("overlong utf-8") << envelope("\"x\": \"\xc0\xaf\"") << false;
        QTest::newRow("surrogate in utf-8") << envelope("\"x\": \"\xed\xa0\x80\"") << false;
        QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf") + full << false;
        QTest::newRow("trailing data") << full + "x" << false;
        QTest::newRow("two documents") << full + full << false;
        QTest::newRow("deep") << envelope(R"("info":)" + QByteArray(100000, '[') + QByteArray(100000, ']')) << false;
        QTest::newRow("deep, allowed") << envelope(R"("info":)" + QByteArray(150, '[') + QByteArray(150, ']')) << true;
        QTest::newRow("tolerant inside")
            << envelope(
                   R"("daemon": {"info": 7}, "containers": [5, {"id": 3}, {"id": "ok1", "inspect": {"Id": "ok1"}, "inspectStatus": "x"}],)"
                   R"("images": {"not": "a list"}, "issues": [1, {"where": "w", "what": 2}])")
            << true;
        QTest::newRow("daemon not an object") << envelope(R"("daemon": [1], "containers": null)") << true;
        QTest::newRow("odd statuses")
            << envelope(R"("containers": [{"id": "a", "inspectStatus": -1}, {"id": "b", "inspectStatus": 999},)"
                        R"({"id": "c", "inspectStatus": 1000}, {"id": "d", "inspectStatus": 200.0},)"
                        R"({"id": "e", "inspectStatus": 18446744073709551615}, {"id": "", "inspectStatus": 200}])")
            << true;
        // Duplicate keys (the last wins), keys out of order (objects iterate sorted), escapes, numbers at the edges.
        QTest::newRow("json corners")
            << envelope(
                   R"("meta": {"endpoint": "first", "endpoint": "unix:///x\u00e9\ud83d\ude00\/\n", "partial": false},)"
                   R"("daemon": {"info": {"Name": "h", "NCPU": 4.0, "MemTotal": 1e3, "Name": "h2", "SecurityOptions": ["a", 1]},)"
                   R"("version": {"Version": "\u0000x", "ApiVersion": -0}, "networks": [{"Id": "n", "Options": {"z": "1", "a": 2, "a": "3"}}]},)"
                   R"("hostFacts": {"socketMode": "0660", "daemonJson": {"b": [1, -2, 3.5, 18446744073709551615, -9223372036854775808,)"
                   R"( 123456789012345678901234567890, 1E-5, true, null, {"k": "v", "k": "w"}], "a": "\ud800\udc00"}},)"
                   R"("containers": [{"id": "c1", "id": "c2", "inspect": {"Name": "/web", "Config": {"Env": ["A=1"],)"
                   R"("ExposedPorts": {"9/udp": {}, "10/tcp": {}, "1/tcp": {}, "10/tcp": null}, "Labels": {"b": "1", "a": "2", "b": "3"}},)"
                   R"("HostConfig": {"Memory": 1.5e9, "MemorySwap": -1, "PidsLimit": 9223372036854775807, "CpuShares": 2.5,)"
                   R"("NanoCpus": 1e300, "Tmpfs": {"/z": "", "/a": ""}, "PortBindings": {"80/tcp": [{"HostPort": "8080"}],)"
                   R"("443/tcp": [{"HostIp": "::", "HostPort": "8000-8010"}], "x/tcp": [], "53/udp": null, "22/tcp": 5}},)"
                   R"("NetworkSettings": {"Ports": {"80/tcp": [{"HostIp": "0.0.0.0", "HostPort": "8080"}], "81/tcp": [{"HostPort": "1"}]}},)"
                   R"("Mounts": [{"Type": "bind", "RW": "yes"}, 3]}, "top": {"Titles": ["PID", "CMD"], "Processes": [["1", "a"], [], 2]}}],)"
                   R"("images": [{"id": "i1", "inspect": 5, "summary": {"RepoTags": ["t"]}}, {"id": "i2", "history": [{"Created": 1e20}, 4]}])")
            << true;
        QTest::newRow("float underflow")
            << envelope(R"("x": 1e-400, "containers": [{"id": "u", "inspect": {"HostConfig": {"Memory": 1e-320}}}])")
            << false;
        QTest::newRow("float overflow") << envelope(R"("x": 1e400)") << false;
        QTest::newRow("lone low surrogate") << envelope(R"("x": "\udc00")") << false;
        QTest::newRow("high surrogate alone") << envelope(R"("x": "\ud800x")") << false;
        QTest::newRow("control character") << envelope("\"x\": \"a\tb\"") << false;
        QTest::newRow("bad escape") << envelope(R"("x": "\q")") << false;
        QTest::newRow("leading zero") << envelope(R"("x": 01)") << false;
        QTest::newRow("bare minus") << envelope(R"("x": -)") << false;
        QTest::newRow("trailing comma") << envelope(R"("x": [1,],)") << false;
        QTest::newRow("nul byte") << envelope(QByteArray("\"x\": 1\0", 7)) << false;
    }

    void readStraightIntoModelMatches()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, domParses);
        if (!bytes.trimmed().isEmpty()) {
            model::jsondom::Document dom;
            QCOMPARE(dom.parse(bytes.constData(), bytes.constData() + bytes.size(), 160), domParses);
        }
        auto expected = engine::parseSnapshot(bytes);
        const auto got = engine::parseSnapshotInventory(bytes);
        QCOMPARE(got.ok(), expected.ok());
        if (!expected.ok()) {
            QCOMPARE(got.error().message, expected.error().message);
            QCOMPARE(got.error().hint, expected.error().hint);
            return;
        }
        const model::Inventory inv = model::parseInventory(*expected);
        model::releasePayloads(*expected);
        const QString want = testing::digest(*expected, inv);
        const QString have = testing::digest(got->raw, got->inventory);
        if (have != want) {
            const QStringList a = want.split(u'\n');
            const QStringList b = have.split(u'\n');
            for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
                QCOMPARE(b[i], a[i]);
            }
        }
        QCOMPARE(have, want);
    }

    void loadStraightIntoModelChecksTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.json"));
        QVERIFY(engine::saveSnapshot(sample(), path).ok());
        const auto loaded = engine::loadSnapshotInventory(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->inventory.containers.size(), size_t(2));
        const auto capped = engine::loadSnapshotInventory(path, 100);
        QVERIFY(!capped.ok());
        QVERIFY2(capped.error().text().contains(QLatin1String("too large")), qPrintable(capped.error().text()));
        const auto missing = engine::loadSnapshotInventory(dir.filePath(QStringLiteral("none.json")));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().text().contains(QLatin1String("does not exist")), qPrintable(missing.error().text()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"format\":");
        f.close();
        const auto cut = engine::loadSnapshotInventory(path);
        QVERIFY(!cut.ok());
        QVERIFY2(cut.error().text().startsWith(path + QStringLiteral(": ")), qPrintable(cut.error().text()));
        QVERIFY2(cut.error().text().contains(QLatin1String("truncated")), qPrintable(cut.error().text()));
    }

    void missingFileSaysSo()
    {
        const auto r = engine::loadSnapshot(QStringLiteral("/nonexistent/bulkhead/snap.json"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().text().contains(QLatin1String("does not exist")), qPrintable(r.error().text()));
    }
};

QTEST_GUILESS_MAIN(TestSnapshot)
#include "tst_snapshot.moc"
