// SPDX-License-Identifier: GPL-3.0-or-later
// Package-manager rules: version pinning, non-interactive flags, caches and extra packages, for apt/apk/pip/npm/gem/
// go/yum/dnf/microdnf/zypper/yarn. hadolint's DL numbers are aliases; semantics follow its docs.
#include "core/dockerfile/lintsupport.h"

#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <limits>
#include <optional>
#include <span>

// QString literals: comparing with u"..."_s checks the length first and needs no strlen.
using namespace Qt::StringLiterals;

namespace bulkhead::dockerfile::detail {

namespace {

using model::Category;
using model::Severity;

using P = ShellProgram;

// Calls fn for each command of each RUN that runs `program` and that `match` accepts. The program test is an
// integer compare (the splitter classified every command), and a RUN without the program is skipped whole.
template<typename Match, typename Fn>
void eachCommand(LintContext& c, ShellProgram program, const Match& match, const Fn& fn)
{
    if (!c.runsAny(shellProgramBit(program))) {
        return; // most files run each package manager nowhere
    }
    for (const RunInfo& r : c.runs) {
        if (!r.script.uses(program)) {
            continue;
        }
        for (const ShellCommand& cmd : r.script.commands) {
            if (cmd.is(program) && match(cmd)) {
                fn(r, cmd);
            }
        }
    }
}

// joinWords(words) (single blanks) in a buffer on the stack, for the message it goes into: the message is then the
// only string allocated for the finding.
class JoinedWords
{
public:
    explicit JoinedWords(std::span<const QStringView> words)
    {
        for (size_t i = 0; i < words.size(); ++i) {
            if (i > 0) {
                m_text.append(u' ');
            }
            m_text.append(words[i].utf16(), words[i].size());
        }
    }
    QStringView view() const { return QStringView(m_text.data(), m_text.size()); }

private:
    QVarLengthArray<char16_t, 256> m_text;
};

// Package-name tests, inline: the pin rules ask them of every package of every install. Case-sensitive, as
// QStringView's contains() is.
// Whether any unit of `text` is one of Chars (a fixed set, so the test per unit is a few compares, no inner loop).
template<char16_t... Chars> bool hasAnyOf(QStringView text)
{
    const char16_t* d = text.utf16();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = d[i];
        if (((c == Chars) || ...)) {
            return true;
        }
    }
    return false;
}

// w == a literal, inline (the other plain tests are in lintsupport.h).
template<size_t N> bool eq(QStringView w, const char16_t (&text)[N])
{
    return w.size() == qsizetype(N - 1) && std::equal(text, text + N - 1, w.utf16());
}

// The operands of cmd after its sub-command, as afterSubcommand(cmd.operands(1, withValue)) lists them, handed to
// fn one by one without building a list: the pin rules ask it of every install.
template<typename Fn> void forEachPackage(const ShellCommand& cmd, std::initializer_list<QStringView> withValue, Fn fn)
{
    bool subcommandSeen = false;
    for (size_t i = 1; i < cmd.words.size(); ++i) {
        const QStringView w = cmd.words[i];
        if (w.size() > 1 && w[0] == u'-') {
            if (isOneOf(w, withValue)) {
                ++i; // the option's value
            }
            continue;
        }
        if (subcommandSeen) {
            fn(w);
        }
        subcommandSeen = true;
    }
}

// These stand in for two QRegularExpressions, which match nothing in a subject that is not valid UTF-16 (PCRE2
// refuses it): the stand-ins answer false for such text too, so findings stay the same.
bool isValidUtf16(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i;
        } else if (c.isSurrogate()) {
            return false;
        }
    }
    return true;
}

// "(==|>=|<=|~=|!=|===|<|>|@)" matches: a '<', '>' or '@', or a '=' after '=', '~' or '!'.
bool hasPipVersionOperator(QStringView spec)
{
    for (qsizetype i = 0; i < spec.size(); ++i) {
        const char16_t c = spec[i].unicode();
        if (c == u'<' || c == u'>' || c == u'@' ||
            (c == u'=' && i > 0 && (spec[i - 1] == u'=' || spec[i - 1] == u'~' || spec[i - 1] == u'!'))) {
            return isValidUtf16(spec);
        }
    }
    return false;
}

// "-[0-9]" matches: a '-' before an ASCII digit.
bool hasDashDigit(QStringView spec)
{
    for (qsizetype i = 0; i + 1 < spec.size(); ++i) {
        if (spec[i] == u'-' && spec[i + 1] >= u'0' && spec[i + 1] <= u'9') {
            return isValidUtf16(spec);
        }
    }
    return false;
}

// A RUN --mount=type=cache whose target starts with `prefix` (the cache then lives outside the layer).
// True if `text` contains `key` immediately followed by `rest` (text.contains(key + rest), without building it).
bool containsJoined(QStringView text, QStringView key, QStringView rest)
{
    for (qsizetype at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
        if (text.sliced(at + key.size()).startsWith(rest)) {
            return true;
        }
    }
    return false;
}

bool hasCacheMount(const Instruction& ins, QStringView prefix)
{
    for (const Flag& f : ins.flags) {
        if (f.name == u"mount"_s && f.value.contains(u"type=cache"_s) &&
            (containsJoined(f.value, u"target=", prefix) || containsJoined(f.value, u"dst=", prefix) ||
             containsJoined(f.value, u"destination=", prefix))) {
            return true;
        }
    }
    return false;
}

