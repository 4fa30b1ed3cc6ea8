// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scancontroller.h"

#include "core/engine/dockerclient.h"
#include "core/engine/inventory.h"
#include "core/engine/snapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QUrl>

#include <optional>

namespace bulkhead::ui {

namespace {

QString jsonString(const nlohmann::json& j, const char* key)
{
    if (!j.is_object())
        return {};
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

nlohmann::json parseJson(const QByteArray& body)
{
    // Untrusted bytes: no exceptions, a discarded value is treated as "nothing".
    nlohmann::json j = nlohmann::json::parse(body.begin(), body.end(), nullptr, false);
    return j.is_discarded() ? nlohmann::json() : j;
}

QString filtersParam(const QString& key, const QString& value)
{
    const QString json = QStringLiteral("{\"%1\":[\"%2\"]}").arg(key, value);
    return QString::fromLatin1(QUrl::toPercentEncoding(json));
}

bool validId(const QString& id)
{
    // Container ids from the daemon are hex; anything else must not be pasted into a request path.
    if (id.isEmpty() || id.size() > 128)
        return false;
    for (QChar c : id) {
        if (!c.isLetterOrNumber() && c != u'_' && c != u'-' && c != u'.')
            return false;
    }
    return true;
}

rules::ScanOptions scanOptionsFor(const engine::Endpoint& e)
{
    rules::ScanOptions o;
    o.connection.known = true;
    o.connection.tcp = e.scheme == engine::Scheme::Tcp;
    o.connection.tls = e.tls.enabled;
    o.connection.clientCert = e.tls.enabled && !e.tls.certFile.isEmpty();
    return o;
}

} // namespace

// The worker: a plain QObject living on the controller's thread; its methods run there (invoked queued) and report
// back with queued calls on the controller, which Qt drops if the controller is gone.
class ScanWorker final : public QObject
{
public:
    explicit ScanWorker(ScanController* controller) : m_controller(controller) {}

    void collect(const engine::Endpoint& endpoint,
                 const engine::ClientOptions& clientOptions,
                 std::shared_ptr<std::atomic_bool> cancel)
    {
        m_raw.reset();
        m_client.reset();
        m_endpoint = endpoint;
        m_clientOptions = clientOptions;
        engine::CollectOptions options;
        options.client = clientOptions;
        options.cancel = cancel.get();
        options.toolVersion = QCoreApplication::applicationVersion();
        auto throttle = std::make_shared<QElapsedTimer>();
        throttle->start();
        QPointer<ScanController> ctl = m_controller;
        options.progress = [ctl, throttle](const engine::CollectProgress& p) {
            // Called from the collector's threads one at a time; at most ~20 updates a second reach the GUI.
            if (throttle->elapsed() < 50 && p.done != p.total)
                return;
            throttle->restart();
            QMetaObject::invokeMethod(
                ctl, [ctl, p] { emit ctl->progress(p.done, p.total, p.phase); }, Qt::QueuedConnection);
        };
        auto raw = engine::collectInventory(endpoint, options);
        if (!raw) {
            fail(raw.error());
            return;
        }
        if (cancel->load() && raw->containers.empty()) {
            fail(util::Error(ScanController::tr("Cancelled.")));
            return;
        }
        m_raw = raw.value();
        deliver(buildScanData(std::move(raw.value()), scanOptionsFor(endpoint), false, endpoint.url), false);
    }

    void loadSnapshot(const QString& path, bool demo)
    {
        m_raw.reset();
        m_client.reset();
        util::Result<model::RawInventory> raw = util::Error(ScanController::tr("Unreadable snapshot."));
        if (path.startsWith(u':')) {
            // The bundled demo lives in the resources; loadSnapshot() reads files only.
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                raw = util::Error(ScanController::tr("The demo snapshot is missing from this build."));
            else
                raw = engine::parseSnapshot(f.readAll());
        } else {
            raw = engine::loadSnapshot(path);
        }
        if (!raw) {
            fail(raw.error());
            return;
        }
        // A snapshot cannot tell how it was reached: the rules fall back to its endpoint URL.
        const QString name = demo ? ScanController::tr("Demo snapshot") : QFileInfo(path).fileName();
        deliver(buildScanData(std::move(raw.value()), {}, demo, name), false);
    }

