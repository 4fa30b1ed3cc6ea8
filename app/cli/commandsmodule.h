// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The interface between bulkhead-cli and its commands module (bulkhead-commands.so, built from the cmd_*.cpp files
// of every command but `lint`, and app/cli/commandsmodule.cpp).
//
// `lint` reads files and needs nothing but Qt Core, RE2 and the linter; the other commands talk to Docker (Qt
// Network, OpenSSL, GSSAPI through it) or read image layers (libarchive and its compressors, libxml2, ICU).
// Debian's libraries are linked with BIND_NOW, so linking them all cost every `lint` ~3 ms of start-up (half of
// linting one small Dockerfile) and put network code into a process that never connects. bulkhead-cli therefore
// links only what `lint` needs and loads this module, like the PDF module, from beside the executable or from the
// install layout only (app/cli/moduleloader.h), when another command is run.
//
// The module exports one C function, bulkhead_commands_module(), returning a table. The table passes C++ objects
// (QStringList) by pointer, so both sides must agree on their layout: the loader refuses a module whose ABI number,
// table size, version or layout fingerprint differ from its own.

#include "app/cli/modulelayout.h"

#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>

class QCoreApplication;

namespace bulkhead::cli::commandsmodule {

// Bump when the table, or what its functions expect, changes.
inline constexpr std::uint32_t kAbi = 1;

// The name of the exported function.
inline constexpr const char* kEntryPoint = "bulkhead_commands_module";

// The layout fingerprint (app/cli/modulelayout.h) of every type the calls pass.
constexpr std::uint64_t layoutFingerprint()
{
    return modules::layoutOf({sizeof(QString), sizeof(QStringList), sizeof(qsizetype), sizeof(void*)});
}

} // namespace bulkhead::cli::commandsmodule

extern "C" {

// The module's table. `abi` and `tableSize` come first and stay first in every ABI, so any loader can read them.
struct BulkheadCommandsModule
{
    std::uint32_t abi;       // commandsmodule::kAbi of the module's build
    std::uint32_t tableSize; // sizeof(BulkheadCommandsModule) of the module's build
    const char* version;     // BULKHEAD_VERSION of the module's build
    std::uint64_t layout;    // commandsmodule::layoutFingerprint() of the module's build

    // The application object for the command line (app/cli/commands.h createApplication: a QGuiApplication from the
    // PDF module for `report --format pdf`, else a QCoreApplication). The caller owns it and must not unload the
    // module while it lives. argc/argv as for QCoreApplication: they must outlive the object.
    QCoreApplication* (*createApplication)(int* argc, char** argv);

    // Runs the command `name` ("scan") with its arguments (args[0] is the command name); returns the exit code, or
    // -1 when the module has no such command. Never throws.
    int (*run)(const char* name, const QStringList* args);
};

using BulkheadCommandsModuleEntry = const BulkheadCommandsModule* (*)();

} // extern "C"
