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

void appendTerminalSafeUtf8(std::string& out, QStringView text)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c < 0x7F) {
            // Printable ASCII, byte for byte.
            qsizetype j = i + 1;
            while (j < n && text[j].unicode() >= 0x20 && text[j].unicode() < 0x7F) {
                ++j;
            }
            const size_t at = out.size();
            out.resize(at + size_t(j - i));
            for (qsizetype k = i; k < j; ++k) {
                out[at + size_t(k - i)] = char(text[k].unicode());
            }
            i = j;
        } else if (!isTerminalUnsafe(c)) {
            // Other harmless characters through QString's encoder (lone surrogates become U+FFFD, as toUtf8()).
            qsizetype j = i + 1;
            while (j < n && text[j].unicode() >= 0x80 && !isTerminalUnsafe(text[j].unicode())) {
                ++j;
            }
            const QByteArray u = text.sliced(i, j - i).toUtf8();
            out.append(u.constData(), size_t(u.size()));
            i = j;
        } else {
            char escape[6];
            out.append(escape, size_t(terminalEscape(c, escape)));
            ++i;
        }
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
