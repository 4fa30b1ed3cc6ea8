// SPDX-License-Identifier: GPL-3.0-or-later
// bulkhead-cli inventory [--host URL | --context NAME | --snapshot FILE] [--format table|json]
//
// Lists the daemon, containers and images. Exit codes: 0 ok; 2 cannot connect or read, bad usage, or an incomplete
// inventory (the partial result is still printed, and what is missing is said on stderr).
//
// --format json prints one object, format "bulkhead-inventory" version 1 (fields are added, never renamed; unknown
// values are null, never a guessed default; environment values are redacted, the raw data lives only in snapshots):
//   {"format": "bulkhead-inventory", "version": 1,
//    "source": {"endpoint", "endpointSource", "collectedAt", "toolVersion", "local", "partial", "snapshot"},
//    "daemon": {"engineVersion", "apiVersion", "minApiVersion", "os", "arch", "kernelVersion", "name",
//               "operatingSystem", "storageDriver", "dockerRootDir", "securityOptions", "liveRestore",
//               "experimental", "cpus", "memTotal", "warnings"},
//    "host": null | {"socketPath", "socketMode" ("0660"), "socketOwner", "socketGroup", "dockerGroupMembers",
//                    "daemonJsonError"},
//    "containers": [{"id", "name", "image", "imageId", "state", "running", "created", "user" (null: unknown, "":
//                    image default), "privileged", "capAdd", "capDrop", "securityOpt", "networkMode", "pidMode",
//                    "ipcMode", "utsMode", "usernsMode", "readonlyRootfs", "memory", "nanoCpus", "pidsLimit",
//                    "restartPolicy", "ports": [{"containerPort", "protocol", "hostIp", "hostPort", "published"}],
//                    "mounts": [{"type", "source", "destination", "rw"}], "devices", "env" (KEY=redacted),
//                    "inspectError"}],
//    "images": [{"id", "tags", "digests", "created", "size", "os", "architecture", "user", "env" (redacted),
//                "exposedPorts", "healthcheck" (null: none declared), "layers", "historyEntries"}],
//    "networks": [{"id", "name", "driver"}],
//    "issues": [{"where", "what"}]}       (collection problems and fields that could not be read)
#include "app/cli/cliconnection.h"
#include "app/cli/commands.h"
#include "core/model/parse.h"
#include "core/util/redact.h"
#include "core/util/textescape.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>

