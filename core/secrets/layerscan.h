// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Streaming scans of image tarballs (`docker save` / GET /images/{name}/get, legacy and OCI layouts) and of the tar
// streams GET /containers/{id}/archive returns. Bytes are pulled through a callback and never written to disk; the
// memory used is one file (at most maxFileBytes) plus libarchive's buffers, whatever the image size.

#include "core/model/finding.h"
#include "core/util/result.h"

#include <QHash>
#include <QMap>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace bulkhead::secrets {

// Pull-style byte source: fills up to `max` bytes, returns the count, 0 at the end, -1 on error.
using ReadFunction = std::function<qsizetype(char* buffer, qsizetype max)>;

struct LayerProgress
{
    qint64 bytes = 0;     // of the image tarball consumed so far
    int layersDone = 0;   // layers finished (scanned or answered from the cache)
    int layersTotal = 0;  // 0 while unknown (docker save writes manifest.json last)
    QString currentLayer; // its digest or id
};

struct SetuidFile
{
    QString path;  // "/usr/bin/passwd"
    QString layer; // layer digest
    int mode = 0;  // permission bits including 04000/02000
};

// What one layer holds that an image check needs. This, not the layer's bytes, is what the cache keeps: findings
// are already redacted.
struct LayerFacts
{
    model::Findings findings; // target fields left empty; filled per image
    std::vector<SetuidFile> setuidFiles;
    // 64-bit hashes (layerPathHash) of the absolute path of every entry the layer writes, sorted, so the merge can tell
    // that a later layer replaced a path (a chmod u-s is a new copy of the file). Bit 0 is set for directories: a
    // later directory entry does not hide what an earlier layer put below it, any other entry at a parent does.
    std::vector<quint64> entries;
    QSet<QString> whiteouts;  // absolute paths a ".wh." entry deletes
    QSet<QString> opaqueDirs; // absolute dirs a ".wh..wh..opq" entry empties
    QByteArray osRelease;     // /etc/os-release or /usr/lib/os-release when the layer carries one
    qint64 filesScanned = 0;
    qint64 bytesScanned = 0;
};

// Results per layer digest, in memory and optionally on disk (one JSON file per layer, 0600, redacted findings only),
// so an unchanged layer is never scanned twice. Thread-safe.
class LayerCache
{
public:
    explicit LayerCache(QString diskFolder = {}); // empty: memory only
    static QString defaultFolder();               // <CacheLocation>/layers

    bool lookup(const QString& key, LayerFacts* facts);
    void store(const QString& key, const LayerFacts& facts);
    int hits() const { return m_hits.load(); }

private:
    QString m_folder;
    QMutex m_mutex;
    QHash<QString, LayerFacts> m_memory;
    std::atomic_int m_hits{0};
};

struct LayerScanOptions
{
    qint64 maxFileBytes = 8ll << 20; // larger files: name rules only, no content scan
    qint64 maxJsonBytes = 4ll << 20; // manifest.json / config blobs
    qint64 maxTotalBytes = 0;        // 0: no cap (container archives set one)
    const std::atomic_bool* cancel = nullptr;
    std::function<void(const LayerProgress&)> progress; // called after each layer and every ~16 MiB
    LayerCache* cache = nullptr;
};

struct LayerScanResult
{
    model::Findings findings; // redacted; deleted-in-a-later-layer secrets marked (SEC-101 plus the detector's)
    std::vector<SetuidFile> setuidFiles; // CIS 4.8: files that survive in the final filesystem
    QMap<QString, QString> osRelease;    // ID, VERSION_ID, PRETTY_NAME, ... of the final filesystem
    QStringList layers;                  // digests in order (diff ids when the config says so)
    int layersFromCache = 0;
    qint64 bytesRead = 0;
    qint64 filesScanned = 0;
    bool cancelled = false;
};

// Scans an image tarball. `imageId`/`imageName` label the findings (TargetKind::Image).
util::Result<LayerScanResult> scanImageArchive(const ReadFunction& read,
                                               const QString& imageId,
                                               const QString& imageName,
                                               const LayerScanOptions& options = {});

// Scans one plain or compressed tar stream as one layer (container archives, single layer files). Paths inside are
// prefixed with `pathPrefix` (the parent of the archived path). Whiteouts are recorded but nothing is "deleted".
util::Result<LayerFacts> scanTarStream(const ReadFunction& read,
                                       const QString& pathPrefix,
                                       const QString& layerLabel,
                                       const LayerScanOptions& options = {});

// Stable (cached on disk) hash of a normalised absolute path for LayerFacts::entries; bit 0 is the directory flag.
quint64 layerPathHash(const QString& path, bool directory);

// Parses os-release text (KEY=value, optionally quoted).
QMap<QString, QString> parseOsRelease(const QByteArray& text);

} // namespace bulkhead::secrets
