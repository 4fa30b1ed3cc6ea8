// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The interface between bulkhead-cli and its PDF module (bulkhead-pdf.so, built from app/cli/pdfmodule.cpp).
//
// The PDF writer needs Qt Gui (QPdfWriter, QTextDocument, fonts) and with it X11/GL/fontconfig/harfbuzz/ICU...;
// Debian's Qt is linked with BIND_NOW, so merely linking Gui costs every command ~4 ms at start-up. bulkhead-cli
// therefore does not link Gui: `report --format pdf` loads this module at run time (app/cli/pdfloader.h), and only
// from beside the executable or from the install layout, never from a path the environment or the current
// directory chooses.
//
// The module exports one C function, bulkhead_pdf_module(), returning a table. The table passes C++ objects
// (ReportModel, QByteArray, QString) by pointer, so both sides must agree on their layout: the loader refuses a
// module whose ABI number, table size, version or layout fingerprint differ from its own.

#include "app/cli/modulelayout.h"
#include "core/report/report.h"

#include <cstddef>
#include <cstdint>

class QByteArray;
class QCoreApplication;
class QString;

namespace bulkhead::cli::pdfmodule {

// Bump when the table, or what its functions expect, changes.
inline constexpr std::uint32_t kAbi = 1;

// The name of the exported function.
inline constexpr const char* kEntryPoint = "bulkhead_pdf_module";

// The layout fingerprint (app/cli/modulelayout.h) of every type the render call reads.
constexpr std::uint64_t layoutFingerprint()
{
    return modules::layoutOf({sizeof(report::ReportModel),
                              sizeof(report::ReportMeta),
                              sizeof(report::ReportSummary),
                              sizeof(report::ContainerSection),
                              sizeof(report::ImageSection),
                              sizeof(report::DockerfileSection),
                              sizeof(report::ReportFinding),
                              sizeof(report::RuleRef),
                              sizeof(report::TopRisk),
                              sizeof(report::CountBy),
                              sizeof(report::ReviewDecision),
                              sizeof(report::Scope),
                              sizeof(model::Finding),
                              sizeof(model::Location),
                              sizeof(rules::RiskScore),
                              sizeof(rules::ScoreTerm),
                              sizeof(QString),
                              sizeof(QByteArray),
                              sizeof(QStringList),
                              sizeof(QDateTime),
                              sizeof(std::vector<int>),
                              sizeof(std::optional<report::ReviewDecision>)});
}

} // namespace bulkhead::cli::pdfmodule

extern "C" {

// The module's table. `abi` and `tableSize` come first and stay first in every ABI, so any loader can read them.
struct BulkheadPdfModule
{
    std::uint32_t abi;       // pdfmodule::kAbi of the module's build
    std::uint32_t tableSize; // sizeof(BulkheadPdfModule) of the module's build
    const char* version;     // BULKHEAD_VERSION of the module's build
    std::uint64_t layout;    // pdfmodule::layoutFingerprint() of the module's build

    // Creates the application object the PDF writer needs: a QGuiApplication, on the offscreen platform unless
    // QT_QPA_PLATFORM is set. The caller owns it (delete through QCoreApplication's virtual destructor) and must not
    // unload the module while it lives. argc/argv as for QCoreApplication: they must outlive the object.
    QCoreApplication* (*createApplication)(int* argc, char** argv);

    // Renders the report. On success writes the PDF to *pdf and returns true; on failure writes the error's message
    // and hint to *message and *hint and returns false. Never throws.
    bool (*render)(const bulkhead::report::ReportModel* model, QByteArray* pdf, QString* message, QString* hint);
};

using BulkheadPdfModuleEntry = const BulkheadPdfModule* (*)();

} // extern "C"
