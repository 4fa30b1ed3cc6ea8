// SPDX-License-Identifier: GPL-3.0-or-later
// Read-only by construction, checked from the outside: a recording proxy on loopback sits between Bulkhead and the
// test daemon, parses every request that crosses it and the test asserts that only GET and HEAD were ever sent,
// by the client, by the inventory collector and by the CLI commands that read a daemon.
#include "core/engine/dockerclient.h"
#include "core/engine/inventory.h"
#include "tests/common/testdaemon.h"

#include <QFileInfo>
#include <QLocalSocket>
#include <QMutex>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace bulkhead;

namespace {

// Forwards loopback TCP connections to the daemon's unix socket and records each HTTP request (method and target),
// following keep-alive: bodies announced with Content-Length are skipped, a chunked request body is recorded as a
// violation by itself.
class RecordingProxy : public QThread
{
public:
    explicit RecordingProxy(QString socketPath) : m_socketPath(std::move(socketPath)) {}

    quint16 startAndWait()
    {
        start();
        while (m_port.loadAcquire() == 0) {
            QThread::msleep(10);
        }
        return static_cast<quint16>(m_port.loadAcquire());
    }

    QStringList requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }

protected:
    void run() override
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost)) {
            m_port.storeRelease(-1);
            return;
        }
        QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
            while (QTcpSocket* client = server.nextPendingConnection()) {
                auto* daemon = new QLocalSocket(client);
                daemon->connectToServer(m_socketPath);
                daemon->waitForConnected(5000); // local sockets connect at once; then writes go straight through
                auto* pending = new QByteArray;
                auto* skip = new qint64(0);
                QObject::connect(client, &QObject::destroyed, [pending, skip] {
                    delete pending;
                    delete skip;
                });
                QObject::connect(client, &QTcpSocket::readyRead, client, [this, client, daemon, pending, skip] {
                    const QByteArray data = client->readAll();
                    daemon->write(data);
                    pending->append(data);
                    parse(*pending, *skip);
                });
                QObject::connect(
                    daemon, &QLocalSocket::readyRead, client, [client, daemon] { client->write(daemon->readAll()); });
                QObject::connect(
                    daemon, &QLocalSocket::disconnected, client, [client] { client->disconnectFromHost(); });
                QObject::connect(client, &QTcpSocket::disconnected, client, [client, daemon] {
                    daemon->abort();
                    client->deleteLater();
                });
            }
        });
        m_port.storeRelease(server.serverPort());
        exec();
    }

private:
    void parse(QByteArray& pending, qint64& skip)
    {
        while (true) {
            if (skip > 0) {
                const qint64 n = std::min<qint64>(skip, pending.size());
                pending.remove(0, n);
                skip -= n;
                if (skip > 0) {
                    return;
                }
            }
            const qsizetype end = pending.indexOf("\r\n\r\n");
            if (end < 0) {
                return;
            }
            const QByteArray head = pending.left(end);
            pending.remove(0, end + 4);
            const QList<QByteArray> lines = head.split('\n');
            QString record = QString::fromLatin1(lines.value(0).trimmed());
            for (const QByteArray& line : lines.mid(1)) {
                const QByteArray l = line.trimmed().toLower();
                if (l.startsWith("content-length:")) {
                    skip = l.mid(15).trimmed().toLongLong();
                    if (skip > 0) {
                        record += QStringLiteral(" [with a %1-byte body]").arg(skip);
                    }
                } else if (l.startsWith("transfer-encoding:")) {
                    record += QStringLiteral(" [with a chunked body]");
                }
            }
            QMutexLocker lock(&m_mutex);
            m_requests << record;
        }
    }

    QString m_socketPath;
    QAtomicInt m_port{0};
    mutable QMutex m_mutex;
    QStringList m_requests;
};

void verifyOnlyReads(const QStringList& requests, int atLeast)
{
    QVERIFY2(requests.size() >= atLeast,
             qPrintable(QStringLiteral("only %1 requests crossed the proxy").arg(requests.size())));
    for (const QString& r : requests) {
        const bool read = r.startsWith(QLatin1String("GET /")) || r.startsWith(QLatin1String("HEAD /"));
        QVERIFY2(read && !r.contains(QLatin1String("[with")), qPrintable(QStringLiteral("not read-only: ") + r));
        QVERIFY2(r.endsWith(QLatin1String(" HTTP/1.1")), qPrintable(r));
    }
}

QString socketPath(const test::TestDaemon& daemon)
{
    const QString host = daemon.dockerHost();
    return host.startsWith(QLatin1String("unix://")) ? host.mid(7) : QString();
}

} // namespace

class TestReadOnly : public QObject
{
    Q_OBJECT

