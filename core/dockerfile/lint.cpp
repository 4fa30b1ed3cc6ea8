// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dockerfile/lint.h"

#include "core/dockerfile/lintsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <limits>
#include <memory>
#include <optional>
#include <string_view>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

// QString literals: comparing with u"..."_s checks the length first and needs no strlen.
using namespace Qt::StringLiterals;

namespace bulkhead::dockerfile {

using detail::CheckFn;
using detail::Lint;
using detail::LintContext;
using detail::RuleDef;

namespace {

// DKF-000: the parser's own findings.
void checkParse(LintContext&) {}

const RuleDef kParseRule{
    {"DKF-000",
     model::Severity::Medium,
     model::Category::Dockerfile,
     model::TargetKind::Dockerfile,
     QT_TRANSLATE_NOOP("Rules", "Dockerfile cannot be parsed"),
     QT_TRANSLATE_NOOP("Rules",
                       "A line Docker would reject (or read differently from what it looks like) hides what the "
                       "build really does; the other rules cannot judge what they cannot read."),
     QT_TRANSLATE_NOOP("Rules",
                       "Fix the syntax at the reported position: a known instruction with its arguments, balanced "
                       "heredocs and a valid parser directive."),
     "",
     "",
     "",
     "",
     ""},
    &checkParse,
};

struct Catalogue
{
    std::vector<const RuleDef*> defs;   // id order
    std::vector<model::RuleInfo> infos; // same order
    // Same order: QString::fromRawData() over idText, so the copy every finding takes is a pointer copy (no shared
    // reference count to increment and decrement, ~20,000 times per 1,000 Dockerfiles). The catalogue lives until
    // the process ends, longer than any finding.
    std::vector<QString> ids;
    std::vector<char16_t> idText;
    // What lintDockerfile() runs, in id order, without a build context (its rules left out) and with one: each step
    // what the loop needs at hand, not a definition to look into for every rule of every file.
    struct Step
    {
        CheckFn check;
        const model::RuleInfo* info;
        const QString* id;
    };
    Step parse; // DKF-000, the parser's own findings: first in id order, and no check to call
    std::vector<Step> steps;
    std::vector<Step> stepsWithContext;
};

const Catalogue& catalogue()
{
    static const Catalogue c = [] {
        Catalogue out;
        out.defs.push_back(&kParseRule);
        for (auto family : {detail::instructionRuleDefs(),
                            detail::packageRuleDefs(),
                            detail::labelRuleDefs(),
                            detail::seedRuleDefs(),
                            detail::contextRuleDefs()}) {
            for (const RuleDef& d : family) {
                out.defs.push_back(&d);
            }
        }
        std::sort(out.defs.begin(), out.defs.end(), [](const RuleDef* a, const RuleDef* b) {
            return qstrcmp(a->info.id, b->info.id) < 0;
        });
        size_t textSize = 0;
        for (const RuleDef* d : out.defs) {
            textSize += std::strlen(d->info.id);
        }
        out.idText.reserve(textSize); // never reallocated: the ids point into it
        for (const RuleDef* d : out.defs) {
            out.infos.push_back(d->info);
            const size_t from = out.idText.size();
            for (const char* p = d->info.id; *p; ++p) {
                out.idText.push_back(char16_t(static_cast<unsigned char>(*p))); // Latin-1, as fromLatin1()
            }
            out.ids.push_back(QString::fromRawData(reinterpret_cast<const QChar*>(out.idText.data() + from),
                                                   qsizetype(out.idText.size() - from)));
        }
        for (size_t k = 0; k < out.defs.size(); ++k) {
            const RuleDef* d = out.defs[k];
            const Catalogue::Step step{d->check, &out.infos[k], &out.ids[k]};
            if (d == &kParseRule) {
                Q_ASSERT(k == 0); // its findings are reported before every other rule's
                out.parse = step;
                continue;
            }
            out.stepsWithContext.push_back(step);
            if (d->info.category != model::Category::BuildContext) {
                out.steps.push_back(step);
            }
        }
        return out;
    }();
    return c;
}

// Upper-case code ("DKF-108", "DL3008") -> rule ids it stands for; built once.
const QHash<QString, QStringList>& codeIndex()
{
    static const QHash<QString, QStringList> index = [] {
        QHash<QString, QStringList> out;
        for (const RuleDef* d : catalogue().defs) {
            const QString id = QString::fromLatin1(d->info.id);
            out[id] << id;
            for (const QString& a : ruleAliases(d->info)) {
                if (a.startsWith(u"hadolint:")) {
                    out[a.mid(9).toUpper()] << id;
                }
            }
        }
        return out;
    }();
    return index;
}

// Rule ids a pragma or config code stands for: a DKF id, or a hadolint code through the aliases.
QStringList idsForCode(QStringView code)
{
    code = code.trimmed();
    // An ASCII code (every real one): the key made in one pass, the prefix dropped and letters raised as the general
    // way below does for ASCII (no character beyond ASCII folds or raises to one in "hadolint:" or a code).
    if (std::all_of(code.begin(), code.end(), [](QChar ch) { return ch.unicode() < 0x80; })) {
        const auto upper = [](char16_t ch) { return ch >= u'a' && ch <= u'z' ? char16_t(ch - (u'a' - u'A')) : ch; };
        constexpr QStringView kPrefix = u"HADOLINT:";
        if (code.size() >= kPrefix.size() &&
            std::equal(kPrefix.begin(), kPrefix.end(), code.begin(), [&](QChar p, QChar ch) {
                return upper(ch.unicode()) == p.unicode();
            })) {
            code = code.sliced(kPrefix.size());
        }
        QString key(code.size(), Qt::Uninitialized);
        std::transform(code.utf16(), code.utf16() + code.size(), reinterpret_cast<char16_t*>(key.data()), upper);
        return codeIndex().value(key);
    }
    QString c = code.toString();
    if (c.startsWith(u"hadolint:", Qt::CaseInsensitive)) {
        c = c.mid(9);
    }
    return codeIndex().value(c.toUpper());
}

// Rule ids a pragma suppresses, each once: the catalogue has ~150 ids, so the list stays short however often a file
// repeats them, and a linear search beats hashing for the few a real pragma names.
struct IdList
{
    std::vector<QString> ids;
    bool contains(const QString& id) const { return std::find(ids.begin(), ids.end(), id) != ids.end(); }
    void add(const QStringList& more)
    {
        for (const QString& id : more) {
            if (!contains(id)) {
                ids.push_back(id);
            }
        }
    }
};

struct Pragmas
{
    std::vector<IdList> byInstruction; // per instruction index; empty until a pragma names an instruction
    IdList global;
    std::vector<IdList> byStage; // per stage (from `stage ignore` above its FROM); empty until one does
    bool isEmpty() const { return global.ids.empty() && byInstruction.empty() && byStage.empty(); }
};

enum class PragmaScope
{
    None, // not a pragma
    Line,
    Global,
    Stage,
};

// PCRE2's \s without Unicode properties (QRegularExpression's default): ASCII white space, VT included.
constexpr bool isPatternSpace(char16_t c)
{
    return c == u' ' || (c >= u'\t' && c <= u'\r');
}

// `word` (ASCII lower case letters) at text[at], case-insensitively as PCRE2 matches caseless UTF-16 text: K and S
// also match U+212A KELVIN SIGN and U+017F LATIN SMALL LETTER LONG S.
bool caselessWordAt(QStringView text, qsizetype at, std::u16string_view word)
{
    if (text.size() - at < qsizetype(word.size())) {
        return false;
    }
    for (size_t k = 0; k < word.size(); ++k) {
        const char16_t c = text[at + qsizetype(k)].unicode();
        const char16_t w = word[k];
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        if (!((letter && char16_t(c | 0x20) == w) || (w == u'k' && c == 0x212A) || (w == u's' && c == 0x017F))) {
            return false;
        }
    }
    return true;
}

// A comment read as the pattern
//   ^(hadolint|bulkhead)\s+(?:(global|stage)\s+)?ignore\s*=\s*([A-Za-z0-9:\-_,\s]+)   (case-insensitive)
// with `codes` set to the run of class characters after '=' (leading white space included: every code is trimmed,
// and a run of white space alone names no rule, as the pattern's capture of it did). Text after a second '#' is a
// reason; '#' is not in the class, so the run stops there.
PragmaScope readPragma(QStringView t, QStringView& codes)
{
    if (!caselessWordAt(t, 0, u"hadolint") && !caselessWordAt(t, 0, u"bulkhead")) {
        return PragmaScope::None;
    }
    const auto spaces = [t](qsizetype i) {
        while (i < t.size() && isPatternSpace(t[i].unicode())) {
            ++i;
        }
        return i;
    };
    qsizetype i = spaces(8);
    if (i == 8) {
        return PragmaScope::None;
    }
    PragmaScope scope = PragmaScope::Line;
    // The optional group: a scope word counts only when white space follows it (otherwise the pattern backtracks to
    // `ignore` at the same place, which cannot match a scope word either).
    for (const auto& [word, s] : {std::pair{std::u16string_view(u"global"), PragmaScope::Global},
                                  std::pair{std::u16string_view(u"stage"), PragmaScope::Stage}}) {
        if (caselessWordAt(t, i, word)) {
            const qsizetype end = i + qsizetype(word.size());
            const qsizetype after = spaces(end);
            if (after > end) {
                // The scope was the captured word lower-cased and compared: a long s (U+017F) matches the pattern
                // but names no scope, so the pragma then covers the next line, as it always did.
                scope = t.sliced(i, end - i).contains(QChar(0x017F)) ? PragmaScope::Line : s;
                i = after;
            }
            break;
        }
    }
    if (!caselessWordAt(t, i, u"ignore")) {
        return PragmaScope::None;
    }
    i = spaces(i + 6);
    if (i >= t.size() || t[i] != u'=') {
        return PragmaScope::None;
    }
    const qsizetype from = ++i;
    const auto inClass = [](char16_t c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u':' ||
               c == u'-' || c == u'_' || c == u',' || isPatternSpace(c) || c == 0x212A || c == 0x017F;
    };
    while (i < t.size() && inClass(t[i].unicode())) {
        ++i;
    }
    if (i == from) {
        return PragmaScope::None;
    }
    codes = t.sliced(from, i - from);
    return scope;
}

Pragmas readPragmas(const ParsedDockerfile& df)
{
    Pragmas p;
    size_t next = 0; // first instruction starting after the comment
    for (const Comment& c : df.comments) {
        QStringView codes;
        const PragmaScope scope = readPragma(c.text, codes);
        if (scope == PragmaScope::None) {
            continue;
        }
        while (next < df.instructions.size() && df.instructions[next].pos.line <= c.line) {
            ++next;
        }
        IdList* into = nullptr;
        if (scope == PragmaScope::Global) {
            into = &p.global;
        } else if (next < df.instructions.size()) {
            const Instruction& ins = df.instructions[next];
            if (scope == PragmaScope::Stage) {
                if (ins.kind == InstructionKind::From && ins.stage >= 0 && ins.stage < int(df.stages.size())) {
                    p.byStage.resize(df.stages.size());
                    into = &p.byStage[size_t(ins.stage)];
                }
            } else if (ins.pos.line == c.line + 1) {
                // hadolint's rule: the pragma covers the line directly below it.
                p.byInstruction.resize(df.instructions.size());
                into = &p.byInstruction[next];
            }
        }
        if (!into) {
            continue;
        }
        detail::forEachPart(codes, u',', [into](QStringView code) { into->add(idsForCode(code)); });
    }
    return p;
}

} // namespace

std::span<const model::RuleInfo> dockerfileRules()
{
    return catalogue().infos;
}

const model::RuleInfo* findDockerfileRule(QStringView idOrAlias)
{
    // A rule's own id, as every finding carries it, is found in the sorted catalogue without building the alias index
    // (~0.35 M instructions, a third of a one-file lint's own start-up). No alias is spelt like a DKF id, so the
    // index would give the same rule.
    const std::vector<model::RuleInfo>& infos = catalogue().infos;
    const auto it =
        std::lower_bound(infos.begin(), infos.end(), idOrAlias, [](const model::RuleInfo& r, QStringView id) {
            return QLatin1StringView(r.id).compare(id) < 0;
        });
    if (it != infos.end() && QLatin1StringView(it->id) == idOrAlias) {
        return &*it;
    }
    static const QHash<QString, const model::RuleInfo*> byId = [] {
        QHash<QString, const model::RuleInfo*> out;
        for (const model::RuleInfo& r : catalogue().infos) {
            out.insert(QString::fromLatin1(r.id), &r);
        }
        return out;
    }();
    const QStringList ids = idsForCode(idOrAlias);
    return ids.isEmpty() ? nullptr : byId.value(ids.first());
}

bool LintConfig::isIgnored(const model::RuleInfo& r) const
{
    if (ignored.isEmpty()) {
        return false;
    }
    const QString id = QString::fromLatin1(r.id);
    for (const QString& code : ignored) {
        if (idsForCode(code).contains(id)) {
            return true;
        }
    }
    return false;
}

namespace detail {

model::Finding& LintContext::report(int instruction, QString message, QString suggestion, qsizetype argOffset)
{
    // Built in place: a finding is nine strings, and moving one in costs as much as filling it.
    model::Finding& f = findings.emplace_back();
    findingInstruction.push_back(instruction);
    // The strings of a new finding are null, and a null QString's destructor does nothing: each is made a copy in
    // place (an inline reference count increment) instead of a copy assignment (a call into Qt that also releases
    // the old value). The string constructed over a member is that member ([intro.object]/2, same type, same place).
    const auto set = [](QString& field, const QString& value) {
        Q_ASSERT(field.isNull());
        std::construct_at(&field, value);
    };
    set(f.ruleId, *ruleId);
    f.severity = config.overrides.isEmpty() ? rule->severity : config.overrides.value(f.ruleId, rule->severity);
    f.category = rule->category;
    f.targetKind = model::TargetKind::Dockerfile;
    set(f.targetId, df.path);
    set(f.targetName, df.path);
    std::construct_at(&f.message, std::move(message));
    std::construct_at(&f.suggestion, std::move(suggestion));
    set(f.location.file, df.path);
    if (instruction >= 0 && instruction < int(df.instructions.size())) {
        const Instruction& ins = df.instructions[instruction];
        const Position p = argOffset >= 0 ? ins.positionAt(argOffset) : ins.pos;
        f.location.line = p.line;
        f.location.column = p.column;
    }
    return f;
}

model::Finding& LintContext::reportCommand(
    const RunInfo& run, const ShellCommand& cmd, QString message, QString suggestion, qsizetype word)
{
    const qsizetype off =
        run.scriptIsArgs && word >= 0 && word < qsizetype(cmd.offsets.size()) ? cmd.offsets[word] : -1;
    model::Finding& f = report(run.index, std::move(message), std::move(suggestion), off);
    if (run.onbuild || off < 0) {
        f.location.line = run.ins->pos.line;
        f.location.column = run.ins->pos.column;
    }
    return f;
}

model::Finding& LintContext::reportFile(const QString& file, int line, QString message)
{
    model::Finding& f = report(-1, std::move(message));
    f.location.file = file;
    f.targetId = file;
    f.targetName = file;
    f.location.line = line;
    f.location.column = line > 0 ? 1 : 0;
    return f;
}

QString editableLine(const Instruction& ins)
{
    const QStringView line = ins.sourceLine().trimmed();
    return ins.endLine == ins.pos.line && line.size() <= kMaxSuggestionLine ? line.toString() : QString();
}

QString withOptionAfterWord(const RunInfo& run, const ShellCommand& cmd, qsizetype word, QStringView option)
{
    if (run.onbuild || !run.scriptIsArgs || word < 0 || word >= qsizetype(cmd.words.size()) ||
        word >= qsizetype(cmd.offsets.size())) {
        return {};
    }
    const Instruction& ins = *run.ins;
    const QStringView raw = ins.sourceLine();
    if (raw.trimmed().size() > kMaxSuggestionLine) {
        return {};
    }
    const Position p = ins.positionAt(cmd.offsets[size_t(word)]);
    const qsizetype at = qsizetype(p.column) - 1;
    const QStringView w = cmd.words[size_t(word)];
    // The word as written must be where its position says, and end there (a quoted or escaped word is not edited).
    if (p.line != ins.pos.line || at < 0 || at > raw.size() || !raw.sliced(at).startsWith(w)) {
        return {};
    }
    const qsizetype end = at + w.size();
    if (end < raw.size() && !raw[end].isSpace() && raw[end] != u';' && raw[end] != u'&' && raw[end] != u'|') {
        return {};
    }
    QString line;
    line.reserve(raw.size() + option.size() + 1);
    line.append(raw.first(end)).append(u' ').append(option).append(raw.sliced(end));
    return QStringView(line).trimmed().toString();
}

ImageRef parseImageRef(QStringView ref)
{
    // Plain loops over the units: QStringView's indexOf() of a character calls the library's substring search, and
    // five rules' worth of base images went through it four times each.
    ImageRef r;
    QStringView rest = ref;
    const qsizetype at = findChar(rest, u'@');
    if (at >= 0) {
        r.digest = rest.sliced(at + 1);
        rest.truncate(at);
    }
    const qsizetype slash = findChar(rest, u'/');
    if (slash > 0) {
        const QStringView first = rest.first(slash);
        if (containsChar(first, u'.') || containsChar(first, u':') || samePlain(first, lit(u"localhost"))) {
            r.registry = first;
            rest = rest.sliced(slash + 1);
        }
    }
    // The last ':', unless a '/' follows it (a registry port, not a tag).
    for (qsizetype k = rest.size() - 1; k >= 0; --k) {
        const char16_t c = rest.utf16()[k];
        if (c == u'/') {
            break;
        }
        if (c == u':') {
            r.tag = rest.sliced(k + 1);
            rest.truncate(k);
            break;
        }
    }
    r.repository = rest;
    return r;
}

namespace {

// The two patterns of matchSecretName() for a name of printable ASCII (every name Dockerfiles use in practice),
// without compiling them: their JIT compilation cost a one-file lint ~1.5 M instructions. Both are plain
// alternatives of literals, searched case-insensitively; `$` only needs care before a final newline, and names with
// control characters take the patterns. nullopt: not printable ASCII, ask the patterns.
std::optional<bool> matchSecretNameAscii(QStringView name)
{
    constexpr qsizetype kMax = 128;
    if (name.size() > kMax) {
        return std::nullopt;
    }
    char buffer[kMax];
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name[i].unicode();
        if (c < 0x20 || c > 0x7e) {
            return std::nullopt;
        }
        buffer[i] = c >= u'a' && c <= u'z' ? char(c - (u'a' - u'A')) : char(c);
    }
    const std::string_view n(buffer, size_t(name.size()));
    const auto has = [n](std::string_view s) { return n.find(s) != std::string_view::npos; };
    const auto ends = [n](std::string_view s) { return n.ends_with(s); };
    // PASSW(OR)?D|PASSWD|PWD$|SECRET|TOKEN|API_?KEY|APIKEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL|AUTH_?KEY|
    // CLIENT_?SECRET|SESSION_?KEY|ENCRYPTION_?KEY|SIGNING_?KEY|CONN(ECTION)?_?STR|DATABASE_URL|DSN$
    const bool secret = has("PASSWD") || has("PASSWORD") || ends("PWD") || has("SECRET") || has("TOKEN") ||
                        has("APIKEY") || has("API_KEY") || has("ACCESSKEY") || has("ACCESS_KEY") || has("PRIVATEKEY") ||
                        has("PRIVATE_KEY") || has("CREDENTIAL") || has("AUTHKEY") || has("AUTH_KEY") ||
                        has("SESSIONKEY") || has("SESSION_KEY") || has("ENCRYPTIONKEY") || has("ENCRYPTION_KEY") ||
                        has("SIGNINGKEY") || has("SIGNING_KEY") || has("CONNSTR") || has("CONN_STR") ||
                        has("CONNECTIONSTR") || has("CONNECTION_STR") || has("DATABASE_URL") || ends("DSN");
    if (!secret) {
        return false;
    }
    // (_FILE|_PATH|_DIR|_URL_FILE|_LENGTH|_LEN|_TTL|_EXPIRY|_TIMEOUT|_ENABLED|_POLICY|_HEADER|_NAME|_TYPE|_ID|
    // PUBLIC_?KEY|_VERSION|_VAR|_ENDPOINT)$|^(PWD)$
    static constexpr std::string_view kBenignEnds[] = {"_FILE",
                                                       "_PATH",
                                                       "_DIR",
                                                       "_LENGTH",
                                                       "_LEN",
                                                       "_TTL",
                                                       "_EXPIRY",
                                                       "_TIMEOUT",
                                                       "_ENABLED",
                                                       "_POLICY",
                                                       "_HEADER",
                                                       "_NAME",
                                                       "_TYPE",
                                                       "_ID",
                                                       "PUBLICKEY",
                                                       "PUBLIC_KEY",
                                                       "_VERSION",
                                                       "_VAR",
                                                       "_ENDPOINT"};
    for (const std::string_view e : kBenignEnds) {
        if (ends(e)) {
            return false;
        }
    }
    return n != "PWD";
}

bool matchSecretName(QStringView name)
{
    if (const std::optional<bool> ascii = matchSecretNameAscii(name)) {
        return *ascii;
    }
    static const QRegularExpression secret(
        QStringLiteral("(PASSW(OR)?D|PASSWD|PWD$|SECRET|TOKEN|API_?KEY|APIKEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL|"
                       "AUTH_?KEY|CLIENT_?SECRET|SESSION_?KEY|ENCRYPTION_?KEY|SIGNING_?KEY|CONN(ECTION)?_?STR|"
                       "DATABASE_URL|DSN$)"),
        QRegularExpression::CaseInsensitiveOption);
    // Names that carry a reference to a secret, not the secret (hadolint and BuildKit skip these as well).
    static const QRegularExpression benign(
        QStringLiteral("(_FILE|_PATH|_DIR|_URL_FILE|_LENGTH|_LEN|_TTL|_EXPIRY|_TIMEOUT|_ENABLED|_POLICY|_HEADER|_NAME|"
                       "_TYPE|_ID|PUBLIC_?KEY|_VERSION|_VAR|_ENDPOINT)$|^(PWD)$"),
        QRegularExpression::CaseInsensitiveOption);
    return secret.match(name).hasMatch() && !benign.match(name).hasMatch();
}

} // namespace

bool isSecretName(QStringView name)
{
    // Three rules ask about every ENV/ARG name, and the same names recur from file to file: the two regular
    // expressions run once per distinct name (per thread; the cache stops growing at a bound, for hostile input).
    // Keys are views of the cache's own copies (a QString's characters stay where they are when the list grows), so
    // a lookup converts nothing.
    thread_local QStringList names;
    thread_local QHash<QStringView, bool> known;
    const auto it = known.constFind(name);
    if (it != known.constEnd()) {
        return *it;
    }
    const bool secret = matchSecretName(name);
    if (known.size() < 4096) {
        names.append(name.toString());
        known.insert(names.constLast(), secret);
    }
    return secret;
}

double shannonEntropy(QStringView s)
{
    if (s.isEmpty()) {
        return 0;
    }
    // Counts per character: ASCII in a table, anything else sorted and counted in runs (no hash, no allocation for
    // ASCII text).
    std::array<int, 128> ascii{};
    QVarLengthArray<char16_t, 32> other;
    for (QChar c : s) {
        if (c.unicode() < 128) {
            ++ascii[c.unicode()];
        } else {
            other.append(c.unicode());
        }
    }
    double h = 0;
    const auto add = [&h, n = double(s.size())](int count) {
        const double p = double(count) / n;
        h -= p * std::log2(p);
    };
    for (int count : ascii) {
        if (count > 0) {
            add(count);
        }
    }
    std::sort(other.begin(), other.end());
    for (qsizetype i = 0; i < other.size();) {
        qsizetype j = i + 1;
        while (j < other.size() && other[j] == other[i]) {
            ++j;
        }
        add(int(j - i));
        i = j;
    }
    return h;
}

namespace {

// The token shapes of looksLikeSecretValue(), as its pattern
//   ^(AKIA|ASIA)[0-9A-Z]{16}$|^gh[pousr]_[A-Za-z0-9]{36,}$|^github_pat_[A-Za-z0-9_]{40,}$|^glpat-[A-Za-z0-9_\-]{20,}$|
//   ^xox[baprs]-[A-Za-z0-9-]{10,}$|^sk_live_[A-Za-z0-9]{20,}$|^dckr_pat_[A-Za-z0-9_-]{27}$|^npm_[A-Za-z0-9]{36}$|
//   ^AIza[0-9A-Za-z_\-]{35}$|^sk-[A-Za-z0-9_\-]{20,}$|-----BEGIN [A-Z ]*PRIVATE KEY
// answered, by a scan: its JIT compilation alone cost every lint run ~1.3 M instructions. Its classes are ASCII
// ranges (no case-insensitive option), none holds a newline, and '$' also matches before a final newline, so one
// final '\n' is dropped and the rest must be prefix + run. The BEGIN alternative needs a space, which the caller has
// already excluded.
bool knownTokenShape(QStringView value)
{
    if (value.endsWith(u'\n')) {
        value.chop(1);
    }
    enum Class
    {
        Upper,
        Alnum,
        AlnumUnderscore,
        AlnumDash,
        AlnumUnderscoreDash
    };
    const auto inClass = [](char16_t ch, Class k) {
        const bool upper = ch >= u'A' && ch <= u'Z';
        const bool digit = ch >= u'0' && ch <= u'9';
        if (k == Upper) {
            return upper || digit;
        }
        const bool alnum = upper || digit || (ch >= u'a' && ch <= u'z');
        switch (k) {
        case Alnum:
            return alnum;
        case AlnumUnderscore:
            return alnum || ch == u'_';
        case AlnumDash:
            return alnum || ch == u'-';
        default:
            return alnum || ch == u'_' || ch == u'-';
        }
    };
    // value = prefix + n characters of class k, min <= n <= max.
    const auto shape = [&](QStringView prefix, Class k, qsizetype min, qsizetype max) {
        if (!value.startsWith(prefix)) {
            return false;
        }
        const QStringView run = value.sliced(prefix.size());
        return run.size() >= min && run.size() <= max &&
               std::all_of(run.begin(), run.end(), [&](QChar ch) { return inClass(ch.unicode(), k); });
    };
    constexpr qsizetype kAny = std::numeric_limits<qsizetype>::max();
    const auto oneOf = [&](qsizetype at, QStringView set) { return value.size() > at && set.contains(value[at]); };
    return shape(u"AKIA"_s, Upper, 16, 16) || shape(u"ASIA"_s, Upper, 16, 16) ||
           (value.startsWith(u"gh"_s) && oneOf(2, u"pousr"_s) && value.size() > 3 && value[3] == u'_' &&
            shape(value.first(4), Alnum, 36, kAny)) ||
           shape(u"github_pat_"_s, AlnumUnderscore, 40, kAny) || shape(u"glpat-"_s, AlnumUnderscoreDash, 20, kAny) ||
           (value.startsWith(u"xox"_s) && oneOf(3, u"baprs"_s) && value.size() > 4 && value[4] == u'-' &&
            shape(value.first(5), AlnumDash, 10, kAny)) ||
           shape(u"sk_live_"_s, Alnum, 20, kAny) || shape(u"dckr_pat_"_s, AlnumUnderscoreDash, 27, 27) ||
           shape(u"npm_"_s, Alnum, 36, 36) || shape(u"AIza"_s, AlnumUnderscoreDash, 35, 35) ||
           shape(u"sk-"_s, AlnumUnderscoreDash, 20, kAny);
}

} // namespace

bool looksLikeSecretValue(QStringView value)
{
    if (value.size() < 16 || value.size() > 4096 || value.contains(u'$') || value.contains(u' ')) {
        return false;
    }
    if (knownTokenShape(value)) {
        return true;
    }
    // Paths, URLs without credentials, versions and plain words are not secrets.
    if (value.startsWith(u'/') || value.contains(u"://"_s) || value.startsWith(u'.')) {
        return false;
    }
    bool lower = false;
    bool upper = false;
    bool digit = false;
    for (QChar c : value) {
        lower |= c.isLower();
        upper |= c.isUpper();
        digit |= c.isDigit();
    }
    const int classes = int(lower) + int(upper) + int(digit);
    return value.size() >= 20 && classes >= 3 && shannonEntropy(value) >= 4.0;
}

} // namespace detail

