// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/daemonscan.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>

#include <nlohmann/json.hpp>

#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>

namespace bulkhead::secrets {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("Rules", s);
}

// Push (the HTTP client's sink) to pull (libarchive's reader) across two threads, with a few MiB of buffer at most:
// the producer blocks while the buffer is full, so memory stays flat and the daemon is read at the reader's pace.
class BytePipe
{
public:
    bool push(const char* data, qsizetype size)
    {
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [&] { return m_queued < kCapacity || m_readerGone; });
        if (m_readerGone) {
            return false;
        }
        m_queue.emplace_back(data, static_cast<std::size_t>(size));
        m_queued += static_cast<std::size_t>(size);
        m_cv.notify_all();
        return true;
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_cv.notify_all();
    }
    void readerDone()
    {
        std::lock_guard lock(m_mutex);
        m_readerGone = true;
        m_cv.notify_all();
    }
    qsizetype pull(char* buffer, qsizetype max)
    {
        if (m_pos == m_current.size()) {
            std::unique_lock lock(m_mutex);
            m_cv.wait(lock, [&] { return !m_queue.empty() || m_closed; });
            if (m_queue.empty()) {
                return 0;
            }
            m_current = std::move(m_queue.front());
            m_queue.pop_front();
            m_queued -= m_current.size();
            m_pos = 0;
            m_cv.notify_all();
        }
        const std::size_t n = std::min(static_cast<std::size_t>(max), m_current.size() - m_pos);
        std::memcpy(buffer, m_current.data() + m_pos, n);
        m_pos += n;
        return static_cast<qsizetype>(n);
    }

private:
    static constexpr std::size_t kCapacity = 4 << 20;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<std::string> m_queue;
    std::size_t m_queued = 0;
    bool m_closed = false;
    bool m_readerGone = false;
    std::string m_current; // consumer side only
    std::size_t m_pos = 0;
};

