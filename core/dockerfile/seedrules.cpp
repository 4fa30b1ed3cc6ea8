// SPDX-License-Identifier: GPL-3.0-or-later
// The seed's build practices (shared/seed/container-security-best-practices.md): non-root final stage, no secrets in
// ENV/ARG or copied files, no curl|sh, no world-writable modes, multi-stage builds, minimal and pinned bases,
// no SSH, TLS verification and package signatures left on, build secrets through RUN --mount=type=secret.
#include "core/dockerfile/lintsupport.h"

#include "core/util/redact.h"
#include "core/util/textescape.h"

#ifdef BULKHEAD_HAVE_SECRET_DETECTOR
#include "core/secrets/detector.h"
#endif

#include <QRegularExpression>
#include <QSet>
#include <QVarLengthArray>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <span>
#include <string>
#include <string_view>

// QString literals: comparing with u"..."_s checks the length first and needs no strlen.
using namespace Qt::StringLiterals;

namespace bulkhead::dockerfile::detail {

namespace {

using model::Category;
using model::Severity;

// The index of the last `ch` in text, or -1 (QStringView::lastIndexOf for one character, inline: paths are short).
qsizetype lastIndexOfPlain(QStringView text, char16_t ch)
{
    const char16_t* p = text.utf16();
    for (qsizetype i = text.size() - 1; i >= 0; --i) {
        if (p[i] == ch) {
            return i;
        }
    }
    return -1;
}

// "KEYWORD KEY=REDACTED", as QStringLiteral("%1 %2=%3").arg(...) wrote it (which does not look into its arguments).
// Written into one allocation of the exact size (five appends cost more than the rest of a finding's evidence).
QString assignmentEvidence(QStringView keyword, QStringView key, QStringView redacted)
{
    QString e(keyword.size() + key.size() + redacted.size() + 2, Qt::Uninitialized);
    char16_t* p = reinterpret_cast<char16_t*>(e.data());
    p = std::copy_n(keyword.utf16(), keyword.size(), p);
    *p++ = u' ';
    p = std::copy_n(key.utf16(), key.size(), p);
    *p++ = u'=';
    std::copy_n(redacted.utf16(), redacted.size(), p);
    return e;
}

// Whether an instruction of `kind` is in `stage` or a stage it builds on: the few instructions of the kind asked for
// their stage (none at all in nearly half the files), not every instruction of each stage for its kind.
bool stageChainHas(const LintContext& c, int stage, InstructionKind kind)
{
    const std::span<const int> ofKind = c.kinds.of(kind);
    if (ofKind.empty()) {
        return false;
    }
    for (int guard = 0; stage >= 0 && guard < 64; stage = c.df.stages[stage].parentStage, ++guard) {
        for (const int i : ofKind) {
            if (c.df.instructions[size_t(i)].stage == stage) {
                return true;
            }
        }
    }
    return false;
}

// ---------------------------------------------------------------- DKF-001
void checkNoUser(LintContext& c)
{
    if (c.df.stages.empty()) {
        return;
    }
    const int final = int(c.df.stages.size()) - 1;
    if (stageChainHas(c, final, InstructionKind::User)) {
        return; // DKF-102 judges an explicit USER root
    }
    const Stage& s = c.df.stages.back();
    // Bases that already run as a non-root user by default.
    if (containsPlain(s.imageExpanded, lit(u"nonroot")) || containsPlain(s.imageExpanded, lit(u"rootless"))) {
        return;
    }
    c.report(s.fromInstruction,
             Lint::tr("the final stage sets no USER, so containers run as root"),
             QStringLiteral("USER 10001:10001"));
}

// ---------------------------------------------------------------- DKF-002 / DKF-164
// Whether isSecretName(name) can be true: every alternative of its pattern (PASSW(OR)?D|PASSWD|PWD$|SECRET|TOKEN|
// ...KEY|CREDENTIAL|CONN(ECTION)?_?STR|DATABASE_URL|DSN$) holds one of PASSW, PWD, SECRET, TOKEN, KEY, CREDENTIAL,
// CONN, DATABASE_URL, DSN, which an ASCII name can only spell with ASCII letters of either case. Few names hold any
// of these, so most are answered by this scan without isSecretName()'s lookup. Names with a non-ASCII character
// (case-insensitive matching folds a few of those onto ASCII letters) are always asked. Comparing `c & 0xDF` with an
// upper-case letter accepts exactly that letter in either case ('_' also accepts DEL: a false "maybe" only).
bool maySecretName(QStringView name)
{
    const char16_t* p = name.utf16();
    const qsizetype n = name.size();
    const auto at = [p, n](qsizetype i, const char* rest) {
        for (; *rest; ++rest, ++i) {
            if (i >= n || (p[i] & 0xDF) != char16_t(*rest)) {
                return false;
            }
        }
        return true;
    };
    // The letters that start a literal (C D K P S T, either case); most characters of a name are none of them.
    static constexpr std::array<bool, 128> kStarts = [] {
        std::array<bool, 128> t{};
        for (const char ch : std::string_view("CDKPSTcdkpst")) {
            t[size_t(ch)] = true;
        }
        return t;
    }();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = p[i];
        if (c >= 0x80) {
            return true;
        }
        if (!kStarts[c]) {
            continue;
        }
        switch (c & 0xDF) {
        case u'P':
            if (at(i + 1, "ASSW") || at(i + 1, "WD")) {
                return true;
            }
            break;
        case u'S':
            if (at(i + 1, "ECRET")) {
                return true;
            }
            break;
        case u'T':
            if (at(i + 1, "OKEN")) {
                return true;
            }
            break;
        case u'K':
            if (at(i + 1, "EY")) {
                return true;
            }
            break;
        case u'C':
            if (at(i + 1, "ONN") || at(i + 1, "REDENTIAL")) {
                return true;
            }
            break;
        case u'D':
            if (at(i + 1, "SN") || at(i + 1, "ATABASE_URL")) {
                return true;
            }
            break;
        default:
            break;
        }
    }
    return false;
}

// isSecretName() of the file's k-th ENV/ARG name, remembered for the run (LintContext::secretNameAnswers): the three
// rules that ask about each name in turn find the second and third answer there. Past kMaxNames names (a hostile
// file) nothing more is kept: a little time, not memory.
class SecretNames
{
public:
    explicit SecretNames(LintContext& c) : m_entries(c.secretNameAnswers) {}

    [[gnu::always_inline]] bool isSecret(size_t k, const QString& name)
    {
        if (k < m_entries.size()) {
            const LintContext::NameAnswer& e = m_entries[k];
            if (e.data == name.constData() && e.size == name.size()) {
                return e.answer;
            }
        }
        return answer(k, name);
    }

private:
    [[gnu::noinline]] bool answer(size_t k, const QString& name)
    {
        const bool secret = maySecretName(name) && isSecretName(name);
        if (k < kMaxNames) {
            const LintContext::NameAnswer entry{name.constData(), name.size(), secret};
            if (k < m_entries.size()) {
                m_entries[k] = entry;
            } else {
                // The first rule to ask walks the names in order, so the next name is appended (a resize to k + 1
                // per name cost more than the answer); entries skipped hold no name and are never taken for one.
                if (m_entries.capacity() == 0) {
                    m_entries.reserve(32); // once for the few names of a usual file
                }
                m_entries.resize(k);
                m_entries.push_back(entry);
            }
        }
        return secret;
    }