namespace {

// The CommandName bits of one command (its name, and sudo among its wrappers), asked of every command of every RUN:
// by the name's first character, then its length and the rest, as plain compares.
std::uint32_t commandNameBits(const ShellCommand& cmd)
{
    using detail::CommandName;
    using detail::commandNameBit;
    const QStringView name = cmd.name();
    const qsizetype n = name.size();
    const char16_t* p = name.utf16();
    // The units after the first are `rest` (a literal: its length is known here, and the compare is inline).
    const auto is = [&]<size_t N>(const char16_t(&rest)[N]) [[gnu::always_inline]] {
        if (n != qsizetype(N)) { // N - 1 units of rest, plus the first
            return false;
        }
        for (size_t k = 0; k + 1 < N; ++k) {
            if (p[k + 1] != rest[k]) {
                return false;
            }
        }
        return true;
    };
    std::uint32_t bits = 0;
    if (n >= 2 && n <= 8) {
        switch (p[0]) {
        case u'c':
            bits = is(u"d") ? commandNameBit(CommandName::Cd) : 0;
            break;
        case u'l':
            bits = is(u"n") ? commandNameBit(CommandName::Ln) : 0;
            break;
        case u't':
            bits = is(u"ar")   ? commandNameBit(CommandName::Tar)
                   : is(u"op") ? commandNameBit(CommandName::Pointless)
                               : 0;
            break;
        case u's':
            bits = is(u"udo")                                     ? commandNameBit(CommandName::Sudo)
                   : is(u"sh") || is(u"ervice") || is(u"hutdown") ? commandNameBit(CommandName::Pointless)
                                                                  : 0;
            break;
        case u'u':
            bits = is(u"seradd") ? commandNameBit(CommandName::Useradd) : 0;
            break;
        case u'p':
            bits = is(u"s") ? commandNameBit(CommandName::Pointless) : 0;
            break;
        case u'v':
            bits = is(u"im") ? commandNameBit(CommandName::Pointless) : 0;
            break;
        case u'f':
            bits = is(u"ree") ? commandNameBit(CommandName::Pointless) : 0;
            break;
        case u'k':
            bits = is(u"ill") ? commandNameBit(CommandName::Pointless) : 0;
            break;
        case u'm':
            bits = is(u"ount") ? commandNameBit(CommandName::Pointless) : 0;
            break;
        default:
            break;
        }
    }
    for (const QStringView w : cmd.wrappers) {
        if (detail::samePlain(w, detail::lit(u"sudo"))) {
            bits |= commandNameBit(CommandName::Sudo);
        }
    }
    return bits;
}

// The working vectors of LintContext, kept per thread between files: each file's context takes them and gives them
// back empty, so a run over thousands of files does not allocate and free them for every file. Only their capacity
// is kept (no element outlives its file), and a vector grown past kMaxKept elements by a huge file is let go.
class Scratch
{
public:
    explicit Scratch(LintContext& ctx) : m_ctx(ctx)
    {
        Buffers& b = buffers();
        m_ctx.findings.swap(b.findings);
        m_ctx.kinds.swapStorage(b.kinds);
        m_ctx.stages.swapStorage(b.stages);
        m_ctx.runs.swap(b.runs);
        m_ctx.copyWordStore.swap(b.copyWordStore);
        m_ctx.copyWordRange.swap(b.copyWordRange);
        m_ctx.stageImages.swap(b.stageImages);
        m_ctx.findingInstruction.swap(b.findingInstruction);
        m_ctx.secretNameAnswers.swap(b.secretNameAnswers);
    }
    ~Scratch()
    {
        Buffers& b = buffers();
        giveBack(m_ctx.findings, b.findings); // moved from into the result (or the result itself, then empty)
        giveBack(m_ctx.runs, b.runs);
        m_ctx.kinds.swapStorage(m_used);
        giveBack(m_used, b.kinds);
        m_ctx.stages.swapStorage(m_used);
        giveBack(m_used, b.stages);
        giveBack(m_order, b.order);
        giveBack(m_packed, b.packed);
        giveBack(m_ctx.copyWordStore, b.copyWordStore);
        giveBack(m_ctx.copyWordRange, b.copyWordRange);
        giveBack(m_ctx.stageImages, b.stageImages);
        giveBack(m_ctx.findingInstruction, b.findingInstruction);
        giveBack(m_ctx.secretNameAnswers, b.secretNameAnswers);
    }
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;

