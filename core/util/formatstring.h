// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A QString whose arg() gives exactly QString::arg()'s result, faster for the common shape of a message.
//
// QString::arg() costs ~750 instructions for a short message: it scans the format for escapes the general way
// (%L1, %12, Unicode digits, field widths) and builds the result in two passes. A lint of 1,000 Dockerfiles formats
// ~7,000 messages, 5 % of the run. FormatString::arg() handles the plain shape itself: one-digit escapes %1..%9, string
// or integer arguments, no field width. Any other format or call (%L1, %10, %0, a Unicode digit around an escape, a
// missing argument, a field width, a double, a QChar) is QString::arg() itself, warnings included. tst_util compares
// both on generated formats and arguments.
//
// Only the result type differs: a FormatString is a QString (no members of its own), so it converts, slices and
// compares as one; arg() returns a FormatString so that chains (`tr("%1 in %2").arg(a).arg(b)`) stay on the fast path.

#include <QString>

#include <concepts>
#include <cstddef>
#include <iterator>
#include <type_traits>
#include <utility>

namespace bulkhead::util {

class FormatString : public QString
{
public:
    FormatString() = default;
    FormatString(QString s) noexcept : QString(std::move(s)) {}

    // `format` as a FormatString whose escapes are remembered (per thread, for a bounded number of formats): arg() on
    // it, or on any copy sharing its characters, finds them without reading the text. For translated messages, which
    // translateCached() keeps: the string returned owns its characters (a copy when `format` does not), and the
    // memory of a format stays with the string, so a format that is gone can leave nothing behind to be mistaken
    // for it. A format that does not fit (long, many escapes) comes back as it is.
    static FormatString remembered(const QString& format);

    template<typename... Args> FormatString arg(Args&&... args) const
    {
        if constexpr (sizeof...(Args) >= 1 && (isText<Args> && ...)) {
            const QStringView views[] = {QStringView(args)...};
            if (FormatString out; substituteFast(views, sizeof...(Args), out)) {
                return out;
            }
            return FormatString(QString::arg(std::forward<Args>(args)...));
        } else if constexpr (sizeof...(Args) == 1 && (isInteger<Args> && ...)) {
            return substituteInteger(args...);
        } else {
            return FormatString(QString::arg(std::forward<Args>(args)...));
        }
    }

private:
    template<typename T>
    static constexpr bool isText = std::is_convertible_v<T, QStringView> && !std::is_same_v<std::decay_t<T>, QChar>;
    template<typename T>
    static constexpr bool isInteger =
        std::integral<std::remove_cvref_t<T>> && !std::is_same_v<std::remove_cvref_t<T>, bool> &&
        !std::is_same_v<std::remove_cvref_t<T>, char> && !std::is_same_v<std::remove_cvref_t<T>, signed char> &&
        !std::is_same_v<std::remove_cvref_t<T>, unsigned char> && !std::is_same_v<std::remove_cvref_t<T>, char8_t> &&
        !std::is_same_v<std::remove_cvref_t<T>, char16_t> && !std::is_same_v<std::remove_cvref_t<T>, char32_t> &&
        !std::is_same_v<std::remove_cvref_t<T>, wchar_t>;

    template<typename T> FormatString substituteInteger(T value) const
    {
        // Decimal, '-' for negatives: what QString::arg(integer) writes for a plain escape (C locale, base 10).
        char16_t digits[24];
        char16_t* end = digits + std::size(digits);
        char16_t* p = end;
        using U = std::make_unsigned_t<T>;
        const bool negative = value < 0;
        U magnitude = negative ? U(U(0) - U(value)) : U(value);
        do {
            *--p = char16_t(u'0' + magnitude % 10);
            magnitude /= 10;
        } while (magnitude != 0);
        if (negative) {
            *--p = u'-';
        }
        const QStringView text(p, end - p);
        if (FormatString out; substituteFast(&text, 1, out)) {
            return out;
        }
        return FormatString(QString::arg(value));
    }

    // True and `out` set when the format is of the plain shape and names at least `count` escapes.
    bool substituteFast(const QStringView* args, std::size_t count, FormatString& out) const;
};

} // namespace bulkhead::util
