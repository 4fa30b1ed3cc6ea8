// SPDX-License-Identifier: GPL-3.0-or-later
// The client against the real private test daemon (unix, TLS, ssh) and against small local servers for the failure
// cases a daemon will not produce on demand (permission denied, refused, idle close, cancel).
#include "core/engine/dockerclient.h"
#include "core/engine/transport.h"
#include "tests/common/hostileserver.h"
#include "tests/common/testdaemon.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <cstring>

#include <atomic>
#include <thread>

#include <pwd.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace bulkhead;
using engine::DockerClient;
using engine::Endpoint;

namespace {

Endpoint endpointOf(const QString& url)
{
    auto e = engine::parseEndpointUrl(url);
    return e.ok() ? e.value() : Endpoint{};
}

// Answers each request with a small keep-alive response, then closes the connection shortly after, the way a
// daemon or proxy drops an idle keep-alive connection.
class ClosingServer : public QThread
{
public:
    std::atomic_int connections{0};
    std::atomic_int requests{0};
    quint16 port = 0;

    void startAndWait()
    {
        start();
        while (port == 0) {
            QThread::msleep(10);
        }
    }

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost);
        QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
            while (QTcpSocket* s = server.nextPendingConnection()) {
                ++connections;
                auto* pending = new QByteArray;
                QObject::connect(s, &QObject::destroyed, [pending] { delete pending; });
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, pending] {
                    pending->append(s->readAll());
                    while (pending->contains("\r\n\r\n")) {
                        pending->remove(0, pending->indexOf("\r\n\r\n") + 4);
                        ++requests;
                        s->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
                        s->flush();
                        QTimer::singleShot(50, s, [s] { s->disconnectFromHost(); });
                    }
                });
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        port = server.serverPort();
        exec();
    }
};

// Forwards raw bytes from listenAddress:<port> to 127.0.0.1:targetPort, so a TLS daemon can be reached under an
// address its certificate does not name.
class TcpForwarder : public QThread
{
public:
    TcpForwarder(QHostAddress listen, quint16 target) : m_listen(std::move(listen)), m_target(target) {}
    std::atomic_int port{0};

    void startAndWait()
    {
        start();
        while (port == 0) {
            QThread::msleep(10);
        }
    }

protected:
    void run() override
    {
        QTcpServer server;
        if (!server.listen(m_listen)) {
            port = -1;
            return;
        }
        QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
            while (QTcpSocket* in = server.nextPendingConnection()) {
                auto* out = new QTcpSocket(in);
                out->connectToHost(QHostAddress::LocalHost, m_target);
                out->waitForConnected(5000);
                QObject::connect(in, &QTcpSocket::readyRead, in, [in, out] { out->write(in->readAll()); });
                QObject::connect(out, &QTcpSocket::readyRead, in, [in, out] { in->write(out->readAll()); });
                QObject::connect(out, &QTcpSocket::disconnected, in, [in] { in->disconnectFromHost(); });
                QObject::connect(in, &QTcpSocket::disconnected, in, &QObject::deleteLater);
                if (in->bytesAvailable() > 0) {
                    out->write(in->readAll());
                }
            }
        });
        port = server.serverPort();
        exec();
    }

private:
    QHostAddress m_listen;
    quint16 m_target;
};

} // namespace

class TestDockerClient : public QObject
{
    Q_OBJECT

