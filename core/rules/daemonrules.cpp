// SPDX-License-Identifier: GPL-3.0-or-later
// Daemon rules (DMN-): the Engine's configuration as /version, /info, /networks and daemon.json show it.
#include "core/rules/rule.h"

#include <QRegularExpression>

namespace bulkhead::rules {

using model::Category;
using model::Severity;
using model::TargetKind;

namespace {

bool daemonKnown(const model::Inventory& inv)
{
    return !inv.daemon.version.isEmpty() || !inv.daemon.operatingSystem.isEmpty() ||
           !inv.daemon.securityOptions.isEmpty();
}

bool rootless(const model::Inventory& inv)
{
    return inv.daemon.hasSecurityOption(u"rootless");
}

void checkUserns(const Context& ctx, Emitter& e)
{
    const model::Inventory& inv = ctx.inventory;
    if (!daemonKnown(inv) || rootless(inv) || inv.daemon.hasSecurityOption(u"userns")) {
        return;
    }
    e.add(rtr("user namespace remapping is off: root in a container is root on the host"),
          QStringLiteral("/info SecurityOptions"),
          QStringLiteral("SecurityOptions = %1").arg(jsonList(inv.daemon.securityOptions)));
}

void checkRootful(const Context& ctx, Emitter& e)
{
    const model::Inventory& inv = ctx.inventory;
    if (!daemonKnown(inv) || rootless(inv)) {
        return;
    }
    e.add(rtr("the daemon runs as root (not rootless)"),
          QStringLiteral("/info SecurityOptions"),
          QStringLiteral("SecurityOptions = %1").arg(jsonList(inv.daemon.securityOptions)));
}

// daemon.json "hosts" entries listening on TCP beyond loopback.
QStringList remoteTcpHosts(const model::HostFacts& h)
{
    QStringList out;
    if (!h.daemonJson.is_object()) {
        return out;
    }
    const auto it = h.daemonJson.find("hosts");
    if (it == h.daemonJson.end() || !it->is_array()) {
        return out;
    }
    for (const nlohmann::json& v : *it) {
        if (!v.is_string()) {
            continue;
        }
        const QString s = QString::fromUtf8(v.get_ref<const std::string&>().c_str());
        if (s.startsWith(QLatin1String("tcp://")) && !s.startsWith(QLatin1String("tcp://127.")) &&
            !s.startsWith(QLatin1String("tcp://localhost")) && !s.startsWith(QLatin1String("tcp://[::1]"))) {
            out << s;
        }
    }
    return out;
}

bool jsonTrue(const nlohmann::json& obj, const char* key)
{
    if (!obj.is_object()) {
        return false;
    }
    const auto it = obj.find(key);
    return it != obj.end() && it->is_boolean() && it->get<bool>();
}

void checkPlainTcp(const Context& ctx, Emitter& e)
{
    const ConnectionFacts& c = ctx.options.connection;
    const model::Inventory& inv = ctx.inventory;
    if (c.known && c.tcp && !c.tls) {
        e.add(rtr("the daemon answered on %1 over plain TCP: anyone who can reach the port controls the host")
                  .arg(inv.endpoint),
              QStringLiteral("endpoint"),
              QStringLiteral("endpoint = %1 (no TLS)").arg(inv.endpoint));
        return;
    }
    if (!c.known && inv.endpoint.startsWith(QLatin1String("tcp://")) && inv.endpoint.endsWith(QLatin1String(":2375"))) {
        model::Finding& f = e.add(rtr("the endpoint %1 uses the plain-TCP Docker port 2375").arg(inv.endpoint),
                                  QStringLiteral("endpoint"),
                                  QStringLiteral("endpoint = %1").arg(inv.endpoint));
        f.confidence = 0.7;
        return;
    }
    const QStringList hosts = remoteTcpHosts(inv.host);
    if (!hosts.isEmpty() && !jsonTrue(inv.host.daemonJson, "tls") && !jsonTrue(inv.host.daemonJson, "tlsverify")) {
        e.add(rtr("daemon.json makes the daemon listen on %1 without TLS").arg(hosts.join(u", ")),
              QStringLiteral("daemon.json hosts"),
              QStringLiteral("daemon.json hosts = %1, tls/tlsverify not set").arg(jsonList(hosts)));
    }
}

void checkTlsNoVerify(const Context& ctx, Emitter& e)
{
    const ConnectionFacts& c = ctx.options.connection;
    const model::Inventory& inv = ctx.inventory;
    if (c.known && c.tcp && c.tls && !c.clientCert) {
        e.add(rtr("the daemon accepted a TLS connection without a client certificate: anyone can use it"),
              QStringLiteral("endpoint"),
              QStringLiteral("endpoint = %1 (TLS, no client certificate)").arg(inv.endpoint));
        return;
    }
    const QStringList hosts = remoteTcpHosts(inv.host);
    if (!hosts.isEmpty() && jsonTrue(inv.host.daemonJson, "tls") && !jsonTrue(inv.host.daemonJson, "tlsverify")) {
        e.add(rtr("daemon.json enables TLS on %1 without client verification (tlsverify)").arg(hosts.join(u", ")),
              QStringLiteral("daemon.json tlsverify"),
              QStringLiteral("daemon.json tls = true, tlsverify not set"));
    }
}

struct Series
{
    int major;
    int minor;
    QDate released;
};

// First releases of Docker Engine series (major.minor). A series counts as unmaintained once a newer major series
// has been out for more than six months. Update with each Engine release.
const Series kEngineSeries[] = {
    {18, 9, QDate(2018, 11, 8)},
    {19, 3, QDate(2019, 7, 22)},
    {20, 10, QDate(2020, 12, 8)},
    {23, 0, QDate(2023, 2, 1)},
    {24, 0, QDate(2023, 5, 16)},
    {25, 0, QDate(2024, 1, 19)},
    {26, 0, QDate(2024, 3, 20)},
    {27, 0, QDate(2024, 6, 24)},
    {28, 0, QDate(2025, 2, 19)},
    {29, 0, QDate(2025, 11, 11)},
};

bool parseVersion(const QString& v, int* major, int* minor)
{
    static const QRegularExpression kVer(QStringLiteral(R"(^v?(\d{1,4})\.(\d{1,4}))"));
    const QRegularExpressionMatch m = kVer.match(v);
    if (!m.hasMatch()) {
        return false;
    }
    *major = m.captured(1).toInt();
    *minor = m.captured(2).toInt();
    return true;
}

void checkEngineVersion(const Context& ctx, Emitter& e)
{
    int major = 0;
    int minor = 0;
    const QString& v = ctx.inventory.daemon.version;
    if (!parseVersion(v, &major, &minor)) {
        return;
    }
    const QString evidence = QStringLiteral("/version Version = \"%1\"").arg(v);
    if (major < 20 || (major == 20 && minor < 10)) {
        e.add(Severity::High,
              rtr("Docker Engine %1 is years past the end of its support").arg(v),
              QStringLiteral("/version Version"),
              evidence);
        return;
    }
    for (const Series& s : kEngineSeries) {
        if (s.major > major && s.released.addMonths(6) < ctx.options.today) {
            e.add(rtr("Docker Engine %1 is no longer maintained: %2.%3 was released on %4")
                      .arg(v)
                      .arg(s.major)
                      .arg(s.minor)
                      .arg(s.released.toString(Qt::ISODate)),
                  QStringLiteral("/version Version"),
                  evidence);
            return;
        }
    }
}

struct KernelSeries
{
    int major;
    int minor;
    QDate eol; // upstream end of life (kernel.org; projected dates for current longterm series)
};

// Longterm series; a non-longterm series older than the newest longterm one below is end-of-life too.
const KernelSeries kKernelLts[] = {
    {3, 16, QDate(2020, 6, 30)},
    {4, 4, QDate(2022, 2, 28)},
    {4, 9, QDate(2023, 1, 31)},
    {4, 14, QDate(2024, 1, 31)},
    {4, 19, QDate(2024, 12, 31)},
    {5, 4, QDate(2025, 12, 31)},
    {5, 10, QDate(2026, 12, 31)},
    {5, 15, QDate(2026, 12, 31)},
    {6, 1, QDate(2027, 12, 31)},
    {6, 6, QDate(2026, 12, 31)},
    {6, 12, QDate(2026, 12, 31)},
};

void checkKernel(const Context& ctx, Emitter& e)
{
    const QString& k = ctx.inventory.daemon.kernelVersion;
    int major = 0;
    int minor = 0;
    if (!parseVersion(k, &major, &minor)) {
        return;
    }
    const QString evidence = QStringLiteral("KernelVersion = \"%1\"").arg(k);
    // Distribution kernels (RHEL's 4.18.0-...el8, Ubuntu's -generic) get fixes past the upstream date.
    static const QRegularExpression kVendor(QStringLiteral(R"(\.el\d|amzn|-generic|-aws|-azure|-gcp|-oracle|uek)"));
    const bool vendor = kVendor.match(k).hasMatch();
    const auto emitEol = [&](const QDate& eol) {
        model::Finding& f =
            e.add(vendor ? rtr("Linux %1.%2 reached its upstream end of life on %3; check that your distribution still "
                               "ships fixes for it")
                               .arg(major)
                               .arg(minor)
                               .arg(eol.toString(Qt::ISODate))
                         : rtr("Linux %1.%2 reached its end of life on %3: kernel bugs found since are not fixed")
                               .arg(major)
                               .arg(minor)
                               .arg(eol.toString(Qt::ISODate)),
                  QStringLiteral("KernelVersion"),
                  evidence);
        if (vendor) {
            f.severity = Severity::Low;
            f.confidence = 0.6;
        }
    };
    const KernelSeries* newestLts = &kKernelLts[std::size(kKernelLts) - 1];
    for (const KernelSeries& s : kKernelLts) {
        if (s.major == major && s.minor == minor) {
            if (s.eol < ctx.options.today) {
                emitEol(s.eol);
            }
            return;
        }
    }
    if (major < 3 || major < newestLts->major || (major == newestLts->major && minor < newestLts->minor)) {
        // A short-lived stable series, superseded long ago.
        e.add(rtr("Linux %1.%2 is a superseded non-longterm series without fixes").arg(major).arg(minor),
              QStringLiteral("KernelVersion"),
              evidence);
    }
}

void checkHostOs(const Context& ctx, Emitter& e)
{
    const QString& os = ctx.inventory.daemon.operatingSystem;
    if (os.isEmpty()) {
        return;
    }
    static const QRegularExpression kMinimal(
        QStringLiteral(R"(Flatcar|Bottlerocket|Container-Optimized OS|Fedora CoreOS|Talos|RancherOS|k3OS|)"
                       R"(Photon OS|Docker Desktop|Boot2Docker|openSUSE MicroOS|SLE Micro|Ubuntu Core)"),
        QRegularExpression::CaseInsensitiveOption);
    if (!kMinimal.match(os).hasMatch()) {
        e.add(rtr("host runs a general-purpose OS (%1)").arg(os),
              QStringLiteral("/info OperatingSystem"),
              QStringLiteral("OperatingSystem = \"%1\"").arg(os));
    }
}

void checkLiveRestore(const Context& ctx, Emitter& e)
{
    const model::DaemonInfo& d = ctx.inventory.daemon;
    if (!daemonKnown(ctx.inventory) || d.liveRestoreEnabled.value_or(false)) {
        return;
    }
    model::Finding& f = e.add(d.liveRestoreEnabled ? rtr("live-restore is off: a daemon restart stops every container")
                                                   : rtr("live-restore setting could not be read"),
                              QStringLiteral("/info LiveRestoreEnabled"),
                              QStringLiteral("LiveRestoreEnabled = %1")
                                  .arg(d.liveRestoreEnabled ? QStringLiteral("false") : QStringLiteral("unknown")));
    if (!d.liveRestoreEnabled) {
        f.confidence = 0.5;
    }
}

void checkIcc(const Context& ctx, Emitter& e)
{
    for (const model::Network& n : ctx.inventory.networks) {
        if (n.name != QLatin1String("bridge") || n.driver != QLatin1String("bridge")) {
            continue;
        }
        const QString icc = n.options.value(QStringLiteral("com.docker.network.bridge.enable_icc"));
        if (icc != QLatin1String("false")) {
            e.add(rtr("containers on the default bridge can reach each other on every port"),
                  QStringLiteral("/networks bridge Options"),
                  QStringLiteral("com.docker.network.bridge.enable_icc = \"%1\"")
                      .arg(icc.isEmpty() ? QStringLiteral("(default: true)") : icc));
        }
    }
}

// clang-format off
const Rule kRules[] = {
    {{"DMN-001", Severity::Medium, Category::Daemon, TargetKind::Daemon,
      QT_TRANSLATE_NOOP("Rules", "User namespace remapping not enabled"),
      QT_TRANSLATE_NOOP("Rules", "With userns-remap, uid 0 in containers maps to an unprivileged range on the host, so an escape or a writable host mount yields an ordinary user instead of root. It is the daemon-wide safety net under every container that runs as root."),
      QT_TRANSLATE_NOOP("Rules", "Set `\"userns-remap\": \"default\"` in /etc/docker/daemon.json and restart the daemon, or run Docker rootless."),
      QT_TRANSLATE_NOOP("Rules", "Existing images and volumes are re-created under the remapped root; host-namespace and privileged containers need `--userns host`."),
      "2.8", "RULE #11", "4.5.4", "docker-bench:2.8"},
     nullptr, nullptr, &checkUserns},
    {{"DMN-002", Severity::Info, Category::Daemon, TargetKind::Daemon,
      QT_TRANSLATE_NOOP("Rules", "Daemon runs as root (not rootless)"),
      QT_TRANSLATE_NOOP("Rules", "A rootful daemon runs with full root rights; a bug in the daemon or an abuse of its API is a root compromise. Rootless mode runs the daemon and containers as an ordinary user."),
      QT_TRANSLATE_NOOP("Rules", "Consider rootless Docker (`dockerd-rootless-setuptool.sh install`) for workloads that do not need root features."),
      QT_TRANSLATE_NOOP("Rules", "Rootless mode limits networking performance, privileged ports and some storage drivers."),
      "", "RULE #11", "4.5.4", ""},
     nullptr, nullptr, &checkRootful},
    {{"DMN-003", Severity::Critical, Category::Daemon, TargetKind::Daemon,
      QT_TRANSLATE_NOOP("Rules", "Daemon reachable over TCP without TLS"),
      QT_TRANSLATE_NOOP("Rules", "The Docker API has no authentication of its own. Over plain TCP anyone who can reach the port can start a privileged container and own the host; exposed port 2375 is scanned for constantly on the internet."),
      QT_TRANSLATE_NOOP("Rules", "Listen only on the unix socket, or use `ssh://` access; if TCP is required set `\"tlsverify\": true` with `tlscacert`, `tlscert` and `tlskey` in daemon.json and listen on 2376."),
      QT_TRANSLATE_NOOP("Rules", "Clients need certificates (or SSH access)."),
      "2.7", "RULE #1", "4.3.2", "docker-bench:2.7"},
     nullptr, nullptr, &checkPlainTcp},
    {{"DMN-004", Severity::High, Category::Daemon, TargetKind::Daemon,
      QT_TRANSLATE_NOOP("Rules", "Daemon TLS without client verification"),
      QT_TRANSLATE_NOOP("Rules", "`--tls` without `--tlsverify` encrypts the connection but lets any client in: the API is as open as with plain TCP, only harder to sniff."),
      QT_TRANSLATE_NOOP("Rules", "Set `\"tlsverify\": true` and `\"tlscacert\"` in daemon.json so only clients with a certificate from your CA are accepted."),
      QT_TRANSLATE_NOOP("Rules", "Clients need certificates."),
      "2.7", "RULE #1", "4.3.2", "docker-bench:2.7"},
     nullptr, nullptr, &checkTlsNoVerify},
    {{"DMN-005", Severity::Medium, Category::Daemon, TargetKind::Daemon,
      QT_TRANSLATE_NOOP("Rules", "Docker Engine version no longer maintained"),
      QT_TRANSLATE_NOOP("Rules", "Engine and runc vulnerabilities (container escapes among them) are fixed only in maintained series. An Engine series is treated as unmaintained six months after a newer major series was released."),
      QT_TRANSLATE_NOOP("Rules", "Upgrade Docker Engine to the current release from your distribution or download.docker.com."),
      QT_TRANSLATE_NOOP("Rules", "A daemon upgrade restarts containers unless live-restore is on."),
      "1.1.1", "RULE #0", "4.4.1", "docker-bench:1.1.1"},
     nullptr, nullptr, &checkEngineVersion},
    {{"DMN-006", Severity::Medium, Category::Host, TargetKind::Host,
      QT_TRANSLATE_NOOP("Rules", "Host kernel series past end of life"),
      QT_TRANSLATE_NOOP("Rules", "Every container shares the host kernel, so a kernel bug is a container escape. Kernel series past their end of life no longer receive fixes. Distribution kernels may still be patched and are rated lower."),
      QT_TRANSLATE_NOOP("Rules", "Upgrade the host to a maintained kernel (a current longterm series or your distribution's supported kernel) and reboot."),
      QT_TRANSLATE_NOOP("Rules", "Needs a reboot and possibly a distribution upgrade."),
      "1.1.1", "RULE #0", "4.5.3", ""},
     nullptr, nullptr, &checkKernel},
    {{"DMN-007", Severity::Info, Category::Host, TargetKind::Host,
      QT_TRANSLATE_NOOP("Rules", "Host runs a general-purpose operating system"),
      QT_TRANSLATE_NOOP("Rules", "A general-purpose distribution carries many packages and services containers never use, each one patchable and attackable. Container-optimised systems (Flatcar, Bottlerocket, Fedora CoreOS, Talos, Container-Optimized OS) ship a minimal, often read-only host."),
      QT_TRANSLATE_NOOP("Rules", "Run container hosts on a container-optimised OS, or strip the host down to what running containers needs."),
      QT_TRANSLATE_NOOP("Rules", "A host migration."),
      "", "RULE #0", "4.5.1", ""},
     nullptr, nullptr, &checkHostOs},
    {{"DMN-008", Severity::Low, Category::Daemon, TargetKind::Daemon,
      QT_TRANSLATE_NOOP("Rules", "live-restore disabled"),
      QT_TRANSLATE_NOOP("Rules", "Without live-restore every daemon restart, including security upgrades, stops all containers; that makes people postpone Engine updates."),
      QT_TRANSLATE_NOOP("Rules", "Set `\"live-restore\": true` in daemon.json and reload the daemon (`systemctl reload docker`)."),
      QT_TRANSLATE_NOOP("Rules", "Not compatible with Swarm mode."),
      "2.15", "", "4.4.1", "docker-bench:2.15"},
     nullptr, nullptr, &checkLiveRestore},
    {{"DMN-009", Severity::Medium, Category::Network, TargetKind::Daemon,
      QT_TRANSLATE_NOOP("Rules", "Inter-container communication allowed on the default bridge"),
      QT_TRANSLATE_NOOP("Rules", "On the default bridge every container can reach every other container's ports, so one compromised container can attack all the others on the host."),
      QT_TRANSLATE_NOOP("Rules", "Set `\"icc\": false` in daemon.json, and put containers that must talk to each other on their own user-defined networks."),
      QT_TRANSLATE_NOOP("Rules", "Containers that relied on the default bridge to talk need a user-defined network."),
      "2.2", "RULE #5", "4.4.2", "docker-bench:2.2"},
     nullptr, nullptr, &checkIcc},
};
// clang-format on

} // namespace

std::span<const Rule> daemonRules()
{
    return kRules;
}

} // namespace bulkhead::rules
