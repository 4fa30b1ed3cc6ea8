// SPDX-License-Identifier: GPL-3.0-or-later
// The commands module (app/cli/commandsmodule.h): every command but `lint`, loaded by bulkhead-cli when one is run.
#include "app/cli/commandsmodule.h"

#include "app/cli/commands.h"

#include <QtGlobal>

#include <cstring>

#ifndef BULKHEAD_VERSION
#error "BULKHEAD_VERSION is set by app/CMakeLists.txt"
#endif

namespace {

using bulkhead::cli::Command;

const Command kModuleCommands[] = {
    {"contexts", "", &bulkhead::cli::runContexts},
    {"inventory", "", &bulkhead::cli::runInventory},
    {"scan", "", &bulkhead::cli::runScan},
    {"snapshot", "", &bulkhead::cli::runSnapshot},
    {"report", "", &bulkhead::cli::runReport},
    {"secrets", "", &bulkhead::cli::runSecrets},
    {"review", "", &bulkhead::cli::runReview},
};

QCoreApplication* createApplication(int* argc, char** argv)
{
    return bulkhead::cli::createApplication(*argc, argv).release();
}

int run(const char* name, const QStringList* args)
{
    for (const Command& c : kModuleCommands) {
        if (std::strcmp(c.name, name) == 0) {
            try {
                return c.run(*args);
            } catch (...) {
                return bulkhead::cli::ExitCannotRun; // nothing may unwind into the executable
            }
        }
    }
    return -1;
}

const BulkheadCommandsModule kTable = {
    bulkhead::cli::commandsmodule::kAbi,
    sizeof(BulkheadCommandsModule),
    BULKHEAD_VERSION,
    bulkhead::cli::commandsmodule::layoutFingerprint(),
    &createApplication,
    &run,
};

} // namespace

extern "C" Q_DECL_EXPORT const BulkheadCommandsModule* bulkhead_commands_module()
{
    return &kTable;
}
