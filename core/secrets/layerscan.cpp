// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/layerscan.h"

#include "core/secrets/detector.h"
#include "core/secrets/filescan.h"
#include "core/util/atomicfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QtEndian>

#include <archive.h>
#include <archive_entry.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>

namespace bulkhead::secrets {

namespace {

using nlohmann::json;

constexpr qsizetype kChunk = 256 * 1024;
constexpr int kCacheVersion = 2; // bump when detectors or facts change, so old cache entries are not reused

QString tr(const char* s)
{
    return QCoreApplication::translate("Rules", s);
}

bool cancelled(const LayerScanOptions& o)
{
    return o.cancel && o.cancel->load(std::memory_order_relaxed);
}

// "./etc/passwd", "/etc/passwd", "etc/passwd" -> "/etc/passwd"
QString normalizePath(const char* raw, const QString& prefix)
{
    QString p = QString::fromUtf8(raw ? raw : "");
    while (p.startsWith(QLatin1String("./"))) {
        p.remove(0, 2);
    }
    while (p.startsWith(u'/')) {
        p.remove(0, 1);
    }
    while (p.endsWith(u'/')) {
        p.chop(1);
    }
    QString base = prefix;
    if (!base.endsWith(u'/')) {
        base += u'/';
    }
    return p.isEmpty() ? (prefix.isEmpty() ? QStringLiteral("/") : prefix) : base + p;
}

QString parentOf(const QString& path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

// Reads the rest of the current entry into `out`, up to `cap` bytes. Returns false on a read error.
bool readEntry(archive* a, std::string& out, qint64 cap, qint64 already)
{
    char buffer[65536];
    for (;;) {
        const la_ssize_t n = archive_read_data(a, buffer, sizeof buffer);
        if (n < 0) {
            return false;
        }
        if (n == 0) {
            return true;
        }
        if (already + static_cast<qint64>(out.size()) + n <= cap) {
            out.append(buffer, static_cast<std::size_t>(n));
        }
    }
}

struct InnerSource
{
    archive* outer = nullptr;
    std::string prefix; // bytes already taken from the outer entry to sniff its type
    bool prefixDone = false;
    std::vector<char> buffer = std::vector<char>(kChunk);
    const LayerScanOptions* options = nullptr;
};

la_ssize_t innerRead(archive* a, void* context, const void** out)
{
    auto* s = static_cast<InnerSource*>(context);
    if (cancelled(*s->options)) {
        archive_set_error(a, ECANCELED, "cancelled");
        return -1;
    }
    if (!s->prefixDone) {
        s->prefixDone = true;
        if (!s->prefix.empty()) {
            *out = s->prefix.data();
            return static_cast<la_ssize_t>(s->prefix.size());
        }
    }
    const la_ssize_t n = archive_read_data(s->outer, s->buffer.data(), s->buffer.size());
    if (n < 0) {
        archive_set_error(a, EIO, "%s", archive_error_string(s->outer) ? archive_error_string(s->outer) : "read error");
        return -1;
    }
    *out = s->buffer.data();
    return n;
}

struct FunctionSource
{
    const ReadFunction* read = nullptr;
    std::vector<char> buffer = std::vector<char>(kChunk);
    const LayerScanOptions* options = nullptr;
    qint64 total = 0;
    qint64 lastReport = 0;
    LayerProgress* progress = nullptr;
    bool overCap = false;
};

la_ssize_t functionRead(archive* a, void* context, const void** out)
{
    auto* s = static_cast<FunctionSource*>(context);
    if (cancelled(*s->options)) {
        archive_set_error(a, ECANCELED, "cancelled");
        return -1;
    }
    const qsizetype n = (*s->read)(s->buffer.data(), static_cast<qsizetype>(s->buffer.size()));
    if (n < 0) {
        archive_set_error(a, EIO, "the byte stream failed");
        return -1;
    }
    s->total += n;
    if (s->options->maxTotalBytes > 0 && s->total > s->options->maxTotalBytes) {
        s->overCap = true;
        archive_set_error(a, EFBIG, "size cap reached");
        return -1;
    }
    if (s->progress && s->options->progress && s->total - s->lastReport >= (16 << 20)) {
        s->lastReport = s->total;
        s->progress->bytes = s->total;
        s->options->progress(*s->progress);
    }
    *out = s->buffer.data();
    return n;
}

archive* newReader()
{
    archive* a = archive_read_new();
    archive_read_support_filter_all(a); // gzip, zstd, xz, bzip2 layers
    archive_read_support_format_tar(a);
    archive_read_support_format_empty(a);
    return a;
}

// Walks the entries of one (layer) tar: whiteouts, setuid bits, os-release, credential names, text content.
bool scanEntries(archive* in,
                 const QString& prefix,
                 const QString& label,
                 const LayerScanOptions& options,
                 LayerFacts& facts,
                 QString* error)
{
    archive_entry* entry = nullptr;
    std::string content;
    for (;;) {
        if (cancelled(options)) {
            *error = tr(QT_TRANSLATE_NOOP("Rules", "cancelled"));
            return false;
        }
        const int r = archive_read_next_header(in, &entry);
        if (r == ARCHIVE_EOF) {
            std::sort(facts.entries.begin(), facts.entries.end());
            facts.entries.erase(std::unique(facts.entries.begin(), facts.entries.end()), facts.entries.end());
            facts.entries.shrink_to_fit();
            return true;
        }
        if (r == ARCHIVE_FATAL || r == ARCHIVE_RETRY) {
            const char* why = archive_error_string(in);
            *error = QString::fromUtf8(why ? why : "corrupt archive");
            return false;
        }
        const QString path = normalizePath(archive_entry_pathname(entry), prefix);
        const qsizetype slash = path.lastIndexOf(u'/');
        const QStringView name = QStringView(path).mid(slash + 1);
        if (name.startsWith(QLatin1String(".wh."))) {
            if (name == QLatin1String(".wh..wh..opq")) {
                facts.opaqueDirs.insert(parentOf(path));
            } else {
                const QString dir = parentOf(path);
                facts.whiteouts.insert((dir == QLatin1String("/") ? QString() : dir) + u'/' + name.mid(4).toString());
            }
            continue;
        }
        const auto type = archive_entry_filetype(entry);
        facts.entries.push_back(layerPathHash(path, type == AE_IFDIR));
        if (const char* link = archive_entry_hardlink(entry)) {
            // A hard link to a setuid file is a setuid file under another name. The target is an earlier entry of
            // the same tar; its mode is the inode's (the link's header may carry it too, but need not).
            const QString target = normalizePath(link, prefix);
            int mode = 0;
            for (const SetuidFile& s : facts.setuidFiles) {
                if (s.path == target) {
                    mode = s.mode;
                }
            }
            const int perm = static_cast<int>(archive_entry_perm(entry));
            if (mode == 0 && (type == AE_IFREG || type == 0) && (perm & 06000)) {
                mode = perm;
            }
            if (mode != 0) {
                facts.setuidFiles.push_back({path, label, mode});
            }
            continue;
        }
        if (type != AE_IFREG) {
            continue;
        }
        const int mode = static_cast<int>(archive_entry_perm(entry));
        if (mode & 06000) {
            facts.setuidFiles.push_back({path, label, mode});
        }
        const qint64 size = archive_entry_size(entry);
        const bool osRelease = path == QLatin1String("/etc/os-release") || path == QLatin1String("/usr/lib/os-release");
        const QString kind = sensitiveFileKind(path);
        model::Location location;
        location.file = path;
        location.layer = label;
        if (size > options.maxFileBytes) {
            if (!kind.isEmpty()) {
                model::Findings f = scanFileContent(path, {}, model::TargetKind::Image, location);
                facts.findings.insert(facts.findings.end(), f.begin(), f.end());
            }
            continue; // the next header skips the data
        }
        // Sniff the first block: binaries are skipped without copying the rest.
        content.clear();
        char head[8192];
        la_ssize_t got = 0;
        while (got < static_cast<la_ssize_t>(sizeof head)) {
            const la_ssize_t n = archive_read_data(in, head + got, sizeof head - static_cast<std::size_t>(got));
            if (n < 0) {
                *error = QString::fromUtf8(archive_error_string(in) ? archive_error_string(in) : "read error");
                return false;
            }
            if (n == 0) {
                break;
            }
            got += n;
        }
        const std::string_view headView(head, static_cast<std::size_t>(got));
        if (looksBinary(headView)) {
            if (!kind.isEmpty()) {
                model::Findings f = scanFileContent(path, {}, model::TargetKind::Image, location);
                facts.findings.insert(facts.findings.end(), f.begin(), f.end());
            }
            continue;
        }
        content.assign(headView);
        if (!readEntry(in, content, options.maxFileBytes, 0)) {
            *error = QString::fromUtf8(archive_error_string(in) ? archive_error_string(in) : "read error");
            return false;
        }
        if (osRelease && (facts.osRelease.isEmpty() || path.startsWith(QLatin1String("/etc/")))) {
            facts.osRelease = QByteArray::fromStdString(content.substr(0, 65536));
        }
        ++facts.filesScanned;
        facts.bytesScanned += static_cast<qint64>(content.size());
        model::Findings f = scanFileContent(path, content, model::TargetKind::Image, location);
        facts.findings.insert(
            facts.findings.end(), std::make_move_iterator(f.begin()), std::make_move_iterator(f.end()));
    }
}

// ---- cache serialisation (redacted findings and facts only) -----------------------------------------------

json factsToJson(const LayerFacts& facts)
{
    json findings = json::array();
    for (const model::Finding& f : facts.findings) {
        findings.push_back({{"ruleId", f.ruleId.toStdString()},
                            {"severity", static_cast<int>(f.severity)},
                            {"message", f.message.toStdString()},
                            {"evidence", f.evidence.toStdString()},
                            {"file", f.location.file.toStdString()},
                            {"line", f.location.line},
                            {"column", f.location.column},
                            {"confidence", f.confidence}});
    }
    json setuid = json::array();
    for (const SetuidFile& s : facts.setuidFiles) {
        setuid.push_back({{"path", s.path.toStdString()}, {"mode", s.mode}});
    }
    json whiteouts = json::array();
    for (const QString& w : facts.whiteouts) {
        whiteouts.push_back(w.toStdString());
    }
    json opaque = json::array();
    for (const QString& o : facts.opaqueDirs) {
        opaque.push_back(o.toStdString());
    }
    // Packed little-endian 64-bit hashes, base64: about 11 bytes an entry instead of 20 as decimal numbers.
    QByteArray packed(static_cast<qsizetype>(facts.entries.size() * 8), Qt::Uninitialized);
    for (std::size_t i = 0; i < facts.entries.size(); ++i) {
        qToLittleEndian(facts.entries[i], packed.data() + i * 8);
    }
    return {{"version", kCacheVersion},
            {"findings", findings},
            {"setuid", setuid},
            {"entries", packed.toBase64().toStdString()},
            {"whiteouts", whiteouts},
            {"opaque", opaque},
            {"osRelease", facts.osRelease.toStdString()},
            {"files", facts.filesScanned},
            {"bytes", facts.bytesScanned}};
}

bool factsFromJson(const json& j, LayerFacts* facts)
{
    if (!j.is_object() || j.value("version", 0) != kCacheVersion) {
        return false;
    }
    auto str = [](const json& o, const char* k) {
        const auto it = o.find(k);
        return it != o.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
    };
    auto num = [](const json& o, const char* k) {
        const auto it = o.find(k);
        return it != o.end() && it->is_number() ? it->get<double>() : 0.0;
    };
    LayerFacts out;
    for (const json& f : j.value("findings", json::array())) {
        if (!f.is_object()) {
            return false;
        }
        model::Finding finding;
        finding.ruleId = str(f, "ruleId");
        finding.severity = static_cast<model::Severity>(std::clamp(static_cast<int>(num(f, "severity")), 0, 4));
        finding.category = model::Category::Secrets;
        finding.targetKind = model::TargetKind::Image;
        finding.message = str(f, "message");
        finding.evidence = str(f, "evidence");
        finding.location.file = str(f, "file");
        finding.location.line = static_cast<int>(num(f, "line"));
        finding.location.column = static_cast<int>(num(f, "column"));
        finding.confidence = num(f, "confidence");
        out.findings.push_back(std::move(finding));
    }
    for (const json& s : j.value("setuid", json::array())) {
        if (s.is_object()) {
            out.setuidFiles.push_back({str(s, "path"), QString(), static_cast<int>(num(s, "mode"))});
        }
    }
    const auto entries = j.find("entries");
    if (entries == j.end() || !entries->is_string()) {
        return false;
    }
    const QByteArray packed = QByteArray::fromBase64(QByteArray::fromStdString(entries->get<std::string>()));
    if (packed.size() % 8 != 0) {
        return false;
    }
    out.entries.resize(static_cast<std::size_t>(packed.size() / 8));
    for (std::size_t i = 0; i < out.entries.size(); ++i) {
        out.entries[i] = qFromLittleEndian<quint64>(packed.constData() + i * 8);
    }
    if (!std::is_sorted(out.entries.begin(), out.entries.end())) {
        return false;
    }
    for (const json& w : j.value("whiteouts", json::array())) {
        if (w.is_string()) {
            out.whiteouts.insert(QString::fromStdString(w.get<std::string>()));
        }
    }
    for (const json& o : j.value("opaque", json::array())) {
        if (o.is_string()) {
            out.opaqueDirs.insert(QString::fromStdString(o.get<std::string>()));
        }
    }
    out.osRelease = QByteArray::fromStdString(j.value("osRelease", std::string()));
    out.filesScanned = static_cast<qint64>(num(j, "files"));
    out.bytesScanned = static_cast<qint64>(num(j, "bytes"));
    *facts = std::move(out);
    return true;
}

QString cacheFileName(const QString& key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex()) +
           QStringLiteral(".json");
}

bool deletedBy(const QString& path, const LayerFacts& later)
{
    for (QString p = path; !p.isEmpty() && p != QLatin1String("/"); p = parentOf(p)) {
        if (later.whiteouts.contains(p)) {
            return true;
        }
        if (p != path && later.opaqueDirs.contains(p)) {
            return true;
        }
    }
    return false;
}

// A later layer's entry at the same path replaces the file (whatever it is now); a non-directory entry at a parent
// (a symlink or file where a directory was) hides it.
bool replacedBy(const QString& path, const LayerFacts& later)
{
    const auto has = [&](quint64 h) { return std::binary_search(later.entries.begin(), later.entries.end(), h); };
    if (has(layerPathHash(path, false)) || has(layerPathHash(path, true))) {
        return true;
    }
    for (QString p = parentOf(path); !p.isEmpty() && p != QLatin1String("/"); p = parentOf(p)) {
        if (has(layerPathHash(p, false))) {
            return true;
        }
    }
    return false;
}

} // namespace

quint64 layerPathHash(const QString& path, bool directory)
{
    // FNV-1a over the UTF-16 code units: stable across runs and builds (the facts are cached on disk).
    quint64 h = 14695981039346656037ull;
    for (const QChar c : path) {
        const char16_t u = c.unicode();
        h = (h ^ (u & 0xff)) * 1099511628211ull;
        h = (h ^ (u >> 8)) * 1099511628211ull;
    }
    return (h & ~quint64(1)) | (directory ? 1 : 0);
}

// ---- LayerCache ---------------------------------------------------------------------------------------------

LayerCache::LayerCache(QString diskFolder) : m_folder(std::move(diskFolder)) {}

QString LayerCache::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/layers");
}