    // Vectors for lintDockerfile()'s sorting, empty.
    std::vector<std::uint32_t>& order()
    {
        if (m_order.capacity() == 0) {
            m_order.swap(buffers().order);
        }
        return m_order;
    }
    std::vector<std::uint64_t>& packed()
    {
        if (m_packed.capacity() == 0) {
            m_packed.swap(buffers().packed);
        }
        return m_packed;
    }

private:
    struct Buffers
    {
        model::Findings findings;
        std::vector<int> kinds;
        std::vector<int> stages;
        std::vector<std::uint32_t> order;
        std::vector<std::uint64_t> packed;
        std::vector<detail::RunInfo> runs;
        std::vector<QStringView> copyWordStore;
        std::vector<std::pair<qsizetype, qsizetype>> copyWordRange;
        std::vector<detail::ImageRef> stageImages;
        std::vector<int> findingInstruction;
        std::vector<LintContext::NameAnswer> secretNameAnswers;
    };
    static constexpr size_t kMaxKept = 4096;
    static Buffers& buffers()
    {
        thread_local Buffers b;
        return b;
    }
    template<typename T> static void giveBack(std::vector<T>& used, std::vector<T>& keep)
    {
        used.clear();
        if (used.capacity() <= kMaxKept) {
            keep.swap(used);
        }
    }
    LintContext& m_ctx;
    std::vector<int> m_used; // a group index's store on its way back
    std::vector<std::uint32_t> m_order;
    std::vector<std::uint64_t> m_packed;
};

} // namespace

