// SPDX-License-Identifier: GPL-3.0-or-later
// Structure and instruction rules: stages, FROM, COPY/ADD, CMD/ENTRYPOINT, USER, WORKDIR, EXPOSE, ONBUILD, SHELL and
// the shell commands that do not belong in a RUN. hadolint's DL numbers are aliases; semantics follow its docs.
#include "core/dockerfile/lintsupport.h"

#include <QRegularExpression>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <limits>
#include <memory>
#include <span>
#include <string_view>

// QString literals: comparing with u"..."_s checks the length first and needs no strlen.
using namespace Qt::StringLiterals;

namespace bulkhead::dockerfile::detail {

namespace {

using model::Category;
using model::Severity;

// ---------------------------------------------------------------- the instructions of each kind
// Most rules here look at one or two kinds of instruction (WORKDIR, COPY, EXPOSE, ...), ~4 of the ~28 of a file; each
// walking every instruction to test its kind cost more than the rule's own work. The indices of each kind, in file
// order, are made once per linted file, at the first rule that asks, and kept per thread for the rules after it.
//
// Which file: a LintContext lives for one lintDockerfile() call and offers no identity of that call, so the index
// keeps a copy of the file's decoded text (Instruction::sourceText, one buffer per parse, shared by its instructions
// and by copies of the ParsedDockerfile): while it is held no other text can be at that address, so the same text
// buffer with the same instruction array and count is the same parse (a ParsedDockerfile is not changed after
// parsing). Each rule asks once per lintDockerfile() call: a rule that asks again means another call, and the index
// is made again. Instructions with no owned text (made by hand) get a fresh index every time.
// (The natural home is LintContext, filled by lintDockerfile(); until then it lives here.)
// s trimmed, without one pair of surrounding quotes.
QStringView unquoted(QStringView s)
{
    // Most words start and end with a printable ASCII character, which is no white space: then there is nothing to
    // trim, and QStringView::trimmed() (a library call) is not needed.
    const auto printableAscii = [](char16_t c) { return c > u' ' && c < 0x7F; };
    if (s.isEmpty() || !printableAscii(s.front().unicode()) || !printableAscii(s.back().unicode())) {
        s = s.trimmed();
    }
    if (s.size() >= 2 && ((s.startsWith(u'"') && s.endsWith(u'"')) || (s.startsWith(u'\'') && s.endsWith(u'\'')))) {
        return s.sliced(1, s.size() - 2);
    }
    return s;
}

// s == word for a literal: the length, then unit by unit (QStringView's == calls the library for every equal length,
// and rules compare every command's name with one).
template<size_t N> bool isWord(QStringView s, const char16_t (&word)[N])
{
    constexpr qsizetype n = qsizetype(N - 1);
    if (s.size() != n) {
        return false;
    }
    const char16_t* p = s.utf16();
    for (qsizetype k = 0; k < n; ++k) {
        if (p[k] != word[k]) {
            return false;
        }
    }
    return true;
}

// s up to its first ':' (QString::section(u':', 0, 0)).
QStringView beforeColon(QStringView s)
{
    const qsizetype colon = findChar(s, u':');
    return colon < 0 ? s : s.first(colon);
}

bool isWindowsAbsolute(QStringView p)
{
    return p.size() >= 3 && p[0].isLetter() && p[1] == u':' && (p[2] == u'\\' || p[2] == u'/');
}

bool isExternalImageRef(QStringView v)
{
    // One pass for the four characters.
    return std::any_of(v.begin(), v.end(), [](QChar ch) {
        const char16_t u = ch.unicode();
        return u == u':' || u == u'/' || u == u'@' || u == u'.';
    });
}

// ---------------------------------------------------------------- DL3000
void checkWorkdirAbsolute(LintContext& c)
{
    for (const int i : c.kinds.of(InstructionKind::Workdir)) {
        const Instruction& ins = c.df.instructions[size_t(i)];
        const QStringView p = unquoted(ins.args); // a view: only a finding needs a copy
        if (p.startsWith(u'/') || p.startsWith(u'$') || isWindowsAbsolute(p)) {
            continue;
        }
        c.report(int(i),
                 Lint::tr("WORKDIR '%1' is relative; it depends on the previous WORKDIR").arg(p),
                 concatText({lit(u"WORKDIR /"), p}));
    }
}

// ---------------------------------------------------------------- DL3001
void checkPointlessCommands(LintContext& c)
{
    // free, kill, mount, ps, service, shutdown, ssh, top, vim: by length, then the one or two of that length.
    const auto pointless = [](QStringView n) {
        switch (n.size()) {
        case 2:
            return isWord(n, u"ps");
        case 3:
            return isWord(n, u"ssh") || isWord(n, u"top") || isWord(n, u"vim");
        case 4:
            return isWord(n, u"free") || isWord(n, u"kill");
        case 5:
            return isWord(n, u"mount");
        case 7:
            return isWord(n, u"service");
        case 8:
            return isWord(n, u"shutdown");
        default:
            return false;
        }
    };
    // lintDockerfile() marked the scripts that run one of these: the others are not looked into.
    if (!c.runsCommand(CommandName::Pointless)) {
        return;
    }
    for (const RunInfo& r : c.runs) {
        if (!r.runs(CommandName::Pointless)) {
            continue;
        }
        for (const ShellCommand& cmd : r.script.commands) {
            if (pointless(cmd.name())) {
                c.reportCommand(r, cmd, Lint::tr("'%1' makes no sense in an image build").arg(cmd.name()));
            }
        }
    }
}

bool isRootUser(QStringView user)
{
    user = beforeColon(unquoted(user));
    return user == u"root"_s || user == u"0"_s;
}

// ---------------------------------------------------------------- DL3002
void checkLastUserRoot(LintContext& c)
{
    const int final = int(c.df.stages.size()) - 1;
    int last = -1; // the final stage's last USER: the last USER, when it is in that stage
    const std::span<const int> users = c.kinds.of(InstructionKind::User);
    if (final >= 0 && !users.empty() && c.df.instructions[size_t(users.back())].stage == final) {
        last = users.back();
    }
    if (last >= 0 && isRootUser(c.df.instructions[last].expanded)) {
        c.report(last, Lint::tr("the final stage's last USER is root"), QStringLiteral("USER 10001:10001"));
    }
}

// ---------------------------------------------------------------- DL3003
void checkCd(LintContext& c)
{
    if (!c.runsCommand(CommandName::Cd)) {
        return;
    }
    for (const RunInfo& r : c.runs) {
        if (!r.runs(CommandName::Cd)) {
            continue;
        }
        for (const ShellCommand& cmd : r.script.commands) {
            if (isWord(cmd.name(), u"cd")) {
                const QStringView dir = cmd.arg(1);
                c.reportCommand(r,
                                cmd,
                                Lint::tr("RUN changes directory with 'cd'; use WORKDIR"),
                                dir.startsWith(u'/') ? concatText({lit(u"WORKDIR "), dir}) : QString());
                break;
            }
        }
    }
}

// ---------------------------------------------------------------- DL3004
void checkSudo(LintContext& c)
{
    if (!c.runsCommand(CommandName::Sudo)) {
        return;
    }
    for (const RunInfo& r : c.runs) {
        if (!r.runs(CommandName::Sudo)) {
            continue;
        }
        for (const ShellCommand& cmd : r.script.commands) {
            const auto sudo = [](QStringView w) { return isWord(w, u"sudo"); };
            if (sudo(cmd.name()) ||
                (!cmd.wrappers.empty() && std::any_of(cmd.wrappers.begin(), cmd.wrappers.end(), sudo))) {
                c.reportCommand(r, cmd, Lint::tr("RUN uses sudo"));
            }
        }
    }
}

// ---------------------------------------------------------------- DL3006 / DL3007
// image.compare("scratch", Qt::CaseInsensitive) == 0. Qt folds unit by unit, so only seven units can match: other
// lengths are told apart without the call.
bool isScratch(const QString& image)
{
    return image.size() == 7 && image.compare(u"scratch"_s, Qt::CaseInsensitive) == 0;
}

bool isStageOrScratch(const LintContext&, const Stage& s)
{
    return s.parentStage >= 0 || isScratch(s.imageExpanded);
}

void checkUntagged(LintContext& c)
{
    for (const Stage& s : c.df.stages) {
        if (isStageOrScratch(c, s) || s.imageExpanded.isEmpty() || s.image.startsWith(u'$')) {
            continue;
        }
        const ImageRef& ref = c.stageImage(s.index);
        if (ref.tag.isEmpty() && ref.digest.isEmpty()) {
            c.report(s.fromInstruction, Lint::tr("base image '%1' has no tag (it means :latest)").arg(s.imageExpanded));
        }
    }
}

void checkLatest(LintContext& c)
{
    for (const Stage& s : c.df.stages) {
        if (isStageOrScratch(c, s)) {
            continue;
        }
        const ImageRef& ref = c.stageImage(s.index);
        if (ref.tag == u"latest"_s && ref.digest.isEmpty()) {
            c.report(s.fromInstruction, Lint::tr("base image '%1' uses the moving tag 'latest'").arg(s.imageExpanded));
        }
    }
}

// ---------------------------------------------------------------- DL3010
bool isTarArchive(QStringView p)
{
    static constexpr QStringView kSuffixes[]{u".tar",
                                             u".tar.gz",
                                             u".tgz",
                                             u".tar.bz2",
                                             u".tbz",
                                             u".tbz2",
                                             u".tar.xz",
                                             u".txz",
                                             u".tar.zst",
                                             u".tar.lz",
                                             u".tar.lzma"};
    // ASCII endings are compared directly (every COPY source is asked). A non-ASCII character or a newline near the
    // end goes to the pattern, whose caseless Unicode matching ('\u017f' is an 's') and '$' (before a final newline)
    // decide exactly as before.
    // Every suffix ends in r, z, 2, t or a (either case): an ASCII last character (not a newline, before which the
    // pattern's '$' also matches) that is none of them decides at once, for the pattern too.
    if (!p.isEmpty()) {
        const char16_t last = p.back().unicode();
        if (last < 0x80 && last != u'\n') {
            switch (last | 0x20) { // ASCII letters folded to lower case; '2' (0x32) stays itself
            case u'r':
            case u'z':
            case u'2':
            case u't':
            case u'a':
                break;
            default:
                return false;
            }
        }
    }
    const QStringView tail = p.right(9); // ".tar.lzma"
    const bool plain = std::all_of(tail.begin(), tail.end(), [](QChar c) { return c.unicode() < 0x80 && c != u'\n'; });
    if (!plain) {
        static const QRegularExpression re(QStringLiteral("\\.(tar|tar\\.gz|tgz|tar\\.bz2|tbz2?|tar\\.xz|txz|tar\\.zst|"
                                                          "tar\\.lz|tar\\.lzma)$"),
                                           QRegularExpression::CaseInsensitiveOption);
        return re.match(p).hasMatch();
    }
    // The tail folded to lower case once, then plain suffix compares (instead of a caseless compare per suffix).
    char16_t folded[9];
    for (qsizetype k = 0; k < tail.size(); ++k) {
        const char16_t ch = tail[k].unicode();
        folded[k] = ch >= u'A' && ch <= u'Z' ? char16_t(ch + (u'a' - u'A')) : ch;
    }
    const QStringView lower(folded, tail.size());
    return std::any_of(
        std::begin(kSuffixes), std::end(kSuffixes), [lower](QStringView s) { return endsWithPlain(lower, s); });
}

void checkCopyThenExtract(LintContext& c)
{
    // The COPY sources that name an archive, first: most files have none, and then no RUN is looked at.
    struct Candidate
    {
        int instruction;
        qsizetype word;
    };
    QVarLengthArray<Candidate, 8> candidates;
    for (const int i : c.kinds.of(InstructionKind::Copy)) {
        const Instruction& ins = c.df.instructions[size_t(i)];
        if (ins.flag(u"from"_s) || ins.stage < 0) {
            continue;
        }
        const LintContext::Words w = c.copyWords(i);
        for (qsizetype s = 0; s + 1 < w.size(); ++s) {
            if (isTarArchive(w[s])) {
                candidates.append({int(i), s});
            }
        }
    }
    if (candidates.isEmpty()) {
        return;
    }
    // stage -> basename of a word of a `tar -x` command (a view of the split script) -> last RUN index doing it (one
    // pass, then O(1) lookups).
    std::vector<QHash<QStringView, int>> extracted(c.df.stages.size());
    for (const RunInfo& r : c.runs) {
        if (r.ins->stage < 0 || r.onbuild || !r.runs(CommandName::Tar)) {
            continue;
        }
        for (const ShellCommand& cmd : r.script.commands) {
            if (isWord(cmd.name(), u"tar") &&
                (cmd.hasOption(u"x", {u"--extract", u"--get"}) || cmd.arg(1).startsWith(u'x'))) {
                for (QStringView w : cmd.words) {
                    extracted[r.ins->stage].insert(w.sliced(w.lastIndexOf(u'/') + 1), r.index);
                }
            }
        }
    }
    for (const Candidate& k : candidates) {
        const Instruction& ins = c.df.instructions[size_t(k.instruction)];
        const LintContext::Words w = c.copyWords(k.instruction);
        const QStringView source = w[k.word];
        if (extracted[ins.stage].value(source.sliced(source.lastIndexOf(u'/') + 1), -1) > k.instruction) {
            c.report(k.instruction,
                     Lint::tr("'%1' is copied and then extracted; ADD extracts local archives").arg(source),
                     concatText({lit(u"ADD "), source, lit(u" "), w.last()}));
        }
    }
}

// ---------------------------------------------------------------- DL3011
// p.toLongLong(ok): 1 to 18 ASCII digits (a port, nearly always) are added up here, anything else is left to Qt.
qlonglong toLongLongFast(QStringView p, bool* ok)
{
    if (p.isEmpty() || p.size() > 18) {
        return p.toLongLong(ok);
    }
    qlonglong n = 0;
    for (const QChar ch : p) {
        const char16_t u = ch.unicode();
        if (u < u'0' || u > u'9') {
            return p.toLongLong(ok);
        }
        n = n * 10 + (u - u'0');
    }
    *ok = true;
    return n;
}

void checkPortRange(LintContext& c)
{
    for (const int i : c.kinds.of(InstructionKind::Expose)) {
        const Instruction& ins = c.df.instructions[size_t(i)];
        forEachPart(ins.expanded, u' ', [&](QStringView tok) {
            const qsizetype slash = findChar(tok, u'/');
            const QStringView ports = slash < 0 ? tok : tok.first(slash);
            // Each side of a range (empty sides included, as QString::split keeps them).
            for (qsizetype from = 0;;) {
                const qsizetype dash = findChar(ports, u'-', from);
                const QStringView p = ports.sliced(from, (dash < 0 ? ports.size() : dash) - from);
                bool ok = false;
                const qlonglong n = toLongLongFast(p, &ok);
                if ((ok && (n < 0 || n > 65535)) ||
                    (!ok && !p.isEmpty() && p.size() > 5 &&
                     std::all_of(p.begin(), p.end(), [](QChar ch) { return ch.isDigit(); }))) {
                    c.report(int(i), Lint::tr("port %1 is outside 0-65535").arg(p));
                }
                if (dash < 0) {
                    break;
                }
                from = dash + 1;
            }
        });
    }
}

// ---------------------------------------------------------------- DL3012 / DL4003 / DL4004
// The message is made when the first repeat is found (most files have none).
template<typename Message> void reportRepeats(LintContext& c, InstructionKind kind, Message message)
{
    // The instructions of that kind in file order: a stage's instructions are consecutive, so this visits them as
    // stageInstructions() lists them, stage after stage.
    int stage = -1;
    int seen = 0;
    QString text;
    for (const int i : c.kinds.of(kind)) { // the keyword names the kind
        const Instruction& ins = c.df.instructions[size_t(i)];
        if (ins.stage < 0 || ins.stage >= int(c.df.stages.size())) {
            continue;
        }
        if (ins.stage != stage) {
            stage = ins.stage;
            seen = 0;
        }
        if (++seen > 1) {
            if (text.isNull()) {
                text = message();
            }
            c.report(i, text);
        }
    }
}

void checkMultipleHealthcheck(LintContext& c)
{
    reportRepeats(c, InstructionKind::Healthcheck, [] {
        return Lint::tr("more than one HEALTHCHECK in a stage; only the last one counts");
    });
}

void checkMultipleCmd(LintContext& c)
{
    reportRepeats(
        c, InstructionKind::Cmd, [] { return Lint::tr("more than one CMD in a stage; only the last one counts"); });
}

void checkMultipleEntrypoint(LintContext& c)
{
    reportRepeats(c, InstructionKind::Entrypoint, [] {
        return Lint::tr("more than one ENTRYPOINT in a stage; only the last one counts");
    });
}

// ---------------------------------------------------------------- DL3020
bool isUrl(QStringView s)
{
    return s.contains(u"://"_s) || s.startsWith(u"git@"_s);
}

void checkAddForFiles(LintContext& c)
{
    for (const int i : c.kinds.of(InstructionKind::Add)) {
        const Instruction& ins = c.df.instructions[size_t(i)];
        const LintContext::Words w = c.copyWords(i);
        bool local = false;
        for (qsizetype s = 0; s + 1 < w.size(); ++s) {
            if (!isUrl(w[s]) && !isTarArchive(w[s]) && !w[s].startsWith(u"<<") &&
                !w[s].endsWith(u".zip", Qt::CaseInsensitive) && !w[s].endsWith(u".gz", Qt::CaseInsensitive) &&
                !w[s].endsWith(u".xz", Qt::CaseInsensitive) && !w[s].endsWith(u".bz2", Qt::CaseInsensitive)) {
                local = true;
            }
        }
        if (local) {
            QString suggestion = editableLine(ins);
            if (!suggestion.isEmpty()) {
                suggestion.replace(0, ins.written.size(), QStringLiteral("COPY"));
            }
            c.report(int(i),
                     Lint::tr("ADD copies plain files; COPY does the same with no hidden URL or archive magic"),
                     suggestion);
        }
    }
}

// ---------------------------------------------------------------- DL3021
void checkCopyDestSlash(LintContext& c)
{
    for (const int i : c.kinds.ofAny({InstructionKind::Copy, InstructionKind::Add})) {
        const Instruction& ins = c.df.instructions[size_t(i)];
        if (!ins.heredocs.empty()) {
            continue;
        }
        const LintContext::Words w = c.copyWords(i);
        if (w.size() > 2 && !unquoted(w.last()).endsWith(u'/') && !w.last().startsWith(u'$')) {
            const QString suggestion = editableLine(ins);
            c.report(i,
                     Lint::tr("%1 with several sources needs a destination folder ending in '/'").arg(ins.keyword),
                     suggestion.isEmpty() ? QString() : suggestion + u'/');
        }
    }
}

// ---------------------------------------------------------------- DL3022 / DL3023
// Whether `value` is all ASCII and, folded to lower case, is `lower`.
bool equalsFoldedAscii(QStringView value, const QString& lower)
{
    if (value.size() != lower.size()) {
        return false;
    }
    for (qsizetype k = 0; k < value.size(); ++k) {
        const char16_t ch = value[k].unicode();
        if (ch >= 0x80 || (ch >= u'A' && ch <= u'Z' ? char16_t(ch + (u'a' - u'A')) : ch) != lower[k].unicode()) {
            return false;
        }
    }
    return true;
}

// Whether `name` names a stage up to `stage` (itself included): df.stageByName(name, stage) >= 0 or
// df.stageByName(name, stage + 1) == stage. An ASCII name that starts with a letter (no number, and lower case is
// plain ASCII folding) is compared with the aliases of those few stages directly; any other name, or a stage far
// into a generated file, asks the parser's index.
bool namesStageUpTo(const ParsedDockerfile& df, QStringView name, int stage)
{
    constexpr int kScan = 32;
    const bool plain =
        !name.isEmpty() && stage < kScan && stage < int(df.stages.size()) &&
        ((name.front() >= u'a' && name.front() <= u'z') || (name.front() >= u'A' && name.front() <= u'Z'));
    if (!plain) {
        return df.stageByName(name, stage) >= 0 || df.stageByName(name, stage + 1) == stage;
    }
    for (int k = 0; k <= stage; ++k) {
        const QString& alias = df.stages[size_t(k)].alias;
        if (!alias.isEmpty() && equalsFoldedAscii(name, alias)) {
            return true;
        }
    }
    // A non-ASCII name never equals the folded aliases here, but toLower() may map it onto one: the parser decides.
    return !std::all_of(name.begin(), name.end(), [](QChar ch) { return ch.unicode() < 0x80; }) &&
           (df.stageByName(name, stage) >= 0 || df.stageByName(name, stage + 1) == stage);
}

void checkCopyFromUnknown(LintContext& c)
{
    for (const int i : c.kinds.of(InstructionKind::Copy)) {
        const Instruction& ins = c.df.instructions[size_t(i)];
        const Flag* from = ins.flag(u"from"_s);
        if (!from || from->value.isEmpty() || containsChar(from->value, u'$') || ins.stage < 0) {
            continue;
        }
        const QStringView v = unquoted(from->value);
        if (isExternalImageRef(v)) {
            continue;
        }
        if (!namesStageUpTo(c.df, v, ins.stage)) {
            c.report(int(i), Lint::tr("COPY --from=%1 names no earlier stage").arg(v));
        }
    }
}

// Whether value.toLower() is `alias` (non-empty) or the decimal `stage`. An ASCII value is compared as it is, folded
// unit by unit (no copy); any other goes through QString::toLower(), whose Unicode folding may change its length.
bool namesStage(QStringView value, const QString& alias, int stage)
{
    char16_t digits[12];
    qsizetype n = 0;
    for (unsigned v = unsigned(stage);; v /= 10) { // stage >= 0
        digits[n++] = char16_t(u'0' + v % 10);
        if (v < 10) {
            break;
        }
    }
    std::reverse(digits, digits + n);
    const QStringView number(digits, n);
    if (!std::all_of(value.begin(), value.end(), [](QChar ch) { return ch.unicode() < 0x80; })) {
        const QString v = value.toString().toLower();
        return (!alias.isEmpty() && v == alias) || v == number;
    }
    if (!alias.isEmpty() && value.size() == alias.size()) {
        bool same = true;
        for (qsizetype k = 0; k < value.size() && same; ++k) {
            const char16_t ch = value[k].unicode();
            same = (ch >= u'A' && ch <= u'Z' ? char16_t(ch + (u'a' - u'A')) : ch) == alias[k].unicode();
        }
        if (same) {
            return true;
        }
    }
    return value == number; // digits: folding changes nothing
}

void checkCopyFromSelf(LintContext& c)
{
    for (const int i : c.kinds.of(InstructionKind::Copy)) {
        const Instruction& ins = c.df.instructions[size_t(i)];
        const Flag* from = ins.flag(u"from"_s);
        if (!from || ins.stage < 0) {
            continue;
        }
        const QStringView value = unquoted(from->value);
        const Stage& own = c.df.stages[ins.stage];
        if (namesStage(value, own.alias, ins.stage)) {
            const QString v = value.toString().toLower();
            c.report(int(i), Lint::tr("COPY --from=%1 names the stage it is in").arg(v));
        }
    }
}

// ---------------------------------------------------------------- DL3024 / DL3063
void checkDuplicateAlias(LintContext& c)
{
    // Nearly every file names at most one stage: then nothing can repeat, and no set is built.
    const auto aliased =
        std::count_if(c.df.stages.begin(), c.df.stages.end(), [](const Stage& s) { return !s.alias.isEmpty(); });
    if (aliased < 2) {
        return;
    }
    // A few stages: each alias compared with the earlier ones (a set costs more than that).
    const std::vector<Stage>& stages = c.df.stages;
    if (stages.size() <= 32) {
        for (size_t k = 0; k < stages.size(); ++k) {
            const Stage& s = stages[k];
            if (!s.alias.isEmpty() && std::any_of(stages.begin(), stages.begin() + qsizetype(k), [&s](const Stage& e) {
                    return e.alias == s.alias;
                })) {
                c.report(s.fromInstruction, Lint::tr("stage name '%1' is used twice").arg(s.aliasWritten));
            }
        }
        return;
    }
    QSet<QString> seen;
    for (const Stage& s : c.df.stages) {
        if (s.alias.isEmpty()) {
            continue;
        }
        if (seen.contains(s.alias)) {
            c.report(s.fromInstruction, Lint::tr("stage name '%1' is used twice").arg(s.aliasWritten));
        }
        seen.insert(s.alias);
    }
}

void checkReservedAlias(LintContext& c)
{
    for (const Stage& s : c.df.stages) {
        if (s.alias == u"scratch"_s || s.alias == u"context"_s) {
            c.report(s.fromInstruction, Lint::tr("stage name '%1' is reserved").arg(s.aliasWritten));
        }
    }
}

// ---------------------------------------------------------------- DL3025
void checkJsonCmd(LintContext& c)
{
    // A character the shell would interpret: then no JSON form is suggested ([\"'$`|&;<>()*?\\]).
    const auto hasShellChar = [](QStringView text) {
        return std::any_of(text.begin(), text.end(), [](QChar ch) {
            switch (ch.unicode()) {
            case u'"':
            case u'\'':
            case u'$':
            case u'`':
            case u'|':
            case u'&':
            case u';':
            case u'<':
            case u'>':
            case u'(':
            case u')':
            case u'*':
            case u'?':
            case u'\\':
                return true;
            default:
                // A control character other than a tab would have to be escaped in the JSON array (Docker rejects it
                // raw): no suggestion either.
                return (ch.unicode() < 0x20 && ch.unicode() != u'\t') || ch.unicode() == 0x7F;
            }
        });
    };
    // The words the shell would see: split on spaces and tabs (the white space of $IFS a one-line command can hold).
    const auto forEachWord = [](QStringView text, auto&& f) {
        qsizetype from = 0;
        for (qsizetype k = 0; k <= text.size(); ++k) {
            if (k == text.size() || text[k] == u' ' || text[k] == u'\t') {
                if (k > from) {
                    f(text.sliced(from, k - from));
                }
                from = k + 1;
            }
        }
    };
    for (const int i : c.kinds.ofAny({InstructionKind::Cmd, InstructionKind::Entrypoint})) {
        const Instruction& ins = c.df.instructions[size_t(i)];
        if (ins.execForm) {
            continue;
        }
        QString suggestion;
        if (!hasShellChar(ins.args)) {
            // KEYWORD ["word", "word", ...]: measured, then written into a string of that size.
            qsizetype words = 0;
            qsizetype chars = 0;
            forEachWord(ins.args, [&](QStringView word) {
                ++words;
                chars += word.size();
            });
            const QString& keyword = ins.keyword;
            // `KEYWORD [`, each word quoted, `, ` between words, `]`.
            suggestion = QString(keyword.size() + 2 + chars + 2 * words + (words > 0 ? 2 * (words - 1) : 0) + 1,
                                 Qt::Uninitialized);
            char16_t* out = reinterpret_cast<char16_t*>(suggestion.data());
            const auto put = [&out](QStringView text) {
                std::copy(text.utf16(), text.utf16() + text.size(), out);
                out += text.size();
            };
            put(keyword);
            put(u" [");
            bool first = true;
            forEachWord(ins.args, [&](QStringView word) {
                put(first ? QStringView(u"\"") : QStringView(u", \""));
                put(word);
                *out++ = u'"';
                first = false;
            });
            *out++ = u']';
            Q_ASSERT(out == reinterpret_cast<const char16_t*>(suggestion.constData()) + suggestion.size());
        }
        c.report(i,
                 Lint::tr("%1 uses the shell form: the process runs under /bin/sh -c and does not get signals")
                     .arg(ins.keyword),
                 suggestion);
    }
}

// ---------------------------------------------------------------- DL3026
bool registryTrusted(const QString& registry, const QStringList& trusted)
{
    for (const QString& t : trusted) {
        if (t == registry) {
            return true;
        }
        if (t.startsWith(u"*.") && registry.endsWith(t.mid(1))) {
            return true;
        }
        if (t == u"*"_s) {
            return true;
        }
    }
    return false;
}

void checkTrustedRegistry(LintContext& c)
{
    if (c.config.trustedRegistries.isEmpty()) {
        return;
    }
    for (const Stage& s : c.df.stages) {
        if (isStageOrScratch(c, s) || s.imageExpanded.isEmpty()) {
            continue;
        }
        const ImageRef& ref = c.stageImage(s.index);
        const QString registry = ref.registry.isEmpty() ? QStringLiteral("docker.io") : ref.registry.toString();
        QStringList trusted = c.config.trustedRegistries;
        if (trusted.contains(u"hub.docker.com") || trusted.contains(u"index.docker.io")) {
            trusted << QStringLiteral("docker.io");
        }
        if (!registryTrusted(registry, trusted)) {
            c.report(s.fromInstruction,
                     Lint::tr("base image comes from '%1', which is not a trusted registry").arg(registry));
        }
    }
}

// ---------------------------------------------------------------- DL3029 / DL3065
void checkPlatformFlag(LintContext& c)
{
    for (const Stage& s : c.df.stages) {
        if (!s.platform.isEmpty() && !s.platform.contains(u'$')) {
            c.report(s.fromInstruction,
                     Lint::tr("FROM --platform=%1 fixes the platform; builds for other platforms "
                              "then run emulated or fail")
                         .arg(s.platform));
        }
    }
}

void checkRedundantPlatform(LintContext& c)
{
    for (const Stage& s : c.df.stages) {
        const QString p = s.platform;
        if (p == u"$TARGETPLATFORM"_s || p == u"${TARGETPLATFORM}"_s) {
            static const QRegularExpression platformFlag(QStringLiteral("\\s*--platform=\\S+"));
            QString suggestion = editableLine(c.df.instructions[s.fromInstruction]);
            suggestion.remove(platformFlag);
            c.report(s.fromInstruction, Lint::tr("--platform=$TARGETPLATFORM is the default and can go"), suggestion);
        }
    }
}

// ---------------------------------------------------------------- DL3043
void checkOnbuildChain(LintContext& c)
{
    for (const int i : c.kinds.of(InstructionKind::Onbuild)) {
        const Instruction& ins = c.df.instructions[size_t(i)];
        const QString inner = ins.args.section(u' ', 0, 0).toUpper();
        if (inner == u"ONBUILD"_s || inner == u"FROM"_s || inner == u"MAINTAINER"_s) {
            c.report(int(i), Lint::tr("ONBUILD cannot trigger %1").arg(inner));
        }
    }
}

// ---------------------------------------------------------------- DL3044
// forEachVariableReference(text, f) for a text whose first '$' is at `dollar`, with plain character loops (the
// library search per '$' cost more than these short values): the names of \$\{?([A-Za-z_][A-Za-z0-9_]*), left to
// right.
template<typename F> void forEachReference(QStringView text, qsizetype dollar, F&& f)
{
    const auto nameStart = [](char16_t c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_'; };
    for (qsizetype i = dollar; i >= 0;) {
        qsizetype j = i + 1;
        if (j < text.size() && text[j] == u'{') {
            ++j;
        }
        if (j >= text.size() || !nameStart(text[j].unicode())) {
            i = findChar(text, u'$', i + 1);
            continue;
        }
        qsizetype e = j + 1;
        while (e < text.size() && (nameStart(text[e].unicode()) || (text[e] >= u'0' && text[e] <= u'9'))) {
            ++e;
        }
        f(text.sliced(j, e - j));
        i = findChar(text, u'$', e);
    }
}

void checkEnvSelfReference(LintContext& c)
{
    // A reference in the value of pair j is a finding when an earlier pair k < j of the same ENV has that key and the
    // key was not defined (ENV/ARG) before this ENV in its stage: the keys "this same ENV defines".
    //
    // Names defined so far per stage, so the check stays linear. They are only asked about for a reference to an
    // earlier key of the same ENV (few files have one): the sets are filled when one is reached, up to it, and then
    // kept up to date from there.
    std::vector<NameSet> defined;
    size_t filled = 0; // instructions before this one are in `defined`
    const auto fillUpTo = [&](size_t end) {
        if (defined.empty()) {
            defined.resize(c.df.stages.size() + 1);
        }
        for (; filled < end; ++filled) {
            const Instruction& ins = c.df.instructions[filled];
            if (ins.kind == InstructionKind::Env || ins.kind == InstructionKind::Arg) {
                for (const KeyValue& kv : ins.pairs) {
                    defined[size_t(ins.stage + 1)].insert(kv.key);
                }
            }
        }
    };
    for (const int i : c.kinds.of(InstructionKind::Env)) {
        const Instruction& ins = c.df.instructions[size_t(i)];
        if (ins.pairs.size() < 2) {
            continue;
        }
        // Whether an earlier pair has that key: compared with each while there are few (an ENV has 2-4 pairs), from
        // a set filled as it goes past that (a generated ENV with thousands of pairs stays linear).
        constexpr size_t kFew = 16;
        NameSet earlier;  // keys of the pairs before `keyed`, once past kFew
        size_t keyed = 0; // pairs whose key is in `earlier`
        const auto keyBefore = [&](size_t j, QStringView name) {
            if (j <= kFew) {
                return std::any_of(ins.pairs.begin(), ins.pairs.begin() + qsizetype(j), [name](const KeyValue& kv) {
                    return kv.key == name;
                });
            }
            for (; keyed < j; ++keyed) {
                earlier.insert(ins.pairs[keyed].key);
            }
            return earlier.contains(name);
        };
        bool knows = false; // whether `defined` is filled up to this ENV
        for (size_t j = 1; j < ins.pairs.size(); ++j) {
            const KeyValue& kv = ins.pairs[j];
            const qsizetype dollar = findChar(kv.value, u'$');
            if (dollar < 0) {
                continue; // the pattern starts with '$': most values have none
            }
            forEachReference(QStringView(kv.value), dollar, [&](QStringView name) {
                if (!keyBefore(j, name)) {
                    return;
                }
                if (!knows) {
                    fillUpTo(size_t(i));
                    knows = true;
                }
                if (!defined[size_t(ins.stage + 1)].contains(name)) {
                    c.report(
                        int(i),
                        Lint::tr("%1 refers to %2, which this same ENV defines (it is not set yet)").arg(kv.key, name));
                }
            });
        }
    }
}

// ---------------------------------------------------------------- DL3045
void checkCopyRelativeNoWorkdir(LintContext& c)
{
    // One pass: whether each stage has had a WORKDIR so far. At a COPY, its own stage's WORKDIRs before it are the
    // ones seen; a parent stage lies wholly before the child's FROM, so all of its WORKDIRs have been seen (the test
    // firstWorkdir() < FROM index made, without a vector of first indices).
    QVarLengthArray<bool, 16> workdirSeen(qsizetype(c.df.stages.size()), false);
    const auto stageHasWorkdirSoFar = [&](int stage) {
        for (int guard = 0; stage >= 0 && guard < 64; ++guard) {
            if (workdirSeen[stage]) {
                return true;
            }
            stage = c.df.stages[stage].parentStage;
        }
        return false;
    };
    // WORKDIRs and COPYs in file order.
    for (const int i : c.kinds.ofAny({InstructionKind::Workdir, InstructionKind::Copy})) {
        const Instruction& ins = c.df.instructions[size_t(i)];
        if (ins.stage < 0) {
            continue;
        }
        if (ins.kind == InstructionKind::Workdir) {
            workdirSeen[ins.stage] = true;
            continue;
        }
        const LintContext::Words w = c.copyWords(i);
        if (w.size() < 2) {
            continue;
        }
        const QStringView dest = unquoted(w.last());
        if (dest.startsWith(u'/') || dest.startsWith(u'$') || isWindowsAbsolute(dest)) {
            continue;
        }
        if (!stageHasWorkdirSoFar(ins.stage)) {
            c.report(i, Lint::tr("COPY to the relative path '%1' with no WORKDIR set in this stage").arg(dest));
        }
    }
}

// ---------------------------------------------------------------- DL3046
void checkUseraddHighUid(LintContext& c)
{
    if (!c.runsCommand(CommandName::Useradd)) {
        return;
    }
    for (const RunInfo& r : c.runs) {
        if (!r.runs(CommandName::Useradd)) {
            continue;
        }
        for (const ShellCommand& cmd : r.script.commands) {
            if (!isWord(cmd.name(), u"useradd") || cmd.hasOption(u"l", {u"--no-log-init"})) {
                continue;
            }
            for (size_t w = 1; w < cmd.words.size(); ++w) {
                QStringView uid;
                if ((cmd.words[w] == u"-u"_s || cmd.words[w] == u"--uid"_s) && w + 1 < cmd.words.size()) {
                    uid = cmd.words[w + 1];
                } else if (cmd.words[w].startsWith(u"--uid="_s)) {
                    uid = cmd.words[w].sliced(6);
                } else if (cmd.words[w].startsWith(u"-u"_s) && cmd.words[w].size() > 2) {
                    uid = cmd.words[w].sliced(2);
                }
                bool ok = false;
                const qulonglong n = uid.toULongLong(&ok);
                if (ok && n > 99999) {
                    c.reportCommand(r,
                                    cmd,
                                    Lint::tr("useradd with the high UID %1 and no -l fills the lastlog file "
                                             "(a huge sparse layer)")
                                        .arg(uid));
                    break;
                }
            }
        }
    }
}

// ---------------------------------------------------------------- DL3047
void checkWgetProgress(LintContext& c)
{
    for (const RunInfo& r : c.runs) {
        if (!r.script.uses(ShellProgram::Wget)) {
            continue; // the splitter marked every script with a wget command
        }
        for (const ShellCommand& cmd : r.script.commands) {
            if (cmd.is(ShellProgram::Wget) && !cmd.hasOption(u"q", {u"--progress", u"--quiet", u"--no-verbose"}) &&
                !cmd.hasWord(u"-nv")) {
                c.reportCommand(r, cmd, Lint::tr("wget without --progress or -q floods the build log"));
            }
        }
    }
}

// ---------------------------------------------------------------- DL3057
void checkHealthcheckMissing(LintContext& c)
{
    if (c.df.stages.empty()) {
        return;
    }
    // The HEALTHCHECKs in file order are in stage order too: a binary search per stage of the final stage's chain.
    const std::span<const int> checks = c.kinds.of(InstructionKind::Healthcheck);
    if (!checks.empty()) {
        for (int s = int(c.df.stages.size()) - 1, guard = 0; s >= 0 && guard < 64;
             s = c.df.stages[s].parentStage, ++guard) {
            const auto it = std::lower_bound(checks.begin(), checks.end(), s, [&c](int i, int stage) {
                return c.df.instructions[size_t(i)].stage < stage;
            });
            if (it != checks.end() && c.df.instructions[size_t(*it)].stage == s) {
                return;
            }
        }
    }
    const Stage& last = c.df.stages.back();
    if (isScratch(last.imageExpanded)) {
        return; // nothing to run a health command with
    }
    c.report(last.fromInstruction, Lint::tr("the final image has no HEALTHCHECK"));
}

// ---------------------------------------------------------------- DL3059
void checkConsecutiveRun(LintContext& c)
{
    // The RUN instructions are in c.runs (in file order, with the ONBUILD ones, which are skipped): each is compared
    // with the instruction right before it.
    QString message; // made at the first finding, shared by the others
    for (const RunInfo& r : c.runs) {
        if (r.onbuild || r.index < 1) {
            continue;
        }
        const Instruction& ins = *r.ins;
        const Instruction* prev = &c.df.instructions[size_t(r.index) - 1];
        if (prev->kind == InstructionKind::Run && prev->stage == ins.stage && prev->flags.size() == ins.flags.size() &&
            ins.heredocs.empty() && prev->heredocs.empty()) {
            bool sameFlags = true;
            for (size_t f = 0; f < ins.flags.size(); ++f) {
                sameFlags =
                    sameFlags && ins.flags[f].name == prev->flags[f].name && ins.flags[f].value == prev->flags[f].value;
            }
            if (sameFlags) {
                if (message.isNull()) {
                    message = Lint::tr("consecutive RUN instructions; joining them saves a layer");
                }
                c.report(r.index, message);
            }
        }
    }
}

// ---------------------------------------------------------------- DL3061
void checkInstructionOrder(LintContext& c)
{
    for (size_t i = 0; i < c.df.instructions.size(); ++i) {
        const QString& k = c.df.instructions[i].keyword;
        if (k == u"FROM"_s) {
            return;
        }
        if (k != u"ARG"_s) {
            c.report(int(i), Lint::tr("%1 before the first FROM; a Dockerfile starts with FROM or ARG").arg(k));
            return;
        }
    }
}

// ---------------------------------------------------------------- DL3066
void checkNumericUser(LintContext& c)
{
    // The final stage's USERs: the last USERs of the file, those in the final stage (its instructions come last).
    const int final = int(c.df.stages.size()) - 1;
    const std::span<const int> users = c.kinds.of(InstructionKind::User);
    size_t from = users.size();
    while (final >= 0 && from > 0 && c.df.instructions[size_t(users[from - 1])].stage == final) {
        --from;
    }
    for (const int i : users.subspan(from)) {
        const Instruction& ins = c.df.instructions[size_t(i)];
        if (containsChar(ins.args, u'$')) {
            continue;
        }
        const QStringView user = beforeColon(unquoted(ins.expanded));
        bool numeric = false;
        (void)user.toUInt(&numeric); // the conversion QString::toUInt() makes, on the view
        if (!numeric && !isRootUser(user)) {
            c.report(i,
                     Lint::tr("USER %1 is a name; runtimes that enforce non-root (runAsNonRoot) need a numeric UID")
                         .arg(user));
        }
    }
}

// ---------------------------------------------------------------- DL3067
void checkCopyWholeFs(LintContext& c)
{
    for (const int i : c.kinds.of(InstructionKind::Copy)) {
        const Instruction& ins = c.df.instructions[size_t(i)];
        if (!ins.flag(u"from"_s)) {
            continue;
        }
        const LintContext::Words w = c.copyWords(i);
        for (qsizetype s = 0; s + 1 < w.size(); ++s) {
            if (unquoted(w[s]) == u"/"_s) {
                c.report(int(i),
                         Lint::tr("COPY --from=%1 / copies the stage's whole filesystem, build tools and all")
                             .arg(ins.flagValue(u"from"_s)));
            }
        }
    }
}

// ---------------------------------------------------------------- DL4000
void checkMaintainer(LintContext& c)
{
    for (const int i : c.kinds.of(InstructionKind::Maintainer)) {
        const Instruction& ins = c.df.instructions[size_t(i)];
        // Inside the double quotes, Docker reads \\, \" and \$ as escapes, and expands $NAME: each is escaped so
        // the label holds the text as written.
        const QStringView text = unquoted(ins.args);
        const auto special = [](char16_t ch) { return ch == u'\\' || ch == u'"' || ch == u'$'; };
        const qsizetype escapes =
            std::count_if(text.utf16(), text.utf16() + text.size(), [&](char16_t ch) { return special(ch); });
        QString who(text.size() + escapes, Qt::Uninitialized);
        char16_t* out = reinterpret_cast<char16_t*>(who.data());
        for (const char16_t ch : std::u16string_view(text.utf16(), size_t(text.size()))) {
            if (special(ch)) {
                *out++ = u'\\';
            }
            *out++ = ch;
        }
        c.report(i,
                 Lint::tr("MAINTAINER is deprecated"),
                 concatText({lit(u"LABEL org.opencontainers.image.authors=\""), who, lit(u"\"")}));
    }
}

// ---------------------------------------------------------------- DL4001
void checkWgetAndCurl(LintContext& c)
{
    // Both programs somewhere, first (most files use one or none): the splitter marked each script's programs.
    std::uint32_t programs = 0;
    for (const RunInfo& r : c.runs) {
        programs |= r.script.programs;
    }
    const std::uint32_t both = shellProgramBit(ShellProgram::Wget) | shellProgramBit(ShellProgram::Curl);
    if ((programs & both) != both) {
        return;
    }
    bool wget = false;
    bool curl = false;
    for (const RunInfo& r : c.runs) {
        for (const ShellCommand& cmd : r.script.commands) {
            const bool before = wget && curl;
            wget |= cmd.is(ShellProgram::Wget);
            curl |= cmd.is(ShellProgram::Curl);
            if (!before && wget && curl) {
                c.reportCommand(r, cmd, Lint::tr("both wget and curl are used; pick one"));
                return;
            }
        }
    }
}

// ---------------------------------------------------------------- DL4005
void checkShellViaLn(LintContext& c)
{
    if (!c.runsCommand(CommandName::Ln)) {
        return;
    }
    for (const RunInfo& r : c.runs) {
        if (!r.runs(CommandName::Ln)) {
            continue;
        }
        for (const ShellCommand& cmd : r.script.commands) {
            if (!isWord(cmd.name(), u"ln")) {
                continue;
            }
            const ShellWords ops = cmd.operands(1);
            if (ops.contains(u"/bin/sh"_s)) {
                c.reportCommand(r,
                                cmd,
                                Lint::tr("RUN replaces /bin/sh; use SHELL to change the shell"),
                                concatText({lit(u"SHELL [\""), ops.value(0), lit(u"\", \"-c\"]")}));
            }
        }
    }
}

// ---------------------------------------------------------------- DL4006
bool shellHasPipefail(const QStringList& shell)
{
    for (qsizetype i = 0; i < shell.size(); ++i) {
        if (shell[i] == u"pipefail"_s && i > 0 && shell[i - 1].startsWith(u'-') && shell[i - 1].endsWith(u'o')) {
            return true;
        }
    }
    return false;
}

void checkPipefail(LintContext& c)
{
    static const QSet<QString> nonPosix{
        QStringLiteral("pwsh"),
        QStringLiteral("powershell"),
        QStringLiteral("cmd"),
        QStringLiteral("cmd.exe"),
        QStringLiteral("pwsh.exe"),
        QStringLiteral("powershell.exe"),
    };
    // Most files have no RUN with a pipe: then no SHELL needs to be known.
    const auto piped = [](const RunInfo& r) { return !r.ins->execForm && r.script.hasPipe && !r.onbuild; };
    const auto firstPiped = std::find_if(c.runs.begin(), c.runs.end(), piped);
    if (firstPiped == c.runs.end()) {
        return;
    }
    // The SHELL in effect at each RUN: the last SHELL before it in its stage, else the parent stage's final SHELL.
    // One forward pass over the instructions up to the last RUN, in step with the RUNs (which are in file order).
    QVarLengthArray<const QStringList*, 8> stageShell(qsizetype(c.df.stages.size()), nullptr);
    // Without a SHELL instruction (most files) every RUN has the default shell: nothing to follow.
    const bool anyShell = !c.kinds.of(InstructionKind::Shell).empty();
    size_t next = 0; // the first instruction not yet looked at
    const auto shellAt = [&](int index) -> const QStringList* {
        if (!anyShell) {
            return nullptr;
        }
        for (; next <= size_t(index); ++next) {
            const Instruction& ins = c.df.instructions[next];
            if (ins.stage < 0) {
                continue;
            }
            if (ins.kind == InstructionKind::From) {
                const int parent = c.df.stages[ins.stage].parentStage;
                stageShell[ins.stage] = parent >= 0 ? stageShell[parent] : nullptr;
            } else if (ins.kind == InstructionKind::Shell && ins.execForm) {
                stageShell[ins.stage] = &ins.execArgs;
            }
        }
        const int stage = c.df.instructions[size_t(index)].stage;
        return stage >= 0 ? stageShell[stage] : nullptr;
    };
    QString message; // made at the first finding, shared by the others
    for (auto it = firstPiped; it != c.runs.end(); ++it) {
        const RunInfo& r = *it;
        if (!piped(r)) {
            continue;
        }
        const QStringList* shellList = shellAt(r.index);
        if (shellList && !shellList->isEmpty()) {
            const QStringList& shell = *shellList;
            if (nonPosix.contains(shell.first().section(u'/', -1).section(u'\\', -1).toLower()) ||
                shellHasPipefail(shell)) {
                continue;
            }
        }
        bool setInScript = false;
        for (const ShellCommand& cmd : r.script.commands) {
            if (isWord(cmd.name(), u"set") && cmd.hasWord(u"pipefail"_s)) {
                setInScript = true;
                break;
            }
        }
        if (!setInScript) {
            if (message.isNull()) {
                message = Lint::tr("RUN has a pipe but the shell has no -o pipefail: a failing first command "
                                   "goes unnoticed");
            }
            c.report(r.index, message, QStringLiteral("SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]"));
        }
    }
}

const RuleDef kRules[] = {
    makeRule("DKF-100",
             Severity::High,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "WORKDIR is a relative path"),
             QT_TRANSLATE_NOOP("Rules",
                               "A relative WORKDIR resolves against whatever the previous WORKDIR was, so "
                               "files land somewhere the reader of the Dockerfile does not expect."),
             QT_TRANSLATE_NOOP("Rules", "Give WORKDIR an absolute path, e.g. WORKDIR /app."),
             "",
             "hadolint:DL3000,trivy:DS-0009,checkov:CKV_DOCKER_10",
             &checkWorkdirAbsolute),
    makeRule("DKF-101",
             Severity::Info,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "RUN uses a command that makes no sense during a build"),
             QT_TRANSLATE_NOOP("Rules",
                               "Interactive or process-management tools (ssh, vim, top, ps, kill, mount, "
                               "service, shutdown, free) do nothing useful while an image is built; "
                               "their presence usually means a leftover or a misunderstanding."),
             QT_TRANSLATE_NOOP("Rules", "Remove the command from the RUN instruction."),
             "",
             "hadolint:DL3001",
             &checkPointlessCommands),
    makeRule("DKF-102",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "The final stage's last USER is root"),
             QT_TRANSLATE_NOOP("Rules",
                               "Containers from this image run as root unless the operator overrides it; "
                               "a compromise of the process is then root inside the container, one kernel "
                               "bug away from the host."),
             QT_TRANSLATE_NOOP("Rules",
                               "End the final stage with a non-root user: RUN useradd -r -u 10001 app, "
                               "then USER 10001:10001."),
             "4.1",
             "hadolint:DL3002,trivy:DS-0002,checkov:CKV_DOCKER_8,dockle:CIS-DI-0001",
             &checkLastUserRoot),
    makeRule("DKF-103",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "RUN uses cd instead of WORKDIR"),
             QT_TRANSLATE_NOOP("Rules",
                               "A cd only lasts for its own RUN; later instructions silently run elsewhere, "
                               "which makes the build hard to read and easy to break."),
             QT_TRANSLATE_NOOP("Rules", "Set the directory with WORKDIR /path before the RUN."),
             "",
             "hadolint:DL3003,trivy:DS-0013",
             &checkCd),
    makeRule("DKF-104",
             Severity::High,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "RUN uses sudo"),
             QT_TRANSLATE_NOOP("Rules",
                               "sudo in an image means sudo is installed and configured in it, which gives "
                               "any process that reaches it an easy path to root; during the build it "
                               "is never needed."),
             QT_TRANSLATE_NOOP("Rules",
                               "Drop sudo: run the step before USER switches away from root, or switch "
                               "with USER root / USER app around it."),
             "",
             "hadolint:DL3004,trivy:DS-0010,checkov:CKV2_DOCKER_1,dockle:DKL-DI-0001",
             &checkSudo),
    makeRule("DKF-106",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "Base image has no tag"),
             QT_TRANSLATE_NOOP("Rules",
                               "An untagged image means :latest, which changes under you: two builds of the "
                               "same Dockerfile give different images, and a bad upstream push lands "
                               "unnoticed."),
             QT_TRANSLATE_NOOP("Rules", "Name a version tag (FROM python:3.12-slim), or better a digest."),
             "",
             "hadolint:DL3006,trivy:DS-0001,checkov:CKV_DOCKER_7",
             &checkUntagged),
    makeRule("DKF-107",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "Base image uses the latest tag"),
             QT_TRANSLATE_NOOP("Rules",
                               "latest moves: builds are not reproducible and an upstream change reaches "
                               "production without review."),
             QT_TRANSLATE_NOOP("Rules", "Pin a version tag (FROM node:20.11-alpine) or a digest."),
             "",
             "hadolint:DL3007,trivy:DS-0001,checkov:CKV_DOCKER_7,dockle:DKL-DI-0006",
             &checkLatest),
    makeRule("DKF-110",
             Severity::Info,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "Archive is copied and extracted in two steps"),
             QT_TRANSLATE_NOOP("Rules",
                               "COPY of a tarball followed by tar -x keeps the archive in a layer; ADD "
                               "extracts a local archive in one step."),
             QT_TRANSLATE_NOOP("Rules", "Use ADD archive.tar.gz /dest/ for local tar archives."),
             "",
             "hadolint:DL3010",
             &checkCopyThenExtract),
    makeRule("DKF-111",
             Severity::High,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "EXPOSE port out of range"),
             QT_TRANSLATE_NOOP("Rules",
                               "TCP/UDP ports run from 0 to 65535; anything else is a typo that breaks "
                               "the build or the port mapping."),
             QT_TRANSLATE_NOOP("Rules", "Fix the port number in EXPOSE."),
             "",
             "hadolint:DL3011,trivy:DS-0008",
             &checkPortRange),
    makeRule("DKF-112",
             Severity::High,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "More than one HEALTHCHECK in a stage"),
             QT_TRANSLATE_NOOP("Rules",
                               "Only the last HEALTHCHECK takes effect; the others mislead the reader "
                               "about how health is judged."),
             QT_TRANSLATE_NOOP("Rules", "Keep one HEALTHCHECK per stage."),
             "",
             "hadolint:DL3012,trivy:DS-0023",
             &checkMultipleHealthcheck),
    makeRule("DKF-120",
             Severity::High,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "ADD used for local files"),
             QT_TRANSLATE_NOOP("Rules",
                               "ADD also fetches URLs and unpacks archives; using it for plain files hides "
                               "that behaviour and surprises reviewers. COPY does exactly one thing."),
             QT_TRANSLATE_NOOP("Rules", "Replace ADD with COPY for local files and folders."),
             "4.9",
             "hadolint:DL3020,trivy:DS-0005,checkov:CKV_DOCKER_4,dockle:CIS-DI-0009",
             &checkAddForFiles),
    makeRule("DKF-121",
             Severity::High,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "COPY/ADD with several sources needs a folder destination"),
             QT_TRANSLATE_NOOP("Rules",
                               "With more than one source Docker requires the destination to be a "
                               "directory ending in '/'; the build fails otherwise."),
             QT_TRANSLATE_NOOP("Rules", "End the destination with '/': COPY a.txt b.txt /app/."),
             "",
             "hadolint:DL3021,trivy:DS-0011",
             &checkCopyDestSlash),
    makeRule("DKF-122",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "COPY --from names no earlier stage"),
             QT_TRANSLATE_NOOP("Rules",
                               "A --from that is not a previous stage is taken as an image name and pulled "
                               "from a registry: a typo becomes an unexpected download."),
             QT_TRANSLATE_NOOP("Rules", "Name a stage defined above with FROM ... AS name, or a full image reference."),
             "",
             "hadolint:DL3022",
             &checkCopyFromUnknown),
    makeRule("DKF-123",
             Severity::High,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "COPY --from names its own stage"),
             QT_TRANSLATE_NOOP("Rules", "A stage cannot copy from itself; the build fails."),
             QT_TRANSLATE_NOOP("Rules", "Copy from a previous stage."),
             "",
             "hadolint:DL3023,trivy:DS-0006",
             &checkCopyFromSelf),
    makeRule("DKF-124",
             Severity::High,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "Stage name used twice"),
             QT_TRANSLATE_NOOP("Rules", "Two stages with the same name make COPY --from ambiguous."),
             QT_TRANSLATE_NOOP("Rules", "Give every stage a unique name."),
             "",
             "hadolint:DL3024,trivy:DS-0012,checkov:CKV_DOCKER_11",
             &checkDuplicateAlias),
    makeRule("DKF-125",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "CMD/ENTRYPOINT in shell form"),
             QT_TRANSLATE_NOOP("Rules",
                               "The shell form runs the program under /bin/sh -c: the shell is PID 1, "
                               "SIGTERM never reaches the program, and stop takes the full timeout."),
             QT_TRANSLATE_NOOP("Rules", "Use the JSON form: CMD [\"executable\", \"arg\"]."),
             "",
             "hadolint:DL3025",
             &checkJsonCmd),
    makeRule("DKF-126",
             Severity::High,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "Base image from an untrusted registry"),
             QT_TRANSLATE_NOOP("Rules",
                               "Your configuration lists the registries you trust; a base image from "
                               "elsewhere bypasses that supply-chain control."),
             QT_TRANSLATE_NOOP("Rules",
                               "Pull the base from a trusted registry, or add the registry to "
                               "trustedRegistries."),
             "4.2",
             "hadolint:DL3026",
             &checkTrustedRegistry),
    makeRule("DKF-129",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "FROM with a fixed --platform"),
             QT_TRANSLATE_NOOP("Rules",
                               "A constant platform forces that architecture for every build, so builds "
                               "elsewhere run emulated or produce the wrong architecture."),
             QT_TRANSLATE_NOOP("Rules", "Drop --platform, or use --platform=$BUILDPLATFORM for build stages."),
             "",
             "hadolint:DL3029",
             &checkPlatformFlag),
    makeRule("DKF-143",
             Severity::High,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "ONBUILD triggers FROM, ONBUILD or MAINTAINER"),
             QT_TRANSLATE_NOOP("Rules", "Docker does not allow these as ONBUILD triggers; the build fails."),
             QT_TRANSLATE_NOOP("Rules", "Remove the ONBUILD line or trigger another instruction."),
             "",
             "hadolint:DL3043",
             &checkOnbuildChain),
    makeRule("DKF-144",
             Severity::High,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "ENV refers to a variable it defines itself"),
             QT_TRANSLATE_NOOP("Rules",
                               "Within one ENV instruction the new values are not visible yet, so the "
                               "reference expands to the old (usually empty) value."),
             QT_TRANSLATE_NOOP("Rules", "Split it into two ENV instructions."),
             "",
             "hadolint:DL3044",
             &checkEnvSelfReference),
    makeRule("DKF-145",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "COPY to a relative path without WORKDIR"),
             QT_TRANSLATE_NOOP("Rules",
                               "The destination depends on the base image's working directory, which the "
                               "base can change."),
             QT_TRANSLATE_NOOP("Rules", "Set WORKDIR first or copy to an absolute path."),
             "",
             "hadolint:DL3045",
             &checkCopyRelativeNoWorkdir),
    makeRule("DKF-146",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "useradd with a high UID and no -l"),
             QT_TRANSLATE_NOOP("Rules",
                               "useradd writes a sparse lastlog entry at the UID's offset; with a high UID "
                               "the layer grows by gigabytes."),
             QT_TRANSLATE_NOOP("Rules", "Add -l (--no-log-init) to useradd."),
             "",
             "hadolint:DL3046",
             &checkUseraddHighUid),
    makeRule("DKF-147",
             Severity::Info,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "wget without --progress"),
             QT_TRANSLATE_NOOP("Rules", "wget's default progress bar writes a line per chunk into the build log."),
             QT_TRANSLATE_NOOP("Rules", "Add --progress=dot:giga, or -q."),
             "",
             "hadolint:DL3047",
             &checkWgetProgress),
    makeRule("DKF-157",
             Severity::Low,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "No HEALTHCHECK in the final image"),
             QT_TRANSLATE_NOOP("Rules",
                               "Without a health check Docker only knows whether the process exists, not "
                               "whether it works; hung services keep receiving traffic."),
             QT_TRANSLATE_NOOP("Rules",
                               "Add HEALTHCHECK CMD <command that exits 0 when healthy>, or "
                               "HEALTHCHECK NONE to say so explicitly."),
             "4.6",
             "hadolint:DL3057,trivy:DS-0026,checkov:CKV_DOCKER_2,dockle:CIS-DI-0006",
             &checkHealthcheckMissing),
    makeRule("DKF-159",
             Severity::Info,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "Consecutive RUN instructions"),
             QT_TRANSLATE_NOOP("Rules",
                               "Each RUN is a layer; clean-up in a later RUN does not shrink an earlier "
                               "layer."),
             QT_TRANSLATE_NOOP("Rules", "Join related RUN instructions with &&."),
             "",
             "hadolint:DL3059",
             &checkConsecutiveRun),
    makeRule("DKF-161",
             Severity::High,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "Instruction before the first FROM"),
             QT_TRANSLATE_NOOP("Rules",
                               "Only ARG (and parser directives and comments) may come before FROM; Docker "
                               "rejects the file otherwise."),
             QT_TRANSLATE_NOOP("Rules", "Start the Dockerfile with FROM, or ARG followed by FROM."),
             "",
             "hadolint:DL3061",
             &checkInstructionOrder),
    makeRule("DKF-163",
             Severity::High,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "Reserved stage name"),
             QT_TRANSLATE_NOOP("Rules",
                               "'scratch' and 'context' have a meaning of their own in FROM and COPY "
                               "--from; a stage of that name is never used as intended."),
             QT_TRANSLATE_NOOP("Rules", "Rename the stage."),
             "",
             "hadolint:DL3063",
             &checkReservedAlias),
    makeRule("DKF-165",
             Severity::Info,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "Redundant --platform=$TARGETPLATFORM"),
             QT_TRANSLATE_NOOP("Rules", "Stages already build for the target platform; the flag only adds noise."),
             QT_TRANSLATE_NOOP("Rules", "Remove --platform=$TARGETPLATFORM from FROM."),
             "",
             "hadolint:DL3065",
             &checkRedundantPlatform),
    makeRule("DKF-166",
             Severity::Info,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "USER is a name, not a numeric UID"),
             QT_TRANSLATE_NOOP("Rules",
                               "Runtimes that must verify a non-root user (Kubernetes runAsNonRoot) cannot "
                               "resolve names and refuse to start the container."),
             QT_TRANSLATE_NOOP("Rules", "Use the numeric UID (and GID): USER 10001:10001."),
             "",
             "hadolint:DL3066",
             &checkNumericUser),
    makeRule("DKF-167",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "COPY --from copies a whole stage filesystem"),
             QT_TRANSLATE_NOOP("Rules",
                               "Copying / from a build stage drags compilers, caches and any secrets of "
                               "that stage into the final image, defeating the multi-stage build."),
             QT_TRANSLATE_NOOP("Rules", "Copy only the artefacts you need: COPY --from=build /app/bin /app/bin."),
             "",
             "hadolint:DL3067",
             &checkCopyWholeFs),
    makeRule("DKF-200",
             Severity::Low,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "MAINTAINER is deprecated"),
             QT_TRANSLATE_NOOP("Rules",
                               "MAINTAINER was replaced by labels; tools reading OCI annotations do not see "
                               "it."),
             QT_TRANSLATE_NOOP("Rules", "Use LABEL org.opencontainers.image.authors=\"name <mail>\"."),
             "",
             "hadolint:DL4000,trivy:DS-0022,checkov:CKV_DOCKER_6",
             &checkMaintainer),
    makeRule("DKF-201",
             Severity::Info,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "Both wget and curl are used"),
             QT_TRANSLATE_NOOP("Rules",
                               "Two download tools mean two sets of TLS defaults and two packages to "
                               "patch."),
             QT_TRANSLATE_NOOP("Rules", "Use one of them throughout."),
             "",
             "hadolint:DL4001,trivy:DS-0014",
             &checkWgetAndCurl),
    makeRule("DKF-203",
             Severity::Low,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "More than one CMD in a stage"),
             QT_TRANSLATE_NOOP("Rules", "Only the last CMD counts; earlier ones mislead the reader."),
             QT_TRANSLATE_NOOP("Rules", "Keep one CMD per stage."),
             "",
             "hadolint:DL4003,trivy:DS-0016",
             &checkMultipleCmd),
    makeRule("DKF-204",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "More than one ENTRYPOINT in a stage"),
             QT_TRANSLATE_NOOP("Rules", "Only the last ENTRYPOINT counts; earlier ones mislead the reader."),
             QT_TRANSLATE_NOOP("Rules", "Keep one ENTRYPOINT per stage."),
             "",
             "hadolint:DL4004,trivy:DS-0007",
             &checkMultipleEntrypoint),
    makeRule("DKF-205",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "RUN replaces /bin/sh instead of using SHELL"),
             QT_TRANSLATE_NOOP("Rules",
                               "Linking another shell over /bin/sh changes it for every program in the "
                               "image, not just for the build."),
             QT_TRANSLATE_NOOP("Rules", "Use SHELL [\"/bin/bash\", \"-c\"] for the build's RUN instructions."),
             "",
             "hadolint:DL4005",
             &checkShellViaLn),
    makeRule("DKF-206",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "RUN with a pipe and no pipefail"),
             QT_TRANSLATE_NOOP("Rules",
                               "A pipeline's status is its last command's: curl failing in curl ... | tar x "
                               "goes unnoticed and the build continues with half a download."),
             QT_TRANSLATE_NOOP("Rules",
                               "Set SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] before the RUN "
                               "(or start the script with set -o pipefail)."),
             "",
             "hadolint:DL4006",
             &checkPipefail),
};

} // namespace

std::span<const RuleDef> instructionRuleDefs()
{
    return kRules;
}

} // namespace bulkhead::dockerfile::detail
