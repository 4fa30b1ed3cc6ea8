// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/severity.h"

#include <QCoreApplication>

namespace bulkhead::model {

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Low:
        return QStringLiteral("low");
    case Severity::Medium:
        return QStringLiteral("medium");
    case Severity::High:
        return QStringLiteral("high");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return QStringLiteral("info");
}

QString severityLabel(Severity s)
{
    switch (s) {
    case Severity::Info:
        return QCoreApplication::translate("Severity", "Info");
    case Severity::Low:
        return QCoreApplication::translate("Severity", "Low");
    case Severity::Medium:
        return QCoreApplication::translate("Severity", "Medium");
    case Severity::High:
        return QCoreApplication::translate("Severity", "High");
    case Severity::Critical:
        return QCoreApplication::translate("Severity", "Critical");
    }
    return {};
}

std::optional<Severity> severityFromName(QStringView name)
{
    const QString n = name.trimmed().toString().toLower();
    if (n == u"info" || n == u"style" || n == u"note") {
        return Severity::Info;
    }
    if (n == u"low") {
        return Severity::Low;
    }
    if (n == u"medium" || n == u"warning" || n == u"moderate") {
        return Severity::Medium;
    }
    if (n == u"high" || n == u"error") {
        return Severity::High;
    }
    if (n == u"critical") {
        return Severity::Critical;
    }
    return std::nullopt;
}

double securitySeverityScore(Severity s)
{
    switch (s) {
    case Severity::Info:
        return 0.0;
    case Severity::Low:
        return 2.0;
    case Severity::Medium:
        return 5.5;
    case Severity::High:
        return 8.0;
    case Severity::Critical:
        return 9.5;
    }
    return 0.0;
}

QString sarifLevel(Severity s)
{
    switch (s) {
    case Severity::Critical:
    case Severity::High:
        return QStringLiteral("error");
    case Severity::Medium:
        return QStringLiteral("warning");
    case Severity::Low:
    case Severity::Info:
        return QStringLiteral("note");
    }
    return QStringLiteral("note");
}

} // namespace bulkhead::model
