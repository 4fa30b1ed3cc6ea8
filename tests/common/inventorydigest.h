// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Every field of a parsed inventory (and of the raw one's meta, ids, statuses, errors and issues) as one text, so two
// ways of reading the same input can be compared field by field (tst_snapshot, the snapshot fuzz target).

#include "core/model/inventory.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace bulkhead::testing {

class InventoryDigest
{
public:
    QString text;

    void add(const char* name, const QString& v) { text += QLatin1String(name) + u'=' + v + u'\n'; }
    void add(const char* name, const QStringList& v)
    {
        text += QLatin1String(name) + QStringLiteral("=[") + v.join(QChar(0x1f)) + QStringLiteral("]\n");
    }
    void add(const char* name, bool v) { add(name, QString::fromLatin1(v ? "true" : "false")); }
    void add(const char* name, qint64 v) { add(name, QString::number(v)); }
    void add(const char* name, int v) { add(name, QString::number(v)); }
    void add(const char* name, const QDateTime& v)
    {
        add(name, v.isValid() ? v.toString(Qt::ISODateWithMs) : QString());
    }
    template<typename T> void add(const char* name, const std::optional<T>& v)
    {
        if (v) {
            add(name, *v);
        } else {
            add(name, QStringLiteral("<unknown>"));
        }
    }
    void add(const char* name, const QMap<QString, QString>& m)
    {
        QStringList parts;
        for (auto it = m.cbegin(); it != m.cend(); ++it) {
            parts << it.key() + u'=' + it.value();
        }
        add(name, parts);
    }
    void add(const std::vector<model::ParseIssue>& issues)
    {
        for (const model::ParseIssue& i : issues) {
            add("parseIssue", i.where + QStringLiteral(" | ") + i.what);
        }
    }
    void add(const std::vector<model::CollectionIssue>& issues)
    {
        for (const model::CollectionIssue& i : issues) {
            add("issue", i.where + QStringLiteral(" | ") + i.what);
        }
    }

    void add(const model::ContainerConfig& c)
    {
        add("user", c.user);
        add("env", c.env);
        add("labels", c.labels);
        add("cmd", c.cmd);
        add("entrypoint", c.entrypoint);
        add("workingDir", c.workingDir);
        add("image", c.image);
        add("healthcheck", c.healthcheck ? c.healthcheck->test : QStringList{QStringLiteral("<none>")});
        add("exposedPorts", c.exposedPorts);
        add("volumes", c.volumes);
    }

    void add(const model::Container& c)
    {
        add("container", c.id);
        add("name", c.name);
        add("imageRef", c.imageRef);
        add("imageId", c.imageId);
        add("state", c.state);
        add("running", c.running);
        add("created", c.created);
        add(c.config);
        add("appArmor", c.appArmorProfile);
        add("processes", c.processes);
        add("privileged", c.privileged);
        add("capAdd", c.capAdd);
        add("capDrop", c.capDrop);
        add("securityOpt", c.securityOpt);
        add("modes", QStringList{c.networkMode, c.pidMode, c.ipcMode, c.utsMode, c.usernsMode, c.cgroupnsMode});
        for (const model::Device& d : c.devices) {
            add("device", QStringList{d.pathOnHost, d.pathInContainer, d.permissions});
        }
        add("deviceCgroupRules", c.deviceCgroupRules);
        for (const model::Mount& m : c.mounts) {
            add("mount",
                QStringList{
                    m.type, m.source, m.destination, m.name, m.mode, QString::number(int(m.rw)), m.propagation});
        }
        add("memory", c.memory);
        add("memorySwap", c.memorySwap);
        add("nanoCpus", c.nanoCpus);
        add("cpuQuota", c.cpuQuota);
        add("cpuShares", c.cpuShares);
        add("pidsLimit", c.pidsLimit);
        add("readonlyRootfs", c.readonlyRootfs);
        add("oomKillDisable", c.oomKillDisable);
        add("restart", c.restartPolicy.name + u'/' + QString::number(c.restartPolicy.maxRetries));
        for (const model::Ulimit& u : c.ulimits) {
            add("ulimit", QStringList{u.name, QString::number(u.soft), QString::number(u.hard)});
        }
        for (const model::PortBinding& p : c.ports) {
            add("port",
                QStringList{QString::number(p.containerPort),
                            p.protocol,
                            p.hostIp,
                            QString::number(p.hostPort),
                            QString::number(int(p.published))});
        }
        add("publishAll", c.publishAllPorts);
        add("tmpfs", c.tmpfs);
        add(c.issues);
    }

