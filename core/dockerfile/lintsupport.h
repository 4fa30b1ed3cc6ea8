// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the linter: what a rule's check sees, and the family tables. Not part of the public API.

#include "core/dockerfile/lint.h"
#include "core/dockerfile/shell.h"
#include "core/util/trcache.h"

#include <QCoreApplication>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace bulkhead::dockerfile::detail {

// Translation context "Dockerfile" for finding messages: Lint::tr("..."), remembered per literal (a rule asks for its
// message once per finding).
class Lint
{
    BULKHEAD_DECLARE_CACHED_TR(Dockerfile)
};

// Image reference parts: [registry/]repository[:tag][@digest], as views of the text parsed (a stage's imageExpanded,
// which outlives the lint run).
struct ImageRef
{
    QStringView registry; // empty: Docker Hub
    QStringView repository;
    QStringView tag;
    QStringView digest;
};
ImageRef parseImageRef(QStringView ref);

// Command names that rules look for in every RUN (cd, sudo, ...), as bits: which of them a script runs is found once
// per file by lintDockerfile(), so a rule about one skips the RUNs (and files) that do not run it, instead of
// comparing every command's name. The splitter's ShellProgram kinds cover the package managers and downloaders.
enum class CommandName : std::uint8_t
{
    Cd,
    Sudo, // as the command or as a wrapper of one
    Ln,
    Useradd,
    Tar,
    Pointless, // free, kill, mount, ps, service, shutdown, ssh, top, vim
};
constexpr std::uint32_t commandNameBit(CommandName n)
{
    return std::uint32_t(1) << unsigned(n);
}

// A RUN with its split shell script; ONBUILD RUNs are included (hadolint checks those too).
struct RunInfo
{
    RunInfo() = default;
    // For emplace_back() (clang before 16 has no parenthesised aggregate initialisation).
    RunInfo(const Instruction* instruction, int at, bool nested, bool argsScript, ShellScript split)
        : ins(instruction), index(at), onbuild(nested), scriptIsArgs(argsScript), script(std::move(split))
    {}

    const Instruction* ins = nullptr;
    int index = -1; // instruction index (of the ONBUILD for nested ones)
    bool onbuild = false;
    bool scriptIsArgs = false; // command offsets map onto ins->args (positions are exact)
    ShellScript script;
    std::uint32_t commandNames = 0; // CommandName bits of its commands (filled by lintDockerfile())
    bool runs(CommandName n) const { return (commandNames & commandNameBit(n)) != 0; }
};

