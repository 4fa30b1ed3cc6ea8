// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace bulkhead::test {

// A TCP forwarder on 127.0.0.1 in front of a Docker unix socket that a test can break on purpose: take the "daemon"
// down (every live connection is cut, new ones are closed at once) and bring it back, go down when the Nth request
// arrives, cut the connection after N response bytes of a request whose line contains a pattern, or run a hook
// before a request is passed on. The shared test daemon itself is never touched. Blocking sockets, one thread per
// connection.
class CutProxy
{
public:
    explicit CutProxy(QString unixSocketPath);
    ~CutProxy();
    CutProxy(const CutProxy&) = delete;
    CutProxy& operator=(const CutProxy&) = delete;

    bool start();
    QString url() const { return QStringLiteral("tcp://127.0.0.1:%1").arg(m_port); }

    void setDown(bool down);
    bool isDown() const { return m_down.load(); }
    void downAtRequest(int n) { m_downAt.store(n); } // 0: never
    void cutResponse(const QByteArray& requestContains, qint64 afterBytes);
    // Runs on the connection's thread with the request line before the request reaches the daemon.
    void setBeforeForward(std::function<void(const QByteArray& requestLine)> hook);

    int requestCount() const { return m_requests.load(); }
    QStringList requestLines() const;

private:
    struct Connection;
    void acceptLoop();
    void serve(const std::shared_ptr<Connection>& c);

    QString m_socketPath;
    int m_listen = -1;
    quint16 m_port = 0;
    std::atomic_bool m_stop{false};
    std::atomic_bool m_down{false};
    std::atomic_int m_downAt{0};
    std::atomic_int m_requests{0};
    std::thread m_acceptThread;

    mutable std::mutex m_mutex; // everything below
    std::vector<std::shared_ptr<Connection>> m_connections;
    std::vector<std::thread> m_threads;
    QByteArray m_cutPattern;
    qint64 m_cutAfter = -1;
    std::function<void(const QByteArray&)> m_hook;
    QStringList m_lines;
};

} // namespace bulkhead::test
