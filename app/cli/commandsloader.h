// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Finds, checks and loads the commands module (app/cli/commandsmodule.h) for every command but `lint`, with the
// rules of app/cli/moduleloader.h: only from beside the executable or the install layout
// (<bindir>/BULKHEAD_COMMANDS_MODULE_RELDIR), never from the current directory or the environment; a module that is
// misplaced, writable by others, or from another build is refused with a message that says so.

#include "app/cli/commandsmodule.h"
#include "core/util/result.h"

namespace bulkhead::cli {

// The loaded, checked module, or why there is none (with a hint). Loads on the first call; later calls return the
// same result.
util::Result<const BulkheadCommandsModule*> loadCommandsModule();

} // namespace bulkhead::cli