bool LayerCache::lookup(const QString& key, LayerFacts* facts)
{
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_memory.constFind(key);
        if (it != m_memory.constEnd()) {
            *facts = *it;
            ++m_hits;
            return true;
        }
    }
    if (m_folder.isEmpty()) {
        return false;
    }
    QFile file(m_folder + u'/' + cacheFileName(key));
    if (!file.open(QIODevice::ReadOnly) || file.size() > (64 << 20)) {
        return false;
    }
    const QByteArray data = file.readAll();
    const json j = json::parse(data.constData(), data.constData() + data.size(), nullptr, false);
    if (j.is_discarded() || !factsFromJson(j, facts)) {
        return false;
    }
    QMutexLocker lock(&m_mutex);
    m_memory.insert(key, *facts);
    ++m_hits;
    return true;
}

void LayerCache::store(const QString& key, const LayerFacts& facts)
{
    {
        QMutexLocker lock(&m_mutex);
        m_memory.insert(key, facts);
    }
    if (m_folder.isEmpty()) {
        return;
    }
    QDir().mkpath(m_folder);
    QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const std::string data = factsToJson(facts).dump(-1, ' ', false, json::error_handler_t::replace);
    (void)util::writeFileAtomically(m_folder + u'/' + cacheFileName(key), QByteArray::fromStdString(data), true);
}

