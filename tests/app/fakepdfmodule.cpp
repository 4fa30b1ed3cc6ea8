// SPDX-License-Identifier: GPL-3.0-or-later
// Wrong PDF modules for tst_cli_pdfmodule: each build differs from the real one (app/cli/pdfmodule.cpp) in one
// respect (FAKE_VERSION, FAKE_ABI, FAKE_LAYOUT) or exports no entry point (FAKE_NO_ENTRY). bulkhead-cli must refuse
// every one with a message; its functions abort, so a loader that accepted one would crash the test's run.
#include "app/cli/pdfmodule.h"

#include <QtGlobal>

#include <cstdlib>

#ifndef FAKE_NO_ENTRY

namespace {

QCoreApplication* createApplication(int* /*argc*/, char** /*argv*/)
{
    std::abort();
}

bool render(const bulkhead::report::ReportModel* /*model*/,
            QByteArray* /*pdf*/,
            QString* /*message*/,
            QString* /*hint*/)
{
    std::abort();
}

#ifndef FAKE_VERSION
#define FAKE_VERSION BULKHEAD_VERSION
#endif
#ifndef FAKE_ABI
#define FAKE_ABI bulkhead::cli::pdfmodule::kAbi
#endif
#ifndef FAKE_LAYOUT
#define FAKE_LAYOUT bulkhead::cli::pdfmodule::layoutFingerprint()
#endif

const BulkheadPdfModule kModule = {
    FAKE_ABI,
    sizeof(BulkheadPdfModule),
    FAKE_VERSION,
    FAKE_LAYOUT,
    &createApplication,
    &render,
};

} // namespace

extern "C" Q_DECL_EXPORT const BulkheadPdfModule* bulkhead_pdf_module()
{
    return &kModule;
}

#else

extern "C" Q_DECL_EXPORT int bulkhead_something_else()
{
    return 0;
}

#endif
