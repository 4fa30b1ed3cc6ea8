// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/httpcodec.h"

#include <QTest>

using bulkhead::engine::HttpResponseParser;

namespace {

// Feeds `wire` split at `cut` and returns the parser's state; `used` gets the bytes consumed in total.
HttpResponseParser
parseSplit(const QByteArray& wire, qsizetype cut, qsizetype* used = nullptr, HttpResponseParser::Limits limits = {})
{
    HttpResponseParser p(limits);
    p.reset();
    qsizetype n = p.feed(wire.constData(), cut);
    if (n == cut && !p.isDone() && !p.hasFailed()) {
        n += p.feed(wire.constData() + cut, wire.size() - cut);
    }
    if (used != nullptr) {
        *used = n;
    }
    return p;
}

const QByteArray kChunked = "HTTP/1.1 200 OK\r\n"
                            "Content-Type: application/json\r\n"
                            "Transfer-Encoding: chunked\r\n"
                            "\r\n"
                            "5;name=value\r\n[{\"a\"\r\n"
                            "A\r\n:1},{\"b\":2\r\n"
                            "2 \r\n}]\r\n"
                            "0\r\n"
                            "X-Trailer: yes\r\n"
                            "\r\n";

} // namespace

class TestHttpCodec : public QObject
{
    Q_OBJECT

private slots:
    void decodesChunkedSplitAtEveryByte()
    {
        for (qsizetype cut = 0; cut <= kChunked.size(); ++cut) {
            qsizetype used = 0;
            HttpResponseParser p = parseSplit(kChunked, cut, &used);
            QVERIFY2(p.isDone(), qPrintable(QStringLiteral("cut %1: %2").arg(cut).arg(p.errorString())));
            QCOMPARE(p.status(), 200);
            QCOMPARE(p.body(), QByteArray("[{\"a\":1},{\"b\":2}]"));
            QCOMPARE(used, kChunked.size());
            QVERIFY(p.keepAlive());
        }
    }

    void decodesChunkedOneByteAtATime()
    {
        HttpResponseParser p;
        p.reset();
        for (char c : kChunked) {
            QCOMPARE(p.feed(&c, 1), qsizetype(1));
        }
        QVERIFY(p.isDone());
        QCOMPARE(p.body().size(), qsizetype(17));
        QCOMPARE(p.header("content-type"), QByteArray("application/json"));
    }

    void decodesContentLengthSplitAtEveryByte()
    {
        const QByteArray wire = "HTTP/1.1 404 Not Found\r\nContent-Length: 26\r\nApi-Version: 1.41\r\n\r\n"
                                "{\"message\":\"no such one\"}\n";
        for (qsizetype cut = 0; cut <= wire.size(); ++cut) {
            HttpResponseParser p = parseSplit(wire, cut);
            QVERIFY2(p.isDone(), qPrintable(p.errorString()));
            QCOMPARE(p.status(), 404);
            QCOMPARE(p.reason(), QByteArray("Not Found"));
            QCOMPARE(p.header("api-version"), QByteArray("1.41"));
            QCOMPARE(p.body().size(), qsizetype(26));
        }
    }

    void keepAliveLeavesTheNextResponseUntouched()
    {
        const QByteArray first = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nOK";
        const QByteArray second = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n";
        const QByteArray both = first + second;
        HttpResponseParser p;
        p.reset();
        const qsizetype used = p.feed(both);
        QVERIFY(p.isDone());
        QCOMPARE(used, first.size());
        QCOMPARE(p.body(), QByteArray("OK"));
        QVERIFY(p.keepAlive());
        p.reset();
        QCOMPARE(p.feed(both.mid(used)), second.size());
        QVERIFY(p.isDone());
        QCOMPARE(p.body(), QByteArray("abc"));
    }

