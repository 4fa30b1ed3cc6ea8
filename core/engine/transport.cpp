// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/transport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpSocket>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <sys/stat.h>
#endif

namespace bulkhead::engine {

namespace {

struct Io
{
    Q_DECLARE_TR_FUNCTIONS(bulkhead::engine::Transport)
};

constexpr int kSliceMs = 100; // how often a blocking wait looks at the cancel flag

util::Error timedOut(const QString& what)
{
    return util::Error(what, {}, TransportTimedOut);
}

util::Error cancelledError()
{
    return util::Error(Io::tr("cancelled"), {}, TransportCancelled);
}

QString rootEquivalentHint()
{
    return Io::tr("run as root (sudo) or as a member of the docker group; docker group membership is "
                  "root-equivalent, grant it only to people who may be root");
}

QString daemonRunningHint()
{
    return Io::tr("is the Docker daemon (dockerd) running? Check 'systemctl status docker', or point --host or "
                  "DOCKER_HOST at the right socket");
}

// --- unix socket / named pipe --------------------------------------------------------------------------------------

class LocalTransport final : public Transport
{
public:
    LocalTransport(QString path, bool pipe) : m_path(std::move(path)), m_pipe(pipe) {}
    ~LocalTransport() override { LocalTransport::close(); }

    util::Result<void> open(int timeoutMs) override
    {
        close();
#ifdef Q_OS_UNIX
        if (!m_pipe) {
            // QLocalSocket looks a relative name up in the temp folder: only an absolute path means what it says.
            if (!m_path.startsWith(u'/')) {
                return util::Error(Io::tr("the unix socket path \"%1\" is not absolute").arg(m_path));
            }
            struct stat st = {};
            if (::stat(QFile::encodeName(m_path).constData(), &st) != 0) {
                if (errno == EACCES) {
                    return util::Error(Io::tr("permission denied on the Docker socket %1").arg(m_path),
                                       rootEquivalentHint(),
                                       TransportPermission);
                }
                return util::Error(
                    Io::tr("cannot connect to %1: no such socket").arg(m_path), daemonRunningHint(), TransportRefused);
            }
            if (!S_ISSOCK(st.st_mode)) {
                return util::Error(Io::tr("cannot connect to %1: it is not a socket").arg(m_path),
                                   daemonRunningHint(),
                                   TransportRefused);
            }
        }
#endif
        m_socket = std::make_unique<QLocalSocket>();
        m_socket->connectToServer(m_path, QIODevice::ReadWrite);
        if (m_socket->state() != QLocalSocket::ConnectedState && !m_socket->waitForConnected(timeoutMs)) {
            const auto error = m_socket->error();
            const QString detail = m_socket->errorString();
            m_socket.reset();
            switch (error) {
            case QLocalSocket::SocketAccessError:
                return util::Error(Io::tr("permission denied on the Docker socket %1").arg(m_path),
                                   rootEquivalentHint(),
                                   TransportPermission);
            case QLocalSocket::ServerNotFoundError:
                return util::Error(
                    Io::tr("cannot connect to %1: no such socket").arg(m_path), daemonRunningHint(), TransportRefused);
            case QLocalSocket::ConnectionRefusedError:
                return util::Error(
                    Io::tr("connection refused on %1").arg(m_path), daemonRunningHint(), TransportRefused);
            case QLocalSocket::SocketTimeoutError:
                return timedOut(Io::tr("timed out connecting to %1 after %2 ms").arg(m_path).arg(timeoutMs));
            default:
                return util::Error(Io::tr("cannot connect to %1: %2").arg(m_path, detail), daemonRunningHint());
            }
        }
        return {};
    }

    void close() override
    {
        if (m_socket) {
            m_socket->abort();
            m_socket.reset();
        }
    }

