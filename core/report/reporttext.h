// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the report writers: the translation context and the texts every format shares, so the HTML and the
// PDF name their sections the same way.

#include "core/report/report.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace bulkhead::report {

// Translation context "Report" for the writers (not a QObject).
class Report
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QString formatTime(const QDateTime& t);       // "2026-11-29 06:45 UTC", or "unknown"
QString formatBytes(qint64 bytes);            // "12.3 MB"
QString shortId(QStringView id);              // 12 hex characters, without "sha256:"
QString reviewLabel(QStringView decision);    // translated label of a review decision id
QString targetLabel(const model::Finding& f); // "container web", "image nginx:1.25", "Dockerfile:12"

// Section titles, in report order (cover, summary, host, containers, images, Dockerfiles, reviews, rules).
QString sectionTitle(QStringView id);
inline const QStringList& sectionIds()
{
    static const QStringList ids{QStringLiteral("summary"),
                                 QStringLiteral("host"),
                                 QStringLiteral("containers"),
                                 QStringLiteral("images"),
                                 QStringLiteral("dockerfiles"),
                                 QStringLiteral("reviews"),
                                 QStringLiteral("rules")};
    return ids;
}

// The references of a rule as "CIS 5.4", "OWASP RULE #3", "NIST 4.4.3" and aliases.
QStringList ruleReferences(const RuleRef& r);

} // namespace bulkhead::report
