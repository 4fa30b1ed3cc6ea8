// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The PDF writer: the same content as the HTML report, paginated, with a cover, a table of contents, vector charts,
// page headers/footers (host, date, page x of y) and tables whose rows never split across pages. Needs Qt Gui (a
// QGuiApplication, which works headless with QT_QPA_PLATFORM=offscreen); nothing else in core links Gui.

#include "core/report/report.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QString>

namespace bulkhead::report {

// Renders the report to PDF bytes. Requires a QGuiApplication (fonts); returns an error without one.
util::Result<QByteArray> renderPdf(const ReportModel& model);

// Renders and writes the file atomically (0600: reports can name sensitive configuration).
util::Result<void> writePdf(const ReportModel& model, const QString& path);

} // namespace bulkhead::report
