// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/httpcodec.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <limits>

namespace bulkhead::engine {

namespace {

struct Http
{
    Q_DECLARE_TR_FUNCTIONS(bulkhead::engine::Http)
};

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        return true;
    }
    return std::strchr("!#$%&'*+-.^_`|~", c) != nullptr && c != '\0';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

// A printable excerpt of what the peer sent, for error messages (never more than a few bytes, never control chars).
QString excerpt(const QByteArray& bytes)
{
    QString out;
    for (char c : bytes.left(24)) {
        const auto u = static_cast<unsigned char>(c);
        out += (u >= 0x20 && u < 0x7f) ? QChar(c) : QChar(u'?');
    }
    return bytes.size() > 24 ? out + QStringLiteral("...") : out;
}

} // namespace

HttpResponseParser::HttpResponseParser() : HttpResponseParser(Limits{}) {}

HttpResponseParser::HttpResponseParser(Limits limits) : m_limits(limits) {}

void HttpResponseParser::reset(bool noBody)
{
    m_state = State::StatusLine;
    m_noBody = noBody;
    m_started = false;
    m_error.clear();
    m_line.clear();
    m_headerBytes = 0;
    m_status = 0;
    m_reason.clear();
    m_minorVersion = 1;
    m_headers.clear();
    m_headerCount = 0;
    m_body.clear();
    m_bodySeen = 0;
    m_mode = BodyMode::None;
    m_chunkState = ChunkState::Size;
    m_remaining = 0;
    m_keepAlive = true;
}

void HttpResponseParser::setSink(Sink sink)
{
    m_sink = std::move(sink);
}

QByteArray HttpResponseParser::takeBody()
{
    QByteArray out;
    out.swap(m_body);
    return out;
}

void HttpResponseParser::fail(const QString& message)
{
    if (m_state != State::Failed) {
        m_state = State::Failed;
        m_error = message;
        m_keepAlive = false;
    }
}

// Collects one line (without CR LF) across feeds. Lines count against the header cap, so a peer that never sends a
// newline is cut off at maxHeaderBytes.
bool HttpResponseParser::takeLine(const char* data, qsizetype size, qsizetype& used, QByteArray& line, bool& complete)
{
    complete = false;
    const char* start = data + used;
    const qsizetype avail = size - used;
    const void* nl = std::memchr(start, '\n', static_cast<size_t>(avail));
    const qsizetype take = nl != nullptr ? static_cast<const char*>(nl) - start + 1 : avail;
    m_headerBytes += take;
    if (m_headerBytes > m_limits.maxHeaderBytes) {
        fail(Http::tr("the daemon's response headers are too large (more than %1 bytes)").arg(m_limits.maxHeaderBytes));
        return false;
    }
    m_line.append(start, take);
    used += take;
    if (nl == nullptr) {
        return true;
    }
    m_line.chop(1);
    if (m_line.endsWith('\r')) {
        m_line.chop(1);
    }
    line.swap(m_line);
    m_line.clear();
    complete = true;
    return true;
}

qsizetype HttpResponseParser::feed(const char* data, qsizetype size)
{
    qsizetype used = 0;
    if (size > 0 && m_state != State::Done && m_state != State::Failed) {
        m_started = true;
    }
    while (used < size && m_state != State::Done && m_state != State::Failed) {
        if (m_state == State::StatusLine || m_state == State::Headers) {
            QByteArray line;
            bool complete = false;
            if (!takeLine(data, size, used, line, complete)) {
                break;
            }
            if (!complete) {
                // A status line must look like HTTP early: garbage fails fast instead of waiting for a newline.
                if (m_state == State::StatusLine && m_line.size() >= 5 && !m_line.startsWith("HTTP/")) {
                    fail(Http::tr("not an HTTP response (it starts with \"%1\")").arg(excerpt(m_line)));
                }
                continue;
            }
            if (m_state == State::StatusLine) {
                parseStatusLine(line);
            } else if (line.isEmpty()) {
                headersDone();
            } else {
                parseHeaderLine(line);
            }
            continue;
        }
        // Body.
        switch (m_mode) {
        case BodyMode::None:
            m_state = State::Done;
            break;
        case BodyMode::Length: {
            const qsizetype n = static_cast<qsizetype>(std::min<qint64>(m_remaining, size - used));
            if (!deliver(data + used, n)) {
                return used + n;
            }
            used += n;
            m_remaining -= n;
            if (m_remaining == 0) {
                m_state = State::Done;
            }
            break;
        }
        case BodyMode::UntilClose: {
            const qsizetype n = size - used;
            if (!deliver(data + used, n)) {
                return size;
            }
            used = size;
            break;
        }
        case BodyMode::Chunked:
            switch (m_chunkState) {
            case ChunkState::Size:
            case ChunkState::DataEnd:
            case ChunkState::Trailers: {
                QByteArray line;
                bool complete = false;
                if (!takeLine(data, size, used, line, complete) || !complete) {
                    break;
                }
                if (m_chunkState == ChunkState::Size) {
                    parseChunkSize(line);
                } else if (m_chunkState == ChunkState::DataEnd) {
                    if (!line.isEmpty()) {
                        fail(Http::tr("malformed chunked body: chunk data is longer than its chunk size"));
                    } else {
                        m_chunkState = ChunkState::Size;
                    }
                } else if (line.isEmpty()) {
                    m_state = State::Done;
                } else if (++m_headerCount > m_limits.maxHeaders) {
                    fail(Http::tr("too many trailer fields in the daemon's response"));
                }
                break;
            }
            case ChunkState::Data: {
                const qsizetype n = static_cast<qsizetype>(std::min<qint64>(m_remaining, size - used));
                if (!deliver(data + used, n)) {
                    return used + n;
                }
                used += n;
                m_remaining -= n;
                if (m_remaining == 0) {
                    m_chunkState = ChunkState::DataEnd;
                }
                break;
            }
            }
            break;
        }
    }
    // A zero-length body completes without needing another byte.
    if (m_state == State::Body && m_mode == BodyMode::Length && m_remaining == 0) {
        m_state = State::Done;
    }
    return used;
}