bool scriptHasRm(const ShellScript& s, QStringView pathPrefix)
{
    if (!s.uses(P::Rm)) {
        return false;
    }
    for (const ShellCommand& cmd : s.commands) {
        if (cmd.is(P::Rm)) {
            for (QStringView w : cmd.operands(1)) {
                if (w.startsWith(pathPrefix)) {
                    return true;
                }
            }
        }
    }
    return false;
}

bool scriptHas(const ShellScript& s, ShellProgram program, QStringView sub, QStringView third = {})
{
    if (!s.uses(program)) {
        return false;
    }
    for (const ShellCommand& cmd : s.commands) {
        if (cmd.is(program)) {
            const ShellWords ops = cmd.operands(1);
            if (ops.value(0) == sub && (third.isEmpty() || ops.value(1) == third)) {
                return true;
            }
        }
    }
    return false;
}

// ------------------------------------------------------------------------------------------------ apt-get
const std::initializer_list<QStringView> kAptValueOpts{
    u"-o", u"-t", u"-c", u"--target-release", u"--option", u"--config-file", u"--default-release"};

bool isAptGet(const ShellCommand& cmd)
{
    return cmd.is(P::AptGet);
}

bool isAptInstall(const ShellCommand& cmd)
{
    return isAptGet(cmd) && eq(cmd.subcommand(kAptValueOpts), u"install");
}

void checkAptDistUpgrade(LintContext& c)
{
    eachCommand(
        c,
        P::AptGet,
        [](const ShellCommand& cmd) { return eq(cmd.subcommand(kAptValueOpts), u"dist-upgrade"); },
        [&](const RunInfo& r, const ShellCommand& cmd) {
            c.reportCommand(r,
                            cmd,
                            Lint::tr("apt-get dist-upgrade changes the base distribution inside the "
                                     "image"));
        });
}

void checkAptPin(LintContext& c)
{
    eachCommand(c, P::AptGet, isAptInstall, [&](const RunInfo& r, const ShellCommand& cmd) {
        ShellWords unpinned;
        forEachPackage(cmd, kAptValueOpts, [&](QStringView p) {
            if (!hasAnyOf<u'=', u'/'>(p) && !endsWithPlain(p, u".deb") && !p.startsWith(u'$')) {
                unpinned.append(p);
            }
        });
        if (!unpinned.isEmpty()) {
            c.reportCommand(r, cmd, Lint::tr("apt-get install without versions: %1").arg(JoinedWords(unpinned).view()));
        }
    });
}

void checkAptLists(LintContext& c)
{
    if (!c.runsAny(shellProgramBit(P::AptGet))) {
        return;
    }
    for (const RunInfo& r : c.runs) {
        if (!r.script.uses(P::AptGet) || !c.isFinalStage(r.ins->stage) || hasCacheMount(*r.ins, u"/var/lib/apt")) {
            continue;
        }
        const bool installs = std::any_of(r.script.commands.begin(), r.script.commands.end(), isAptInstall);
        if (installs && !scriptHasRm(r.script, u"/var/lib/apt/lists")) {
            c.report(r.index,
                     Lint::tr("apt-get lists are left in the layer; remove /var/lib/apt/lists/* in the "
                              "same RUN"));
        }
    }
}

// The boolean an apt configuration option gets from cmd's words (`-o APT::Install-Recommends=no`, `--option=...`;
// option names and values in any case), read as apt's StringToBool reads it; nullopt when no word sets it to a
// boolean. `nameEq` is the option's last part with '=' ("install-recommends="); the last setting wins, as in apt.
// Unit c equals the ASCII unit w (a lower-case letter or a sign) under Qt's case-insensitive comparison, which folds
// both sides (QChar::toCaseFolded): only the two cases of a letter, KELVIN SIGN (k) and LONG S (s) fold to ASCII.
bool foldsTo(char16_t c, char16_t w)
{
    if (c == w) {
        return true;
    }
    return w >= u'a' && w <= u'z' &&
           (c == char16_t(w - (u'a' - u'A')) || (w == u'k' && c == 0x212A) || (w == u's' && c == 0x017F));
}

// text.compare(ascii, Qt::CaseInsensitive) == 0 and text.indexOf(ascii, 0, Qt::CaseInsensitive) for ASCII text in
// lower case, inline: the library's search cost a thousand instructions per apt-get command.
bool equalsCaseless(QStringView text, QStringView ascii)
{
    if (text.size() != ascii.size()) {
        return false;
    }
    for (qsizetype k = 0; k < text.size(); ++k) {
        if (!foldsTo(text.utf16()[k], ascii.utf16()[k])) {
            return false;
        }
    }
    return true;
}

qsizetype indexOfCaseless(QStringView text, QStringView ascii)
{
    for (qsizetype at = 0; at + ascii.size() <= text.size(); ++at) {
        if (equalsCaseless(text.sliced(at, ascii.size()), ascii)) {
            return at;
        }
    }
    return -1;
}

std::optional<bool> aptBooleanOption(const ShellCommand& cmd, QStringView nameEq)
{
    std::optional<bool> value;
    for (size_t i = 1; i < cmd.words.size(); ++i) {
        const QStringView w = cmd.words[i];
        if (w.size() <= nameEq.size()) {
            continue;
        }
        const qsizetype at = indexOfCaseless(w, nameEq);
        if (at < 0) {
            continue;
        }
        const QStringView v = w.sliced(at + nameEq.size());
        const auto is = [v](std::initializer_list<QStringView> names) {
            return std::any_of(names.begin(), names.end(), [v](QStringView n) { return equalsCaseless(v, n); });
        };
        if (is({u"no", u"false", u"without", u"off", u"disable", u"0"})) {
            value = false;
        } else if (is({u"yes", u"true", u"with", u"on", u"enable", u"1"})) {
            value = true;
        }
    }
    return value;
}

