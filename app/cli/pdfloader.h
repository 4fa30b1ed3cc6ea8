// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Finds, checks and loads the PDF module (app/cli/pdfmodule.h) for `report --format pdf`.
//
// The module is looked for only relative to the running executable (/proc/self/exe), never in the current
// directory, PATH, LD_LIBRARY_PATH or another variable: a security tool must not load a library someone planted.
//   1. beside the executable (the build tree: build/app/bulkhead-cli next to build/app/bulkhead-pdf.so);
//   2. the install layout, <bindir>/BULKHEAD_PDF_MODULE_RELDIR (e.g. ../lib/x86_64-linux-gnu/bulkhead).
// A candidate that exists but is writable by others, sits in a folder anyone can write to (without the sticky bit) or
// belongs to another user than root or us is refused, not skipped. A module of another version, ABI or layout is
// refused with a message that says so. The module is loaded once and never unloaded.

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
