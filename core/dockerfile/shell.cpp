// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dockerfile/shell.h"

#include <algorithm>
#include <iterator>

// QString literals: comparing with u"..."_s checks the length first and needs no strlen.
using namespace Qt::StringLiterals;

namespace bulkhead::dockerfile {

namespace {

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\v' || c == u'\f';
}

bool isAssignment(QStringView w)
{
    if (w.isEmpty() || !(w[0].isLetter() || w[0] == u'_')) {
        return false;
    }
    for (qsizetype i = 0; i < w.size(); ++i) {
        if (w[i] == u'=') {
            return i > 0;
        }
        if (!(w[i].isLetterOrNumber() || w[i] == u'_')) {
            return false;
        }
    }
    return false;
}

template<size_t N> bool isOneOf(QStringView w, const QStringView (&set)[N])
{
    return std::find(std::begin(set), std::end(set), w) != std::end(set);
}

// Characters that end an unquoted word or start something readWord() handles on its own.
bool isWordSpecial(QChar c)
{
    return isBlank(c) || c == u'\n' || c == u';' || c == u'&' || c == u'|' || c == u'(' || c == u')' || c == u'>' ||
           c == u'<' || c == u'\\' || c == u'\'' || c == u'"' || c == u'$' || c == u'`';
}

// The separator as a QString: the operators are a handful of literals (static data, no allocation per command).
QString separatorText(QStringView sep)
{
    static const QString known[]{QString(),
                                 QStringLiteral("&&"),
                                 QStringLiteral("||"),
                                 QStringLiteral(";"),
                                 QStringLiteral("|"),
                                 QStringLiteral("&"),
                                 QStringLiteral("\n"),
                                 QStringLiteral(";;"),
                                 QStringLiteral("|&"),
                                 QStringLiteral("("),
                                 QStringLiteral(")")};
    for (const QString& k : known) {
        if (k == sep) {
            return k;
        }
    }
    return sep.toString();
}

struct Word
{
    QString text;
    qsizetype offset = 0;
};

class Splitter
{
public:
    explicit Splitter(QStringView s) : m_s(s) {}

    ShellScript run()
    {
        QStringView sep; // a slice of the script, so separators cost no allocation
        qsizetype i = 0;
        const qsizetype n = m_s.size();
        while (i < n) {
            const QChar c = m_s[i];
            if (isBlank(c)) {
                ++i;
                continue;
            }
            if (c == u'\\' && i + 1 < n && m_s[i + 1] == u'\n') {
                i += 2; // line continuation
                continue;
            }
            if (c == u'#') {
                while (i < n && m_s[i] != u'\n') {
                    ++i;
                }
                continue;
            }
            if (c == u'\n' || c == u';' || c == u'&' || c == u'|' || c == u'(' || c == u')') {
                QStringView op = m_s.sliced(i, 1);
                if (i + 1 < n && (m_s.sliced(i, 2) == u"&&"_s || m_s.sliced(i, 2) == u"||"_s ||
                                  m_s.sliced(i, 2) == u";;"_s || m_s.sliced(i, 2) == u"|&"_s)) {
                    op = m_s.sliced(i, 2);
                }
                if (c == u'&' && i + 1 < n && m_s[i + 1] == u'>') {
                    // &> file: a redirection
                    i += 2;
                    skipRedirectTarget(i);
                    continue;
                }
                i += op.size();
                finish(sep, op);
                sep = op;
                continue;
            }
            if ((c == u'>' || c == u'<') ||
                (c.isDigit() && i + 1 < n && (m_s[i + 1] == u'>' || m_s[i + 1] == u'<') && m_current.empty())) {
                // Redirection: skip the operator and its target word.
                if (c.isDigit()) {
                    ++i;
                }
                const bool heredoc = i + 1 < n && m_s[i] == u'<' && m_s[i + 1] == u'<';
                while (i < n && (m_s[i] == u'>' || m_s[i] == u'<' || m_s[i] == u'&' || m_s[i] == u'|' ||
                                 (heredoc && m_s[i] == u'-'))) {
                    ++i;
                }
                skipRedirectTarget(i);
                continue;
            }
            const qsizetype before = i;
            Word w = readWord(i);
            if (i == before) {
                ++i; // cannot happen with the separators above, but never spin
                continue;
            }
            // `2>` right after a word that is only digits was handled above only at command start; handle `cmd 2>x`.
            if (i < n && (m_s[i] == u'>' || m_s[i] == u'<') && !w.text.isEmpty() &&
                std::all_of(w.text.begin(), w.text.end(), [](QChar ch) { return ch.isDigit(); })) {
                continue; // the fd number of a redirection; the operator is handled next round
            }
            m_current.push_back(std::move(w));
        }
        finish(sep, {});
        return std::move(m_out);
    }

private:
    void skipRedirectTarget(qsizetype& i)
    {
        while (i < m_s.size() && isBlank(m_s[i])) {
            ++i;
        }
        if (i < m_s.size() && m_s[i] != u'\n' && m_s[i] != u';' && m_s[i] != u'&' && m_s[i] != u'|') {
            readWord(i);
        }
    }

