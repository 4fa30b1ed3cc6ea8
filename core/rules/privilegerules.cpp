// SPDX-License-Identifier: GPL-3.0-or-later
// Privilege rules (CTR-001..019): what a container may do to the kernel and host beyond Docker's defaults.
#include "core/rules/rule.h"

#include <QSet>

namespace bulkhead::rules {

using model::Category;
using model::Severity;
using model::TargetKind;

namespace {

QString normalisedCap(const QString& cap)
{
    QString c = cap.trimmed().toUpper();
    if (c.startsWith(QLatin1String("CAP_"))) {
        c = c.mid(4);
    }
    return c;
}

// Docker's default capability set: adding one of these changes nothing.
bool isDefaultCap(const QString& cap)
{
    static const QSet<QString> kDefault = {
        QStringLiteral("CHOWN"),
        QStringLiteral("DAC_OVERRIDE"),
        QStringLiteral("FSETID"),
        QStringLiteral("FOWNER"),
        QStringLiteral("MKNOD"),
        QStringLiteral("NET_RAW"),
        QStringLiteral("SETGID"),
        QStringLiteral("SETUID"),
        QStringLiteral("SETFCAP"),
        QStringLiteral("SETPCAP"),
        QStringLiteral("NET_BIND_SERVICE"),
        QStringLiteral("SYS_CHROOT"),
        QStringLiteral("KILL"),
        QStringLiteral("AUDIT_WRITE"),
    };
    return kDefault.contains(cap);
}

// Per-capability severity: the ones that amount to root on the host are critical.
Severity capSeverity(const QString& cap)
{
    static const QSet<QString> kCritical = {
        QStringLiteral("ALL"),
        QStringLiteral("SYS_ADMIN"),
        QStringLiteral("SYS_MODULE"),
        QStringLiteral("SYS_RAWIO"),
    };
    static const QSet<QString> kHigh = {
        QStringLiteral("SYS_PTRACE"),
        QStringLiteral("DAC_READ_SEARCH"),
        QStringLiteral("NET_ADMIN"),
        QStringLiteral("SYS_BOOT"),
        QStringLiteral("MAC_ADMIN"),
        QStringLiteral("MAC_OVERRIDE"),
        QStringLiteral("BPF"),
        QStringLiteral("PERFMON"),
        QStringLiteral("SYS_TIME"),
        QStringLiteral("LINUX_IMMUTABLE"),
        QStringLiteral("AUDIT_CONTROL"),
        QStringLiteral("SYSLOG"),
    };
    if (kCritical.contains(cap)) {
        return Severity::Critical;
    }
    if (kHigh.contains(cap)) {
        return Severity::High;
    }
    return Severity::Medium;
}

// SecurityOpt accepts both "key=value" and the legacy "key:value".
bool hasOptValue(const model::Container& c, QStringView key, QStringView value)
{
    for (const QString& o : c.securityOpt) {
        const QString t = o.trimmed();
        for (QChar sep : {u'=', u':'}) {
            if (t.compare(key.toString() + sep + value.toString(), Qt::CaseInsensitive) == 0) {
                return true;
            }
        }
    }
    return false;
}

void checkPrivileged(const Context&, const model::Container& c, Emitter& e)
{
    if (c.privileged.value_or(false)) {
        e.add(rtr("runs privileged: every capability, every device, no seccomp or AppArmor confinement"),
              QStringLiteral("HostConfig.Privileged"),
              QStringLiteral("HostConfig.Privileged = true"));
    } else if (!c.privileged) {
        model::Finding& f = e.add(Severity::Medium,
                                  rtr("privileged mode could not be read; treat as possibly privileged"),
                                  QStringLiteral("HostConfig.Privileged"),
                                  QStringLiteral("HostConfig.Privileged = unknown"));
        f.confidence = 0.5;
    }
}

void checkCapAdd(const Context&, const model::Container& c, Emitter& e)
{
    for (qsizetype i = 0; i < c.capAdd.size(); ++i) {
        const QString cap = normalisedCap(c.capAdd[i]);
        if (cap.isEmpty() || isDefaultCap(cap)) {
            continue;
        }
        // The field carries the index so remediation can drop exactly this entry.
        e.add(capSeverity(cap),
              rtr("adds capability %1").arg(cap),
              QStringLiteral("HostConfig.CapAdd[%1]").arg(i),
              QStringLiteral("HostConfig.CapAdd = %1").arg(jsonList(c.capAdd)));
    }
}

void checkCapDrop(const Context&, const model::Container& c, Emitter& e)
{
    if (c.privileged.value_or(false)) {
        return; // CTR-001 says it all
    }
    for (const QString& d : c.capDrop) {
        if (normalisedCap(d) == QLatin1String("ALL")) {
            return;
        }
    }
    e.add(rtr("keeps Docker's default capabilities (no --cap-drop ALL)"),
          QStringLiteral("HostConfig.CapDrop"),
          QStringLiteral("HostConfig.CapDrop = %1").arg(jsonList(c.capDrop)));
}

void checkRootUser(const Context& ctx, const model::Container& c, Emitter& e)
{
    if ((daemonRemapsUsers(ctx.inventory) && c.usernsMode != QLatin1String("host")) ||
        ctx.inventory.daemon.hasSecurityOption(u"rootless")) {
        return; // root inside maps to an unprivileged user on the host
    }
    if (!c.config.user) {
        model::Finding& f = e.add(rtr("user could not be read; it may be root"),
                                  QStringLiteral("Config.User"),
                                  QStringLiteral("Config.User = unknown"));
        f.confidence = 0.5;
        return;
    }
    if (isRootUser(*c.config.user)) {
        e.add(rtr("runs as root (user \"%1\") without user-namespace remapping")
                  .arg(c.config.user->isEmpty() ? QStringLiteral("root") : *c.config.user),
              QStringLiteral("Config.User"),
              QStringLiteral("Config.User = \"%1\"").arg(*c.config.user));
    }
}

void checkNoNewPrivileges(const Context&, const model::Container& c, Emitter& e)
{
    if (c.privileged.value_or(false)) {
        return;
    }
    for (const QString& o : c.securityOpt) {
        const QString t = o.trimmed().toLower();
        if (t == QLatin1String("no-new-privileges") || t == QLatin1String("no-new-privileges=true") ||
            t == QLatin1String("no-new-privileges:true")) {
            return;
        }
    }
    e.add(rtr("processes can gain privileges through setuid binaries (no-new-privileges not set)"),
          QStringLiteral("HostConfig.SecurityOpt"),
          QStringLiteral("HostConfig.SecurityOpt = %1").arg(jsonList(c.securityOpt)));
}

void checkSeccomp(const Context&, const model::Container& c, Emitter& e)
{
    if (hasOptValue(c, u"seccomp", u"unconfined")) {
        e.add(rtr("seccomp is disabled: every system call is allowed"),
              QStringLiteral("HostConfig.SecurityOpt"),
              QStringLiteral("HostConfig.SecurityOpt = %1").arg(jsonList(c.securityOpt)));
    }
}

void checkAppArmor(const Context&, const model::Container& c, Emitter& e)
{
    if (hasOptValue(c, u"apparmor", u"unconfined") || c.appArmorProfile == QLatin1String("unconfined")) {
        e.add(rtr("AppArmor confinement is disabled"),
              QStringLiteral("HostConfig.SecurityOpt"),
              QStringLiteral("AppArmorProfile = \"%1\", HostConfig.SecurityOpt = %2")
                  .arg(c.appArmorProfile, jsonList(c.securityOpt)));
    }
}

void checkSelinux(const Context&, const model::Container& c, Emitter& e)
{
    if (hasOptValue(c, u"label", u"disable") || hasOptValue(c, u"label", u"type:spc_t")) {
        e.add(rtr("SELinux labelling is disabled for this container"),
              QStringLiteral("HostConfig.SecurityOpt"),
              QStringLiteral("HostConfig.SecurityOpt = %1").arg(jsonList(c.securityOpt)));
    }
}

void checkNamespace(Emitter& e, const QString& mode, const char* field, const char* what)
{
    if (mode == QLatin1String("host")) {
        e.add(rtr("shares the host's %1 namespace").arg(rtr(what)),
              QString::fromLatin1(field),
              QStringLiteral("%1 = \"host\"").arg(QString::fromLatin1(field)));
    }
}

void checkHostNetwork(const Context&, const model::Container& c, Emitter& e)
{
    checkNamespace(e, c.networkMode, "HostConfig.NetworkMode", QT_TRANSLATE_NOOP("Rules", "network"));
}
void checkHostPid(const Context&, const model::Container& c, Emitter& e)
{
    checkNamespace(e, c.pidMode, "HostConfig.PidMode", QT_TRANSLATE_NOOP("Rules", "process (PID)"));
}
void checkHostIpc(const Context&, const model::Container& c, Emitter& e)
{
    checkNamespace(e, c.ipcMode, "HostConfig.IpcMode", QT_TRANSLATE_NOOP("Rules", "IPC"));
}
void checkHostUts(const Context&, const model::Container& c, Emitter& e)
{
    checkNamespace(e, c.utsMode, "HostConfig.UTSMode", QT_TRANSLATE_NOOP("Rules", "UTS (host name)"));
}
void checkHostUserns(const Context& ctx, const model::Container& c, Emitter& e)
{
    // Only meaningful when the daemon remaps users; without remapping every container is in the host's namespace
    // and CTR-004 covers the consequence.
    if (daemonRemapsUsers(ctx.inventory)) {
        checkNamespace(e, c.usernsMode, "HostConfig.UsernsMode", QT_TRANSLATE_NOOP("Rules", "user"));
    }
}
void checkHostCgroupns(const Context&, const model::Container& c, Emitter& e)
{
    checkNamespace(e, c.cgroupnsMode, "HostConfig.CgroupnsMode", QT_TRANSLATE_NOOP("Rules", "cgroup"));
}

Severity deviceSeverity(const QString& path)
{
    static const QStringList kCritical = {
        QStringLiteral("/dev/mem"),
        QStringLiteral("/dev/kmem"),
        QStringLiteral("/dev/port"),
    };
    static const QStringList kHighPrefixes = {
        QStringLiteral("/dev/sd"),
        QStringLiteral("/dev/hd"),
        QStringLiteral("/dev/vd"),
        QStringLiteral("/dev/xvd"),
        QStringLiteral("/dev/nvme"),
        QStringLiteral("/dev/dm-"),
        QStringLiteral("/dev/mapper"),
        QStringLiteral("/dev/loop"),
        QStringLiteral("/dev/disk"),
        QStringLiteral("/dev/md"),
        QStringLiteral("/dev/kvm"),
    };
    if (kCritical.contains(path)) {
        return Severity::Critical;
    }
    for (const QString& p : kHighPrefixes) {
        if (path.startsWith(p)) {
            return Severity::High;
        }
    }
    return Severity::Medium;
}

void checkDevices(const Context&, const model::Container& c, Emitter& e)
{
    if (c.privileged.value_or(false)) {
        return;
    }
    for (std::size_t i = 0; i < c.devices.size(); ++i) {
        const model::Device& d = c.devices[i];
        e.add(deviceSeverity(d.pathOnHost),
              rtr("host device %1 is passed through (%2)").arg(d.pathOnHost, d.permissions),
              QStringLiteral("HostConfig.Devices[%1]").arg(i),
              QStringLiteral("HostConfig.Devices[].PathOnHost = \"%1\"").arg(d.pathOnHost));
    }
    for (const QString& rule : c.deviceCgroupRules) {
        // "a *:* rwm" allows every device the container can create with mknod.
        const bool all = rule.simplified().startsWith(QLatin1String("a ")) || rule.contains(QLatin1String("*:*"));
        e.add(all ? Severity::High : Severity::Medium,
              rtr("device cgroup rule \"%1\" allows access to host devices").arg(rule),
              QStringLiteral("HostConfig.DeviceCgroupRules"),
              QStringLiteral("HostConfig.DeviceCgroupRules = %1").arg(jsonList(c.deviceCgroupRules)));
    }
}

void checkPropagation(const Context&, const model::Container& c, Emitter& e)
{
    for (std::size_t i = 0; i < c.mounts.size(); ++i) {
        const model::Mount& m = c.mounts[i];
        if (m.propagation == QLatin1String("shared") || m.propagation == QLatin1String("rshared")) {
            e.add(rtr("mount %1 uses %2 propagation: mounts made inside appear on the host")
                      .arg(m.destination, m.propagation),
                  QStringLiteral("Mounts[%1].Propagation").arg(i),
                  QStringLiteral("Mounts[%1].Propagation = \"%2\"").arg(m.destination, m.propagation));
        }
    }
}

// clang-format off
const Rule kRules[] = {
    {{"CTR-001", Severity::Critical, Category::Privileges, TargetKind::Container,
      QT_TRANSLATE_NOOP("Rules", "Container runs privileged"),
      QT_TRANSLATE_NOOP("Rules", "A privileged container gets every capability and all host devices, and runs without seccomp, AppArmor or SELinux confinement. Escaping to the host takes one mount or one kernel module: it is root on the host in all but name. A created container counts too, because starting it is all it takes."),
      QT_TRANSLATE_NOOP("Rules", "Remove `--privileged` (compose: `privileged: false`). Grant only the capabilities (`--cap-add`) and devices (`--device`) the workload needs."),
      QT_TRANSLATE_NOOP("Rules", "Workloads that manage the host (Docker-in-Docker, device drivers) need redesign or a dedicated host."),
      "5.5", "RULE #3", "4.4.3", "docker-bench:5.5,kics:Privileged Containers Enabled"},
     &checkPrivileged},
    {{"CTR-002", Severity::High, Category::Privileges, TargetKind::Container,
      QT_TRANSLATE_NOOP("Rules", "Container adds dangerous Linux capabilities"),
      QT_TRANSLATE_NOOP("Rules", "Capabilities split root's power into pieces; some pieces are nearly the whole. SYS_ADMIN, SYS_MODULE and SYS_RAWIO are enough to take over the host; SYS_PTRACE, DAC_READ_SEARCH and NET_ADMIN open well-known escape or interception paths. Each added capability is rated on its own."),
      QT_TRANSLATE_NOOP("Rules", "Drop the `--cap-add` entry (compose: `cap_add`). Start from `--cap-drop ALL` and add back only what the process is shown to need, e.g. `--cap-add NET_BIND_SERVICE`."),
      QT_TRANSLATE_NOOP("Rules", "Finding the minimal set takes a test run; some tools (VPNs, debuggers) really need NET_ADMIN or SYS_PTRACE."),
      "5.4", "RULE #3", "4.4.3", "docker-bench:5.4,kics:Container Capabilities Unrestricted"},
     &checkCapAdd},
    {{"CTR-003", Severity::Low, Category::Privileges, TargetKind::Container,
      QT_TRANSLATE_NOOP("Rules", "Default capabilities not dropped"),
      QT_TRANSLATE_NOOP("Rules", "Docker grants 14 capabilities by default (CHOWN, DAC_OVERRIDE, NET_RAW, SETUID, ...). Most services need none of them, and each one widens what an attacker can do after getting code execution, such as forging packets with NET_RAW."),
      QT_TRANSLATE_NOOP("Rules", "Add `--cap-drop ALL` (compose: `cap_drop: [ALL]`) and `--cap-add` back only the needed ones."),
      QT_TRANSLATE_NOOP("Rules", "Images that start as root and switch user (gosu, su-exec) need SETUID/SETGID back."),
      "5.4", "RULE #3", "4.4.3", "docker-bench:5.4"},
     &checkCapDrop},
    {{"CTR-004", Severity::Medium, Category::Privileges, TargetKind::Container,
      QT_TRANSLATE_NOOP("Rules", "Container runs as root"),
      QT_TRANSLATE_NOOP("Rules", "Without user-namespace remapping, root in the container is root on the host: any escape, writable host mount or kernel bug is exploited with full rights. An empty user, `0` and `root` all mean root."),
      QT_TRANSLATE_NOOP("Rules", "Run as an unprivileged user: `--user 1000:1000` (compose: `user: \"1000:1000\"`), or set `USER` in the Dockerfile. Alternatively enable `userns-remap` in daemon.json."),
      QT_TRANSLATE_NOOP("Rules", "Files the process writes must be owned by that user; ports below 1024 need NET_BIND_SERVICE or a higher port."),
      "4.1", "RULE #2", "4.4.3", "docker-bench:4.1,dockle:CIS-DI-0001,hadolint:DL3002,trivy:DS-0002"},
     &checkRootUser},
    {{"CTR-005", Severity::Low, Category::Privileges, TargetKind::Container,
      QT_TRANSLATE_NOOP("Rules", "no-new-privileges not set"),
      QT_TRANSLATE_NOOP("Rules", "Without no-new-privileges a process can gain rights through setuid or setgid binaries (sudo, su, a planted helper). The flag makes the kernel refuse such gains for the container's whole process tree."),
      QT_TRANSLATE_NOOP("Rules", "Add `--security-opt no-new-privileges` (compose: `security_opt: [\"no-new-privileges:true\"]`), or set `\"no-new-privileges\": true` in daemon.json for all containers."),
      QT_TRANSLATE_NOOP("Rules", "Breaks images that rely on sudo or setuid helpers at run time."),
      "5.26", "RULE #4", "4.4.3", "docker-bench:5.26,kics:No New Privileges Not Set"},
     &checkNoNewPrivileges},
    {{"CTR-006", Severity::High, Category::Privileges, TargetKind::Container,
      QT_TRANSLATE_NOOP("Rules", "Seccomp disabled"),
      QT_TRANSLATE_NOOP("Rules", "Docker's default seccomp profile blocks about 40 rarely needed system calls that are behind many kernel exploits (keyctl, unshare, bpf, ...). `seccomp=unconfined` removes that filter."),
      QT_TRANSLATE_NOOP("Rules", "Remove `--security-opt seccomp=unconfined`; if one call is missing, ship a custom profile with `--security-opt seccomp=profile.json`."),
      QT_TRANSLATE_NOOP("Rules", "A custom profile must be maintained with the workload."),
      "5.22", "RULE #6", "4.4.3", "docker-bench:5.22,kics:Default Seccomp Profile Disabled"},
     &checkSeccomp},
    {{"CTR-007", Severity::Medium, Category::Privileges, TargetKind::Container,
      QT_TRANSLATE_NOOP("Rules", "AppArmor disabled"),
      QT_TRANSLATE_NOOP("Rules", "On AppArmor hosts the docker-default profile denies writes to /proc and /sys and mounting; running unconfined removes that layer of defence."),
      QT_TRANSLATE_NOOP("Rules", "Remove `--security-opt apparmor=unconfined`; use `docker-default` or a custom profile (`--security-opt apparmor=PROFILE`)."),
      "",
      "5.2", "RULE #6", "4.4.3", "docker-bench:5.2,kics:Security Opt Not Set"},
     &checkAppArmor},
    {{"CTR-008", Severity::Medium, Category::Privileges, TargetKind::Container,
      QT_TRANSLATE_NOOP("Rules", "SELinux labelling disabled"),
      QT_TRANSLATE_NOOP("Rules", "On SELinux hosts container processes run in a confined type that cannot touch host files. `label=disable` (or the spc_t type) lifts that confinement for this container."),
      QT_TRANSLATE_NOOP("Rules", "Remove `--security-opt label=disable`; relabel volumes with `:z`/`:Z` instead."),
      "",
      "5.3", "RULE #6", "4.4.3", "docker-bench:5.3"},
     &checkSelinux},
    {{"CTR-009", Severity::High, Category::Privileges, TargetKind::Container,
      QT_TRANSLATE_NOOP("Rules", "Host network namespace shared"),
      QT_TRANSLATE_NOOP("Rules", "With `--network host` the container sees every host interface, can bind any port and reach services that listen only on localhost (including abstract unix sockets of other daemons), and bypasses Docker's port publishing."),
      QT_TRANSLATE_NOOP("Rules", "Use a bridge network (compose: remove `network_mode: host`) and publish only the needed ports with `-p 127.0.0.1:PORT:PORT`."),
      QT_TRANSLATE_NOOP("Rules", "Some network tools and very high packet rates need the host network."),
      "5.10", "RULE #5", "4.4.2", "docker-bench:5.10,kics:Shared Host Network Namespace"},
     &checkHostNetwork},
    {{"CTR-010", Severity::High, Category::Privileges, TargetKind::Container,
      QT_TRANSLATE_NOOP("Rules", "Host PID namespace shared"),
      QT_TRANSLATE_NOOP("Rules", "With `--pid host` the container sees and can signal every host process, read their environment and command lines, and with ptrace rights attach to them."),
      QT_TRANSLATE_NOOP("Rules", "Remove `--pid host` (compose: `pid: host`)."),
      "",
      "5.16", "", "4.4.3", "docker-bench:5.16,kics:Host Namespace is Shared"},
     &checkHostPid},
    {{"CTR-011", Severity::High, Category::Privileges, TargetKind::Container,
      QT_TRANSLATE_NOOP("Rules", "Host IPC namespace shared"),
      QT_TRANSLATE_NOOP("Rules", "With `--ipc host` the container shares System V shared memory, semaphores and message queues with host processes and can read or corrupt their data."),
      QT_TRANSLATE_NOOP("Rules", "Remove `--ipc host` (compose: `ipc: host`); use `--ipc shareable` between containers that need it."),
      "",
      "5.17", "", "4.4.3", "docker-bench:5.17,kics:Shared Host IPC Namespace"},
     &checkHostIpc},
    {{"CTR-012", Severity::Medium, Category::Privileges, TargetKind::Container,
      QT_TRANSLATE_NOOP("Rules", "Host UTS namespace shared"),
      QT_TRANSLATE_NOOP("Rules", "With `--uts host` the container can change the host's host name and domain name, which confuses logging, monitoring and name-based trust."),
      QT_TRANSLATE_NOOP("Rules", "Remove `--uts host` (compose: `uts: host`)."),
      "",
      "5.21", "", "4.4.3", "docker-bench:5.21"},
     &checkHostUts},
    {{"CTR-013", Severity::Medium, Category::Privileges, TargetKind::Container,
      QT_TRANSLATE_NOOP("Rules", "User namespace remapping bypassed"),
      QT_TRANSLATE_NOOP("Rules", "The daemon remaps container root to an unprivileged host user, but `--userns host` opts this container out: its root is the host's root again."),
      QT_TRANSLATE_NOOP("Rules", "Remove `--userns host` (compose: `userns_mode: host`)."),
      "",
      "5.31", "RULE #2", "4.4.3", "docker-bench:5.31,kics:Shared Host User Namespace"},
     &checkHostUserns},
    {{"CTR-014", Severity::Low, Category::Privileges, TargetKind::Container,
      QT_TRANSLATE_NOOP("Rules", "Host cgroup namespace shared"),
      QT_TRANSLATE_NOOP("Rules", "With the host cgroup namespace the container sees the host's whole cgroup tree, which leaks information about other workloads and eases cgroup-based escapes when combined with other rights."),
      QT_TRANSLATE_NOOP("Rules", "Use `--cgroupns private` (compose: `cgroup: private`), the default on cgroup v2 hosts."),
      QT_TRANSLATE_NOOP("Rules", "On cgroup v1 hosts `host` is Docker's default."),
      "", "", "4.4.3", ""},
     &checkHostCgroupns},
    {{"CTR-015", Severity::Medium, Category::Privileges, TargetKind::Container,
      QT_TRANSLATE_NOOP("Rules", "Host devices passed through"),
      QT_TRANSLATE_NOOP("Rules", "A host device inside the container bypasses the kernel's file permissions: raw disks can be read or rewritten, /dev/mem exposes physical memory. Block devices and memory devices are rated higher."),
      QT_TRANSLATE_NOOP("Rules", "Remove `--device` / `--device-cgroup-rule` entries (compose: `devices`, `device_cgroup_rules`) the workload does not need; pass a specific device read-only (`--device /dev/x:/dev/x:r`) where possible."),
      QT_TRANSLATE_NOOP("Rules", "GPU and hardware workloads need their device."),
      "5.18", "", "4.4.3", "docker-bench:5.18"},
     &checkDevices},
    {{"CTR-016", Severity::Medium, Category::Privileges, TargetKind::Container,
      QT_TRANSLATE_NOOP("Rules", "Mount propagation set to shared"),
      QT_TRANSLATE_NOOP("Rules", "With shared propagation, mounts created inside the container propagate back to the host (and other containers), so a compromised container can change the host's mount table."),
      QT_TRANSLATE_NOOP("Rules", "Use the default `rprivate` propagation: drop `:shared`/`:rshared` from `-v` (compose: `bind.propagation`)."),
      "",
      "5.20", "", "4.4.3", "docker-bench:5.20"},
     &checkPropagation},
};
// clang-format on

} // namespace

std::span<const Rule> privilegeRules()
{
    return kRules;
}

} // namespace bulkhead::rules
