// SPDX-License-Identifier: GPL-3.0-or-later
// Times the phases of a scan on a snapshot: load, parse (model::parseInventory) and scan (rules + risk +
// remediation), with CPU time from getrusage and the peak RSS. Built with the tests (target bench_scan); run by
// bench/scan/run.sh.
#include "core/engine/snapshot.h"
#include "core/model/parse.h"
#include "core/rules/scan.h"

#include <QCoreApplication>
#include <QTextStream>

#include <sys/resource.h>

namespace {

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

long peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        QTextStream(stderr) << "usage: bench_scan SNAPSHOT\n";
        return 2;
    }
    const double t0 = cpuSeconds();
    auto raw = bulkhead::engine::loadSnapshot(QString::fromLocal8Bit(argv[1]));
    if (!raw.ok()) {
        QTextStream(stderr) << raw.error().text() << '\n';
        return 2;
    }
    const double t1 = cpuSeconds();
    const bulkhead::model::Inventory inv = bulkhead::model::parseInventory(*raw);
    const double t2 = cpuSeconds();
    // What `scan` does next: the raw JSON is freed before the rules run.
    bulkhead::model::releasePayloads(*raw);
    const double t2b = cpuSeconds();
    bulkhead::rules::ScanOptions options;
    options.today = QDate(2026, 11, 29);
    const bulkhead::rules::ScanResult scan = bulkhead::rules::scanInventory(inv, options);
    const double t3 = cpuSeconds();
    out << QStringLiteral("containers %1, images %2, rules %3, findings %4\n")
               .arg(inv.containers.size())
               .arg(inv.images.size())
               .arg(scan.rulesRun.size())
               .arg(scan.findings.size());
    out << QStringLiteral("cpu: load %1 s, parse %2 s, free raw JSON %3 s, scan %4 s (rules+risk+remediation); "
                          "peak RSS %5 MB\n")
               .arg(t1 - t0, 0, 'f', 3)
               .arg(t2 - t1, 0, 'f', 3)
               .arg(t2b - t2, 0, 'f', 3)
               .arg(t3 - t2b, 0, 'f', 3)
               .arg(peakRssMb());
    return 0;
}