    test::TestDaemon m_daemon;

private slots:
    void negotiatesAndReadsOverUnix()
    {
        BULKHEAD_REQUIRE_TESTD(m_daemon);
        DockerClient client(endpointOf(m_daemon.dockerHost()));
        const auto version = client.negotiate();
        QVERIFY2(version.ok(), version.ok() ? "" : qPrintable(version.error().text()));
        QCOMPARE(client.apiVersion(), version.value());
        const QStringList parts = version->split(u'.');
        QCOMPARE(parts.size(), 2);
        QVERIFY(parts[0].toInt() == 1 && parts[1].toInt() >= 41);

        const auto v = client.get(QStringLiteral("/version"));
        QVERIFY(v.ok());
        QCOMPARE(v->status, 200);
        const QJsonObject o = QJsonDocument::fromJson(v->body).object();
        QVERIFY(!o.value(QStringLiteral("ApiVersion")).toString().isEmpty());
        // The docker CLI agrees on what it is talking to.
        QCOMPARE(
            o.value(QStringLiteral("Version")).toString(),
            m_daemon.docker({QStringLiteral("version"), QStringLiteral("-f"), QStringLiteral("{{.Server.Version}}")})
                .trimmed());

        // Keep-alive over many requests, chunked list bodies, HEAD without a body.
        for (int i = 0; i < 20; ++i) {
            const auto list = client.get(QStringLiteral("/containers/json?all=1"));
            QVERIFY(list.ok());
            QCOMPARE(list->status, 200);
            QVERIFY(QJsonDocument::fromJson(list->body).isArray());
        }
        const auto head = client.head(QStringLiteral("/_ping"));
        QVERIFY(head.ok());
        QCOMPARE(head->status, 200);
        QVERIFY(head->body.isEmpty());
        const auto ping = client.get(QStringLiteral("/_ping"));
        QVERIFY(ping.ok());
        QCOMPARE(ping->body, QByteArray("OK"));
    }

    void reportsDaemonErrorMessages()
    {
        BULKHEAD_REQUIRE_TESTD(m_daemon);
        DockerClient client(endpointOf(m_daemon.dockerHost()));
        QVERIFY(client.negotiate().ok());
        const auto r = client.get(QStringLiteral("/containers/no-such-container-bh/json"));
        QVERIFY(r.ok());
        QCOMPARE(r->status, 404);
        QVERIFY2(DockerClient::errorMessage(*r).contains(QLatin1String("No such container")),
                 qPrintable(DockerClient::errorMessage(*r)));
    }

    void capsBufferedBodiesButStreamsAnySize()
    {
        BULKHEAD_REQUIRE_TESTD(m_daemon);
        engine::ClientOptions small;
        small.maxBodyBytes = 200;
        DockerClient capped(endpointOf(m_daemon.dockerHost()), small);
        QVERIFY(capped.negotiate().ok());
        const auto info = capped.get(QStringLiteral("/info"));
        QVERIFY(!info.ok());
        QVERIFY2(info.error().text().contains(QLatin1String("too large")), qPrintable(info.error().text()));
        QVERIFY(capped.get(QStringLiteral("/_ping")).ok()); // and the client carries on

        const QString image =
            m_daemon.docker({QStringLiteral("images"), QStringLiteral("-q"), QStringLiteral("--no-trunc")})
                .split(u'\n', Qt::SkipEmptyParts)
                .value(0);
        QVERIFY(!image.isEmpty());
        qint64 bytes = 0;
        QByteArray start;
        const auto streamed =
            capped.getStream(QStringLiteral("/images/%1/get").arg(image), [&](const char* data, qsizetype n) {
                if (start.size() < 512) {
                    start.append(data, std::min<qsizetype>(n, 512 - start.size()));
                }
                bytes += n;
                return true;
            });
        QVERIFY2(streamed.ok(), streamed.ok() ? "" : qPrintable(streamed.error().text()));
        QCOMPARE(streamed->status, 200);
        QVERIFY(streamed->body.isEmpty());
        QVERIFY2(bytes > 200, qPrintable(QString::number(bytes)));
        QCOMPARE(start.mid(257, 5), QByteArray("ustar")); // a tar archive
        // A sink that stops ends the request without breaking the client.
        const auto stopped =
            capped.getStream(QStringLiteral("/images/%1/get").arg(image), [](const char*, qsizetype) { return false; });
        QVERIFY(!stopped.ok());
        QVERIFY(capped.get(QStringLiteral("/_ping")).ok());
    }

