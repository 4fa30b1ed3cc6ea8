// SPDX-License-Identifier: GPL-3.0-or-later
// Image and container archives built in the test with libarchive: legacy `docker save` layout, plain, gzip and zstd
// layers, whiteouts and opaque folders, a setuid file, os-release, a binary, a file over the size cap, symlinked
// duplicate layers, the layer cache, cancel, and corrupt input.
#include "core/secrets/detector.h"
#include "core/secrets/layerscan.h"

#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

#include <cstring>
#include <random>

using namespace bulkhead;

namespace {

struct Entry
{
    Entry(std::string path_, std::string data_, int mode_ = 0644, std::string symlink_ = {})
        : path(std::move(path_)), data(std::move(data_)), mode(mode_), symlink(std::move(symlink_))
    {}
    std::string path;
    std::string data;
    int mode;
    std::string symlink;  // when set: a symlink to this target
    std::string hardlink; // when set: a hard link to this earlier entry
    bool directory = false;
};

Entry directory(std::string path)
{
    Entry e(std::move(path), {}, 0755);
    e.directory = true;
    return e;
}

Entry hardLink(std::string path, std::string target, int mode)
{
    Entry e(std::move(path), {}, mode);
    e.hardlink = std::move(target);
    return e;
}

la_ssize_t appendTo(archive*, void* context, const void* data, size_t size)
{
    static_cast<std::string*>(context)->append(static_cast<const char*>(data), size);
    return static_cast<la_ssize_t>(size);
}

enum class Filter
{
    None,
    Gzip,
    Zstd
};

std::string makeTar(const std::vector<Entry>& entries, Filter filter = Filter::None)
{
    std::string out;
    archive* a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    if (filter == Filter::Gzip) {
        archive_write_add_filter_gzip(a);
    } else if (filter == Filter::Zstd) {
        archive_write_add_filter_zstd(a);
    }
    if (filter != Filter::None) {
        archive_write_set_bytes_in_last_block(a, 1); // no zero padding after a compressed stream, like real layers
    }
    archive_write_open(a, &out, nullptr, appendTo, nullptr);
    for (const Entry& e : entries) {
        archive_entry* entry = archive_entry_new();
        archive_entry_set_pathname(entry, e.path.c_str());
        if (e.directory) {
            archive_entry_set_filetype(entry, AE_IFDIR);
            archive_entry_set_perm(entry, static_cast<mode_t>(e.mode));
        } else if (!e.hardlink.empty()) {
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_perm(entry, static_cast<mode_t>(e.mode));
            archive_entry_set_hardlink(entry, e.hardlink.c_str());
            archive_entry_set_size(entry, 0);
        } else if (!e.symlink.empty()) {
            archive_entry_set_filetype(entry, AE_IFLNK);
            archive_entry_set_symlink(entry, e.symlink.c_str());
            archive_entry_set_perm(entry, 0777);
        } else {
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_perm(entry, static_cast<mode_t>(e.mode));
            archive_entry_set_size(entry, static_cast<la_int64_t>(e.data.size()));
        }
        archive_write_header(a, entry);
        if (e.symlink.empty() && e.hardlink.empty() && !e.directory && !e.data.empty()) {
            archive_write_data(a, e.data.data(), e.data.size());
        }
        archive_entry_free(entry);
    }
    archive_write_close(a);
    archive_write_free(a);
    return out;
}

secrets::ReadFunction reader(const std::string& bytes, qsizetype chunk = 7777)
{
    auto offset = std::make_shared<std::size_t>(0);
    return [&bytes, offset, chunk](char* buffer, qsizetype max) -> qsizetype {
        const std::size_t n =
            std::min({static_cast<std::size_t>(max), static_cast<std::size_t>(chunk), bytes.size() - *offset});
        std::memcpy(buffer, bytes.data() + *offset, n);
        *offset += n;
        return static_cast<qsizetype>(n);
    };
}

const char* const kAws = "AKIABODFWLTNX8USHC65";
const char* const kOpenAi = "sk-proj-InXpYsPQQgd_1OWUyTC-BbE88rijjE2FdKmpSx5b-p7CXJ4r";
const char* const kGithub = "ghp_JC6RQuFlBnDomtQhA14VqnPa5lwOo0OpGcSD";
const char* const kPassword = "PBACZMzla6#MkXpsaCo";

std::string pemKey()
{
    std::mt19937 rng(7);
    const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string body;
    for (int line = 0; line < 10; ++line) {
        for (int i = 0; i < 64; ++i) {
            body.push_back(alphabet[rng() % 64]);
        }
        body.push_back('\n');
    }
    return "-----BEGIN RSA PRIVATE KEY-----\n" + body + "-----END RSA PRIVATE KEY-----\n";
}

// A three-layer image in the legacy `docker save` layout, plus a symlinked duplicate of layer 1 as layer 4.
std::string makeImage()
{
    std::string binary("\x7f"
                       "ELF\0\0\0\0",
                       8);
    binary += kGithub; // inside a binary: not scanned
    std::string huge(9 << 20, 'x');
    huge += "\nGITHUB_TOKEN=";
    huge += kGithub;
    const std::string layer1 = makeTar({
        {"etc/os-release", "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\nVERSION_ID=\"12\"\n"},
        {"root/.aws/credentials", std::string("[default]\naws_access_key_id = ") + kAws + "\n"},
        {"app/config.yml", std::string("openai:\n  api_key: ") + kOpenAi + "\n"},
        {"app/data/server.key", pemKey()},
        {"usr/bin/su", binary, 04755},
        {"bin/tool", binary, 0755},
        {"var/log/huge.log", huge},
    });
    const std::string layer2 = makeTar(
        {
            {"root/.aws/.wh.credentials", ""},
            {"app/.env", std::string("DB_PASSWORD=") + kPassword + "\n"},
        },
        Filter::Gzip);
    const std::string layer3 =
        makeTar({{"app/data/.wh..wh..opq", ""}, {"app/data/readme.txt", "nothing here\n"}}, Filter::Zstd);
    const std::string config = R"({"rootfs":{"type":"layers","diff_ids":["sha256:111","sha256:222","sha256:333",)"
                               R"("sha256:111"]}})";
    const std::string manifest = R"([{"Config":"cfg.json","RepoTags":["fixture:1"],"Layers":["l1/layer.tar",)"
                                 R"("l2/layer.tar","l3/layer.tar","l4/layer.tar"]}])";
    return makeTar({
        {"l1/layer.tar", layer1},
        {"l2/layer.tar", layer2},
        {"l3/layer.tar", layer3},
        {"l4/layer.tar", "", 0644, "../l1/layer.tar"},
        {"cfg.json", config},
        {"manifest.json", manifest},
    });
}

// An image of the given layer tars, base first, legacy layout ("lN/layer.tar"), diff ids "sha256:lN".
std::string makeImageOf(const std::vector<std::string>& layers)
{
    std::vector<Entry> files;
    std::string list;
    std::string diffIds;
    for (std::size_t i = 0; i < layers.size(); ++i) {
        const std::string n = "l" + std::to_string(i + 1);
        files.push_back({n + "/layer.tar", layers[i]});
        list += (i ? "," : "") + ("\"" + n + "/layer.tar\"");
        diffIds += (i ? "," : "") + ("\"sha256:" + n + "\"");
    }
    files.push_back({"cfg.json", R"({"rootfs":{"type":"layers","diff_ids":[)" + diffIds + "]}}"});
    files.push_back({"manifest.json", R"([{"Config":"cfg.json","Layers":[)" + list + "]}]"});
    return makeTar(files);
}

// The setuid/setgid files an image's final filesystem holds, as "path@layer" (layer "sha256:lN").
QStringList setuidOf(const secrets::LayerScanResult& r)
{
    QStringList out;
    for (const secrets::SetuidFile& s : r.setuidFiles) {
        out << s.path + u'@' + s.layer;
    }
    return out;
}

const model::Finding* find(const model::Findings& findings, const QString& rule, const QString& file)
{
    for (const model::Finding& f : findings) {
        if (f.ruleId == rule && f.location.file == file) {
            return &f;
        }
    }
    return nullptr;
}

} // namespace

