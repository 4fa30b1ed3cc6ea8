// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/textescape.h"

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

void appendTerminalSafe(QString& out, QStringView text)
{
    // Runs of harmless characters (nearly all text) are appended in one go, not character by character.
    static constexpr char kHex[] = "0123456789abcdef";
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        qsizetype j = i;
        char16_t u = 0;
        while (j < n) {
            u = text[j].unicode();
            if (isTerminalUnsafe(u)) {
                break;
            }
            ++j;
        }
        out.append(text.constData() + i, j - i);
        if (j == n) {
            break;
        }
        if (u < 0x100) {
            const QChar escape[]{u'\\', u'x', QLatin1Char(kHex[u >> 4]), QLatin1Char(kHex[u & 0xF])};
            out.append(escape, 4);
        } else {
            const QChar escape[]{u'\\',
                                 u'u',
                                 QLatin1Char(kHex[u >> 12]),
                                 QLatin1Char(kHex[(u >> 8) & 0xF]),
                                 QLatin1Char(kHex[(u >> 4) & 0xF]),
                                 QLatin1Char(kHex[u & 0xF])};
            out.append(escape, 6);
        }
        i = j + 1;
    }
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
