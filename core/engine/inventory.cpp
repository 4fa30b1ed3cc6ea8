// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/inventory.h"

#include "core/engine/hostfacts.h"
#include "core/model/jsonread.h"

#include <QCoreApplication>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace bulkhead::engine {

namespace {

// Engine payloads are a few levels deep; anything deeper is hostile and would cost deep recursion later.
constexpr int kMaxJsonDepth = 128;
// Odd list entries are reported one by one up to this many, then summed up, so a hostile list cannot flood the
// report.
constexpr int kMaxIssuesPerList = 20;

QString encodeId(const QString& id)
{
    // Ids come from the daemon: encode them so a hostile id cannot change the path or add a query. ':' stays, as in
    // "sha256:...", which the Engine expects literally.
    return QString::fromLatin1(QUrl::toPercentEncoding(id, QByteArrayLiteral(":")));
}

QString tr(const char* text)
{
    return QCoreApplication::translate("bulkhead::engine::Inventory", text);
}

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

class Collector
{
public:
    Collector(const Endpoint& endpoint, const CollectOptions& options) : m_endpoint(endpoint), m_options(options)
    {
        m_clientOptions = options.client;
        m_clientOptions.cancel = options.cancel;
    }

    util::Result<model::RawInventory> run()
    {
        m_raw.endpoint = m_endpoint.url;
        m_raw.endpointSource = m_endpoint.source;
        m_raw.collectedAt = QDateTime::currentDateTimeUtc();
        m_raw.toolVersion =
            m_options.toolVersion.isEmpty() ? QCoreApplication::applicationVersion() : m_options.toolVersion;
        m_raw.local = m_endpoint.isLocal();

        DockerClient first(m_endpoint, m_clientOptions);
        auto negotiated = first.negotiate();
        if (!negotiated.ok()) {
            return negotiated.error();
        }
        m_raw.apiVersion = *negotiated;

        // The container list is the critical path (every inspect waits for it and it is the slowest call on a big
        // host), so it goes first; the rest fills the other connections meanwhile.
        enqueue(QStringLiteral("containers"), [this](DockerClient& c) { listContainers(c); });
        enqueue(QStringLiteral("images"), [this](DockerClient& c) { listImages(c); });
        if (m_options.hostFacts && m_endpoint.scheme == Scheme::Unix) {
            // No request, but it reads /proc and the user database: run it beside the requests, not before them.
            enqueue(QStringLiteral("host"), [this](DockerClient&) {
                HostFactsOptions facts;
                facts.socketPath = m_endpoint.path;
                m_raw.hostFacts = collectHostFacts(facts);
            });
        }
        enqueue(QStringLiteral("daemon"), [this](DockerClient& c) { fetchPing(c); });
        enqueue(QStringLiteral("daemon"),
                [this](DockerClient& c) { fetchInto(c, QStringLiteral("/version"), m_raw.version, true); });
        enqueue(QStringLiteral("daemon"),
                [this](DockerClient& c) { fetchInto(c, QStringLiteral("/info"), m_raw.info, true); });
        enqueue(QStringLiteral("daemon"),
                [this](DockerClient& c) { fetchInto(c, QStringLiteral("/networks"), m_raw.networks, true); });

        const int extra = std::clamp(m_options.connections, 1, 16) - 1;
        std::vector<std::thread> threads;
        threads.reserve(static_cast<size_t>(extra));
        for (int i = 0; i < extra; ++i) {
            threads.emplace_back([this] {
                DockerClient client(m_endpoint, m_clientOptions);
                // A worker that cannot connect just leaves the work to the others; the first connection works.
                if (client.negotiate().ok()) {
                    work(client);
                }
            });
        }
        work(first);
        for (std::thread& t : threads) {
            t.join();
        }

        if (m_options.cancel != nullptr && m_options.cancel->load()) {
            addIssue(
                QStringLiteral("collection"), tr("cancelled after %1 of %2 requests").arg(m_done).arg(m_total), true);
        } else if (m_connectionLost) {
            addIssue(QStringLiteral("collection"),
                     tr("the daemon stopped answering (%1 failures in a row); %2 of %3 requests done")
                         .arg(m_options.maxTransportErrors)
                         .arg(m_done)
                         .arg(m_total),
                     true);
        }
        m_raw.partial = m_partial;
        report(QStringLiteral("done"));
        return std::move(m_raw);
    }

private:
    using Task = std::function<void(DockerClient&)>;
    struct Queued
    {
        QString phase;
        Task task;
    };

    struct Fetched
    {
        std::optional<nlohmann::json> json; // set for a 2xx with valid JSON
        int status = 0;                     // 0: transport error
        QString error;                      // why json is unset
    };

    bool stopped() const { return m_connectionLost || (m_options.cancel != nullptr && m_options.cancel->load()); }

