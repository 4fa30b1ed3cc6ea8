// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <memory>

// One function per sub-command; each lives in its own file (cmd_<name>.cpp) and parses its own arguments.
// Exit codes, the same for every command:
namespace bulkhead::cli {

enum ExitCode : int
{
    ExitOk = 0,        // done; no finding at or above --fail-on
    ExitFindings = 1,  // findings at or above --fail-on
    ExitCannotRun = 2, // cannot connect, read or parse; bad usage
};

struct Command
{
    const char* name;
    const char* summary;
    int (*run)(const QStringList& args); // args[0] is the command name
};

int runContexts(const QStringList& args);
int runInventory(const QStringList& args);
int runSnapshot(const QStringList& args);
int runReport(const QStringList& args);

// The application object for a command line: a QGuiApplication (offscreen, created by the PDF module, see
// app/cli/pdfloader.h) for `report --format pdf`, whose PDF writer draws; a QCoreApplication for everything else.
std::unique_ptr<QCoreApplication> createApplication(int& argc, char** argv);
int runScan(const QStringList& args);
int runSecrets(const QStringList& args);
int runLint(const QStringList& args);

// main() runs the built-in commands (lint) without an application object (app/cli/startup.h); this makes the
// QCoreApplication from main()'s argc and argv when there is none yet. QCommandLineParser::helpText() needs one: its
// "Usage:" line names the program from QCoreApplication::arguments() ("<executable_name>" without one).
void ensureApplication();
int runReview(const QStringList& args);

} // namespace bulkhead::cli