    QString describe() const override
    {
        return m_path;
    }

protected:
    QIODevice* device() const override
    {
        return m_socket.get();
    }
    bool connected() const override
    {
        return m_socket && m_socket->state() == QLocalSocket::ConnectedState;
    }

private:
    QString m_path;
    bool m_pipe = false;
    std::unique_ptr<QLocalSocket> m_socket;
};

// --- TCP and TLS ---------------------------------------------------------------------------------------------------

class TcpTransport final : public Transport
{
public:
    explicit TcpTransport(const Endpoint& endpoint) : m_host(endpoint.host), m_port(endpoint.port), m_tls(endpoint.tls)
    {}
    ~TcpTransport() override { TcpTransport::close(); }

    util::Result<void> open(int timeoutMs) override
    {
        close();
        if (m_tls.enabled) {
            return openTls(timeoutMs);
        }
        m_socket = std::make_unique<QTcpSocket>();
        m_socket->connectToHost(m_host, static_cast<quint16>(m_port));
        if (!m_socket->waitForConnected(timeoutMs)) {
            return connectError(timeoutMs);
        }
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        return {};
    }

    void close() override
    {
        if (m_socket) {
            m_socket->abort();
            m_socket.reset();
        }
    }

    QString describe() const override { return QStringLiteral("%1:%2").arg(m_host).arg(m_port); }

protected:
    QIODevice* device() const override { return m_socket.get(); }
    bool connected() const override { return m_socket && m_socket->state() == QAbstractSocket::ConnectedState; }

private:
    util::Error connectError(int timeoutMs)
    {
        const auto error = m_socket->error();
        const QString detail = m_socket->errorString();
        close();
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError:
            return util::Error(Io::tr("connection refused by %1").arg(describe()),
                               Io::tr("is dockerd running and listening on that address and port?"),
                               TransportRefused);
        case QAbstractSocket::HostNotFoundError:
            return util::Error(Io::tr("cannot resolve the host name %1").arg(m_host), {}, TransportRefused);
        case QAbstractSocket::SocketTimeoutError:
            return timedOut(Io::tr("timed out connecting to %1 after %2 ms").arg(describe()).arg(timeoutMs));
        default:
            return util::Error(Io::tr("cannot connect to %1: %2").arg(describe(), detail));
        }
    }

    util::Result<void> openTls(int timeoutMs)
    {
        if (!QSslSocket::supportsSsl()) {
            return util::Error(Io::tr("TLS is not available: Qt found no TLS backend (OpenSSL)"), {}, TransportTls);
        }
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setProtocol(QSsl::TlsV1_2OrLater);
        if (!m_tls.caFile.isEmpty()) {
            const QList<QSslCertificate> cas = QSslCertificate::fromPath(m_tls.caFile, QSsl::Pem);
            if (cas.isEmpty()) {
                return util::Error(
                    Io::tr("TLS: cannot read a CA certificate from %1").arg(m_tls.caFile), {}, TransportTls);
            }
            // Like the docker CLI with --tlscacert: only this CA is trusted for the daemon, not the system store.
            config.setCaCertificates(cas);
        }
        if (m_tls.certFile.isEmpty() != m_tls.keyFile.isEmpty()) {
            return util::Error(
                Io::tr("TLS: a client certificate needs both the certificate and the key file"), {}, TransportTls);
        }
        if (!m_tls.certFile.isEmpty()) {
            const QList<QSslCertificate> certs = QSslCertificate::fromPath(m_tls.certFile, QSsl::Pem);
            if (certs.isEmpty()) {
                return util::Error(
                    Io::tr("TLS: cannot read the client certificate %1").arg(m_tls.certFile), {}, TransportTls);
            }
            QFile keyFile(m_tls.keyFile);
            if (!keyFile.open(QIODevice::ReadOnly)) {
                return util::Error(
                    Io::tr("TLS: cannot read the client key %1: %2").arg(m_tls.keyFile, keyFile.errorString()),
                    {},
                    TransportTls);
            }
            const QByteArray pem = keyFile.read(1 << 20);
            QSslKey key;
            for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
                key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
                if (!key.isNull()) {
                    break;
                }
            }
            if (key.isNull()) {
                return util::Error(
                    Io::tr("TLS: the client key %1 is not a readable unencrypted PEM private key").arg(m_tls.keyFile),
                    {},
                    TransportTls);
            }
            config.setLocalCertificate(certs.first());
            if (certs.size() > 1) {
                config.setLocalCertificateChain(certs);
            }
            config.setPrivateKey(key);
        }
        config.setPeerVerifyMode(m_tls.verify ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);

