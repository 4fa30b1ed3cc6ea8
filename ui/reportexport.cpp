// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reportexport.h"

#include "core/report/pdf/pdfwriter.h"
#include "core/util/atomicfile.h"

#include <QCoreApplication>

namespace bulkhead::ui {

util::Result<ExportSummary> exportReport(const ScanData& scan,
                                         const ExportRequest& request,
                                         const std::function<void(int, int, const QString&)>& progress,
                                         const std::atomic_bool* cancel)
{
    constexpr int kSteps = 3;
    auto cancelled = [cancel] { return cancel && cancel->load(); };
    auto step = [&](int i, const QString& what) {
        if (progress)
            progress(i, kSteps, what);
    };
    if (request.path.isEmpty())
        return util::Error(ReportExportJob::tr("No output file chosen."));

    step(0, ReportExportJob::tr("Building the report…"));
    report::ReportOptions options;
    options.scope = request.scope;
    options.title = request.title;
    options.lintFindings = request.lintFindings;
    options.reviews = request.reviews;
    options.toolVersion = QCoreApplication::applicationVersion();
    report::ReportModel model;
    if (request.layerFindings.empty()) {
        model = report::buildReport(scan.inventory, scan.result, options);
    } else {
        // Layer scans add image findings the collection could not see; the report puts them in the image sections.
        rules::ScanResult merged = scan.result;
        merged.findings.insert(merged.findings.end(), request.layerFindings.begin(), request.layerFindings.end());
        model = report::buildReport(scan.inventory, merged, options);
    }
    if (request.scope.kind != report::Scope::Kind::All && model.containers.empty())
        return util::Error(ReportExportJob::tr("No container in the scan matches the chosen scope."),
                           ReportExportJob::tr("Choose other containers, or export all of them."));
    if (cancelled())
        return util::Error(ReportExportJob::tr("Export cancelled."));

    step(1, ReportExportJob::tr("Writing %1…").arg(report::formatName(request.format).toUpper()));
    QByteArray bytes;
    switch (request.format) {
    case report::Format::Html:
        bytes = report::writeHtml(model);
        break;
    case report::Format::Json:
        bytes = report::writeJson(model);
        break;
    case report::Format::Sarif:
        bytes = report::writeSarif(model);
        break;
    case report::Format::Pdf: {
        auto pdf = report::renderPdf(model);
        if (!pdf)
            return pdf.error();
        bytes = std::move(pdf.value());
        break;
    }
    }
    if (cancelled())
        return util::Error(ReportExportJob::tr("Export cancelled."));

    step(2, ReportExportJob::tr("Saving the file…"));
    // Reports name hosts, containers and configuration: readable by the user only, never half-written.
    if (auto written = util::writeFileAtomically(request.path, bytes, true); !written)
        return written.error();
    ExportSummary summary;
    summary.path = request.path;
    summary.bytes = bytes.size();
    summary.containers = int(model.containers.size());
    summary.findings = model.summary.totalFindings;
    step(3, ReportExportJob::tr("Done."));
    return summary;
}

ReportExportJob::ReportExportJob(QObject* parent) : QObject(parent) {}

ReportExportJob::~ReportExportJob()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

bool ReportExportJob::start(ScanDataPtr scan, ExportRequest request)
{
    if (m_thread || !scan)
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    QPointer<ReportExportJob> self = this;
    auto cancel = m_cancel;
    m_thread = QThread::create([self, scan, request = std::move(request), cancel] {
        auto report = [self](int step, int steps, const QString& what) {
            QMetaObject::invokeMethod(
                self, [self, step, steps, what] { emit self->progress(step, steps, what); }, Qt::QueuedConnection);
        };
        const auto r = exportReport(*scan, request, report, cancel.get());
        const bool ok = r.ok();
        const QString path = ok ? r->path : QString();
        const QString message =
            ok ? tr("Report written: %1 (%n finding(s)).", nullptr, r->findings).arg(r->path) : r.error().text();
        QMetaObject::invokeMethod(
            self,
            [self, ok, path, message] {
                if (self->m_thread) {
                    self->m_thread->wait();
                    self->m_thread->deleteLater();
                    self->m_thread = nullptr;
                }
                emit self->finished(ok, path, message);
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("bulkhead-export"));
    m_thread->start();
    return true;
}

void ReportExportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace bulkhead::ui
