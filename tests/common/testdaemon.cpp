// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/common/testdaemon.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

namespace bulkhead::test {

bool TestDaemon::load()
{
    const QString dir = qEnvironmentVariable("BULKHEAD_TESTD_DIR");
    if (dir.isEmpty()) {
        m_reason = QStringLiteral("BULKHEAD_TESTD_DIR is not set (run through ctest)");
        return false;
    }
    QFile file(dir + QStringLiteral("/env"));
    if (!file.open(QIODevice::ReadOnly)) {
        m_reason = QStringLiteral("%1/env missing: the testd_start fixture did not run or failed").arg(dir);
        return false;
    }
    m_values.clear();
    for (const QByteArray& line : file.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0) {
            m_values.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
        }
    }
    if (m_values.contains(QStringLiteral("SKIP"))) {
        m_reason = m_values.value(QStringLiteral("SKIP"));
        return false;
    }
    if (dockerHost().isEmpty()) {
        m_reason = QStringLiteral("%1/env has no DOCKER_HOST").arg(dir);
        return false;
    }
    return true;
}

QString TestDaemon::docker(const QStringList& args, bool* ok, int timeoutMs) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKER_HOST"), dockerHost());
    env.remove(QStringLiteral("DOCKER_CONTEXT"));
    env.remove(QStringLiteral("DOCKER_TLS_VERIFY"));
    p.setProcessEnvironment(env);
    const QString exe =
        value(QStringLiteral("DOCKER")).isEmpty() ? QStringLiteral("docker") : value(QStringLiteral("DOCKER"));
    p.start(exe, args);
    const bool finished = p.waitForFinished(timeoutMs);
    const bool success = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!success) {
        qWarning("docker %s failed: %s", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
    }
    if (ok != nullptr) {
        *ok = success;
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString sourcePath(const QString& relative)
{
    return qEnvironmentVariable("BULKHEAD_SOURCE_DIR") + u'/' + relative;
}

QString binaryPath(const QString& relative)
{
    return qEnvironmentVariable("BULKHEAD_BINARY_DIR") + u'/' + relative;
}

} // namespace bulkhead::test
