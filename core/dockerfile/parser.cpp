// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dockerfile/parser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <iterator>

// QString literals: comparing with u"..."_s checks the length first and needs no strlen.
using namespace Qt::StringLiterals;

namespace bulkhead::dockerfile {

namespace {

QString trParse(const char* s)
{
    return QCoreApplication::translate("Dockerfile", s);
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\v' || c == u'\f';
}

qsizetype leadingSpace(QStringView s)
{
    qsizetype i = 0;
    while (i < s.size() && isSpace(s[i])) {
        ++i;
    }
    return i;
}

QStringView rtrim(QStringView s)
{
    qsizetype e = s.size();
    while (e > 0 && isSpace(s[e - 1])) {
        --e;
    }
    return s.first(e);
}

bool isNameStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9');
}

// The instruction keywords, upper case, indexed by InstructionKind. Static data: an instruction's `keyword` (and its
// `written` when it is written in upper case, as nearly all are) shares them instead of allocating a copy.
const QString kKeywordTexts[]{
    QString(),
    QStringLiteral("FROM"),
    QStringLiteral("RUN"),
    QStringLiteral("CMD"),
    QStringLiteral("LABEL"),
    QStringLiteral("MAINTAINER"),
    QStringLiteral("EXPOSE"),
    QStringLiteral("ENV"),
    QStringLiteral("ADD"),
    QStringLiteral("COPY"),
    QStringLiteral("ENTRYPOINT"),
    QStringLiteral("VOLUME"),
    QStringLiteral("USER"),
    QStringLiteral("WORKDIR"),
    QStringLiteral("ARG"),
    QStringLiteral("ONBUILD"),
    QStringLiteral("STOPSIGNAL"),
    QStringLiteral("HEALTHCHECK"),
    QStringLiteral("SHELL"),
};
static_assert(std::size(kKeywordTexts) == size_t(InstructionKind::Shell) + 1);

const QString& keywordText(InstructionKind k)
{
    return kKeywordTexts[size_t(k)];
}

// The kind a keyword names, in any case ("run", "Run"); Unknown for anything that is not a Dockerfile instruction.
// Keywords are ASCII letters (the caller's scan stops at anything else), so upper-casing them byte-wise is exact.
InstructionKind kindOf(QStringView kw)
{
    constexpr qsizetype kLongest = 11; // HEALTHCHECK
    if (kw.isEmpty() || kw.size() > kLongest) {
        return InstructionKind::Unknown;
    }
    char16_t upper[kLongest];
    for (qsizetype i = 0; i < kw.size(); ++i) {
        const char16_t c = kw[i].unicode();
        upper[i] = c >= u'a' && c <= u'z' ? char16_t(c - (u'a' - u'A')) : c;
    }
    const QStringView u(upper, kw.size());
    for (size_t k = 1; k <= size_t(InstructionKind::Shell); ++k) {
        if (keywordText(InstructionKind(k)) == u) {
            return InstructionKind(k);
        }
    }
    return InstructionKind::Unknown;
}

bool takesFlags(InstructionKind k)
{
    using K = InstructionKind;
    return k == K::From || k == K::Run || k == K::Copy || k == K::Add || k == K::Healthcheck;
}

bool allowsExecForm(InstructionKind k)
{
    using K = InstructionKind;
    return k == K::Run || k == K::Cmd || k == K::Entrypoint || k == K::Shell || k == K::Copy || k == K::Add ||
           k == K::Volume;
}

// Instructions whose arguments Docker runs through ARG/ENV substitution (Dockerfile reference, "Environment
// replacement"). RUN/CMD are left to the shell at build/run time.
bool substitutes(InstructionKind k)
{
    using K = InstructionKind;
    return k == K::Add || k == K::Copy || k == K::Env || k == K::Expose || k == K::From || k == K::Label ||
           k == K::Stopsignal || k == K::User || k == K::Volume || k == K::Workdir || k == K::Arg || k == K::Onbuild;
}

bool heredocCapable(InstructionKind k)
{
    using K = InstructionKind;
    return k == K::Run || k == K::Copy || k == K::Add;
}

// Heredoc markers in a logical line, outside quotes: <<EOF, <<-EOF, <<"EOF", <<'EOF'. `<<<` is a here-string.
std::vector<Heredoc> findHeredocMarkers(QStringView s)
{
    std::vector<Heredoc> out;
    // Nearly every RUN/COPY/ADD has no "<<" at all: a vectorised search for '<' skips the quote-tracking scan.
    qsizetype lt = s.indexOf(u'<');
    while (lt >= 0 && (lt + 1 >= s.size() || s[lt + 1] != u'<')) {
        lt = s.indexOf(u'<', lt + 1);
    }
    if (lt < 0) {
        return out;
    }
    QChar quote;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            }
            continue;
        }
        if (c == u'"' || c == u'\'') {
            quote = c;
            continue;
        }
        if (c != u'<' || i + 1 >= s.size() || s[i + 1] != u'<') {
            continue;
        }
        if (i + 2 < s.size() && s[i + 2] == u'<') {
            i += 2; // here-string
            continue;
        }
        qsizetype j = i + 2;
        Heredoc h;
        if (j < s.size() && s[j] == u'-') {
            h.stripTabs = true;
            ++j;
        }
        QChar q;
        if (j < s.size() && (s[j] == u'"' || s[j] == u'\'')) {
            q = s[j];
            ++j;
        }
        const qsizetype nameStart = j;
        while (j < s.size() && (isNameChar(s[j]) || s[j] == u'-' || s[j] == u'.')) {
            ++j;
        }
        if (j == nameStart || !isNameStart(s[nameStart])) {
            i = j - 1;
            continue;
        }
        h.delimiter = s.sliced(nameStart, j - nameStart).toString();
        if (!q.isNull()) {
            if (j < s.size() && s[j] == q) {
                ++j;
                h.quoted = true;
            } else {
                i = j - 1;
                continue; // unbalanced quote: not a heredoc marker
            }
        }
        out.push_back(std::move(h));
        i = j - 1;
    }
    return out;
}