    void enqueue(const QString& phase, Task task)
    {
        {
            std::lock_guard lock(m_mutex);
            m_queue.push_back({phase, std::move(task)});
            ++m_total;
        }
        m_cv.notify_one();
    }

    void work(DockerClient& client)
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_cv.wait(lock, [this] { return !m_queue.empty() || m_inFlight == 0 || stopped(); });
            if (stopped() || m_queue.empty()) {
                // Nothing queued and nothing running that could queue more: done. Wake the others to see it too.
                m_cv.notify_all();
                return;
            }
            Queued next = std::move(m_queue.front());
            m_queue.pop_front();
            ++m_inFlight;
            lock.unlock();
            next.task(client);
            lock.lock();
            --m_inFlight;
            ++m_done;
            const CollectProgress progress{m_done, m_total, next.phase};
            lock.unlock();
            if (m_options.progress) {
                std::lock_guard progressLock(m_progressMutex);
                m_options.progress(progress);
            }
            lock.lock();
            m_cv.notify_all();
        }
    }

    void report(const QString& phase)
    {
        if (!m_options.progress) {
            return;
        }
        CollectProgress progress;
        {
            std::lock_guard lock(m_mutex);
            progress = {m_done, m_total, phase};
        }
        std::lock_guard progressLock(m_progressMutex);
        m_options.progress(progress);
    }

    void addIssue(const QString& where, const QString& what, bool makesPartial)
    {
        std::lock_guard lock(m_issueMutex);
        m_raw.issues.push_back({where, what});
        if (makesPartial) {
            m_partial = true;
        }
    }

    Fetched fetch(DockerClient& client, const QString& path)
    {
        Fetched f;
        if (stopped()) {
            f.error = tr("skipped: collection stopped");
            return f;
        }
        auto response = client.get(path);
        if (!response.ok()) {
            f.error = response.error().text();
            if (++m_transportErrorsInARow >= m_options.maxTransportErrors) {
                m_connectionLost = true;
                m_cv.notify_all();
            }
            return f;
        }
        m_transportErrorsInARow = 0;
        f.status = response->status;
        if (!isSuccess(f.status)) {
            f.error = QStringLiteral("%1: %2").arg(f.status).arg(DockerClient::errorMessage(*response));
            return f;
        }
        f.json = model::jsonread::parseBytes(response->body, kMaxJsonDepth);
        if (!f.json) {
            f.error = tr("the daemon sent invalid JSON (%1 bytes)").arg(response->body.size());
        }
        return f;
    }

    static QString where(const QString& path) { return QStringLiteral("GET ") + path; }

    void fetchPing(DockerClient& client)
    {
        if (stopped()) {
            return;
        }
        const QString path = QStringLiteral("/_ping");
        auto response = client.get(path);
        if (!response.ok() || !isSuccess(response->status)) {
            addIssue(
                where(path), response.ok() ? DockerClient::errorMessage(*response) : response.error().text(), true);
            return;
        }
        nlohmann::json headers = nlohmann::json::object();
        for (auto it = response->headers.cbegin(); it != response->headers.cend(); ++it) {
            headers[it.key().toStdString()] = QString::fromUtf8(it.value()).toStdString();
        }
        m_raw.ping = std::move(headers);
    }

    void fetchInto(DockerClient& client, const QString& path, nlohmann::json& target, bool required)
    {
        Fetched f = fetch(client, path);
        if (f.json) {
            target = std::move(*f.json);
        } else {
            addIssue(where(path), f.error, required);
        }
    }

    // The entries of a list payload that carry an id; odd ones are reported (a few) and make the result partial,
    // since an entry we cannot inspect could be the risky one.
    template<typename Raw> std::vector<Raw> idsFromList(const QString& path, Fetched f)
    {
        std::vector<Raw> items;
        if (!f.json) {
            addIssue(where(path), f.error, true);
            return items;
        }
        if (!f.json->is_array()) {
            addIssue(where(path), tr("expected an array, got %1").arg(model::jsonread::typeName(*f.json)), true);
            return items;
        }
        QSet<QString> seen;
        int odd = 0;
        int dropped = 0;
        for (size_t i = 0; i < f.json->size(); ++i) {
            nlohmann::json& entry = (*f.json)[i];
            const auto idIt = entry.is_object() ? entry.find("Id") : entry.end();
            const bool hasId = entry.is_object() && idIt != entry.end() && idIt->is_string() &&
                               !idIt->get_ref<const std::string&>().empty() &&
                               idIt->get_ref<const std::string&>().size() <= 512;
            if (!hasId) {
                if (++odd <= kMaxIssuesPerList) {
                    addIssue(where(path), tr("entry %1 has no usable Id; skipped").arg(i), true);
                }
                continue;
            }
            const QString id = model::jsonread::toQString(idIt->get_ref<const std::string&>());
            if (seen.contains(id)) {
                continue;
            }
            if (static_cast<int>(items.size()) >= m_options.maxItems) {
                ++dropped;
                continue;
            }
            seen.insert(id);
            Raw raw;
            raw.id = id;
            raw.summary = std::move(entry);
            items.push_back(std::move(raw));
        }
        if (odd > kMaxIssuesPerList) {
            addIssue(where(path), tr("%1 more entries without a usable Id skipped").arg(odd - kMaxIssuesPerList), true);
        }
        if (dropped > 0) {
            addIssue(
                where(path), tr("more than %1 entries: %2 not inspected").arg(m_options.maxItems).arg(dropped), true);
        }
        return items;
    }

    void listContainers(DockerClient& client)
    {
        const QString path = QStringLiteral("/containers/json?all=1");
        m_raw.containers = idsFromList<model::RawContainer>(path, fetch(client, path));
        for (size_t i = 0; i < m_raw.containers.size(); ++i) {
            enqueue(QStringLiteral("containers"), [this, i](DockerClient& c) { inspectContainer(c, i); });
        }
    }

    void listImages(DockerClient& client)
    {
        const QString path = QStringLiteral("/images/json?all=0");
        m_raw.images = idsFromList<model::RawImage>(path, fetch(client, path));
        for (size_t i = 0; i < m_raw.images.size(); ++i) {
            enqueue(QStringLiteral("images"), [this, i](DockerClient& c) { inspectImage(c, i); });
            if (m_options.history) {
                enqueue(QStringLiteral("images"), [this, i](DockerClient& c) { imageHistory(c, i); });
            }
        }
    }

    // Each task writes only its own element; the vectors are not resized once the list task has queued them.
    void inspectContainer(DockerClient& client, size_t index)
    {
        model::RawContainer& c = m_raw.containers[index];
        const QString path = QStringLiteral("/containers/%1/json").arg(encodeId(c.id));
        Fetched f = fetch(client, path);
        c.inspectStatus = f.status;
        if (!f.json) {
            const bool vanished = f.status == 404;
            c.error = vanished ? tr("%1 (removed during the scan)").arg(f.error) : f.error;
            addIssue(where(path), c.error, !vanished);
            return;
        }
        c.inspect = std::move(*f.json);
        const auto state = c.inspect.is_object() ? c.inspect.find("State") : c.inspect.end();
        const bool running = state != c.inspect.end() && state->is_object() && state->value("Running", false) == true;
        if (m_options.top && running) {
            enqueue(QStringLiteral("containers"), [this, index](DockerClient& cl) { containerTop(cl, index); });
        }
    }

    void containerTop(DockerClient& client, size_t index)
    {
        model::RawContainer& c = m_raw.containers[index];
        const QString path = QStringLiteral("/containers/%1/top").arg(encodeId(c.id));
        Fetched f = fetch(client, path);
        if (f.json) {
            c.top = std::move(*f.json);
        } else {
            // 404/409: it stopped or went away since the inspect; the inspect still holds.
            addIssue(where(path), f.error, f.status != 404 && f.status != 409);
        }
    }

    void inspectImage(DockerClient& client, size_t index)
    {
        model::RawImage& image = m_raw.images[index];
        const QString path = QStringLiteral("/images/%1/json").arg(encodeId(image.id));
        Fetched f = fetch(client, path);
        image.inspectStatus = f.status;
        if (f.json) {
            image.inspect = std::move(*f.json);
        } else {
            const bool vanished = f.status == 404;
            image.error = vanished ? tr("%1 (removed during the scan)").arg(f.error) : f.error;
            addIssue(where(path), image.error, !vanished);
        }
    }

    void imageHistory(DockerClient& client, size_t index)
    {
        model::RawImage& image = m_raw.images[index];
        const QString path = QStringLiteral("/images/%1/history").arg(encodeId(image.id));
        Fetched f = fetch(client, path);
        if (f.json) {
            image.history = std::move(*f.json);
        } else {
            addIssue(where(path), f.error, f.status != 404);
        }
    }

    const Endpoint& m_endpoint;
    const CollectOptions& m_options;
    ClientOptions m_clientOptions;
    model::RawInventory m_raw;

    std::mutex m_mutex; // queue and counters
    std::condition_variable m_cv;
    std::deque<Queued> m_queue;
    int m_inFlight = 0;
    int m_done = 0;
    int m_total = 0;

    std::mutex m_issueMutex;
    std::mutex m_progressMutex;
    bool m_partial = false; // guarded by m_issueMutex
    std::atomic_int m_transportErrorsInARow{0};
    std::atomic_bool m_connectionLost{false};
};

} // namespace

util::Result<model::RawInventory> collectInventory(const Endpoint& endpoint, const CollectOptions& options)
{
    Collector collector(endpoint, options);
    return collector.run();
}

} // namespace bulkhead::engine
