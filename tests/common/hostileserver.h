// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QMap>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <mutex>

class QTcpServer;

namespace bulkhead::test {

// A fake Docker Engine on 127.0.0.1 that answers the read-only endpoints Bulkhead uses and misbehaves on purpose
// for the paths it is told to. It runs in its own thread so a test can block on a child process meanwhile.
class HostileServer
{
public:
    enum class Mode
    {
        Normal,        // a correct JSON answer (body from setBody or a built-in default)
        Truncated,     // Content-Length larger than what is sent, then close
        BadChunk,      // chunked with a non-hex chunk size
        ChunkOverflow, // chunked with a chunk size that overflows 64 bits
        HugeLength,    // Content-Length: 10 GB, then a little data and a stall
        SlowLoris,     // one byte a second, forever
        Silent,        // accept, read the request, never answer
        CloseAtOnce,   // accept and close without a byte
        GarbageStatus, // not HTTP at all
    };

    HostileServer();
    ~HostileServer();
    HostileServer(const HostileServer&) = delete;
    HostileServer& operator=(const HostileServer&) = delete;

    // Listens on <address>:<random>, loopback unless a test needs a non-loopback interface.
    bool start(const QHostAddress& address = QHostAddress(QHostAddress::LocalHost));
    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("tcp://%1:%2").arg(m_address.toString()).arg(m_port); }

    // Path prefix (without /vX.Y and query) -> behaviour. Unlisted paths answer Normal.
    void setMode(const QString& pathPrefix, Mode mode);
    void setBody(const QString& pathPrefix, const QByteArray& json, int status = 200);

    // Every request line seen ("GET /v1.41/info HTTP/1.1"), for read-only assertions.
    QStringList requestLines() const;

private:
    friend class HostileWorker;
    struct Rule
    {
        Mode mode = Mode::Normal;
        QByteArray body;
        int status = 200;
    };
    Rule ruleFor(const QByteArray& path) const;
    void record(const QByteArray& line);

    QThread m_thread;
    QTcpServer* m_server = nullptr;
    quint16 m_port = 0;
    QHostAddress m_address;
    mutable std::mutex m_mutex;
    QMap<QString, Rule> m_rules;
    QStringList m_lines;
};

} // namespace bulkhead::test
