// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/common/clirun.h"

#include "tests/common/testdaemon.h"

#include <QProcess>

namespace bulkhead::test {

CliRun runCli(const QStringList& args, const CliOptions& options)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The user's own Docker settings must not leak into what the test sees.
    env.remove(QStringLiteral("DOCKER_HOST"));
    env.remove(QStringLiteral("DOCKER_CONTEXT"));
    env.insert(options.extraEnv);
    p.setProcessEnvironment(env);
    if (!options.workingDirectory.isEmpty()) {
        p.setWorkingDirectory(options.workingDirectory);
    }
    const QString program =
        options.program.isEmpty() ? binaryPath(QStringLiteral("app/bulkhead-cli")) : options.program;
    if (options.prefix.isEmpty()) {
        p.start(program, args);
    } else {
        p.start(options.prefix.first(), options.prefix.mid(1) + QStringList{program} + args);
    }
    CliRun run;
    if (!p.waitForStarted(options.timeoutMs)) {
        run.err = QStringLiteral("cannot start %1: %2").arg(program, p.errorString()).toUtf8();
        return run;
    }
    if (!options.input.isNull()) {
        p.write(options.input);
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(options.timeoutMs)) {
        p.kill();
        p.waitForFinished();
        run.err = "timed out";
        return run;
    }
    run.finished = true;
    run.crashed = p.exitStatus() != QProcess::NormalExit;
    run.exitCode = run.crashed ? -2 : p.exitCode();
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

} // namespace bulkhead::test