    void add(const model::Image& i)
    {
        add("image", i.id);
        add("repoTags", i.repoTags);
        add("repoDigests", i.repoDigests);
        add("created", i.created);
        add("size", i.size);
        add("os", i.os + u'/' + i.architecture);
        add(i.config);
        add("layers", i.layers);
        for (const model::HistoryEntry& h : i.history) {
            add("history",
                QStringList{h.created.toString(Qt::ISODate),
                            h.createdBy,
                            h.comment,
                            QString::number(h.size),
                            QString::number(int(h.emptyLayer))});
        }
        add(i.issues);
    }

    void add(const model::Inventory& inv)
    {
        add("endpoint", inv.endpoint);
        add("endpointSource", inv.endpointSource);
        add("collectedAt", inv.collectedAt);
        add("toolVersion", inv.toolVersion);
        add("local", inv.local);
        add("partial", inv.partial);
        const model::DaemonInfo& d = inv.daemon;
        add("daemon",
            QStringList{d.version,
                        d.apiVersion,
                        d.minApiVersion,
                        d.os,
                        d.arch,
                        d.kernelVersion,
                        d.goVersion,
                        d.name,
                        d.operatingSystem,
                        d.osType,
                        d.storageDriver,
                        d.dockerRootDir});
        add("securityOptions", d.securityOptions);
        add("liveRestore", d.liveRestoreEnabled);
        add("experimental", d.experimental);
        add("ncpu", d.ncpu);
        add("memTotal", d.memTotal);
        add("warnings", d.warnings);
        add(d.issues);
        for (const model::Container& c : inv.containers) {
            add(c);
        }
        for (const model::Image& i : inv.images) {
            add(i);
        }
        for (const model::Network& n : inv.networks) {
            add("network", QStringList{n.id, n.name, n.driver});
            add("options", n.options);
        }
        const model::HostFacts& h = inv.host;
        add("host", h.present);
        add("socket", QStringList{h.socketPath, h.socketOwner, h.socketGroup});
        add("socketMode", h.socketMode ? std::optional<qint64>(*h.socketMode) : std::nullopt);
        add("dockerGroup", h.dockerGroupMembers);
        add("daemonJson",
            QString::fromStdString(h.daemonJson.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)));
        add("daemonJsonError", h.daemonJsonError);
        add(inv.issues);
        add(inv.parseIssues);
    }

    // The raw inventory's meta, ids, statuses, errors and issues, and whether any payload is still held.
    void add(const model::RawInventory& raw)
    {
        add("rawEndpoint", QStringList{raw.endpoint, raw.endpointSource, raw.toolVersion, raw.apiVersion});
        add("rawCollectedAt", raw.collectedAt);
        add("rawFlags", QStringList{QString::number(int(raw.local)), QString::number(int(raw.partial))});
        bool payloads = !raw.ping.is_null() || !raw.version.is_null() || !raw.info.is_null() ||
                        !raw.networks.is_null() || !raw.hostFacts.is_null();
        for (const model::RawContainer& c : raw.containers) {
            add("rawContainer", QStringList{c.id, QString::number(c.inspectStatus), c.error});
            payloads = payloads || !c.summary.is_null() || !c.inspect.is_null() || !c.top.is_null();
        }
        for (const model::RawImage& i : raw.images) {
            add("rawImage", QStringList{i.id, QString::number(i.inspectStatus), i.error});
            payloads = payloads || !i.summary.is_null() || !i.inspect.is_null() || !i.history.is_null();
        }
        add("rawPayloads", payloads);
        add(raw.issues);
    }
};

inline QString digest(const model::RawInventory& raw, const model::Inventory& inv)
{
    InventoryDigest d;
    d.add(raw);
    d.add(inv);
    return d.text;
}

} // namespace bulkhead::testing