    static constexpr size_t kMaxNames = 4096;
    std::vector<LintContext::NameAnswer>& m_entries;
};

bool isRunMountSecret(const Instruction& ins)
{
    // value.contains("type=secret"), found from the value's few '=' characters (every occurrence has one at 4).
    const auto typeSecret = [](QStringView v) {
        for (qsizetype eq = v.indexOf(u'='); eq >= 0; eq = v.indexOf(u'=', eq + 1)) {
            if (eq >= 4 && v.sliced(eq - 4).startsWith(u"type=secret")) {
                return true;
            }
        }
        return false;
    };
    for (const Flag& f : ins.flags) {
        if (f.name == lit(u"mount") && typeSecret(f.value)) {
            return true;
        }
    }
    return false;
}

void checkSecretNames(LintContext& c)
{
    SecretNames names(c);
    size_t nameIndex = 0; // ENV/ARG names so far
    for (const int i : c.kinds.ofAny({InstructionKind::Env, InstructionKind::Arg})) {
        const Instruction& ins = c.df.instructions[size_t(i)];
        for (const KeyValue& kv : ins.pairs) {
            if (!names.isSecret(nameIndex++, kv.key)) {
                continue;
            }
            const bool literal = kv.hasValue && !kv.value.isEmpty() && !kv.value.startsWith(u'$');
            QString msg;
            // The redacted value, once for the message and the evidence.
            const QString redacted = kv.hasValue ? util::redactSecret(kv.value) : QString();
            if (literal) {
                msg = Lint::tr("%1 %2 holds a secret in the image (value %3)").arg(ins.keyword, kv.key, redacted);
            } else if (ins.kind == InstructionKind::Arg) {
                msg =
                    Lint::tr("ARG %1 passes a secret as a build argument; it is kept in the image history").arg(kv.key);
            } else {
                msg = Lint::tr("ENV %1 puts a secret into every container's environment").arg(kv.key);
            }
            model::Finding& f = c.report(i, msg, {}, kv.offset);
            f.evidence = assignmentEvidence(ins.keyword, kv.key, redacted);
            if (!literal) {
                f.severity = c.config.overrides.value(f.ruleId, Severity::Medium);
            }
            f.confidence = 0.8;
        }
    }
}

// Whether looksLikeSecretValue(value) can be true, from its definition in lint.cpp: it is false under 16
// characters; a known token shape needs one of its prefixes (AKIA, ASIA, AIza, gh.., github_pat_, glpat-, xox.,
// sk_live_, sk-, dckr_pat_, npm_), so a first character among A g x s d n; and otherwise the value must not start with
// '/' or '.', must not contain "://" and needs 20 characters. Paths, URLs and short words (most long values) are
// answered here without the token-shape comparisons. lint.cpp's owner: keep in step, or better, move this there.
bool mayLookLikeSecretValue(QStringView value)
{
    if (value.size() < 16) {
        return false;
    }
    switch (value[0].unicode()) {
    case u'A':
    case u'g':
    case u'x':
    case u's':
    case u'd':
    case u'n':
        return true;
    case u'/':
    case u'.':
        return false;
    default:
        return value.size() >= 20 && !containsPlain(value, lit(u"://"));
    }
}

// util::writeUtf8(dst, text) for the short names and values of ENV, ARG and LABEL, nearly always ASCII: eight units a
// time checked and packed to bytes inline (the last eight overlapping those before), the rest by writeUtf8 itself.
// dst has room for util::kMaxUtf8PerUnit bytes per unit, so the eight-byte stores stay inside it.
char* writeUtf8Short(char* dst, QStringView text)
{
#if defined(__SSE2__)
    const char16_t* p = text.utf16();
    const qsizetype n = text.size();
    if (n >= 8) {
        const __m128i high = _mm_set1_epi16(short(0xff80));
        const __m128i zero = _mm_setzero_si128();
        // Stores the eight units at `from` as bytes; false (nothing stored) when one is not ASCII.
        const auto put = [&](qsizetype from) {
            const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + from));
            if (_mm_movemask_epi8(_mm_cmpeq_epi16(_mm_and_si128(units, high), zero)) != 0xffff) {
                return false;
            }
            _mm_storel_epi64(reinterpret_cast<__m128i*>(dst + from), _mm_packus_epi16(units, units));
            return true;
        };
        for (qsizetype i = 0; i + 8 <= n; i += 8) {
            if (!put(i)) {
                return util::writeUtf8(dst, text);
            }
        }
        if (n % 8 != 0 && !put(n - 8)) {
            return util::writeUtf8(dst, text);
        }
        return dst + n;
    }
#endif
    return util::writeUtf8(dst, text);
}

void checkSecretValues(LintContext& c)
{
    SecretNames names(c);
    size_t nameIndex = 0; // ENV/ARG names so far
#ifdef BULKHEAD_HAVE_SECRET_DETECTOR
    secrets::ScanContext sc; // the same for every value
    sc.targetKind = model::TargetKind::Dockerfile;
    sc.countLines = false;
#endif
    for (const int i : c.kinds.ofAny({InstructionKind::Env, InstructionKind::Arg, InstructionKind::Label})) {
        const Instruction& ins = c.df.instructions[size_t(i)];
        for (const KeyValue& kv : ins.pairs) {
            if (ins.kind != InstructionKind::Label && names.isSecret(nameIndex++, kv.key)) {
                continue; // DKF-164 reports it
            }
            if (!kv.hasValue || kv.value.isEmpty()) {
                continue;
            }
#ifdef BULKHEAD_HAVE_SECRET_DETECTOR
            // The shared detector knows many more token shapes than our heuristic; it sees KEY=VALUE so that
            // key-gated detectors work, and returns redacted evidence only.
            // KEY=VALUE as UTF-8 in a reused buffer (toUtf8() of the joined text, without building either).
            thread_local std::string assignment; // grows only: no clearing of it per value
            const size_t room = size_t(kv.key.size() + 1 + kv.value.size()) * size_t(util::kMaxUtf8PerUnit);
            if (assignment.size() < room) {
                assignment.resize(std::max(room, size_t(256)));
            }
            char* end = writeUtf8Short(assignment.data(), kv.key);
            *end++ = '=';
            end = writeUtf8Short(end, kv.value);
            const model::Findings hits =
                secrets::scanText(std::string_view(assignment.data(), size_t(end - assignment.data())), sc);
            if (!hits.empty()) {
                model::Finding& f =
                    c.report(i,
                             Lint::tr("%1 %2 holds a credential: %3 (%4)")
                                 .arg(ins.keyword, kv.key, hits.front().message, util::redactSecret(kv.value)),
                             {},
                             kv.offset);
                f.evidence = assignmentEvidence(ins.keyword, kv.key, util::redactSecret(kv.value));
                f.confidence = hits.front().confidence;
                continue;
            }
#endif
            if (mayLookLikeSecretValue(kv.value) && looksLikeSecretValue(kv.value)) {
                model::Finding& f = c.report(i,
                                             Lint::tr("%1 %2 has a value that looks like a credential (%3)")
                                                 .arg(ins.keyword, kv.key, util::redactSecret(kv.value)),
                                             {},
                                             kv.offset);
                f.evidence = assignmentEvidence(ins.keyword, kv.key, util::redactSecret(kv.value));
                f.confidence = 0.7;
            }
        }
    }
}

// ---------------------------------------------------------------- DKF-003
// Whether the lower-case last path component is one of the files that hold credentials by name: the candidates
// that share its first character only.
bool isSensitiveFileName(QStringView base)
{
    if (base.isEmpty()) {
        return false;
    }
    switch (base[0].unicode()) {
    case u'.': {
        static constexpr QStringView kDot[]{u".env",
                                            u".git",
                                            u".aws",
                                            u".ssh",
                                            u".npmrc",
                                            u".pypirc",
                                            u".netrc",
                                            u".git-credentials",
                                            u".htpasswd",
                                            u".gnupg",
                                            u".kube",
                                            u".dockercfg",
                                            u".vault-token",
                                            u".boto",
                                            u".s3cfg"};
        return isOneOf(base, kDot);
    }
    case u'i': {
        static constexpr QStringView kKeys[]{u"id_rsa", u"id_dsa", u"id_ecdsa", u"id_ed25519"};
        return isOneOf(base, kKeys);
    }
    case u'c': {
        static constexpr QStringView kCredentials[]{u"credentials", u"credentials.json"};
        return isOneOf(base, kCredentials);
    }
    case u's': {
        static constexpr QStringView kSecrets[]{u"secrets.yaml", u"secrets.yml", u"secrets.json"};
        return isOneOf(base, kSecrets);
    }
    case u't': {
        static constexpr QStringView kState[]{u"terraform.tfstate"};
        return isOneOf(base, kState);
    }
    default:
        return false;
    }
}

