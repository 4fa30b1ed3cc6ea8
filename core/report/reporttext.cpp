// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/reporttext.h"

#include <QLocale>

namespace bulkhead::report {

QString formatTime(const QDateTime& t)
{
    if (!t.isValid()) {
        return Report::tr("unknown");
    }
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

QString formatBytes(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString shortId(QStringView id)
{
    if (id.startsWith(u"sha256:")) {
        id = id.mid(7);
    }
    return id.left(12).toString();
}

QString reviewLabel(QStringView decision)
{
    if (decision == u"accepted-risk") {
        return Report::tr("Accepted risk");
    }
    if (decision == u"false-positive") {
        return Report::tr("False positive");
    }
    if (decision == u"will-fix") {
        return Report::tr("Will fix");
    }
    if (decision == u"fixed") {
        return Report::tr("Fixed");
    }
    if (decision == u"open") {
        return Report::tr("Open");
    }
    return decision.toString();
}

QString targetLabel(const model::Finding& f)
{
    const QString name = f.targetName.isEmpty() ? f.targetId : f.targetName;
    switch (f.targetKind) {
    case model::TargetKind::Container:
        return Report::tr("container %1").arg(name);
    case model::TargetKind::Image:
        return Report::tr("image %1").arg(name);
    case model::TargetKind::Daemon:
        return Report::tr("daemon");
    case model::TargetKind::Host:
        return Report::tr("host");
    case model::TargetKind::Dockerfile:
    case model::TargetKind::File: {
        const QString file = f.location.file.isEmpty() ? name : f.location.file;
        return f.location.line > 0 ? QStringLiteral("%1:%2").arg(file).arg(f.location.line) : file;
    }
    }
    return name;
}

QString sectionTitle(QStringView id)
{
    if (id == u"summary") {
        return Report::tr("Executive summary");
    }
    if (id == u"host") {
        return Report::tr("Host and daemon");
    }
    if (id == u"containers") {
        return Report::tr("Containers");
    }
    if (id == u"images") {
        return Report::tr("Images");
    }
    if (id == u"dockerfiles") {
        return Report::tr("Dockerfiles and files");
    }
    if (id == u"reviews") {
        return Report::tr("Review decisions");
    }
    if (id == u"rules") {
        return Report::tr("Appendix: rules that ran");
    }
    return id.toString();
}

QStringList ruleReferences(const RuleRef& r)
{
    QStringList out;
    if (!r.cis.isEmpty()) {
        out << Report::tr("CIS Docker Benchmark %1").arg(r.cis);
    }
    if (!r.owasp.isEmpty()) {
        out << Report::tr("OWASP Docker Cheat Sheet %1").arg(r.owasp);
    }
    if (!r.nist.isEmpty()) {
        out << Report::tr("NIST SP 800-190 %1").arg(r.nist);
    }
    for (const QString& a : r.aliases) {
        out << a;
    }
    return out;
}

} // namespace bulkhead::report
