// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/common/hostileserver.h"

#include <QMetaObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace bulkhead::test {

namespace {

QByteArray defaultBody(const QByteArray& path)
{
    if (path.startsWith("/_ping")) {
        return "OK";
    }
    if (path.startsWith("/version")) {
        return R"({"Version":"20.10.24","ApiVersion":"1.41","MinAPIVersion":"1.12","Os":"linux","Arch":"amd64",)"
               R"("KernelVersion":"6.1.0-hostile","GoVersion":"go1.19"})";
    }
    if (path.startsWith("/info")) {
        return R"({"Name":"hostile","ServerVersion":"20.10.24","OperatingSystem":"Hostile OS","OSType":"linux",)"
               R"("KernelVersion":"6.1.0-hostile","SecurityOptions":["name=seccomp,profile=default"],)"
               R"("LiveRestoreEnabled":false,"NCPU":2,"MemTotal":1000})";
    }
    if (path.startsWith("/containers/json") || path.startsWith("/images/json") || path.startsWith("/networks")) {
        return "[]";
    }
    return R"({"message":"No such object"})";
}

int defaultStatus(const QByteArray& path)
{
    const QByteArray body = defaultBody(path);
    return body.startsWith("{\"message\"") ? 404 : 200;
}

// Strips "/v1.41" and the query string.
QByteArray normalisePath(QByteArray target)
{
    if (target.startsWith("/v")) {
        const qsizetype slash = target.indexOf('/', 1);
        if (slash > 0) {
            target = target.mid(slash);
        }
    }
    const qsizetype q = target.indexOf('?');
    return q >= 0 ? target.left(q) : target;
}

} // namespace

// Lives in the server thread; handles one connection at a time per socket, keep-alive included.
class HostileWorker : public QObject
{
public:
    HostileWorker(HostileServer* owner, QTcpSocket* socket) : QObject(socket), m_owner(owner), m_socket(socket)
    {
        QObject::connect(socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    void onReadyRead()
    {
        m_buffer += m_socket->readAll();
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                return;
            }
            const QByteArray head = m_buffer.left(end);
            m_buffer.remove(0, end + 4);
            const QByteArray requestLine = head.left(head.indexOf("\r\n") < 0 ? head.size() : head.indexOf("\r\n"));
            m_owner->record(requestLine);
            const QList<QByteArray> parts = requestLine.split(' ');
            const QByteArray method = parts.value(0);
            const QByteArray path = normalisePath(parts.value(1));
            answer(method, path);
            if (!m_socket->isOpen()) {
                return;
            }
        }
    }

    void answer(const QByteArray& method, const QByteArray& path)
    {
        const HostileServer::Rule rule = m_owner->ruleFor(path);
        const QByteArray body = rule.body.isNull() ? defaultBody(path) : rule.body;
        const int status = rule.body.isNull() ? defaultStatus(path) : rule.status;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) +
                          " X\r\nApi-Version: 1.41\r\n"
                          "Content-Type: application/json\r\nServer: Docker/20.10.24 (linux)\r\n";
        switch (rule.mode) {
        case HostileServer::Mode::Normal:
            m_socket->write(head + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n");
            if (method != "HEAD") {
                m_socket->write(body);
            }
            return;
        case HostileServer::Mode::Truncated:
            m_socket->write(head + "Content-Length: " + QByteArray::number(body.size() + 1000) + "\r\n\r\n" +
                            body.left(body.size() / 2));
            m_socket->flush();
            m_socket->disconnectFromHost();
            return;
        case HostileServer::Mode::BadChunk:
            m_socket->write(head + "Transfer-Encoding: chunked\r\n\r\n5\r\n[1,2,\r\nzz\r\nxx\r\n0\r\n\r\n");
            return;
        case HostileServer::Mode::ChunkOverflow:
            m_socket->write(head + "Transfer-Encoding: chunked\r\n\r\n1ffffffffffffffff0\r\n[]\r\n0\r\n\r\n");
            return;
        case HostileServer::Mode::HugeLength:
            m_socket->write(head + "Content-Length: 10737418240\r\n\r\n[");
            return; // and stall
        case HostileServer::Mode::SlowLoris: {
            m_socket->write(head + "Content-Length: 100000\r\n\r\n");
            auto* timer = new QTimer(m_socket);
            QPointer<QTcpSocket> socket = m_socket;
            QObject::connect(timer, &QTimer::timeout, m_socket, [socket] {
                if (socket) {
                    socket->write(" ");
                }
            });
            timer->start(1000);
            return;
        }
        case HostileServer::Mode::Silent:
            return;
        case HostileServer::Mode::CloseAtOnce:
            m_socket->abort();
            return;
        case HostileServer::Mode::GarbageStatus:
            m_socket->write("SSH-2.0-OpenSSH_9.2\r\n\x01\x02\x03 not http at all\r\n\r\n");
            m_socket->disconnectFromHost();
            return;
        }
    }

    HostileServer* m_owner;
    QTcpSocket* m_socket;
    QByteArray m_buffer;
};

HostileServer::HostileServer()
{
    m_thread.setObjectName(QStringLiteral("hostile-server"));
}

HostileServer::~HostileServer()
{
    if (m_server != nullptr) {
        QMetaObject::invokeMethod(
            m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

bool HostileServer::start(const QHostAddress& address)
{
    m_address = address;
    m_thread.start();
    bool ok = false;
    auto* context = new QObject;
    context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        context,
        [this, &ok, context, address] {
            m_server = new QTcpServer;
            QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
                while (QTcpSocket* socket = m_server->nextPendingConnection()) {
                    new HostileWorker(this, socket);
                }
            });
            ok = m_server->listen(address, 0);
            m_port = m_server->serverPort();
            delete context;
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

void HostileServer::setMode(const QString& pathPrefix, Mode mode)
{
    std::lock_guard lock(m_mutex);
    m_rules[pathPrefix].mode = mode;
}

void HostileServer::setBody(const QString& pathPrefix, const QByteArray& json, int status)
{
    std::lock_guard lock(m_mutex);
    Rule& rule = m_rules[pathPrefix];
    rule.body = json;
    rule.status = status;
}

QStringList HostileServer::requestLines() const
{
    std::lock_guard lock(m_mutex);
    return m_lines;
}

HostileServer::Rule HostileServer::ruleFor(const QByteArray& path) const
{
    std::lock_guard lock(m_mutex);
    // Longest matching prefix wins, so "/containers/abc/json" can differ from "/containers/json".
    const QString p = QString::fromUtf8(path);
    Rule best;
    qsizetype bestLength = -1;
    for (auto it = m_rules.cbegin(); it != m_rules.cend(); ++it) {
        if (p.startsWith(it.key()) && it.key().size() > bestLength) {
            best = it.value();
            bestLength = it.key().size();
        }
    }
    return best;
}

void HostileServer::record(const QByteArray& line)
{
    std::lock_guard lock(m_mutex);
    m_lines << QString::fromUtf8(line);
}

} // namespace bulkhead::test