// Whether a lower-case name ends in .pem, .key, .p12, .pfx, .jks, .keystore, .kdbx, .ppk, .asc or .gpg: the suffixes
// that share its last character.
bool hasKeyFileSuffix(QStringView base)
{
    if (base.isEmpty()) {
        return false;
    }
    switch (base.back().unicode()) {
    case u'm':
        return endsWithPlain(base, u".pem");
    case u'y':
        return endsWithPlain(base, u".key");
    case u'2':
        return endsWithPlain(base, u".p12");
    case u'x':
        return endsWithPlain(base, u".pfx") || endsWithPlain(base, u".kdbx");
    case u's':
        return endsWithPlain(base, u".jks");
    case u'e':
        return endsWithPlain(base, u".keystore");
    case u'k':
        return endsWithPlain(base, u".ppk");
    case u'c':
        return endsWithPlain(base, u".asc");
    case u'g':
        return endsWithPlain(base, u".gpg");
    default:
        return false;
    }
}

bool isSensitiveName(QStringView path)
{
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    const QStringView last = path.sliced(lastIndexOfPlain(path, u'/') + 1);
    // Every name this can accept starts with '.', i, c, s or t (the names above, ".docker/config.json", id_*, .env.*)
    // or ends with m, y, 2, x, s, e, k, c, g (the key-file suffixes) or a newline (before which the pattern's '$'
    // matches), in either case; "." (COPY . .) is none of the names. Lower-casing maps an ASCII unit to an ASCII unit
    // whatever surrounds it, so most sources (src, ., package.json, requirements.txt) are answered here.
    if (last.isEmpty() || last == QStringView(u".")) {
        return false;
    }
    static constexpr std::array<bool, 128> kFirst = [] {
        std::array<bool, 128> t{};
        for (const char ch : std::string_view(".icstICST")) {
            t[size_t(ch)] = true;
        }
        return t;
    }();
    static constexpr std::array<bool, 128> kLast = [] {
        std::array<bool, 128> t{};
        for (const char ch : std::string_view("my2xsekcgMYXSEKCG\n")) {
            t[size_t(ch)] = true;
        }
        return t;
    }();
    const char16_t first = last.front().unicode();
    const char16_t end = last.back().unicode();
    if (first < 0x80 && !kFirst[first] && end < 0x80 && !kLast[end]) {
        return false;
    }
    // The last path component, lower case: ASCII names (nearly all) in a buffer on the stack, anything else through
    // QString::toLower (whose Unicode rules can change the length).
    char16_t buf[128];
    QString lowered;
    QStringView base;
    bool dot = false;     // of an ASCII name: it has a '.'
    bool newline = false; // and a '\n'
    if (last.size() <= qsizetype(std::size(buf)) &&
        std::all_of(last.begin(), last.end(), [](QChar ch) { return ch.unicode() < 0x80; })) {
        for (qsizetype n = 0; n < last.size(); ++n) {
            const char16_t ch = last[n].unicode();
            buf[n] = ch >= u'A' && ch <= u'Z' ? char16_t(ch + (u'a' - u'A')) : ch;
            dot |= ch == u'.';
            newline |= ch == u'\n';
        }
        base = QStringView(buf, last.size());
    } else {
        lowered = last.toString().toLower();
        base = lowered;
    }
    if (isSensitiveFileName(base) || endsWithPlain(path, u".docker/config.json")) {
        return true;
    }
    if (endsWithPlain(base, u".env.example") || endsWithPlain(base, u".env.sample") ||
        endsWithPlain(base, u".env.template")) {
        return false;
    }
    // Every alternative of the pattern needs an "id_" prefix or a '.': sources such as "app/" or "src" are
    // rejected without running it.
    if (!startsWithPlain(base, lit(u"id_")) && !(lowered.isNull() ? dot : base.contains(u'.'))) {
        return false;
    }
    // Key and keystore files, and .env.<anything>: compared directly for ASCII names without a newline; the
    // pattern (whose '$' also matches before a final newline) decides the rest, and compiles only then.
    if (lowered.isNull() && !newline) {
        static constexpr QStringView kKeyIds[]{u"id_rsa", u"id_dsa", u"id_ecdsa", u"id_ed25519"};
        if (isOneOf(base, kKeyIds) || hasKeyFileSuffix(base)) {
            return true;
        }
        const QStringView rest = startsWithPlain(base, lit(u".env.")) ? base.sliced(5) : QStringView();
        return !rest.isEmpty() && std::all_of(rest.begin(), rest.end(), [](QChar ch) {
            return (ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9') || ch == u'_' || ch == u'-';
        });
    }
    static const QRegularExpression pattern(QStringLiteral(
        "(^id_(rsa|dsa|ecdsa|ed25519)$|\\.(pem|key|p12|pfx|jks|keystore|kdbx|ppk|asc|gpg)$|^\\.env\\.[a-z0-9_-]+$)"));
    return pattern.match(base).hasMatch();
}

void checkSensitiveCopy(LintContext& c)
{
    for (const int i : c.kinds.ofAny({InstructionKind::Copy, InstructionKind::Add})) {
        const Instruction& ins = c.df.instructions[size_t(i)];
        // Every word but the last (the destination).
        const auto check = [&](QStringView source) {
            if (isSensitiveName(source)) {
                c.report(i,
                         Lint::tr("%1 puts '%2' into the image, where anyone with the image can read it")
                             .arg(ins.keyword, source));
            }
        };
        if (ins.execForm) {
            for (qsizetype s = 0; s + 1 < ins.execArgs.size(); ++s) {
                check(ins.execArgs[s]);
            }
            continue;
        }
        if (ins.expanded == ins.args) {
            // Nothing was substituted (nearly always): the words are those lintDockerfile() split from args already.
            const LintContext::Words words = c.copyWords(i);
            for (qsizetype s = 0; s + 1 < words.size(); ++s) {
                check(words[s]);
            }
            continue;
        }
        QStringView previous;
        bool havePrevious = false;
        forEachPart(ins.expanded, u' ', [&](QStringView word) {
            if (havePrevious) {
                check(previous);
            }
            previous = word;
            havePrevious = true;
        });
    }
}

// cmd.joinedContains(needle) for a needle without a space (so a match lies inside one word), case-sensitive: a
// scan of each long enough word for the needle's first character, comparing the rest inline.
bool wordsContain(const ShellCommand& cmd, QStringView needle)
{
    const qsizetype m = needle.size();
    const char16_t* q = needle.utf16();
    for (const QStringView w : cmd.words) {
        const char16_t* p = w.utf16();
        for (qsizetype i = 0; i + m <= w.size(); ++i) {
            if (p[i] == q[0] && std::char_traits<char16_t>::compare(p + i + 1, q + 1, size_t(m - 1)) == 0) {
                return true;
            }
        }
    }
    return false;
}

// cmd.hasOption({}, names): one of the long options `names` (with or without =value) among the words after the
// program, before a "--". Inline: asked of every apt-get, whose options are few.
bool hasLongOption(const ShellCommand& cmd, std::span<const QStringView> names)
{
    for (size_t i = 1; i < cmd.words.size(); ++i) {
        const QStringView w = cmd.words[i];
        if (w.size() < 2 || w[0] != u'-') {
            continue;
        }
        if (w[1] != u'-') {
            continue; // a cluster of letters: no letters are asked for
        }
        if (w.size() == 2) {
            break; // "--"
        }
        qsizetype end = 2;
        while (end < w.size() && w[end] != u'=') {
            ++end;
        }
        const QStringView name = w.first(end);
        for (const QStringView l : names) {
            if (l.size() == end && std::char_traits<char16_t>::compare(l.utf16(), name.utf16(), size_t(end)) == 0) {
                return true;
            }
        }
    }
    return false;
}

// ---------------------------------------------------------------- DKF-004
// gcc, g++, make, build-essential, build-base, clang, cmake, golang, go, rustc, cargo, maven, gradle, autoconf,
// automake, libtool, gcc-c++, musl-dev, libc6-dev, libc-dev, default-jdk, openjdk-17-jdk, openjdk-21-jdk, python3-dev,
// python-dev: the candidates that share the package name's first character.
bool isBuildTool(QStringView name)
{
    if (name.isEmpty()) {
        return false;
    }
    switch (name[0].unicode()) {
    case u'g': {
        static constexpr QStringView k[]{u"gcc", u"g++", u"golang", u"go", u"gradle", u"gcc-c++"};
        return isOneOf(name, k);
    }
    case u'm': {
        static constexpr QStringView k[]{u"make", u"maven", u"musl-dev"};
        return isOneOf(name, k);
    }
    case u'b': {
        static constexpr QStringView k[]{u"build-essential", u"build-base"};
        return isOneOf(name, k);
    }
    case u'c': {
        static constexpr QStringView k[]{u"clang", u"cmake", u"cargo"};
        return isOneOf(name, k);
    }
    case u'r': {
        static constexpr QStringView k[]{u"rustc"};
        return isOneOf(name, k);
    }
    case u'a': {
        static constexpr QStringView k[]{u"autoconf", u"automake"};
        return isOneOf(name, k);
    }
    case u'l': {
        static constexpr QStringView k[]{u"libtool", u"libc6-dev", u"libc-dev"};
        return isOneOf(name, k);
    }
    case u'd': {
        static constexpr QStringView k[]{u"default-jdk"};
        return isOneOf(name, k);
    }
    case u'o': {
        static constexpr QStringView k[]{u"openjdk-17-jdk", u"openjdk-21-jdk"};
        return isOneOf(name, k);
    }
    case u'p': {
        static constexpr QStringView k[]{u"python3-dev", u"python-dev"};
        return isOneOf(name, k);
    }
    default:
        return false;
    }
}

void checkToolchainInFinal(LintContext& c)
{
    if (c.df.stages.size() != 1) {
        return; // a multi-stage build is the remedy; we do not second-guess which stage ships
    }
    constexpr std::uint32_t kInstallers = shellProgramBit(ShellProgram::AptGet) | shellProgramBit(ShellProgram::Apk) |
                                          shellProgramBit(ShellProgram::Yum) | shellProgramBit(ShellProgram::Dnf) |
                                          shellProgramBit(ShellProgram::Microdnf) |
                                          shellProgramBit(ShellProgram::Zypper);
    for (const RunInfo& r : c.runs) {
        if (!r.script.usesAny(kInstallers)) {
            continue;
        }
        // Build tools a command of this RUN removes with a package manager (apt-get purge gcc, apk del gcc, dnf remove
        // gcc ...), each with the last command that does: an install before it does not ship the tool. One pass per
        // RUN, and only build tools are kept, so the list stays short whatever the script repeats.
        struct Removal
        {
            ShellProgram program;
            QStringView name;
            size_t last;
        };
        QVarLengthArray<Removal, 8> removals;
        bool removalsRead = false; // read when the RUN installs a build tool, as few do
        const auto readRemovals = [&] {
            removalsRead = true;
            for (size_t k = 0; k < r.script.commands.size(); ++k) {
                const ShellCommand& cmd = r.script.commands[k];
                if ((shellProgramBit(cmd.kind) & kInstallers) == 0) {
                    continue;
                }
                const QStringView sub = cmd.subcommand({lit(u"-o"), lit(u"-t")});
                if (sub != lit(u"purge") && sub != lit(u"remove") && sub != lit(u"del") && sub != lit(u"erase") &&
                    sub != lit(u"rm")) {
                    continue;
                }
                const ShellWords ops = cmd.operands(1, {lit(u"-o"), lit(u"-t")});
                for (qsizetype j = 1; j < ops.size(); ++j) {
                    if (!isBuildTool(ops[j])) {
                        continue;
                    }
                    const auto same = std::find_if(removals.begin(), removals.end(), [&](const Removal& x) {
                        return x.program == cmd.kind && x.name == ops[j];
                    });
                    if (same != removals.end()) {
                        same->last = k;
                    } else {
                        removals.append({cmd.kind, ops[j], k});
                    }
                }
            }
        };
        const auto removedLater = [&](size_t after, ShellProgram program, QStringView name) {
            if (!removalsRead) {
                readRemovals();
            }
            return std::any_of(removals.begin(), removals.end(), [&](const Removal& x) {
                return x.program == program && x.last > after && x.name == name;
            });
        };
        for (size_t at = 0; at < r.script.commands.size(); ++at) {
            const ShellCommand& cmd = r.script.commands[at];
            if ((shellProgramBit(cmd.kind) & kInstallers) == 0) {
                continue;
            }
            // The subcommand first (operands(...).value(0) without building the list): most installer commands
            // here update, clean or remove.
            const QStringView sub = cmd.subcommand({lit(u"-o"), lit(u"-t"), lit(u"--virtual")});
            if (sub != lit(u"install") && sub != lit(u"add") && sub != lit(u"in")) {
                continue;
            }
            // apk add --virtual .build-deps ... && apk del .build-deps is the single-stage way to clean up.
            if (r.script.uses(lit(u"apk")) && cmd.hasOption(lit(u"t"), {lit(u"--virtual")})) {
                continue;
            }
            const ShellWords ops = cmd.operands(1, {lit(u"-o"), lit(u"-t"), lit(u"--virtual")});
            QVarLengthArray<QStringView, 8> found; // views of the words; joined only for a finding
            for (qsizetype k = 1; k < ops.size(); ++k) {
                // The package name before any '=', '>' or '<' version part.
                const QStringView p = ops[k];
                qsizetype end = 0;
                while (end < p.size() && p[end] != u'=' && p[end] != u'>' && p[end] != u'<') {
                    ++end;
                }
                const QStringView name = p.first(end);
                if (isBuildTool(name) && !removedLater(at, cmd.kind, name)) {
                    found.append(name);
                }
            }
            if (!found.isEmpty() && !(r.script.uses(lit(u"apt-get")) && wordsContain(cmd, lit(u"purge")))) {
                qsizetype length = 2 * (found.size() - 1);
                for (const QStringView name : found) {
                    length += name.size();
                }
                QString list(length, Qt::Uninitialized); // found.join(", "), written in place
                char16_t* to = reinterpret_cast<char16_t*>(list.data());
                for (qsizetype k = 0; k < found.size(); ++k) {
                    if (k > 0) {
                        *to++ = u',';
                        *to++ = u' ';
                    }
                    to = std::copy_n(found[k].utf16(), found[k].size(), to);
                }
                c.reportCommand(r,
                                cmd,
                                Lint::tr("build tools (%1) are installed into the image that ships; build "
                                         "in a separate stage")
                                    .arg(list));
            }
        }
    }
}

// ---------------------------------------------------------------- DKF-005 / DKF-006
// Whether `tag` contains slim, alpine, distroless, minimal, micro, busybox, scratch, nanoserver, chiseled or -jre
// (case-sensitive, as QString::contains): one pass over the tag instead of ten substring searches.
bool namesMinimalVariant(QStringView tag)
{
    const auto at = [tag](qsizetype i, QStringView word) { return tag.sliced(i).startsWith(word); };
    for (qsizetype i = 0; i < tag.size(); ++i) {
        switch (tag[i].unicode()) {
        case u's':
            if (at(i, lit(u"slim")) || at(i, lit(u"scratch"))) {
                return true;
            }
            break;
        case u'a':
            if (at(i, lit(u"alpine"))) {
                return true;
            }
            break;
        case u'd':
            if (at(i, lit(u"distroless"))) {
                return true;
            }
            break;
        case u'm':
            if (at(i, lit(u"minimal")) || at(i, lit(u"micro"))) {
                return true;
            }
            break;
        case u'b':
            if (at(i, lit(u"busybox"))) {
                return true;
            }
            break;
        case u'n':
            if (at(i, lit(u"nanoserver"))) {
                return true;
            }
            break;
        case u'c':
            if (at(i, lit(u"chiseled"))) {
                return true;
            }
            break;
        case u'-':
            if (at(i, lit(u"-jre"))) {
                return true;
            }
            break;
        default:
            break;
        }
    }
    return false;
}

// The smaller base suggested for an official image's repository (its last '/' component), by kind.
enum class MinimalKind : std::uint8_t
{
    None,
    SlimTag,          // <repo>:<tag or <version>>-slim
    DebianSlim,       // debian:<tag or bookworm>-slim
    DistrolessBase,   // gcr.io/distroless/base-debian12
    DistrolessStatic, // gcr.io/distroless/static-debian12
    TemurinJre,       // eclipse-temurin:<version>-jre-alpine
};

// python, node, ruby, php, perl, rust; debian; ubuntu, centos, fedora, amazonlinux, buildpack-deps; golang; openjdk,
// maven, gradle, eclipse-temurin: the candidates of the repository's length, compared without building a QString
// for each (as `repo == u"python"_s` did for every base image).
MinimalKind minimalKind(QStringView repo)
{
    struct Entry
    {
        std::u16string_view name;
        MinimalKind kind;
    };
    static constexpr Entry kEntries[]{
        {u"python", MinimalKind::SlimTag},
        {u"node", MinimalKind::SlimTag},
        {u"ruby", MinimalKind::SlimTag},
        {u"php", MinimalKind::SlimTag},
        {u"perl", MinimalKind::SlimTag},
        {u"rust", MinimalKind::SlimTag},
        {u"debian", MinimalKind::DebianSlim},
        {u"ubuntu", MinimalKind::DistrolessBase},
        {u"centos", MinimalKind::DistrolessBase},
        {u"fedora", MinimalKind::DistrolessBase},
        {u"amazonlinux", MinimalKind::DistrolessBase},
        {u"buildpack-deps", MinimalKind::DistrolessBase},
        {u"golang", MinimalKind::DistrolessStatic},
        {u"openjdk", MinimalKind::TemurinJre},
        {u"maven", MinimalKind::TemurinJre},
        {u"gradle", MinimalKind::TemurinJre},
        {u"eclipse-temurin", MinimalKind::TemurinJre},
    };
    const std::u16string_view r(repo.utf16(), size_t(repo.size()));
    if (r.size() < 3 || r.size() > 15) {
        return MinimalKind::None;
    }
    for (const Entry& e : kEntries) {
        if (e.name.size() == r.size() && e.name[0] == r[0] && e.name == r) {
            return e.kind;
        }
    }
    return MinimalKind::None;
}

// "FROM <smaller base>[ AS <alias>]" for the final stage's base, with the length of the base's part; an empty string
// when there is no smaller base to suggest. Built in one allocation: most final stages that get here are reported.
QString minimalBaseSuggestion(const ImageRef& ref, QStringView alias, qsizetype* altSize)
{
    const QStringView repository = ref.repository;
    // Official: on Docker Hub, and either one component or library/<name>.
    const qsizetype slash = lastIndexOfPlain(repository, u'/');
    if (!ref.registry.isEmpty() || (slash >= 0 && !startsWithPlain(repository, lit(u"library/")))) {
        return {};
    }
    const QStringView repo = repository.sliced(slash + 1);
    const MinimalKind kind = minimalKind(repo);
    // Tags that already name a small variant: slim, alpine, distroless, minimal, micro, busybox, scratch, nanoserver,
    // chiseled or -jre anywhere in the tag (QString::contains of each), found in one pass by the first character.
    if (kind == MinimalKind::None || namesMinimalVariant(ref.tag)) {
        return {};
    }
    const QStringView tag = ref.tag == QStringView(u"latest") ? QStringView() : ref.tag;
    QStringView parts[4]; // of the base
    qsizetype count = 0;
    switch (kind) {
    case MinimalKind::SlimTag:
        parts[count++] = repo;
        parts[count++] = u":";
        parts[count++] = tag.isEmpty() ? QStringView(u"<version>") : tag;
        parts[count++] = u"-slim";
        break;
    case MinimalKind::DebianSlim:
        parts[count++] = u"debian:";
        parts[count++] = tag.isEmpty() ? QStringView(u"bookworm") : tag;
        parts[count++] = u"-slim";
        break;
    case MinimalKind::DistrolessBase:
        parts[count++] = u"gcr.io/distroless/base-debian12";
        break;
    case MinimalKind::DistrolessStatic:
        parts[count++] = u"gcr.io/distroless/static-debian12";
        break;
    case MinimalKind::TemurinJre:
        parts[count++] = u"eclipse-temurin:<version>-jre-alpine";
        break;
    case MinimalKind::None:
        break;
    }
    const QStringView from = u"FROM ";
    const QStringView as = u" AS ";
    qsizetype size = 0;
    for (qsizetype k = 0; k < count; ++k) {
        size += parts[k].size();
    }
    *altSize = size;
    QString out(from.size() + size + (alias.isEmpty() ? 0 : as.size() + alias.size()), Qt::Uninitialized);
    char16_t* p = reinterpret_cast<char16_t*>(out.data());
    const auto put = [&p](QStringView v) { p = std::copy_n(v.utf16(), v.size(), p); };
    put(from);
    for (qsizetype k = 0; k < count; ++k) {
        put(parts[k]);
    }
    if (!alias.isEmpty()) {
        put(as);
        put(alias);
    }
    return out;
}

void checkMinimalBase(LintContext& c)
{
    if (c.df.stages.empty()) {
        return;
    }
    const Stage& s = c.df.stages.back();
    if (s.parentStage >= 0 || (!s.image.isEmpty() && s.image.front() == u'$')) {
        return;
    }
    qsizetype altSize = 0;
    QString suggestion = minimalBaseSuggestion(c.stageImage(s.index), s.aliasWritten, &altSize);
    if (suggestion.isEmpty()) {
        return;
    }
    const QStringView alt = QStringView(suggestion).sliced(5, altSize); // after "FROM "
    c.report(s.fromInstruction,
             Lint::tr("final image is based on the full '%1'; a smaller base (%2) ships less to attack")
                 .arg(s.imageExpanded, alt),
             std::move(suggestion));
}

void checkDigestPin(LintContext& c)
{
    for (const Stage& s : c.df.stages) {
        if (s.parentStage >= 0 ||
            (s.imageExpanded.size() == 7 && s.imageExpanded.compare(u"scratch"_s, Qt::CaseInsensitive) == 0) ||
            s.imageExpanded.isEmpty()) {
            continue;
        }
        if (c.stageImage(s.index).digest.isEmpty()) {
            c.report(s.fromInstruction, Lint::tr("base image '%1' is not pinned by digest").arg(s.imageExpanded));
        }
    }
}

// ---------------------------------------------------------------- DKF-007
void checkExposeSsh(LintContext& c)
{
    for (const int i : c.kinds.of(InstructionKind::Expose)) {
        const Instruction& ins = c.df.instructions[size_t(i)];
        forEachPart(ins.expanded, u' ', [&](QStringView tok) {
            qsizetype slash = 0; // tok.indexOf(u'/'), inline: ports are short
            while (slash < tok.size() && tok[slash] != u'/') {
                ++slash;
            }
            if (slash == tok.size()) {
                slash = -1;
            }
            if ((slash < 0 ? tok : tok.first(slash)) == lit(u"22") && !tok.endsWith(u"/udp", Qt::CaseInsensitive)) {
                c.report(i, Lint::tr("EXPOSE 22: the image is meant to run an SSH server"));
            }
        });
    }
}

// ---------------------------------------------------------------- DKF-008
// True when `n` is `prefix` followed only by digits and dots (python3.12, pip3).
bool isNameWithVersion(QStringView n, QStringView prefix)
{
    if (!n.startsWith(prefix)) {
        return false;
    }
    for (QChar c : n.sliced(prefix.size())) {
        if (!(c >= u'0' && c <= u'9') && c != u'.') {
            return false;
        }
    }
    return true;
}

// What the regular expression ^(...)$ matched: '$' also matches before one final newline (a quoted word can end
// in one), so that newline is dropped first.
QStringView withoutFinalNewline(QStringView n)
{
    QStringView v(n);
    if (v.endsWith(u'\n')) {
        v.chop(1);
    }
    return v;
}

// sh, bash, zsh, ash, dash, ksh, fish, python[0-9.]*, perl, ruby, node, php (called for every shell command: a
// comparison, not a regular expression match; inline, as its callers ask about every command).
[[gnu::always_inline]] inline bool isInterpreter(QStringView name)
{
    const QStringView n = withoutFinalNewline(name);
    if (n.isEmpty()) {
        return false;
    }
    // By the first character, then one comparison: most commands start with none of these.
    switch (n[0].unicode()) {
    case u's':
        return n == lit(u"sh");
    case u'z':
        return n == lit(u"zsh");
    case u'a':
        return n == lit(u"ash");
    case u'k':
        return n == lit(u"ksh");
    case u'b':
        return n == lit(u"bash");
    case u'd':
        return n == lit(u"dash");
    case u'f':
        return n == lit(u"fish");
    case u'r':
        return n == lit(u"ruby");
    case u'n':
        return n == lit(u"node");
    case u'p':
        return n == lit(u"php") || n == lit(u"perl") || isNameWithVersion(n, lit(u"python"));
    default:
        return false;
    }
}

// Whether `w` contains "$(curl", "$(wget", "`curl" or "`wget": one pass for the '$' and '`' characters, which few
// words have, instead of four substring searches of every word of every interpreter's command.
bool holdsFetchSubstitution(QStringView w)
{
    const char16_t* p = w.utf16();
    const qsizetype n = w.size();
    const auto fetchAt = [&](qsizetype i) {
        return i + 4 <= n && ((p[i] == u'c' && p[i + 1] == u'u' && p[i + 2] == u'r' && p[i + 3] == u'l') ||
                              (p[i] == u'w' && p[i + 1] == u'g' && p[i + 2] == u'e' && p[i + 3] == u't'));
    };
    for (qsizetype i = 0; i < n; ++i) {
        if ((p[i] == u'$' && i + 1 < n && p[i + 1] == u'(' && fetchAt(i + 2)) || (p[i] == u'`' && fetchAt(i + 1))) {
            return true;
        }
    }
    return false;
}

void checkCurlPipeShell(LintContext& c)
{
    for (const RunInfo& r : c.runs) {
        const auto& cmds = r.script.commands;
        for (size_t k = 0; k < cmds.size(); ++k) {
            const ShellCommand& cmd = cmds[k];
            const bool fetch = cmd.is(ShellProgram::Curl) || cmd.is(ShellProgram::Wget);
            if (fetch && cmd.pipedTo && k + 1 < cmds.size() && cmds[k + 1].pipedFrom &&
                (isInterpreter(cmds[k + 1].name()) ||
                 (cmds[k + 1].name().isEmpty() && cmds[k + 1].hasWrapper(u"sudo"_s)))) {
                c.reportCommand(r,
                                cmd,
                                Lint::tr("%1 output is piped into %2: whatever the server sends runs in the "
                                         "build")
                                    .arg(cmd.name(), cmds[k + 1].name()));
                continue;
            }
            // sh -c "$(curl ...)" and bash <(curl ...). A known kind but Python names a program that is none of the
            // interpreters.
            if ((cmd.kind == ShellProgram::Other || cmd.kind == ShellProgram::Python) && isInterpreter(cmd.name())) {
                for (QStringView w : cmd.words) {
                    if (holdsFetchSubstitution(w)) {
                        c.reportCommand(r, cmd, Lint::tr("%1 runs a script downloaded on the fly").arg(cmd.name()));
                        break;
                    }
                }
            }
        }
    }
}

// ---------------------------------------------------------------- DKF-009
// The two patterns this used, ^[0-7]{3,4}$ and (^|,)(a|o|ugo|)[+=][rwxXst]*w, as scans (a regular expression
// match per chmod cost more than the rest of the rule). '$' also matched before a final newline; so does this.
bool worldWritable(QStringView mode)
{
    const QStringView digits = mode.endsWith(u'\n') ? mode.chopped(1) : mode;
    const bool octal = (digits.size() == 3 || digits.size() == 4) &&
                       std::all_of(digits.begin(), digits.end(), [](QChar ch) { return ch >= u'0' && ch <= u'7'; });
    if (octal) {
        if (mode.size() == 4 && (mode[0] == u'1' || mode[0] == u'3' || mode[0] == u'5' || mode[0] == u'7')) {
            return false; // sticky bit: the /tmp pattern
        }
        const int other = mode.back().digitValue();
        return (other & 2) != 0;
    }
    if (mode.contains(u't')) {
        return false;
    }
    const auto permission = [](QChar ch) {
        return ch == u'r' || ch == u'w' || ch == u'x' || ch == u'X' || ch == u's' || ch == u't';
    };
    // Each clause starts the text or follows a comma: who (a, o, ugo or nothing), an operator, then permissions
    // among which a 'w'.
    for (qsizetype at = 0; at <= mode.size();) {
        for (QStringView who : {u"a", u"o", u"ugo", u""}) {
            qsizetype k = at + who.size();
            if (!mode.sliced(at).startsWith(who) || k >= mode.size() || (mode[k] != u'+' && mode[k] != u'=')) {
                continue;
            }
            for (++k; k < mode.size() && permission(mode[k]); ++k) {
                if (mode[k] == u'w') {
                    return true;
                }
            }
        }
        const qsizetype comma = mode.indexOf(u',', at);
        if (comma < 0) {
            break;
        }
        at = comma + 1;
    }
    return false;
}

void checkChmod777(LintContext& c)
{
    for (const RunInfo& r : c.runs) {
        for (const ShellCommand& cmd : r.script.commands) {
            if (cmd.name() != lit(u"chmod")) {
                continue;
            }
            const ShellWords ops = cmd.operands(1, {lit(u"--reference")});
            if (!ops.isEmpty() && worldWritable(ops.first())) {
                c.reportCommand(r,
                                cmd,
                                Lint::tr("chmod %1 makes %2 writable by every user")
                                    .arg(ops.first(), joinWords(std::span<const QStringView>(ops).subspan(1))));
            }
        }
    }
    for (const int i : c.kinds.ofAny({InstructionKind::Copy, InstructionKind::Add})) {
        const Instruction& ins = c.df.instructions[size_t(i)];
        const QString mode = ins.flagValue(u"chmod"_s);
        if (!mode.isEmpty() && worldWritable(mode)) {
            c.report(i, Lint::tr("%1 --chmod=%2 makes the files writable by every user").arg(ins.keyword, mode));
        }
    }
}

// ---------------------------------------------------------------- DKF-010
// Whether authHeader (below) can match: it needs "Authorization:" in any case, or "://" with an '@' after it. Both
// are found from the script's ':' characters, which are few; a case-insensitive substring search of every script
// cost more than the regular expression it saves.
// Calls f(i) for each position i of `text` that holds `a` or `b` (neither of them 0), left to right, until f returns
// true; returns whether one did. Sixteen units at a time where SSE2 is there (the scripts are long and the characters
// looked for few), packed into bytes with unsigned saturation: a unit above 0xff becomes 0xff or 0 and so matches no
// character below 0x80 that is not 0, which `a` and `b` are.
template<typename F> bool forEachOf(QStringView text, char16_t a, char16_t b, F&& f)
{
    const char16_t* p = text.utf16();
    const qsizetype n = text.size();
#if defined(__SSE2__)
    if (n >= 16 && a < 0x80 && b < 0x80) {
        const __m128i va = _mm_set1_epi8(char(a));
        const __m128i vb = _mm_set1_epi8(char(b));
        // A bit per unit that is `a` or `b`, of the sixteen units at `from`.
        const auto matches = [&](qsizetype from) {
            const __m128i bytes = _mm_packus_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + from)),
                                                   _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + from + 8)));
            return unsigned(_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(bytes, va), _mm_cmpeq_epi8(bytes, vb))));
        };
        const auto each = [&](qsizetype from, unsigned mask) {
            for (; mask != 0; mask &= mask - 1) {
                if (f(from + std::countr_zero(mask))) { // lowest first
                    return true;
                }
            }
            return false;
        };
        qsizetype i = 0;
        for (; i + 16 <= n; i += 16) {
            if (const unsigned mask = matches(i); mask != 0 && each(i, mask)) {
                return true;
            }
        }
        // The last units, in the sixteen that end the text, without those already seen.
        return i < n && each(n - 16, matches(n - 16) & ~((1u << (i - (n - 16))) - 1));
    }
