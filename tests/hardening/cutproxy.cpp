// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/hardening/cutproxy.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace bulkhead::test {

struct CutProxy::Connection
{
    std::mutex mutex; // guards the descriptors against a concurrent cut
    int client = -1;
    int daemon = -1;

    void cut()
    {
        std::lock_guard lock(mutex);
        if (client >= 0)
            ::shutdown(client, SHUT_RDWR);
        if (daemon >= 0)
            ::shutdown(daemon, SHUT_RDWR);
    }
    void close()
    {
        std::lock_guard lock(mutex);
        if (client >= 0)
            ::close(client);
        if (daemon >= 0)
            ::close(daemon);
        client = daemon = -1;
    }
};

namespace {

bool writeAll(int fd, const char* data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::send(fd, data, static_cast<size_t>(size), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

} // namespace

CutProxy::CutProxy(QString unixSocketPath) : m_socketPath(std::move(unixSocketPath)) {}

CutProxy::~CutProxy()
{
    m_stop.store(true);
    if (m_acceptThread.joinable())
        m_acceptThread.join();
    std::vector<std::thread> threads;
    {
        std::lock_guard lock(m_mutex);
        for (const auto& c : m_connections)
            c->cut();
        threads.swap(m_threads);
    }
    for (std::thread& t : threads)
        t.join();
    if (m_listen >= 0)
        ::close(m_listen);
}

bool CutProxy::start()
{
    m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_listen < 0)
        return false;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    if (::bind(m_listen, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(m_listen, 64) != 0 ||
        ::getsockname(m_listen, reinterpret_cast<sockaddr*>(&addr), &len) != 0)
        return false;
    m_port = ntohs(addr.sin_port);
    m_acceptThread = std::thread([this] { acceptLoop(); });
    return true;
}

void CutProxy::setDown(bool down)
{
    m_down.store(down);
    if (!down)
        return;
    std::lock_guard lock(m_mutex);
    for (const auto& c : m_connections)
        c->cut();
}

void CutProxy::cutResponse(const QByteArray& requestContains, qint64 afterBytes)
{
    std::lock_guard lock(m_mutex);
    m_cutPattern = requestContains;
    m_cutAfter = afterBytes;
}

void CutProxy::setBeforeForward(std::function<void(const QByteArray&)> hook)
{
    std::lock_guard lock(m_mutex);
    m_hook = std::move(hook);
}

QStringList CutProxy::requestLines() const
{
    std::lock_guard lock(m_mutex);
    return m_lines;
}

void CutProxy::acceptLoop()
{
    while (!m_stop.load()) {
        pollfd p{m_listen, POLLIN, 0};
        if (::poll(&p, 1, 100) <= 0)
            continue;
        const int client = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0)
            continue;
        if (m_down.load()) {
            ::close(client); // the "daemon" is down: the port answers, nothing behind it does
            continue;
        }
        const int daemon = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        const QByteArray path = m_socketPath.toLocal8Bit();
        std::memcpy(addr.sun_path, path.constData(), std::min<size_t>(path.size(), sizeof addr.sun_path - 1));
        if (daemon < 0 || ::connect(daemon, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
            ::close(client);
            if (daemon >= 0)
                ::close(daemon);
            continue;
        }
        auto c = std::make_shared<Connection>();
        c->client = client;
        c->daemon = daemon;
        std::lock_guard lock(m_mutex);
        m_connections.push_back(c);
        m_threads.emplace_back([this, c] { serve(c); });
    }
}

void CutProxy::serve(const std::shared_ptr<Connection>& c)
{
    QByteArray request;         // client bytes not yet parsed into a request head
    QByteArray currentLine;     // the request whose response is flowing
    qint64 responseBudget = -1; // bytes of the current response still allowed through; -1: unlimited
    char buffer[65536];
    bool open = true;
    while (open && !m_stop.load()) {
        pollfd fds[2] = {{c->client, POLLIN, 0}, {c->daemon, POLLIN, 0}};
        const int ready = ::poll(fds, 2, 100);
        if (ready < 0 && errno != EINTR)
            break;
        if (ready <= 0)
            continue;
        if (fds[0].revents != 0) {
            const ssize_t n = ::recv(c->client, buffer, sizeof buffer, 0);
            if (n <= 0)
                break;
            request.append(buffer, n);
            // GET and HEAD carry no body: every request is a head ending in an empty line.
            qsizetype end;
            while (open && (end = request.indexOf("\r\n\r\n")) >= 0) {
                const QByteArray head = request.left(end + 4);
                request.remove(0, end + 4);
                const qsizetype eol = head.indexOf("\r\n");
                currentLine = head.left(eol);
                const int number = ++m_requests;
                std::function<void(const QByteArray&)> hook;
                {
                    std::lock_guard lock(m_mutex);
                    m_lines << QString::fromLatin1(currentLine);
                    hook = m_hook;
                    responseBudget =
                        !m_cutPattern.isEmpty() && currentLine.contains(m_cutPattern) ? m_cutAfter : qint64(-1);
                }
                const int downAt = m_downAt.load();
                if (downAt > 0 && number >= downAt)
                    setDown(true);
                if (m_down.load()) {
                    open = false;
                    break;
                }
                if (hook)
                    hook(currentLine);
                open = writeAll(c->daemon, head.constData(), head.size());
            }
        }
        if (open && fds[1].revents != 0) {
            const ssize_t n = ::recv(c->daemon, buffer, sizeof buffer, 0);
            if (n <= 0)
                break;
            qint64 pass = n;
            if (responseBudget >= 0 && pass > responseBudget)
                pass = responseBudget;
            if (pass > 0 && !writeAll(c->client, buffer, pass))
                break;
            if (responseBudget >= 0) {
                responseBudget -= pass;
                if (responseBudget == 0 && pass < n)
                    break; // the budget ran out mid-response: drop the connection
            }
        }
    }
    c->close();
    std::lock_guard lock(m_mutex);
    m_connections.erase(std::remove(m_connections.begin(), m_connections.end(), c), m_connections.end());
}

} // namespace bulkhead::test
