// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/dockerclient.h"

#include "core/engine/httpcodec.h"
#include "core/engine/transport.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace bulkhead::engine {

namespace {

struct Client
{
    Q_DECLARE_TR_FUNCTIONS(bulkhead::engine::DockerClient)
};

constexpr int kMinApiMajor = 1;
constexpr int kMinApiMinor = 41; // Engine 20.10
constexpr int kMaxApiMajor = 1;
constexpr int kMaxApiMinor = 56; // the newest API this build knows (shared/reference/docker-engine-api)
constexpr qint64 kReadSize = 64 * 1024;

// The only verbs this client can express. There is deliberately no way to name another one.
enum class Verb
{
    Get,
    Head,
};

const char* verbText(Verb verb)
{
    return verb == Verb::Head ? "HEAD" : "GET";
}

bool parseApiVersion(const QByteArray& text, int& major, int& minor)
{
    const QList<QByteArray> parts = text.trimmed().split('.');
    if (parts.size() != 2 || parts[0].isEmpty() || parts[1].isEmpty() || parts[0].size() > 4 || parts[1].size() > 4) {
        return false;
    }
    bool ok1 = false;
    bool ok2 = false;
    major = parts[0].toInt(&ok1);
    minor = parts[1].toInt(&ok2);
    const auto digits = [](const QByteArray& p) {
        return std::all_of(p.begin(), p.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    return ok1 && ok2 && digits(parts[0]) && digits(parts[1]);
}

bool versionPrefixed(const QString& path)
{
    return path.size() > 2 && path.startsWith(QLatin1String("/v")) && path[2].isDigit();
}

} // namespace

struct DockerClient::Private
{
    Endpoint endpoint;
    ClientOptions options;
    std::unique_ptr<Transport> transport;
    QString apiVersion;
    HttpResponseParser parser;

    Private(Endpoint e, ClientOptions o) : endpoint(std::move(e)), options(o)
    {
        HttpResponseParser::Limits limits;
        limits.maxBodyBytes = std::max<qint64>(0, options.maxBodyBytes);
        parser = HttpResponseParser(limits);
    }

    bool cancelled() const { return options.cancel != nullptr && options.cancel->load(); }

    void drop()
    {
        if (transport) {
            transport->close();
        }
    }

    util::Result<void> connect()
    {
        if (!transport) {
            auto made = makeTransport(endpoint, options.connectTimeoutMs);
            if (!made.ok()) {
                return made.error();
            }
            transport = std::move(made.value());
            transport->setCancelFlag(options.cancel);
        }
        return transport->open(options.connectTimeoutMs);
    }

    util::Result<QByteArray> requestBytes(Verb verb, const QString& path) const
    {
        if (!path.startsWith(u'/')) {
            return util::Error(Client::tr("invalid API path \"%1\": it must start with '/'").arg(path));
        }
        for (QChar c : path) {
            if (c.unicode() <= 0x20 || c.unicode() >= 0x7f) {
                // Spaces, CR/LF and non-ASCII could split or smuggle a request line: callers must percent-encode.
                return util::Error(Client::tr("invalid API path: it contains spaces, control or non-ASCII characters"));
            }
        }
        QString target = path;
        if (!apiVersion.isEmpty() && !versionPrefixed(path)) {
            target = QStringLiteral("/v") + apiVersion + path;
        }
        QByteArray host = "docker"; // what the docker CLI sends over sockets and ssh
        if (endpoint.scheme == Scheme::Tcp) {
            host = (endpoint.host.contains(u':') ? u'[' + endpoint.host + u']' : endpoint.host).toUtf8() + ':' +
                   QByteArray::number(endpoint.port);
        }
        QByteArray request;
        request.reserve(160 + target.size());
        request += verbText(verb);
        request += ' ';
        request += target.toLatin1();
        request += " HTTP/1.1\r\nHost: ";
        request += host;
        request += "\r\nUser-Agent: Bulkhead/";
        request += QCoreApplication::applicationVersion().toLatin1().left(32);
        request += "\r\nAccept: application/json\r\n\r\n";
        return request;
    }

    // One request and its response. A kept-alive connection that turns out to be closed by the daemon (idle
    // time-out) is reopened once, transparently: GET and HEAD are safe to repeat.
    util::Result<HttpResponse>
    exchange(Verb verb, const QString& path, const std::function<bool(const char*, qsizetype)>* sink)
    {
        auto request = requestBytes(verb, path);
        if (!request.ok()) {
            return request.error();
        }
        if (cancelled()) {
            return util::Error(Client::tr("cancelled"), {}, TransportCancelled);
        }
        QElapsedTimer timer;
        timer.start();
        for (int attempt = 0; attempt < 2; ++attempt) {
            bool reused = false;
            if (transport && transport->isOpen()) {
                reused = transport->isReusable();
                if (!reused) {
                    drop();
                }
            }
            if (!reused) {
                auto connected = connect();
                if (!connected.ok()) {
                    drop();
                    return connected.error();
                }
            }
            bool retry = false;
            auto result = roundTrip(verb, request.value(), sink, timer, reused, retry);
            if (retry && attempt == 0) {
                drop();
                continue;
            }
            return result;
        }
        return util::Error(Client::tr("the daemon closed the connection without answering"), {}, TransportClosed);
    }

    util::Result<HttpResponse> roundTrip(Verb verb,
                                         const QByteArray& request,
                                         const std::function<bool(const char*, qsizetype)>* sink,
                                         const QElapsedTimer& timer,
                                         bool reused,
                                         bool& retry)
    {
        const bool buffered = sink == nullptr;
        const auto remaining = [&]() -> qint64 {
            if (!buffered || options.requestTimeoutMs <= 0) {
                return options.readTimeoutMs;
            }
            return std::min<qint64>(options.readTimeoutMs, options.requestTimeoutMs - timer.elapsed());
        };
        auto written = transport->write(request, static_cast<int>(std::max<qint64>(1, remaining())));
        if (!written.ok()) {
            retry = reused && written.error().code == TransportClosed;
            drop();
            return written.error();
        }
        parser.reset(verb == Verb::Head);
        parser.setSink(sink != nullptr ? *sink : HttpResponseParser::Sink());
        while (!parser.isDone() && !parser.hasFailed()) {
            const qint64 left = remaining();
            if (left <= 0) {
                drop();
                return util::Error(Client::tr("timed out: the daemon did not finish answering within %1 s")
                                       .arg(options.requestTimeoutMs / 1000.0),
                                   {},
                                   TransportTimedOut);
            }
            bool eof = false;
            auto chunk = transport->read(kReadSize, static_cast<int>(left), &eof);
            if (!chunk.ok()) {
                drop();
                if (chunk.error().code == TransportTimedOut && buffered && options.requestTimeoutMs > 0 &&
                    timer.elapsed() >= options.requestTimeoutMs) {
                    // The whole-request deadline ran out, not the idle one: say which, so --timeout is understood.
                    return util::Error(Client::tr("timed out: the daemon did not finish answering within %1 s")
                                           .arg(options.requestTimeoutMs / 1000.0),
                                       {},
                                       TransportTimedOut);
                }
                return chunk.error();
            }
            if (eof) {
                parser.finish();
                if (parser.hasFailed()) {
                    retry = reused && !parser.started();
                    const QString why = transport->closeReason();
                    drop();
                    return util::Error(why.isEmpty() ? parser.errorString()
                                                     : parser.errorString() + QStringLiteral(": ") + why,
                                       {},
                                       TransportClosed);
                }
                break;
            }
            const qsizetype used = parser.feed(chunk.value());
            if (parser.isDone() && used < chunk->size()) {
                // Bytes after the response that nobody asked for: the stream is out of step, never reuse it.
                drop();
            }
        }
        if (parser.hasFailed()) {
            drop();
            return util::Error(parser.errorString());
        }
        if (!parser.keepAlive()) {
            drop();
        }
        HttpResponse response;
        response.status = parser.status();
        response.headers = parser.headers();
        response.body = parser.takeBody();
        parser.setSink({});
        return response;
    }
};

DockerClient::DockerClient(Endpoint endpoint, ClientOptions options)
    : d(std::make_unique<Private>(std::move(endpoint), options))
{}

DockerClient::~DockerClient() = default;

const Endpoint& DockerClient::endpoint() const
{
    return d->endpoint;
}

QString DockerClient::apiVersion() const
{
    return d->apiVersion;
}

util::Result<QString> DockerClient::negotiate()
{
    d->apiVersion.clear(); // /_ping and /version are asked unversioned
    QByteArray daemonVersion;
    QString via = QStringLiteral("/_ping");
    auto ping = d->exchange(Verb::Get, QStringLiteral("/_ping"), nullptr);
    if (!ping.ok()) {
        return ping.error();
    }
    if (ping->status == 200) {
        daemonVersion = ping->headers.value("api-version");
    }
    if (daemonVersion.isEmpty()) {
        via = QStringLiteral("/version");
        auto version = d->exchange(Verb::Get, QStringLiteral("/version"), nullptr);
        if (!version.ok()) {
            return version.error();
        }
        if (version->status != 200) {
            return util::Error(
                Client::tr("the daemon answered /version with %1: %2").arg(version->status).arg(errorMessage(*version)),
                {},
                version->status);
        }
        const nlohmann::json doc = nlohmann::json::parse(
            version->body.constData(), version->body.constData() + version->body.size(), nullptr, false);
        if (!doc.is_discarded() && doc.is_object()) {
            const auto it = doc.find("ApiVersion");
            if (it != doc.end() && it->is_string()) {
                daemonVersion = QByteArray::fromStdString(it->get<std::string>());
            }
        }
    }
    int major = 0;
    int minor = 0;
    if (daemonVersion.isEmpty() || !parseApiVersion(daemonVersion, major, minor)) {
        return util::Error(Client::tr("cannot tell the daemon's API version (%1 gave \"%2\"): is this a Docker Engine?")
                               .arg(via, QString::fromLatin1(daemonVersion.left(32))));
    }
    if (major < kMinApiMajor || (major == kMinApiMajor && minor < kMinApiMinor)) {
        return util::Error(
            Client::tr("the Docker Engine speaks API %1.%2, older than the %3.%4 (Engine 20.10) Bulkhead "
                       "needs")
                .arg(major)
                .arg(minor)
                .arg(kMinApiMajor)
                .arg(kMinApiMinor),
            Client::tr("upgrade Docker Engine to 20.10 or newer"));
    }
    if (major > kMaxApiMajor || (major == kMaxApiMajor && minor > kMaxApiMinor)) {
        major = kMaxApiMajor;
        minor = kMaxApiMinor;
    }
    d->apiVersion = QStringLiteral("%1.%2").arg(major).arg(minor);
    return d->apiVersion;
}

util::Result<HttpResponse> DockerClient::get(const QString& path)
{
    return d->exchange(Verb::Get, path, nullptr);
}

util::Result<HttpResponse> DockerClient::head(const QString& path)
{
    return d->exchange(Verb::Head, path, nullptr);
}

util::Result<HttpResponse> DockerClient::getStream(const QString& path,
                                                   const std::function<bool(const char*, qsizetype)>& sink)
{
    if (!sink) {
        return util::Error(Client::tr("getStream needs a sink"));
    }
    return d->exchange(Verb::Get, path, &sink);
}

QString DockerClient::errorMessage(const HttpResponse& response)
{
    const QByteArray& body = response.body;
    if (!body.isEmpty()) {
        const nlohmann::json doc =
            nlohmann::json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
        if (!doc.is_discarded() && doc.is_object()) {
            const auto it = doc.find("message");
            if (it != doc.end() && it->is_string()) {
                QString message = QString::fromStdString(it->get<std::string>()).trimmed();
                if (message.size() > 1000) {
                    message = message.left(1000) + QStringLiteral("...");
                }
                if (!message.isEmpty()) {
                    return message;
                }
            }
        } else if (response.headers.value("content-type").startsWith("text/plain")) {
            const QString text = QString::fromUtf8(body.left(1000)).trimmed();
            if (!text.isEmpty()) {
                return text;
            }
        }
    }
    return Client::tr("HTTP status %1").arg(response.status);
}

} // namespace bulkhead::engine