    // Reads one word starting at i, removing quotes and escapes, keeping $(...) and `...` as text.
    Word readWord(qsizetype& i)
    {
        Word w;
        w.offset = i;
        const qsizetype n = m_s.size();
        while (i < n) {
            const QChar c = m_s[i];
            if (isBlank(c) || c == u'\n' || c == u';' || c == u'&' || c == u'|' || c == u'(' || c == u')' ||
                c == u'>' || c == u'<') {
                break;
            }
            if (c == u'\\') {
                if (i + 1 < n && m_s[i + 1] != u'\n') {
                    w.text += m_s[i + 1];
                }
                i += 2;
                continue;
            }
            if (c == u'\'') {
                const qsizetype e = m_s.indexOf(u'\'', i + 1);
                const qsizetype end = e < 0 ? n : e;
                w.text += m_s.sliced(i + 1, end - i - 1);
                i = e < 0 ? n : e + 1;
                continue;
            }
            if (c == u'"') {
                ++i;
                while (i < n && m_s[i] != u'"') {
                    if (m_s[i] == u'\\' && i + 1 < n) {
                        const QChar e = m_s[i + 1];
                        if (e == u'"' || e == u'\\' || e == u'$' || e == u'`') {
                            w.text += e;
                        } else if (e != u'\n') {
                            w.text += u'\\';
                            w.text += e;
                        }
                        i += 2;
                        continue;
                    }
                    w.text += m_s[i];
                    ++i;
                }
                ++i;
                continue;
            }
            if (c == u'$' && i + 1 < n && (m_s[i + 1] == u'(' || m_s[i + 1] == u'{')) {
                const QChar open = m_s[i + 1];
                const QChar close = open == u'(' ? u')' : u'}';
                int level = 0;
                const qsizetype start = i;
                ++i;
                for (; i < n; ++i) {
                    if (m_s[i] == open) {
                        ++level;
                    } else if (m_s[i] == close && --level == 0) {
                        ++i;
                        break;
                    }
                }
                w.text += m_s.sliced(start, i - start);
                continue;
            }
            if (c == u'`') {
                const qsizetype e = m_s.indexOf(u'`', i + 1);
                const qsizetype end = e < 0 ? n : e + 1;
                w.text += m_s.sliced(i, end - i);
                i = end;
                continue;
            }
            // A run of plain characters is appended in one go.
            const qsizetype start = i;
            ++i;
            while (i < n && !isWordSpecial(m_s[i])) {
                ++i;
            }
            if (w.text.isEmpty()) {
                w.text = m_s.sliced(start, i - start).toString(); // most words: one allocation of the exact size
            } else {
                w.text += m_s.sliced(start, i - start);
            }
        }
        return w;
    }

