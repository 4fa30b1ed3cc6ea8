// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP/1.1 response parser on hostile bytes: status line, headers, Content-Length, chunked bodies with trailers,
// keep-alive sequences of responses. The first bytes of the input choose the options (buffered or sink, HEAD, small
// limits) and the split points; the rest is fed in pieces of those sizes, so every state sees every split. Checks
// the parser's contract, not just "no crash": while a response is in progress feed() takes every byte it is given,
// the buffered body never exceeds the cap or Content-Length, and a chunk size never goes negative.
#include "core/engine/httpcodec.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>

using bulkhead::engine::HttpResponseParser;

namespace {

void check(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 4) {
        return 0;
    }
    const uint8_t flags = data[0];
    const uint8_t split1 = data[1];
    const uint8_t split2 = data[2];
    const uint8_t split3 = data[3];
    const char* bytes = reinterpret_cast<const char*>(data + 4);
    const qsizetype total = static_cast<qsizetype>(size - 4);

    HttpResponseParser::Limits limits;
    if ((flags & 0x01) != 0) {
        limits.maxHeaderBytes = 256;
        limits.maxHeaders = 8;
        limits.maxBodyBytes = 1024;
    }
    HttpResponseParser parser(limits);
    const bool useSink = (flags & 0x02) != 0;
    qint64 sunk = 0;
    int calls = 0;
    if (useSink) {
        const int stopAfter = (flags & 0x08) != 0 ? split3 : -1; // the reader gives up after that many calls
        parser.setSink([&sunk, &calls, stopAfter](const char* p, qsizetype n) {
            check(p != nullptr || n == 0);
            check(n >= 0);
            sunk += n;
            return stopAfter < 0 || ++calls <= stopAfter;
        });
    }
    parser.reset((flags & 0x04) != 0);

    // Pieces of 1..split sizes, cycling through the three split bytes.
    const uint8_t splits[3] = {split1, split2, split3};
    qsizetype offset = 0;
    int piece = 0;
    int responses = 0;
    while (offset < total && responses < 64) {
        const qsizetype want = std::max<qsizetype>(1, splits[piece++ % 3]);
        const qsizetype n = std::min(want, total - offset);
        const qsizetype used = parser.feed(bytes + offset, n);
        check(used >= 0 && used <= n);
        if (!parser.isDone() && !parser.hasFailed()) {
            check(used == n); // in progress: every byte is consumed
        }
        if (parser.hasFailed()) {
            check(!parser.errorString().isEmpty());
        }
        offset += used;
        if (parser.isDone()) {
            const QByteArray contentLength = parser.header("content-length");
            if (!useSink) {
                check(parser.body().size() <= limits.maxBodyBytes);
                bool ok = false;
                const qlonglong declared = contentLength.toLongLong(&ok);
                if (ok && parser.header("transfer-encoding").isEmpty() && (flags & 0x04) == 0 &&
                    parser.status() >= 200 && parser.status() != 204 && parser.status() != 304) {
                    check(parser.body().size() == declared);
                }
            } else {
                check(sunk == parser.bodyBytesSeen());
            }
            check(parser.status() >= 100 && parser.status() <= 999);
            ++responses;
            if (!parser.keepAlive()) {
                break;
            }
            sunk = 0;
            parser.reset(false); // the next keep-alive response
        } else if (parser.hasFailed()) {
            break;
        }
    }
    if (!parser.isDone() && !parser.hasFailed()) {
        parser.finish();
        check(parser.isDone() || parser.hasFailed() || !parser.started());
    }
    (void)parser.takeBody();
    return 0;
}
