// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/finding.h"

#include <QCoreApplication>

namespace bulkhead::model {

QString targetKindName(TargetKind k)
{
    switch (k) {
    case TargetKind::Container:
        return QStringLiteral("container");
    case TargetKind::Image:
        return QStringLiteral("image");
    case TargetKind::Daemon:
        return QStringLiteral("daemon");
    case TargetKind::Host:
        return QStringLiteral("host");
    case TargetKind::Dockerfile:
        return QStringLiteral("dockerfile");
    case TargetKind::File:
        return QStringLiteral("file");
    }
    return {};
}

QString categoryName(Category c)
{
    switch (c) {
    case Category::Privileges:
        return QStringLiteral("privileges");
    case Category::Mounts:
        return QStringLiteral("mounts");
    case Category::Limits:
        return QStringLiteral("limits");
    case Category::Network:
        return QStringLiteral("network");
    case Category::Image:
        return QStringLiteral("image");
    case Category::Secrets:
        return QStringLiteral("secrets");
    case Category::Daemon:
        return QStringLiteral("daemon");
    case Category::Host:
        return QStringLiteral("host");
    case Category::Dockerfile:
        return QStringLiteral("dockerfile");
    case Category::BuildContext:
        return QStringLiteral("build-context");
    }
    return {};
}

QString categoryLabel(Category c)
{
    switch (c) {
    case Category::Privileges:
        return QCoreApplication::translate("Category", "Privileges");
    case Category::Mounts:
        return QCoreApplication::translate("Category", "Mounts");
    case Category::Limits:
        return QCoreApplication::translate("Category", "Resource limits");
    case Category::Network:
        return QCoreApplication::translate("Category", "Network exposure");
    case Category::Image:
        return QCoreApplication::translate("Category", "Image");
    case Category::Secrets:
        return QCoreApplication::translate("Category", "Secrets");
    case Category::Daemon:
        return QCoreApplication::translate("Category", "Daemon");
    case Category::Host:
        return QCoreApplication::translate("Category", "Host");
    case Category::Dockerfile:
        return QCoreApplication::translate("Category", "Dockerfile");
    case Category::BuildContext:
        return QCoreApplication::translate("Category", "Build context");
    }
    return {};
}

QStringList ruleAliases(const RuleInfo& r)
{
    QStringList out;
    if (r.aliases == nullptr) {
        return out;
    }
    for (const QString& a : QString::fromUtf8(r.aliases).split(u',', Qt::SkipEmptyParts)) {
        out << a.trimmed();
    }
    return out;
}

} // namespace bulkhead::model