    void connectionCloseAndHttp10AreNotKeptAlive()
    {
        HttpResponseParser p;
        p.reset();
        p.feed(QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"));
        QVERIFY(p.isDone());
        QVERIFY(!p.keepAlive());
        p.reset();
        p.feed(QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n"));
        QVERIFY(p.isDone());
        QVERIFY(!p.keepAlive());
    }

    void bodyUntilCloseEndsAtFinish()
    {
        HttpResponseParser p;
        p.reset();
        p.feed(QByteArray("HTTP/1.1 200 OK\r\n\r\nsome data"));
        QVERIFY(!p.isDone());
        p.finish();
        QVERIFY(p.isDone());
        QCOMPARE(p.body(), QByteArray("some data"));
        QVERIFY(!p.keepAlive());
    }

    void headAnd204And304HaveNoBody()
    {
        HttpResponseParser p;
        p.reset(true);
        const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n";
        QCOMPARE(p.feed(head + "HTTP/1.1"), head.size());
        QVERIFY(p.isDone());
        QVERIFY(p.body().isEmpty());
        for (const char* status : {"204 No Content", "304 Not Modified"}) {
            p.reset();
            const QByteArray wire = QByteArray("HTTP/1.1 ") + status + "\r\nContent-Length: 5\r\n\r\n";
            QCOMPARE(p.feed(wire + "xxxxx"), wire.size());
            QVERIFY(p.isDone());
        }
    }

    void skipsInterimResponses()
    {
        HttpResponseParser p;
        p.reset();
        p.feed(QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx"));
        QVERIFY(p.isDone());
        QCOMPARE(p.status(), 200);
        QCOMPARE(p.body(), QByteArray("x"));
    }

    void truncatedBodiesFail_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<QString>("expect");
        QTest::newRow("length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n12345") << "5 of 10";
        QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab")
                                 << "chunked";
        QTest::newRow("chunk trailer") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n")
                                       << "chunked";
        QTest::newRow("headers") << QByteArray("HTTP/1.1 200 OK\r\nContent-") << "headers";
        QTest::newRow("nothing") << QByteArray() << "without answering";
    }

    void truncatedBodiesFail()
    {
        QFETCH(QByteArray, wire);
        QFETCH(QString, expect);
        HttpResponseParser p;
        p.reset();
        p.feed(wire);
        QVERIFY(!p.isDone());
        p.finish();
        QVERIFY(p.hasFailed());
        QVERIFY2(p.errorString().contains(expect), qPrintable(p.errorString()));
        QVERIFY(p.errorString().contains(QLatin1String("closed")));
    }

    void refusesHugeContentLengthAtOnce()
    {
        HttpResponseParser p; // default cap 256 MiB
        p.reset();
        const QByteArray wire = "HTTP/1.1 200 OK\r\nContent-Length: 10737418240\r\n\r\n";
        p.feed(wire);
        QVERIFY(p.hasFailed());
        QVERIFY2(p.errorString().contains(QLatin1String("too large")), qPrintable(p.errorString()));
        QVERIFY(p.body().capacity() < 1024 * 1024); // nothing was reserved for it
    }

    void capsBufferedBodies()
    {
        HttpResponseParser::Limits limits;
        limits.maxBodyBytes = 10;
        QByteArray wire = "HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\n";
        QVERIFY(parseSplit(wire, wire.size(), nullptr, limits).hasFailed());
        wire = "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n0123456789";
        QVERIFY(parseSplit(wire, 3, nullptr, limits).isDone());
        // Chunks add up: 6 + 6 > 10.
        wire = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nabcdef\r\n6\r\nabcdef\r\n0\r\n\r\n";
        HttpResponseParser p = parseSplit(wire, 20, nullptr, limits);
        QVERIFY(p.hasFailed());
        QVERIFY2(p.errorString().contains(QLatin1String("too large")), qPrintable(p.errorString()));
        // Until-close bodies too.
        wire = "HTTP/1.1 200 OK\r\n\r\n0123456789A";
        QVERIFY(parseSplit(wire, 5, nullptr, limits).hasFailed());
    }

    void sinkGetsAnySizeWithFlatMemory()
    {
        HttpResponseParser::Limits limits;
        limits.maxBodyBytes = 10;
        HttpResponseParser p(limits);
        p.reset();
        qint64 received = 0;
        p.setSink([&](const char*, qsizetype n) {
            received += n;
            return true;
        });
        p.feed(QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 3000000\r\n\r\n"));
        const QByteArray block(64 * 1024, 'x');
        while (!p.isDone() && !p.hasFailed()) {
            p.feed(block.constData(), std::min<qint64>(block.size(), 3000000 - received));
        }
        QVERIFY(p.isDone());
        QCOMPARE(received, qint64(3000000));
        QVERIFY(p.body().isEmpty());
    }

    void sinkCanStop()
    {
        HttpResponseParser p;
        p.reset();
        p.setSink([](const char*, qsizetype) { return false; });
        p.feed(QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc"));
        QVERIFY(p.hasFailed());
        QVERIFY(!p.keepAlive());
    }

    void refusesOversizedHeaders()
    {
        HttpResponseParser p;
        p.reset();
        QByteArray wire = "HTTP/1.1 200 OK\r\nX-Big: " + QByteArray(70 * 1024, 'a');
        p.feed(wire); // no newline ever: must still stop at the cap
        QVERIFY(p.hasFailed());
        QVERIFY2(p.errorString().contains(QLatin1String("too large")), qPrintable(p.errorString()));

        p.reset();
        QByteArray many = "HTTP/1.1 200 OK\r\n";
        for (int i = 0; i < 300; ++i) {
            many += "X-H" + QByteArray::number(i) + ": v\r\n";
        }
        p.feed(many + "\r\n");
        QVERIFY(p.hasFailed());
        QVERIFY2(p.errorString().contains(QLatin1String("too many")), qPrintable(p.errorString()));
    }

    void refusesBadChunkSizes_data()
    {
        QTest::addColumn<QByteArray>("chunk");
        QTest::addColumn<QString>("expect");
        QTest::newRow("non-hex") << QByteArray("zz\r\n") << "not hexadecimal";
        QTest::newRow("empty") << QByteArray("\r\n") << "not hexadecimal";
        QTest::newRow("negative") << QByteArray("-5\r\n") << "not hexadecimal";
        QTest::newRow("0x prefix") << QByteArray("0x5\r\n") << "not hexadecimal";
        QTest::newRow("overflow 64") << QByteArray("1ffffffffffffffff\r\n") << "overflows";
        QTest::newRow("overflow 63") << QByteArray("8000000000000000\r\n") << "overflows";
        QTest::newRow("too large") << QByteArray("7fffffffffffffff\r\n") << "too large";
        QTest::newRow("data too long") << QByteArray("2\r\nabc\r\n") << "longer than";
        QTest::newRow("junk after size") << QByteArray("5 x\r\n") << "not hexadecimal";
    }

    void refusesBadChunkSizes()
    {
        QFETCH(QByteArray, chunk);
        QFETCH(QString, expect);
        HttpResponseParser p;
        p.reset();
        p.feed(QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n") + chunk);
        QVERIFY(p.hasFailed());
        QVERIFY2(p.errorString().contains(expect), qPrintable(p.errorString()));
    }

    void acceptsLeadingZerosInChunkSizes()
    {
        HttpResponseParser p;
        p.reset();
        p.feed(QByteArray(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n00000000000000000003\r\nabc\r\n0\r\n\r\n"));
        QVERIFY2(p.isDone(), qPrintable(p.errorString()));
        QCOMPARE(p.body(), QByteArray("abc"));
    }

    void refusesMalformedHeadersAndStatus_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<QString>("expect");
        QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << "not an HTTP";
        QTest::newRow("garbage no newline") << QByteArray("<html><body>") << "not an HTTP";
        QTest::newRow("http/2") << QByteArray("HTTP/2 200\r\n\r\n") << "not an HTTP";
        QTest::newRow("bad status") << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n") << "status";
        QTest::newRow("folded") << QByteArray("HTTP/1.1 200 OK\r\nA: b\r\n c\r\n\r\n") << "folded";
        QTest::newRow("no colon") << QByteArray("HTTP/1.1 200 OK\r\nnocolon\r\n\r\n") << "malformed";
        QTest::newRow("space in name") << QByteArray("HTTP/1.1 200 OK\r\nBad Name: x\r\n\r\n") << "malformed";
        QTest::newRow("bad length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1e3\r\n\r\n") << "Content-Length";
        QTest::newRow("negative length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n")
                                         << "Content-Length";
        QTest::newRow("conflicting lengths")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n") << "conflicting";
        QTest::newRow("gzip te") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n")
                                 << "transfer-encoding";
        QTest::newRow("switching") << QByteArray("HTTP/1.1 101 Switching\r\nUpgrade: tcp\r\n\r\n") << "switched";
    }

    void refusesMalformedHeadersAndStatus()
    {
        QFETCH(QByteArray, wire);
        QFETCH(QString, expect);
        for (qsizetype cut = 0; cut <= wire.size(); ++cut) {
            HttpResponseParser p = parseSplit(wire, cut);
            QVERIFY2(p.hasFailed(), qPrintable(QStringLiteral("cut %1").arg(cut)));
            QVERIFY2(p.errorString().contains(expect), qPrintable(p.errorString()));
        }
    }

    void duplicateEqualLengthsAndBothFramings()
    {
        HttpResponseParser p;
        p.reset();
        p.feed(QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nab"));
        QVERIFY2(p.isDone(), qPrintable(p.errorString()));
        p.reset();
        // Both framings: chunked wins and the connection is never reused.
        p.feed(QByteArray(
            "HTTP/1.1 200 OK\r\nContent-Length: 99\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n0\r\n\r\n"));
        QVERIFY(p.isDone());
        QCOMPARE(p.body(), QByteArray("a"));
        QVERIFY(!p.keepAlive());
    }

    void survivesRandomBytes()
    {
        // Not a fuzzer, a smoke check that arbitrary input ends in a state, never a crash or a hang.
        quint32 seed = 12345;
        for (int round = 0; round < 2000; ++round) {
            QByteArray wire = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
            const int n = 1 + round % 200;
            for (int i = 0; i < n; ++i) {
                seed = seed * 1664525u + 1013904223u;
                static const char alphabet[] = "0123456789abcdefXZ;\r\n \t";
                wire += alphabet[(seed >> 16) % (sizeof(alphabet) - 1)];
            }
            HttpResponseParser p;
            p.reset();
            const qsizetype used = p.feed(wire);
            QVERIFY(used <= wire.size());
            p.finish();
            QVERIFY(p.isDone() || p.hasFailed());
        }
    }
};

QTEST_GUILESS_MAIN(TestHttpCodec)
#include "tst_httpcodec.moc"
