// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/report.h"
#include "core/util/result.h"
#include "ui/scandata.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace bulkhead::ui {

// What the export dialog asks for: one report of the shown scan, in one format, for a scope, to one file.
struct ExportRequest
{
    report::Format format = report::Format::Html;
    report::Scope scope;
    QString path;
    QString title;                 // empty: the report's default title
    model::Findings lintFindings;  // the Dockerfile of the lint view, when the user includes it
    model::Findings layerFindings; // secrets found by "Scan layers" (image findings), merged into the image sections
    std::vector<report::ReviewDecision> reviews; // the open review's decisions (File > Open review…)
};

struct ExportSummary
{
    QString path;
    qint64 bytes = 0;
    int containers = 0;
    int findings = 0;
};

// Builds the report model, renders it and writes the file atomically (0600). Pure work on the calling thread: the
// dialog runs it on a worker (ReportExportJob). `progress(step, steps, what)` is called before each step; a set
// `cancel` stops between steps and nothing is written.
util::Result<ExportSummary> exportReport(const ScanData& scan,
                                         const ExportRequest& request,
                                         const std::function<void(int, int, const QString&)>& progress = {},
                                         const std::atomic_bool* cancel = nullptr);

// Runs exportReport() on its own thread and reports back on the GUI thread. One export per job.
class ReportExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportExportJob)

public:
    explicit ReportExportJob(QObject* parent = nullptr);
    ~ReportExportJob() override; // cancels and waits

    bool start(ScanDataPtr scan, ExportRequest request); // false while one is running
    void cancel();
    bool running() const { return m_thread != nullptr; }

signals:
    void progress(int step, int steps, const QString& what);
    void finished(bool ok, const QString& path, const QString& message);

private:
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace bulkhead::ui