void HttpResponseParser::finish()
{
    if (m_state == State::Done || m_state == State::Failed) {
        return;
    }
    if (m_state == State::Body && m_mode == BodyMode::UntilClose) {
        m_state = State::Done;
        m_keepAlive = false;
        return;
    }
    if (!m_started) {
        fail(Http::tr("the daemon closed the connection without answering"));
    } else if (m_state == State::Body && m_mode == BodyMode::Length) {
        fail(Http::tr("the daemon closed the connection before the end of the response (%1 of %2 bytes received)")
                 .arg(m_bodySeen)
                 .arg(m_bodySeen + m_remaining));
    } else if (m_state == State::Body) {
        fail(Http::tr("the daemon closed the connection in the middle of a chunked response (%1 bytes received)")
                 .arg(m_bodySeen));
    } else {
        fail(Http::tr("the daemon closed the connection in the middle of the response headers"));
    }
}

void HttpResponseParser::parseStatusLine(const QByteArray& line)
{
    // HTTP/1.x SSS [reason]
    if (line.size() < 12 || !line.startsWith("HTTP/1.") || (line[7] != '0' && line[7] != '1') || line[8] != ' ') {
        fail(Http::tr("not an HTTP/1.x response (status line \"%1\")").arg(excerpt(line)));
        return;
    }
    int status = 0;
    for (int i = 9; i < 12; ++i) {
        if (line[i] < '0' || line[i] > '9') {
            fail(Http::tr("not an HTTP response: bad status code in \"%1\"").arg(excerpt(line)));
            return;
        }
        status = status * 10 + (line[i] - '0');
    }
    if (status < 100 || (line.size() > 12 && line[12] != ' ')) {
        fail(Http::tr("not an HTTP response: bad status code in \"%1\"").arg(excerpt(line)));
        return;
    }
    m_minorVersion = line[7] - '0';
    m_status = status;
    m_reason = line.mid(13);
    m_state = State::Headers;
}

void HttpResponseParser::parseHeaderLine(const QByteArray& line)
{
    if (line[0] == ' ' || line[0] == '\t') {
        fail(Http::tr("malformed response header: folded header lines are not allowed"));
        return;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0) {
        fail(Http::tr("malformed response header \"%1\"").arg(excerpt(line)));
        return;
    }
    QByteArray name = line.left(colon);
    for (char c : name) {
        if (!isTokenChar(c)) {
            fail(Http::tr("malformed response header name \"%1\"").arg(excerpt(name)));
            return;
        }
    }
    if (++m_headerCount > m_limits.maxHeaders) {
        fail(Http::tr("too many header fields in the daemon's response (more than %1)").arg(m_limits.maxHeaders));
        return;
    }
    name = name.toLower();
    const QByteArray value = line.mid(colon + 1).trimmed();
    auto it = m_headers.find(name);
    if (it == m_headers.end()) {
        m_headers.insert(name, value);
    } else {
        it.value() += ", " + value; // RFC 9110 5.3: repeated fields combine as a list
    }
}

