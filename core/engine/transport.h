// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/endpoint.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <memory>

class QIODevice;

namespace bulkhead::engine {

// Error::code values the transports and the client share, so callers can tell time-outs and cancellation apart.
enum TransportErrorCode : int
{
    TransportTimedOut = -1001,
    TransportCancelled = -1002,
    TransportClosed = -1003,
    TransportRefused = -1004,
    TransportPermission = -1005,
    TransportTls = -1006,
    TransportUnsupported = -1007,
};

// A byte stream to one Docker Engine: unix socket, TCP, TLS over TCP, `ssh ... docker system dial-stdio`, or a named
// pipe (Windows). Blocking with time-outs, for one thread; every wait is sliced so a cancel flag is seen quickly.
class Transport
{
public:
    virtual ~Transport();

    virtual util::Result<void> open(int timeoutMs) = 0;
    virtual void close() = 0;
    // Whether the peer is still there (a closed connection with unread data still counts as open until read).
    bool isOpen() const;
    // A kept-alive connection is only reused if the peer has not closed it or sent anything unasked meanwhile.
    bool isReusable();

    util::Result<void> write(const QByteArray& data, int timeoutMs);
    // At most maxBytes, waiting up to timeoutMs for the first byte. An empty result with *eof set means the peer
    // closed the stream.
    util::Result<QByteArray> read(qint64 maxBytes, int timeoutMs, bool* eof);

    // Extra words on why the stream ended (ssh's stderr), empty when there is nothing to add.
    virtual QString closeReason() { return {}; }
    virtual QString describe() const = 0;

    void setCancelFlag(const std::atomic_bool* cancel) { m_cancel = cancel; }

protected:
    virtual QIODevice* device() const = 0;
    virtual bool connected() const = 0;
    bool cancelled() const { return m_cancel != nullptr && m_cancel->load(); }

    const std::atomic_bool* m_cancel = nullptr;
};

// The transport for an endpoint: an Error for endpoints this build cannot reach (npipe off Windows) or that are
// refused by policy (plain TCP to a remote host without allowPlainRemoteTcp, bad ssh user/host).
util::Result<std::unique_ptr<Transport>> makeTransport(const Endpoint& endpoint, int connectTimeoutMs = 10000);

// The ssh argument list used for an ssh:// endpoint (exposed for tests: it must never pass through a shell).
util::Result<QStringList> sshArguments(const Endpoint& endpoint, int connectTimeoutMs);

// ssh user and host names we pass on: no leading '-', no whitespace or control characters, no shell syntax.
bool isSafeSshWord(const QString& word);

} // namespace bulkhead::engine