// Instruction indices grouped by a key (a counting sort: file order within a group; an instruction whose key is
// outside [0, groups) is left out), made once per file by lintDockerfile(): by kind, since most rules look at one or
// two kinds and walking every instruction to test its kind was most of what they cost, and by stage.
class InstructionGroups
{
public:
    template<typename Key> void build(const std::vector<Instruction>& instructions, qsizetype groups, Key key)
    {
        m_start.resize(groups + 1);
        std::fill(m_start.begin(), m_start.end(), 0);
        for (const Instruction& ins : instructions) {
            const qsizetype k = key(ins);
            if (k >= 0 && k < groups) {
                ++m_start[k + 1];
            }
        }
        for (qsizetype k = 1; k <= groups; ++k) {
            m_start[k] += m_start[k - 1];
        }
        m_order.resize(size_t(m_start[groups]));
        QVarLengthArray<int, kInline> next(m_start.begin(), m_start.end() - 1);
        for (size_t i = 0; i < instructions.size(); ++i) {
            const qsizetype k = key(instructions[i]);
            if (k >= 0 && k < groups) {
                m_order[size_t(next[k]++)] = int(i);
            }
        }
    }
    // Indices of one group, ascending (none for a group out of range).
    std::span<const int> of(qsizetype group) const
    {
        if (group < 0 || group + 1 >= m_start.size()) {
            return {};
        }
        return {m_order.data() + m_start[group], size_t(m_start[group + 1] - m_start[group])};
    }
    // Indices of several groups together, ascending: their lists merged as the caller walks them (a range for a
    // range-based for loop), with nothing stored.
    template<size_t N> class Merged
    {
    public:
        struct End
        {
        };
        class Iterator
        {
        public:
            explicit Iterator(const std::span<const int> (&lists)[N])
            {
                for (size_t k = 0; k < N; ++k) {
                    m_at[k] = lists[k].data();
                    m_end[k] = lists[k].data() + lists[k].size();
                }
                pick();
            }
            int operator*() const { return *m_at[m_best]; }
            Iterator& operator++()
            {
                ++m_at[m_best];
                pick();
                return *this;
            }
            bool operator!=(End) const { return m_best != N; }

        private:
            void pick()
            {
                m_best = N;
                for (size_t k = 0; k < N; ++k) {
                    if (m_at[k] != m_end[k] && (m_best == N || *m_at[k] < *m_at[m_best])) {
                        m_best = k;
                    }
                }
            }
            const int* m_at[N];
            const int* m_end[N];
            size_t m_best = N;
        };
        Iterator begin() const { return Iterator(lists); }
        End end() const { return {}; }
        std::span<const int> lists[N];
    };
    template<size_t N> Merged<N> ofAny(const qsizetype (&groups)[N]) const
    {
        Merged<N> out;
        for (size_t k = 0; k < N; ++k) {
            out.lists[k] = of(groups[k]);
        }
        return out;
    }

    // The index store, exchanged with a kept vector (lintDockerfile() reuses one from file to file).
    void swapStorage(std::vector<int>& other) { m_order.swap(other); }

private:
    static constexpr qsizetype kInline = 24; // room for every kind, and for the stages of nearly every file
    QVarLengthArray<int, kInline> m_start;   // per group: where its indices begin in m_order; one more for the end
    std::vector<int> m_order;
};

// The groups by instruction kind, with the kind as the key.
class KindIndex
{
public:
    void build(const std::vector<Instruction>& instructions)
    {
        m_groups.build(instructions, qsizetype(InstructionKind::Shell) + 1, [](const Instruction& ins) {
            return qsizetype(ins.kind);
        });
    }
    std::span<const int> of(InstructionKind k) const { return m_groups.of(qsizetype(k)); }
    void swapStorage(std::vector<int>& other) { m_groups.swapStorage(other); }
    // Indices of the instructions of any of these kinds, ascending.
    template<size_t N> InstructionGroups::Merged<N> ofAny(const InstructionKind (&kinds)[N]) const
    {
        qsizetype groups[N];
        for (size_t k = 0; k < N; ++k) {
            groups[k] = qsizetype(kinds[k]);
        }
        return m_groups.ofAny(groups);
    }

private:
    InstructionGroups m_groups;
};

struct LintContext
{
    LintContext(const ParsedDockerfile& file, const LintConfig& lintConfig, const BuildContext* buildContext)
        : df(file), config(lintConfig), context(buildContext)
    {}

    const ParsedDockerfile& df;
    const LintConfig& config;
    const BuildContext* context = nullptr;
    std::vector<RunInfo> runs;
    std::uint32_t runPrograms = 0; // every RUN's ShellScript::programs together (filled by lintDockerfile())
    // Whether some RUN runs one of these programs (shellProgramBit()s): most rules about a program stop here.
    bool runsAny(std::uint32_t programs) const { return (runPrograms & programs) != 0; }
    std::uint32_t runCommandNames = 0; // every RUN's commandNames together (filled by lintDockerfile())
    bool runsCommand(CommandName n) const { return (runCommandNames & commandNameBit(n)) != 0; }
    KindIndex kinds; // filled by lintDockerfile()
    // isSecretName() answers for the file's ENV/ARG names, by the position in which the rules walk them (a hint,
    // checked against the name's characters, which belong to the parsed file and stay put for the run): three rules
    // ask about each name in turn. Filled by seedrules.cpp.
    struct NameAnswer
    {
        const QChar* data = nullptr;
        qsizetype size = -1;
        bool answer = false;
    };
    std::vector<NameAnswer> secretNameAnswers;
    const model::RuleInfo* rule = nullptr; // the rule being checked
    const QString* ruleId = nullptr;       // its id (shared by every finding of the rule)
    model::Findings findings;
    std::vector<int> findingInstruction; // parallel to findings: instruction index, or -1