namespace bulkhead::cli {

namespace {

using nlohmann::json;

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("bulkhead::cli::Inventory", text, nullptr, n);
}

std::string s(const QString& text)
{
    return text.toStdString();
}

json strings(const QStringList& list)
{
    json out = json::array();
    for (const QString& item : list) {
        out.push_back(s(item));
    }
    return out;
}

template<typename T> json opt(const std::optional<T>& value)
{
    if (!value) {
        return nullptr;
    }
    if constexpr (std::is_same_v<T, QString>) {
        return s(*value);
    } else {
        return *value;
    }
}

json time(const QDateTime& t)
{
    return t.isValid() ? json(s(t.toUTC().toString(Qt::ISODate))) : json(nullptr);
}

json redactedEnv(const QStringList& env)
{
    json out = json::array();
    for (const QString& e : env) {
        out.push_back(s(util::redactAssignment(e)));
    }
    return out;
}

json portsJson(const std::vector<model::PortBinding>& ports)
{
    json out = json::array();
    for (const model::PortBinding& p : ports) {
        out.push_back({{"containerPort", p.containerPort},
                       {"protocol", s(p.protocol)},
                       {"hostIp", s(p.hostIp)},
                       {"hostPort", p.hostPort},
                       {"published", p.published}});
    }
    return out;
}

json containerJson(const model::Container& c, const model::RawContainer* raw)
{
    json mounts = json::array();
    for (const model::Mount& m : c.mounts) {
        mounts.push_back(
            {{"type", s(m.type)}, {"source", s(m.source)}, {"destination", s(m.destination)}, {"rw", m.rw}});
    }
    json devices = json::array();
    for (const model::Device& d : c.devices) {
        devices.push_back({{"pathOnHost", s(d.pathOnHost)},
                           {"pathInContainer", s(d.pathInContainer)},
                           {"permissions", s(d.permissions)}});
    }
    json o = {{"id", s(c.id)},
              {"name", s(c.name)},
              {"image", s(c.imageRef)},
              {"imageId", s(c.imageId)},
              {"state", s(c.state)},
              {"running", c.running},
              {"created", time(c.created)},
              {"user", opt(c.config.user)},
              {"privileged", opt(c.privileged)},
              {"capAdd", strings(c.capAdd)},
              {"capDrop", strings(c.capDrop)},
              {"securityOpt", strings(c.securityOpt)},
              {"networkMode", s(c.networkMode)},
              {"pidMode", s(c.pidMode)},
              {"ipcMode", s(c.ipcMode)},
              {"utsMode", s(c.utsMode)},
              {"usernsMode", s(c.usernsMode)},
              {"readonlyRootfs", opt(c.readonlyRootfs)},
              {"memory", opt(c.memory)},
              {"nanoCpus", opt(c.nanoCpus)},
              {"pidsLimit", opt(c.pidsLimit)},
              {"restartPolicy", s(c.restartPolicy.name)},
              {"ports", portsJson(c.ports)},
              {"mounts", std::move(mounts)},
              {"devices", std::move(devices)},
              {"env", redactedEnv(c.config.env)},
              {"inspectError", raw != nullptr && !raw->error.isEmpty() ? json(s(raw->error)) : json(nullptr)}};
    return o;
}

json imageJson(const model::Image& image)
{
    json health = nullptr;
    if (image.config.healthcheck) {
        health = {{"disabled", image.config.healthcheck->disabled()}};
    }
    return {{"id", s(image.id)},
            {"tags", strings(image.repoTags)},
            {"digests", strings(image.repoDigests)},
            {"created", time(image.created)},
            {"size", image.size},
            {"os", s(image.os)},
            {"architecture", s(image.architecture)},
            {"user", opt(image.config.user)},
            {"env", redactedEnv(image.config.env)},
            {"exposedPorts", strings(image.config.exposedPorts)},
            {"healthcheck", std::move(health)},
            {"layers", image.layers.size()},
            {"historyEntries", image.history.size()}};
}

json inventoryJson(const model::Inventory& inv, const model::RawInventory& raw, bool fromSnapshot)
{
    const model::DaemonInfo& d = inv.daemon;
    json daemon = {{"engineVersion", s(d.version)},
                   {"apiVersion", s(d.apiVersion)},
                   {"minApiVersion", s(d.minApiVersion)},
                   {"negotiatedApiVersion", s(raw.apiVersion)},
                   {"os", s(d.os)},
                   {"arch", s(d.arch)},
                   {"kernelVersion", s(d.kernelVersion)},
                   {"name", s(d.name)},
                   {"operatingSystem", s(d.operatingSystem)},
                   {"storageDriver", s(d.storageDriver)},
                   {"dockerRootDir", s(d.dockerRootDir)},
                   {"securityOptions", strings(d.securityOptions)},
                   {"liveRestore", opt(d.liveRestoreEnabled)},
                   {"experimental", opt(d.experimental)},
                   {"cpus", d.ncpu},
                   {"memTotal", d.memTotal},
                   {"warnings", strings(d.warnings)}};
    json host = nullptr;
    if (inv.host.present) {
        host = {{"socketPath", s(inv.host.socketPath)},
                {"socketMode",
                 inv.host.socketMode ? json(s(QStringLiteral("%1").arg(*inv.host.socketMode, 4, 8, QLatin1Char('0'))))
                                     : json(nullptr)},
                {"socketOwner", s(inv.host.socketOwner)},
                {"socketGroup", s(inv.host.socketGroup)},
                {"dockerGroupMembers", strings(inv.host.dockerGroupMembers)},
                {"daemonJsonError", s(inv.host.daemonJsonError)}};
    }
    QHash<QString, const model::RawContainer*> rawById;
    for (const model::RawContainer& r : raw.containers) {
        rawById.insert(r.id, &r);
    }
    json containers = json::array();
    for (const model::Container& c : inv.containers) {
        containers.push_back(containerJson(c, rawById.value(c.id, nullptr)));
    }
    json images = json::array();
    for (const model::Image& image : inv.images) {
        images.push_back(imageJson(image));
    }
    json networks = json::array();
    for (const model::Network& n : inv.networks) {
        networks.push_back({{"id", s(n.id)}, {"name", s(n.name)}, {"driver", s(n.driver)}});
    }
    json issues = json::array();
    for (const model::CollectionIssue& issue : inv.issues) {
        issues.push_back({{"where", s(issue.where)}, {"what", s(issue.what)}});
    }
    for (const model::ParseIssue& issue : inv.parseIssues) {
        issues.push_back({{"where", s(issue.where)}, {"what", s(issue.what)}});
    }
    return {{"format", "bulkhead-inventory"},
            {"version", 1},
            {"source",
             {{"endpoint", s(inv.endpoint)},
              {"endpointSource", s(inv.endpointSource)},
              {"collectedAt", time(inv.collectedAt)},
              {"toolVersion", s(inv.toolVersion)},
              {"local", inv.local},
              {"partial", inv.partial},
              {"snapshot", fromSnapshot}}},
            {"daemon", std::move(daemon)},
            {"host", std::move(host)},
            {"containers", std::move(containers)},
            {"images", std::move(images)},
            {"networks", std::move(networks)},
            {"issues", std::move(issues)}};
}

// ---------------------------------------------------------------- table

QString safe(const QString& text)
{
    return util::terminalSafe(text);
}

QString humanSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString portsText(const model::Container& c)
{
    QStringList parts;
    for (const model::PortBinding& p : c.ports) {
        const QString target = QStringLiteral("%1/%2").arg(p.containerPort).arg(p.protocol);
        if (p.published) {
            const QString ip = p.hostIp.isEmpty() ? QStringLiteral("0.0.0.0") : p.hostIp;
            // Port 0: published on a port the daemon picks when the container starts.
            const QString port = p.hostPort > 0 ? QString::number(p.hostPort) : QStringLiteral("*");
            parts << QStringLiteral("%1:%2->%3").arg(ip, port, target);
        } else {
            parts << target;
        }
    }
    return parts.join(QStringLiteral(", "));
}

void printTable(QTextStream& out, const QList<QStringList>& rows)
{
    if (rows.isEmpty()) {
        return;
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i) {
            widths[i] = std::max(widths[i], std::min<qsizetype>(row[i].size(), 60));
        }
    }
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            line += i + 1 == row.size() ? row[i] : row[i].leftJustified(widths[i]) + QStringLiteral("  ");
        }
        out << line.trimmed() << '\n';
    }
}

