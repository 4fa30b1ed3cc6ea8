// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/dockerclient.h"
#include "core/engine/endpoint.h"
#include "ui/scandata.h"

#include <QObject>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace bulkhead::ui {

class ScanWorker;
class EventWatcher;

// Drives the pipeline off the GUI thread: collect (or load a snapshot) -> parse -> scan, then live updates from
// GET /events. Lives in the GUI thread; the work happens in a worker QObject on its own QThread, so no call here
// blocks. Every result arrives through scanReady().
class ScanController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanController)

public:
    explicit ScanController(QObject* parent = nullptr);
    ~ScanController() override;

    void connectTo(const engine::Endpoint& endpoint);
    void openSnapshot(const QString& path);
    void openDemo();
    void cancel();
    bool busy() const { return m_busy; }
    bool live() const { return m_watcher != nullptr; }
    const engine::Endpoint& endpoint() const { return m_endpoint; }

    // How long to gather /events before re-inspecting (bursts such as `docker compose up` become one update).
    void setEventDelay(int ms) { m_eventTimer.setInterval(ms); }
    // Time-outs for the collection and the live re-reads (the defaults of engine::ClientOptions otherwise). Takes
    // effect with the next connectTo().
    void setClientOptions(const engine::ClientOptions& options) { m_clientOptions = options; }

    static QString demoResource();

signals:
    void started(const QString& what);
    void progress(int done, int total, const QString& phase);
    void scanReady(bulkhead::ui::ScanDataPtr scan, bool incremental);
    void failed(const QString& message, const QString& hint);
    void finished(); // after scanReady or failed
    void eventsStateChanged(bool live, const QString& message);
    void containerEvent(const QString& id, const QString& action);

private:
    void onEvent(const QString& id, const QString& action);
    void startWatcher();
    void stopWatcher();

    QThread m_thread;
    ScanWorker* m_worker = nullptr; // lives in m_thread
    EventWatcher* m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    engine::Endpoint m_endpoint;
    engine::ClientOptions m_clientOptions;
    bool m_busy = false;
    QSet<QString> m_pendingIds;
    QTimer m_eventTimer;
};

// Follows GET /events for container events on its own thread and reports them; reconnects after a drop with
// `since` so no event is missed.
class EventWatcher final : public QThread
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventWatcher)

public:
    explicit EventWatcher(engine::Endpoint endpoint, QObject* parent = nullptr);
    ~EventWatcher() override;
    void stop();

signals:
    void containerEvent(const QString& id, const QString& action);
    void stateChanged(bool live, const QString& message);

protected:
    void run() override;

private:
    engine::Endpoint m_endpoint;
    std::atomic_bool m_stop{false};
};

// Parses one line of the /events stream. Returns false when it is not a container event we act on.
bool parseContainerEvent(const QByteArray& line, QString* id, QString* action, qint64* timeNano);

} // namespace bulkhead::ui