#endif
    for (qsizetype i = 0; i < n; ++i) {
        if ((p[i] == a || p[i] == b) && f(i)) {
            return true;
        }
    }
    return false;
}

bool mayHoldCredential(QStringView script)
{
    // One pass over the script's ':' and '@' characters, which are few: the '@' the userinfo alternative needs must
    // come after the first "://" (any later one comes after it too).
    const char16_t* p = script.utf16();
    const qsizetype n = script.size();
    qsizetype afterUrl = -1; // just past the first "://"
    return forEachOf(script, u':', u'@', [&](qsizetype i) {
        if (p[i] == u'@') {
            return afterUrl >= 0 && i >= afterUrl;
        }
        if (afterUrl < 0 && i + 2 < n && p[i + 1] == u'/' && p[i + 2] == u'/') {
            afterUrl = i + 3;
        }
        // The unit before the ':' first: an 'n' in either case (or a non-ASCII unit, left to the comparison's
        // folding) is rare before a ':' ("https:", "a:b", "10:00" are most).
        return i >= 13 && (p[i - 1] >= 0x80 || (p[i - 1] | 0x20) == u'n') &&
               QStringView(p + i - 13, 13).compare(u"authorization"_s, Qt::CaseInsensitive) == 0;
    });
}

// forEachVariableReference(text, f) (lintsupport.h): the names of \$\{?([A-Za-z_][A-Za-z0-9_]*), left to right, found
// from the '$' characters in one vector pass. A match never holds a '$' after its first, so every '$' is a start.
template<typename F> void forEachReference(QStringView text, F&& f)
{
    const char16_t* p = text.utf16();
    const qsizetype n = text.size();
    const auto nameStart = [](char16_t ch) {
        return (ch >= u'a' && ch <= u'z') || (ch >= u'A' && ch <= u'Z') || ch == u'_';
    };
    forEachOf(text, u'$', u'$', [&](qsizetype i) {
        qsizetype j = i + 1;
        if (j < n && p[j] == u'{') {
            ++j;
        }
        if (j >= n || !nameStart(p[j])) {
            return false;
        }
        qsizetype e = j + 1;
        while (e < n && (nameStart(p[e]) || (p[e] >= u'0' && p[e] <= u'9'))) {
            ++e;
        }
        f(text.sliced(j, e - j));
        return false;
    });
}

