// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/severity.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace bulkhead::ui {

// Severity and grade colours. Each is used as a background with textOn() as the foreground, which keeps a contrast
// ratio of at least 4.5:1 (WCAG AA) in light and dark palettes alike.
QColor severityColor(model::Severity s);
QColor gradeColor(const QString& grade); // "A" .. "F"
QColor textOn(const QColor& background);
double contrastRatio(const QColor& a, const QColor& b);
QIcon severityIcon(model::Severity s);
QIcon appIcon(const QString& name); // ":/icons/<name>.svg"
bool isDarkPalette();

} // namespace bulkhead::ui