model::Findings lintDockerfile(const ParsedDockerfile& df, const LintConfig& config, const BuildContext* context)
{
    LintContext ctx(df, config, context);
    Scratch scratch(ctx); // destroyed before ctx: its vectors go back empty
    ctx.kinds.build(df.instructions);
    ctx.stages.build(
        df.instructions, qsizetype(df.stages.size()), [](const Instruction& ins) { return qsizetype(ins.stage); });
    // Room for more findings than a file usually has, so that they are not moved around as the vector grows: about
    // one per instruction (a Dockerfile has ~18 instructions and as many findings), with a margin; bounded, so a
    // generated file of thousands of instructions grows as usual past that.
    const size_t expected = 32 + std::min<size_t>(df.instructions.size() + df.instructions.size() / 2, 2048);
    ctx.findings.reserve(expected);
    ctx.findingInstruction.reserve(expected);
    ctx.stageImages.reserve(df.stages.size());
    for (const Stage& s : df.stages) {
        ctx.stageImages.push_back(detail::parseImageRef(s.imageExpanded));
    }
    // From the kind index, not by walking every instruction: the parser gives only ONBUILD instructions an inner one.
    ctx.copyWordRange.resize(df.instructions.size());
    for (const int i : ctx.kinds.ofAny({InstructionKind::Copy, InstructionKind::Add})) {
        const Instruction& ins = df.instructions[size_t(i)];
        const qsizetype from = qsizetype(ctx.copyWordStore.size());
        if (ins.execForm) {
            ctx.copyWordStore.insert(ctx.copyWordStore.end(), ins.execArgs.begin(), ins.execArgs.end());
        } else {
            detail::forEachPart(ins.args, u' ', [&ctx](QStringView word) { ctx.copyWordStore.push_back(word); });
        }
        ctx.copyWordRange[size_t(i)] = {from, qsizetype(ctx.copyWordStore.size()) - from};
    }
    // A RunInfo is large: no regrowth moving scripts around.
    ctx.runs.reserve(ctx.kinds.of(InstructionKind::Run).size() + ctx.kinds.of(InstructionKind::Onbuild).size());
    for (const int i : ctx.kinds.ofAny({InstructionKind::Run, InstructionKind::Onbuild})) {
        const Instruction& ins = df.instructions[size_t(i)];
        const Instruction* run = ins.kind == InstructionKind::Run ? &ins : nullptr;
        const bool onbuild = !run && ins.onbuild && ins.onbuild->kind == InstructionKind::Run;
        if (onbuild) {
            run = ins.onbuild.get();
        }
        if (!run) {
            continue;
        }
        // Made in place: a RunInfo moved in would move its script twice.
        detail::RunInfo& r = ctx.runs.emplace_back(
            run, int(i), onbuild, !run->execForm && run->heredocs.empty(), splitShell(run->shellScript()));
        ctx.runPrograms |= r.script.programs;
        for (const ShellCommand& cmd : r.script.commands) {
            r.commandNames |= commandNameBits(cmd);
        }
        ctx.runCommandNames |= r.commandNames;
    }

    const Catalogue& rules = catalogue();
    const bool someIgnored = !config.ignored.isEmpty();
    if (!df.issues.empty() && !(someIgnored && config.isIgnored(*rules.parse.info))) {
        ctx.rule = rules.parse.info;
        ctx.ruleId = rules.parse.id;
        for (const ParseIssue& issue : df.issues) {
            model::Finding& f = ctx.report(-1, issue.message);
            f.location.line = issue.pos.line;
            f.location.column = issue.pos.column;
        }
    }
    // The loop runs ~150 rules for every file: with no rule ignored (the usual run) nothing is asked per rule.
    const std::vector<Catalogue::Step>& steps = context ? rules.stepsWithContext : rules.steps;
    if (!someIgnored) {
        for (const Catalogue::Step& step : steps) {
            ctx.rule = step.info;
            ctx.ruleId = step.id;
            step.check(ctx);
        }
    } else {
        for (const Catalogue::Step& step : steps) {
            if (!config.isIgnored(*step.info)) {
                ctx.rule = step.info;
                ctx.ruleId = step.id;
                step.check(ctx);
            }
        }
    }

    // Pragmas are comments: a file without comments (or whose comments name no rule, most files) suppresses nothing,
    // and its findings are not looked at one by one.
    const Pragmas p = !config.disableIgnorePragma && !df.comments.empty() ? readPragmas(df) : Pragmas();
    if (!p.isEmpty()) {
        for (size_t i = 0; i < ctx.findings.size(); ++i) {
            model::Finding& f = ctx.findings[i];
            const int ins = ctx.findingInstruction[i];
            QString how;
            const auto listed = [&f](const std::vector<IdList>& lists, int k) {
                return k >= 0 && size_t(k) < lists.size() && lists[size_t(k)].contains(f.ruleId);
            };
            if (p.global.contains(f.ruleId)) {
                how = Lint::tr("global ignore pragma in the Dockerfile");
            } else if (listed(p.byInstruction, ins)) {
                how = Lint::tr("ignore pragma on line %1").arg(df.instructions[ins].pos.line - 1);
            } else if (ins >= 0 && df.instructions[ins].kind != InstructionKind::From &&
                       listed(p.byStage, df.instructions[ins].stage)) {
                how = Lint::tr("stage ignore pragma");
            }
            if (!how.isEmpty()) {
                f.suppressed = true;
                f.suppressionReason = how;
            }
        }
    }
    // Sorted by file, line and column, stably: the order of small indices is sorted and each finding moved once,
    // instead of moving findings (eight strings each) around in a merge sort. When every finding is about the
    // Dockerfile itself (all but build-context findings), (line, column, index) keys make one integer sort.
    std::vector<std::uint32_t>& order = scratch.order();
    order.resize(ctx.findings.size());
    const model::Findings& all = ctx.findings;
    const auto sameFile = [](const QString& a, const QString& b) {
        // Nearly every finding shares the Dockerfile's path string: the same data needs no comparison.
        return (a.constData() == b.constData() && a.size() == b.size()) || a == b;
    };
    if (std::all_of(
            all.begin(), all.end(), [&](const model::Finding& f) { return sameFile(f.location.file, df.path); })) {
        struct Key
        {
            std::uint64_t lineColumn;
            std::uint32_t index;
        };
        // Usually line, column and index fit one 64-bit integer (24, 20 and 20 bits), and the integers sort faster
        // than pairs compared field by field (~20 keys a file: the insertion sort's compares are most of the work).
        constexpr std::uint64_t kLines = 1u << 24;
        constexpr std::uint64_t kColumns = 1u << 20;
        constexpr std::uint64_t kIndices = 1u << 20;
        if (all.size() < kIndices && std::all_of(all.begin(), all.end(), [&](const model::Finding& f) {
                return f.location.line >= 0 && std::uint64_t(f.location.line) < kLines && f.location.column >= 0 &&
                       std::uint64_t(f.location.column) < kColumns;
            })) {
            std::vector<std::uint64_t>& packed = scratch.packed();
            packed.resize(all.size());
            for (std::uint32_t i = 0; i < packed.size(); ++i) {
                packed[i] =
                    (std::uint64_t(all[i].location.line) << 40) | (std::uint64_t(all[i].location.column) << 20) | i;
            }
            std::sort(packed.begin(), packed.end());
            for (std::uint32_t i = 0; i < packed.size(); ++i) {
                order[i] = std::uint32_t(packed[i] & (kIndices - 1));
            }
        } else {
            // The sign bit flipped: unsigned order of the key is the signed order of the int.
            const auto ordered = [](int v) { return std::uint32_t(v) ^ 0x80000000u; };
            std::vector<Key> keys(all.size());
            for (std::uint32_t i = 0; i < keys.size(); ++i) {
                keys[i] = {(std::uint64_t(ordered(all[i].location.line)) << 32) | ordered(all[i].location.column), i};
            }
            std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
                return a.lineColumn != b.lineColumn ? a.lineColumn < b.lineColumn : a.index < b.index;
            });
            for (std::uint32_t i = 0; i < keys.size(); ++i) {
                order[i] = keys[i].index;
            }
        }
    } else {
        for (std::uint32_t i = 0; i < order.size(); ++i) {
            order[i] = i;
        }
        std::stable_sort(order.begin(), order.end(), [&](std::uint32_t ia, std::uint32_t ib) {
            const model::Finding& a = all[ia];
            const model::Finding& b = all[ib];
            if (!sameFile(a.location.file, b.location.file)) {
                return a.location.file < b.location.file;
            }
            if (a.location.line != b.location.line) {
                return a.location.line < b.location.line;
            }
            return a.location.column < b.location.column;
        });
    }
    if (std::is_sorted(order.begin(), order.end())) {
        return std::move(ctx.findings); // already in order (a file with one finding per line, say)
    }
    model::Findings out;
    out.reserve(order.size());
    for (std::uint32_t i : order) {
        out.push_back(std::move(ctx.findings[i]));
    }
    return out;
}

