// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/textescape.h"

#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace bulkhead::util {

QString htmlEscape(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&#39;");
            break;
        default:
            // Control characters other than tab/newline have no business in a report; show them as U+FFFD.
            if (c.unicode() < 0x20 && c != u'\n' && c != u'\t') {
                out += QChar(0xFFFD);
            } else {
                out += c;
            }
        }
    }
    return out;
}

namespace {

// The visible form of a character isTerminalUnsafe() names: "\\xNN" below U+0100, "\\uNNNN" above. Returns its length.
int terminalEscape(char16_t u, char (&out)[6])
{
    static constexpr char kHex[] = "0123456789abcdef";
    out[0] = '\\';
    if (u < 0x100) {
        out[1] = 'x';
        out[2] = kHex[u >> 4];
        out[3] = kHex[u & 0xF];
        return 4;
    }
    out[1] = 'u';
    out[2] = kHex[u >> 12];
    out[3] = kHex[(u >> 8) & 0xF];
    out[4] = kHex[(u >> 4) & 0xF];
    out[5] = kHex[u & 0xF];
    return 6;
}

} // namespace

void appendTerminalSafe(QString& out, QStringView text)
{
    // Runs of harmless characters (nearly all text) are appended in one go, not character by character.
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        qsizetype j = i;
        while (j < n && !isTerminalUnsafe(text[j].unicode())) {
            ++j;
        }
        out.append(text.constData() + i, j - i);
        if (j == n) {
            break;
        }
        char escape[6];
        out.append(QLatin1StringView(escape, terminalEscape(text[j].unicode(), escape)));
        i = j + 1;
    }
}

char* writeUtf8(char* dst, QStringView text)
{
    const char16_t* p = text.utf16();
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
#if defined(__SSE2__)
        // ASCII, eight units at a time (four for the rest of a string). The store may write up to eight bytes past
        // what is kept: it happens only while at least four units remain, and callers leave kMaxUtf8PerUnit bytes
        // per unit (24 bytes for those four).
        {
            const __m128i nonAscii = _mm_set1_epi16(short(0xff80));
            const auto asciiMask = [&](__m128i units) {
                return _mm_movemask_epi8(_mm_cmpeq_epi16(_mm_and_si128(units, nonAscii), _mm_setzero_si128()));
            };
            int mask = 0xffff;
            while (i + 8 <= n) {
                const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
                mask = asciiMask(units);
                _mm_storel_epi64(reinterpret_cast<__m128i*>(dst), _mm_packus_epi16(units, units));
                if (mask != 0xffff) {
                    const int run = std::countr_one(unsigned(mask)) / 2;
                    dst += run;
                    i += run;
                    break;
                }
                dst += 8;
                i += 8;
            }
            if (mask == 0xffff && i + 4 <= n) {
                const __m128i units = _mm_loadl_epi64(reinterpret_cast<const __m128i*>(p + i));
                _mm_storel_epi64(reinterpret_cast<__m128i*>(dst), _mm_packus_epi16(units, units));
                const int run = std::countr_one(unsigned(asciiMask(units) & 0xff)) / 2;
                dst += run;
                i += run;
            }
            if (i >= n) {
                break;
            }
        }
#endif
        // One of the last ASCII units, or a run of other characters.
        if (p[i] < 0x80) {
            *dst++ = char(p[i++]);
            continue;
        }
        do {
            const char16_t c = p[i];
            if (c < 0x800) {
                *dst++ = char(0xC0 | (c >> 6));
                *dst++ = char(0x80 | (c & 0x3F));
            } else if (!QChar::isSurrogate(c)) {
                *dst++ = char(0xE0 | (c >> 12));
                *dst++ = char(0x80 | ((c >> 6) & 0x3F));
                *dst++ = char(0x80 | (c & 0x3F));
            } else if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(p[i + 1])) {
                const char32_t u = QChar::surrogateToUcs4(c, p[++i]);
                *dst++ = char(0xF0 | (u >> 18));
                *dst++ = char(0x80 | ((u >> 12) & 0x3F));
                *dst++ = char(0x80 | ((u >> 6) & 0x3F));
                *dst++ = char(0x80 | (u & 0x3F));
            } else {
                *dst++ = '?';
            }
            ++i;
        } while (i < n && p[i] >= 0x80);
    }
    return dst;
}

char* writeTerminalSafeUtf8(char* dst, QStringView text)
{
    const char16_t* p = text.utf16();
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
#if defined(__SSE2__)
        // Printable ASCII, nearly all of a line, in vector steps.
        copyAsciiRun(p, i, n, dst, printableAsciiMask);
        if (i >= n) {
            break;
        }
#endif
        const char16_t c = p[i];
        if (c >= 0x20 && c < 0x7F) {
            *dst++ = char(c); // printable ASCII, byte for byte
            ++i;
            continue;
        }
        if (!isTerminalUnsafe(c)) {
            // A run of other harmless characters, encoded together so surrogate pairs stay whole.
            qsizetype j = i + 1;
            while (j < n && p[j] >= 0x80 && !isTerminalUnsafe(p[j])) {
                ++j;
            }
            dst = writeUtf8(dst, text.sliced(i, j - i));
            i = j;
            continue;
        }
        char escape[6];
        const int len = terminalEscape(c, escape);
        std::memcpy(dst, escape, size_t(len));
        dst += len;
        ++i;
    }
    return dst;
}

void appendTerminalSafeUtf8(std::string& out, QStringView text)
{
    const size_t at = out.size();
    out.resize(at + size_t(text.size() * kMaxUtf8PerUnit));
    char* const begin = out.data() + at;
    out.resize(at + size_t(writeTerminalSafeUtf8(begin, text) - begin));
}

QString terminalSafe(QStringView text)
{
    QString out;
    out.reserve(text.size());
    appendTerminalSafe(out, text);
    return out;
}

void appendShellQuoted(QString& out, QStringView word)
{
    if (!word.isEmpty()) {
        bool plain = true;
        for (const QChar c : word) {
            const char16_t u = c.unicode();
            const bool safe = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-' ||
                              u == '_' || u == '.' || u == '/' || u == ':' || u == '=' || u == ',' || u == '@' ||
                              u == '%' || u == '+';
            if (!safe) {
                plain = false;
                break;
            }
        }
        if (plain) {
            out += word;
            return;
        }
    }
    out += u'\'';
    for (const QChar c : word) {
        if (c == u'\'') {
            out += QLatin1String("'\\''");
        } else {
            out += c;
        }
    }
    out += u'\'';
}

QString shellQuote(QStringView word)
{
    QString out;
    out.reserve(word.size() + 2);
    appendShellQuoted(out, word);
    return out;
}

QString shellJoin(const QStringList& words)
{
    QStringList quoted;
    quoted.reserve(words.size());
    for (const QString& w : words) {
        quoted << shellQuote(w);
    }
    return quoted.join(u' ');
}

} // namespace bulkhead::util