void checkAptYes(LintContext& c)
{
    eachCommand(c, P::AptGet, isAptInstall, [&](const RunInfo& r, const ShellCommand& cmd) {
        if (!cmd.hasOption(u"y", {u"--yes", u"--assume-yes"}) && !cmd.hasWord(u"-qq") && !cmd.hasWord(u"-q=2") &&
            !cmd.hasWord(u"--quiet=2") && aptBooleanOption(cmd, u"assume-yes=") != true) {
            c.reportCommand(r, cmd, Lint::tr("apt-get install without -y waits for an answer that never comes"));
        }
    });
}

// The index of `sub` among cmd's words after the program (the sub-command a rule found), or -1.
qsizetype wordIndex(const ShellCommand& cmd, QStringView sub)
{
    for (qsizetype k = 1; k < qsizetype(cmd.words.size()); ++k) {
        if (samePlain(cmd.words[size_t(k)], sub)) {
            return k;
        }
    }
    return -1;
}

// --no-install-recommends, or APT::Install-Recommends set to false (-o APT::Install-Recommends=no, any case).
bool turnsRecommendsOff(const ShellCommand& cmd)
{
    bool options = true;  // hasOption() stops at "--"
    bool setting = false; // a word that may set the option (most are short package names, not looked into)
    for (size_t i = 0; i < cmd.words.size(); ++i) {
        const QStringView w = cmd.words[i];
        setting |= w.size() >= 20;
        if (i == 0 || !options || w.size() < 2 || w[0] != u'-' || w[1] != u'-') {
            continue; // no long option (short ones have no say here)
        }
        if (w.size() == 2) {
            options = false; // "--": no options after it, though the substrings still count
            continue;
        }
        qsizetype eqAt = 2;
        while (eqAt < w.size() && w[eqAt] != u'=') {
            ++eqAt;
        }
        if (eq(w.first(eqAt), u"--no-install-recommends")) {
            return true;
        }
    }
    return setting && aptBooleanOption(cmd, u"install-recommends=") == false;
}

void checkAptRecommends(LintContext& c)
{
    eachCommand(c, P::AptGet, isAptInstall, [&](const RunInfo& r, const ShellCommand& cmd) {
        if (turnsRecommendsOff(cmd)) {
            return;
        }
        c.reportCommand(r,
                        cmd,
                        Lint::tr("apt-get install pulls in recommended packages"),
                        withOptionAfterWord(r, cmd, wordIndex(cmd, u"install"), u"--no-install-recommends"));
    });
}

void checkApt(LintContext& c)
{
    eachCommand(
        c,
        P::Apt,
        [](const ShellCommand&) { return true; },
        [&](const RunInfo& r, const ShellCommand& cmd) {
            QString s = r.onbuild ? QString() : editableLine(*r.ins);
            static const QRegularExpression apt(QStringLiteral("\\bapt\\s"));
            s.replace(apt, QStringLiteral("apt-get "));
            c.reportCommand(r, cmd, Lint::tr("'apt' is for people; scripts use apt-get or apt-cache"), s);
        });
}

// ------------------------------------------------------------------------------------------------ apk
const std::initializer_list<QStringView> kApkValueOpts{u"-t",
                                                       u"--virtual",
                                                       u"-X",
                                                       u"--repository",
                                                       u"--arch",
                                                       u"-p",
                                                       u"--root",
                                                       u"--keys-dir",
                                                       u"--repositories-file",
                                                       u"--cache-dir"};

bool isApkAdd(const ShellCommand& cmd)
{
    return cmd.is(P::Apk) && eq(cmd.subcommand(kApkValueOpts), u"add");
}

void checkApkPin(LintContext& c)
{
    eachCommand(c, P::Apk, isApkAdd, [&](const RunInfo& r, const ShellCommand& cmd) {
        ShellWords unpinned;
        forEachPackage(cmd, kApkValueOpts, [&](QStringView p) {
            if (!hasAnyOf<u'=', u'~', u'>', u'<'>(p) && !endsWithPlain(p, u".apk") && !p.startsWith(u'$')) {
                unpinned.append(p);
            }
        });
        if (!unpinned.isEmpty()) {
            c.reportCommand(r, cmd, Lint::tr("apk add without versions: %1").arg(JoinedWords(unpinned).view()));
        }
    });
}

void checkApkNoCache(LintContext& c)
{
    eachCommand(c, P::Apk, isApkAdd, [&](const RunInfo& r, const ShellCommand& cmd) {
        if (cmd.hasOption({}, {u"--no-cache"}) || hasCacheMount(*r.ins, u"/var/cache/apk") ||
            scriptHasRm(r.script, u"/var/cache/apk")) {
            return;
        }
        c.reportCommand(r,
                        cmd,
                        Lint::tr("apk add keeps its index cache in the layer"),
                        withOptionAfterWord(r, cmd, wordIndex(cmd, u"add"), u"--no-cache"));
    });
}