// ------------------------------------------------------------------------------------------------ .hadolint.yaml

namespace {

QString unquoteYaml(QStringView v)
{
    QStringView t = v.trimmed();
    // Drop a trailing comment that is not inside quotes.
    if (!t.startsWith(u'"') && !t.startsWith(u'\'')) {
        const qsizetype hash = t.indexOf(QLatin1String(" #"));
        if (hash >= 0) {
            t = t.first(hash).trimmed();
        }
    }
    if (t.size() >= 2 && ((t.startsWith(u'"') && t.endsWith(u'"')) || (t.startsWith(u'\'') && t.endsWith(u'\'')))) {
        return t.sliced(1, t.size() - 2).toString();
    }
    return t.toString();
}

// "[a, b, 'c']" or "a" -> list
QStringList yamlInlineList(QStringView v)
{
    const QString t = unquoteYaml(v);
    if (t.startsWith(u'[') && t.endsWith(u']')) {
        QStringList out;
        for (const QString& item : t.mid(1, t.size() - 2).split(u',', Qt::SkipEmptyParts)) {
            const QString u = unquoteYaml(item);
            if (!u.isEmpty()) {
                out << u;
            }
        }
        return out;
    }
    return t.isEmpty() ? QStringList() : QStringList{t};
}

bool yamlTrue(QStringView v)
{
    const QString t = unquoteYaml(v).toLower();
    return t == u"true"_s || t == u"yes"_s || t == u"on"_s || t == u"1"_s;
}

std::optional<LabelType> labelTypeFromName(QStringView n)
{
    const QString t = n.trimmed().toString().toLower();
    if (t == u"text"_s) {
        return LabelType::Text;
    }
    if (t == u"url"_s) {
        return LabelType::Url;
    }
    if (t == u"semver"_s) {
        return LabelType::Semver;
    }
    if (t == u"hash"_s) {
        return LabelType::Hash;
    }
    if (t == u"rfc3339"_s) {
        return LabelType::Rfc3339;
    }
    if (t == u"spdx"_s) {
        return LabelType::Spdx;
    }
    if (t == u"email"_s) {
        return LabelType::Email;
    }
    return std::nullopt;
}

} // namespace

