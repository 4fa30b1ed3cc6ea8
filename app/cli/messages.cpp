// SPDX-License-Identifier: GPL-3.0-or-later
// The error and usage messages every command prints (declared in app/cli/cliconnection.h). Built into bulkhead-cli
// and into its commands module, each its own copy.
#include "app/cli/cliconnection.h"
#include "app/cli/commands.h"
#include "core/util/textescape.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace bulkhead::cli {

int printError(const util::Error& error)
{
    QTextStream err(stderr);
    err << "bulkhead-cli: " << util::terminalSafe(error.message) << '\n';
    if (!error.hint.isEmpty()) {
        err << "  " << util::terminalSafe(error.hint) << '\n';
    }
    return ExitCannotRun;
}

int printUsageError(const QString& message, const QCommandLineParser& parser)
{
    QTextStream err(stderr);
    err << "bulkhead-cli: " << util::terminalSafe(message) << "\n\n" << parser.helpText();
    return ExitCannotRun;
}

} // namespace bulkhead::cli
