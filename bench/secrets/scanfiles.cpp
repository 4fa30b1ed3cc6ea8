// SPDX-License-Identifier: GPL-3.0-or-later
// Minimal driver for the throughput benchmark when bulkhead-cli is not built: scans PATH... with the same
// secrets::scanPaths the CLI uses, single-threaded, and prints files, bytes, findings and MiB/s.
#include "core/secrets/filescan.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList paths = QCoreApplication::arguments().mid(1);
    bulkhead::secrets::FileScanStats stats;
    QElapsedTimer timer;
    timer.start();
    const auto findings = bulkhead::secrets::scanPaths(paths, {}, &stats);
    const double s = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    std::printf("%lld files, %lld text bytes, %lld binary skipped, %zu findings, %.2f s\n",
                static_cast<long long>(stats.files),
                static_cast<long long>(stats.bytes),
                static_cast<long long>(stats.skippedBinary),
                findings.size(),
                s);
    return 0;
}
