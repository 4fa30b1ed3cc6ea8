// SPDX-License-Identifier: GPL-3.0-or-later
// Host rules (HST-): facts read from the local machine when the endpoint is local (socket, groups, daemon.json).
#include "core/rules/rule.h"

namespace bulkhead::rules {

using model::Category;
using model::Severity;
using model::TargetKind;

namespace {

QString octal(int mode)
{
    return QStringLiteral("0%1").arg(mode, 3, 8, QLatin1Char('0'));
}

void checkSocketMode(const Context& ctx, Emitter& e)
{
    const model::HostFacts& h = ctx.inventory.host;
    if (!h.present || !h.socketMode) {
        return;
    }
    const int mode = *h.socketMode;
    const QString evidence =
        QStringLiteral("%1 mode %2 owner %3 group %4").arg(h.socketPath, octal(mode), h.socketOwner, h.socketGroup);
    if (mode & 0002) {
        e.add(Severity::Critical,
              rtr("the Docker socket is world-writable: every local user is root"),
              QStringLiteral("socket mode"),
              evidence);
    } else if (mode & 0007) {
        e.add(Severity::Medium,
              rtr("the Docker socket is accessible to other users (mode %1)").arg(octal(mode)),
              QStringLiteral("socket mode"),
              evidence);
    } else if ((mode & 0020) && h.socketOwner == QLatin1String("root") && !h.socketGroup.isEmpty() &&
               h.socketGroup != QLatin1String("docker") && h.socketGroup != QLatin1String("root")) {
        // A rootful socket writable by some other group hands root to that group (rootless sockets belong to
        // their user and group, which is fine).
        e.add(Severity::Medium,
              rtr("the Docker socket is group-writable by group \"%1\"").arg(h.socketGroup),
              QStringLiteral("socket group"),
              evidence);
    }
}

void checkDockerGroup(const Context& ctx, Emitter& e)
{
    const model::HostFacts& h = ctx.inventory.host;
    if (!h.present || h.dockerGroupMembers.isEmpty()) {
        return;
    }
    e.add(QCoreApplication::translate("Rules",
                                      "%n user(s) in the docker group are root-equivalent: %1",
                                      nullptr,
                                      static_cast<int>(h.dockerGroupMembers.size()))
              .arg(h.dockerGroupMembers.join(u", ")),
          QStringLiteral("group docker"),
          QStringLiteral("docker group members = %1").arg(jsonList(h.dockerGroupMembers)));
}

void checkInsecureRegistries(const Context& ctx, Emitter& e)
{
    const nlohmann::json& dj = ctx.inventory.host.daemonJson;
    if (!dj.is_object()) {
        return;
    }
    const auto it = dj.find("insecure-registries");
    if (it == dj.end() || !it->is_array() || it->empty()) {
        return;
    }
    QStringList regs;
    for (const nlohmann::json& r : *it) {
        if (r.is_string()) {
            regs << QString::fromUtf8(r.get_ref<const std::string&>().c_str());
        }
    }
    e.add(rtr("daemon.json allows pulling over plain HTTP or unverified TLS from %1").arg(regs.join(u", ")),
          QStringLiteral("daemon.json insecure-registries"),
          QStringLiteral("daemon.json insecure-registries = %1").arg(jsonList(regs)));
}

void checkDaemonJsonReadable(const Context& ctx, Emitter& e)
{
    const model::HostFacts& h = ctx.inventory.host;
    if (h.present && !h.daemonJsonError.isEmpty()) {
        e.add(rtr("/etc/docker/daemon.json could not be checked: %1").arg(h.daemonJsonError),
              QStringLiteral("daemon.json"),
              h.daemonJsonError);
    }
}

// clang-format off
const Rule kRules[] = {
    {{"HST-001", Severity::High, Category::Host, TargetKind::Host,
      QT_TRANSLATE_NOOP("Rules", "Docker socket permissions too open"),
      QT_TRANSLATE_NOOP("Rules", "Write access to the Docker socket is root on the host. The socket should be owned by root, group docker, mode 0660 or stricter; anything wider hands root to other local users."),
      QT_TRANSLATE_NOOP("Rules", "`chown root:docker /var/run/docker.sock && chmod 660 /var/run/docker.sock`, and fix the socket unit or `group` in daemon.json so it stays that way."),
      "",
      "3.15", "RULE #1", "4.5.4", "docker-bench:3.15,docker-bench:3.16"},
     nullptr, nullptr, &checkSocketMode},
    {{"HST-002", Severity::Low, Category::Host, TargetKind::Host,
      QT_TRANSLATE_NOOP("Rules", "Users in the docker group"),
      QT_TRANSLATE_NOOP("Rules", "Members of the docker group can use the socket and therefore become root at will; group membership is often granted for convenience and forgotten."),
      QT_TRANSLATE_NOOP("Rules", "Review the list (`getent group docker`) and remove users who do not need root; use rootless Docker for developers."),
      QT_TRANSLATE_NOOP("Rules", "Removed users need sudo or rootless Docker."),
      "1.1.2", "RULE #1", "4.5.4", "docker-bench:1.1.2"},
     nullptr, nullptr, &checkDockerGroup},
    {{"HST-003", Severity::Medium, Category::Host, TargetKind::Host,
      QT_TRANSLATE_NOOP("Rules", "Insecure registries configured"),
      QT_TRANSLATE_NOOP("Rules", "Registries listed as insecure are reached over plain HTTP or TLS without verification, so anyone on the path can substitute the images this host runs."),
      QT_TRANSLATE_NOOP("Rules", "Remove `insecure-registries` from daemon.json; give the registry a certificate (a private CA under /etc/docker/certs.d/REGISTRY/ca.crt works)."),
      QT_TRANSLATE_NOOP("Rules", "The registry needs a certificate."),
      "2.5", "RULE #13", "4.1.5", "docker-bench:2.5"},
     nullptr, nullptr, &checkInsecureRegistries},
    {{"HST-004", Severity::Info, Category::Host, TargetKind::Host,
      QT_TRANSLATE_NOOP("Rules", "daemon.json could not be checked"),
      QT_TRANSLATE_NOOP("Rules", "The daemon configuration file exists but could not be read or parsed, so settings it holds (TLS, insecure registries, user namespaces) were not audited. An invalid file also stops the daemon from starting after the next restart."),
      QT_TRANSLATE_NOOP("Rules", "Run Bulkhead with read access to /etc/docker/daemon.json, and validate it with `dockerd --validate --config-file /etc/docker/daemon.json`."),
      "",
      "", "", "", ""},
     nullptr, nullptr, &checkDaemonJsonReadable},
};
// clang-format on

} // namespace

std::span<const Rule> hostRules()
{
    return kRules;
}

} // namespace bulkhead::rules
