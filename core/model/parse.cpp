// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/parse.h"

#include "core/model/jsonread.h"

#include <QTimeZone>

#include <algorithm>

namespace bulkhead::model {

using jsonread::BasicReader;
using jsonread::Presence;
using jsonread::text;

namespace {

constexpr qint64 kMaxPort = 65535;

QString shortId(const QString& id)
{
    QString s = id;
    if (s.startsWith(QLatin1String("sha256:"))) {
        s = s.mid(7);
    }
    return s.left(12);
}

// Paths are literals ("Config.User"): building them per field cost an allocation each for every container.
template<typename J> ContainerConfig parseConfig(const BasicReader<J>& r, const J& cfg, bool userExpected)
{
    ContainerConfig c;
    // User: present-but-empty means root by default; absent means we do not know, which is not the same thing.
    c.user = r.string(cfg, "User", u"Config.User", userExpected ? Presence::Expected : Presence::Optional);
    c.env = r.stringList(cfg, "Env", u"Config.Env");
    c.labels = r.stringMap(cfg, "Labels", u"Config.Labels");
    c.cmd = r.stringList(cfg, "Cmd", u"Config.Cmd", true);
    c.entrypoint = r.stringList(cfg, "Entrypoint", u"Config.Entrypoint", true);
    c.workingDir = r.string(cfg, "WorkingDir", u"Config.WorkingDir").value_or(QString());
    c.image = r.string(cfg, "Image", u"Config.Image").value_or(QString());
    if (const J* hc = r.object(cfg, "Healthcheck", u"Config.Healthcheck")) {
        Healthcheck h;
        h.test = r.stringList(*hc, "Test", u"Config.Healthcheck.Test");
        // An empty Test inherits the image's check; only a real test counts as declared.
        if (!h.test.isEmpty()) {
            c.healthcheck = h;
        }
    }
    c.exposedPorts = r.objectKeys(cfg, "ExposedPorts", u"Config.ExposedPorts");
    for (const QString& v : r.objectKeys(cfg, "Volumes", u"Config.Volumes")) {
        c.volumes.insert(v, QString());
    }
    return c;
}

// "8080/tcp" -> (8080, "tcp")
bool splitPortKey(const QString& key, int* port, QString* proto)
{
    const qsizetype slash = key.indexOf(u'/');
    bool ok = false;
    const int n = (slash < 0 ? key : key.left(slash)).toInt(&ok);
    if (!ok || n < 0 || n > kMaxPort) {
        return false;
    }
    *port = n;
    *proto = slash < 0 ? QStringLiteral("tcp") : key.mid(slash + 1).toLower();
    return true;
}

template<typename J> std::vector<PortBinding> parsePortMap(const BasicReader<J>& r, const J& map, const QString& path)
{
    std::vector<PortBinding> out;
    if (!map.is_object()) {
        return out;
    }
    // One path buffer ("HostConfig.PortBindings[80/tcp].HostIp"), refilled per field like the mounts' below: paths
    // are only read when a field is wrong.
    QString at;
    jsonread::forEachMember(map, [&](std::string_view name, const J& value) {
        const QString key = jsonread::toQString(name);
        at.truncate(0);
        at += path;
        at += u'[';
        at += key;
        at += u']';
        const qsizetype keyEnd = at.size();
        const auto where = [&at, keyEnd](QLatin1String field = QLatin1String()) -> QStringView {
            at.truncate(keyEnd);
            at += field;
            return at;
        };
        PortBinding base;
        if (!splitPortKey(key, &base.containerPort, &base.protocol)) {
            r.issue(where(), QStringLiteral("not a port/protocol key; skipped"));
            return;
        }
        if (value.is_null()) {
            return; // exposed, not published
        }
        if (!value.is_array()) {
            r.issue(where(), QStringLiteral("expected an array, got %1; skipped").arg(jsonread::typeName(value)));
            return;
        }
        for (const J& b : value) {
            PortBinding pb = base;
            pb.published = true;
            pb.hostIp = r.string(b, "HostIp", where(QLatin1String(".HostIp"))).value_or(QString());
            const std::optional<QString> hp = r.string(b, "HostPort", where(QLatin1String(".HostPort")));
            if (hp && !hp->isEmpty()) {
                bool ok = false;
                const int n = hp->toInt(&ok);
                if (ok && n >= 0 && n <= kMaxPort) {
                    pb.hostPort = n;
                } else {
                    // A range ("8000-8010") publishes the first port of it for our purposes.
                    const int first = hp->section(u'-', 0, 0).toInt(&ok);
                    if (ok && first >= 0 && first <= kMaxPort) {
                        pb.hostPort = first;
                    } else {
                        r.issue(where(QLatin1String(".HostPort")), QStringLiteral("not a port number"));
                    }
                }
            }
            out.push_back(pb);
        }
    });
    return out;
}

template<typename J> QStringList parseTopProcesses(const J& top)
{
    QStringList out;
    if (!top.is_object()) {
        return out;
    }
    const auto titles = top.find("Titles");
    const auto procs = top.find("Processes");
    if (procs == top.end() || !procs->is_array()) {
        return out;
    }
    int cmdColumn = -1;
    if (titles != top.end() && titles->is_array()) {
        int i = 0;
        for (const J& t : *titles) {
            if (t.is_string() && (text(t) == "CMD" || text(t) == "COMMAND" || text(t) == "ARGS")) {
                cmdColumn = i;
            }
            ++i;
        }
    }
    for (const J& row : *procs) {
        if (!row.is_array() || row.empty()) {
            continue;
        }
        const std::size_t col = cmdColumn >= 0 ? static_cast<std::size_t>(cmdColumn) : row.size() - 1;
        if (col < row.size() && row[col].is_string()) {
            out << jsonread::toQString(text(row[col]));
        }
    }
    return out;
}

template<typename J> Container parseContainerT(const QString& id, const J& summary, const J& j, const J& top)
{
    using Reader = BasicReader<J>;
    Container c;
    c.id = id;
    std::vector<ParseIssue> issues;
    QString label = QStringLiteral("container ") + shortId(id);
    {
        // The name first, so issues read "container web: ...".
        Reader pre(label, nullptr);
        if (auto n = pre.string(j, "Name", u"Name")) {
            c.name = n->startsWith(u'/') ? n->mid(1) : *n;
        }
        if (c.name.isEmpty() && summary.is_object()) {
            const QStringList names = pre.stringList(summary, "Names", u"Names");
            if (!names.isEmpty()) {
                c.name = names.first().startsWith(u'/') ? names.first().mid(1) : names.first();
            }
        }
        if (!c.name.isEmpty()) {
            label = QStringLiteral("container ") + c.name;
        }
    }
    const Reader r(label, &issues);
    if (!j.is_object()) {
        r.issue(u"inspect", QStringLiteral("no inspect data (%1); every setting unknown").arg(jsonread::typeName(j)));
        c.issues = std::move(issues);
        return c;
    }
    if (c.id.isEmpty()) {
        c.id = r.string(j, "Id", u"Id", Presence::Expected).value_or(QString());
    }
    c.imageId = r.string(j, "Image", u"Image").value_or(QString());
    c.created = jsonread::parseTimestamp(r.string(j, "Created", u"Created").value_or(QString()));
    c.appArmorProfile = r.string(j, "AppArmorProfile", u"AppArmorProfile").value_or(QString());
    if (const J* st = r.object(j, "State", u"State", Presence::Expected)) {
        c.state = r.string(*st, "Status", u"State.Status").value_or(QString());
        c.running = r.boolean(*st, "Running", u"State.Running").value_or(c.state == QLatin1String("running"));
    }
    if (const J* cfg = r.object(j, "Config", u"Config", Presence::Expected)) {
        c.config = parseConfig(r, *cfg, true);
    }
    c.imageRef = c.config.image;

    const J* hc = r.object(j, "HostConfig", u"HostConfig", Presence::Expected);
    const J& h = hc != nullptr ? *hc : jsonread::emptyObject(hc);
    const Presence hp = hc != nullptr ? Presence::Expected : Presence::Optional;
    c.privileged = r.boolean(h, "Privileged", u"HostConfig.Privileged", hp);
    c.capAdd = r.stringList(h, "CapAdd", u"HostConfig.CapAdd");
    c.capDrop = r.stringList(h, "CapDrop", u"HostConfig.CapDrop");
    c.securityOpt = r.stringList(h, "SecurityOpt", u"HostConfig.SecurityOpt");
    c.networkMode = r.string(h, "NetworkMode", u"HostConfig.NetworkMode").value_or(QString());
    c.pidMode = r.string(h, "PidMode", u"HostConfig.PidMode").value_or(QString());
    c.ipcMode = r.string(h, "IpcMode", u"HostConfig.IpcMode").value_or(QString());
    c.utsMode = r.string(h, "UTSMode", u"HostConfig.UTSMode").value_or(QString());
    c.usernsMode = r.string(h, "UsernsMode", u"HostConfig.UsernsMode").value_or(QString());
    c.cgroupnsMode = r.string(h, "CgroupnsMode", u"HostConfig.CgroupnsMode").value_or(QString());
    if (const J* devs = r.member(h, "Devices", u"HostConfig.Devices")) {
        if (devs->is_array()) {
            for (const J& d : *devs) {
                Device dev;
                dev.pathOnHost = r.string(d, "PathOnHost", u"HostConfig.Devices[].PathOnHost").value_or(QString());
                dev.pathInContainer =
                    r.string(d, "PathInContainer", u"HostConfig.Devices[].PathInContainer").value_or(QString());
                dev.permissions =
                    r.string(d, "CgroupPermissions", u"HostConfig.Devices[].CgroupPermissions").value_or(QString());
                c.devices.push_back(dev);
            }
        } else {
            r.issue(u"HostConfig.Devices", QStringLiteral("expected an array, got %1").arg(jsonread::typeName(*devs)));
        }
    }
    c.deviceCgroupRules = r.stringList(h, "DeviceCgroupRules", u"HostConfig.DeviceCgroupRules");
    c.memory = r.integer(h, "Memory", u"HostConfig.Memory", hp, 0);
    c.memorySwap = r.integer(h, "MemorySwap", u"HostConfig.MemorySwap", Presence::Optional, -1);
    c.nanoCpus = r.integer(h, "NanoCpus", u"HostConfig.NanoCpus", Presence::Optional, 0);
    c.cpuQuota = r.integer(h, "CpuQuota", u"HostConfig.CpuQuota", Presence::Optional, -1);
    c.cpuShares = r.integer(h, "CpuShares", u"HostConfig.CpuShares", Presence::Optional, 0);
    c.pidsLimit = r.integer(h, "PidsLimit", u"HostConfig.PidsLimit", Presence::Optional, -1);
    c.readonlyRootfs = r.boolean(h, "ReadonlyRootfs", u"HostConfig.ReadonlyRootfs", hp);
    c.oomKillDisable = r.boolean(h, "OomKillDisable", u"HostConfig.OomKillDisable");
    if (const J* rp = r.object(h, "RestartPolicy", u"HostConfig.RestartPolicy")) {
        c.restartPolicy.name = r.string(*rp, "Name", u"HostConfig.RestartPolicy.Name").value_or(QString());
        c.restartPolicy.maxRetries = static_cast<int>(r.integer(*rp,
                                                                "MaximumRetryCount",
                                                                u"HostConfig.RestartPolicy.MaximumRetryCount",
                                                                Presence::Optional,
                                                                0,
                                                                1 << 30)
                                                          .value_or(0));
    }
    if (const J* ul = r.member(h, "Ulimits", u"HostConfig.Ulimits")) {
        if (ul->is_array()) {
            for (const J& u : *ul) {
                Ulimit l;
                l.name = r.string(u, "Name", u"HostConfig.Ulimits[].Name").value_or(QString());
                l.soft = r.integer(u, "Soft", u"HostConfig.Ulimits[].Soft", Presence::Optional, -1).value_or(0);
                l.hard = r.integer(u, "Hard", u"HostConfig.Ulimits[].Hard", Presence::Optional, -1).value_or(0);
                if (!l.name.isEmpty()) {
                    c.ulimits.push_back(l);
                }
            }
        } else {
            r.issue(u"HostConfig.Ulimits", QStringLiteral("expected an array, got %1").arg(jsonread::typeName(*ul)));
        }
    }
    c.publishAllPorts = r.boolean(h, "PublishAllPorts", u"HostConfig.PublishAllPorts").value_or(false);
    c.tmpfs = r.objectKeys(h, "Tmpfs", u"HostConfig.Tmpfs");

    // Ports: what was asked for (valid for created containers too), then what the running container actually got
    // (PublishAllPorts assigns random host ports that only NetworkSettings shows).
    if (const J* pb = r.object(h, "PortBindings", u"HostConfig.PortBindings")) {
        c.ports = parsePortMap(r, *pb, QStringLiteral("HostConfig.PortBindings"));
    }
    if (const J* ns = r.object(j, "NetworkSettings", u"NetworkSettings")) {
        if (const J* np = r.object(*ns, "Ports", u"NetworkSettings.Ports")) {
            for (const PortBinding& b : parsePortMap(r, *np, QStringLiteral("NetworkSettings.Ports"))) {
                const bool known = std::any_of(c.ports.begin(), c.ports.end(), [&b](const PortBinding& x) {
                    // "" in PortBindings is what the Engine reports as 0.0.0.0 and :: once running.
                    return x.containerPort == b.containerPort && x.protocol == b.protocol &&
                           (x.hostPort == b.hostPort || x.hostPort == 0) &&
                           (x.hostIp.isEmpty() || x.hostIp == b.hostIp);
                });
                if (!known) {
                    c.ports.push_back(b);
                }
            }
        }
    }

    if (const J* ms = r.member(j, "Mounts", u"Mounts")) {
        if (ms->is_array()) {
            int i = 0;
            // One path buffer per container, refilled per field ("Mounts[0].Type"): paths are only read when a field
            // is wrong, and building seven strings per mount showed in profiles of 10,000 containers.
            QString mp;
            for (const J& m : *ms) {
                mp = QStringLiteral("Mounts[%1]").arg(i++);
                const qsizetype base = mp.size();
                const auto at = [&mp, base](QLatin1String field) -> QStringView {
                    mp.truncate(base);
                    mp += field;
                    return mp;
                };
                Mount mount;
                mount.type = r.string(m, "Type", at(QLatin1String(".Type"))).value_or(QString());
                mount.source = r.string(m, "Source", at(QLatin1String(".Source"))).value_or(QString());
                mount.destination = r.string(m, "Destination", at(QLatin1String(".Destination"))).value_or(QString());
                mount.name = r.string(m, "Name", at(QLatin1String(".Name"))).value_or(QString());
                mount.mode = r.string(m, "Mode", at(QLatin1String(".Mode"))).value_or(QString());
                // Unknown RW counts as writable: never read unknown as the safer value.
                mount.rw = r.boolean(m, "RW", at(QLatin1String(".RW"))).value_or(true);
                mount.propagation = r.string(m, "Propagation", at(QLatin1String(".Propagation"))).value_or(QString());
                c.mounts.push_back(mount);
            }
        } else {
            r.issue(u"Mounts", QStringLiteral("expected an array, got %1").arg(jsonread::typeName(*ms)));
        }
    }
    c.processes = parseTopProcesses(top);
    c.issues = std::move(issues);
    return c;
}

template<typename J> Image parseImageT(const QString& id, const J& summary, const J& j, const J& hist)
{
    Image img;
    img.id = id;
    std::vector<ParseIssue> issues;
    const BasicReader<J> r(QStringLiteral("image ") + shortId(id), &issues);
    if (!j.is_object()) {
        r.issue(u"inspect", QStringLiteral("no inspect data (%1); every setting unknown").arg(jsonread::typeName(j)));
        if (summary.is_object()) {
            img.repoTags = r.stringList(summary, "RepoTags", u"RepoTags");
        }
        img.issues = std::move(issues);
        return img;
    }
    if (img.id.isEmpty()) {
        img.id = r.string(j, "Id", u"Id", Presence::Expected).value_or(QString());
    }
    img.repoTags = r.stringList(j, "RepoTags", u"RepoTags");
    img.repoDigests = r.stringList(j, "RepoDigests", u"RepoDigests");
    img.created = jsonread::parseTimestamp(r.string(j, "Created", u"Created").value_or(QString()));
    img.size = r.integer(j, "Size", u"Size", Presence::Optional, 0).value_or(0);
    img.os = r.string(j, "Os", u"Os").value_or(QString());
    img.architecture = r.string(j, "Architecture", u"Architecture").value_or(QString());
    if (const J* cfg = r.object(j, "Config", u"Config", Presence::Expected)) {
        img.config = parseConfig(r, *cfg, false);
    }
    if (const J* fs = r.object(j, "RootFS", u"RootFS")) {
        img.layers = r.stringList(*fs, "Layers", u"RootFS.Layers");
    }
    if (hist.is_array()) {
        int i = 0;
        for (const J& e : hist) {
            const QString hp = QStringLiteral("History[%1]").arg(i++);
            HistoryEntry h;
            if (const auto t = r.integer(
                    e, "Created", QString(hp + QStringLiteral(".Created")), Presence::Optional, 0, 253402300799LL)) {
                h.created = QDateTime::fromSecsSinceEpoch(*t, Qt::UTC);
            }
            h.createdBy = r.string(e, "CreatedBy", QString(hp + QStringLiteral(".CreatedBy"))).value_or(QString());
            h.comment = r.string(e, "Comment", QString(hp + QStringLiteral(".Comment"))).value_or(QString());
            h.size = r.integer(e, "Size", QString(hp + QStringLiteral(".Size")), Presence::Optional, 0).value_or(0);
            h.emptyLayer = h.size == 0;
            img.history.push_back(h);
        }
    } else if (!hist.is_null()) {
        r.issue(u"History", QStringLiteral("expected an array, got %1").arg(jsonread::typeName(hist)));
    }
    img.issues = std::move(issues);
    return img;
}

template<typename J> DaemonInfo parseDaemonT(const J& version, const J& info)
{
    DaemonInfo d;
    const BasicReader<J> r(QStringLiteral("daemon"), &d.issues);
    if (version.is_object()) {
        d.version = r.string(version, "Version", u"/version Version", Presence::Expected).value_or(QString());
        d.apiVersion = r.string(version, "ApiVersion", u"/version ApiVersion").value_or(QString());
        d.minApiVersion = r.string(version, "MinAPIVersion", u"/version MinAPIVersion").value_or(QString());
        d.os = r.string(version, "Os", u"/version Os").value_or(QString());
        d.arch = r.string(version, "Arch", u"/version Arch").value_or(QString());
        d.kernelVersion = r.string(version, "KernelVersion", u"/version KernelVersion").value_or(QString());
        d.goVersion = r.string(version, "GoVersion", u"/version GoVersion").value_or(QString());
    } else if (!version.is_null()) {
        r.issue(u"/version", QStringLiteral("expected an object, got %1").arg(jsonread::typeName(version)));
    }
    if (info.is_object()) {
        d.name = r.string(info, "Name", u"/info Name").value_or(QString());
        d.operatingSystem = r.string(info, "OperatingSystem", u"/info OperatingSystem").value_or(QString());
        d.osType = r.string(info, "OSType", u"/info OSType").value_or(QString());
        d.storageDriver = r.string(info, "Driver", u"/info Driver").value_or(QString());
        d.dockerRootDir = r.string(info, "DockerRootDir", u"/info DockerRootDir").value_or(QString());
        d.securityOptions = r.stringList(info, "SecurityOptions", u"/info SecurityOptions", false, Presence::Expected);
        d.liveRestoreEnabled = r.boolean(info, "LiveRestoreEnabled", u"/info LiveRestoreEnabled", Presence::Expected);
        d.experimental = r.boolean(info, "ExperimentalBuild", u"/info ExperimentalBuild");
        d.ncpu = static_cast<int>(r.integer(info, "NCPU", u"/info NCPU", Presence::Optional, 0, 1 << 20).value_or(0));
        d.memTotal = r.integer(info, "MemTotal", u"/info MemTotal", Presence::Optional, 0).value_or(0);
        d.warnings = r.stringList(info, "Warnings", u"/info Warnings");
        if (d.kernelVersion.isEmpty()) {
            d.kernelVersion = r.string(info, "KernelVersion", u"/info KernelVersion").value_or(QString());
        }
    } else if (!info.is_null()) {
        r.issue(u"/info", QStringLiteral("expected an object, got %1").arg(jsonread::typeName(info)));
    }
    return d;
}

nlohmann::json copyJson(const nlohmann::json& v)
{
    return v;
}

nlohmann::json copyJson(const jsondom::Value& v)
{
    return jsonread::toJson(v);
}

template<typename J> HostFacts parseHostFactsT(const J& facts)
{
    HostFacts h;
    if (!facts.is_object()) {
        return h;
    }
    std::vector<ParseIssue> ignored;
    const BasicReader<J> r(QStringLiteral("host"), &ignored);
    h.present = true;
    h.socketPath = r.string(facts, "socketPath", u"socketPath").value_or(QString());
    if (const auto m = r.integer(facts, "socketMode", u"socketMode", Presence::Optional, 0, 07777)) {
        h.socketMode = static_cast<int>(*m);
    } else if (const auto s = r.string(facts, "socketMode", u"socketMode")) {
        // Accept an octal string ("0660") too.
        bool ok = false;
        const int m2 = s->toInt(&ok, 8);
        if (ok && m2 >= 0 && m2 <= 07777) {
            h.socketMode = m2;
        }
    }
    h.socketOwner = r.string(facts, "socketOwner", u"socketOwner").value_or(QString());
    h.socketGroup = r.string(facts, "socketGroup", u"socketGroup").value_or(QString());
    h.dockerGroupMembers = r.stringList(facts, "dockerGroupMembers", u"dockerGroupMembers");
    if (const J* dj = r.member(facts, "daemonJson", u"daemonJson")) {
        h.daemonJson = copyJson(*dj);
    }
    h.daemonJsonError = r.string(facts, "daemonJsonError", u"daemonJsonError").value_or(QString());
    return h;
}

// The payloads of raw.containers[i] / raw.images[i] come from containerAt(i) / imageAt(i), already parsed.
template<typename J, typename ContainerAt, typename ImageAt>
Inventory parseInventoryT(const RawInventory& raw,
                          const J& version,
                          const J& info,
                          const J& networks,
                          const J& hostFacts,
                          ContainerAt containerAt,
                          ImageAt imageAt)
{
    Inventory inv;
    inv.endpoint = raw.endpoint;
    inv.endpointSource = raw.endpointSource;
    inv.collectedAt = raw.collectedAt;
    inv.toolVersion = raw.toolVersion;
    inv.local = raw.local;
    inv.partial = raw.partial;
    inv.issues = raw.issues;
    inv.daemon = parseDaemonT(version, info);
    inv.parseIssues.insert(inv.parseIssues.end(), inv.daemon.issues.begin(), inv.daemon.issues.end());
    inv.containers.reserve(raw.containers.size());
    for (std::size_t i = 0; i < raw.containers.size(); ++i) {
        inv.containers.push_back(containerAt(i));
        const auto& is = inv.containers.back().issues;
        inv.parseIssues.insert(inv.parseIssues.end(), is.begin(), is.end());
    }
    inv.images.reserve(raw.images.size());
    for (std::size_t i = 0; i < raw.images.size(); ++i) {
        inv.images.push_back(imageAt(i));
        const auto& is = inv.images.back().issues;
        inv.parseIssues.insert(inv.parseIssues.end(), is.begin(), is.end());
    }
    // The Engine sorts both lists by creation time with an unstable sort, so items created in the same second come
    // back in a different order from one read to the next. Newest first, then by id: the same host always gives the
    // same tables, reports and diffs.
    const auto newestFirst = [](const auto& a, const auto& b) {
        if (a.created != b.created) {
            return a.created > b.created;
        }
        return a.id < b.id;
    };
    std::sort(inv.containers.begin(), inv.containers.end(), newestFirst);
    std::sort(inv.images.begin(), inv.images.end(), newestFirst);
    if (networks.is_array()) {
        const BasicReader<J> r(QStringLiteral("networks"), &inv.parseIssues);
        for (const J& n : networks) {
            Network net;
            net.id = r.string(n, "Id", u"Id").value_or(QString());
            net.name = r.string(n, "Name", u"Name").value_or(QString());
            net.driver = r.string(n, "Driver", u"Driver").value_or(QString());
            net.options = r.stringMap(n, "Options", u"Options");
            inv.networks.push_back(net);
        }
    }
    inv.host = parseHostFactsT(hostFacts);
    return inv;
}

const jsondom::Value& orNull(const jsondom::Value* v)
{
    static const jsondom::Value kNull;
    return v != nullptr ? *v : kNull;
}

} // namespace

Container parseContainer(const RawContainer& raw)
{
    return parseContainerT(raw.id, raw.summary, raw.inspect, raw.top);
}

Image parseImage(const RawImage& raw)
{
    return parseImageT(raw.id, raw.summary, raw.inspect, raw.history);
}

DaemonInfo parseDaemon(const nlohmann::json& version, const nlohmann::json& info)
{
    return parseDaemonT(version, info);
}

HostFacts parseHostFacts(const nlohmann::json& facts)
{
    return parseHostFactsT(facts);
}

Inventory parseInventory(const RawInventory& raw)
{
    return parseInventoryT(
        raw,
        raw.version,
        raw.info,
        raw.networks,
        raw.hostFacts,
        [&raw](std::size_t i) { return parseContainer(raw.containers[i]); },
        [&raw](std::size_t i) { return parseImage(raw.images[i]); });
}

Inventory parseInventory(const RawInventory& raw, const DomPayloads& payloads)
{
    return parseInventoryT(
        raw,
        orNull(payloads.version),
        orNull(payloads.info),
        orNull(payloads.networks),
        orNull(payloads.hostFacts),
        [&](std::size_t i) {
            const DomPayloads::Item* p = i < payloads.containers.size() ? &payloads.containers[i] : nullptr;
            return p != nullptr
                       ? parseContainerT(raw.containers[i].id, orNull(p->summary), orNull(p->inspect), orNull(p->extra))
                       : parseContainerT(raw.containers[i].id, orNull(nullptr), orNull(nullptr), orNull(nullptr));
        },
        [&](std::size_t i) {
            const DomPayloads::Item* p = i < payloads.images.size() ? &payloads.images[i] : nullptr;
            return p != nullptr
                       ? parseImageT(raw.images[i].id, orNull(p->summary), orNull(p->inspect), orNull(p->extra))
                       : parseImageT(raw.images[i].id, orNull(nullptr), orNull(nullptr), orNull(nullptr));
        });
}

void releasePayloads(RawInventory& raw)
{
    raw.ping = nullptr;
    raw.version = nullptr;
    raw.info = nullptr;
    raw.networks = nullptr;
    raw.hostFacts = nullptr;
    for (RawContainer& c : raw.containers) {
        c.summary = nullptr;
        c.inspect = nullptr;
        c.top = nullptr;
    }
    for (RawImage& i : raw.images) {
        i.summary = nullptr;
        i.inspect = nullptr;
        i.history = nullptr;
    }
}

} // namespace bulkhead::model
