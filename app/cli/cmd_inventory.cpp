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
#include "app/cli/jsonwriter.h"
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

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("bulkhead::cli::Inventory", text, nullptr, n);
}

// The --format json document is written directly (JsonWriter), not built as a json tree and dumped: for 10,000
// containers the tree cost more than loading the snapshot. Keys are written in byte order, as the tree sorted them.

void writeOpt(JsonWriter& w, const std::optional<QString>& value)
{
    value ? w.string(*value) : w.null();
}

void writeOpt(JsonWriter& w, const std::optional<bool>& value)
{
    value ? w.boolean(*value) : w.null();
}

void writeOpt(JsonWriter& w, const std::optional<qint64>& value)
{
    value ? w.integer(*value) : w.null();
}

void writeTime(JsonWriter& w, const QDateTime& t)
{
    t.isValid() ? w.string(t.toUTC().toString(Qt::ISODate)) : w.null();
}

void writeRedactedEnv(JsonWriter& w, const QStringList& env)
{
    w.beginArray();
    for (const QString& e : env) {
        w.string(util::redactAssignment(e));
    }
    w.endArray();
}

void writeContainer(JsonWriter& w, const model::Container& c, const model::RawContainer* raw)
{
    w.beginObject();
    w.key("capAdd");
    writeStrings(w, c.capAdd);
    w.key("capDrop");
    writeStrings(w, c.capDrop);
    w.key("created");
    writeTime(w, c.created);
    w.key("devices").beginArray();
    for (const model::Device& d : c.devices) {
        w.beginObject();
        w.field("pathInContainer", d.pathInContainer);
        w.field("pathOnHost", d.pathOnHost);
        w.field("permissions", d.permissions);
        w.endObject();
    }
    w.endArray();
    w.key("env");
    writeRedactedEnv(w, c.config.env);
    w.field("id", c.id);
    w.field("image", c.imageRef);
    w.field("imageId", c.imageId);
    w.key("inspectError");
    raw != nullptr && !raw->error.isEmpty() ? w.string(raw->error) : w.null();
    w.field("ipcMode", c.ipcMode);
    w.key("memory");
    writeOpt(w, c.memory);
    w.key("mounts").beginArray();
    for (const model::Mount& m : c.mounts) {
        w.beginObject();
        w.field("destination", m.destination);
        w.key("rw").boolean(m.rw);
        w.field("source", m.source);
        w.field("type", m.type);
        w.endObject();
    }
    w.endArray();
    w.field("name", c.name);
    w.key("nanoCpus");
    writeOpt(w, c.nanoCpus);
    w.field("networkMode", c.networkMode);
    w.field("pidMode", c.pidMode);
    w.key("pidsLimit");
    writeOpt(w, c.pidsLimit);
    w.key("ports").beginArray();
    for (const model::PortBinding& p : c.ports) {
        w.beginObject();
        w.key("containerPort").integer(p.containerPort);
        w.field("hostIp", p.hostIp);
        w.key("hostPort").integer(p.hostPort);
        w.field("protocol", p.protocol);
        w.key("published").boolean(p.published);
        w.endObject();
    }
    w.endArray();
    w.key("privileged");
    writeOpt(w, c.privileged);
    w.key("readonlyRootfs");
    writeOpt(w, c.readonlyRootfs);
    w.field("restartPolicy", c.restartPolicy.name);
    w.key("running").boolean(c.running);
    w.key("securityOpt");
    writeStrings(w, c.securityOpt);
    w.field("state", c.state);
    w.key("user");
    writeOpt(w, c.config.user);
    w.field("usernsMode", c.usernsMode);
    w.field("utsMode", c.utsMode);
    w.endObject();
}

void writeImage(JsonWriter& w, const model::Image& image)
{
    w.beginObject();
    w.field("architecture", image.architecture);
    w.key("created");
    writeTime(w, image.created);
    w.key("digests");
    writeStrings(w, image.repoDigests);
    w.key("env");
    writeRedactedEnv(w, image.config.env);
    w.key("exposedPorts");
    writeStrings(w, image.config.exposedPorts);
    w.key("healthcheck");
    if (image.config.healthcheck) {
        w.beginObject();
        w.key("disabled").boolean(image.config.healthcheck->disabled());
        w.endObject();
    } else {
        w.null();
    }
    w.key("historyEntries").unsignedInteger(image.history.size());
    w.field("id", image.id);
    w.key("layers").unsignedInteger(static_cast<std::uint64_t>(image.layers.size()));
    w.field("os", image.os);
    w.key("size").integer(image.size);
    w.key("tags");
    writeStrings(w, image.repoTags);
    w.key("user");
    writeOpt(w, image.config.user);
    w.endObject();
}