    void connectsWithTlsClientCertificates()
    {
        BULKHEAD_REQUIRE_TESTD(m_daemon);
        Endpoint e = endpointOf(m_daemon.value(QStringLiteral("TLS_HOST")));
        QCOMPARE(e.scheme, engine::Scheme::Tcp);
        e.tls.enabled = true;
        e.tls.caFile = m_daemon.value(QStringLiteral("TLS_CA"));
        e.tls.certFile = m_daemon.value(QStringLiteral("TLS_CERT"));
        e.tls.keyFile = m_daemon.value(QStringLiteral("TLS_KEY"));
        DockerClient client(e);
        const auto v = client.negotiate();
        QVERIFY2(v.ok(), v.ok() ? "" : qPrintable(v.error().text()));
        const auto info = client.get(QStringLiteral("/info"));
        QVERIFY(info.ok());
        QCOMPARE(info->status, 200);
    }

    void refusesADaemonNotSignedByTheGivenCa()
    {
        BULKHEAD_REQUIRE_TESTD(m_daemon);
        Endpoint e = endpointOf(m_daemon.value(QStringLiteral("TLS_HOST")));
        e.tls.enabled = true;
        e.tls.caFile = m_daemon.value(QStringLiteral("WRONG_CA"));
        e.tls.certFile = m_daemon.value(QStringLiteral("TLS_CERT"));
        e.tls.keyFile = m_daemon.value(QStringLiteral("TLS_KEY"));
        DockerClient client(e);
        const auto v = client.negotiate();
        QVERIFY(!v.ok());
        QCOMPARE(v.error().code, int(engine::TransportTls));
        QVERIFY2(v.error().message.contains(QLatin1String("TLS handshake")), qPrintable(v.error().text()));
        // The reason from QSslError is in the message, not just "failed".
        QVERIFY2(v.error().message.contains(QLatin1String("certificate"), Qt::CaseInsensitive),
                 qPrintable(v.error().text()));
    }

    void theDaemonRefusesAClientWithoutCertificate()
    {
        BULKHEAD_REQUIRE_TESTD(m_daemon);
        Endpoint e = endpointOf(m_daemon.value(QStringLiteral("TLS_HOST")));
        e.tls.enabled = true;
        e.tls.caFile = m_daemon.value(QStringLiteral("TLS_CA"));
        engine::ClientOptions o;
        o.readTimeoutMs = 5000;
        DockerClient client(e, o);
        QVERIFY(!client.negotiate().ok());
    }

    void verifiesTheHostName()
    {
        BULKHEAD_REQUIRE_TESTD(m_daemon);
        // The daemon's certificate names 127.0.0.1 and localhost. Reached as 127.0.0.2 (through a forwarder), the
        // same certificate must be refused for the name, although the CA is right.
        Endpoint e = endpointOf(m_daemon.value(QStringLiteral("TLS_HOST")));
        TcpForwarder forwarder(QHostAddress(QStringLiteral("127.0.0.2")), static_cast<quint16>(e.port));
        forwarder.startAndWait();
        if (forwarder.port < 0) {
            QSKIP("cannot listen on 127.0.0.2 here");
        }
        e = endpointOf(QStringLiteral("tcp://127.0.0.2:%1").arg(forwarder.port.load()));
        e.tls.enabled = true;
        e.tls.caFile = m_daemon.value(QStringLiteral("TLS_CA"));
        e.tls.certFile = m_daemon.value(QStringLiteral("TLS_CERT"));
        e.tls.keyFile = m_daemon.value(QStringLiteral("TLS_KEY"));
        DockerClient client(e);
        const auto v = client.negotiate();
        QVERIFY2(!v.ok(), "a certificate for another name must be refused");
        QCOMPARE(v.error().code, int(engine::TransportTls));
        QVERIFY2(v.error().message.contains(QLatin1String("host name"), Qt::CaseInsensitive),
                 qPrintable(v.error().text()));

        // With verification explicitly off (--tls-no-verify) the same path works: the forwarder itself is sound.
        e.tls.verify = false;
        DockerClient unverified(e);
        const auto ok = unverified.negotiate();
        QVERIFY2(ok.ok(), ok.ok() ? "" : qPrintable(ok.error().text()));
        forwarder.quit();
        forwarder.wait();
    }