void checkSecretInRun(LintContext& c)
{
    // Variables declared by ARG/ENV with secret-looking names.
    NameSet secretVars;
    SecretNames names(c);
    size_t nameIndex = 0; // ENV/ARG names so far
    for (const int i : c.kinds.ofAny({InstructionKind::Env, InstructionKind::Arg})) {
        for (const KeyValue& kv : c.df.instructions[size_t(i)].pairs) {
            if (names.isSecret(nameIndex++, kv.key)) {
                secretVars.insert(kv.key);
            }
        }
    }
    static const QRegularExpression authHeader(
        QStringLiteral("(Authorization:\\s*(Bearer|Basic|token)\\s+[A-Za-z0-9._~+/=-]{8,}|://[^/\\s:@]+:[^/\\s@$]+@)"),
        QRegularExpression::CaseInsensitiveOption);
    for (const RunInfo& r : c.runs) {
        if (isRunMountSecret(*r.ins)) {
            continue;
        }
        const QString& script = r.script.text(); // the RUN's shellScript(), split once by lintDockerfile()
        QStringList used;
        if (!secretVars.isEmpty()) {
            forEachReference(script, [&](QStringView name) {
                if (secretVars.contains(name) && !used.contains(name)) {
                    used << name.toString();
                }
            });
        }
        if (!used.isEmpty()) {
            const QString id = used.first().toLower();
            c.report(
                r.index,
                Lint::tr("RUN reads %1 from a build argument or ENV; it ends up in the image history or layers")
                    .arg(used.join(QStringLiteral(", "))),
                QStringLiteral("RUN --mount=type=secret,id=%1 %2=$(cat /run/secrets/%1) ...").arg(id, used.first()));
            continue;
        }
        if (mayHoldCredential(script) && authHeader.match(script).hasMatch()) {
            c.report(r.index,
                     Lint::tr("RUN contains a literal credential (authorization header or user:password "
                              "URL); it is stored in the image history"));
        }
    }
}