// ---- public scans -------------------------------------------------------------------------------------------

QMap<QString, QString> parseOsRelease(const QByteArray& text)
{
    QMap<QString, QString> out;
    for (const QByteArray& rawLine : text.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        const qsizetype eq = line.indexOf('=');
        if (line.isEmpty() || line.startsWith('#') || eq <= 0) {
            continue;
        }
        QString value = QString::fromUtf8(line.mid(eq + 1)).trimmed();
        if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') && value.back() == value.front()) {
            value = value.mid(1, value.size() - 2);
        }
        out.insert(QString::fromUtf8(line.left(eq)), value);
    }
    return out;
}

util::Result<LayerFacts> scanTarStream(const ReadFunction& read,
                                       const QString& pathPrefix,
                                       const QString& layerLabel,
                                       const LayerScanOptions& options)
{
    FunctionSource source;
    source.read = &read;
    source.options = &options;
    archive* a = newReader();
    LayerFacts facts;
    QString error;
    bool ok = archive_read_open(a, &source, nullptr, functionRead, nullptr) == ARCHIVE_OK;
    if (!ok) {
        error = QString::fromUtf8(archive_error_string(a) ? archive_error_string(a) : "cannot open the archive");
    } else {
        ok = scanEntries(a, pathPrefix, layerLabel, options, facts, &error);
    }
    archive_read_free(a);
    if (!ok) {
        if (source.overCap) {
            return util::Error(tr(QT_TRANSLATE_NOOP("Rules", "archive larger than the %1 MiB cap; not scanned further"))
                                   .arg(options.maxTotalBytes >> 20));
        }
        return util::Error(tr(QT_TRANSLATE_NOOP("Rules", "cannot read the tar stream: %1")).arg(error));
    }
    return facts;
}