// Real instructions have one or two heredocs; the cap keeps hostile input linear.
constexpr size_t kMaxHeredocs = 64;
// Inheriting ENV copies a table per stage; past this many stages we stop (hostile input, not a Dockerfile).
constexpr int kMaxInheritingStages = 1000;

class Parser
{
public:
    Parser(const QByteArray& data, const QString& path)
    {
        m_out.path = path;
        QByteArray bytes = data;
        if (bytes.size() > kMaxDockerfileBytes) {
            bytes.truncate(kMaxDockerfileBytes);
            m_out.truncated = true;
        }
        m_text = QString::fromUtf8(bytes);
        if (m_text.startsWith(QChar(0xFEFF))) {
            m_text.remove(0, 1);
        }
        QStringView all(m_text);
        qsizetype start = 0;
        while (start <= all.size()) {
            qsizetype nl = all.indexOf(u'\n', start);
            if (nl < 0) {
                nl = all.size();
            }
            QStringView line = all.sliced(start, nl - start);
            if (line.endsWith(u'\r')) {
                line.chop(1);
            }
            m_lines.push_back(line);
            start = nl + 1;
        }
        if (!m_lines.empty() && m_lines.back().isEmpty()) {
            m_lines.pop_back(); // trailing newline
        }
        m_out.lineCount = int(m_lines.size());
        // Instructions are large; growing the vector moved every one of them several times. A Dockerfile rarely has
        // more than 64 (the bound keeps a hostile million-line file from reserving gigabytes).
        m_out.instructions.reserve(std::min<size_t>(m_lines.size(), 64));
    }

    ParsedDockerfile run()
    {
        if (m_out.truncated) {
            issue({m_out.lineCount, 1}, trParse("file larger than 4 MiB; the rest was not read"));
        }
        qsizetype i = parseDirectives();
        while (i < qsizetype(m_lines.size())) {
            i = parseOne(i);
        }
        return std::move(m_out);
    }

private:
    void issue(Position p, QString message) { m_out.issues.push_back({p, std::move(message)}); }