    // Re-reads the given containers (and images new to us) and rescans: the live update after /events.
    void refreshContainers(const QStringList& ids)
    {
        if (!m_raw)
            return;
        if (!m_client) {
            engine::ClientOptions options = m_clientOptions;
            options.readTimeoutMs = std::min(options.readTimeoutMs, 15000);
            m_client = std::make_unique<engine::DockerClient>(m_endpoint, options);
            if (auto n = m_client->negotiate(); !n) {
                m_client.reset();
                fail(n.error());
                return;
            }
        }
        for (const QString& id : ids) {
            if (!validId(id))
                continue;
            refreshOne(id);
        }
        deliver(buildScanData(*m_raw, scanOptionsFor(m_endpoint), false, m_endpoint.url), true);
    }

private:
    void refreshOne(const QString& id)
    {
        auto& containers = m_raw->containers;
        auto existing = std::find_if(
            containers.begin(), containers.end(), [&](const auto& c) { return c.id == id || c.id.startsWith(id); });
        auto inspect = m_client->get(QStringLiteral("/containers/%1/json").arg(id));
        if (!inspect) {
            m_raw->issues.push_back({QStringLiteral("GET /containers/%1/json").arg(id), inspect.error().text()});
            m_client.reset(); // the connection may be broken; reconnect next time
            return;
        }
        if (inspect->status == 404) {
            if (existing != containers.end())
                containers.erase(existing);
            return;
        }
        if (inspect->status != 200)
            return;
        model::RawContainer rc;
        rc.inspect = parseJson(inspect->body);
        rc.inspectStatus = 200;
        rc.id = jsonString(rc.inspect, "Id");
        if (rc.id.isEmpty())
            rc.id = id;
        if (auto list = m_client->get(
                QStringLiteral("/containers/json?all=1&filters=%1").arg(filtersParam(QStringLiteral("id"), rc.id)));
            list && list->status == 200) {
            const auto arr = parseJson(list->body);
            if (arr.is_array() && !arr.empty())
                rc.summary = arr.front();
        }
        const auto state = rc.inspect.is_object() ? rc.inspect.find("State") : rc.inspect.end();
        if (rc.inspect.is_object() && state != rc.inspect.end() && state->is_object()) {
            const auto running = state->find("Running");
            if (running != state->end() && running->is_boolean() && running->get<bool>()) {
                if (auto top = m_client->get(QStringLiteral("/containers/%1/top").arg(rc.id));
                    top && top->status == 200)
                    rc.top = parseJson(top->body);
            }
        }
        const QString imageId = jsonString(rc.inspect, "Image");
        if (validId(imageId.section(u':', -1)) && !imageKnown(imageId))
            fetchImage(imageId);
        if (existing != containers.end())
            *existing = std::move(rc);
        else
            containers.push_back(std::move(rc));
    }

    bool imageKnown(const QString& id) const
    {
        return std::any_of(m_raw->images.begin(), m_raw->images.end(), [&](const auto& i) { return i.id == id; });
    }

    void fetchImage(const QString& id)
    {
        model::RawImage ri;
        ri.id = id;
        auto inspect = m_client->get(QStringLiteral("/images/%1/json").arg(id));
        if (!inspect || inspect->status != 200)
            return;
        ri.inspect = parseJson(inspect->body);
        ri.inspectStatus = 200;
        if (auto h = m_client->get(QStringLiteral("/images/%1/history").arg(id)); h && h->status == 200)
            ri.history = parseJson(h->body);
        m_raw->images.push_back(std::move(ri));
    }