LintConfig parseHadolintConfig(const QByteArray& yaml)
{
    LintConfig cfg;
    if (yaml.size() > 1024 * 1024) {
        cfg.errors << Lint::tr("configuration file larger than 1 MiB; ignored");
        return cfg;
    }
    const QStringList lines = QString::fromUtf8(yaml).split(u'\n');
    QString section;    // top-level key whose block we are in
    QString subsection; // override: error/warning/...
    auto addOverride = [&](const QString& level, const QString& code, int lineNo) {
        const std::optional<model::Severity> sev = model::severityFromName(level);
        const QStringList ids = idsForCode(code);
        if (!sev && level.toLower() != u"ignore"_s) {
            cfg.errors << Lint::tr("line %1: unknown severity '%2'").arg(lineNo).arg(level);
            return;
        }
        if (ids.isEmpty() && !code.startsWith(u"SC", Qt::CaseInsensitive)) {
            cfg.errors << Lint::tr("line %1: unknown rule '%2'").arg(lineNo).arg(code);
        }
        for (const QString& id : ids) {
            if (!sev) {
                cfg.ignored << id;
            } else {
                cfg.overrides.insert(id, *sev);
            }
        }
    };
    auto applyThreshold = [&](const QString& v, int lineNo) {
        const QString t = v.toLower();
        if (t == u"none"_s || t == u"ignore"_s) {
            cfg.failNever = true;
        } else if (const auto s = model::severityFromName(t)) {
            cfg.failureThreshold = *s;
        } else {
            cfg.errors << Lint::tr("line %1: unknown failure-threshold '%2'").arg(lineNo).arg(v);
        }
    };
    for (int n = 0; n < lines.size(); ++n) {
        QString line = lines[n];
        line.remove(u'\r');
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#') || trimmed == u"---"_s) {
            continue;
        }
        int indent = 0;
        while (indent < line.size() && (line[indent] == u' ' || line[indent] == u'\t')) {
            ++indent;
        }
        const int lineNo = n + 1;
        if (trimmed.startsWith(u"- ") || trimmed == u"-"_s) {
            const QString item = unquoteYaml(trimmed.mid(1));
            if (section == u"ignored"_s) {
                cfg.ignored << item;
            } else if (section == u"trustedregistries"_s) {
                cfg.trustedRegistries << item;
            } else if (section == u"override"_s && !subsection.isEmpty()) {
                addOverride(subsection, item, lineNo);
            } else {
                cfg.errors << Lint::tr("line %1: list item outside a known key").arg(lineNo);
            }
            continue;
        }
        const qsizetype colon = trimmed.indexOf(u':');
        if (colon <= 0) {
            cfg.errors << Lint::tr("line %1: expected 'key: value'").arg(lineNo);
            continue;
        }
        const QString key = unquoteYaml(trimmed.left(colon));
        const QString value = trimmed.mid(colon + 1).trimmed();
        if (indent == 0) {
            section = key.toLower();
            subsection.clear();
            if (section == u"ignored"_s) {
                cfg.ignored << yamlInlineList(value);
            } else if (section == u"trustedregistries"_s) {
                cfg.trustedRegistries << yamlInlineList(value);
            } else if (section == u"failure-threshold"_s) {
                applyThreshold(unquoteYaml(value), lineNo);
            } else if (section == u"no-fail"_s) {
                cfg.failNever = cfg.failNever || yamlTrue(value);
            } else if (section == u"disable-ignore-pragma"_s) {
                cfg.disableIgnorePragma = yamlTrue(value);
            } else if (section == u"strict-labels"_s) {
                cfg.strictLabels = yamlTrue(value);
            } else if (section == u"override"_s || section == u"label-schema"_s) {
                if (!value.isEmpty() && value != u"{}"_s) {
                    cfg.errors << Lint::tr("line %1: inline maps are not supported; use one key per line").arg(lineNo);
                }
            } else if (section != u"format"_s && section != u"no-color"_s && section != u"require-labels"_s) {
                cfg.errors << Lint::tr("line %1: unknown key '%2' (ignored)").arg(lineNo).arg(key);
            }
            continue;
        }
        if (section == u"override"_s) {
            subsection = key.toLower();
            for (const QString& code : yamlInlineList(value)) {
                addOverride(subsection, code, lineNo);
            }
        } else if (section == u"label-schema"_s) {
            const auto type = labelTypeFromName(unquoteYaml(value));
            if (type) {
                cfg.labelSchema.insert(key, *type);
            } else {
                cfg.errors << Lint::tr("line %1: unknown label type '%2'").arg(lineNo).arg(value);
            }
        } else {
            cfg.errors << Lint::tr("line %1: unexpected nested key '%2'").arg(lineNo).arg(key);
        }
    }
    cfg.ignored.removeDuplicates();
    return cfg;
}