// ------------------------------------------------------------------------------------------------ pip
const std::initializer_list<QStringView> kPipValueOpts{u"-r",
                                                       u"--requirement",
                                                       u"-c",
                                                       u"--constraint",
                                                       u"-e",
                                                       u"--editable",
                                                       u"-i",
                                                       u"--index-url",
                                                       u"--extra-index-url",
                                                       u"-f",
                                                       u"--find-links",
                                                       u"-t",
                                                       u"--target",
                                                       u"--prefix",
                                                       u"--root",
                                                       u"--trusted-host",
                                                       u"--platform",
                                                       u"--python-version",
                                                       u"--implementation",
                                                       u"--abi",
                                                       u"--src",
                                                       u"--upgrade-strategy",
                                                       u"--progress-bar",
                                                       u"--cache-dir",
                                                       u"--log",
                                                       u"--proxy",
                                                       u"--retries",
                                                       u"--timeout",
                                                       u"--exists-action",
                                                       u"--cert",
                                                       u"--client-cert",
                                                       u"--only-binary",
                                                       u"--no-binary",
                                                       u"--global-option",
                                                       u"--install-option"};

// For pip, pip3, pip3.12 and python -m pip: the command from "pip" on (its words[0] is "pip" or the program), so
// its sub-command and operands are pip's; none when this is no pip.
std::optional<ShellCommand> pipPart(const ShellCommand& cmd)
{
    // "pip", "pip3", "pip3.12"; "python", "python3.12": told apart by the splitter.
    size_t start = 0;
    if (cmd.is(P::Pip)) {
        start = 1;
    } else if (cmd.is(P::Python)) {
        for (size_t m = 1; m < cmd.words.size(); ++m) {
            if (eq(cmd.words[m], u"-m")) {
                if (eq(cmd.arg(qsizetype(m) + 1), u"pip")) {
                    start = m + 2;
                }
                break;
            }
        }
    }
    if (start == 0) {
        return std::nullopt;
    }
    ShellCommand rest;
    rest.words = cmd.words.subspan(start - 1);
    return rest;
}

// Whether cmd is a pip install (pip's sub-command is "install").
bool isPipInstall(const ShellCommand& cmd)
{
    const auto pip = pipPart(cmd);
    return pip && eq(pip->subcommand(kPipValueOpts), u"install");
}

// The words after "install" for pip, pip3, pip3.12, python -m pip; empty when this is not a pip install.
std::optional<ShellWords> pipInstallArgs(const ShellCommand& cmd)
{
    const auto pip = pipPart(cmd);
    if (!pip || !eq(pip->subcommand(kPipValueOpts), u"install")) {
        return std::nullopt;
    }
    ShellWords ops;
    forEachPackage(*pip, kPipValueOpts, [&](QStringView w) { ops.append(w); });
    return ops;
}

bool pipPinned(QStringView spec)
{
    return hasPipVersionOperator(spec) || spec.startsWith(u'.') || spec.startsWith(u'/') ||
           containsPlain(spec, u"://") || endsWithPlain(spec, u".whl") || endsWithPlain(spec, u".tar.gz") ||
           endsWithPlain(spec, u".zip") || spec.startsWith(u'$');
}

constexpr std::uint32_t kPipPrograms = shellProgramBit(P::Pip) | shellProgramBit(P::Python);

void checkPipPin(LintContext& c)
{
    if (!c.runsAny(kPipPrograms)) {
        return;
    }
    for (const RunInfo& r : c.runs) {
        if (!r.script.usesAny(kPipPrograms)) {
            continue;
        }
        for (const ShellCommand& cmd : r.script.commands) {
            const auto args = pipInstallArgs(cmd);
            if (!args) {
                continue;
            }
            ShellWords unpinned;
            for (QStringView p : *args) {
                if (!pipPinned(p)) {
                    unpinned.append(p);
                }
            }
            if (!unpinned.isEmpty()) {
                c.reportCommand(r, cmd, Lint::tr("pip install without versions: %1").arg(JoinedWords(unpinned).view()));
            }
        }
    }
}

void checkPipCache(LintContext& c)
{
    // Most files run no pip at all: then there is nothing to look up.
    if (!c.runsAny(kPipPrograms)) {
        return;
    }
    // Instruction index of the first ENV PIP_NO_CACHE_DIR per stage, inherited by child stages (one pass).
    std::vector<int> envAt(c.df.stages.size(), std::numeric_limits<int>::max());
    for (size_t i = 0; i < c.df.instructions.size(); ++i) {
        const Instruction& ins = c.df.instructions[i];
        if (ins.stage < 0) {
            continue;
        }
        if (ins.kind == InstructionKind::From && c.df.stages[ins.stage].parentStage >= 0 &&
            envAt[c.df.stages[ins.stage].parentStage] != std::numeric_limits<int>::max()) {
            envAt[ins.stage] = int(i);
        }
        if (ins.kind == InstructionKind::Env && envAt[ins.stage] == std::numeric_limits<int>::max()) {
            for (const KeyValue& kv : ins.pairs) {
                if (kv.key == u"PIP_NO_CACHE_DIR"_s) {
                    envAt[ins.stage] = int(i);
                }
            }
        }
    }
    for (const RunInfo& r : c.runs) {
        if (!r.script.usesAny(kPipPrograms) || hasCacheMount(*r.ins, u"/root/.cache") ||
            (r.ins->stage >= 0 && envAt[r.ins->stage] < r.index)) {
            continue;
        }
        for (const ShellCommand& cmd : r.script.commands) {
            if (!isPipInstall(cmd) || cmd.hasOption({}, {u"--no-cache-dir"}) ||
                std::any_of(cmd.assignments.begin(), cmd.assignments.end(), [](QStringView a) {
                    return a.startsWith(u"PIP_NO_CACHE_DIR="_s);
                })) {
                continue;
            }
            c.reportCommand(r,
                            cmd,
                            Lint::tr("pip install keeps its download cache in the layer"),
                            withOptionAfterWord(r, cmd, wordIndex(cmd, u"install"), u"--no-cache-dir"));
        }
    }
}

