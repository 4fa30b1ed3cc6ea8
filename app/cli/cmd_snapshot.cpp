// SPDX-License-Identifier: GPL-3.0-or-later
// bulkhead-cli snapshot -o FILE [--host URL | --context NAME]
//
// Saves the whole inventory (raw Engine JSON, host facts, time, engine and tool version) to FILE, atomically and
// with mode 0600: it holds unredacted environment secrets. Every daemon-reading command reads it back with
// --snapshot FILE. Exit codes: 0 saved; 2 cannot connect or read, or incomplete (the partial snapshot is still
// saved, marked partial, so what could be read is not lost).
#include "app/cli/cliconnection.h"
#include "app/cli/commands.h"
#include "core/engine/snapshot.h"
#include "core/util/textescape.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace bulkhead::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("bulkhead::cli::Snapshot", text);
}

} // namespace

int runSnapshot(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Save the whole inventory to a file (mode 0600) for offline audit."));
    parser.addHelpOption();
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("The snapshot file to write (replaced atomically)."),
                                    QStringLiteral("FILE"));
    parser.addOption(output);
    addConnectionOptions(parser, false);
    if (const auto done = parseArguments(parser, args)) {
        return *done;
    }
    const QString path = parser.value(output);
    if (path.isEmpty()) {
        return printUsageError(tr("say where to write the snapshot: -o FILE"), parser);
    }
    const auto options = readConnectionOptions(parser);
    if (!options.ok()) {
        return printUsageError(options.error().text(), parser);
    }
    const auto raw = readInventory(*options);
    if (!raw.ok()) {
        return printError(raw.error());
    }
    const auto saved = engine::saveSnapshot(*raw, path);
    if (!saved.ok()) {
        return printError(
            util::Error(tr("cannot write the snapshot %1: %2").arg(path, saved.error().message), saved.error().hint));
    }

    QTextStream err(stderr);
    err << tr("saved %1 containers and %2 images from %3 to %4 (mode 0600: it holds unredacted secrets, keep it "
              "private)")
               .arg(raw->containers.size())
               .arg(raw->images.size())
               .arg(util::terminalSafe(raw->endpoint), util::terminalSafe(path))
        << '\n';
    for (const model::CollectionIssue& issue : raw->issues) {
        err << "  " << util::terminalSafe(issue.where) << ": " << util::terminalSafe(issue.what) << '\n';
    }
    if (raw->partial) {
        err << tr("bulkhead-cli: the snapshot is incomplete (marked partial in the file)") << '\n';
        return ExitCannotRun;
    }
    return ExitOk;
}

} // namespace bulkhead::cli