// ---------------------------------------------------------------- DKF-011 / DKF-012
bool pipNameLike(QStringView n) // ^pip[0-9.]*$
{
    return isNameWithVersion(withoutFinalNewline(n), lit(u"pip"));
}

void checkTlsDisabled(LintContext& c)
{
    for (const RunInfo& r : c.runs) {
        for (const ShellCommand& cmd : r.script.commands) {
            const QStringView n = cmd.name();
            bool bad = false;
            // By the program's kind first: a known kind names exactly one program, so it is none of the names below.
            switch (cmd.kind) {
            case ShellProgram::Curl:
                bad = cmd.hasOption(lit(u"k"), {lit(u"--insecure")});
                break;
            case ShellProgram::Wget:
                bad = cmd.hasOption({}, {lit(u"--no-check-certificate")});
                break;
            case ShellProgram::Npm:
            case ShellProgram::Yarn:
                bad = cmd.joinedContains(u"strict-ssl false"_s) || wordsContain(cmd, lit(u"strict-ssl=false"));
                break;
            case ShellProgram::Other:
            case ShellProgram::Pip:
                // Another known kind names a program that is none of these; most names start with neither letter.
                if (n.isEmpty() || (n[0] != u'p' && n[0] != u'g')) {
                    break;
                }
                if (n[0] == u'p' && pipNameLike(n)) {
                    bad = cmd.hasOption({}, {lit(u"--trusted-host")});
                } else if (n == lit(u"git")) {
                    bad = cmd.joinedContains(u"sslVerify=false"_s, Qt::CaseInsensitive) ||
                          cmd.joinedContains(u"sslverify false"_s, Qt::CaseInsensitive);
                }
                break;
            default:
                break;
            }
            if (bad) {
                c.reportCommand(r, cmd, Lint::tr("%1 is told not to verify TLS certificates").arg(n));
            }
        }
    }
    for (const int i : c.kinds.of(InstructionKind::Env)) {
        const Instruction& ins = c.df.instructions[size_t(i)];
        for (const KeyValue& kv : ins.pairs) {
            const bool bad = (kv.key == lit(u"NODE_TLS_REJECT_UNAUTHORIZED") && kv.value == lit(u"0")) ||
                             (kv.key == lit(u"PYTHONHTTPSVERIFY") && kv.value == lit(u"0")) ||
                             (kv.key == lit(u"GIT_SSL_NO_VERIFY") && !kv.value.isEmpty() && kv.value != lit(u"0") &&
                              kv.value.toLower() != u"false"_s) ||
                             (kv.key == lit(u"NPM_CONFIG_STRICT_SSL") && kv.value.toLower() == u"false"_s);
            if (bad) {
                c.report(
                    i, Lint::tr("ENV %1=%2 turns off TLS certificate checks").arg(kv.key, kv.value), {}, kv.offset);
            }
        }
    }
}