        auto socket = std::make_unique<QSslSocket>();
        socket->setSslConfiguration(config);
        socket->setPeerVerifyName(m_host); // host name (or IP SAN) verification, on with VerifyPeer
        socket->connectToHostEncrypted(m_host, static_cast<quint16>(m_port));
        QSslSocket* raw = socket.get();
        m_socket = std::move(socket);
        if (!raw->waitForEncrypted(timeoutMs)) {
            if (raw->state() != QAbstractSocket::ConnectedState && raw->sslHandshakeErrors().isEmpty() &&
                raw->error() != QAbstractSocket::SslHandshakeFailedError) {
                return connectError(timeoutMs);
            }
            QStringList reasons;
            for (const QSslError& e : raw->sslHandshakeErrors()) {
                reasons << e.errorString();
            }
            reasons.removeDuplicates();
            if (reasons.isEmpty()) {
                reasons << raw->errorString();
            }
            const QString reason = reasons.join(QStringLiteral("; "));
            close();
            return util::Error(Io::tr("TLS handshake with %1 failed: %2").arg(describe(), reason),
                               Io::tr("check the CA, client certificate and key (--tlscacert/--tlscert/--tlskey or "
                                      "the context's TLS files) and that the daemon's certificate names this host"),
                               TransportTls);
        }
        return {};
    }

    QString m_host;
    int m_port = 0;
    TlsConfig m_tls;
    std::unique_ptr<QTcpSocket> m_socket;
};

// --- ssh -----------------------------------------------------------------------------------------------------------

class SshTransport final : public Transport
{
public:
    SshTransport(QString program, QStringList arguments, QString target)
        : m_program(std::move(program)), m_arguments(std::move(arguments)), m_target(std::move(target))
    {}
    ~SshTransport() override { SshTransport::close(); }

    util::Result<void> open(int timeoutMs) override
    {
        close();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->setReadChannel(QProcess::StandardOutput);
        // The argument list goes to execve as is: no shell sees it on this side.
        m_process->start(m_program, m_arguments, QIODevice::ReadWrite);
        if (!m_process->waitForStarted(timeoutMs)) {
            const QString detail = m_process->errorString();
            m_process.reset();
            return util::Error(Io::tr("cannot start ssh (%1): %2").arg(m_program, detail));
        }
        return {};
    }

    void close() override
    {
        if (m_process) {
            m_process->closeWriteChannel();
            if (m_process->state() != QProcess::NotRunning) {
                m_process->terminate();
                if (!m_process->waitForFinished(1000)) {
                    m_process->kill();
                    m_process->waitForFinished(1000);
                }
            }
            m_process.reset();
        }
    }

    QString closeReason() override
    {
        if (!m_process) {
            return {};
        }
        if (m_process->state() != QProcess::NotRunning) {
            m_process->waitForFinished(2000); // let ssh say why before we ask
        }
        QString text = QString::fromUtf8(m_process->readAllStandardError().right(2000)).trimmed();
        if (text.isEmpty() && m_process->state() == QProcess::NotRunning) {
            text = Io::tr("ssh exited with status %1").arg(m_process->exitCode());
        }
        return text.isEmpty() ? QString() : Io::tr("ssh to %1: %2").arg(m_target, text);
    }

