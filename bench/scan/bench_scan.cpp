// SPDX-License-Identifier: GPL-3.0-or-later
// Times the phases of a scan on a snapshot: load + parse (engine::loadSnapshotInventory) and scan (rules + risk +
// remediation), with CPU time from getrusage and the peak RSS; then, for comparison, the old way of loading (nlohmann
// trees: load, model::parseInventory, free). Built with the tests (target bench_scan); run by
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
    const QString path = QString::fromLocal8Bit(argv[1]);
    // What `scan --snapshot` does: the file straight into the model (engine::loadSnapshotInventory).
    const double t0 = cpuSeconds();
    auto loaded = bulkhead::engine::loadSnapshotInventory(path);
    if (!loaded.ok()) {
        QTextStream(stderr) << loaded.error().text() << '\n';
        return 2;
    }
    const bulkhead::model::Inventory& inv = loaded->inventory;
    const double t1 = cpuSeconds();
    bulkhead::rules::ScanOptions options;
    options.today = QDate(2026, 11, 29);
    const bulkhead::rules::ScanResult scan = bulkhead::rules::scanInventory(inv, options);
    const double t2 = cpuSeconds();
    // The way it was read before: nlohmann trees (engine::loadSnapshot), parsed, then freed. Timed after the scan so
    // the scan runs on a fresh heap as in the CLI.
    double nlLoad = 0;
    double nlParse = 0;
    double nlFree = 0;
    {
        const double n0 = cpuSeconds();
        auto raw = bulkhead::engine::loadSnapshot(path);
        const double n1 = cpuSeconds();
        if (raw.ok()) {
            const bulkhead::model::Inventory again = bulkhead::model::parseInventory(*raw);
            const double n2 = cpuSeconds();
            bulkhead::model::releasePayloads(*raw);
            const double n3 = cpuSeconds();
            nlLoad = n1 - n0;
            nlParse = n2 - n1;
            nlFree = n3 - n2;
        }
    }
    out << QStringLiteral("containers %1, images %2, rules %3, findings %4\n")
               .arg(inv.containers.size())
               .arg(inv.images.size())
               .arg(scan.rulesRun.size())
               .arg(scan.findings.size());
    out << QStringLiteral("cpu: load+parse (jsondom) %1 s, scan %2 s (rules+risk+remediation); peak RSS %3 MB\n")
               .arg(t1 - t0, 0, 'f', 3)
               .arg(t2 - t1, 0, 'f', 3)
               .arg(peakRssMb());
    out << QStringLiteral("cpu, the nlohmann way for comparison: load %1 s, parse %2 s, free raw JSON %3 s\n")
               .arg(nlLoad, 0, 'f', 3)
               .arg(nlParse, 0, 'f', 3)
               .arg(nlFree, 0, 'f', 3);
    return 0;
}