void checkUnsignedPackages(LintContext& c)
{
    static constexpr QStringView kUnauthenticated[]{
        u"--allow-unauthenticated", u"--force-yes", u"--allow-insecure-repositories"};
    for (const RunInfo& r : c.runs) {
        for (const ShellCommand& cmd : r.script.commands) {
            const QStringView n = cmd.name();
            bool bad = false;
            switch (cmd.kind) {
            case ShellProgram::AptGet:
            case ShellProgram::Apt:
                bad = hasLongOption(cmd, kUnauthenticated) || wordsContain(cmd, lit(u"AllowUnauthenticated=true"));
                break;
            case ShellProgram::Apk:
                bad = cmd.hasOption({}, {lit(u"--allow-untrusted")});
                break;
            case ShellProgram::Yum:
            case ShellProgram::Dnf:
            case ShellProgram::Microdnf:
            case ShellProgram::Zypper:
                bad = cmd.hasOption({}, {lit(u"--nogpgcheck"), lit(u"--no-gpg-checks")});
                break;
            default: // a known kind names another program, never rpm
                if (n == lit(u"rpm")) {
                    bad = cmd.hasOption({}, {lit(u"--nosignature"), lit(u"--nodigest")});
                }
                break;
            }
            if (bad) {
                c.reportCommand(r, cmd, Lint::tr("%1 installs packages without checking their signatures").arg(n));
            }
        }
    }
}

