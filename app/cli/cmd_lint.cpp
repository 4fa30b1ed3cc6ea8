// SPDX-License-Identifier: GPL-3.0-or-later
// bulkhead-cli lint PATH... [--format tty|json|sarif] [--fail-on SEVERITY] [--config .hadolint.yaml] [--ignore ID]...
//                           [--trusted-registry REGISTRY]... [--show-suppressed]
//
// Lints Dockerfiles and build-context folders (no Docker connection). Each finding shows our rule id and the
// hadolint code it corresponds to, so existing `# hadolint ignore=` pragmas and .hadolint.yaml files keep working.
// Exit codes: 0 no active finding at or above --fail-on; 1 findings at or above it; 2 bad usage or unreadable path.
//
// --format json prints one object, format "bulkhead-lint" version 1 (fields are added, never renamed):
//   {"format": "bulkhead-lint", "version": 1, "files": [...],
//    "findings": [{"ruleId", "hadolint" (code or null), "aliases": [...], "severity", "title", "message",
//                  "remediation", "suggestion", "evidence" (redacted), "file", "line", "column", "confidence",
//                  "suppressed", "suppressionReason"}],
//    "errors": [...]}
// --format sarif goes through the report API (core/report: buildReport + writeSarif), so lint SARIF has the same
// rule descriptors, fingerprints and levels as the scan report's.
#include "app/cli/cliconnection.h"
#include "app/cli/commands.h"
#include "core/dockerfile/lint.h"
#include "core/model/severity.h"
#include "core/report/report.h"
#include "core/util/textescape.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace bulkhead::cli {

using namespace std::string_view_literals;
using namespace Qt::StringLiterals;

namespace {

// Printable ASCII other than the two characters JSON escapes.
bool needsNoEscape(char16_t c)
{
    return c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
}

// Room writeJsonString() needs for `s`: six bytes per unit at most ("\u001f"), the quotes and the SSE2 stores'
// overshoot (a store is made only while its units' own room covers it; the slack is a margin).
size_t jsonRoom(QStringView s)
{
    return size_t(s.size()) * size_t(util::kMaxUtf8PerUnit) + 16;
}

// A JSON string literal of `s` at `dst` (UTF-8; quotes, backslashes and control characters escaped); returns its end.
// ASCII, nearly all of a finding, is copied eight UTF-16 units at a time with SSE2 (part of x86-64); each run of
// other characters goes through util::writeUtf8 (as toUtf8(): a lone surrogate becomes '?') and needs no escaping.
char* writeJsonString(char* dst, QStringView s)
{
    static const char kHex[] = "0123456789abcdef";
    const qsizetype n = s.size();
    const char16_t* p = s.utf16();
    *dst++ = '"';
    qsizetype i = 0;
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    // Printable ASCII other than '"' and '\\'.
    const auto plain = [&](__m128i bytes) {
        return util::printableAsciiMask(bytes) &
               ~_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)));
    };
#endif
    while (i < n) {
        bool stopped = false; // p[i] is more than one byte to copy
#if defined(__SSE2__)
        stopped = util::copyAsciiRun(p, i, n, dst, plain);
#endif
        if (!stopped) {
            while (i < n && needsNoEscape(p[i])) {
                *dst++ = char(p[i++]);
            }
            if (i >= n) {
                break;
            }
        }
        const char16_t c = p[i];
        if (c >= 0x80) {
            qsizetype end = i + 1;
            while (end < n && p[end] >= 0x80) {
                ++end;
            }
            dst = util::writeUtf8(dst, s.sliced(i, end - i));
            i = end;
            continue;
        }
        ++i;
        *dst++ = '\\';
        switch (c) {
        case '"':
            *dst++ = '"';
            break;
        case '\\':
            *dst++ = '\\';
            break;
        case '\n':
            *dst++ = 'n';
            break;
        case '\r':
            *dst++ = 'r';
            break;
        case '\t':
            *dst++ = 't';
            break;
        default: // the other control characters and DEL
            *dst++ = 'u';
            *dst++ = '0';
            *dst++ = '0';
            *dst++ = kHex[c >> 4];
            *dst++ = kHex[c & 0xf];
        }
    }
    *dst++ = '"';
    return dst;
}

// writeJsonString() appended to a std::string (the texts built once per rule or run).
void appendJsonString(std::string& out, QStringView s)
{
    const size_t at = out.size();
    out.resize(at + jsonRoom(s));
    char* const begin = out.data() + at;
    out.resize(at + size_t(writeJsonString(begin, s) - begin));
}

