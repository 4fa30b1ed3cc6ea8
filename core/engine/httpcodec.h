// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

#include <functional>

namespace bulkhead::engine {

// Incremental HTTP/1.1 response parser. Bytes may arrive in any split (one at a time is fine); feed() consumes at
// most one response and leaves the rest (the next keep-alive response) to the caller. Everything the peer controls
// is capped and validated: the header block, the number of headers, chunk sizes (hex only, no 64-bit overflow) and,
// when the body is buffered, its size, which is checked against Content-Length before anything is allocated.
class HttpResponseParser
{
public:
    struct Limits
    {
        qsizetype maxHeaderBytes = 64 * 1024; // status line + headers (and trailers)
        int maxHeaders = 256;
        qint64 maxBodyBytes = 256ll << 20; // buffered bodies only; a sink receives any size
    };
    enum class State
    {
        StatusLine,
        Headers,
        Body,
        Done,
        Failed,
    };
    using Sink = std::function<bool(const char*, qsizetype)>;

    HttpResponseParser();
    explicit HttpResponseParser(Limits limits);

    // Starts a new response. `noBody`: the request was HEAD, so whatever the headers say, no body follows.
    void reset(bool noBody = false);
    // With a sink the body is handed over as it arrives instead of being buffered, and is not capped. The sink
    // returns false to stop: the parser then fails with "stopped by the reader".
    void setSink(Sink sink);

    // Consumes bytes up to the end of the current response; returns how many were used (less than size once done
    // or failed).
    qsizetype feed(const char* data, qsizetype size);
    qsizetype feed(const QByteArray& data) { return feed(data.constData(), data.size()); }
    // The peer closed the connection: ends a body delimited by the close, anything else in progress fails.
    void finish();

    State state() const { return m_state; }
    bool isDone() const { return m_state == State::Done; }
    bool hasFailed() const { return m_state == State::Failed; }
    bool headersComplete() const { return m_state == State::Body || m_state == State::Done; }
    bool started() const { return m_started; } // at least one byte of this response was seen
    QString errorString() const { return m_error; }

    int status() const { return m_status; }
    QByteArray reason() const { return m_reason; }
    const QMap<QByteArray, QByteArray>& headers() const { return m_headers; } // lower-case names
    QByteArray header(const QByteArray& lowerName) const { return m_headers.value(lowerName); }
    const QByteArray& body() const { return m_body; }
    QByteArray takeBody();
    qint64 bodyBytesSeen() const { return m_bodySeen; }
    // Whether the connection may carry another request after this response.
    bool keepAlive() const { return m_keepAlive; }

private:
    enum class BodyMode
    {
        None,
        Length,
        Chunked,
        UntilClose,
    };
    enum class ChunkState
    {
        Size,
        Data,
        DataEnd,
        Trailers,
    };

    void fail(const QString& message);
    bool takeLine(const char* data, qsizetype size, qsizetype& used, QByteArray& line, bool& complete);
    void parseStatusLine(const QByteArray& line);
    void parseHeaderLine(const QByteArray& line);
    void headersDone();
    bool deliver(const char* data, qsizetype size);
    void parseChunkSize(const QByteArray& line);

    Limits m_limits;
    Sink m_sink;
    State m_state = State::StatusLine;
    bool m_noBody = false;
    bool m_started = false;
    QString m_error;
    QByteArray m_line;           // a partial line carried between feeds
    qsizetype m_headerBytes = 0; // for the header cap
    int m_status = 0;
    QByteArray m_reason;
    int m_minorVersion = 1;
    QMap<QByteArray, QByteArray> m_headers;
    int m_headerCount = 0;
    QByteArray m_body;
    qint64 m_bodySeen = 0;
    BodyMode m_mode = BodyMode::None;
    ChunkState m_chunkState = ChunkState::Size;
    qint64 m_remaining = 0; // bytes left of the Content-Length body or of the current chunk
    bool m_keepAlive = true;
};

} // namespace bulkhead::engine
