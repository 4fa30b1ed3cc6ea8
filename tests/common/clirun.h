// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs bulkhead-cli (or another program) the way the CLI tests need: the user's Docker settings removed from the
// environment, a bound on the time, everything it printed kept.

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace bulkhead::test {

struct CliRun
{
    bool finished = false; // false: still running at the timeout, then killed (err says "timed out")
    bool crashed = false;  // ended by a signal
    int exitCode = -1;     // -1 when it did not finish, -2 when it crashed
    QByteArray out;
    QByteArray err;
};

struct CliOptions
{
    QString program;              // default: the build's app/bulkhead-cli
    QStringList prefix;           // a wrapper to run it through (setpriv ...); the program follows it
    QProcessEnvironment extraEnv; // added to the environment; DOCKER_HOST and DOCKER_CONTEXT are always removed
    QString workingDirectory;     // default: the test's
    QByteArray input;             // written to its standard input, which is then closed
    int timeoutMs = 120000;
};

CliRun runCli(const QStringList& args, const CliOptions& options = {});

} // namespace bulkhead::test