void printInventoryTable(QTextStream& out, const model::Inventory& inv, bool fromSnapshot)
{
    const model::DaemonInfo& d = inv.daemon;
    const QString unknown = tr("unknown");
    out << tr("Daemon") << '\n';
    out << "  " << tr("Endpoint:") << ' ' << safe(inv.endpoint) << " (" << safe(inv.endpointSource) << ")";
    if (fromSnapshot) {
        out << ' ' << tr("[snapshot of %1]").arg(inv.collectedAt.toUTC().toString(Qt::ISODate));
    }
    out << '\n';
    out << "  " << tr("Engine:") << ' ' << (d.version.isEmpty() ? unknown : safe(d.version)) << ", "
        << tr("API %1").arg(d.apiVersion.isEmpty() ? unknown : safe(d.apiVersion)) << '\n';
    out << "  " << tr("OS:") << ' ' << (d.operatingSystem.isEmpty() ? unknown : safe(d.operatingSystem)) << " ("
        << safe(d.osType.isEmpty() ? d.os : d.osType) << '/' << safe(d.arch) << ")\n";
    out << "  " << tr("Kernel:") << ' ' << (d.kernelVersion.isEmpty() ? unknown : safe(d.kernelVersion)) << '\n';
    if (!d.securityOptions.isEmpty()) {
        out << "  " << tr("Security options:") << ' ' << safe(d.securityOptions.join(QStringLiteral(", "))) << '\n';
    }

    out << '\n' << tr("Containers (%1)").arg(inv.containers.size()) << '\n';
    QList<QStringList> rows;
    rows << QStringList{tr("NAME"), tr("IMAGE"), tr("STATE"), tr("USER"), tr("PRIV"), tr("PORTS")};
    for (const model::Container& c : inv.containers) {
        QString user = tr("?");
        if (c.config.user) {
            user = c.config.user->isEmpty() ? tr("root*") : safe(*c.config.user);
        }
        QString priv;
        if (!c.privileged) {
            priv = tr("?");
        } else if (*c.privileged) {
            priv = tr("PRIVILEGED");
        }
        rows << QStringList{safe(c.name.isEmpty() ? c.id.left(12) : c.name),
                            safe(c.imageRef),
                            safe(c.state.isEmpty() ? unknown : c.state),
                            user,
                            priv,
                            safe(portsText(c))};
    }
    printTable(out, rows);

    out << '\n' << tr("Images (%1)").arg(inv.images.size()) << '\n';
    rows.clear();
    rows << QStringList{tr("TAGS"), tr("ID"), tr("SIZE"), tr("CREATED")};
    for (const model::Image& image : inv.images) {
        const QString id = image.id.startsWith(QLatin1String("sha256:")) ? image.id.mid(7) : image.id;
        rows << QStringList{image.repoTags.isEmpty() ? tr("<none>") : safe(image.repoTags.join(QStringLiteral(", "))),
                            safe(id.left(12)),
                            humanSize(image.size),
                            image.created.isValid() ? image.created.toUTC().toString(Qt::ISODate) : unknown};
    }
    printTable(out, rows);
    if (std::any_of(inv.containers.begin(), inv.containers.end(), [](const model::Container& c) {
            return c.config.user && c.config.user->isEmpty();
        })) {
        out << '\n' << tr("root* = no USER set: the container runs as root") << '\n';
    }
}

} // namespace