    void deliver(ScanDataPtr data, bool incremental)
    {
        QPointer<ScanController> ctl = m_controller;
        QMetaObject::invokeMethod(
            ctl,
            [ctl, data, incremental] {
                emit ctl->scanReady(data, incremental);
                emit ctl->finished();
            },
            Qt::QueuedConnection);
    }

    void fail(const util::Error& e)
    {
        QPointer<ScanController> ctl = m_controller;
        QMetaObject::invokeMethod(
            ctl,
            [ctl, e] {
                emit ctl->failed(e.message, e.hint);
                emit ctl->finished();
            },
            Qt::QueuedConnection);
    }

    QPointer<ScanController> m_controller;
    engine::Endpoint m_endpoint;
    engine::ClientOptions m_clientOptions;
    std::optional<model::RawInventory> m_raw; // live hosts only: the base for incremental updates
    std::unique_ptr<engine::DockerClient> m_client;
};

ScanController::ScanController(QObject* parent) : QObject(parent), m_cancel(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<ScanDataPtr>();
    m_worker = new ScanWorker(this);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("bulkhead-scan"));
    m_thread.start();
    m_eventTimer.setSingleShot(true);
    m_eventTimer.setInterval(250);
    connect(&m_eventTimer, &QTimer::timeout, this, [this] {
        if (m_pendingIds.isEmpty())
            return;
        const QStringList ids(m_pendingIds.begin(), m_pendingIds.end());
        m_pendingIds.clear();
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker, ids] { w->refreshContainers(ids); }, Qt::QueuedConnection);
    });
    connect(this, &ScanController::finished, this, [this] { m_busy = false; });
}

ScanController::~ScanController()
{
    // No signals from a dying controller: its parent (the main window) is already past its own destructor when
    // QObject deletes its children, so a slot connected there would run on a half-destroyed object (UBSan's
    // "member access within ... not of type MainWindow").
    blockSignals(true);
    m_cancel->store(true);
    stopWatcher();
    m_thread.quit();
    m_thread.wait();
}

QString ScanController::demoResource()
{
    return QStringLiteral(":/demo/demo-snapshot.json");
}

void ScanController::connectTo(const engine::Endpoint& endpoint)
{
    stopWatcher();
    m_pendingIds.clear();
    m_cancel->store(true); // ends a collection still running; the new one queues behind it
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_endpoint = endpoint;
    m_busy = true;
    emit started(tr("Connecting to %1…").arg(endpoint.url));
    auto cancel = m_cancel;
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, endpoint, options = m_clientOptions, cancel] { w->collect(endpoint, options, cancel); },
        Qt::QueuedConnection);
    // Events from the moment we connect: whatever changes during the collection is re-read afterwards.
    startWatcher();
}

void ScanController::openSnapshot(const QString& path)
{
    stopWatcher();
    m_pendingIds.clear();
    m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_busy = true;
    const bool demo = path == demoResource();
    emit started(demo ? tr("Opening the demo snapshot…") : tr("Opening %1…").arg(QFileInfo(path).fileName()));
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, path, demo] { w->loadSnapshot(path, demo); }, Qt::QueuedConnection);
}

void ScanController::openDemo()
{
    openSnapshot(demoResource());
}

void ScanController::cancel()
{
    m_cancel->store(true);
}

void ScanController::onEvent(const QString& id, const QString& action)
{
    emit containerEvent(id, action);
    m_pendingIds.insert(id);
    if (!m_eventTimer.isActive())
        m_eventTimer.start();
}

void ScanController::startWatcher()
{
    m_watcher = new EventWatcher(m_endpoint, this);
    connect(m_watcher, &EventWatcher::containerEvent, this, &ScanController::onEvent);
    connect(m_watcher, &EventWatcher::stateChanged, this, &ScanController::eventsStateChanged);
    m_watcher->start();
}