const RuleDef kRules[] = {
    makeRule("DKF-001",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "Final stage sets no USER (runs as root)"),
             QT_TRANSLATE_NOOP("Rules",
                               "With no USER the container's process is root. Any code execution bug then "
                               "runs as root inside the container, one kernel or runtime flaw away from "
                               "the host."),
             QT_TRANSLATE_NOOP("Rules",
                               "Create a user and switch to it at the end of the final stage: "
                               "RUN useradd -r -u 10001 app, then USER 10001:10001."),
             "4.1",
             "trivy:DS-0002,checkov:CKV_DOCKER_3,dockle:CIS-DI-0001",
             &checkNoUser),
    makeRule("DKF-002",
             Severity::High,
             Category::Secrets,
             QT_TRANSLATE_NOOP("Rules", "ENV/ARG/LABEL value looks like a credential"),
             QT_TRANSLATE_NOOP("Rules",
                               "Values of ENV, ARG and LABEL are stored in the image configuration and "
                               "history; anyone who can pull the image can read them."),
             QT_TRANSLATE_NOOP("Rules",
                               "Remove the value, rotate the credential, and pass it at build time with "
                               "RUN --mount=type=secret or at run time from a secret store."),
             "4.10",
             "trivy:DS-0031,dockle:CIS-DI-0010",
             &checkSecretValues),
    makeRule("DKF-003",
             Severity::High,
             Category::Secrets,
             QT_TRANSLATE_NOOP("Rules", "Sensitive file copied into the image"),
             QT_TRANSLATE_NOOP("Rules",
                               "Private keys, .env files, cloud and registry credentials or a .git folder "
                               "in a layer stay there even if a later step deletes them."),
             QT_TRANSLATE_NOOP("Rules",
                               "Do not copy the file; mount it for the one RUN that needs it with "
                               "RUN --mount=type=secret, and exclude it in .dockerignore."),
             "4.10",
             "dockle:CIS-DI-0010,dockle:DKL-LI-0003",
             &checkSensitiveCopy),
    makeRule("DKF-004",
             Severity::Low,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "Build toolchain in a single-stage image"),
             QT_TRANSLATE_NOOP("Rules",
                               "Compilers and build tools in the shipped image give an attacker ready-made "
                               "tools and add code that needs patching."),
             QT_TRANSLATE_NOOP("Rules",
                               "Use a multi-stage build: compile in FROM ... AS build, then COPY --from=build "
                               "only the artefacts into a minimal final stage."),
             "4.3",
             "",
             &checkToolchainInFinal),
    makeRule("DKF-005",
             Severity::Low,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "Final image uses a full-size base"),
             QT_TRANSLATE_NOOP("Rules",
                               "Every package in the base is attack surface and CVE noise; slim, alpine and "
                               "distroless bases ship a fraction of it."),
             QT_TRANSLATE_NOOP("Rules",
                               "Base the final stage on a minimal image (e.g. python:3.12-slim, "
                               "gcr.io/distroless/static-debian12)."),
             "4.3",
             "",
             &checkMinimalBase),
    makeRule("DKF-006",
             Severity::Info,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "Base image not pinned by digest"),
             QT_TRANSLATE_NOOP("Rules",
                               "Tags can be moved by whoever controls the repository; a digest names exactly "
                               "one image."),
             QT_TRANSLATE_NOOP("Rules",
                               "Pin the digest: FROM python:3.12-slim@sha256:<digest> (docker buildx "
                               "imagetools inspect shows it), and let a bot update it."),
             "4.2",
             "",
             &checkDigestPin),
    makeRule("DKF-007",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "Image exposes SSH (port 22)"),
             QT_TRANSLATE_NOOP("Rules",
                               "An SSH server in a container is a second way in with its own credentials to "
                               "manage; docker exec already gives operators a shell."),
             QT_TRANSLATE_NOOP("Rules", "Remove EXPOSE 22 and the SSH server; use docker exec for maintenance."),
             "5.7",
             "trivy:DS-0004,checkov:CKV_DOCKER_1",
             &checkExposeSsh),
    makeRule("DKF-008",
             Severity::High,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "Download piped into a shell"),
             QT_TRANSLATE_NOOP("Rules",
                               "curl | sh runs whatever the server (or anyone in the middle) sends, with no "
                               "checksum and no record of what ran."),
             QT_TRANSLATE_NOOP("Rules",
                               "Download to a file, verify its checksum or signature (sha256sum -c), then run "
                               "it; or use ADD --checksum=sha256:..."),
             "",
             "",
             &checkCurlPipeShell),
    makeRule("DKF-009",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "World-writable permissions (chmod 777)"),
             QT_TRANSLATE_NOOP("Rules",
                               "Files every user can write let any process in the container replace code "
                               "or configuration that others execute."),
             QT_TRANSLATE_NOOP("Rules",
                               "Give ownership to the user that needs it (chown app) and use 755/644, or "
                               "1777 for shared temp folders."),
             "",
             "",
             &checkChmod777),
    makeRule("DKF-010",
             Severity::Medium,
             Category::Secrets,
             QT_TRANSLATE_NOOP("Rules", "Build secret passed without RUN --mount=type=secret"),
             QT_TRANSLATE_NOOP("Rules",
                               "Build arguments and ENV values used by RUN are recorded in the image history "
                               "and may be written into layers; BuildKit secret mounts are not."),
             QT_TRANSLATE_NOOP("Rules",
                               "Pass the secret with docker build --secret id=name and read it in "
                               "RUN --mount=type=secret,id=name from /run/secrets/name."),
             "4.10",
             "",
             &checkSecretInRun),
    makeRule("DKF-011",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "TLS certificate verification turned off"),
             QT_TRANSLATE_NOOP("Rules",
                               "Without certificate checks any network position can swap the downloaded "
                               "code or packages."),
             QT_TRANSLATE_NOOP("Rules",
                               "Remove -k/--insecure, --no-check-certificate, --trusted-host, sslVerify=false "
                               "and install the CA certificate you need instead."),
             "",
             "checkov:CKV2_DOCKER_2,checkov:CKV2_DOCKER_3,checkov:CKV2_DOCKER_4",
             &checkTlsDisabled),
    makeRule("DKF-012",
             Severity::High,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "Packages installed without signature checks"),
             QT_TRANSLATE_NOOP("Rules",
                               "Package signatures are what stops a tampered mirror; turning them off "
                               "installs whatever is served."),
             QT_TRANSLATE_NOOP("Rules",
                               "Remove --allow-unauthenticated / --allow-untrusted / --nogpgcheck and import "
                               "the repository key instead."),
             "",
             "checkov:CKV2_DOCKER_7,checkov:CKV2_DOCKER_8,checkov:CKV2_DOCKER_9",
             &checkUnsignedPackages),
    makeRule("DKF-164",
             Severity::High,
             Category::Secrets,
             QT_TRANSLATE_NOOP("Rules", "Secret in ENV or ARG"),
             QT_TRANSLATE_NOOP("Rules",
                               "ENV values live in the image config and every container's environment; ARG "
                               "values are kept in the build history. Both are readable by anyone with the "
                               "image."),
             QT_TRANSLATE_NOOP("Rules",
                               "Remove the variable; use RUN --mount=type=secret for build-time secrets and a "
                               "secret store or mounted file (*_FILE) at run time."),
             "4.10",
             "hadolint:DL3064,trivy:DS-0031,buildkit:SecretsUsedInArgOrEnv",
             &checkSecretNames),
};

} // namespace

std::span<const RuleDef> seedRuleDefs()
{
    return kRules;
}

} // namespace bulkhead::dockerfile::detail