    // Parser directives: `# name=value` lines at the very top; the first other line ends them.
    qsizetype parseDirectives()
    {
        QSet<QString> seen;
        qsizetype i = 0;
        for (; i < qsizetype(m_lines.size()); ++i) {
            QStringView l = m_lines[i].trimmed();
            if (!l.startsWith(u'#')) {
                break;
            }
            QStringView body = l.sliced(1).trimmed();
            const qsizetype eq = body.indexOf(u'=');
            if (eq <= 0) {
                break;
            }
            const QString name = body.first(eq).trimmed().toString().toLower();
            if (name.isEmpty() || std::any_of(name.begin(), name.end(), [](QChar c) { return !isNameChar(c); })) {
                break;
            }
            const QString value = body.sliced(eq + 1).trimmed().toString();
            if (name != u"syntax"_s && name != u"escape"_s && name != u"check"_s) {
                break; // an unknown directive is a comment, and ends the directive block
            }
            if (seen.contains(name)) {
                issue({int(i) + 1, 1}, trParse("parser directive '%1' given twice").arg(name));
                break;
            }
            seen.insert(name);
            m_out.directives.push_back({name, value, int(i) + 1});
            m_out.comments.push_back({body.toString(), int(i) + 1, true});
            if (name == u"escape"_s) {
                if (value == u"`"_s) {
                    m_out.escape = u'`';
                } else if (value != u"\\"_s) {
                    issue({int(i) + 1, 1}, trParse("invalid escape character '%1' (use \\ or `)").arg(value));
                }
            }
        }
        return i;
    }

    void addComment(qsizetype i, QStringView trimmedLine)
    {
        m_out.comments.push_back({trimmedLine.sliced(1).trimmed().toString(), int(i) + 1, true});
    }

    // Reads one instruction (or skips a blank/comment line) starting at physical line i; returns the next line.
    qsizetype parseOne(qsizetype i)
    {
        const QStringView raw = m_lines[i];
        const qsizetype ws = leadingSpace(raw);
        const QStringView t = raw.sliced(ws);
        if (t.isEmpty()) {
            return i + 1;
        }
        if (t.startsWith(u'#')) {
            addComment(i, t);
            return i + 1;
        }
        const QChar esc = m_out.escape;

        // Join continuation lines into one logical line, remembering where each piece came from. Most instructions
        // are one line: their logical line is a view of the file's text, and only continued ones are copied.
        QString joined;
        QStringView logical;
        std::vector<Segment> segs;
        segs.reserve(1);
        qsizetype cur = i;
        QStringView piece = t;
        int pieceCol = int(ws) + 1;
        while (true) {
            QStringView pr = rtrim(piece);
            bool cont = false;
            if (pr.endsWith(esc)) {
                pr.chop(1);
                cont = true;
            }
            if (segs.empty() && !cont) {
                segs.push_back({0, {int(cur) + 1, pieceCol}});
                logical = pr;
                break;
            }
            segs.push_back({joined.size(), {int(cur) + 1, pieceCol}});
            joined += pr;
            logical = joined;
            if (!cont) {
                break;
            }
            ++cur;
            // Comment lines and blank lines inside a continuation are dropped (Docker does the same).
            while (cur < qsizetype(m_lines.size())) {
                const QStringView lt = m_lines[cur].trimmed();
                if (lt.startsWith(u'#')) {
                    addComment(cur, lt);
                    ++cur;
                } else if (lt.isEmpty()) {
                    ++cur;
                } else {
                    break;
                }
            }
            if (cur >= qsizetype(m_lines.size())) {
                --cur;
                break;
            }
            piece = m_lines[cur];
            pieceCol = 1;
        }
        qsizetype next = cur + 1;

        Instruction ins;
        ins.sourceLine = raw.toString();
        ins.endLine = int(cur) + 1;
        if (!buildInstruction(ins, logical, std::move(segs), 0)) {
            return next;
        }
        // Heredoc bodies follow the instruction's last line, one after the other.
        if (heredocCapable(ins.kind)) {
            ins.heredocs = findHeredocMarkers(ins.args);
            if (ins.heredocs.size() > kMaxHeredocs) {
                ins.heredocs.resize(kMaxHeredocs);
                issue(ins.pos,
                      trParse("more than %1 heredocs in one instruction; the rest are not read").arg(kMaxHeredocs));
            }
            for (Heredoc& h : ins.heredocs) {
                h.line = ins.pos.line;
                bool found = false;
                while (next < qsizetype(m_lines.size())) {
                    QStringView l = m_lines[next];
                    ++next;
                    if (h.stripTabs) {
                        while (l.startsWith(u'\t')) {
                            l = l.sliced(1);
                        }
                    }
                    if (l == h.delimiter) {
                        found = true;
                        break;
                    }
                    h.body += l;
                    h.body += u'\n';
                }
                if (!found) {
                    h.terminated = false;
                    issue(ins.pos,
                          trParse("heredoc '%1' is not terminated before the end of the file").arg(h.delimiter));
                }
                ins.endLine = int(next);
            }
        }
        place(std::move(ins));
        return next;
    }

