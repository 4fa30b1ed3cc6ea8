// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/formatstring.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace bulkhead::util {

namespace {

// Index of the first '%' in s[from, n), or n. Eight characters per step: QStringView::indexOf() of a QChar is a plain
// loop in Qt 6.4's header, and messages are scanned whole.
qsizetype findPercent(const char16_t* s, qsizetype from, qsizetype n)
{
    qsizetype i = from;
#if defined(__SSE2__)
    const __m128i percent = _mm_set1_epi16(u'%');
    for (; i + 8 <= n; i += 8) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
        const int mask = _mm_movemask_epi8(_mm_cmpeq_epi16(chunk, percent));
        if (mask != 0) {
            return i + __builtin_ctz(unsigned(mask)) / 2;
        }
    }
#endif
    for (; i < n; ++i) {
        if (s[i] == u'%') {
            return i;
        }
    }
    return n;
}

// One '%' escape of the plain shape.
struct Escape
{
    qsizetype at; // of the '%'
    int number;   // 1..9
};

// Messages hold one to three escapes: a fixed array, and the general way for a format with more than it holds.
constexpr int kMaxEscapes = 16;

// The plain-shape escapes of s[0, n) into `escapes` (count and the numbers used as bits), or false when the format is
// not of the plain shape (QString::arg() then does it).
bool readEscapes(const char16_t* s, qsizetype n, Escape (&escapes)[kMaxEscapes], int& count, unsigned& used)
{
    count = 0;
    used = 0; // bit k: escape %k occurs
    const auto isAsciiDigit = [](char16_t c) { return c >= u'0' && c <= u'9'; };
    for (qsizetype i = findPercent(s, 0, n); i < n; i = findPercent(s, i + 1, n)) {
        if (i + 1 >= n) {
            break; // a last '%' is text
        }
        const char16_t c = s[i + 1];
        if (c >= u'1' && c <= u'9') {
            // Two digits (%12) or what QChar::digitValue() might read as one (a non-ASCII digit): the general way.
            if (i + 2 < n && (isAsciiDigit(s[i + 2]) || s[i + 2] >= 0x80)) {
                return false;
            }
            if (count == kMaxEscapes) {
                return false;
            }
            escapes[count++] = {i, int(c - u'0')};
            used |= 1u << (c - u'0');
        } else if (c == u'0' || c == u'L' || c >= 0x80) {
            return false; // %0, a locale escape, or maybe a Unicode digit
        }
        // Any other character after '%': both are text, and the search goes on from that character (which may be
        // the '%' of an escape, as in "%%1").
    }
    return true;
}

// Remembered formats (FormatString::remembered()), direct-mapped by the address of their characters. An entry keeps a
// reference to its characters: while it does, that memory holds this text and nothing else (a shared string is
// copied before it is changed, and the memory is not freed), so the same address and length are the same text.
struct Shape
{
    QString keep;
    const char16_t* data = nullptr;
    qsizetype size = 0;
    unsigned used = 0;
    int count = 0;
    Escape escapes[kMaxEscapes];
};

constexpr std::size_t kShapes = 256;

std::size_t shapeSlot(const char16_t* data)
{
    return (reinterpret_cast<std::uintptr_t>(data) >> 4) % kShapes;
}

std::array<Shape, kShapes>& shapes()
{
    thread_local std::array<Shape, kShapes> table;
    return table;
}

} // namespace

FormatString FormatString::remembered(const QString& format)
{
    // Always a copy of the characters, owned here: a string made with QString::fromRawData() would not keep its
    // memory, and a copy is made once per message.
    if (format.isEmpty()) {
        return FormatString(format); // every empty string may share one address: nothing to remember it by
    }
    QString owned(format.constData(), format.size());
    const char16_t* data = reinterpret_cast<const char16_t*>(owned.constData());
    Escape escapes[kMaxEscapes];
    int count = 0;
    unsigned used = 0;
    if (!readEscapes(data, owned.size(), escapes, count, used)) {
        return FormatString(std::move(owned));
    }
    Shape& shape = shapes()[shapeSlot(data)];
    shape.keep = owned;
    shape.data = data;
    shape.size = owned.size();
    shape.used = used;
    shape.count = count;
    std::copy_n(escapes, count, shape.escapes);
    return FormatString(std::move(owned));
}

bool FormatString::substituteFast(const QStringView* args, std::size_t count, FormatString& out) const
{
    const char16_t* s = QStringView(*this).utf16();
    const qsizetype n = size();
    Escape scanned[kMaxEscapes];
    const Escape* escapes = scanned;
    int escapeCount = 0;
    unsigned used = 0;
    // A remembered format (a translated message) is not read again.
    const Shape& shape = shapes()[shapeSlot(s)];
    if (s != nullptr && shape.data == s && shape.size == n) {
        escapes = shape.escapes;
        escapeCount = shape.count;
        used = shape.used;
    } else if (!readEscapes(s, n, scanned, escapeCount, used)) {
        return false;
    }
    // Escape numbers in use, ascending: the k-th lowest takes argument k (QString::arg(a, b, ...), and for one
    // argument the lowest number, every occurrence of it). Fewer numbers than arguments is QString::arg's warning.
    // Walked lowest bit first (one instruction finds it; a population count is a library sequence without POPCNT).
    int argumentOf[10];
    std::size_t distinct = 0;
    for (unsigned m = used; m != 0; m &= m - 1) {
        argumentOf[std::countr_zero(m)] = distinct < count ? int(distinct) : -1;
        ++distinct;
    }
    if (distinct < count) {
        return false;
    }
    int argument[kMaxEscapes];
    qsizetype length = n;
    for (int k = 0; k < escapeCount; ++k) {
        argument[k] = argumentOf[escapes[k].number];
        if (argument[k] >= 0) {
            length += args[argument[k]].size() - 2;
        }
    }
    QString result(length, Qt::Uninitialized);
    char16_t* to = reinterpret_cast<char16_t*>(result.data());
    qsizetype from = 0;
    const auto copy = [&to](const char16_t* p, qsizetype len) {
        std::copy_n(p, len, to);
        to += len;
    };
    for (int k = 0; k < escapeCount; ++k) {
        const int a = argument[k];
        if (a < 0) {
            continue; // a higher escape than there are arguments: text, for the next arg() to fill
        }
        copy(s + from, escapes[k].at - from);
        copy(args[a].utf16(), args[a].size());
        from = escapes[k].at + 2;
    }
    copy(s + from, n - from);
    out = FormatString(std::move(result));
    return true;
}

} // namespace bulkhead::util
