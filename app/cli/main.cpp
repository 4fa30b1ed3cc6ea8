// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cliconnection.h"
#include "app/cli/commands.h"
#include "app/cli/commandsloader.h"
#include "app/cli/startup.h"
#include "core/util/trcache.h"

#include <QCoreApplication>
#include <QTextStream>

#ifdef BULKHEAD_HAVE_MIMALLOC
#include <mimalloc.h>
#endif

#include <cstdio>
#include <cstring>
#include <iterator>

using namespace bulkhead::cli;

namespace {

// Explicit registration: one line per command. A command without a function here lives in the commands module
// (app/cli/commandsmodule.h), loaded only when it runs: `lint` does not pay for loading the network and archive
// libraries the others need.
const Command kCommands[] = {
    {"contexts", "list the Docker endpoints and contexts found, as the docker CLI resolves them", nullptr},
    {"inventory", "list the daemon, containers and images (read-only)", nullptr},
    {"scan", "audit containers, images, daemon and host; risk scores and hardened run commands", nullptr},
    {"snapshot", "save the whole inventory to a file for offline audit", nullptr},
    {"report", "write an HTML, PDF, JSON or SARIF report of the audit", nullptr},
    {"secrets", "scan files and folders for secrets (keys, tokens, passwords); values are redacted", nullptr},
    {"lint", "lint Dockerfiles and build contexts (hadolint-compatible rules, pragmas and .hadolint.yaml)", &runLint},
    {"review", "record, list, clear or merge review decisions on findings in a review file", nullptr},
};

const Command* findCommand(const char* name)
{
    for (const Command& c : kCommands) {
        if (name != nullptr && std::strcmp(name, c.name) == 0) {
            return &c;
        }
    }
    return nullptr;
}

void printUsage(FILE* out)
{
    QTextStream s(out);
    s << "Usage: bulkhead-cli COMMAND [OPTIONS]\n\n"
         "Bulkhead audits Docker hosts, images and Dockerfiles. It only reads from the Docker API.\n\nCommands:\n";
    for (const Command& c : kCommands) {
        s << QStringLiteral("  %1 %2\n").arg(QString::fromLatin1(c.name), -12).arg(QString::fromLatin1(c.summary));
    }
    s << "\nRun 'bulkhead-cli COMMAND --help' for a command's options.\n"
         "Exit codes: 0 ok, 1 findings at or above --fail-on, 2 cannot connect/read or bad usage.\n";
}

// main()'s, for ensureApplication(). QCoreApplication keeps a reference to argc.
int* g_argc = nullptr;
char** g_argv = nullptr;
std::unique_ptr<QCoreApplication>* g_app = nullptr;

} // namespace

void bulkhead::cli::ensureApplication()
{
    if (g_app != nullptr && QCoreApplication::instance() == nullptr) {
        *g_app = std::make_unique<QCoreApplication>(*g_argc, g_argv); // (no translator: help is in English)
    }
}

int main(int argc, char** argv)
{
    const Command* const command = argc >= 2 ? findCommand(argv[1]) : nullptr;
    const BulkheadCommandsModule* module = nullptr;
    std::unique_ptr<QCoreApplication> app;
    QStringList args;
    if (command != nullptr && command->run == nullptr) {
        const auto loaded = loadCommandsModule();
        if (!loaded.ok()) {
            return printError(loaded.error());
        }
        module = *loaded;
        // The module makes the application object: `report --format pdf` needs a QGuiApplication from the PDF module.
        app.reset(module->createApplication(&argc, argv));
    } else if (command != nullptr) {
        // A built-in command (lint) makes the application object only to print its help (ensureApplication()), see
        // app/cli/startup.h: the arguments and the locale as the constructor would have left them.
        g_argc = &argc;
        g_argv = argv;
        g_app = &app;
        setLocaleUnlessC();
        args = applicationArguments(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    bulkhead::util::installSourceTextCache(); // the CLI prints in English: every tr() is its source text
    QCoreApplication::setApplicationName(QStringLiteral("bulkhead-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Bulkhead"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BULKHEAD_VERSION));

    if (app) {
        args = QCoreApplication::arguments();
    }
    args.removeFirst();
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h") ||
        args.first() == QLatin1String("help")) {
        printUsage(args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? ExitCannotRun : ExitOk;
    }
    if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("version")) {
        QTextStream out(stdout);
        out << "bulkhead-cli " << BULKHEAD_VERSION << '\n';
#ifdef BULKHEAD_HAVE_MIMALLOC
        out << "allocator: mimalloc " << mi_version() / 100 << '.' << mi_version() % 100 / 10 << '.'
            << mi_version() % 10 << '\n';
#else
        out << "allocator: system malloc\n";
#endif
        return ExitOk;
    }
    if (command != nullptr) {
        return module != nullptr ? module->run(command->name, &args) : command->run(args);
    }
    QTextStream(stderr) << "bulkhead-cli: unknown command '" << args.first() << "'\n\n";
    printUsage(stderr);
    return ExitCannotRun;
}