    // One finding of the current rule at an instruction (optionally at a character of its args). The texts are taken
    // by value: a message made for the finding (nearly all are) moves in without touching a reference count.
    model::Finding& report(int instruction, QString message, QString suggestion = {}, qsizetype argOffset = -1);
    // One finding at a shell command word of a RUN.
    model::Finding& reportCommand(
        const RunInfo& run, const ShellCommand& cmd, QString message, QString suggestion = {}, qsizetype word = 0);
    // A finding with no instruction (whole file or build context).
    model::Finding& reportFile(const QString& file, int line, QString message);

    bool isFinalStage(int stage) const { return stage >= 0 && stage == int(df.stages.size()) - 1; }
    // Instructions of one stage (indices), in order; computed once per lint run (empty for a stage that is not one).
    std::span<const int> stageInstructions(int stage) const { return stages.of(stage); }
    InstructionGroups stages; // filled by lintDockerfile()
    // parseImageRef(stage.imageExpanded) of each stage, parsed once (five rules look at every base image).
    const ImageRef& stageImage(int stage) const { return stageImages[size_t(stage)]; }
    std::vector<ImageRef> stageImages; // filled by lintDockerfile()
    // Source and destination words of the COPY/ADD at `instruction` (exec or shell form, heredoc markers count as
    // sources), as views of its text: split once by lintDockerfile() for the five rules that ask; none for other
    // instructions.
    struct Words
    {
        const QStringView* data = nullptr;
        qsizetype count = 0;
        qsizetype size() const { return count; }
        QStringView operator[](qsizetype k) const { return data[k]; }
        QStringView last() const { return data[count - 1]; }
    };
    Words copyWords(int instruction) const
    {
        const auto [from, count] = copyWordRange[size_t(instruction)];
        return {copyWordStore.data() + from, count};
    }
    std::vector<QStringView> copyWordStore;                     // filled by lintDockerfile()
    std::vector<std::pair<qsizetype, qsizetype>> copyWordRange; // per instruction: offset into the store, count
};

using CheckFn = void (*)(LintContext&);

struct RuleDef
{
    model::RuleInfo info;
    CheckFn check;
};

// Rule metadata for the family tables; texts are QT_TRANSLATE_NOOP("Rules", ...) at the call site.
constexpr RuleDef makeRule(const char* id,
                           model::Severity severity,
                           model::Category category,
                           const char* title,
                           const char* rationale,
                           const char* remediation,
                           const char* cis,
                           const char* aliases,
                           CheckFn check)
{
    return RuleDef{{id,
                    severity,
                    category,
                    model::TargetKind::Dockerfile,
                    title,
                    rationale,
                    remediation,
                    "",
                    cis,
                    "",
                    "",
                    aliases},
                   check};
}

std::span<const RuleDef> instructionRuleDefs();
std::span<const RuleDef> packageRuleDefs();
std::span<const RuleDef> labelRuleDefs();
std::span<const RuleDef> seedRuleDefs();
std::span<const RuleDef> contextRuleDefs();

// The instruction as written, trimmed, for a suggestion that replaces it; empty when it spans several lines (its first
// line is not the instruction) or is longer than kMaxSuggestionLine (a generated or hostile line would otherwise be
// repeated in every finding about it: 8,000 commands on a 1 MB line made gigabytes of output).
inline constexpr qsizetype kMaxSuggestionLine = 512;
QString editableLine(const Instruction& ins);

