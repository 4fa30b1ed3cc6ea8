// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/redact.h"

namespace bulkhead::util {

QString redactSecret(QStringView value)
{
    const qsizetype length = value.size();
    const qsizetype prefix = length >= 16 ? std::min<qsizetype>(4, length / 4) : 0;
    return value.left(prefix).toString() + QStringLiteral("…[%1 chars]").arg(length);
}

QString redactSecret(std::string_view utf8)
{
    return redactSecret(QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size())));
}

QString redactAssignment(QStringView assignment)
{
    const qsizetype eq = assignment.indexOf(u'=');
    if (eq < 0) {
        return assignment.toString();
    }
    return assignment.left(eq + 1).toString() + redactSecret(assignment.mid(eq + 1));
}

} // namespace bulkhead::util