std::string inventoryJson(const model::Inventory& inv, const model::RawInventory& raw, bool fromSnapshot)
{
    std::string out;
    out.reserve(4096 + inv.containers.size() * 1400);
    JsonWriter w(out);
    w.beginObject();

    QHash<QString, const model::RawContainer*> rawById;
    for (const model::RawContainer& r : raw.containers) {
        rawById.insert(r.id, &r);
    }
    w.key("containers").beginArray();
    for (const model::Container& c : inv.containers) {
        writeContainer(w, c, rawById.value(c.id, nullptr));
    }
    w.endArray();

    const model::DaemonInfo& d = inv.daemon;
    w.key("daemon").beginObject();
    w.field("apiVersion", d.apiVersion);
    w.field("arch", d.arch);
    w.key("cpus").integer(d.ncpu);
    w.field("dockerRootDir", d.dockerRootDir);
    w.field("engineVersion", d.version);
    w.key("experimental");
    writeOpt(w, d.experimental);
    w.field("kernelVersion", d.kernelVersion);
    w.key("liveRestore");
    writeOpt(w, d.liveRestoreEnabled);
    w.key("memTotal").integer(d.memTotal);
    w.field("minApiVersion", d.minApiVersion);
    w.field("name", d.name);
    w.field("negotiatedApiVersion", raw.apiVersion);
    w.field("operatingSystem", d.operatingSystem);
    w.field("os", d.os);
    w.key("securityOptions");
    writeStrings(w, d.securityOptions);
    w.field("storageDriver", d.storageDriver);
    w.key("warnings");
    writeStrings(w, d.warnings);
    w.endObject();

    w.field("format", "bulkhead-inventory");
    w.key("host");
    if (inv.host.present) {
        w.beginObject();
        w.field("daemonJsonError", inv.host.daemonJsonError);
        w.key("dockerGroupMembers");
        writeStrings(w, inv.host.dockerGroupMembers);
        w.field("socketGroup", inv.host.socketGroup);
        w.key("socketMode");
        inv.host.socketMode ? w.string(QStringLiteral("%1").arg(*inv.host.socketMode, 4, 8, QLatin1Char('0')))
                            : w.null();
        w.field("socketOwner", inv.host.socketOwner);
        w.field("socketPath", inv.host.socketPath);
        w.endObject();
    } else {
        w.null();
    }

    w.key("images").beginArray();
    for (const model::Image& image : inv.images) {
        writeImage(w, image);
    }
    w.endArray();
    w.key("issues").beginArray();
    for (const model::CollectionIssue& issue : inv.issues) {
        writeIssue(w, issue.where, issue.what);
    }
    for (const model::ParseIssue& issue : inv.parseIssues) {
        writeIssue(w, issue.where, issue.what);
    }
    w.endArray();
    w.key("networks").beginArray();
    for (const model::Network& n : inv.networks) {
        w.beginObject();
        w.field("driver", n.driver);
        w.field("id", n.id);
        w.field("name", n.name);
        w.endObject();
    }
    w.endArray();

    w.key("source").beginObject();
    w.key("collectedAt");
    writeTime(w, inv.collectedAt);
    w.field("endpoint", inv.endpoint);
    w.field("endpointSource", inv.endpointSource);
    w.key("local").boolean(inv.local);
    w.key("partial").boolean(inv.partial);
    w.key("snapshot").boolean(fromSnapshot);
    w.field("toolVersion", inv.toolVersion);
    w.endObject();
    w.key("version").integer(1);
    w.endObject();
    out += '\n';
    return out;
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
    // The output needs only the raw ids, errors and API version: no payloads are kept.
    auto read = readParsedInventory(*options);
    if (!read.ok()) {
        return printError(read.error());
    }
    const bool fromSnapshot = !options->snapshot.isEmpty();
    const model::Inventory& inv = read->inventory;
    const model::RawInventory* raw = &read->raw;

    if (fmt == QLatin1String("json")) {
        const std::string doc = inventoryJson(inv, *raw, fromSnapshot);
        fwrite(doc.data(), 1, doc.size(), stdout);
        fflush(stdout);
    } else {
        QTextStream out(stdout);
        printInventoryTable(out, inv, fromSnapshot);
        out.flush();
    }

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
