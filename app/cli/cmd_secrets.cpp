// SPDX-License-Identifier: GPL-3.0-or-later
// bulkhead-cli secrets [PATH...] [--image NAME]... [--container ID]... [--format table|json] [--fail-on SEVERITY]
//                      [--max-file-size MIB] [connection options]
//
// Scans files and folders on this machine, and with --image the layers of an image (streamed from
// GET /images/{name}/get, including files a later layer deleted), and with --container the files a container added
// or changed. Values are always redacted.
// Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; 2 bad usage or nothing readable.
//
// --format json prints one object, format "bulkhead-secrets" version 1 (fields are added, never renamed):
//   {"format": "bulkhead-secrets", "version": 1,
//    "findings": [{"ruleId", "severity", "title", "message", "evidence" (redacted), "file", "line", "column",
//                  "confidence"}],
//    "stats": {"files", "bytes", "skippedBinary", "skippedLarge", "errors": [...]}}
#include "app/cli/cliconnection.h"
#include "app/cli/commands.h"
#include "app/cli/jsonwriter.h"
#include "core/model/severity.h"
#include "core/secrets/daemonscan.h"
#include "core/secrets/detector.h"
#include "core/secrets/filescan.h"
#include "core/util/textescape.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <string>

namespace bulkhead::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("bulkhead::cli::Secrets", text);
}

QString ruleTitle(const QString& id)
{
    for (const model::RuleInfo& r : secrets::secretRules()) {
        if (id == QLatin1String(r.id)) {
            return QCoreApplication::translate("Rules", r.title);
        }
    }
    return id;
}

} // namespace