    test::TestDaemon m_daemon;

private slots:
    void theProxySeesWritesWhenThereAreSome()
    {
        // The proxy must be able to fail the test: the docker CLI through it sends a POST.
        BULKHEAD_REQUIRE_TESTD(m_daemon);
        RecordingProxy proxy(socketPath(m_daemon));
        const quint16 port = proxy.startAndWait();
        QProcess docker;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("tcp://127.0.0.1:%1").arg(port));
        env.remove(QStringLiteral("DOCKER_TLS_VERIFY"));
        env.remove(QStringLiteral("DOCKER_CONTEXT"));
        docker.setProcessEnvironment(env);
        const QString exe = m_daemon.value(QStringLiteral("DOCKER")).isEmpty()
                                ? QStringLiteral("docker")
                                : m_daemon.value(QStringLiteral("DOCKER"));
        // Creating a network is harmless on the private daemon, and is a write.
        docker.start(exe, {QStringLiteral("network"), QStringLiteral("create"), QStringLiteral("bh-readonly-probe")});
        QVERIFY(docker.waitForFinished(60000));
        m_daemon.docker({QStringLiteral("network"), QStringLiteral("rm"), QStringLiteral("bh-readonly-probe")});
        bool sawPost = false;
        for (const QString& r : proxy.requests()) {
            sawPost = sawPost || r.startsWith(QLatin1String("POST "));
        }
        proxy.quit();
        proxy.wait();
        QVERIFY2(sawPost, qPrintable(proxy.requests().join(u'\n')));
    }

    void clientAndCollectorOnlyRead()
    {
        BULKHEAD_REQUIRE_TESTD(m_daemon);
        RecordingProxy proxy(socketPath(m_daemon));
        const quint16 port = proxy.startAndWait();
        const auto endpoint = engine::parseEndpointUrl(QStringLiteral("tcp://127.0.0.1:%1").arg(port));
        QVERIFY(endpoint.ok());

        engine::DockerClient client(endpoint.value());
        QVERIFY(client.negotiate().ok());
        QVERIFY(client.head(QStringLiteral("/_ping")).ok());
        QVERIFY(client.get(QStringLiteral("/info")).ok());
        const auto list = client.get(QStringLiteral("/images/json"));
        QVERIFY(list.ok());
        QVERIFY(client.get(QStringLiteral("/containers/json?all=1")).ok());
        const QString image =
            m_daemon.docker({QStringLiteral("images"), QStringLiteral("-q")}).split(u'\n', Qt::SkipEmptyParts).value(0);
        if (!image.isEmpty()) {
            QVERIFY(
                client
                    .getStream(QStringLiteral("/images/%1/get").arg(image), [](const char*, qsizetype) { return true; })
                    .ok());
        }

        const auto raw = engine::collectInventory(endpoint.value());
        QVERIFY2(raw.ok(), raw.ok() ? "" : qPrintable(raw.error().text()));
        QVERIFY(!raw->containers.empty());

        const QStringList requests = proxy.requests();
        proxy.quit();
        proxy.wait();
        verifyOnlyReads(requests, 10 + int(raw->containers.size()));
    }

    void cliCommandsOnlyRead()
    {
        BULKHEAD_REQUIRE_TESTD(m_daemon);
        // BULKHEAD_CLI points at another build of the CLI when needed.
        const QString cli = qEnvironmentVariableIsEmpty("BULKHEAD_CLI")
                                ? test::binaryPath(QStringLiteral("app/bulkhead-cli"))
                                : qEnvironmentVariable("BULKHEAD_CLI");
        if (!QFileInfo::exists(cli)) {
            BULKHEAD_SKIP_OUTSIDE_CI(QStringLiteral("bulkhead-cli is not built"));
        }
        RecordingProxy proxy(socketPath(m_daemon));
        const quint16 port = proxy.startAndWait();
        const QString host = QStringLiteral("tcp://127.0.0.1:%1").arg(port);
        QTemporaryDir dir;
        const QList<QStringList> runs{
            {QStringLiteral("inventory"),
             QStringLiteral("--host"),
             host,
             QStringLiteral("--format"),
             QStringLiteral("json")},
            {QStringLiteral("inventory"), QStringLiteral("--host"), host},
            {QStringLiteral("snapshot"),
             QStringLiteral("--host"),
             host,
             QStringLiteral("-o"),
             dir.filePath(QStringLiteral("s.json"))},
        };
        int ran = 0;
        for (const QStringList& args : runs) {
            QProcess p;
            p.start(cli, args);
            QVERIFY(p.waitForFinished(240000));
            const QByteArray err = p.readAllStandardError();
            QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                     qPrintable(args.join(u' ') + QStringLiteral(": ") + QString::fromUtf8(err)));
            ++ran;
        }
        const QStringList requests = proxy.requests();
        proxy.quit();
        proxy.wait();
        QCOMPARE(ran, int(runs.size()));
        verifyOnlyReads(requests, 10);
    }
};

QTEST_GUILESS_MAIN(TestReadOnly)
#include "tst_readonly.moc"