util::Result<LayerScanResult> scanImageArchive(const ReadFunction& read,
                                               const QString& imageId,
                                               const QString& imageName,
                                               const LayerScanOptions& options)
{
    LayerScanResult result;
    LayerProgress progress;
    FunctionSource source;
    source.read = &read;
    source.options = &options;
    source.progress = &progress;

    QHash<QString, LayerFacts> layers; // by entry path
    QHash<QString, QString> aliases;   // symlinked layer.tar -> target entry path
    QStringList encounterOrder;
    QHash<QString, std::string> jsonFiles; // manifest.json, configs
    QString error;

    archive* a = newReader();
    if (archive_read_open(a, &source, nullptr, functionRead, nullptr) != ARCHIVE_OK) {
        error = QString::fromUtf8(archive_error_string(a) ? archive_error_string(a) : "cannot open");
    }
    archive_entry* entry = nullptr;
    while (error.isEmpty()) {
        const int r = archive_read_next_header(a, &entry);
        if (r == ARCHIVE_EOF) {
            break;
        }
        if (r == ARCHIVE_FATAL || r == ARCHIVE_RETRY) {
            error = QString::fromUtf8(archive_error_string(a) ? archive_error_string(a) : "corrupt archive");
            break;
        }
        QString name = QString::fromUtf8(archive_entry_pathname(entry));
        while (name.startsWith(QLatin1String("./"))) {
            name.remove(0, 2);
        }
        const bool layerLike = name.endsWith(QLatin1String("/layer.tar")) || name.startsWith(QLatin1String("blobs/"));
        if (archive_entry_filetype(entry) == AE_IFLNK && layerLike) {
            aliases.insert(name,
                           QDir::cleanPath(parentOf(QStringLiteral("/") + name) + u'/' +
                                           QString::fromUtf8(archive_entry_symlink(entry)))
                               .mid(1));
            continue;
        }
        if (archive_entry_filetype(entry) != AE_IFREG) {
            continue;
        }
        const qint64 size = archive_entry_size(entry);
        if (!layerLike) {
            if (name.endsWith(QLatin1String(".json")) && size <= options.maxJsonBytes) {
                std::string data;
                if (!readEntry(a, data, options.maxJsonBytes, 0)) {
                    error = QString::fromUtf8(archive_error_string(a) ? archive_error_string(a) : "read error");
                    break;
                }
                jsonFiles.insert(name, std::move(data));
            }
            continue;
        }
        // A layer (or, in the OCI layout, possibly a small JSON blob).
        const QString key = name.startsWith(QLatin1String("blobs/sha256/")) ? QStringLiteral("sha256:") + name.mid(13)
                                                                            : name.section(u'/', -2, -2);
        progress.currentLayer = key;
        const QString cacheKey = QStringLiteral("%1|v%2|%3").arg(key).arg(kCacheVersion).arg(options.maxFileBytes);
        LayerFacts facts;
        if (options.cache && options.cache->lookup(cacheKey, &facts)) {
            ++result.layersFromCache;
            for (SetuidFile& s : facts.setuidFiles) {
                s.layer = key;
            }
            for (model::Finding& f : facts.findings) {
                f.location.layer = key;
            }
        } else {
            InnerSource inner;
            inner.outer = a;
            inner.options = &options;
            // Sniff: JSON blobs (OCI manifests and configs) are kept, not scanned.
            char sniff[512];
            const la_ssize_t n = archive_read_data(a, sniff, sizeof sniff);
            if (n < 0) {
                error = QString::fromUtf8(archive_error_string(a) ? archive_error_string(a) : "read error");
                break;
            }
            inner.prefix.assign(sniff, static_cast<std::size_t>(n));
            const std::size_t first = inner.prefix.find_first_not_of(" \t\r\n");
            if (first != std::string::npos && inner.prefix[first] == '{') {
                if (size <= options.maxJsonBytes) {
                    std::string data = inner.prefix;
                    if (!readEntry(a, data, options.maxJsonBytes, 0)) {
                        error = QString::fromUtf8(archive_error_string(a) ? archive_error_string(a) : "read error");
                        break;
                    }
                    jsonFiles.insert(name, std::move(data));
                }
                continue;
            }
            archive* in = newReader();
            QString innerError;
            bool ok = archive_read_open(in, &inner, nullptr, innerRead, nullptr) == ARCHIVE_OK;
            if (!ok) {
                innerError = QString::fromUtf8(archive_error_string(in) ? archive_error_string(in) : "not a tar");
            } else {
                ok = scanEntries(in, QString(), key, options, facts, &innerError);
            }
            archive_read_free(in);
            if (!ok) {
                error = cancelled(options) ? QString()
                                           : tr(QT_TRANSLATE_NOOP("Rules", "layer %1: %2")).arg(key, innerError);
                if (cancelled(options)) {
                    result.cancelled = true;
                    break;
                }
                break;
            }
            if (options.cache) {
                options.cache->store(cacheKey, facts);
            }
        }
        result.filesScanned += facts.filesScanned;
        layers.insert(name, std::move(facts));
        encounterOrder << name;
        ++progress.layersDone;
        progress.bytes = source.total;
        if (options.progress) {
            options.progress(progress);
        }
    }
    archive_read_free(a);
    result.bytesRead = source.total;
    if (result.cancelled || cancelled(options)) {
        result.cancelled = true;
        return result;
    }
    if (!error.isEmpty()) {
        if (source.overCap) {
            return util::Error(tr(QT_TRANSLATE_NOOP("Rules", "image archive larger than the %1 MiB cap"))
                                   .arg(options.maxTotalBytes >> 20));
        }
        return util::Error(tr(QT_TRANSLATE_NOOP("Rules", "cannot read the image archive: %1")).arg(error));
    }

    // Layer order and digests from manifest.json (+ the config's rootfs.diff_ids).
    QStringList order;
    QStringList diffIds;
    if (jsonFiles.contains(QStringLiteral("manifest.json"))) {
        const std::string& m = jsonFiles[QStringLiteral("manifest.json")];
        const json doc = json::parse(m, nullptr, false);
        if (doc.is_array() && !doc.empty() && doc[0].is_object()) {
            for (const json& l : doc[0].value("Layers", json::array())) {
                if (l.is_string()) {
                    order << QString::fromStdString(l.get<std::string>());
                }
            }
            const json config = doc[0].value("Config", json());
            if (config.is_string()) {
                const auto it = jsonFiles.constFind(QString::fromStdString(config.get<std::string>()));
                if (it != jsonFiles.constEnd()) {
                    const json c = json::parse(*it, nullptr, false);
                    if (c.is_object() && c.contains("rootfs") && c["rootfs"].is_object()) {
                        for (const json& d : c["rootfs"].value("diff_ids", json::array())) {
                            if (d.is_string()) {
                                diffIds << QString::fromStdString(d.get<std::string>());
                            }
                        }
                    }
                }
            }
        }
    }
    if (order.isEmpty()) {
        if (encounterOrder.isEmpty()) {
            return util::Error(tr(QT_TRANSLATE_NOOP("Rules", "not an image archive: no manifest.json and no layers")));
        }
        order = encounterOrder; // best effort: the order the layers were written in
    }
    if (diffIds.size() != order.size()) {
        diffIds.clear();
    }

    std::vector<const LayerFacts*> facts;
    for (qsizetype i = 0; i < order.size(); ++i) {
        QString path = order[i];
        for (int hops = 0; hops < 8 && aliases.contains(path); ++hops) {
            path = aliases.value(path);
        }
        const auto it = layers.constFind(path);
        if (it == layers.constEnd()) {
            return util::Error(tr(QT_TRANSLATE_NOOP("Rules", "image archive lacks layer %1")).arg(order[i]));
        }
        facts.push_back(&*it);
        result.layers << (diffIds.isEmpty() ? path : diffIds[i]);
    }

    // Findings, with what a later layer deleted marked as such.
    const QString deletedPrefix = tr(QT_TRANSLATE_NOOP("Rules", "deleted in a later layer but still in the image: "));
    QHash<QString, SetuidFile> setuid;
    for (std::size_t i = 0; i < facts.size(); ++i) {
        const QString label = result.layers[static_cast<qsizetype>(i)];
        QMap<QString, std::pair<model::Severity, QStringList>> deletedFiles;
        auto isDeleted = [&](const QString& path) {
            for (std::size_t j = i + 1; j < facts.size(); ++j) {
                if (deletedBy(path, *facts[j])) {
                    return true;
                }
            }
            return false;
        };
        for (model::Finding f : facts[i]->findings) {
            f.targetKind = model::TargetKind::Image;
            f.targetId = imageId;
            f.targetName = imageName;
            f.location.layer = label;
            if (isDeleted(f.location.file)) {
                auto& d = deletedFiles[f.location.file];
                d.first = std::max(d.first, f.severity);
                d.second << f.ruleId;
                if (f.ruleId == QLatin1String(kSensitiveFileRule)) {
                    continue; // becomes the SEC-101 finding below
                }
                f.message = deletedPrefix + f.message;
            }
            result.findings.push_back(std::move(f));
        }
        for (auto it = deletedFiles.cbegin(); it != deletedFiles.cend(); ++it) {
            model::Finding f;
            f.ruleId = QString::fromLatin1(kDeletedSecretFileRule);
            f.severity = std::max(model::Severity::High, it->first);
            f.category = model::Category::Secrets;
            f.targetKind = model::TargetKind::Image;
            f.targetId = imageId;
            f.targetName = imageName;
            f.message = tr(QT_TRANSLATE_NOOP("Rules", "%1 was deleted in a later layer but is still in the image"))
                            .arg(it.key());
            f.evidence = it.key() + QStringLiteral(" (") + it->second.join(QStringLiteral(", ")) + u')';
            f.location.file = it.key();
            f.location.layer = label;
            f.confidence = 0.95;
            result.findings.push_back(std::move(f));
        }
        // The final filesystem holds the copy from the last layer that has the path: a later layer that deleted it,
        // or wrote it again (chmod u-s copies the file up without the bit), decides; a later setuid copy is reported
        // with its own layer when that layer's turn comes.
        for (const SetuidFile& s : facts[i]->setuidFiles) {
            bool gone = false;
            for (std::size_t j = i + 1; j < facts.size() && !gone; ++j) {
                gone = deletedBy(s.path, *facts[j]) || replacedBy(s.path, *facts[j]);
            }
            if (!gone) {
                setuid.insert(s.path, {s.path, label, s.mode});
            }
        }
        if (!facts[i]->osRelease.isEmpty()) {
            result.osRelease = parseOsRelease(facts[i]->osRelease);
        }
    }
    for (const SetuidFile& s : setuid) {
        result.setuidFiles.push_back(s);
    }
    std::sort(result.setuidFiles.begin(), result.setuidFiles.end(), [](const SetuidFile& x, const SetuidFile& y) {
        return x.path < y.path;
    });
    return result;
}

} // namespace bulkhead::secrets
