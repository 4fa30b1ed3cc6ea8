// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/pdfloader.h"

#include "app/cli/moduleloader.h"

#include <QCoreApplication>

#ifndef BULKHEAD_PDF_MODULE_FILE
#error "BULKHEAD_PDF_MODULE_FILE (the module's file name) is set by app/CMakeLists.txt"
#endif
#ifndef BULKHEAD_PDF_MODULE_RELDIR
#error "BULKHEAD_PDF_MODULE_RELDIR (the module's folder relative to the executable's) is set by app/CMakeLists.txt"
#endif

namespace bulkhead::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("bulkhead::cli::PdfModule", text);
}

QString reinstallHint()
{
    return tr("reinstall Bulkhead so that bulkhead-cli and its PDF module come from the same build, or write "
              "--format html");
}

modules::ModuleKind pdfKind()
{
    return {tr("PDF module"),
            QStringLiteral(BULKHEAD_PDF_MODULE_FILE),
            QStringLiteral(BULKHEAD_PDF_MODULE_RELDIR),
            reinstallHint(),
            tr("PDF output needs the module %1, which is not installed (looked for %2)"),
            tr("install the complete Bulkhead package, or write --format html"),
            tr("the module needs Qt 6 Gui (Debian: libqt6gui6) and must come from the same Bulkhead build as "
               "bulkhead-cli; or write --format html")};
}

util::Result<const BulkheadPdfModule*> findAndLoad()
{
    const modules::ModuleKind kind = pdfKind();
    QString path;
    const util::Result<void*> symbol = modules::openEntryPoint(kind, pdfmodule::kEntryPoint, &path);
    if (!symbol.ok()) {
        return symbol.error();
    }
    const BulkheadPdfModule* table = modules::asEntry<BulkheadPdfModuleEntry>(*symbol)();
    if (auto refused =
            modules::checkTable(kind, path, table, pdfmodule::kAbi, pdfmodule::layoutFingerprint(), BULKHEAD_VERSION)) {
        return *refused;
    }
    if (table->createApplication == nullptr || table->render == nullptr) {
        return util::Error(tr("the PDF module %1 is incomplete").arg(path), reinstallHint());
    }
    return table;
}

} // namespace

QStringList pdfModuleCandidates(const QString& exeDir)
{
    return modules::candidates(
        exeDir, QStringLiteral(BULKHEAD_PDF_MODULE_FILE), QStringLiteral(BULKHEAD_PDF_MODULE_RELDIR));
}

util::Result<const BulkheadPdfModule*> loadPdfModule()
{
    static const util::Result<const BulkheadPdfModule*> loaded = findAndLoad();
    return loaded;
}

} // namespace bulkhead::cli