class TestLayerScan : public QObject
{
    Q_OBJECT

private:
    std::string m_image = makeImage();

private slots:
    void scansLayersAndMarksDeletedSecrets()
    {
        secrets::LayerScanOptions options;
        options.maxFileBytes = 1 << 20;
        int progressCalls = 0;
        options.progress = [&](const secrets::LayerProgress&) { ++progressCalls; };
        const auto result = secrets::scanImageArchive(
            reader(m_image), QStringLiteral("sha256:img"), QStringLiteral("fixture:1"), options);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().text()));
        const secrets::LayerScanResult& r = *result;
        QCOMPARE(r.layers,
                 (QStringList{QStringLiteral("sha256:111"),
                              QStringLiteral("sha256:222"),
                              QStringLiteral("sha256:333"),
                              QStringLiteral("sha256:111")}));
        QVERIFY(progressCalls >= 3);

        // Deleted by a whiteout in layer 2: reported as still in the image, with the layer it lives in.
        const model::Finding* aws =
            find(r.findings, QStringLiteral("SEC-001"), QStringLiteral("/root/.aws/credentials"));
        QVERIFY(aws);
        QVERIFY2(aws->message.startsWith(QStringLiteral("deleted in a later layer")), qPrintable(aws->message));
        QCOMPARE(aws->location.layer, QStringLiteral("sha256:111"));
        QCOMPARE(aws->targetName, QStringLiteral("fixture:1"));
        QCOMPARE(aws->targetKind, model::TargetKind::Image);
        QVERIFY(find(r.findings, QStringLiteral("SEC-101"), QStringLiteral("/root/.aws/credentials")));
        // Layer 4 re-adds layer 1 (a symlinked duplicate): there the file is present again.
        int awsCount = 0;
        for (const model::Finding& f : r.findings) {
            awsCount += f.ruleId == QLatin1String("SEC-001") ? 1 : 0;
        }
        QCOMPARE(awsCount, 2);

        // Emptied by an opaque folder in layer 3.
        QVERIFY(find(r.findings, QStringLiteral("SEC-044"), QStringLiteral("/app/data/server.key")));
        QVERIFY(find(r.findings, QStringLiteral("SEC-101"), QStringLiteral("/app/data/server.key")));

        // Present files: content and name rules.
        const model::Finding* openai = find(r.findings, QStringLiteral("SEC-069"), QStringLiteral("/app/config.yml"));
        QVERIFY(openai);
        QVERIFY(!openai->message.startsWith(QStringLiteral("deleted")));
        QCOMPARE(openai->location.line, 2);
        QVERIFY(find(r.findings, QStringLiteral("SEC-091"), QStringLiteral("/app/.env")));
        QVERIFY(find(r.findings, QStringLiteral("SEC-100"), QStringLiteral("/app/.env")));
        QCOMPARE(find(r.findings, QStringLiteral("SEC-091"), QStringLiteral("/app/.env"))->location.layer,
                 QStringLiteral("sha256:222"));

        // Binaries and files over the cap are not content-scanned.
        for (const model::Finding& f : r.findings) {
            QVERIFY2(f.location.file != QLatin1String("/bin/tool") &&
                         f.location.file != QLatin1String("/var/log/huge.log"),
                     qPrintable(f.location.file));
            for (const char* secret : {kAws, kOpenAi, kGithub, kPassword}) {
                QVERIFY(!f.evidence.contains(QLatin1String(secret)) && !f.message.contains(QLatin1String(secret)));
            }
        }

        // Image facts for the rules: setuid files and the OS release.
        QCOMPARE(r.setuidFiles.size(), std::size_t(1));
        QCOMPARE(r.setuidFiles[0].path, QStringLiteral("/usr/bin/su"));
        QCOMPARE(r.setuidFiles[0].mode & 04000, 04000);
        QCOMPARE(r.osRelease.value(QStringLiteral("ID")), QStringLiteral("debian"));
        QCOMPARE(r.osRelease.value(QStringLiteral("VERSION_ID")), QStringLiteral("12"));
    }

    void cacheAnswersUnchangedLayers()
    {
        QTemporaryDir dir;
        secrets::LayerCache cache(dir.path());
        secrets::LayerScanOptions options;
        options.cache = &cache;
        const auto first = secrets::scanImageArchive(reader(m_image), {}, {}, options);
        QVERIFY(first.ok());
        QCOMPARE(first->layersFromCache, 0);
        const auto second = secrets::scanImageArchive(reader(m_image), {}, {}, options);
        QVERIFY(second.ok());
        QCOMPARE(second->layersFromCache, 3);
        QCOMPARE(second->findings.size(), first->findings.size());
        // A new process: the disk cache alone answers, and it holds no secret in the clear.
        secrets::LayerCache fresh(dir.path());
        options.cache = &fresh;
        const auto third = secrets::scanImageArchive(reader(m_image), {}, {}, options);
        QVERIFY(third.ok());
        QCOMPARE(third->layersFromCache, 3);
        QCOMPARE(third->findings.size(), first->findings.size());
        QCOMPARE(third->setuidFiles.size(), std::size_t(1));
        for (const QFileInfo& file : QDir(dir.path()).entryInfoList(QDir::Files)) {
            QFile f(file.filePath());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray data = f.readAll();
            QVERIFY(!data.contains(kAws) && !data.contains(kOpenAi) && !data.contains(kPassword));
            QCOMPARE(file.permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
        }
    }

    // IMG-010 input: the final filesystem's copy of a path is the one from the last layer that has it. A later
    // `chmod u-s` writes a new, non-setuid copy (overlayfs copy-up), so the old setuid copy is unreachable.
    void setuidFollowsTheLastLayerWithThePath()
    {
        const std::string binary("\x7f"
                                 "ELF\0\0\0\0",
                                 8);
        const std::string layer1 = makeTar({
            directory("bin"),
            {"bin/dropped", binary, 04755}, // chmod u-s in layer 2
            {"bin/raised", binary, 0755},   // chmod u+s in layer 2
            {"bin/kept", binary, 04755},    // untouched (layer 2 lists bin/ again: a directory entry hides nothing)
            {"sbin/deleted", binary, 02755},
            {"opt/tool/helper", binary, 04711},
            {"lib/old/setgid", binary, 02755},
            {"usr/bin/passwd", binary, 04755},
            hardLink("usr/bin/passwd-link", "usr/bin/passwd", 0755), // a hard link shares the inode's mode
        });
        const std::string layer2 = makeTar({
            directory("bin"),
            {"bin/dropped", binary, 0755},
            {"bin/raised", binary, 04755},
            {"sbin/.wh.deleted", ""},
        });
        const std::string layer3 = makeTar({
            directory("opt/tool"),
            {"opt/tool/.wh..wh..opq", ""},
            {"opt/tool/readme", "replaced\n"},
            {"lib/old", "", 0777, "/usr/lib"}, // a symlink where the directory was
        });
        const std::string image = makeImageOf({layer1, layer2, layer3});
        const QStringList expected{QStringLiteral("/bin/kept@sha256:l1"),
                                   QStringLiteral("/bin/raised@sha256:l2"),
                                   QStringLiteral("/usr/bin/passwd@sha256:l1"),
                                   QStringLiteral("/usr/bin/passwd-link@sha256:l1")};
        const auto r = secrets::scanImageArchive(reader(image), {}, {});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
        QCOMPARE(setuidOf(*r), expected);
        QCOMPARE(r->setuidFiles[1].mode, 04755);
        QCOMPARE(r->setuidFiles[3].mode, 04755);

        // The same answer from the disk cache alone (the entries survive the round trip) in a new process.
        QTemporaryDir dir;
        secrets::LayerCache cache(dir.path());
        secrets::LayerScanOptions options;
        options.cache = &cache;
        QVERIFY(secrets::scanImageArchive(reader(image), {}, {}, options).ok());
        secrets::LayerCache fresh(dir.path());
        options.cache = &fresh;
        const auto cached = secrets::scanImageArchive(reader(image), {}, {}, options);
        QVERIFY(cached.ok());
        QCOMPARE(cached->layersFromCache, 3);
        QCOMPARE(setuidOf(*cached), expected);

        // Layer order matters: with the chmod layer first, the later layer's setuid copies win.
        const auto reversed = secrets::scanImageArchive(reader(makeImageOf({layer2, layer1})), {}, {});
        QVERIFY(reversed.ok());
        QVERIFY(setuidOf(*reversed).contains(QStringLiteral("/bin/dropped@sha256:l2")));
        QVERIFY(!setuidOf(*reversed).contains(QStringLiteral("/bin/raised@sha256:l1")));
    }

    void pathHashIsStable()
    {
        // Cached on disk: the value must not depend on the process (qHash is seeded).
        QCOMPARE(secrets::layerPathHash(QStringLiteral("/bin/su"), false),
                 Q_UINT64_C(0x5ede4e1124733b4e)); // FNV-1a 64 of the UTF-16LE bytes
        QCOMPARE(secrets::layerPathHash(QStringLiteral("/bin/su"), true),
                 secrets::layerPathHash(QStringLiteral("/bin/su"), false) | 1);
        QVERIFY(secrets::layerPathHash(QStringLiteral("/bin/su"), false) !=
                secrets::layerPathHash(QStringLiteral("/bin/sh"), false));
    }

    void cancelStops()
    {
        std::atomic_bool cancel{true};
        secrets::LayerScanOptions options;
        options.cancel = &cancel;
        const auto r = secrets::scanImageArchive(reader(m_image), {}, {}, options);
        QVERIFY(r.ok());
        QVERIFY(r->cancelled);
    }

    void corruptInputIsAnErrorNotACrash()
    {
        // Truncated at many points, random bytes, an empty stream, a layer that is not a tar.
        for (std::size_t cut : {std::size_t(0),
                                std::size_t(100),
                                std::size_t(511),
                                std::size_t(4000),
                                m_image.size() / 2,
                                m_image.size() * 3 / 4}) {
            const std::string truncated = m_image.substr(0, cut);
            const auto r = secrets::scanImageArchive(reader(truncated), {}, {}, {});
            QVERIFY2(!r.ok(), qPrintable(QString::number(cut)));
        }
        std::mt19937 rng(3);
        std::string noise(1 << 16, '\0');
        for (char& c : noise) {
            c = static_cast<char>(rng());
        }
        QVERIFY(!secrets::scanImageArchive(reader(noise), {}, {}, {}).ok());
        const std::string notTar =
            makeTar({{"l1/layer.tar", std::string(3000, 'z')}, {"manifest.json", R"([{"Layers":["l1/layer.tar"]}])"}});
        QVERIFY(!secrets::scanImageArchive(reader(notTar), {}, {}, {}).ok());
        // A gzip layer cut in the middle.
        std::string noiseText;
        for (int i = 0; i < 200000; ++i) {
            noiseText.push_back(static_cast<char>('a' + rng() % 26));
        }
        std::string gz = makeTar({{"a.txt", noiseText}}, Filter::Gzip);
        gz.resize(gz.size() / 2);
        const std::string badGzip =
            makeTar({{"l1/layer.tar", gz}, {"manifest.json", R"([{"Layers":["l1/layer.tar"]}])"}});
        QVERIFY(!secrets::scanImageArchive(reader(badGzip), {}, {}, {}).ok());
        // Read errors from the source.
        const secrets::ReadFunction failing = [](char*, qsizetype) -> qsizetype { return -1; };
        QVERIFY(!secrets::scanImageArchive(failing, {}, {}, {}).ok());
    }

    void containerArchiveWithPrefixAndCap()
    {
        const std::string tar = makeTar({{"credentials", std::string("aws_access_key_id = ") + kAws + "\n"}});
        const auto facts = secrets::scanTarStream(reader(tar), QStringLiteral("/root/.aws"), QString());
        QVERIFY(facts.ok());
        QVERIFY(find(facts->findings, QStringLiteral("SEC-001"), QStringLiteral("/root/.aws/credentials")));
        QVERIFY(find(facts->findings, QStringLiteral("SEC-100"), QStringLiteral("/root/.aws/credentials")));
        secrets::LayerScanOptions capped;
        capped.maxTotalBytes = 1000;
        const std::string big = makeTar({{"big.txt", std::string(100000, 'q')}});
        QVERIFY(!secrets::scanTarStream(reader(big), QStringLiteral("/"), QString(), capped).ok());
    }

    void osReleaseParsing()
    {
        const auto m =
            secrets::parseOsRelease("# c\nID=alpine\nVERSION_ID='3.19.1'\nBROKEN\n=x\nNAME=\"Alpine Linux\"\n");
        QCOMPARE(m.value(QStringLiteral("ID")), QStringLiteral("alpine"));
        QCOMPARE(m.value(QStringLiteral("VERSION_ID")), QStringLiteral("3.19.1"));
        QCOMPARE(m.value(QStringLiteral("NAME")), QStringLiteral("Alpine Linux"));
        QCOMPARE(m.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestLayerScan)
#include "tst_layerscan.moc"