// ------------------------------------------------------------------------------------------------ npm, gem, go
void checkNpmPin(LintContext& c)
{
    static constexpr QStringView installs[]{u"install", u"i", u"add", u"isntall", u"in"};
    eachCommand(
        c,
        P::Npm,
        [](const ShellCommand& cmd) {
            const QStringView sub = cmd.subcommand();
            return std::any_of(
                std::begin(installs), std::end(installs), [sub](QStringView x) { return samePlain(sub, x); });
        },
        [&](const RunInfo& r, const ShellCommand& cmd) {
            ShellWords unpinned;
            forEachPackage(cmd, {u"--prefix", u"--registry", u"-w", u"--workspace"}, [&](QStringView p) {
                const bool scoped = p.startsWith(u'@');
                const bool versioned = scoped ? containsChar(p.sliced(1), u'@') : containsChar(p, u'@');
                const bool local = p.startsWith(u'.') || p.startsWith(u'/') || p.startsWith(u'~') ||
                                   containsPlain(p, u"://") || startsWithPlain(p, u"git") || containsChar(p, u':') ||
                                   endsWithPlain(p, u".tgz") || endsWithPlain(p, u".tar.gz") || p.startsWith(u'$');
                if (!versioned && !local) {
                    unpinned.append(p);
                }
            });
            if (!unpinned.isEmpty()) {
                c.reportCommand(r, cmd, Lint::tr("npm install without versions: %1").arg(JoinedWords(unpinned).view()));
            }
        });
}

void checkGemPin(LintContext& c)
{
    eachCommand(
        c,
        P::Gem,
        [](const ShellCommand& cmd) { return eq(cmd.subcommand(), u"install"); },
        [&](const RunInfo& r, const ShellCommand& cmd) {
            if (cmd.hasOption(u"v", {u"--version"})) {
                return;
            }
            ShellWords unpinned;
            forEachPackage(cmd,
                           {u"-i",
                            u"--install-dir",
                            u"-n",
                            u"--bindir",
                            u"-s",
                            u"--source",
                            u"-P",
                            u"--trust-policy",
                            u"--platform"},
                           [&](QStringView p) {
                               if (!containsChar(p, u':') && !endsWithPlain(p, u".gem") && !p.startsWith(u'$')) {
                                   unpinned.append(p);
                               }
                           });
            if (!unpinned.isEmpty()) {
                c.reportCommand(r, cmd, Lint::tr("gem install without versions: %1").arg(JoinedWords(unpinned).view()));
            }
        });
}

void checkGoPin(LintContext& c)
{
    eachCommand(
        c,
        P::Go,
        [](const ShellCommand& cmd) { return eq(cmd.subcommand(), u"install"); },
        [&](const RunInfo& r, const ShellCommand& cmd) {
            ShellWords unpinned;
            forEachPackage(cmd, {}, [&](QStringView p) {
                const bool local = p.startsWith(u'.') || p.startsWith(u'/') || p.startsWith(u'$');
                if (!local && (!containsChar(p, u'@') || endsWithPlain(p, u"@latest"))) {
                    unpinned.append(p);
                }
            });
            if (!unpinned.isEmpty()) {
                c.reportCommand(r, cmd, Lint::tr("go install without a version: %1").arg(JoinedWords(unpinned).view()));
            }
        });
}

// ------------------------------------------------------------------------------------------------ rpm family
const std::initializer_list<QStringView> kRpmValueOpts{u"--setopt",
                                                       u"--enablerepo",
                                                       u"--disablerepo",
                                                       u"-c",
                                                       u"--config",
                                                       u"--installroot",
                                                       u"--releasever",
                                                       u"-x",
                                                       u"--exclude",
                                                       u"--repo",
                                                       u"--repoid",
                                                       u"--nodocs-placeholder"};

// A package manager of the rpm family: its name (for messages) and its kind.
struct RpmTool
{
    QStringView name;
    ShellProgram program;
};
constexpr RpmTool kYum{u"yum", P::Yum};
constexpr RpmTool kDnf{u"dnf", P::Dnf};
constexpr RpmTool kMicrodnf{u"microdnf", P::Microdnf};

bool isInstallOf(const ShellCommand& cmd, ShellProgram program)
{
    if (!cmd.is(program)) {
        return false;
    }
    const QStringView sub = cmd.subcommand(kRpmValueOpts);
    return eq(sub, u"install") || eq(sub, u"groupinstall") || eq(sub, u"localinstall") || eq(sub, u"reinstall");
}

void reportRpmYes(LintContext& c, RpmTool tool)
{
    eachCommand(
        c,
        tool.program,
        [&](const ShellCommand& cmd) { return isInstallOf(cmd, tool.program); },
        [&](const RunInfo& r, const ShellCommand& cmd) {
            if (!cmd.hasOption(u"y", {u"--assumeyes"})) {
                c.reportCommand(
                    r, cmd, Lint::tr("%1 install without -y waits for an answer that never comes").arg(tool.name));
            }
        });
}