    static Position positionIn(const std::vector<Segment>& segs, qsizetype off)
    {
        if (segs.empty()) {
            return {};
        }
        // Segments are sorted by offset: binary search keeps huge continued instructions linear overall.
        auto it =
            std::upper_bound(segs.begin(), segs.end(), off, [](qsizetype o, const Segment& s) { return o < s.offset; });
        const Segment& best = it == segs.begin() ? segs.front() : *(it - 1);
        return {best.pos.line, std::max(1, best.pos.column + int(off - best.offset))};
    }

    // Fills keyword, flags, args, exec form and pairs from a logical line that starts at the keyword.
    bool buildInstruction(Instruction& ins, QStringView logical, std::vector<Segment> segs, int depth)
    {
        qsizetype k = 0;
        while (k < logical.size() && (isNameChar(logical[k]))) {
            ++k;
        }
        const Position kwPos = positionIn(segs, 0);
        ins.pos = kwPos;
        const QStringView written = logical.first(k);
        ins.kind = kindOf(written);
        ins.keyword = keywordText(ins.kind);
        ins.written = written == ins.keyword ? ins.keyword : written.toString();
        if (k == 0 || ins.kind == InstructionKind::Unknown) {
            QString shown = logical.first(std::min<qsizetype>(logical.size(), 40)).toString();
            issue(kwPos, trParse("unknown instruction '%1'").arg(shown.section(u' ', 0, 0)));
            return false;
        }
        if (k < logical.size() && !isSpace(logical[k])) {
            issue(kwPos, trParse("unknown instruction '%1'").arg(logical.first(std::min<qsizetype>(k + 1, 40))));
            return false;
        }
        qsizetype p = k;
        while (p < logical.size() && isSpace(logical[p])) {
            ++p;
        }
        if (takesFlags(ins.kind)) {
            while (p + 1 < logical.size() && logical[p] == u'-' && logical[p + 1] == u'-') {
                qsizetype e = p;
                QChar q;
                while (e < logical.size() && (!q.isNull() || !isSpace(logical[e]))) {
                    if (q.isNull() && (logical[e] == u'"' || logical[e] == u'\'')) {
                        q = logical[e];
                    } else if (!q.isNull() && logical[e] == q) {
                        q = QChar();
                    }
                    ++e;
                }
                QStringView tok = logical.sliced(p + 2, e - p - 2);
                Flag f;
                f.pos = positionIn(segs, p);
                const qsizetype eq = tok.indexOf(u'=');
                if (eq >= 0) {
                    f.name = tok.first(eq).toString().toLower();
                    f.value = tok.sliced(eq + 1).toString();
                    f.hasValue = true;
                } else {
                    f.name = tok.toString().toLower();
                }
                ins.flags.push_back(std::move(f));
                p = e;
                while (p < logical.size() && isSpace(logical[p])) {
                    ++p;
                }
            }
        }
        ins.args = rtrim(logical.sliced(p)).toString();
        for (Segment& s : segs) {
            s.offset -= p;
        }
        ins.segments = std::move(segs);

        if (ins.args.isEmpty() && ins.kind != InstructionKind::Healthcheck) {
            issue(kwPos, trParse("%1 needs arguments").arg(ins.keyword));
            return false;
        }
        if (allowsExecForm(ins.kind) && ins.args.startsWith(u'[')) {
            QJsonParseError err{};
            const QJsonDocument doc = QJsonDocument::fromJson(ins.args.toUtf8(), &err);
            if (err.error == QJsonParseError::NoError && doc.isArray()) {
                QStringList words;
                bool allStrings = true;
                for (const QJsonValue& v : doc.array()) {
                    if (!v.isString()) {
                        allStrings = false;
                        break;
                    }
                    words << v.toString();
                }
                if (allStrings) {
                    ins.execForm = true;
                    ins.execArgs = words;
                }
            }
        }
        if (ins.kind == InstructionKind::Shell && !ins.execForm) {
            issue(kwPos, trParse("SHELL needs the JSON array form, e.g. SHELL [\"/bin/bash\", \"-c\"]"));
        }
        if (ins.kind == InstructionKind::Env || ins.kind == InstructionKind::Label ||
            ins.kind == InstructionKind::Arg) {
            ins.pairs = parseKeyValues(ins.args, ins.kind == InstructionKind::Env, m_out.escape);
            for (KeyValue& kv : ins.pairs) {
                kv.pos = ins.positionAt(kv.offset);
            }
            if (ins.pairs.empty()) {
                issue(kwPos, trParse("%1 has no name").arg(ins.keyword));
            }
        }
        if (ins.kind == InstructionKind::Onbuild) {
            if (depth > 0) {
                return false; // ONBUILD ONBUILD: kept as text, reported by the lint rule for DL3043
            }
            auto inner = std::make_shared<Instruction>();
            inner->sourceLine = ins.sourceLine;
            inner->endLine = ins.endLine;
            if (buildInstruction(*inner, ins.args, ins.segments, depth + 1)) {
                ins.onbuild = std::move(inner);
            }
        }
        return true;
    }