    void finish(QStringView sepBefore, QStringView sepAfter)
    {
        // Small fixed sets: a linear scan of views beats hashing a QString per word.
        static constexpr QStringView keywords[]{
            u"if", u"then", u"else", u"elif", u"fi", u"do", u"done", u"while", u"until", u"!", u"{", u"}", u"esac"};
        static constexpr QStringView skipWhole[]{u"for", u"case", u"select", u"function"};
        static constexpr QStringView wrappers[]{u"sudo", u"env", u"nohup", u"exec", u"time", u"command", u"xargs"};
        // m_current keeps its capacity from command to command (cleared on every way out).
        const std::vector<Word>& words = m_current;
        struct Clear
        {
            std::vector<Word>& v;
            ~Clear() { v.clear(); }
        } clear{m_current};
        if (sepAfter == u"|"_s || sepAfter == u"|&"_s) {
            m_out.hasPipe = true;
        }
        const bool pipedFrom = sepBefore == u"|"_s || sepBefore == u"|&"_s;
        const bool pipedTo = sepAfter == u"|"_s || sepAfter == u"|&"_s;
        size_t k = 0;
        while (k < words.size() && isOneOf(words[k].text, keywords)) {
            ++k;
        }
        if (k < words.size() && isOneOf(words[k].text, skipWhole)) {
            return;
        }
        ShellCommand cmd;
        cmd.pipedFrom = pipedFrom;
        cmd.pipedTo = pipedTo;
        cmd.separatorBefore = separatorText(sepBefore);
        while (k < words.size()) {
            const QString& w = words[k].text;
            if (isAssignment(w)) {
                cmd.assignments << w;
                ++k;
                continue;
            }
            const QStringView base = QStringView(w).sliced(w.lastIndexOf(u'/') + 1);
            if (isOneOf(base, wrappers)) {
                cmd.wrappers << base.toString();
                ++k;
                // Skip the wrapper's own options (sudo -u user -E, env -i, xargs -n1 ...), keeping it simple:
                // dash words, plus the value of sudo's -u/-g.
                while (k < words.size() && (words[k].text.startsWith(u'-') || isAssignment(words[k].text))) {
                    const QString& opt = words[k].text;
                    ++k;
                    if (base == u"sudo"_s && (opt == u"-u"_s || opt == u"-g"_s) && k < words.size()) {
                        ++k;
                    }
                }
                continue;
            }
            break;
        }
        cmd.words.reserve(qsizetype(words.size() - k));
        cmd.offsets.reserve(words.size() - k);
        for (; k < words.size(); ++k) {
            cmd.words << words[k].text;
            cmd.offsets.push_back(words[k].offset);
        }
        if (cmd.words.isEmpty() && cmd.wrappers.isEmpty()) {
            return;
        }
        if (!cmd.words.isEmpty()) {
            const QString& w0 = cmd.words.first();
            const qsizetype slash = w0.lastIndexOf(u'/');
            cmd.program = slash < 0 ? w0 : w0.mid(slash + 1);
        }
        m_out.commands.push_back(std::move(cmd));
    }

    QStringView m_s;
    std::vector<Word> m_current;
    ShellScript m_out;
};

} // namespace

bool ShellCommand::hasOption(QStringView shortLetters, std::initializer_list<QStringView> longOptions) const
{
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QString& w = words[i];
        if (w == u"--"_s) {
            break;
        }
        if (w.startsWith(u"--")) {
            const QStringView name = QStringView(w).first(w.indexOf(u'=') < 0 ? w.size() : w.indexOf(u'='));
            for (QStringView l : longOptions) {
                if (name == l) {
                    return true;
                }
            }
        } else if (w.startsWith(u'-') && w.size() > 1 && !shortLetters.isEmpty()) {
            for (qsizetype j = 1; j < w.size(); ++j) {
                if (shortLetters.contains(w[j])) {
                    return true;
                }
                if (!w[j].isLetter()) {
                    break; // -o=value, -q=2: stop at the value
                }
            }
        }
    }
    return false;
}

QStringList ShellCommand::operands(qsizetype from, std::initializer_list<QStringView> withValue) const
{
    QStringList out;
    for (qsizetype i = from; i < words.size(); ++i) {
        const QString& w = words[i];
        if (w.startsWith(u'-') && w.size() > 1) {
            for (QStringView v : withValue) {
                if (w == v) {
                    ++i; // the option's value
                    break;
                }
            }
            continue;
        }
        out << w;
    }
    return out;
}

QString ShellCommand::subcommand(std::initializer_list<QStringView> withValue) const
{
    // operands(1, withValue).value(0), without building the list: rules ask every command for it.
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QString& w = words[i];
        if (w.startsWith(u'-') && w.size() > 1) {
            for (QStringView v : withValue) {
                if (w == v) {
                    ++i; // the option's value
                    break;
                }
            }
            continue;
        }
        return w;
    }
    return {};
}

bool ShellScript::uses(QStringView program) const
{
    for (const ShellCommand& c : commands) {
        if (c.name() == program) {
            return true;
        }
    }
    return false;
}

ShellScript splitShell(QStringView script)
{
    return Splitter(script).run();
}

} // namespace bulkhead::dockerfile