// ------------------------------------------------------------------------------------------------ build context

namespace {

// Go's filepath.Match plus Docker's `**`, compiled to a regular expression (anchored, linear in practice: the
// patterns are short and come from the user's own .dockerignore).
QRegularExpression ignorePatternRegex(QString pattern)
{
    QString re = QStringLiteral("^");
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == u'*') {
            if (i + 1 < pattern.size() && pattern[i + 1] == u'*') {
                ++i;
                if (i + 1 < pattern.size() && pattern[i + 1] == u'/') {
                    ++i;
                    re += QStringLiteral("(?:.*/)?");
                } else {
                    re += QStringLiteral(".*");
                }
            } else {
                re += QStringLiteral("[^/]*");
            }
        } else if (c == u'?') {
            re += QStringLiteral("[^/]");
        } else if (c == u'[') {
            const qsizetype e = pattern.indexOf(u']', i + 1);
            if (e < 0) {
                re += QStringLiteral("\\[");
            } else {
                QString cls = pattern.mid(i + 1, e - i - 1);
                if (cls.startsWith(u'^')) {
                    cls[0] = u'^';
                }
                re += u'[' + cls.replace(u'\\', QStringLiteral("\\\\")) + u']';
                i = e;
            }
        } else if (c == u'\\' && i + 1 < pattern.size()) {
            re += QRegularExpression::escape(pattern.mid(i + 1, 1));
            ++i;
        } else {
            re += QRegularExpression::escape(QString(c));
        }
    }
    // A pattern that names a directory excludes everything below it.
    re += QStringLiteral("(?:/.*)?$");
    return QRegularExpression(re);
}