int runInventory(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the daemon, containers and images (read-only)."));
    parser.addHelpOption();
    addConnectionOptions(parser);
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("Output format: table (default) or json (redacted, stable)."),
                                    QStringLiteral("FORMAT"),
                                    QStringLiteral("table"));
    parser.addOption(format);
    if (const auto done = parseArguments(parser, args)) {
        return *done;
    }
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("table") && fmt != QLatin1String("json")) {
        return printUsageError(tr("--format is table or json, not '%1'").arg(fmt), parser);
    }
    const auto options = readConnectionOptions(parser);
    if (!options.ok()) {
        return printUsageError(options.error().text(), parser);
    }
    const auto raw = readInventory(*options);
    if (!raw.ok()) {
        return printError(raw.error());
    }
    const bool fromSnapshot = !options->snapshot.isEmpty();
    const model::Inventory inv = model::parseInventory(*raw);

    QTextStream out(stdout);
    if (fmt == QLatin1String("json")) {
        const json doc = inventoryJson(inv, *raw, fromSnapshot);
        out << QString::fromStdString(doc.dump(2, ' ', false, json::error_handler_t::replace)) << '\n';
    } else {
        printInventoryTable(out, inv, fromSnapshot);
    }
    out.flush();

    QTextStream err(stderr);
    if (!inv.issues.empty()) {
        err << tr("%n problem(s) while collecting:", static_cast<int>(inv.issues.size())) << '\n';
        const size_t shown = std::min<size_t>(inv.issues.size(), 10);
        for (size_t i = 0; i < shown; ++i) {
            err << "  " << safe(inv.issues[i].where) << ": " << safe(inv.issues[i].what) << '\n';
        }
        if (inv.issues.size() > shown) {
            err << "  " << tr("... and %1 more (see --format json)").arg(inv.issues.size() - shown) << '\n';
        }
    }
    if (inv.partial) {
        err << tr("bulkhead-cli: the inventory is incomplete; what could be read is shown above") << '\n';
        return ExitCannotRun;
    }
    return ExitOk;
}

} // namespace bulkhead::cli