    // expandVariables(text), sharing `text` when it holds no '$' (most arguments) instead of copying it.
    QString expandShared(const QString& text, const QHash<QString, QString>& vars) const
    {
        return text.contains(u'$') ? expandVariables(text, vars, m_out.escape) : text;
    }

    // Assigns the instruction to its stage and tracks ARG/ENV scope for substitution.
    void place(Instruction&& ins)
    {
        const int index = int(m_out.instructions.size());
        if (ins.kind == InstructionKind::From) {
            Stage st;
            st.index = int(m_out.stages.size());
            st.fromInstruction = index;
            st.platform = ins.flagValue(u"platform");
            ins.expanded = expandShared(ins.args, m_out.globalArgs);
            const QStringList words = ins.args.split(u' ', Qt::SkipEmptyParts);
            const QStringList expandedWords = ins.expanded.split(u' ', Qt::SkipEmptyParts);
            st.image = words.value(0);
            st.imageExpanded = expandedWords.value(0, st.image);
            if (words.size() >= 3 && words[1].compare(u"as", Qt::CaseInsensitive) == 0) {
                st.aliasWritten = words[2];
                st.alias = words[2].toLower();
                if (words.size() > 3) {
                    issue(ins.pos, trParse("FROM has extra words after the stage name"));
                }
            } else if (words.size() == 2 || (words.size() >= 3)) {
                issue(ins.pos, trParse("FROM expects 'image [AS name]'"));
            }
            st.parentStage = m_out.stageByName(st.imageExpanded, st.index);
            const bool inherit = st.parentStage >= 0 && st.index < kMaxInheritingStages;
            m_stageVars.push_back(inherit ? m_stageEnv[st.parentStage] : QHash<QString, QString>{});
            m_stageEnv.push_back(m_stageVars.back());
            if (!st.alias.isEmpty()) {
                m_out.stagesByAlias[st.alias].push_back(st.index);
            }
            m_out.stages.push_back(std::move(st));
            ins.stage = int(m_out.stages.size()) - 1;
            m_out.instructions.push_back(std::move(ins));
            return;
        }
        ins.stage = int(m_out.stages.size()) - 1;
        if (ins.stage < 0) {
            if (ins.kind == InstructionKind::Arg) {
                for (const KeyValue& kv : ins.pairs) {
                    m_out.globalArgs.insert(kv.key, expandVariables(kv.value, m_out.globalArgs, m_out.escape));
                }
            }
            ins.expanded = expandShared(ins.args, m_out.globalArgs);
            m_out.instructions.push_back(std::move(ins));
            return;
        }
        QHash<QString, QString>& vars = m_stageVars[ins.stage];
        if (substitutes(ins.kind)) {
            ins.expanded = expandShared(ins.args, vars);
        } else {
            ins.expanded = ins.args;
        }
        if (ins.kind == InstructionKind::Arg) {
            for (const KeyValue& kv : ins.pairs) {
                if (kv.hasValue) {
                    vars.insert(kv.key, expandVariables(kv.value, vars, m_out.escape));
                } else {
                    vars.insert(kv.key, m_out.globalArgs.value(kv.key));
                }
            }
        } else if (ins.kind == InstructionKind::Env) {
            // All pairs of one ENV see the values from before the instruction (Docker's rule, and DL3044's point).
            std::vector<QString> values;
            values.reserve(ins.pairs.size());
            for (const KeyValue& kv : ins.pairs) {
                values.push_back(expandVariables(kv.value, vars, m_out.escape));
            }
            for (size_t n = 0; n < ins.pairs.size(); ++n) {
                vars.insert(ins.pairs[n].key, values[n]);
                m_stageEnv[ins.stage].insert(ins.pairs[n].key, values[n]);
            }
        }
        m_out.instructions.push_back(std::move(ins));
    }

