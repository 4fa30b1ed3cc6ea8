// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Finding, checking and opening bulkhead-cli's run-time modules (the PDF writer, app/cli/pdfloader.h; the commands
// that talk to Docker, app/cli/commandsloader.h).
//
// A module is looked for only relative to the running executable (/proc/self/exe), never in the current directory,
// PATH, LD_LIBRARY_PATH or another variable: a security tool must not load a library someone planted.
//   1. beside the executable (the build tree: build/app/bulkhead-cli next to build/app/<module>.so);
//   2. the install layout, <bindir>/<relDir> (e.g. ../lib/x86_64-linux-gnu/bulkhead).
// A candidate that exists but is writable by others, sits in a folder anyone can write to (without the sticky bit) or
// belongs to another user than root or us is refused, not skipped. Modules are opened RTLD_LOCAL and never closed.

#include "core/util/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <cstring>
#include <optional>

namespace bulkhead::cli::modules {

// What a loader says about its module in messages: "the PDF module", and what to do when it is unusable.
struct ModuleKind
{
    QString name;          // "PDF module"
    QString fileName;      // "bulkhead-pdf.so"
    QString relDir;        // from <bindir> to the installed module's folder
    QString reinstallHint; // "reinstall Bulkhead so that ..."
    QString missingText;   // that it is not installed: %1 the file name, %2 the places looked at
    QString missingHint;   // what to do about it
    QString loadHint;      // what to do when the dynamic loader refuses it
};

// The folder of the running executable, symbolic links resolved; works before the application object exists.
QString executableDir();

// The places a module is looked for, in order, for an executable in `exeDir`.
QStringList candidates(const QString& exeDir, const QString& fileName, const QString& relDir);

// The first candidate that exists, opened (after the placement checks), and its `entryPoint` symbol; or why not.
util::Result<void*> openEntryPoint(const ModuleKind& kind, const char* entryPoint, QString* path);

// Why a module's table does not fit this build (it returned none; another ABI, table size, version or layout), or
// nothing. Every table starts with abi, tableSize, version and layout.
template<typename Table>
std::optional<util::Error> checkTable(const ModuleKind& kind,
                                      const QString& path,
                                      const Table* table,
                                      std::uint32_t abi,
                                      std::uint64_t layout,
                                      const char* version)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("bulkhead::cli::Modules", text); };
    if (table == nullptr) {
        return util::Error(tr("%1 is not a usable Bulkhead %2 (it returned no interface)").arg(path, kind.name),
                           kind.reinstallHint);
    }
    if (table->abi != abi || table->tableSize != sizeof(Table)) {
        return util::Error(tr("the %1 %2 has interface %3, this bulkhead-cli needs interface %4")
                               .arg(kind.name, path)
                               .arg(table->abi)
                               .arg(abi),
                           kind.reinstallHint);
    }
    const char* const theirs = table->version != nullptr ? table->version : "";
    if (std::strcmp(theirs, version) != 0) {
        return util::Error(tr("the %1 %2 is from Bulkhead %3, this bulkhead-cli is %4")
                               .arg(kind.name, path, QString::fromUtf8(theirs).left(64), QString::fromUtf8(version)),
                           kind.reinstallHint);
    }
    if (table->layout != layout) {
        return util::Error(tr("the %1 %2 was built from other sources than this bulkhead-cli (a stale build of "
                              "Bulkhead %3)")
                               .arg(kind.name, path, QString::fromUtf8(version)),
                           kind.reinstallHint);
    }
    return std::nullopt;
}

// `symbol` (from openEntryPoint) as the entry function it is: dlsym returns an object pointer, which POSIX
// guarantees converts to a function pointer.
template<typename Entry> Entry asEntry(void* symbol)
{
    Entry entry = nullptr;
    static_assert(sizeof(entry) == sizeof(symbol));
    std::memcpy(&entry, &symbol, sizeof(entry));
    return entry;
}

} // namespace bulkhead::cli::modules