void reportRpmClean(LintContext& c, std::initializer_list<RpmTool> tools, QStringView cacheDir)
{
    std::uint32_t any = 0;
    for (RpmTool tool : tools) {
        any |= shellProgramBit(tool.program);
    }
    if (!c.runsAny(any)) {
        return;
    }
    for (const RunInfo& r : c.runs) {
        if (!r.script.usesAny(any) || hasCacheMount(*r.ins, cacheDir)) {
            continue;
        }
        for (RpmTool tool : tools) {
            if (!r.script.uses(tool.program)) {
                continue;
            }
            bool installs = false;
            for (const ShellCommand& cmd : r.script.commands) {
                installs |= isInstallOf(cmd, tool.program);
            }
            if (installs && !scriptHas(r.script, tool.program, u"clean", u"all") && !scriptHasRm(r.script, cacheDir)) {
                c.report(
                    r.index,
                    Lint::tr("%1 install without '%1 clean all' leaves the package cache in the layer").arg(tool.name));
            }
        }
    }
}

void reportRpmPin(LintContext& c, RpmTool tool)
{
    eachCommand(
        c,
        tool.program,
        [&](const ShellCommand& cmd) { return isInstallOf(cmd, tool.program); },
        [&](const RunInfo& r, const ShellCommand& cmd) {
            ShellWords unpinned;
            forEachPackage(cmd, kRpmValueOpts, [&](QStringView p) {
                if (!hasDashDigit(p) && !endsWithPlain(p, u".rpm") && !p.startsWith(u'@') && !p.startsWith(u'$') &&
                    !p.startsWith(u'/')) {
                    unpinned.append(p);
                }
            });
            if (!unpinned.isEmpty()) {
                c.reportCommand(
                    r, cmd, Lint::tr("%1 install without versions: %2").arg(tool.name, JoinedWords(unpinned).view()));
            }
        });
}

void checkYumYes(LintContext& c)
{
    reportRpmYes(c, kYum);
}
void checkYumClean(LintContext& c)
{
    reportRpmClean(c, {kYum}, u"/var/cache/yum");
}
void checkYumPin(LintContext& c)
{
    reportRpmPin(c, kYum);
}
void checkDnfYes(LintContext& c)
{
    reportRpmYes(c, kDnf);
    reportRpmYes(c, kMicrodnf);
}
void checkDnfClean(LintContext& c)
{
    reportRpmClean(c, {kDnf, kMicrodnf}, u"/var/cache/dnf");
}
void checkDnfPin(LintContext& c)
{
    reportRpmPin(c, kDnf);
    reportRpmPin(c, kMicrodnf);
}

// ------------------------------------------------------------------------------------------------ zypper
const std::initializer_list<QStringView> kZypperValueOpts{u"--root",
                                                          u"-R",
                                                          u"--reposd-dir",
                                                          u"--cache-dir",
                                                          u"-C",
                                                          u"--raw-cache-dir",
                                                          u"--solv-cache-dir",
                                                          u"-r",
                                                          u"--repo",
                                                          u"-t",
                                                          u"--type",
                                                          u"-p",
                                                          u"--plus-repo"};

bool isZypper(const ShellCommand& cmd, std::initializer_list<QStringView> subs)
{
    if (!cmd.is(P::Zypper)) {
        return false;
    }
    return isOneOf(cmd.subcommand(kZypperValueOpts), subs);
}

void checkZypperYes(LintContext& c)
{
    eachCommand(
        c,
        P::Zypper,
        [](const ShellCommand& cmd) {
            return isZypper(cmd, {u"install", u"in", u"remove", u"rm", u"source-install", u"si", u"patch"});
        },
        [&](const RunInfo& r, const ShellCommand& cmd) {
            if (!cmd.hasOption(u"ny", {u"--non-interactive", u"--no-confirm"})) {
                c.reportCommand(r, cmd, Lint::tr("zypper without -n waits for an answer that never comes"));
            }
        });
}

void checkZypperDup(LintContext& c)
{
    eachCommand(
        c,
        P::Zypper,
        [](const ShellCommand& cmd) {
            return isZypper(cmd, {u"dist-upgrade", u"dup"});
        },
        [&](const RunInfo& r, const ShellCommand& cmd) {
            c.reportCommand(r,
                            cmd,
                            Lint::tr("zypper dist-upgrade changes the base distribution inside the "
                                     "image"));
        });
}

void checkZypperClean(LintContext& c)
{
    if (!c.runsAny(shellProgramBit(P::Zypper))) {
        return;
    }
    for (const RunInfo& r : c.runs) {
        if (!r.script.uses(P::Zypper)) {
            continue;
        }
        bool installs = false;
        bool cleans = false;
        for (const ShellCommand& cmd : r.script.commands) {
            installs |= isZypper(cmd, {u"install", u"in"});
            cleans |= isZypper(cmd, {u"clean", u"cc"});
        }
        if (installs && !cleans && !scriptHasRm(r.script, u"/var/cache/zypp")) {
            c.report(r.index, Lint::tr("zypper install without 'zypper clean' leaves the cache in the layer"));
        }
    }
}