QString cleanIgnorePattern(QString p)
{
    p = p.trimmed();
    while (p.startsWith(u'/')) {
        p.remove(0, 1);
    }
    p = QDir::cleanPath(p);
    if (p == u"."_s) {
        p.clear();
    }
    return p;
}

} // namespace

bool dockerignoreExcludes(const QStringList& patterns, QStringView path)
{
    bool excluded = false;
    const QString p = path.toString();
    for (const QString& raw : patterns) {
        QString pat = raw;
        bool negate = false;
        if (pat.startsWith(u'!')) {
            negate = true;
            pat.remove(0, 1);
        }
        pat = cleanIgnorePattern(pat);
        if (pat.isEmpty()) {
            continue;
        }
        if (ignorePatternRegex(pat).match(p).hasMatch()) {
            excluded = !negate;
        }
    }
    return excluded;
}

BuildContext readBuildContext(const QString& dir)
{
    constexpr int kMaxFiles = 20000;
    BuildContext ctx;
    ctx.root = dir;
    QFile ignore(QDir(dir).filePath(QStringLiteral(".dockerignore")));
    if (ignore.open(QIODevice::ReadOnly)) {
        ctx.hasDockerignore = true;
        const QByteArray data = ignore.read(1024 * 1024);
        for (const QString& l : QString::fromUtf8(data).split(u'\n')) {
            const QString t = l.trimmed();
            if (!t.isEmpty() && !t.startsWith(u'#')) {
                ctx.dockerignore << t;
            }
        }
    }
    const QDir root(dir);
    QDirIterator it(dir,
                    QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
                    QDirIterator::Subdirectories);
    int count = 0;
    while (it.hasNext()) {
        it.next();
        const QFileInfo fi = it.fileInfo();
        const QString rel = root.relativeFilePath(fi.filePath());
        if (rel.count(u'/') > 32) {
            continue;
        }
        if (++count > kMaxFiles) {
            ctx.truncated = true;
            break;
        }
        if (fi.isSymLink()) {
            ctx.files << rel; // listed, not followed (Docker sends the link itself)
        } else if (fi.isDir()) {
            ctx.dirs << rel;
        } else {
            ctx.files << rel;
        }
    }
    ctx.files.sort();
    ctx.dirs.sort();
    return ctx;
}

namespace {

enum class ReadOutcome
{
    Read,      // `bytes` views the file (up to the cap, plus one byte when it is longer)
    Folder,    // a directory: lint it as a build context
    NotOpened, // cannot be opened: the caller asks QFile why, for its message
};

// Reads a Dockerfile with open, read until end of file and close: QFileInfo and QFile took nine system calls per file
// (access, three statx, three reads). No fstat: glibc's goes through newfstatat(fd, "", AT_EMPTY_PATH), which copies
// and looks up the empty path (about a sixth of the system time per file), while the read that meets the end of a
// file costs next to nothing; a directory answers the first read with EISDIR. The bytes go into one buffer per
// thread, reused from file to file (the parser copies what it keeps: `bytes` is valid until the next call on this
// thread), so small files allocate nothing; it grows to the cap plus one byte (which tells the parser the input was
// truncated), and one grown past kKeep is let go once the file is parsed (releaseLargeReadBuffer()).
constexpr qsizetype kReadFirst = 64 * 1024;
constexpr qsizetype kReadKeep = 1024 * 1024;

QByteArray& readBuffer()
{
    thread_local QByteArray buffer;
    return buffer;
}

void releaseLargeReadBuffer()
{
    if (readBuffer().size() > kReadKeep) {
        readBuffer() = QByteArray();
    }
}

ReadOutcome readDockerfile(const QString& file, QByteArrayView& bytes)
{
    QByteArray& buffer = readBuffer();
    if (buffer.size() < kReadFirst) {
        buffer = QByteArray(kReadFirst, Qt::Uninitialized);
    }
    const QByteArray native = QFile::encodeName(file);
    int fd = -1;
    do {
        fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        return ReadOutcome::NotOpened;
    }
    qsizetype used = 0;
    for (;;) {
        if (used == buffer.size()) {
            if (buffer.size() > kMaxDockerfileBytes) {
                break;
            }
            buffer.resize(std::min<qsizetype>(buffer.size() * 2, kMaxDockerfileBytes + 1));
        }
        const ssize_t got = ::read(fd, buffer.data() + used, size_t(buffer.size() - used));
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got < 0 && errno == EISDIR && used == 0) {
            ::close(fd);
            return ReadOutcome::Folder;
        }
        if (got <= 0) {
            break; // the end, or an error: what was read is linted, as before
        }
        used += qsizetype(got);
    }
    ::close(fd);
    bytes = QByteArrayView(buffer.constData(), used);
    return ReadOutcome::Read;
}

} // namespace

util::Result<model::Findings> lintPath(const QString& path, const LintConfig& config)
{
    {
        // The common case, a readable Dockerfile, without a QFileInfo.
        QByteArrayView bytes;
        if (readDockerfile(path, bytes) == ReadOutcome::Read) {
            const ParsedDockerfile df = parseDockerfile(QByteArray::fromRawData(bytes.data(), bytes.size()), path);
            releaseLargeReadBuffer();
            return lintDockerfile(df, config, nullptr);
        }
    }
    const QFileInfo fi(path);
    if (!fi.exists()) {
        return util::Error(Lint::tr("%1: no such file or directory").arg(path));
    }
    auto lintFile = [&](const QString& file, const BuildContext* ctx) -> util::Result<model::Findings> {
        QByteArray data;
        QByteArrayView bytes;
        if (readDockerfile(file, bytes) == ReadOutcome::Read) {
            data = QByteArray::fromRawData(bytes.data(), bytes.size()); // the thread's buffer, until the next read
        } else {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
                return util::Error(Lint::tr("%1: cannot read: %2").arg(file, f.errorString()));
            }
            data = f.read(kMaxDockerfileBytes + 1); // opened now after all (a race): read it the plain way
        }
        const ParsedDockerfile df = parseDockerfile(data, file);
        releaseLargeReadBuffer();
        return lintDockerfile(df, config, ctx);
    };
    if (!fi.isDir()) {
        return lintFile(path, nullptr);
    }
    const BuildContext ctx = readBuildContext(path);
    QDir d(path);
    QStringList dockerfiles = d.entryList({QStringLiteral("Dockerfile"),
                                           QStringLiteral("Containerfile"),
                                           QStringLiteral("*.Dockerfile"),
                                           QStringLiteral("Dockerfile.*"),
                                           QStringLiteral("*.dockerfile")},
                                          QDir::Files,
                                          QDir::Name);
    if (dockerfiles.isEmpty()) {
        return util::Error(Lint::tr("%1: no Dockerfile in this folder").arg(path),
                           Lint::tr("pass the Dockerfile's path, or a build-context folder that holds one"));
    }
    model::Findings all;
    bool first = true;
    for (const QString& name : dockerfiles) {
        // Context findings are about the folder, so only the first Dockerfile's run reports them.
        auto r = lintFile(d.filePath(name), &ctx);
        if (!r) {
            return r.error();
        }
        for (model::Finding& f : r.value()) {
            if (!first && f.category == model::Category::BuildContext && f.location.line == 0) {
                continue;
            }
            all.push_back(std::move(f));
        }
        first = false;
    }
    return all;
}

} // namespace bulkhead::dockerfile
