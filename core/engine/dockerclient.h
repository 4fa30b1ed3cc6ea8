// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/endpoint.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace bulkhead::engine {

struct HttpResponse
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers; // lower-cased names
    QByteArray body;
};

struct ClientOptions
{
    int connectTimeoutMs = 10000;
    int readTimeoutMs = 30000;         // no byte for this long: error
    int requestTimeoutMs = 120000;     // whole buffered request (a daemon sending one byte a second cannot hold us);
                                       // not applied to getStream, whose sink decides
    qint64 maxBodyBytes = 256ll << 20; // buffered bodies larger than this are refused (streamed bodies are not capped)
    const std::atomic_bool* cancel = nullptr; // polled while waiting; when set, the request ends with "cancelled"
};

// One connection to a Docker Engine, speaking HTTP/1.1 with keep-alive. Blocking: use it from a worker thread (the
// CLI's main thread is fine); one DockerClient per thread. Read-only by construction: the only verbs it can send are
// GET and HEAD, and there is no API to send any other.
class DockerClient
{
public:
    explicit DockerClient(Endpoint endpoint, ClientOptions options = {});
    ~DockerClient();
    DockerClient(const DockerClient&) = delete;
    DockerClient& operator=(const DockerClient&) = delete;

    const Endpoint& endpoint() const;

    // GET /_ping (falls back to /version) and picks the API version: min(daemon's, ours), at least 1.41.
    util::Result<QString> negotiate();
    QString apiVersion() const; // "" until negotiated

    // GET path (e.g. "/containers/json?all=1"); "/v1.41" is prefixed once negotiated. Non-2xx statuses are returned
    // as responses, not errors; errors are transport/protocol failures with a message a person can act on.
    util::Result<HttpResponse> get(const QString& path);
    util::Result<HttpResponse> head(const QString& path);

    // GET with the body streamed to `sink` in chunks (image tarballs). The sink returns false to stop.
    // Returns the status and headers; body left empty.
    util::Result<HttpResponse> getStream(const QString& path, const std::function<bool(const char*, qsizetype)>& sink);

    // The daemon's error message from a JSON error body ({"message": "..."}), or the status line.
    static QString errorMessage(const HttpResponse& response);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace bulkhead::engine