void checkZypperPin(LintContext& c)
{
    eachCommand(
        c,
        P::Zypper,
        [](const ShellCommand& cmd) {
            return isZypper(cmd, {u"install", u"in"});
        },
        [&](const RunInfo& r, const ShellCommand& cmd) {
            ShellWords unpinned;
            forEachPackage(cmd, kZypperValueOpts, [&](QStringView p) {
                if (!hasAnyOf<u'=', u'>', u'<'>(p) && !endsWithPlain(p, u".rpm") && !p.startsWith(u'$')) {
                    unpinned.append(p);
                }
            });
            if (!unpinned.isEmpty()) {
                c.reportCommand(
                    r, cmd, Lint::tr("zypper install without versions: %1").arg(JoinedWords(unpinned).view()));
            }
        });
}

// ------------------------------------------------------------------------------------------------ yarn
void checkYarnCache(LintContext& c)
{
    if (!c.runsAny(shellProgramBit(P::Yarn))) {
        return;
    }
    for (const RunInfo& r : c.runs) {
        if (!r.script.uses(P::Yarn) || hasCacheMount(*r.ins, u"/usr/local/share/.cache/yarn") ||
            hasCacheMount(*r.ins, u"/root/.yarn")) {
            continue;
        }
        bool installs = false;
        for (const ShellCommand& cmd : r.script.commands) {
            installs |= cmd.is(P::Yarn) && (cmd.subcommand() == u"install"_s || cmd.subcommand() == u"add"_s);
        }
        if (installs && !scriptHas(r.script, P::Yarn, u"cache", u"clean")) {
            c.report(r.index, Lint::tr("yarn install without 'yarn cache clean' leaves the cache in the layer"));
        }
    }
}