    void worksOverSsh()
    {
        BULKHEAD_REQUIRE_TESTD(m_daemon);
        if (m_daemon.value(QStringLiteral("SSH_HOST")).isEmpty()) {
            BULKHEAD_SKIP_OUTSIDE_CI(QStringLiteral("the test daemon has no sshd"));
        }
        Endpoint e = endpointOf(m_daemon.value(QStringLiteral("SSH_HOST")));
        QCOMPARE(e.scheme, engine::Scheme::Ssh);
        e.ssh.identityFile = m_daemon.value(QStringLiteral("SSH_KEY"));
        e.ssh.knownHostsFile = m_daemon.value(QStringLiteral("SSH_KNOWN_HOSTS"));
        DockerClient client(e);
        const auto v = client.negotiate();
        QVERIFY2(v.ok(), v.ok() ? "" : qPrintable(v.error().text()));
        for (int i = 0; i < 3; ++i) {
            const auto list = client.get(QStringLiteral("/containers/json?all=1"));
            QVERIFY(list.ok());
            QCOMPARE(list->status, 200);
        }
        // A host key we do not know: BatchMode makes ssh refuse instead of asking, and ssh's reason is passed on.
        QTemporaryDir dir;
        QFile empty(dir.filePath(QStringLiteral("known_hosts")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        e.ssh.knownHostsFile = empty.fileName();
        DockerClient stranger(e);
        const auto refused = stranger.negotiate();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("ssh")), qPrintable(refused.error().text()));
    }