// That line with ` option` inserted right after word `word` of the RUN command `cmd` ("install" of apt-get), or
// empty when the word is not on the instruction's first line as written (continued lines, ONBUILD, heredocs,
// quoted words) or the line is too long.
QString withOptionAfterWord(const RunInfo& run, const ShellCommand& cmd, qsizetype word, QStringView option);

// Shared heuristics.
bool isSecretName(QStringView name);          // PASSWORD, API_KEY, ... (not *_FILE / *_PATH / public keys)
bool looksLikeSecretValue(QStringView value); // known token shapes or long high-entropy strings
double shannonEntropy(QStringView s);

// s.endsWith(suffix), exact and case-sensitive as QStringView::endsWith: inline, compared from the end (most words
// differ in their last character), for the short suffix lists rules test every COPY source against, where the library
// call per suffix cost more than the comparison.
inline bool endsWithPlain(QStringView s, QStringView suffix)
{
    const qsizetype n = suffix.size();
    if (s.size() < n) {
        return false;
    }
    const char16_t* a = s.utf16() + (s.size() - n);
    const char16_t* b = suffix.utf16();
    for (qsizetype k = n - 1; k >= 0; --k) {
        if (a[k] != b[k]) {
            return false;
        }
    }
    return true;
}

// The same for a literal, whose length is known here (a QStringView made of one counts its characters at run time).
template<size_t N> inline bool endsWithPlain(QStringView s, const char16_t (&suffix)[N])
{
    return endsWithPlain(s, QStringView(suffix, qsizetype(N - 1)));
}

// The other plain text tests the rules ask of short words and paths thousands of times: inline and case-sensitive,
// as QStringView's own (which call out of the library for each) are.

// A view of a string literal with its length known at compile time (QStringView's constructor from an array looks
// for the terminating null at run time, on every call that builds one).
template<size_t N> constexpr QStringView lit(const char16_t (&s)[N])
{
    return QStringView(s, qsizetype(N - 1));
}

[[gnu::always_inline]] inline bool samePlain(QStringView a, QStringView b)
{
    return a.size() == b.size() && std::char_traits<char16_t>::compare(a.utf16(), b.utf16(), size_t(a.size())) == 0;
}

inline bool startsWithPlain(QStringView s, QStringView prefix)
{
    return s.size() >= prefix.size() && std::equal(prefix.utf16(), prefix.utf16() + prefix.size(), s.utf16());
}

template<size_t N> inline bool startsWithPlain(QStringView s, const char16_t (&prefix)[N])
{
    return startsWithPlain(s, lit(prefix));
}

// s.contains(word): the word's first character found by a plain loop (the texts are short), the rest compared inline.
inline bool containsPlain(QStringView s, QStringView word)
{
    const qsizetype m = word.size();
    if (m == 0) {
        return true;
    }
    const char16_t* p = s.utf16();
    const char16_t* q = word.utf16();
    for (qsizetype i = 0; i + m <= s.size(); ++i) {
        if (p[i] == q[0] && std::equal(q + 1, q + m, p + i + 1)) {
            return true;
        }
    }
    return false;
}

template<size_t N> inline bool containsPlain(QStringView s, const char16_t (&word)[N])
{
    return containsPlain(s, lit(word));
}

inline bool containsChar(QStringView s, char16_t ch)
{
    return std::find(s.utf16(), s.utf16() + s.size(), ch) != s.utf16() + s.size();
}

// Index of the first ch in s at or after `from`, or -1.
inline qsizetype findChar(QStringView s, char16_t ch, qsizetype from = 0)
{
    for (qsizetype k = from; k < s.size(); ++k) {
        if (s.utf16()[k] == ch) {
            return k;
        }
    }
    return -1;
}

