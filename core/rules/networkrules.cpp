// SPDX-License-Identifier: GPL-3.0-or-later
// Network exposure rules (CTR-040..049): what a container offers to the network.
#include "core/rules/rule.h"

#include <QHash>
#include <QRegularExpression>

namespace bulkhead::rules {

using model::Category;
using model::Severity;
using model::TargetKind;

namespace {

bool allInterfaces(const QString& ip)
{
    return ip.isEmpty() || ip == QLatin1String("0.0.0.0") || ip == QLatin1String("::") || ip == QLatin1String("[::]");
}

bool loopback(const QString& ip)
{
    return ip.startsWith(QLatin1String("127.")) || ip == QLatin1String("::1") || ip == QLatin1String("[::1]") ||
           ip == QLatin1String("localhost");
}

QString bindingText(const model::PortBinding& p)
{
    const QString ip = p.hostIp.isEmpty() ? QStringLiteral("0.0.0.0") : p.hostIp;
    return QStringLiteral("%1:%2->%3/%4")
        .arg(ip, p.hostPort > 0 ? QString::number(p.hostPort) : QStringLiteral("(random)"))
        .arg(p.containerPort)
        .arg(p.protocol);
}

void checkAllInterfaces(const Context&, const model::Container& c, Emitter& e)
{
    for (const model::PortBinding& p : c.ports) {
        if (p.published && allInterfaces(p.hostIp)) {
            e.add(rtr("port %1 is published on all host interfaces").arg(bindingText(p)),
                  QStringLiteral("HostConfig.PortBindings"),
                  QStringLiteral("HostConfig.PortBindings = %1").arg(bindingText(p)));
        }
    }
    if (c.publishAllPorts && !c.config.exposedPorts.isEmpty()) {
        e.add(rtr("-P publishes every exposed port (%1) on all host interfaces").arg(c.config.exposedPorts.join(u", ")),
              QStringLiteral("HostConfig.PublishAllPorts"),
              QStringLiteral("HostConfig.PublishAllPorts = true"));
    }
}

void checkPrivilegedPort(const Context&, const model::Container& c, Emitter& e)
{
    for (const model::PortBinding& p : c.ports) {
        if (p.published && p.hostPort > 0 && p.hostPort < 1024) {
            e.add(rtr("host port %1 is a privileged port (below 1024)").arg(p.hostPort),
                  QStringLiteral("HostConfig.PortBindings"),
                  QStringLiteral("HostConfig.PortBindings = %1").arg(bindingText(p)));
        }
    }
}

struct Service
{
    const char* name;
    Severity severity;
};

const QHash<int, Service>& sensitiveServices()
{
    static const QHash<int, Service> kServices = {
        {22, {"SSH", Severity::High}},
        {23, {"Telnet", Severity::Critical}},
        {2375, {"Docker API (plain)", Severity::Critical}},
        {2376, {"Docker API (TLS)", Severity::High}},
        {2379, {"etcd", Severity::Critical}},
        {2380, {"etcd peer", Severity::High}},
        {10250, {"kubelet", Severity::Critical}},
        {3306, {"MySQL/MariaDB", Severity::High}},
        {5432, {"PostgreSQL", Severity::High}},
        {1433, {"SQL Server", Severity::High}},
        {1521, {"Oracle", Severity::High}},
        {27017, {"MongoDB", Severity::High}},
        {6379, {"Redis", Severity::High}},
        {11211, {"Memcached", Severity::High}},
        {9200, {"Elasticsearch", Severity::High}},
        {9300, {"Elasticsearch transport", Severity::High}},
        {5984, {"CouchDB", Severity::High}},
        {9042, {"Cassandra", Severity::High}},
        {8086, {"InfluxDB", Severity::High}},
        {5672, {"AMQP", Severity::High}},
        {15672, {"RabbitMQ management", Severity::High}},
        {2181, {"ZooKeeper", Severity::High}},
        {9092, {"Kafka", Severity::High}},
        {3389, {"RDP", Severity::High}},
        {5900, {"VNC", Severity::High}},
    };
    return kServices;
}

void checkSensitiveService(const Context&, const model::Container& c, Emitter& e)
{
    for (const model::PortBinding& p : c.ports) {
        if (!p.published || loopback(p.hostIp)) {
            continue;
        }
        // The service is known by the container's port; a remapped host port does not change what answers.
        auto it = sensitiveServices().find(p.containerPort);
        if (it == sensitiveServices().end()) {
            it = sensitiveServices().find(p.hostPort);
        }
        if (it == sensitiveServices().end()) {
            continue;
        }
        e.add(it->severity,
              rtr("%1 (port %2) is reachable from the network").arg(QString::fromLatin1(it->name)).arg(p.containerPort),
              QStringLiteral("HostConfig.PortBindings"),
              QStringLiteral("HostConfig.PortBindings = %1").arg(bindingText(p)));
    }
}

void checkSshd(const Context&, const model::Container& c, Emitter& e)
{
    static const QRegularExpression kSshd(QStringLiteral(R"(^\S*/?(sshd|dropbear)(:|\s|$))"));
    for (const QString& p : c.processes) {
        const QString cmd = p.trimmed();
        if (kSshd.match(cmd).hasMatch()) {
            // Only the program name as evidence: arguments can carry secrets.
            e.add(rtr("an SSH server is running inside the container"),
                  QStringLiteral("/containers/{id}/top"),
                  QStringLiteral("process: %1").arg(cmd.section(u' ', 0, 0)));
            return;
        }
    }
}

// clang-format off
const Rule kRules[] = {
    {{"CTR-040", Severity::Medium, Category::Network, TargetKind::Container,
      QT_TRANSLATE_NOOP("Rules", "Port published on all interfaces"),
      QT_TRANSLATE_NOOP("Rules", "`-p 8080:80` binds 0.0.0.0 and :: on the host, so the service answers on every network the host is on, and Docker's iptables rules bypass host firewalls such as ufw. Services meant for a reverse proxy or the local machine should not be reachable from outside."),
      QT_TRANSLATE_NOOP("Rules", "Bind to one address: `-p 127.0.0.1:8080:80` (compose: `ports: [\"127.0.0.1:8080:80\"]`), and put a reverse proxy in front for public services."),
      QT_TRANSLATE_NOOP("Rules", "Clients on other machines then need the proxy."),
      "5.14", "RULE #5", "4.4.2", "docker-bench:5.14,kics:Container Traffic Not Bound To Host Interface"},
     &checkAllInterfaces},
    {{"CTR-041", Severity::Low, Category::Network, TargetKind::Container,
      QT_TRANSLATE_NOOP("Rules", "Privileged host port mapped"),
      QT_TRANSLATE_NOOP("Rules", "Ports below 1024 are traditionally trusted as belonging to root services. Mapping a container to one lets it impersonate a system service on the host."),
      QT_TRANSLATE_NOOP("Rules", "Map to a host port of 1024 or above (`-p 8080:80`), or terminate at a reverse proxy."),
      "",
      "5.8", "", "4.4.2", "docker-bench:5.8,kics:Privileged Ports Mapped In Container"},
     &checkPrivilegedPort},
    {{"CTR-042", Severity::High, Category::Network, TargetKind::Container,
      QT_TRANSLATE_NOOP("Rules", "Sensitive service exposed to the network"),
      QT_TRANSLATE_NOOP("Rules", "SSH, the Docker API, databases, caches and cluster services are attacked within minutes of being reachable, and many ship without authentication by default (Redis, Memcached, Elasticsearch, an unprotected Docker API)."),
      QT_TRANSLATE_NOOP("Rules", "Do not publish the port (remove `-p`), or bind it to loopback (`-p 127.0.0.1:5432:5432`) and reach it over an SSH tunnel or a private network."),
      "",
      "5.9", "RULE #5", "4.4.2", "docker-bench:5.9"},
     &checkSensitiveService},
    {{"CTR-043", Severity::Medium, Category::Network, TargetKind::Container,
      QT_TRANSLATE_NOOP("Rules", "SSH server running in the container"),
      QT_TRANSLATE_NOOP("Rules", "An SSH daemon inside a container adds keys and passwords to manage, a service to patch, and a way in that bypasses Docker's access control. `docker exec` already gives administrators a shell."),
      QT_TRANSLATE_NOOP("Rules", "Remove sshd from the image and use `docker exec` for debugging."),
      "",
      "5.7", "", "4.4.3", "docker-bench:5.7"},
     &checkSshd},
};
// clang-format on

} // namespace

std::span<const Rule> networkRules()
{
    return kRules;
}

} // namespace bulkhead::rules