void ScanController::stopWatcher()
{
    if (!m_watcher)
        return;
    m_watcher->stop();
    m_watcher->wait();
    delete m_watcher;
    m_watcher = nullptr;
    emit eventsStateChanged(false, {});
}

// ---------------------------------------------------------------- events

EventWatcher::EventWatcher(engine::Endpoint endpoint, QObject* parent)
    : QThread(parent), m_endpoint(std::move(endpoint))
{
    setObjectName(QStringLiteral("bulkhead-events"));
}

EventWatcher::~EventWatcher()
{
    stop();
    wait();
}

void EventWatcher::stop()
{
    m_stop.store(true);
}

bool parseContainerEvent(const QByteArray& line, QString* id, QString* action, qint64* timeNano)
{
    const nlohmann::json j = parseJson(line);
    if (!j.is_object())
        return false;
    const QString type = jsonString(j, "Type");
    if (type != QLatin1String("container"))
        return false;
    QString a = jsonString(j, "Action");
    if (a.isEmpty())
        a = jsonString(j, "status");
    static const QStringList relevant{QStringLiteral("create"),
                                      QStringLiteral("start"),
                                      QStringLiteral("restart"),
                                      QStringLiteral("die"),
                                      QStringLiteral("stop"),
                                      QStringLiteral("destroy"),
                                      QStringLiteral("rename"),
                                      QStringLiteral("pause"),
                                      QStringLiteral("unpause"),
                                      QStringLiteral("update")};
    if (!relevant.contains(a))
        return false;
    QString i;
    if (const auto actor = j.find("Actor"); actor != j.end() && actor->is_object())
        i = jsonString(*actor, "ID");
    if (i.isEmpty())
        i = jsonString(j, "id");
    if (i.isEmpty())
        return false;
    *id = i;
    *action = a;
    if (const auto t = j.find("timeNano"); t != j.end() && t->is_number_integer())
        *timeNano = t->get<qint64>();
    return true;
}

void EventWatcher::run()
{
    qint64 since = QDateTime::currentSecsSinceEpoch();
    bool wasLive = false;
    while (!m_stop.load()) {
        engine::ClientOptions options;
        options.cancel = &m_stop;
        options.readTimeoutMs = 10 * 60 * 1000; // an idle host sends nothing; we reconnect with `since` after this
        engine::DockerClient client(m_endpoint, options);
        if (auto n = client.negotiate(); !n) {
            if (m_stop.load())
                break;
            emit stateChanged(false, n.error().text());
            wasLive = false;
        } else {
            if (!wasLive)
                emit stateChanged(true, {});
            wasLive = true;
            QByteArray buffer;
            const QString path = QStringLiteral("/events?since=%1&filters=%2")
                                     .arg(since)
                                     .arg(filtersParam(QStringLiteral("type"), QStringLiteral("container")));
            const auto r = client.getStream(path, [&](const char* data, qsizetype size) {
                buffer.append(data, size);
                qsizetype nl;
                while ((nl = buffer.indexOf('\n')) >= 0) {
                    const QByteArray line = buffer.left(nl);
                    buffer.remove(0, nl + 1);
                    QString id;
                    QString action;
                    qint64 timeNano = 0;
                    if (parseContainerEvent(line, &id, &action, &timeNano)) {
                        if (timeNano > 0)
                            since = std::max(since, timeNano / 1000000000);
                        emit containerEvent(id, action);
                    }
                }
                // One event is a few hundred bytes; a line this long is not an event stream.
                if (buffer.size() > (1 << 20))
                    buffer.clear();
                return !m_stop.load();
            });
            if (m_stop.load())
                break;
            if (!r || r->status != 200) {
                emit stateChanged(false,
                                  r ? tr("The daemon refused /events (HTTP %1).").arg(r->status) : r.error().text());
                wasLive = false;
            }
        }
        // Back off, staying responsive to stop().
        for (int i = 0; i < 20 && !m_stop.load(); ++i)
            msleep(100);
    }
}

} // namespace bulkhead::ui