    QString describe() const override { return m_target; }

protected:
    QIODevice* device() const override { return m_process.get(); }
    bool connected() const override { return m_process && m_process->state() == QProcess::Running; }

private:
    QString m_program;
    QStringList m_arguments;
    QString m_target;
    std::unique_ptr<QProcess> m_process;
};

} // namespace

Transport::~Transport() = default;

bool Transport::isOpen() const
{
    return device() != nullptr && connected();
}

bool Transport::isReusable()
{
    QIODevice* dev = device();
    if (dev == nullptr || !connected()) {
        return false;
    }
    // Let Qt notice a close (or stray bytes) that arrived while the connection was idle.
    dev->waitForReadyRead(0);
    return connected() && dev->bytesAvailable() == 0;
}

util::Result<void> Transport::write(const QByteArray& data, int timeoutMs)
{
    QIODevice* dev = device();
    if (dev == nullptr || !connected()) {
        return util::Error(Io::tr("the connection to %1 is closed").arg(describe()), {}, TransportClosed);
    }
    if (dev->write(data) != data.size()) {
        return util::Error(Io::tr("cannot send to %1: %2").arg(describe(), dev->errorString()), {}, TransportClosed);
    }
    QElapsedTimer timer;
    timer.start();
    while (dev->bytesToWrite() > 0) {
        if (cancelled()) {
            return cancelledError();
        }
        if (!connected()) {
            return util::Error(
                Io::tr("the connection to %1 was closed while sending").arg(describe()), {}, TransportClosed);
        }
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0) {
            return timedOut(Io::tr("timed out sending to %1").arg(describe()));
        }
        dev->waitForBytesWritten(static_cast<int>(std::min<qint64>(left, kSliceMs)));
    }
    return {};
}

util::Result<QByteArray> Transport::read(qint64 maxBytes, int timeoutMs, bool* eof)
{
    *eof = false;
    QIODevice* dev = device();
    if (dev == nullptr) {
        *eof = true;
        return QByteArray();
    }
    QElapsedTimer timer;
    timer.start();
    while (true) {
        if (dev->bytesAvailable() > 0) {
            return dev->read(std::min(maxBytes, dev->bytesAvailable()));
        }
        if (!connected()) {
            *eof = true;
            return QByteArray();
        }
        if (cancelled()) {
            return cancelledError();
        }
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0) {
            return timedOut(
                Io::tr("timed out waiting for %1 (no data for %2 s)").arg(describe()).arg(timeoutMs / 1000.0));
        }
        dev->waitForReadyRead(static_cast<int>(std::min<qint64>(left, kSliceMs)));
    }
}

bool isSafeSshWord(const QString& word)
{
    if (word.isEmpty() || word.startsWith(u'-') || word.size() > 255) {
        return false;
    }
    for (QChar c : word) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'.' ||
                        u == u'-' || u == u'_' || u == u':' || u == u'%';
        if (!ok) {
            return false;
        }
    }
    return true;
}

