// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <string>

#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace bulkhead::util {

// HTML text and attribute escaping for anything that came from a daemon, a Dockerfile or a user.
QString htmlEscape(QStringView text);

// The characters terminalSafe() escapes: C0 controls, DEL, C1 controls (a container name must not repaint the screen)
// and the Unicode bidirectional formatting characters U+061C, U+200E/F, U+202A-U+202E and U+2066-U+2069 (a
// Dockerfile line must not be shown in another order than it has: "Trojan Source", CVE-2021-42574).
constexpr bool isTerminalUnsafe(char16_t u)
{
    if (u < 0x20 || u == 0x7F || (u >= 0x80 && u < 0xA0)) {
        return true;
    }
    return u >= 0x61C &&
           (u == 0x61C || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069));
}

// Makes a daemon-controlled string safe to print on a terminal: the characters above become visible escapes,
// "\xNN" below U+0100 and "\uNNNN" above ("\x1b[2J", "\u202e"); everything else is kept.
QString terminalSafe(QStringView text);
// terminalSafe(text) appended to `out`, without a string of its own (lint prints tens of thousands of lines).
void appendTerminalSafe(QString& out, QStringView text);
// terminalSafe(text).toUtf8() appended to `out`, for writers that build UTF-8 directly.
void appendTerminalSafeUtf8(std::string& out, QStringView text);

// Writers for byte buffers that already have room for kMaxUtf8PerUnit bytes per UTF-16 unit of `text`: each writes
// at `dst` and returns the end of what it wrote (no allocation, no capacity checks per character).
inline constexpr qsizetype kMaxUtf8PerUnit = 6;
// text.toUtf8(): a lone surrogate becomes '?', as Qt's encoder makes it.
char* writeUtf8(char* dst, QStringView text);
// terminalSafe(text).toUtf8().
char* writeTerminalSafeUtf8(char* dst, QStringView text);

#if defined(__SSE2__)
// Copies the printable ASCII at p[i..n) as bytes, sixteen UTF-16 units at a time (then eight and four for the rest of
// a string), for as long as `accept` takes them: accept(bytes) is a movemask (a bit per byte) of the accepted bytes
// among the units packed with signed saturation, which turns every unit >= 0x7f into 0x7f or 0x80. Advances i and
// dst past what it copied. Returns true when it stopped at a unit `accept` refused (p[i] is the caller's), false when
// fewer than four units were left to look at. A store may write past what is kept, never past the room of the units
// it covers: callers leave kMaxUtf8PerUnit bytes per unit.
template<typename Accept>
bool copyAsciiRun(const char16_t* p, qsizetype& i, qsizetype n, char*& dst, const Accept& accept)
{
    while (i + 16 <= n) {
        const __m128i bytes = _mm_packs_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i)),
                                              _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + 8)));
        const int mask = accept(bytes);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(dst), bytes);
        if (mask != 0xffff) {
            const int run = std::countr_one(unsigned(mask));
            dst += run;
            i += run;
            return true;
        }
        dst += 16;
        i += 16;
    }
    if (i + 8 <= n) {
        const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
        const __m128i bytes = _mm_packs_epi16(units, units);
        _mm_storel_epi64(reinterpret_cast<__m128i*>(dst), bytes);
        const int run = std::countr_one(unsigned(accept(bytes) & 0xff));
        dst += run;
        i += run;
        if (run < 8) {
            return true;
        }
    }
    if (i + 4 <= n) {
        const __m128i units = _mm_loadl_epi64(reinterpret_cast<const __m128i*>(p + i));
        const __m128i bytes = _mm_packs_epi16(units, units);
        _mm_storel_epi64(reinterpret_cast<__m128i*>(dst), bytes);
        const int run = std::countr_one(unsigned(accept(bytes) & 0xf));
        dst += run;
        i += run;
        return run < 4;
    }
    return false;
}

// The movemask of the printable ASCII bytes (0x20..0x7e) among packed units, for copyAsciiRun().
inline int printableAsciiMask(__m128i bytes)
{
    return _mm_movemask_epi8(
        _mm_and_si128(_mm_cmpgt_epi8(bytes, _mm_set1_epi8(0x1f)), _mm_cmplt_epi8(bytes, _mm_set1_epi8(0x7f))));
}
#endif

// POSIX shell single-quoting: the result is one word whatever the input holds.
QString shellQuote(QStringView word);
// shellQuote(word) appended to `out`, without a string of its own (hardened commands quote every word).
void appendShellQuoted(QString& out, QStringView word);
QString shellJoin(const QStringList& words);

} // namespace bulkhead::util