const RuleDef kRules[] = {
    makeRule("DKF-105",
             Severity::High,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "apt-get dist-upgrade in a Dockerfile"),
             QT_TRANSLATE_NOOP("Rules",
                               "A dist-upgrade can move the image to a different release than the base "
                               "tag says, so the image no longer matches what reviewers think it is."),
             QT_TRANSLATE_NOOP("Rules", "Use a newer base image tag instead of dist-upgrade."),
             "",
             "hadolint:DL3005,dockle:DKL-DI-0003",
             &checkAptDistUpgrade),
    makeRule("DKF-108",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "apt-get install without version pins"),
             QT_TRANSLATE_NOOP("Rules",
                               "Unpinned packages make builds unreproducible: a rebuild silently picks up "
                               "whatever the mirror serves that day."),
             QT_TRANSLATE_NOOP("Rules", "Pin each package: apt-get install -y curl=7.88.1-10+deb12u5."),
             "",
             "hadolint:DL3008",
             &checkAptPin),
    makeRule("DKF-109",
             Severity::Info,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "apt-get lists not removed"),
             QT_TRANSLATE_NOOP("Rules",
                               "The package lists stay in the layer: tens of megabytes and stale metadata "
                               "in every container."),
             QT_TRANSLATE_NOOP("Rules", "End the RUN with && rm -rf /var/lib/apt/lists/*."),
             "",
             "hadolint:DL3009,dockle:DKL-DI-0005",
             &checkAptLists),
    makeRule("DKF-113",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "pip install without version pins"),
             QT_TRANSLATE_NOOP("Rules",
                               "Unpinned Python packages make builds unreproducible and let a hijacked "
                               "release in on the next build."),
             QT_TRANSLATE_NOOP("Rules",
                               "Pin versions (pip install requests==2.31.0) or install from a "
                               "requirements file with pins and hashes."),
             "",
             "hadolint:DL3013",
             &checkPipPin),
    makeRule("DKF-114",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "apt-get install without -y"),
             QT_TRANSLATE_NOOP("Rules", "Without -y apt-get asks for confirmation and the build aborts."),
             QT_TRANSLATE_NOOP("Rules", "Add -y: apt-get install -y ..."),
             "",
             "hadolint:DL3014,trivy:DS-0021",
             &checkAptYes),
    makeRule("DKF-115",
             Severity::Info,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "apt-get install without --no-install-recommends"),
             QT_TRANSLATE_NOOP("Rules",
                               "Recommended packages are installed by default: more code, more CVEs, "
                               "bigger image."),
             QT_TRANSLATE_NOOP("Rules", "Add --no-install-recommends to apt-get install."),
             "",
             "hadolint:DL3015,trivy:DS-0029",
             &checkAptRecommends),
    makeRule("DKF-116",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "npm install without version pins"),
             QT_TRANSLATE_NOOP("Rules",
                               "npm install name takes the newest release; a compromised package version "
                               "lands in the next build."),
             QT_TRANSLATE_NOOP("Rules", "Pin versions (npm install express@4.19.2) or use npm ci with a lock file."),
             "",
             "hadolint:DL3016",
             &checkNpmPin),
    makeRule("DKF-118",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "apk add without version pins"),
             QT_TRANSLATE_NOOP("Rules", "Unpinned packages make builds unreproducible."),
             QT_TRANSLATE_NOOP("Rules", "Pin each package: apk add --no-cache curl=8.5.0-r0."),
             "",
             "hadolint:DL3018",
             &checkApkPin),
    makeRule("DKF-119",
             Severity::Info,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "apk add without --no-cache"),
             QT_TRANSLATE_NOOP("Rules", "The apk index stays in the layer."),
             QT_TRANSLATE_NOOP("Rules", "Use apk add --no-cache."),
             "",
             "hadolint:DL3019,trivy:DS-0025,dockle:DKL-DI-0004",
             &checkApkNoCache),
    makeRule("DKF-127",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "apt used instead of apt-get"),
             QT_TRANSLATE_NOOP("Rules", "apt's command-line interface is not stable for scripts and warns so."),
             QT_TRANSLATE_NOOP("Rules", "Use apt-get (or apt-cache)."),
             "",
             "hadolint:DL3027,checkov:CKV_DOCKER_9",
             &checkApt),
    makeRule("DKF-128",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "gem install without version pins"),
             QT_TRANSLATE_NOOP("Rules", "Unpinned gems make builds unreproducible."),
             QT_TRANSLATE_NOOP("Rules", "Pin versions: gem install rails:7.1.3 or gem install rails -v 7.1.3."),
             "",
             "hadolint:DL3028",
             &checkGemPin),
    makeRule("DKF-130",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "yum install without -y"),
             QT_TRANSLATE_NOOP("Rules", "Without -y yum asks for confirmation and the build aborts."),
             QT_TRANSLATE_NOOP("Rules", "Add -y: yum install -y ..."),
             "",
             "hadolint:DL3030",
             &checkYumYes),
    makeRule("DKF-132",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "yum cache not cleaned"),
             QT_TRANSLATE_NOOP("Rules", "The yum cache stays in the layer."),
             QT_TRANSLATE_NOOP("Rules", "End the RUN with && yum clean all."),
             "",
             "hadolint:DL3032,trivy:DS-0015",
             &checkYumClean),
    makeRule("DKF-133",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "yum install without version pins"),
             QT_TRANSLATE_NOOP("Rules", "Unpinned packages make builds unreproducible."),
             QT_TRANSLATE_NOOP("Rules", "Pin versions: yum install -y httpd-2.4.57."),
             "",
             "hadolint:DL3033",
             &checkYumPin),
    makeRule("DKF-134",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "zypper without non-interactive switch"),
             QT_TRANSLATE_NOOP("Rules", "Without -n zypper asks for confirmation and the build aborts."),
             QT_TRANSLATE_NOOP("Rules", "Use zypper -n install ... or zypper install -y ..."),
             "",
             "hadolint:DL3034",
             &checkZypperYes),
    makeRule("DKF-135",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "zypper dist-upgrade in a Dockerfile"),
             QT_TRANSLATE_NOOP("Rules", "A dist-upgrade changes the distribution release under the base tag."),
             QT_TRANSLATE_NOOP("Rules", "Use a newer base image tag instead."),
             "",
             "hadolint:DL3035",
             &checkZypperDup),
    makeRule("DKF-136",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "zypper cache not cleaned"),
             QT_TRANSLATE_NOOP("Rules", "The zypper cache stays in the layer."),
             QT_TRANSLATE_NOOP("Rules", "End the RUN with && zypper clean."),
             "",
             "hadolint:DL3036",
             &checkZypperClean),
    makeRule("DKF-137",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "zypper install without version pins"),
             QT_TRANSLATE_NOOP("Rules", "Unpinned packages make builds unreproducible."),
             QT_TRANSLATE_NOOP("Rules", "Pin versions: zypper install -y httpd=2.4.57."),
             "",
             "hadolint:DL3037",
             &checkZypperPin),
    makeRule("DKF-138",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "dnf install without -y"),
             QT_TRANSLATE_NOOP("Rules", "Without -y dnf asks for confirmation and the build aborts."),
             QT_TRANSLATE_NOOP("Rules", "Add -y: dnf install -y ..."),
             "",
             "hadolint:DL3038",
             &checkDnfYes),
    makeRule("DKF-140",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "dnf cache not cleaned"),
             QT_TRANSLATE_NOOP("Rules", "The dnf cache stays in the layer."),
             QT_TRANSLATE_NOOP("Rules", "End the RUN with && dnf clean all."),
             "",
             "hadolint:DL3040,trivy:DS-0019",
             &checkDnfClean),
    makeRule("DKF-141",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "dnf install without version pins"),
             QT_TRANSLATE_NOOP("Rules", "Unpinned packages make builds unreproducible."),
             QT_TRANSLATE_NOOP("Rules", "Pin versions: dnf install -y httpd-2.4.57."),
             "",
             "hadolint:DL3041",
             &checkDnfPin),
    makeRule("DKF-142",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "pip install keeps its cache"),
             QT_TRANSLATE_NOOP("Rules", "pip's download cache stays in the layer."),
             QT_TRANSLATE_NOOP("Rules", "Add --no-cache-dir, or set ENV PIP_NO_CACHE_DIR=1."),
             "",
             "hadolint:DL3042",
             &checkPipCache),
    makeRule("DKF-160",
             Severity::Info,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "yarn cache not cleaned"),
             QT_TRANSLATE_NOOP("Rules", "yarn's cache stays in the layer."),
             QT_TRANSLATE_NOOP("Rules", "End the RUN with && yarn cache clean."),
             "",
             "hadolint:DL3060",
             &checkYarnCache),
    makeRule("DKF-162",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "go install without a version"),
             QT_TRANSLATE_NOOP("Rules", "go install without @version (or with @latest) takes whatever is newest."),
             QT_TRANSLATE_NOOP("Rules", "Use go install example.com/tool@v1.2.3."),
             "",
             "hadolint:DL3062",
             &checkGoPin),
};

} // namespace

std::span<const RuleDef> packageRuleDefs()
{
    return kRules;
}

} // namespace bulkhead::dockerfile::detail