    QString m_text;
    std::vector<QStringView> m_lines;
    ParsedDockerfile m_out;
    std::vector<QHash<QString, QString>> m_stageVars; // ARG + ENV in scope, per stage
    std::vector<QHash<QString, QString>> m_stageEnv;  // ENV only (inherited by stages built FROM this one)
};

// Nesting like ${a:-${b:-${c}}} is legal; a hostile file could nest a million deep, so recursion stops here.
constexpr int kMaxExpansionDepth = 8;

QString expandImpl(QStringView text, const QHash<QString, QString>& vars, QChar escape, int depth)
{
    if (depth > kMaxExpansionDepth || !text.contains(u'$')) {
        return text.toString();
    }
    QString out;
    out.reserve(text.size());
    bool inSingle = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\'') {
            inSingle = !inSingle;
            out += c;
            continue;
        }
        if (c == escape && i + 1 < text.size() && text[i + 1] == u'$') {
            out += u'$';
            ++i;
            continue;
        }
        if (c != u'$' || inSingle || i + 1 >= text.size()) {
            out += c;
            continue;
        }
        const QChar n = text[i + 1];
        if (n == u'{') {
            // Find the matching brace, allowing nested ${...} in a default.
            int level = 1;
            qsizetype j = i + 2;
            for (; j < text.size() && level > 0; ++j) {
                if (text[j] == u'{') {
                    ++level;
                } else if (text[j] == u'}') {
                    --level;
                }
            }
            if (level != 0) {
                out += text.sliced(i); // unterminated: keep as written
                break;
            }
            const QStringView inner = text.sliced(i + 2, j - i - 3);
            qsizetype k = 0;
            while (k < inner.size() && isNameChar(inner[k])) {
                ++k;
            }
            const QString name = inner.first(k).toString();
            const QStringView rest = inner.sliced(k);
            const bool set = vars.contains(name);
            const QString value = vars.value(name);
            if (rest.isEmpty()) {
                out += value;
            } else if (rest.startsWith(u":-")) {
                out += value.isEmpty() ? expandImpl(rest.sliced(2), vars, escape, depth + 1) : value;
            } else if (rest.startsWith(u":+")) {
                out += value.isEmpty() ? QString() : expandImpl(rest.sliced(2), vars, escape, depth + 1);
            } else if (rest.startsWith(u'-')) {
                out += set ? value : expandImpl(rest.sliced(1), vars, escape, depth + 1);
            } else if (rest.startsWith(u'+')) {
                out += set ? expandImpl(rest.sliced(1), vars, escape, depth + 1) : QString();
            } else {
                out += value; // other modifiers (${VAR:?err}, ${VAR#pat}) are newer syntax: keep the value
            }
            i = j - 1;
            continue;
        }
        if (isNameStart(n)) {
            qsizetype j = i + 1;
            while (j < text.size() && isNameChar(text[j])) {
                ++j;
            }
            out += vars.value(text.sliced(i + 1, j - i - 1).toString());
            i = j - 1;
            continue;
        }
        out += c;
    }
    return out;
}

} // namespace