int runSecrets(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Scan files and folders for secrets (API keys, tokens, private keys, passwords). Values are redacted."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("PATH"), tr("Files or folders to scan (folders recursively)."), QStringLiteral("PATH..."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("Output format: table (default) or json."),
                                    QStringLiteral("FORMAT"),
                                    QStringLiteral("table"));
    const QCommandLineOption failOn(QStringLiteral("fail-on"),
                                    tr("Exit with 1 when a finding has at least this severity: info, low, medium, "
                                       "high, critical, or none (default: low)."),
                                    QStringLiteral("SEVERITY"),
                                    QStringLiteral("low"));
    const QCommandLineOption maxSize(QStringLiteral("max-file-size"),
                                     tr("Skip files larger than this many MiB (default: 32)."),
                                     QStringLiteral("MIB"),
                                     QStringLiteral("32"));
    const QCommandLineOption image(QStringLiteral("image"),
                                   tr("Also scan this image's layers (repeatable; read-only, streamed)."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption container(QStringLiteral("container"),
                                       tr("Also scan the files this container added or changed (repeatable)."),
                                       QStringLiteral("ID"));
    parser.addOptions({format, failOn, maxSize, image, container});
    addConnectionOptions(parser, false);
    if (!parser.parse(args)) {
        return printUsageError(parser.errorText(), parser);
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    QStringList paths = parser.positionalArguments();
    if (!paths.isEmpty() && paths.first() == QLatin1String("secrets")) {
        paths.removeFirst();
    }
    const QStringList images = parser.values(image);
    const QStringList containers = parser.values(container);
    if (paths.isEmpty() && images.isEmpty() && containers.isEmpty()) {
        return printUsageError(tr("give at least one file or folder, --image or --container to scan"), parser);
    }
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("table") && fmt != QLatin1String("json")) {
        return printUsageError(tr("--format is table or json, not '%1'").arg(fmt), parser);
    }
    std::optional<model::Severity> threshold;
    if (parser.value(failOn) != QLatin1String("none")) {
        threshold = model::severityFromName(parser.value(failOn));
        if (!threshold) {
            return printUsageError(
                tr("--fail-on is info, low, medium, high, critical or none, not '%1'").arg(parser.value(failOn)),
                parser);
        }
    }
    bool sizeOk = false;
    const qint64 mib = parser.value(maxSize).toLongLong(&sizeOk);
    if (!sizeOk || mib <= 0 || mib > 4096) {
        return printUsageError(tr("--max-file-size is a number of MiB between 1 and 4096"), parser);
    }

    secrets::FileScanOptions options;
    options.maxFileBytes = mib << 20;
    secrets::FileScanStats stats;
    model::Findings findings = secrets::scanPaths(paths, options, &stats);
    bool incomplete = false; // an image or container could not be (fully) read
    if (!images.isEmpty() || !containers.isEmpty()) {
        const auto connection = readConnectionOptions(parser);
        if (!connection.ok()) {
            return printUsageError(connection.error().text(), parser);
        }
        const auto endpoint = resolveConnection(*connection);
        if (!endpoint.ok()) {
            return printError(endpoint.error());
        }
        engine::ClientOptions clientOpts = clientOptions(*connection);
        clientOpts.readTimeoutMs = std::max(clientOpts.readTimeoutMs, 120000); // docker save can pause between layers
        engine::DockerClient client(*endpoint, clientOpts);
        if (const auto v = client.negotiate(); !v.ok()) {
            return printError(actionable(v.error(), &*endpoint));
        }
        secrets::LayerCache cache(secrets::LayerCache::defaultFolder());
        secrets::LayerScanOptions layerOptions;
        layerOptions.cache = &cache;
        // One image or container that cannot be read (gone, export cut off) does not discard what the others and
        // the files gave: it is listed, the output is marked partial and the exit code is 2.
        for (const QString& name : images) {
            const auto result = secrets::scanImageLayers(client, name, layerOptions);
            if (!result.ok()) {
                stats.errors << tr("image %1 not scanned: %2").arg(name, result.error().text());
                incomplete = true;
                continue;
            }
            stats.files += result->filesScanned;
            stats.bytes += result->bytesRead;
            findings.insert(findings.end(), result->findings.begin(), result->findings.end());
        }
        for (const QString& id : containers) {
            secrets::ContainerScanOptions containerOptions;
            containerOptions.layer.maxFileBytes = options.maxFileBytes;
            const auto result = secrets::scanContainerFiles(client, id, id, containerOptions);
            if (!result.ok()) {
                stats.errors << tr("container %1 not scanned: %2").arg(id, result.error().text());
                incomplete = true;
                continue;
            }
            stats.errors << result->skipped;
            stats.files += result->pathsScanned.size();
            stats.bytes += result->bytesRead;
            findings.insert(findings.end(), result->findings.begin(), result->findings.end());
        }
    }
    std::stable_sort(findings.begin(), findings.end(), [](const model::Finding& a, const model::Finding& b) {
        if (a.location.file != b.location.file)
            return a.location.file < b.location.file;
        return a.location.line < b.location.line;
    });

    QTextStream out(stdout);
    if (fmt == QLatin1String("json")) {
        // Written directly, keys in the byte order the json tree this replaced printed them in (jsonwriter.h):
        // building a tree of 9,000 findings cost a third of the scan's own time.
        std::string doc;
        doc.reserve(1024 + findings.size() * 420);
        JsonWriter w(doc);
        QHash<QString, std::string> titles;
        w.beginObject();
        w.key("findings").beginArray();
        for (const model::Finding& f : findings) {
            auto title = titles.find(f.ruleId);
            if (title == titles.end()) {
                title = titles.insert(f.ruleId, ruleTitle(f.ruleId).toStdString());
            }
            w.beginObject();
            w.key("column").integer(f.location.column);
            w.key("confidence").number(f.confidence);
            w.field("evidence", f.evidence);
            w.field("file", f.location.file);
            w.field("layer", f.location.layer);
            w.key("line").integer(f.location.line);
            w.field("message", f.message);
            w.field("ruleId", f.ruleId);
            w.field("severity", model::severityName(f.severity));
            w.field("target", f.targetName);
            w.field("title", std::string_view(*title));
            w.endObject();
        }
        w.endArray();
        w.field("format", "bulkhead-secrets");
        w.key("partial").boolean(incomplete);
        w.key("stats").beginObject();
        w.key("bytes").integer(stats.bytes);
        w.key("errors").beginArray();
        for (const QString& e : stats.errors) {
            w.string(e);
        }
        w.endArray();
        w.key("files").integer(stats.files);
        w.key("skippedBinary").integer(stats.skippedBinary);
        w.key("skippedLarge").integer(stats.skippedLarge);
        w.endObject();
        w.key("version").integer(1);
        w.endObject();
        doc += '\n';
        std::fwrite(doc.data(), 1, doc.size(), stdout);
        std::fflush(stdout);
    } else {
        for (const model::Finding& f : findings) {
            QString where = util::terminalSafe(f.location.file);
            if (f.location.line > 0) {
                where += QStringLiteral(":%1:%2").arg(f.location.line).arg(f.location.column);
            }
            if (!f.targetName.isEmpty() && f.targetName != f.location.file) {
                where = util::terminalSafe(f.targetName) + u' ' + where;
            }
            if (!f.location.layer.isEmpty()) {
                where += QStringLiteral(" [layer %1]").arg(f.location.layer.left(19));
            }
            out << where << "  " << model::severityName(f.severity).toUpper() << "  " << f.ruleId << "  "
                << util::terminalSafe(f.message) << "  " << util::terminalSafe(f.evidence)
                << QStringLiteral("  (confidence %1)").arg(f.confidence, 0, 'f', 2) << '\n';
        }
        out << tr("%1 finding(s) in %2 file(s), %3 bytes scanned; %4 binary and %5 large file(s) skipped.")
                   .arg(findings.size())
                   .arg(stats.files)
                   .arg(stats.bytes)
                   .arg(stats.skippedBinary)
                   .arg(stats.skippedLarge)
            << '\n';
    }
    out.flush();
    QTextStream err(stderr);
    for (const QString& e : stats.errors) {
        err << "bulkhead-cli secrets: " << util::terminalSafe(e) << '\n';
    }
    if (incomplete) {
        err << tr("bulkhead-cli secrets: incomplete; findings cover only what could be read") << '\n';
        return ExitCannotRun;
    }
    if (stats.files == 0 && stats.skippedBinary == 0 && stats.skippedLarge == 0 && !stats.errors.isEmpty()) {
        return ExitCannotRun;
    }
    if (threshold) {
        for (const model::Finding& f : findings) {
            if (!f.suppressed && f.severity >= *threshold) {
                return ExitFindings;
            }
        }
    }
    return ExitOk;
}

} // namespace bulkhead::cli
