// SPDX-License-Identifier: GPL-3.0-or-later
// bulkhead-pdf.so: the PDF writer (core/report/pdf) behind the table of app/cli/pdfmodule.h, loaded by bulkhead-cli
// only for `report --format pdf`, so that no other command pays for loading Qt Gui. Built as a MODULE with hidden
// symbols: the entry point is its only export.
#include "app/cli/pdfmodule.h"

#include "core/report/pdf/pdfwriter.h"

#include <QGuiApplication>
#include <QtGlobal>

#include <exception>

namespace {

QCoreApplication* createApplication(int* argc, char** argv)
{
    // Headless by default, so `report` runs over ssh, in CI and in cron; a user who sets QT_QPA_PLATFORM keeps it.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    return new QGuiApplication(*argc, argv);
}

bool render(const bulkhead::report::ReportModel* model, QByteArray* pdf, QString* message, QString* hint)
{
    try {
        auto bytes = bulkhead::report::renderPdf(*model);
        if (!bytes.ok()) {
            *message = bytes.error().message;
            *hint = bytes.error().hint;
            return false;
        }
        *pdf = std::move(*bytes);
        return true;
    } catch (const std::exception& e) {
        // An exception must not cross into the loader (different builds may disagree on how to unwind).
        *message = QStringLiteral("the PDF writer failed: %1").arg(QString::fromLocal8Bit(e.what()));
        hint->clear();
        return false;
    }
}

const BulkheadPdfModule kModule = {
    bulkhead::cli::pdfmodule::kAbi,
    sizeof(BulkheadPdfModule),
    BULKHEAD_VERSION,
    bulkhead::cli::pdfmodule::layoutFingerprint(),
    &createApplication,
    &render,
};

} // namespace

extern "C" Q_DECL_EXPORT const BulkheadPdfModule* bulkhead_pdf_module()
{
    return &kModule;
}
