// SPDX-License-Identifier: GPL-3.0-or-later
// Limit rules (CTR-030..039): resources a single container can take from the host and its neighbours.
#include "core/rules/rule.h"

namespace bulkhead::rules {

using model::Category;
using model::Severity;
using model::TargetKind;

namespace {

QString num(const std::optional<qint64>& v)
{
    return v ? QString::number(*v) : QStringLiteral("unknown");
}

void checkMemory(const Context&, const model::Container& c, Emitter& e)
{
    if (!c.memory || *c.memory <= 0) {
        model::Finding& f = e.add(c.memory ? rtr("no memory limit: it can use all of the host's memory")
                                           : rtr("memory limit could not be read; treated as unlimited"),
                                  QStringLiteral("HostConfig.Memory"),
                                  QStringLiteral("HostConfig.Memory = %1").arg(num(c.memory)));
        if (!c.memory) {
            f.confidence = 0.5;
        }
    }
}

void checkSwap(const Context&, const model::Container& c, Emitter& e)
{
    // Swap only matters once memory is limited; -1 then lets the container swap without bound.
    if (c.memory && *c.memory > 0 && c.memorySwap && *c.memorySwap == -1) {
        e.add(rtr("memory is limited but swap is unlimited"),
              QStringLiteral("HostConfig.MemorySwap"),
              QStringLiteral("HostConfig.Memory = %1, HostConfig.MemorySwap = -1").arg(*c.memory));
    }
}

void checkCpu(const Context&, const model::Container& c, Emitter& e)
{
    const bool limited = (c.nanoCpus && *c.nanoCpus > 0) || (c.cpuQuota && *c.cpuQuota > 0) ||
                         (c.cpuShares && *c.cpuShares > 0 && *c.cpuShares != 1024);
    if (!limited) {
        e.add(rtr("no CPU limit or weight: it can starve other containers of CPU"),
              QStringLiteral("HostConfig.NanoCpus"),
              QStringLiteral("HostConfig.NanoCpus = %1, CpuQuota = %2, CpuShares = %3")
                  .arg(num(c.nanoCpus), num(c.cpuQuota), num(c.cpuShares)));
    }
}

void checkPids(const Context&, const model::Container& c, Emitter& e)
{
    if (!c.pidsLimit || *c.pidsLimit <= 0) {
        e.add(rtr("no PIDs limit: a fork bomb inside can exhaust the host's process table"),
              QStringLiteral("HostConfig.PidsLimit"),
              QStringLiteral("HostConfig.PidsLimit = %1").arg(c.pidsLimit ? num(c.pidsLimit) : QStringLiteral("null")));
    }
}

void checkReadonly(const Context&, const model::Container& c, Emitter& e)
{
    if (!c.readonlyRootfs.value_or(false)) {
        e.add(rtr("root filesystem is writable"),
              QStringLiteral("HostConfig.ReadonlyRootfs"),
              QStringLiteral("HostConfig.ReadonlyRootfs = %1")
                  .arg(c.readonlyRootfs ? QStringLiteral("false") : QStringLiteral("unknown")));
    }
}

void checkRestart(const Context&, const model::Container& c, Emitter& e)
{
    const QString& n = c.restartPolicy.name;
    if (n == QLatin1String("always") || n == QLatin1String("unless-stopped")) {
        e.add(rtr("restart policy \"%1\" restarts it endlessly, even when it keeps crashing").arg(n),
              QStringLiteral("HostConfig.RestartPolicy"),
              QStringLiteral("HostConfig.RestartPolicy.Name = \"%1\"").arg(n));
    }
}

void checkOomKill(const Context&, const model::Container& c, Emitter& e)
{
    if (c.oomKillDisable.value_or(false)) {
        const bool noLimit = !c.memory || *c.memory <= 0;
        e.add(noLimit ? Severity::High : Severity::Medium,
              noLimit ? rtr("OOM killer disabled without a memory limit: the host's processes get killed instead")
                      : rtr("OOM killer disabled: the container hangs instead of being killed at its limit"),
              QStringLiteral("HostConfig.OomKillDisable"),
              QStringLiteral("HostConfig.OomKillDisable = true, HostConfig.Memory = %1").arg(num(c.memory)));
    }
}

void checkUlimits(const Context&, const model::Container& c, Emitter& e)
{
    for (const model::Ulimit& u : c.ulimits) {
        const bool unlimited = u.soft < 0 || u.hard < 0;
        e.add(unlimited ? Severity::Low : Severity::Info,
              unlimited ? rtr("ulimit %1 is set to unlimited").arg(u.name)
                        : rtr("ulimit %1 overrides the daemon default (%2:%3)").arg(u.name).arg(u.soft).arg(u.hard),
              QStringLiteral("HostConfig.Ulimits"),
              QStringLiteral("HostConfig.Ulimits[%1] = %2:%3").arg(u.name).arg(u.soft).arg(u.hard));
    }
}

// clang-format off
const Rule kRules[] = {
    {{"CTR-030", Severity::Medium, Category::Limits, TargetKind::Container,
      QT_TRANSLATE_NOOP("Rules", "No memory limit"),
      QT_TRANSLATE_NOOP("Rules", "Without a memory limit one leaking or attacked container can push the whole host into the kernel's out-of-memory killer, which may pick the Docker daemon or another service."),
      QT_TRANSLATE_NOOP("Rules", "Set `--memory 512m` (compose: `mem_limit: 512m` or `deploy.resources.limits.memory`) sized from the workload's observed peak."),
      QT_TRANSLATE_NOOP("Rules", "Too low a limit gets the container killed under load: measure first."),
      "5.11", "RULE #7", "4.4.3", "docker-bench:5.11,kics:Memory Not Limited"},
     &checkMemory},
    {{"CTR-031", Severity::Low, Category::Limits, TargetKind::Container,
      QT_TRANSLATE_NOOP("Rules", "Unlimited swap"),
      QT_TRANSLATE_NOOP("Rules", "A memory limit with `--memory-swap -1` lets the container page without bound, slowing every other workload on the host instead of failing fast."),
      QT_TRANSLATE_NOOP("Rules", "Set `--memory-swap` equal to `--memory` (compose: `memswap_limit`) to disable swap for the container."),
      "",
      "5.11", "RULE #7", "4.4.3", ""},
     &checkSwap},
    {{"CTR-032", Severity::Low, Category::Limits, TargetKind::Container,
      QT_TRANSLATE_NOOP("Rules", "No CPU limit"),
      QT_TRANSLATE_NOOP("Rules", "Without a CPU quota or weight a busy or hijacked container (crypto miners are the classic) takes CPU time from everything else on the host."),
      QT_TRANSLATE_NOOP("Rules", "Set `--cpus 1.0` (compose: `cpus: 1.0` or `deploy.resources.limits.cpus`), or at least a relative weight with `--cpu-shares 512`."),
      QT_TRANSLATE_NOOP("Rules", "A quota throttles bursts; leave headroom."),
      "5.12", "RULE #7", "4.4.3", "docker-bench:5.12,kics:Cpus Not Limited"},
     &checkCpu},
    {{"CTR-033", Severity::Medium, Category::Limits, TargetKind::Container,
      QT_TRANSLATE_NOOP("Rules", "No PIDs limit"),
      QT_TRANSLATE_NOOP("Rules", "Processes are a host-wide resource. Without a PIDs limit a fork bomb in one container exhausts the process table and nothing new can start on the host, including a shell to fix it."),
      QT_TRANSLATE_NOOP("Rules", "Set `--pids-limit 200` (compose: `pids_limit: 200`)."),
      "",
      "5.29", "RULE #7", "4.4.3", "docker-bench:5.29,kics:Pids Limit Not Set"},
     &checkPids},
    {{"CTR-034", Severity::Low, Category::Limits, TargetKind::Container,
      QT_TRANSLATE_NOOP("Rules", "Writable root filesystem"),
      QT_TRANSLATE_NOOP("Rules", "A writable root filesystem lets an attacker drop tools, change binaries or persist across process restarts. A read-only root makes the image the only source of code, with writes confined to declared places."),
      QT_TRANSLATE_NOOP("Rules", "Add `--read-only --tmpfs /tmp` (compose: `read_only: true` and `tmpfs: [/tmp]`), and volumes for data the application must keep."),
      QT_TRANSLATE_NOOP("Rules", "Every path the application writes must be found and given a tmpfs or volume."),
      "5.13", "RULE #8", "4.4.3", "docker-bench:5.13"},
     &checkReadonly},
    {{"CTR-035", Severity::Low, Category::Limits, TargetKind::Container,
      QT_TRANSLATE_NOOP("Rules", "Unbounded restart policy"),
      QT_TRANSLATE_NOOP("Rules", "`always` and `unless-stopped` restart a crashing container forever. A crash loop hides the failure, burns resources, and gives an attacker unlimited attempts at an exploit that crashes the process."),
      QT_TRANSLATE_NOOP("Rules", "Use `--restart on-failure:5` (compose: `restart: on-failure:5` or `deploy.restart_policy.max_attempts: 5`)."),
      QT_TRANSLATE_NOOP("Rules", "Services that must survive daemon restarts need supervision elsewhere (an orchestrator or a systemd unit)."),
      "5.15", "RULE #7", "4.4.3", "docker-bench:5.15,kics:Restart Policy On Failure Not Set To 5"},
     &checkRestart},
    {{"CTR-036", Severity::Medium, Category::Limits, TargetKind::Container,
      QT_TRANSLATE_NOOP("Rules", "OOM killer disabled"),
      QT_TRANSLATE_NOOP("Rules", "`--oom-kill-disable` stops the kernel from killing this container's processes when memory runs out. Without a memory limit the kernel then kills other processes on the host instead."),
      QT_TRANSLATE_NOOP("Rules", "Remove `--oom-kill-disable` (compose: `oom_kill_disable`), and set a memory limit."),
      "",
      "5.11", "RULE #7", "4.4.3", ""},
     &checkOomKill},
    {{"CTR-037", Severity::Info, Category::Limits, TargetKind::Container,
      QT_TRANSLATE_NOOP("Rules", "ulimits overridden"),
      QT_TRANSLATE_NOOP("Rules", "Per-container ulimits replace the daemon's defaults. Raising them (or setting them to unlimited) removes a limit on open files, processes or core sizes that protects the host."),
      QT_TRANSLATE_NOOP("Rules", "Remove `--ulimit` (compose: `ulimits`) unless the value was chosen deliberately; never use -1 (unlimited). Set defaults in daemon.json `default-ulimits`."),
      "",
      "5.19", "RULE #7", "4.4.3", "docker-bench:5.19"},
     &checkUlimits},
};
// clang-format on

} // namespace

std::span<const Rule> limitRules()
{
    return kRules;
}

} // namespace bulkhead::rules