// Writers at a position with room enough (OutBuffer::room), for a finding's pieces: each returns the new end.
[[gnu::always_inline]] inline char* put(char* d, std::string_view s)
{
    std::memcpy(d, s.data(), s.size());
    return d + s.size();
}
// text[from, to): offsets the writer made itself, so without string_view::substr()'s check.
[[gnu::always_inline]] inline char* put(char* d, const std::string& text, size_t from, size_t to)
{
    std::memcpy(d, text.data() + from, to - from);
    return d + (to - from);
}
// Room an int needs (to_chars writes at most 11 characters).
constexpr size_t kNumberRoom = 16;
// Line and column numbers are nearly all below 10,000: those are written from a table of digit pairs (to_chars
// cost a twelfth of writing a finding), the others by to_chars.
constexpr std::array<char, 200> kDigitPairs = [] {
    std::array<char, 200> t{};
    for (int i = 0; i < 100; ++i) {
        t[size_t(2 * i)] = char('0' + i / 10);
        t[size_t(2 * i + 1)] = char('0' + i % 10);
    }
    return t;
}();
[[gnu::always_inline]] inline char* putNumber(char* d, int v)
{
    if (v >= 0 && v < 100) [[likely]] {
        if (v < 10) {
            *d = char('0' + v);
            return d + 1;
        }
        std::memcpy(d, &kDigitPairs[size_t(2 * v)], 2);
        return d + 2;
    }
    if (v >= 100 && v < 10000) {
        const int high = v / 100;
        const int low = v % 100;
        if (high < 10) {
            *d = char('0' + high);
            std::memcpy(d + 1, &kDigitPairs[size_t(2 * low)], 2);
            return d + 3;
        }
        std::memcpy(d, &kDigitPairs[size_t(2 * high)], 2);
        std::memcpy(d + 2, &kDigitPairs[size_t(2 * low)], 2);
        return d + 4;
    }
    return std::to_chars(d, d + kNumberRoom, v).ptr;
}

// Output to stdout in large pieces: appends are plain copies into one block, written out when it is full (a lint
// document can be many megabytes, and std::string's checked appends cost a tenth of a json run).
class OutBuffer
{
public:
    explicit OutBuffer(size_t capacity) : m_data(std::make_unique_for_overwrite<char[]>(capacity)), m_capacity(capacity)
    {}
    OutBuffer(const OutBuffer&) = delete;
    OutBuffer& operator=(const OutBuffer&) = delete;
    ~OutBuffer() { flush(); }

    // Where `n` more bytes can be written (after writing out what is buffered, or growing, when they do not fit);
    // write at most n there, then commit() the end.
    [[gnu::always_inline]] char* room(size_t n)
    {
        if (n > m_capacity - m_size) [[unlikely]] {
            makeRoom(n);
        }
        return m_data.get() + m_size;
    }
    void commit(const char* end) { m_size = size_t(end - m_data.get()); }

    [[gnu::always_inline]] void append(std::string_view s)
    {
        char* p = room(s.size());
        std::memcpy(p, s.data(), s.size());
        m_size += s.size();
    }
    void append(char c)
    {
        *room(1) = c;
        ++m_size;
    }
    void appendNumber(int v)
    {
        char* p = room(16);
        commit(std::to_chars(p, p + 16, v).ptr);
    }
    void appendJson(QStringView s)
    {
        if (s.isEmpty()) {
            append("\"\""); // most suggestions, evidence and suppression reasons
            return;
        }
        commit(writeJsonString(room(jsonRoom(s)), s));
    }
    void appendTerminalSafe(QStringView s)
    {
        commit(util::writeTerminalSafeUtf8(room(size_t(s.size()) * size_t(util::kMaxUtf8PerUnit)), s));
    }
    [[gnu::noinline]] void makeRoom(size_t n)
    {
        flush();
        if (n > m_capacity) {
            m_data = std::make_unique_for_overwrite<char[]>(n);
            m_capacity = n;
        }
    }
    void flush()
    {
        if (m_size > 0) {
            fwrite(m_data.get(), 1, m_size, stdout);
            m_size = 0;
        }
    }

private:
    std::unique_ptr<char[]> m_data;
    size_t m_capacity = 0;
    size_t m_size = 0;
};

