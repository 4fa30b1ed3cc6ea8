// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

namespace bulkhead::test {

// Coordinates of the private test daemon started by tests/daemon/testd.sh (ctest fixture "testd").
// The script writes KEY=VALUE lines to $BULKHEAD_TESTD_DIR/env, for example:
//   DOCKER_HOST=unix:///.../docker.sock   TLS_HOST=tcp://127.0.0.1:PORT  TLS_CA=... TLS_CERT=... TLS_KEY=...
//   SSH_HOST=ssh://user@127.0.0.1:PORT   SSH_KEY=...   DOCKER=/usr/bin/docker
// or SKIP=<reason> when the daemon could not be started outside CI.
class TestDaemon
{
public:
    // Loads the env file. Returns false and sets reason() when unavailable.
    bool load();
    QString reason() const { return m_reason; }
    QString value(const QString& key) const { return m_values.value(key); }
    QString dockerHost() const { return value(QStringLiteral("DOCKER_HOST")); }

    // Runs the docker CLI against the test daemon (the tests may create/remove fixtures; Bulkhead itself never does).
    // Returns stdout; sets ok=false on non-zero exit.
    QString docker(const QStringList& args, bool* ok = nullptr, int timeoutMs = 120000) const;

private:
    QMap<QString, QString> m_values;
    QString m_reason;
};

// For what the README's install step provides (the test daemon, chromium, poppler, jsonschema, the CLI): skips with
// the reason outside CI, fails under CI=true, so a missing reader can never turn a CI run green by skipping.
#define BULKHEAD_SKIP_OUTSIDE_CI(reason)                                                                               \
    do {                                                                                                               \
        if (qEnvironmentVariable("CI") == QLatin1String("true"))                                                       \
            QFAIL(qPrintable(QStringLiteral("under CI: ") + (reason)));                                                \
        QSKIP(qPrintable(reason));                                                                                     \
    } while (false)

// Use at the top of a test slot/initTestCase.
#define BULKHEAD_REQUIRE_TESTD(daemon)                                                                                 \
    do {                                                                                                               \
        if (!(daemon).load())                                                                                          \
            BULKHEAD_SKIP_OUTSIDE_CI(QStringLiteral("test daemon unavailable: ") + (daemon).reason());                 \
    } while (false)

QString sourcePath(const QString& relative); // $BULKHEAD_SOURCE_DIR/relative
QString binaryPath(const QString& relative); // $BULKHEAD_BINARY_DIR/relative

} // namespace bulkhead::test