const Flag* Instruction::flag(QStringView name) const
{
    for (const Flag& f : flags) {
        if (f.name == name) {
            return &f;
        }
    }
    return nullptr;
}

QString Instruction::flagValue(QStringView name) const
{
    const Flag* f = flag(name);
    return f ? f->value : QString();
}

Position Instruction::positionAt(qsizetype offset) const
{
    if (segments.empty()) {
        return pos;
    }
    auto it = std::upper_bound(
        segments.begin(), segments.end(), offset, [](qsizetype o, const Segment& s) { return o < s.offset; });
    const Segment& best = it == segments.begin() ? segments.front() : *(it - 1);
    return {best.pos.line, std::max(1, best.pos.column + int(offset - best.offset))};
}

// Removes every `<<DELIM`, `<<-DELIM`, `<<"DELIM"` and `<<'DELIM'` marker from text. A scan, not a regular expression
// built per heredoc: this runs for every RUN each time a rule asks for its script.
static QString withoutHeredocMarker(const QString& text, const QString& delimiter)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype at = text.indexOf(QLatin1String("<<"), i);
        if (at < 0) {
            break;
        }
        qsizetype q = at + 2;
        if (q < text.size() && text[q] == u'-') {
            ++q;
        }
        QChar quote;
        if (q < text.size() && (text[q] == u'"' || text[q] == u'\'')) {
            quote = text[q];
            ++q;
        }
        bool marker = QStringView(text).mid(q).startsWith(delimiter);
        q += delimiter.size();
        if (marker && !quote.isNull()) {
            marker = q < text.size() && text[q] == quote;
            ++q;
        }
        if (marker && !delimiter.isEmpty()) {
            out += QStringView(text).mid(i, at - i);
            i = q;
        } else {
            out += QStringView(text).mid(i, at + 2 - i);
            i = at + 2;
        }
    }
    out += QStringView(text).mid(i);
    return out;
}

QString Instruction::shellScript() const
{
    if (kind != InstructionKind::Run) {
        return {};
    }
    static const QSet<QString> shells{
        QStringLiteral("sh"),
        QStringLiteral("bash"),
        QStringLiteral("ash"),
        QStringLiteral("dash"),
        QStringLiteral("zsh"),
        QStringLiteral("/bin/sh"),
        QStringLiteral("/bin/bash"),
        QStringLiteral("/bin/ash"),
        QStringLiteral("/bin/dash"),
        QStringLiteral("/usr/bin/env"),
    };
    if (execForm) {
        // ["/bin/sh", "-c", "script"] runs a script; anything else is one command.
        if (execArgs.size() >= 3 && shells.contains(execArgs[0]) && execArgs[execArgs.size() - 2] == u"-c"_s) {
            return execArgs.last();
        }
        QStringList quoted;
        for (const QString& w : execArgs) {
            quoted << (w.contains(u' ') || w.isEmpty() ? u'\'' + QString(w).replace(u'\'', u'"') + u'\'' : w);
        }
        return quoted.join(u' ');
    }
    if (heredocs.empty()) {
        return args;
    }
    // `RUN <<EOF` (or `RUN bash <<EOF`) feeds the heredoc to the shell; otherwise the heredoc is some program's stdin.
    QString rest = args;
    for (const Heredoc& h : heredocs) {
        rest = withoutHeredocMarker(rest, h.delimiter);
    }
    const QStringList words = rest.split(u' ', Qt::SkipEmptyParts);
    bool shellOnly = words.isEmpty() || shells.contains(words.first());
    for (qsizetype n = 1; shellOnly && n < words.size(); ++n) {
        shellOnly = words[n].startsWith(u'-') && words[n] != u"-c"_s;
    }
    if (!shellOnly) {
        return rest;
    }
    QString script;
    for (const Heredoc& h : heredocs) {
        script += h.body;
    }
    return script;
}