// What a writer makes once per shared string (a finding's rule id, a rule's constant message) and looks up by it.
// Findings share these strings, so the address finds the entry without hashing the text; each slot holds a
// reference to its string, so the address cannot be reused for other text while it is there. At most kMax entries
// are kept (then it starts again), whatever the input.
template<typename T> class PerRule
{
public:
    template<typename Make> [[gnu::always_inline]] const T& get(const QString& id, const Make& make)
    {
        Recent& slot =
            m_recent[(reinterpret_cast<std::uintptr_t>(id.constData()) * 0x9e3779b97f4a7c15U) >> (64 - kBits)];
        if (slot.value != nullptr && slot.id.constData() == id.constData() && slot.id.size() == id.size()) [[likely]] {
            return *slot.value;
        }
        return lookup(slot, id, make);
    }

private:
    static constexpr size_t kMax = 4096;
    static constexpr int kBits = 8; // 256 recent slots, indexed by the top bits of a multiplicative hash
    struct Recent
    {
        QString id;
        const T* value = nullptr;
    };
    template<typename Make> [[gnu::noinline]] const T& lookup(Recent& slot, const QString& id, const Make& make)
    {
        const T* value = m_byId.value(id, nullptr);
        if (value == nullptr) {
            if (m_store.size() >= kMax) {
                m_recent = {};
                m_byId.clear();
                m_store.clear();
            }
            m_store.push_back(std::make_unique<T>(make()));
            value = m_store.back().get();
            m_byId.insert(id, value);
        }
        slot = {id, value};
        return *value;
    }

    std::array<Recent, size_t(1) << kBits> m_recent{};
    QHash<QString, const T*> m_byId;
    std::vector<std::unique_ptr<T>> m_store;
};

// What a finding's text takes from its rule, its severity, and its message and suggestion, as one block of text
// per combination (most of a finding's text; the writers add the file, the numbers and the rest around it). A
// message without arguments is the rule's translated text itself, shared by all its findings (the string is not
// detached), and a rule's fixed suggestion is a literal (static data, no allocation: capacity() is 0), such as the
// SHELL line with pipefail of a fifth of all findings: those are in the block, escaped once. Any other message or
// suggestion is the finding's own: a hole in the block, written in place between its parts. (A suggestion shared
// only within one file, such as an instruction's text, would make a block per file; escaping it in place costs
// less.) Blocks are found by the strings' addresses: each entry holds references to its strings, so an address
// cannot be taken by other text while the entry is there (static data, the rule ids' raw data and the translations
// translateCached() keeps live as long as the process). The cache is direct-mapped and bounded: a miss (another block
// in the slot) rebuilds the block (from the writers' per-rule caches).
class FindingBlocks
{
public:
    enum Part : std::uint8_t
    {
        Empty,  // no text
        Shared, // in the block
        Hole,   // written in place, at its offset in the block
    };
    struct Block
    {
        QString ruleId, message, suggestion; // held (see above); message and suggestion only when Shared
        // The key besides ruleId: the addresses and sizes of a Shared message and suggestion, else null and 0 (a
        // null QString's constData() is not null).
        const QChar* messageData = nullptr;
        const QChar* suggestionData = nullptr;
        qsizetype messageSize = 0;
        qsizetype suggestionSize = 0;
        int severity = -1; // -1: an unused entry
        Part messagePart = Empty;
        Part suggestionPart = Empty;
        // Offsets in text, set by the writer's make(): where a Hole message goes (tty: and, after it, a suppressed
        // finding's note), where a Hole suggestion goes.
        size_t messageAt = 0;
        size_t suggestionAt = 0;
        std::string text;
    };

    static Part messagePartOf(const QString& s) { return s.isEmpty() ? Empty : s.isDetached() ? Hole : Shared; }
    static Part suggestionPartOf(const QString& s) { return s.isEmpty() ? Empty : s.capacity() == 0 ? Shared : Hole; }

    // The block of `f`; make(block) fills text and the offsets of a new one (its key and parts are set).
    template<typename Make> [[gnu::always_inline]] const Block& get(const model::Finding& f, const Make& make)
    {
        const Part messagePart = messagePartOf(f.message);
        const Part suggestionPart = suggestionPartOf(f.suggestion);
        const QChar* const message = messagePart == Shared ? f.message.constData() : nullptr;
        const QChar* const suggestion = suggestionPart == Shared ? f.suggestion.constData() : nullptr;
        const std::uintptr_t key = reinterpret_cast<std::uintptr_t>(f.ruleId.constData()) ^
                                   (reinterpret_cast<std::uintptr_t>(message) * 3) ^
                                   (reinterpret_cast<std::uintptr_t>(suggestion) * 5) ^ std::uintptr_t(f.severity);
        Block& b = m_blocks[(key * 0x9e3779b97f4a7c15U) >> (64 - kBits)];
        if (b.severity != int(f.severity) || b.ruleId.constData() != f.ruleId.constData() ||
            b.ruleId.size() != f.ruleId.size() || b.messagePart != messagePart || b.suggestionPart != suggestionPart ||
            b.messageData != message || b.messageSize != (message ? f.message.size() : 0) ||
            b.suggestionData != suggestion || b.suggestionSize != (suggestion ? f.suggestion.size() : 0)) [[unlikely]] {
            fill(b, f, messagePart, suggestionPart, make);
        }
        return b;
    }

private:
    template<typename Make>
    [[gnu::noinline]] static void
    fill(Block& b, const model::Finding& f, Part messagePart, Part suggestionPart, const Make& make)
    {
        b.ruleId = f.ruleId;
        b.severity = int(f.severity);
        b.messagePart = messagePart;
        b.suggestionPart = suggestionPart;
        b.message = messagePart == Shared ? f.message : QString();
        b.suggestion = suggestionPart == Shared ? f.suggestion : QString();
        b.messageData = messagePart == Shared ? b.message.constData() : nullptr;
        b.messageSize = messagePart == Shared ? b.message.size() : 0;
        b.suggestionData = suggestionPart == Shared ? b.suggestion.constData() : nullptr;
        b.suggestionSize = suggestionPart == Shared ? b.suggestion.size() : 0;
        b.messageAt = b.suggestionAt = 0;
        b.text.clear();
        make(b);
    }