    void permissionDeniedSaysDockerGroupIsRootEquivalent()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther |
                                          QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup));
        QLocalServer server;
        const QString path = dir.filePath(QStringLiteral("docker.sock"));
        QVERIFY(server.listen(path));
        QVERIFY(QFile::setPermissions(path, QFile::Permissions())); // chmod 000
        // root ignores file modes: become "nobody" for the connect, as a user outside the docker group would be.
        const bool root = ::geteuid() == 0;
        const passwd* nobody = ::getpwnam("nobody");
        if (root) {
            QVERIFY(nobody != nullptr);
            QCOMPARE(::seteuid(nobody->pw_uid), 0);
        }
        DockerClient client(endpointOf(QStringLiteral("unix://") + path));
        const auto r = client.get(QStringLiteral("/_ping"));
        if (root) {
            QCOMPARE(::seteuid(0), 0);
        }
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, int(engine::TransportPermission));
        QVERIFY2(r.error().message.contains(QLatin1String("permission denied")), qPrintable(r.error().text()));
        QVERIFY2(r.error().hint.contains(QLatin1String("root-equivalent")), qPrintable(r.error().text()));
    }

    void refusedAndMissingSocketsAskWhetherDockerdRuns()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("none.sock"));
        DockerClient a(endpointOf(QStringLiteral("unix://") + missing));
        auto r = a.get(QStringLiteral("/_ping"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("no such socket")), qPrintable(r.error().text()));
        QVERIFY(r.error().hint.contains(QLatin1String("dockerd")));

        // A socket file nobody listens on: bound, never listened.
        const QString dead = dir.filePath(QStringLiteral("dead.sock"));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un addr = {};
        addr.sun_family = AF_UNIX;
        const QByteArray native = QFile::encodeName(dead);
        QVERIFY(native.size() < qsizetype(sizeof(addr.sun_path)));
        std::memcpy(addr.sun_path, native.constData(), static_cast<size_t>(native.size()));
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)), 0);
        DockerClient b(endpointOf(QStringLiteral("unix://") + dead));
        r = b.get(QStringLiteral("/_ping"));
        ::close(fd);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("refused")), qPrintable(r.error().text()));
        QVERIFY(r.error().hint.contains(QLatin1String("dockerd")));

        // A plain file is not a socket.
        const QString file = dir.filePath(QStringLiteral("file.sock"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        DockerClient c(endpointOf(QStringLiteral("unix://") + file));
        r = c.get(QStringLiteral("/_ping"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("not a socket")), qPrintable(r.error().text()));

        // TCP refused.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        DockerClient d(endpointOf(QStringLiteral("tcp://127.0.0.1:%1").arg(port)));
        r = d.get(QStringLiteral("/_ping"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("refused")), qPrintable(r.error().text()));
    }

    void reconnectsWhenTheDaemonClosedAnIdleConnection()
    {
        ClosingServer server;
        server.startAndWait();
        DockerClient client(endpointOf(QStringLiteral("tcp://127.0.0.1:%1").arg(server.port)));
        for (int i = 0; i < 3; ++i) {
            const auto r = client.get(QStringLiteral("/_ping"));
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().text()));
            QCOMPARE(r->body, QByteArray("ok"));
            QThread::msleep(200); // the server closes the idle connection meanwhile
        }
        QCOMPARE(server.requests.load(), 3);
        QCOMPARE(server.connections.load(), 3);
        // Back to back, without waiting: the connection is reused when still open, or reopened transparently.
        for (int i = 0; i < 5; ++i) {
            QVERIFY(client.get(QStringLiteral("/_ping")).ok());
        }
        server.quit();
        server.wait();
    }

    void cancelEndsAWaitQuickly()
    {
        test::HostileServer server;
        QVERIFY(server.start());
        server.setMode(QStringLiteral("/info"), test::HostileServer::Mode::Silent);
        std::atomic_bool cancel{false};
        engine::ClientOptions o;
        o.readTimeoutMs = 30000;
        o.cancel = &cancel;
        DockerClient client(endpointOf(server.url()), o);
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancel = true;
        });
        QElapsedTimer timer;
        timer.start();
        const auto r = client.get(QStringLiteral("/info"));
        canceller.join();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, int(engine::TransportCancelled));
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    }

    void onlyValidPathsAreSent()
    {
        test::HostileServer server;
        QVERIFY(server.start());
        DockerClient client(endpointOf(server.url()));
        for (const char* bad : {"no-slash", "/a b", "/a\r\nX-Injected: 1", "/\x7f", "/caf\xc3\xa9"}) {
            const auto r = client.get(QString::fromUtf8(bad));
            QVERIFY2(!r.ok(), bad);
        }
        QVERIFY(server.requestLines().isEmpty());
        QVERIFY(client.get(QStringLiteral("/version")).ok());
        QCOMPARE(server.requestLines().size(), 1);
        QVERIFY(server.requestLines().first().startsWith(QLatin1String("GET /version HTTP/1.1")));
    }

    void refusesTooOldDaemons()
    {
        test::HostileServer server;
        QVERIFY(server.start());
        server.setBody(QStringLiteral("/_ping"), "OK", 500); // no API-Version header: falls back to /version
        server.setBody(QStringLiteral("/version"), R"({"ApiVersion":"1.40","Version":"19.03.15"})");
        DockerClient client(endpointOf(server.url()));
        const auto v = client.negotiate();
        QVERIFY(!v.ok());
        QVERIFY2(v.error().message.contains(QLatin1String("1.40")) && v.error().message.contains(QLatin1String("1.41")),
                 qPrintable(v.error().text()));

        server.setBody(QStringLiteral("/version"), R"({"ApiVersion":"1.99"})");
        const auto capped = client.negotiate();
        QVERIFY(capped.ok());
        QCOMPARE(capped.value(), QStringLiteral("1.56")); // min(daemon's, ours)
        QVERIFY(client.get(QStringLiteral("/info")).ok());
        QVERIFY(server.requestLines().last().startsWith(QLatin1String("GET /v1.56/info ")));

        server.setBody(QStringLiteral("/version"), R"({"ApiVersion":"x.y"})");
        QVERIFY(!client.negotiate().ok());
    }
};

QTEST_GUILESS_MAIN(TestDockerClient)
#include "tst_dockerclient.moc"