// Whether s is one of list, exactly: lengths first, then the characters.
inline bool isOneOf(QStringView s, std::initializer_list<QStringView> list)
{
    for (const QStringView x : list) {
        if (samePlain(s, x)) {
            return true;
        }
    }
    return false;
}

template<size_t N> inline bool isOneOf(QStringView s, const QStringView (&list)[N])
{
    for (const QStringView x : list) {
        if (samePlain(s, x)) {
            return true;
        }
    }
    return false;
}

// The parts one after another, in one new string: what QStringLiteral("WORKDIR /%1").arg(p) gives for a format whose
// only escapes are %1..%n in that order (arg() does not look for escapes in its arguments), without parsing the
// format. For the suggestions rules build around a word of the file.
inline QString concatText(std::initializer_list<QStringView> parts)
{
    qsizetype n = 0;
    for (const QStringView p : parts) {
        n += p.size();
    }
    QString out(n, Qt::Uninitialized);
    char16_t* to = reinterpret_cast<char16_t*>(out.data());
    for (const QStringView p : parts) {
        to = std::copy_n(p.utf16(), p.size(), to);
    }
    return out;
}

// Names (views of the parsed file): a vector while small, as nearly all are, hashed past that so hostile files with
// thousands of ENV keys stay linear.
class NameSet
{
public:
    bool isEmpty() const { return m_small.empty(); }
    bool contains(QStringView name) const
    {
        if (!m_big.isEmpty()) {
            return m_big.contains(name);
        }
        return std::find(m_small.begin(), m_small.end(), name) != m_small.end();
    }
    void insert(QStringView name)
    {
        if (contains(name)) {
            return;
        }
        if (m_small.empty()) {
            m_small.reserve(8); // one allocation for the few names of a usual file, not four
        }
        m_small.push_back(name); // kept even when hashed: isEmpty() and the switch-over read it
        if (!m_big.isEmpty()) {
            m_big.insert(name);
        } else if (m_small.size() > kSmall) {
            m_big = QSet<QStringView>(m_small.begin(), m_small.end());
        }
    }

private:
    static constexpr size_t kSmall = 32;
    std::vector<QStringView> m_small;
    QSet<QStringView> m_big;
};

// Calls f(word) for each non-empty piece of `text` between `sep` characters (QStringView::split with SkipEmptyParts,
// without building the list).
template<typename F> void forEachPart(QStringView text, QChar sep, F&& f)
{
    // A plain loop: the texts are short (instruction arguments), and a library search per piece cost more.
    const char16_t* p = text.utf16();
    const char16_t s = sep.unicode();
    const qsizetype n = text.size();
    qsizetype from = 0;
    for (qsizetype i = 0; i <= n; ++i) {
        if (i == n || p[i] == s) {
            if (i > from) {
                f(text.sliced(from, i - from));
            }
            from = i + 1;
        }
    }
}

// Calls f(name) for each variable reference `$NAME` or `${NAME...` in text, left to right (the names of
// \$\{?([A-Za-z_][A-Za-z0-9_]*) as a global match finds them; a scan, since rules run it on every RUN and ENV).
template<typename F> void forEachVariableReference(QStringView text, F&& f)
{
    const auto nameStart = [](char16_t c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_'; };
    qsizetype i = text.indexOf(u'$');
    while (i >= 0) {
        qsizetype j = i + 1;
        if (j < text.size() && text[j] == u'{') {
            ++j;
        }
        if (j >= text.size() || !nameStart(text[j].unicode())) {
            i = text.indexOf(u'$', i + 1);
            continue;
        }
        qsizetype e = j + 1;
        while (e < text.size() && (nameStart(text[e].unicode()) || (text[e] >= u'0' && text[e] <= u'9'))) {
            ++e;
        }
        f(text.sliced(j, e - j));
        i = text.indexOf(u'$', e);
    }
}

} // namespace bulkhead::dockerfile::detail