void HttpResponseParser::headersDone()
{
    if (m_status >= 100 && m_status < 200) {
        // Interim response (100 Continue, 102 Processing): the real one follows. 101 would switch protocols, which
        // we never ask for.
        if (m_status == 101) {
            fail(Http::tr("the daemon switched protocols, which was not requested"));
            return;
        }
        const bool noBody = m_noBody;
        const qsizetype headerBytes = m_headerBytes;
        reset(noBody);
        m_started = true;
        m_headerBytes = headerBytes; // interim responses still count against the cap
        return;
    }
    const QByteArray connection = m_headers.value("connection").toLower();
    m_keepAlive = m_minorVersion == 1 ? !connection.contains("close") : connection.contains("keep-alive");

    const bool hasTe = m_headers.contains("transfer-encoding");
    const bool hasLength = m_headers.contains("content-length");
    m_state = State::Body;
    if (m_noBody || m_status == 204 || m_status == 304) {
        m_mode = BodyMode::None;
        m_state = State::Done;
        return;
    }
    if (hasTe) {
        const QByteArray te = m_headers.value("transfer-encoding").toLower().trimmed();
        if (te != "chunked") {
            fail(Http::tr("unsupported transfer-encoding \"%1\" in the daemon's response").arg(excerpt(te)));
            return;
        }
        m_mode = BodyMode::Chunked;
        m_chunkState = ChunkState::Size;
        m_headerBytes = 0; // chunk-size lines and trailers get their own cap
        if (hasLength) {
            m_keepAlive = false; // both framings at once: trust chunked, never reuse the connection (RFC 9112 6.3)
        }
        return;
    }
    if (hasLength) {
        const QByteArray raw = m_headers.value("content-length");
        // Repeated identical values ("5, 5") are allowed; anything else is refused.
        qint64 length = -1;
        for (const QByteArray& part : raw.split(',')) {
            const QByteArray v = part.trimmed();
            if (v.isEmpty() || v.size() > 18) {
                fail(Http::tr("invalid Content-Length \"%1\" in the daemon's response").arg(excerpt(raw)));
                return;
            }
            qint64 n = 0;
            for (char c : v) {
                if (c < '0' || c > '9') {
                    fail(Http::tr("invalid Content-Length \"%1\" in the daemon's response").arg(excerpt(raw)));
                    return;
                }
                n = n * 10 + (c - '0');
            }
            if (length >= 0 && n != length) {
                fail(Http::tr("conflicting Content-Length values in the daemon's response"));
                return;
            }
            length = n;
        }
        if (!m_sink && length > m_limits.maxBodyBytes) {
            fail(Http::tr("the daemon's response is too large (%1 bytes, the limit is %2)")
                     .arg(length)
                     .arg(m_limits.maxBodyBytes));
            return;
        }
        m_mode = BodyMode::Length;
        m_remaining = length;
        if (!m_sink) {
            m_body.reserve(static_cast<qsizetype>(std::min<qint64>(length, 1 << 20)));
        }
        if (length == 0) {
            m_state = State::Done;
        }
        return;
    }
    m_mode = BodyMode::UntilClose;
    m_keepAlive = false;
}

void HttpResponseParser::parseChunkSize(const QByteArray& line)
{
    // chunk-size [ BWS ; chunk-ext ]
    qsizetype i = 0;
    quint64 size = 0;
    int digits = 0;
    int significant = 0; // leading zeros are legal and do not count towards overflow
    while (i < line.size() && hexValue(line[i]) >= 0) {
        ++digits;
        if ((size != 0 || hexValue(line[i]) != 0) && ++significant > 16) {
            fail(Http::tr("bad chunk size in the daemon's response: \"%1\" overflows").arg(excerpt(line)));
            return;
        }
        size = (size << 4) | static_cast<quint64>(hexValue(line[i]));
        ++i;
    }
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) {
        ++i;
    }
    if (digits == 0 || (i < line.size() && line[i] != ';')) {
        fail(Http::tr("bad chunk size \"%1\" in the daemon's response (not hexadecimal)").arg(excerpt(line)));
        return;
    }
    if (size > static_cast<quint64>(std::numeric_limits<qint64>::max())) {
        fail(Http::tr("bad chunk size in the daemon's response: \"%1\" overflows").arg(excerpt(line)));
        return;
    }
    const auto n = static_cast<qint64>(size);
    if (!m_sink && n > m_limits.maxBodyBytes - m_bodySeen) {
        fail(Http::tr("the daemon's response is too large (a chunk of %1 bytes after %2, the limit is %3)")
                 .arg(n)
                 .arg(m_bodySeen)
                 .arg(m_limits.maxBodyBytes));
        return;
    }
    if (n == 0) {
        m_chunkState = ChunkState::Trailers;
        return;
    }
    // The chunk-size line is not part of the header block: only its own length is capped.
    m_headerBytes = 0;
    m_remaining = n;
    m_chunkState = ChunkState::Data;
}

bool HttpResponseParser::deliver(const char* data, qsizetype size)
{
    if (size <= 0) {
        return true;
    }
    m_bodySeen += size;
    if (m_sink) {
        if (!m_sink(data, size)) {
            fail(Http::tr("stopped by the reader"));
            return false;
        }
        return true;
    }
    if (m_bodySeen > m_limits.maxBodyBytes) {
        fail(Http::tr("the daemon's response is too large (more than %1 bytes)").arg(m_limits.maxBodyBytes));
        return false;
    }
    m_body.append(data, size);
    return true;
}

} // namespace bulkhead::engine