QString encode(const QString& s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

QString parentOf(const QString& path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

} // namespace

util::Result<LayerScanResult>
scanImageLayers(engine::DockerClient& client, const QString& image, const LayerScanOptions& options)
{
    BytePipe pipe;
    std::optional<util::Result<LayerScanResult>> scanned;
    std::thread reader([&] {
        const ReadFunction read = [&](char* buffer, qsizetype max) { return pipe.pull(buffer, max); };
        scanned.emplace(scanImageArchive(read, image, image, options));
        pipe.readerDone();
    });
    QByteArray head; // the start of the body, for the daemon's error message on a non-2xx status
    const auto response =
        client.getStream(QStringLiteral("/images/%1/get").arg(encode(image)), [&](const char* data, qsizetype size) {
            if (head.size() < 4096) {
                head.append(data, std::min<qsizetype>(size, 4096 - head.size()));
            }
            return pipe.push(data, size);
        });
    pipe.close();
    reader.join();
    if (!response.ok()) {
        if (scanned && scanned->ok() && scanned->value().cancelled) {
            return std::move(*scanned);
        }
        return response.error();
    }
    if (response->status < 200 || response->status > 299) {
        engine::HttpResponse r = *response;
        r.body = head;
        return util::Error(tr(QT_TRANSLATE_NOOP("Rules", "cannot export image %1: %2"))
                               .arg(image, engine::DockerClient::errorMessage(r)),
                           {},
                           response->status);
    }
    return std::move(*scanned);
}

util::Result<ContainerScanResult> scanContainerFiles(engine::DockerClient& client,
                                                     const QString& containerId,
                                                     const QString& containerName,
                                                     const ContainerScanOptions& options)
{
    const auto changes = client.get(QStringLiteral("/containers/%1/changes").arg(encode(containerId)));
    if (!changes.ok()) {
        return changes.error();
    }
    if (changes->status != 200) {
        return util::Error(tr(QT_TRANSLATE_NOOP("Rules", "cannot list changes of container %1: %2"))
                               .arg(containerName, engine::DockerClient::errorMessage(*changes)),
                           {},
                           changes->status);
    }
    const nlohmann::json doc = nlohmann::json::parse(
        changes->body.constData(), changes->body.constData() + changes->body.size(), nullptr, false);
    QStringList paths;
    if (doc.is_array()) {
        for (const nlohmann::json& c : doc) {
            if (!c.is_object() || !c.contains("Path") || !c["Path"].is_string()) {
                continue;
            }
            const int kind = c.value("Kind", -1);
            if (kind != 0 && kind != 1) {
                continue; // 2: deleted
            }
            const QString path = QString::fromStdString(c["Path"].get<std::string>());
            if (path.startsWith(QLatin1String("/proc")) || path.startsWith(QLatin1String("/sys")) ||
                path.startsWith(QLatin1String("/dev"))) {
                continue;
            }
            paths << path;
        }
    }
    std::sort(paths.begin(), paths.end());
    // Leaves only: fetching a changed folder would fetch everything under it again. Then no mount point, nothing
    // under one, and no folder holding one: the archive would read through the mount into host or volume data.
    // The container's own mounts too, so every caller is safe, whatever it passed.
    QStringList declared = options.mountPoints;
    if (const auto inspect = client.get(QStringLiteral("/containers/%1/json").arg(encode(containerId)));
        inspect.ok() && inspect->status == 200) {
        const nlohmann::json c = nlohmann::json::parse(
            inspect->body.constData(), inspect->body.constData() + inspect->body.size(), nullptr, false);
        if (c.is_object() && c.contains("Mounts") && c["Mounts"].is_array()) {
            for (const nlohmann::json& m : c["Mounts"]) {
                if (m.is_object() && m.contains("Destination") && m["Destination"].is_string()) {
                    declared << QString::fromStdString(m["Destination"].get<std::string>());
                }
            }
        }
        if (c.is_object() && c.contains("HostConfig") && c["HostConfig"].is_object()) {
            const nlohmann::json& hc = c["HostConfig"];
            if (hc.contains("Tmpfs") && hc["Tmpfs"].is_object()) {
                for (auto it = hc["Tmpfs"].begin(); it != hc["Tmpfs"].end(); ++it) {
                    declared << QString::fromStdString(it.key());
                }
            }
        }
    }
    QStringList mountPoints;
    for (QString m : declared) {
        while (m.size() > 1 && m.endsWith(u'/')) {
            m.chop(1);
        }
        if (m.startsWith(u'/')) {
            mountPoints << m;
        }
    }
    auto throughMount = [&](const QString& path) {
        for (const QString& m : mountPoints) {
            if (m == QLatin1String("/") || path == m || path.startsWith(m + u'/') || m.startsWith(path + u'/')) {
                return true;
            }
        }
        return false;
    };
    QStringList leaves;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        if (i + 1 < paths.size() && paths[i + 1].startsWith(paths[i] + u'/')) {
            continue;
        }
        if (!throughMount(paths[i])) {
            leaves << paths[i];
        }
    }

    ContainerScanResult result;
    for (const QString& path : leaves) {
        if (options.layer.cancel && options.layer.cancel->load()) {
            result.skipped << path + QStringLiteral(": ") + tr(QT_TRANSLATE_NOOP("Rules", "cancelled"));
            break;
        }
        if (result.pathsScanned.size() >= options.maxPaths) {
            result.skipped << path + QStringLiteral(": ") + tr(QT_TRANSLATE_NOOP("Rules", "too many changed paths"));
            continue;
        }
        const qint64 remaining = options.maxTotalBytes - result.bytesRead;
        if (remaining <= 0) {
            result.skipped << path + QStringLiteral(": ") + tr(QT_TRANSLATE_NOOP("Rules", "size cap reached"));
            continue;
        }
        // Buffered up to the remaining budget: container archives of changed files are small, and a cap overrun
        // simply ends this path.
        QByteArray body;
        bool overCap = false;
        const auto response =
            client.getStream(QStringLiteral("/containers/%1/archive?path=%2").arg(encode(containerId), encode(path)),
                             [&](const char* data, qsizetype size) {
                                 if (body.size() + size > remaining) {
                                     overCap = true;
                                     return false;
                                 }
                                 body.append(data, size);
                                 return true;
                             });
        if (overCap) {
            result.skipped << path + QStringLiteral(": ") + tr(QT_TRANSLATE_NOOP("Rules", "size cap reached"));
            continue;
        }
        if (!response.ok() || response->status != 200) {
            result.skipped << path + QStringLiteral(": ") +
                                  (response.ok()
                                       ? tr(QT_TRANSLATE_NOOP("Rules", "HTTP status %1")).arg(response->status)
                                       : response.error().text());
            continue;
        }
        result.bytesRead += body.size();
        qsizetype offset = 0;
        const ReadFunction read = [&](char* buffer, qsizetype max) {
            const qsizetype n = std::min(max, body.size() - offset);
            std::memcpy(buffer, body.constData() + offset, static_cast<std::size_t>(n));
            offset += n;
            return n;
        };
        const auto facts = scanTarStream(read, parentOf(path), QString(), options.layer);
        if (!facts.ok()) {
            result.skipped << path + QStringLiteral(": ") + facts.error().text();
            continue;
        }
        result.pathsScanned << path;
        for (model::Finding f : facts->findings) {
            f.targetKind = model::TargetKind::Container;
            f.targetId = containerId;
            f.targetName = containerName;
            result.findings.push_back(std::move(f));
        }
    }
    return result;
}

} // namespace bulkhead::secrets
