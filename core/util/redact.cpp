// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/redact.h"

#include <algorithm>
#include <cstddef>
#include <iterator>

namespace bulkhead::util {

QString redactSecret(QStringView value)
{
    const qsizetype length = value.size();
    const qsizetype prefix = length >= 16 ? std::min<qsizetype>(4, length / 4) : 0;
    // prefix + "…[<length> chars]" in one allocation: the QString::arg(qsizetype) this was written with (C locale,
    // base 10, no field width: plain decimal digits) cost ~1,800 instructions a value, more than the rule that asked.
    char16_t digits[24];
    char16_t* const digitsEnd = digits + std::size(digits);
    char16_t* d = digitsEnd;
    for (std::size_t rest = std::size_t(length);;) { // a size is never negative
        *--d = char16_t(u'0' + rest % 10);
        rest /= 10;
        if (rest == 0) {
            break;
        }
    }
    static constexpr char16_t kOpen[] = u"\u2026[";
    static constexpr char16_t kClose[] = u" chars]";
    constexpr qsizetype openSize = qsizetype(std::size(kOpen)) - 1;
    constexpr qsizetype closeSize = qsizetype(std::size(kClose)) - 1;
    const qsizetype digitCount = digitsEnd - d;
    QString out(prefix + openSize + digitCount + closeSize, Qt::Uninitialized);
    char16_t* p = reinterpret_cast<char16_t*>(out.data());
    p = std::copy_n(value.utf16(), prefix, p);
    p = std::copy_n(kOpen, openSize, p);
    p = std::copy_n(d, digitCount, p);
    std::copy_n(kClose, closeSize, p);
    return out;
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
