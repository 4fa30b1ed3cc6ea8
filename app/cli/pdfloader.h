// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Finds, checks and loads the PDF module (app/cli/pdfmodule.h) for `report --format pdf`, with the rules of
// app/cli/moduleloader.h: only from beside the executable or the install layout (<bindir>/BULKHEAD_PDF_MODULE_RELDIR),
// never from the current directory or the environment; a misplaced, world-writable or stale module is refused with a
// message that says so. The module is loaded once and never unloaded.

#include "app/cli/pdfmodule.h"
#include "core/util/result.h"

#include <QString>
#include <QStringList>

namespace bulkhead::cli {

// The places the module is looked for, in order, for an executable in `exeDir`.
QStringList pdfModuleCandidates(const QString& exeDir);

// The loaded, checked module, or why there is none (with a hint). Loads on the first call; later calls return the
// same result.
util::Result<const BulkheadPdfModule*> loadPdfModule();

} // namespace bulkhead::cli
