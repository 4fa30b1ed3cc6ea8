// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace bulkhead::model {

// Ordered: a larger value is worse.
enum class Severity
{
    Info = 0,
    Low,
    Medium,
    High,
    Critical,
};

QString severityName(Severity s);                           // "critical", "high", ... (stable, for files)
QString severityLabel(Severity s);                          // translated, for people
std::optional<Severity> severityFromName(QStringView name); // accepts our names and hadolint's
double securitySeverityScore(Severity s);                   // SARIF/GitHub "security-severity" (0.0-10.0)
QString sarifLevel(Severity s);                             // "error" / "warning" / "note"

} // namespace bulkhead::model