int ParsedDockerfile::stageByName(QStringView name, int beforeStage) const
{
    if (name.isEmpty()) {
        return -1;
    }
    bool isNumber = false;
    const int n = name.toInt(&isNumber);
    if (isNumber) {
        return n >= 0 && n < beforeStage && n < int(stages.size()) ? n : -1;
    }
    const auto it = stagesByAlias.constFind(name.toString().toLower());
    if (it == stagesByAlias.constEnd()) {
        return -1;
    }
    // The last stage of that name defined before `beforeStage`.
    auto pos = std::lower_bound(it->begin(), it->end(), beforeStage);
    return pos == it->begin() ? -1 : *(pos - 1);
}

ParsedDockerfile parseDockerfile(const QByteArray& data, const QString& path)
{
    return Parser(data, path).run();
}

QString expandVariables(QStringView text, const QHash<QString, QString>& vars, QChar escape)
{
    return expandImpl(text, vars, escape, 0);
}

std::vector<KeyValue> parseKeyValues(QStringView text, bool legacyAllowed, QChar escape)
{
    std::vector<KeyValue> out;
    // Tokenise on unquoted whitespace, dropping quotes and escapes.
    struct Token
    {
        QString text;
        qsizetype offset;
        qsizetype rawEnd;
        qsizetype eqInRaw; // position of the first unquoted '=' in text, or -1
    };
    std::vector<Token> tokens;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && isSpace(text[i])) {
            ++i;
        }
        if (i >= text.size()) {
            break;
        }
        Token t{QString(), i, i, -1};
        QChar quote;
        while (i < text.size() && (!quote.isNull() || !isSpace(text[i]))) {
            const QChar c = text[i];
            if (c == escape && i + 1 < text.size() && quote != u'\'') {
                t.text += text[i + 1];
                i += 2;
                continue;
            }
            if (quote.isNull() && (c == u'"' || c == u'\'')) {
                quote = c;
                ++i;
                continue;
            }
            if (!quote.isNull() && c == quote) {
                quote = QChar();
                ++i;
                continue;
            }
            if (c == u'=' && quote.isNull() && t.eqInRaw < 0) {
                t.eqInRaw = t.text.size();
            }
            // c and the plain characters after it (none of which changes the state above) are appended in one go.
            qsizetype j = i + 1;
            while (j < text.size()) {
                const QChar d = text[j];
                if (d == escape || d == u'"' || d == u'\'' || d == u'=' || (quote.isNull() && isSpace(d))) {
                    break;
                }
                ++j;
            }
            t.text += text.sliced(i, j - i);
            i = j;
        }
        t.rawEnd = i;
        tokens.push_back(std::move(t));
    }
    if (tokens.empty()) {
        return out;
    }
    if (legacyAllowed && tokens.front().eqInRaw < 0) {
        // Legacy `ENV key value with spaces`: one pair, the value is the rest of the line.
        KeyValue kv;
        kv.key = tokens.front().text;
        kv.offset = tokens.front().offset;
        if (tokens.size() > 1) {
            QString v;
            for (size_t n = 1; n < tokens.size(); ++n) {
                if (n > 1) {
                    v += u' ';
                }
                v += tokens[n].text;
            }
            kv.value = v;
            kv.hasValue = true;
        }
        out.push_back(std::move(kv));
        return out;
    }
    for (const Token& t : tokens) {
        KeyValue kv;
        kv.offset = t.offset;
        if (t.eqInRaw >= 0) {
            kv.key = t.text.first(t.eqInRaw);
            kv.value = t.text.sliced(t.eqInRaw + 1);
            kv.hasValue = true;
        } else {
            kv.key = t.text;
        }
        out.push_back(std::move(kv));
    }
    return out;
}

} // namespace bulkhead::dockerfile