util::Result<QStringList> sshArguments(const Endpoint& endpoint, int connectTimeoutMs)
{
    const SshConfig& ssh = endpoint.ssh;
    const QString host = ssh.host.isEmpty() ? endpoint.host : ssh.host;
    if (!isSafeSshWord(host)) {
        return util::Error(Io::tr("refusing the ssh host name \"%1\": it must not start with '-' or contain spaces, "
                                  "control characters or shell syntax")
                               .arg(host));
    }
    if (!ssh.user.isEmpty() && (!isSafeSshWord(ssh.user) || ssh.user.contains(u':'))) {
        return util::Error(Io::tr("refusing the ssh user name \"%1\": it must not start with '-' or contain spaces, "
                                  "control characters or shell syntax")
                               .arg(ssh.user));
    }
    QStringList args{QStringLiteral("-o"), QStringLiteral("BatchMode=yes")};
    args << QStringLiteral("-o")
         << QStringLiteral("ConnectTimeout=%1").arg(std::max(1, (connectTimeoutMs + 999) / 1000));
    const int port = ssh.port > 0 ? ssh.port : endpoint.port;
    if (port > 0) {
        args << QStringLiteral("-p") << QString::number(port);
    }
    if (!ssh.identityFile.isEmpty()) {
        args << QStringLiteral("-i") << ssh.identityFile;
    }
    if (!ssh.configFile.isEmpty()) {
        args << QStringLiteral("-F") << ssh.configFile;
    }
    if (!ssh.knownHostsFile.isEmpty()) {
        args << QStringLiteral("-o") << QStringLiteral("UserKnownHostsFile=") + ssh.knownHostsFile;
    }
    args << QStringLiteral("--") << (ssh.user.isEmpty() ? host : ssh.user + u'@' + host) << QStringLiteral("docker");
    if (!ssh.remoteSocketPath.isEmpty()) {
        // ssh hands the remote command to the remote user's shell, so only plain path characters may pass.
        for (QChar c : ssh.remoteSocketPath) {
            const char16_t u = c.unicode();
            const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
                            u == u'/' || u == u'.' || u == u'-' || u == u'_';
            if (!ok || !ssh.remoteSocketPath.startsWith(u'/')) {
                return util::Error(
                    Io::tr("refusing the remote socket path \"%1\": only an absolute path of letters, digits and "
                           "/._- is accepted")
                        .arg(ssh.remoteSocketPath));
            }
        }
        args << QStringLiteral("--host") << QStringLiteral("unix://") + ssh.remoteSocketPath;
    }
    args << QStringLiteral("system") << QStringLiteral("dial-stdio");
    return args;
}

util::Result<std::unique_ptr<Transport>> makeTransport(const Endpoint& endpoint, int connectTimeoutMs)
{
    switch (endpoint.scheme) {
    case Scheme::Unix:
        return std::unique_ptr<Transport>(std::make_unique<LocalTransport>(endpoint.path, false));
    case Scheme::Npipe:
#ifdef Q_OS_WIN
        return std::unique_ptr<Transport>(std::make_unique<LocalTransport>(endpoint.path, true));
#else
        return util::Error(Io::tr("npipe:// endpoints exist only on Windows"), {}, TransportUnsupported);
#endif
    case Scheme::Tcp:
        if (endpoint.host.isEmpty() || endpoint.port <= 0 || endpoint.port > 65535) {
            return util::Error(Io::tr("the endpoint %1 has no host or port").arg(endpoint.url));
        }
        if (!endpoint.tls.enabled && !endpoint.isLocal() && !endpoint.allowPlainRemoteTcp) {
            return util::Error(
                Io::tr("refusing plain TCP to %1: without TLS anyone on the network can read and hijack the "
                       "Docker API, which is root on that host")
                    .arg(endpoint.url),
                Io::tr("use TLS (DOCKER_TLS_VERIFY=1 with DOCKER_CERT_PATH, or a context with TLS files), or pass "
                       "--allow-plain-tcp if you accept the risk"),
                TransportUnsupported);
        }
        return std::unique_ptr<Transport>(std::make_unique<TcpTransport>(endpoint));
    case Scheme::Ssh: {
        auto args = sshArguments(endpoint, connectTimeoutMs);
        if (!args.ok()) {
            return args.error();
        }
        const QString ssh = QStandardPaths::findExecutable(QStringLiteral("ssh"));
        if (ssh.isEmpty()) {
            return util::Error(Io::tr("ssh:// needs the OpenSSH client, and no 'ssh' was found in PATH"));
        }
        const QString user = endpoint.ssh.user;
        const QString host = endpoint.ssh.host.isEmpty() ? endpoint.host : endpoint.ssh.host;
        return std::unique_ptr<Transport>(
            std::make_unique<SshTransport>(ssh, args.value(), user.isEmpty() ? host : user + u'@' + host));
    }
    }
    return util::Error(Io::tr("unknown endpoint scheme"));
}

} // namespace bulkhead::engine