    static constexpr int kBits = 9;
    std::vector<Block> m_blocks = std::vector<Block>(size_t(1) << kBits);
};

QString tr(const char* text)
{
    return QCoreApplication::translate("bulkhead::cli::Lint", text);
}

QString hadolintCode(const model::RuleInfo* r)
{
    if (!r) {
        return {};
    }
    for (const QString& a : model::ruleAliases(*r)) {
        if (a.startsWith(u"hadolint:")) {
            return a.mid(9);
        }
    }
    return {};
}

// hadolint's search order, minus the ones that make no sense for us: ./.hadolint.y(a)ml, then the user's config.
QString findConfig()
{
    QStringList candidates{QStringLiteral(".hadolint.yaml"), QStringLiteral(".hadolint.yml")};
    const QString xdg = qEnvironmentVariable("XDG_CONFIG_HOME", QDir::homePath() + QStringLiteral("/.config"));
    candidates << xdg + QStringLiteral("/hadolint.yaml") << xdg + QStringLiteral("/hadolint.yml")
               << QDir::homePath() + QStringLiteral("/.hadolint.yaml");
    for (const QString& c : candidates) {
        if (QFileInfo(c).isFile()) {
            return c;
        }
    }
    return {};
}

} // namespace

int runLint(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lint Dockerfiles and build contexts: hadolint-class rules, secrets, root user, base images, "
           ".dockerignore. Pragmas '# hadolint ignore=DL3008' and '# bulkhead ignore=DKF-108' are honoured."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("PATH"), tr("Dockerfiles, or folders (build contexts) holding one."), QStringLiteral("PATH..."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("Output format: tty (default), json or sarif."),
                                    QStringLiteral("FORMAT"),
                                    QStringLiteral("tty"));
    const QCommandLineOption failOn(QStringLiteral("fail-on"),
                                    tr("Exit with 1 when an active finding has at least this severity: info, low, "
                                       "medium, high, critical (hadolint's error/warning/style work too), or none. "
                                       "Default: the config's failure-threshold, else medium."),
                                    QStringLiteral("SEVERITY"));
    const QCommandLineOption config(QStringLiteral("config"),
                                    tr("A .hadolint.yaml to read (default: ./.hadolint.yaml, then the user's "
                                       "hadolint.yaml)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption ignore(QStringLiteral("ignore"),
                                    tr("Do not run this rule (DKF-108 or DL3008); repeatable. Replaces the config's "
                                       "ignored list, as in hadolint."),
                                    QStringLiteral("ID"));
    const QCommandLineOption trusted(QStringLiteral("trusted-registry"),
                                     tr("A registry base images may come from; repeatable (turns on DKF-126)."),
                                     QStringLiteral("REGISTRY"));
    const QCommandLineOption showSuppressed(QStringLiteral("show-suppressed"),
                                            tr("Also print findings silenced by a pragma (tty format)."));
    parser.addOptions({format, failOn, config, ignore, trusted, showSuppressed});
    // The help text names the program from the application object, which main() makes for lint only now.
    const auto usageError = [&parser](const QString& message) {
        ensureApplication();
        return printUsageError(message, parser);
    };
    if (!parser.parse(args)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        ensureApplication();
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    QStringList paths = parser.positionalArguments();
    if (!paths.isEmpty() && paths.first() == QLatin1String("lint")) {
        paths.removeFirst();
    }
    if (paths.isEmpty()) {
        return usageError(tr("give at least one Dockerfile or build-context folder"));
    }
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("tty") && fmt != QLatin1String("json") && fmt != QLatin1String("sarif")) {
        return usageError(tr("--format is tty, json or sarif, not '%1'").arg(fmt));
    }

    QTextStream err(stderr);
    dockerfile::LintConfig cfg;
    const QString configPath = parser.isSet(config) ? parser.value(config) : findConfig();
    if (!configPath.isEmpty()) {
        QFile f(configPath);
        if (!f.open(QIODevice::ReadOnly)) {
            return printError(util::Error(tr("cannot read %1: %2").arg(configPath, f.errorString())));
        }
        cfg = dockerfile::parseHadolintConfig(f.read(1024 * 1024 + 1));
        for (const QString& e : cfg.errors) {
            err << "bulkhead-cli lint: " << util::terminalSafe(configPath) << ": " << util::terminalSafe(e) << '\n';
        }
    }
    if (parser.isSet(ignore)) {
        cfg.ignored = parser.values(ignore);
    }
    for (const QString& id : cfg.ignored) {
        if (!dockerfile::findDockerfileRule(id) && !id.startsWith(u"SC", Qt::CaseInsensitive)) {
            err << "bulkhead-cli lint: " << tr("unknown rule '%1' in the ignore list").arg(util::terminalSafe(id))
                << '\n';
        }
    }
    cfg.trustedRegistries << parser.values(trusted);

    // -1: never fail. An int, not std::optional<Severity>: GCC 12 reports a bogus maybe-uninitialized for the latter.
    int threshold = int(model::Severity::Medium);
    if (cfg.failNever) {
        threshold = -1;
    } else if (cfg.failureThreshold) {
        threshold = int(*cfg.failureThreshold);
    }
    if (parser.isSet(failOn)) {
        const QString v = parser.value(failOn);
        if (v == QLatin1String("none")) {
            threshold = -1;
        } else if (const auto s = model::severityFromName(v)) {
            threshold = int(*s);
        } else {
            return usageError(tr("--fail-on is info, low, medium, high, critical or none, not '%1'").arg(v));
        }
    }

    // SARIF needs every finding at once (rules, run); json and tty are written path by path, so the findings of
    // a large run are never all in memory together.
    QStringList errors;
    bool failed = false; // an active finding at or above the threshold
    const auto lintAll = [&](const auto& consume) {
        for (const QString& p : paths) {
            // Every finding holds the path three times (target id and name, location), and a copy of a QString is
            // an atomic reference count increment, its destruction a decrement: ~120,000 locked instructions for
            // 20,000 findings, a tenth of the time spent making them. A raw-data view of the path makes those
            // copies plain pointer copies. It is safe because `paths` outlives every finding of this run: the
            // findings are written (or, for SARIF, collected and written) before runLint returns, and nothing
            // keeps them.
            const QString raw = QString::fromRawData(p.constData(), p.size());
            auto r = dockerfile::lintPath(raw, cfg);
            if (!r) {
                errors << r.error().text();
                continue;
            }
            if (threshold >= 0 && !failed) { // else nothing can change it
                for (const model::Finding& f : r.value()) {
                    if (!f.suppressed && int(f.severity) >= threshold) {
                        failed = true;
                        break;
                    }
                }
            }
            consume(r.value());
        }
    };

    QTextStream out(stdout);
    if (fmt == QLatin1String("sarif")) {
        model::Findings findings;
        lintAll([&findings](model::Findings& batch) {
            for (model::Finding& f : batch) {
                findings.push_back(std::move(f));
            }
        });
        report::ReportOptions options;
        options.lintFindings = findings;
        options.catalogue = dockerfile::dockerfileRules();
        options.toolVersion = QCoreApplication::applicationVersion();
        const report::ReportModel model = report::buildReport(model::Inventory{}, rules::ScanResult{}, options);
        out.flush();
        QFile o;
        if (o.open(stdout, QIODevice::WriteOnly)) {
            o.write(report::writeSarif(model));
        }
    } else if (fmt == QLatin1String("json")) {
        // Written as text, finding by finding: a document tree of every finding (often tens of thousands) cost more
        // than linting the files. What a finding takes from its rule is computed once per rule.
        constexpr size_t kSeverities = size_t(model::Severity::Critical) + 1;
        struct RuleFields
        {
            std::string beforeSeverity; // "ruleId": ..., "hadolint": ..., "aliases": [...], "severity":
            std::string beforeMessage;  // , "title": ..., "message":
            std::string remediation;    // , "remediation": ..., "suggestion":
        };
        PerRule<RuleFields> ruleFields;
        std::array<std::string, kSeverities> severities; // JSON text of each name
        for (size_t s = 0; s < severities.size(); ++s) {
            appendJsonString(severities[s], model::severityName(model::Severity(s)));
        }
        // The text after the column, for each confidence and suppression seen (nearly all findings share a few),
        // ending with the usual empty suppression reason (""}): compared by the double's bits, so -0.0 and 0.0
        // (printed differently) are told apart.
        struct Tail
        {
            std::uint64_t confidence;
            bool suppressed;
            std::string text;
        };
        constexpr size_t kMaxTails = 64;
        std::vector<Tail> tails;
        tails.reserve(kMaxTails);
        size_t lastTail = 0; // index into tails, valid when below tails.size()
        const auto tailFor = [&](double confidence, bool suppressed) -> const std::string& {
            const auto bits = std::bit_cast<std::uint64_t>(confidence);
            if (lastTail < tails.size() && tails[lastTail].confidence == bits &&
                tails[lastTail].suppressed == suppressed) [[likely]] {
                return tails[lastTail].text;
            }
            for (size_t k = 0; k < tails.size(); ++k) {
                if (tails[k].confidence == bits && tails[k].suppressed == suppressed) {
                    lastTail = k;
                    return tails[k].text;
                }
            }
            if (tails.size() >= kMaxTails) {
                tails.clear();
            }
            tails.push_back({bits,
                             suppressed,
                             ", \"confidence\": " + nlohmann::json(confidence).dump() +
                                 (suppressed ? ", \"suppressed\": true, \"suppressionReason\": \"\"}"
                                             : ", \"suppressed\": false, \"suppressionReason\": \"\"}")});
            lastTail = tails.size() - 1;
            return tails.back().text;
        };
        // Straight to stdout in chunks: the document can be many megabytes, and a round trip through QString (or one
        // buffer holding all of it) costs more than linting.
        out.flush();
        OutBuffer text(64 * 1024);
        text.append("{\n  \"format\": \"bulkhead-lint\",\n  \"version\": 1,\n  \"files\": ["sv);
        for (qsizetype i = 0; i < paths.size(); ++i) {
            text.append(i == 0 ? "\n    "sv : ",\n    "sv);
            text.appendJson(paths[i]);
        }
        text.append(paths.isEmpty() ? "],\n  \"findings\": ["sv : "\n  ],\n  \"findings\": ["sv);
        // A finding's text is built from a few pieces, each one copy: its block (below), the evidence, the file's
        // part, the two numbers and the tail. The file's part is made once per file (all findings of a path share its
        // string); it starts with the evidence's value for the usual empty evidence ("", "file": ..., "line": ).
        QString lastFile;
        std::string fileText;
        FindingBlocks blocks;
        using Part = FindingBlocks::Part;
        // ",\n    {" ... ", \"evidence\": "
        const auto makeBlock = [&](FindingBlocks::Block& b) {
            const QString& ruleId = b.ruleId;
            const RuleFields& fields = ruleFields.get(ruleId, [&] {
                const model::RuleInfo* rule = dockerfile::findDockerfileRule(ruleId);
                std::string hadolint = "null";
                std::string aliases = "[";
                std::string title = "\"\"";
                std::string remediation = "\"\"";
                if (rule) {
                    const QStringList all = model::ruleAliases(*rule);
                    bool haveCode = false;
                    for (qsizetype k = 0; k < all.size(); ++k) {
                        aliases += k == 0 ? "" : ", ";
                        appendJsonString(aliases, all[k]);
                        // The first hadolint alias gives the code, as in hadolintCode().
                        if (!haveCode && all[k].startsWith(u"hadolint:")) {
                            haveCode = true;
                            if (all[k].size() > 9) {
                                hadolint.clear();
                                appendJsonString(hadolint, QStringView(all[k]).sliced(9));
                            }
                        }
                    }
                    title.clear();
                    appendJsonString(title, QCoreApplication::translate("Rules", rule->title));
                    remediation.clear();
                    appendJsonString(remediation, QCoreApplication::translate("Rules", rule->remediation));
                }
                aliases += ']';
                RuleFields rf;
                rf.beforeSeverity = "\"ruleId\": ";
                appendJsonString(rf.beforeSeverity, ruleId);
                rf.beforeSeverity += ", \"hadolint\": ";
                rf.beforeSeverity += hadolint;
                rf.beforeSeverity += ", \"aliases\": ";
                rf.beforeSeverity += aliases;
                rf.beforeSeverity += ", \"severity\": ";
                rf.beforeMessage = ", \"title\": ";
                rf.beforeMessage += title;
                rf.beforeMessage += ", \"message\": ";
                rf.remediation = ", \"remediation\": " + remediation + ", \"suggestion\": ";
                return rf;
            });
            std::string& t = b.text;
            t.assign(",\n    {"sv);
            t += fields.beforeSeverity;
            t += severities[size_t(b.severity)];
            t += fields.beforeMessage;
            const auto addPart = [&](Part part, const QString& s, size_t& at) {
                if (part == Part::Empty) {
                    t += "\"\""sv;
                } else if (part == Part::Shared) {
                    appendJsonString(t, s); // escaped once per block
                } else {
                    at = t.size();
                }
            };
            addPart(b.messagePart, b.message, b.messageAt);
            t += fields.remediation;
            addPart(b.suggestionPart, b.suggestion, b.suggestionAt);
            t += ", \"evidence\": "sv;
        };
        bool first = true;
        lintAll([&](const model::Findings& batch) {
            for (const model::Finding& f : batch) {
                const FindingBlocks::Block& b = blocks.get(f, makeBlock);
                const QString& file = f.location.file;
                if (fileText.empty() || file.constData() != lastFile.constData() || file.size() != lastFile.size()) {
                    lastFile = file;
                    fileText = "\"\", \"file\": ";
                    appendJsonString(fileText, file);
                    fileText += ", \"line\": ";
                }
                const std::string& tail = tailFor(f.confidence, f.suppressed);
                // One check for room per finding, then plain stores.
                char* d =
                    text.room(b.text.size() + (b.messagePart == Part::Hole ? jsonRoom(f.message) : 0) +
                              (b.suggestionPart == Part::Hole ? jsonRoom(f.suggestion) : 0) + jsonRoom(f.evidence) +
                              fileText.size() + 2 * kNumberRoom + 16 + tail.size() + jsonRoom(f.suppressionReason));
                size_t from = first ? 1 : 0; // the first finding has no comma before it
                first = false;
                if (b.messagePart == Part::Hole) [[unlikely]] {
                    d = put(d, b.text, from, b.messageAt);
                    d = writeJsonString(d, f.message);
                    from = b.messageAt;
                }
                if (b.suggestionPart == Part::Hole) [[unlikely]] {
                    d = put(d, b.text, from, b.suggestionAt);
                    d = writeJsonString(d, f.suggestion);
                    from = b.suggestionAt;
                }
                d = put(d, b.text, from, b.text.size());
                if (f.evidence.isEmpty()) [[likely]] {
                    d = put(d, fileText);
                } else {
                    d = writeJsonString(d, f.evidence);
                    d = put(d, fileText, 2, fileText.size());
                }
                d = putNumber(d, f.location.line);
                d = put(d, ", \"column\": "sv);
                d = putNumber(d, f.location.column);
                if (f.suppressionReason.isEmpty()) [[likely]] {
                    d = put(d, tail);
                } else {
                    d = put(d, tail, 0, tail.size() - 3);
                    d = writeJsonString(d, f.suppressionReason);
                    *d++ = '}';
                }
                text.commit(d);
            }
        });
        text.append(first ? "],\n  \"errors\": ["sv : "\n  ],\n  \"errors\": ["sv);
        for (qsizetype i = 0; i < errors.size(); ++i) {
            text.append(i == 0 ? "\n    "sv : ",\n    "sv);
            text.appendJson(errors[i]);
        }
        text.append(errors.isEmpty() ? "]\n}\n"sv : "\n  ]\n}\n"sv);
        text.flush();
        fflush(stdout);
    } else {
        // What a finding's lines take from its rule, looked up and translated once per rule (UTF-8).
        struct RuleText
        {
            std::string idAndCode;   // "DKF-108 (DL3008)" or "DKF-003"
            std::string remediation; // the whole "    fix: ...\n" line, or empty for an unknown rule
        };
        PerRule<RuleText> ruleTexts;
        int active = 0;
        int suppressed = 0;
        // Lines are composed as UTF-8 in one buffer and written to stdout in large pieces (a QString buffer pushed
        // through QTextStream's encoder cost a sixth of the run); the file's part of the location is made
        // terminal-safe once per file.
        std::array<std::string, int(model::Severity::Critical) + 1> severityNames; // "  HIGH  "
        for (size_t s = 0; s < severityNames.size(); ++s) {
            severityNames[s] = "  " + model::severityName(model::Severity(s)).toUpper().toStdString() + "  ";
        }
        const std::string suppressedText =
            (QStringLiteral("  [") + tr("suppressed") + QStringLiteral(": ")).toStdString();
        const bool listSuppressed = parser.isSet(showSuppressed);
        constexpr size_t kUnit = size_t(util::kMaxUtf8PerUnit);
        // Each line of a suggestion (split at '\n', empty lines included) as "    > line\n".
        const auto writeSuggestionLines = [](char* d, QStringView text) {
            qsizetype from = 0;
            for (;;) {
                const qsizetype nl = text.indexOf(u'\n', from);
                d = put(d, "    > "sv);
                d = util::writeTerminalSafeUtf8(d, text.sliced(from, (nl < 0 ? text.size() : nl) - from));
                *d++ = '\n';
                if (nl < 0) {
                    return d;
                }
                from = nl + 1;
            }
        };
        // Room for writeSuggestionLines(): every line adds "    > " and '\n' (at most one line per unit, plus one).
        const auto suggestionRoom = [](QStringView text) {
            const size_t n = size_t(text.size());
            return n * kUnit + (n + 1) * 7;
        };
        // "  HIGH  DKF-108 (DL3008)  message\n    fix: ...\n    > suggestion\n" (see FindingBlocks).
        FindingBlocks blocks;
        using Part = FindingBlocks::Part;
        const auto makeBlock = [&](FindingBlocks::Block& b) {
            const RuleText& rt = ruleTexts.get(b.ruleId, [&b] {
                const model::RuleInfo* rule = dockerfile::findDockerfileRule(b.ruleId);
                RuleText t;
                const QString dl = hadolintCode(rule);
                t.idAndCode = (dl.isEmpty() ? b.ruleId : QStringLiteral("%1 (%2)").arg(b.ruleId, dl)).toStdString();
                if (rule) {
                    t.remediation = QStringLiteral("    %1: %2\n")
                                        .arg(tr("fix"), QCoreApplication::translate("Rules", rule->remediation))
                                        .toStdString();
                }
                return t;
            });
            std::string& t = b.text;
            t += severityNames[size_t(b.severity)];
            t += rt.idAndCode;
            t += "  "sv;
            if (b.messagePart == Part::Shared) { // a rule's constant message: made terminal-safe once per block
                util::appendTerminalSafeUtf8(t, b.message);
            }
            b.messageAt = t.size();
            t += '\n';
            t += rt.remediation;
            if (b.suggestionPart == Part::Shared) {
                const size_t at = t.size();
                t.resize(at + suggestionRoom(b.suggestion));
                t.resize(size_t(writeSuggestionLines(t.data() + at, b.suggestion) - t.data()));
            }
            b.suggestionAt = t.size();
        };
        OutBuffer buf(256 * 1024);
        QString lastFile;
        std::string fileText; // terminalSafe(file)
        bool haveFile = false;
        out.flush();
        lintAll([&](const model::Findings& batch) {
            for (const model::Finding& f : batch) {
                if (f.suppressed) {
                    ++suppressed;
                    if (!listSuppressed) {
                        continue;
                    }
                } else {
                    ++active;
                }
                const FindingBlocks::Block& b = blocks.get(f, makeBlock);
                const QString& file = f.location.file;
                if (!haveFile || file.constData() != lastFile.constData() || file.size() != lastFile.size()) {
                    haveFile = true;
                    lastFile = file;
                    fileText.clear();
                    util::appendTerminalSafeUtf8(fileText, file);
                }
                // One check for room per finding.
                char* d = buf.room(
                    fileText.size() + 2 + 2 * kNumberRoom + b.text.size() +
                    (b.messagePart == Part::Hole ? size_t(f.message.size()) * kUnit : 0) +
                    (f.suppressed ? suppressedText.size() + size_t(f.suppressionReason.size()) * kUnit + 1 : 0) +
                    (b.suggestionPart == Part::Hole ? suggestionRoom(f.suggestion) : 0));
                d = put(d, fileText);
                if (f.location.line > 0) {
                    *d++ = ':';
                    d = putNumber(d, f.location.line);
                    *d++ = ':';
                    d = putNumber(d, f.location.column);
                }
                size_t from = 0;
                if (b.messagePart == Part::Hole) {
                    d = put(d, b.text, 0, b.messageAt);
                    d = util::writeTerminalSafeUtf8(d, f.message);
                    from = b.messageAt;
                }
                if (f.suppressed) {
                    d = put(d, b.text, from, b.messageAt);
                    d = put(d, suppressedText);
                    d = util::writeTerminalSafeUtf8(d, f.suppressionReason);
                    *d++ = ']';
                    from = b.messageAt;
                }
                if (b.suggestionPart == Part::Hole) {
                    d = put(d, b.text, from, b.suggestionAt);
                    d = writeSuggestionLines(d, f.suggestion);
                    from = b.suggestionAt;
                }
                d = put(d, b.text, from, b.text.size());
                buf.commit(d);
            }
        });
        buf.append(tr("%1 finding(s), %2 suppressed, in %3 path(s).")
                       .arg(active)
                       .arg(suppressed)
                       .arg(paths.size())
                       .toStdString());
        buf.append('\n');
        buf.flush();
        fflush(stdout);
    }
    out.flush();
    for (const QString& e : errors) {
        err << "bulkhead-cli lint: " << util::terminalSafe(e) << '\n';
    }
    if (!errors.isEmpty()) {
        return ExitCannotRun;
    }
    return failed ? ExitFindings : ExitOk;
}

} // namespace bulkhead::cli
