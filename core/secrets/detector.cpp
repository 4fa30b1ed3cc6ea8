// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/detector.h"

#include "core/secrets/detectors_p.h"
#include "core/util/redact.h"

#include <QCoreApplication>

#include <re2/re2.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>
#include <mutex>

namespace bulkhead::secrets {

namespace detail {

// ---- Aho-Corasick -------------------------------------------------------------------------------------------

KeywordAutomaton::KeywordAutomaton(const std::vector<std::string>& keywords)
{
    auto fold = [](unsigned char c) -> unsigned char { return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c; };
    // Byte classes: one per distinct (folded) keyword byte, class 0 for every other byte. Keeps the table small
    // enough to stay in cache, which is what makes the scan run near memory speed.
    std::array<int, 256> classOf{};
    for (const std::string& k : keywords) {
        for (unsigned char c : k) {
            const unsigned char f = fold(c);
            if (classOf[f] == 0) {
                classOf[f] = static_cast<int>(m_classes++);
            }
        }
    }
    for (int b = 0; b < 256; ++b) {
        m_class[static_cast<std::size_t>(b)] = static_cast<std::uint8_t>(classOf[fold(static_cast<unsigned char>(b))]);
    }
    const std::size_t C = m_classes;

    // Trie with sparse edges: each state's children in a list sorted by class (the breadth-first order below visits
    // them by class). A dense table here would be filled, grown and copied for every state: most of the build.
    std::size_t maxStates = 1;
    for (const std::string& k : keywords) {
        maxStates += k.size();
    }
    std::vector<std::uint32_t> firstChild(maxStates, 0); // 0: none (the root is nobody's child)
    std::vector<std::uint32_t> nextSibling(maxStates, 0);
    std::vector<std::uint8_t> label(maxStates, 0); // class of the edge into the state
    std::vector<std::vector<int>> own(1);          // the keywords ending at each state
    std::vector<std::uint32_t> rootChild(C, 0);    // the root's edges also by class: most failure chains end there
    auto child = [&](std::size_t s, std::size_t cl) -> std::uint32_t {
        if (s == 0) {
            return rootChild[cl];
        }
        for (std::uint32_t t = firstChild[s]; t != 0; t = nextSibling[t]) {
            if (label[t] == cl) {
                return t;
            }
            if (label[t] > cl) {
                break;
            }
        }
        return 0;
    };
    for (std::size_t ki = 0; ki < keywords.size(); ++ki) {
        std::size_t s = 0;
        for (unsigned char c : keywords[ki]) {
            const std::size_t cl = m_class[c];
            std::uint32_t t = child(s, cl);
            if (t == 0) {
                t = static_cast<std::uint32_t>(own.size());
                own.emplace_back();
                label[t] = static_cast<std::uint8_t>(cl);
                // Into the sorted sibling list.
                std::uint32_t* link = &firstChild[s];
                while (*link != 0 && label[*link] < cl) {
                    link = &nextSibling[*link];
                }
                nextSibling[t] = *link;
                *link = t;
                if (s == 0) {
                    rootChild[cl] = t;
                }
            }
            s = t;
        }
        own[s].push_back(static_cast<int>(ki));
        m_lengths.push_back(keywords[ki].size());
        m_maxLength = std::max(m_maxLength, keywords[ki].size());
    }
    const std::size_t states = own.size();
    Q_ASSERT(states < 65535);
    if (states * C > 0xFFFF) {
        // The keyword table is fixed at build time; tst_detector constructs it, so this cannot reach a user.
        qFatal("secret detector: %zu keyword states x %zu byte classes do not fit 16-bit transitions", states, C);
    }

    // Breadth-first (children by class): failure links the classic way, following the parent's failure chain, and
    // whether a state has output (its own keywords or its failure state's).
    std::vector<std::uint32_t> fail(states, 0);
    std::vector<std::uint8_t> hasOutput(states, 0);
    std::vector<std::uint32_t> bfsOrder{0}; // states by depth: the shallow ones are where a scan spends its time
    bfsOrder.reserve(states);
    for (std::size_t q = 0; q < bfsOrder.size(); ++q) {
        const std::uint32_t s = bfsOrder[q];
        for (std::uint32_t t = firstChild[s]; t != 0; t = nextSibling[t]) {
            std::uint32_t f = 0;
            if (s != 0) {
                std::uint32_t g = fail[s];
                for (;;) {
                    f = child(g, label[t]);
                    if (f != 0 || g == 0) {
                        break;
                    }
                    g = fail[g];
                }
            }
            fail[t] = f;
            hasOutput[t] = (!own[t].empty() || hasOutput[f] != 0) ? 1 : 0;
            bfsOrder.push_back(t);
        }
    }

    // Renumber: states without output first (the root stays 0), then those with output, each group in breadth-first
    // order, so the rows of the shallow states the scan keeps returning to share cache lines.
    std::vector<std::uint32_t> newId(states);
    std::vector<std::uint32_t> byNewId;
    byNewId.reserve(states);
    for (int pass = 0; pass < 2; ++pass) {
        for (const std::uint32_t st : bfsOrder) {
            if ((hasOutput[st] != 0) == (pass == 1)) {
                newId[st] = static_cast<std::uint32_t>(byNewId.size());
                byNewId.push_back(st);
            }
        }
        if (pass == 0) {
            m_firstOutputRow = static_cast<std::uint32_t>(byNewId.size() * C);
        }
    }

    // The complete transition table, rows by new number, entries premultiplied row offsets: in breadth-first order
    // a state's row is its failure state's row (already complete, being shallower) with its own edges on top. The
    // root's row is its edges over zeros (back to the root). Outputs merge the same way: own, then inherited.
    // Left uninitialised but for the root's row: every other row is copied in before its edges are written.
    std::unique_ptr<std::uint16_t[]> table(new std::uint16_t[states * C]);
    std::fill_n(table.get(), C, std::uint16_t{0});
    std::vector<std::vector<int>> out(states);
    for (const std::uint32_t st : bfsOrder) {
        std::uint16_t* row = table.get() + std::size_t{newId[st]} * C;
        if (st != 0) {
            std::memcpy(row, table.get() + std::size_t{newId[fail[st]]} * C, C * sizeof(std::uint16_t));
            if (hasOutput[st] != 0) {
                out[st] = own[st];
                const std::vector<int>& inherited = out[fail[st]];
                out[st].insert(out[st].end(), inherited.begin(), inherited.end());
            }
        }
        for (std::uint32_t t = firstChild[st]; t != 0; t = nextSibling[t]) {
            row[label[t]] = static_cast<std::uint16_t>(newId[t] * C);
        }
    }
    m_outBegin.resize(states + 1);
    for (std::size_t id = 0; id < states; ++id) {
        m_outBegin[id] = static_cast<std::uint32_t>(m_outputs.size());
        const std::vector<int>& o = out[byNewId[id]];
        m_outputs.insert(m_outputs.end(), o.begin(), o.end());
    }
    m_outBegin[states] = static_cast<std::uint32_t>(m_outputs.size());
    m_delta = std::move(table);
    // A row offset is below 2^16 and m_classes at most 256, so floor(s * ceil(2^32 / C) / 2^32) == s / C.
    m_classReciprocal = ((std::uint64_t{1} << 32) + C - 1) / C;
}

std::size_t KeywordAutomaton::advance(const unsigned char* p, std::size_t i, std::size_t n, std::uint32_t* state) const
{
    const std::uint16_t* delta = m_delta.get();
    const std::uint8_t* cls = m_class.data();
    const std::uint32_t firstOutput = m_firstOutputRow;
    std::uint32_t s = *state;
    for (; i < n; ++i) {
        s = delta[s + cls[p[i]]];
        if (s >= firstOutput) [[unlikely]] {
            *state = s;
            return i + 1;
        }
    }
    *state = s;
    return n;
}

void KeywordAutomaton::advance4(const unsigned char* p,
                                const std::size_t* start,
                                std::size_t len,
                                std::uint32_t* state,
                                std::uint32_t* const* rec,
                                std::size_t* count) const
{
    const std::uint16_t* delta = m_delta.get();
    const std::uint8_t* cls = m_class.data();
    const std::uint32_t firstOutput = m_firstOutputRow;
    const unsigned char* q0 = p + start[0];
    const unsigned char* q1 = p + start[1];
    const unsigned char* q2 = p + start[2];
    const unsigned char* q3 = p + start[3];
    std::uint32_t* r0 = rec[0];
    std::uint32_t* r1 = rec[1];
    std::uint32_t* r2 = rec[2];
    std::uint32_t* r3 = rec[3];
    std::uint32_t s0 = state[0];
    std::uint32_t s1 = state[1];
    std::uint32_t s2 = state[2];
    std::uint32_t s3 = state[3];
    std::size_t k0 = count[0];
    std::size_t k1 = count[1];
    std::size_t k2 = count[2];
    std::size_t k3 = count[3];
    for (std::size_t j = 0; j < len; ++j) {
        s0 = delta[s0 + cls[q0[j]]];
        s1 = delta[s1 + cls[q1[j]]];
        s2 = delta[s2 + cls[q2[j]]];
        s3 = delta[s3 + cls[q3[j]]];
        // Shallow states have the low numbers (breadth-first), so the OR of four rows seldom reaches an output row
        // when none of them is one: one rarely taken branch per step instead of four records.
        if ((s0 | s1 | s2 | s3) >= firstOutput) [[unlikely]] {
            const auto tag = static_cast<std::uint32_t>(j << 16);
            r0[k0] = tag | s0;
            r1[k1] = tag | s1;
            r2[k2] = tag | s2;
            r3[k3] = tag | s3;
            k0 += s0 >= firstOutput ? 1 : 0;
            k1 += s1 >= firstOutput ? 1 : 0;
            k2 += s2 >= firstOutput ? 1 : 0;
            k3 += s3 >= firstOutput ? 1 : 0;
        }
    }
    state[0] = s0;
    state[1] = s1;
    state[2] = s2;
    state[3] = s3;
    count[0] = k0;
    count[1] = k1;
    count[2] = k2;
    count[3] = k3;
}

std::size_t KeywordAutomaton::advanceRecord(const unsigned char* p,
                                            std::size_t origin,
                                            std::size_t from,
                                            std::size_t to,
                                            std::uint32_t* state,
                                            std::uint32_t* rec,
                                            std::size_t count) const
{
    const std::uint16_t* delta = m_delta.get();
    const std::uint8_t* cls = m_class.data();
    std::uint32_t s = *state;
    for (std::size_t i = from; i < to; ++i) {
        s = delta[s + cls[p[i]]];
        rec[count] = static_cast<std::uint32_t>((i - origin) << 16) | s;
        count += s >= m_firstOutputRow ? 1 : 0;
    }
    *state = s;
    return count;
}

std::size_t KeywordAutomaton::advance2(const unsigned char* p,
                                       const unsigned char* q,
                                       std::size_t k,
                                       std::size_t end,
                                       std::uint32_t* a,
                                       std::uint32_t* b) const
{
    const std::uint16_t* delta = m_delta.get();
    const std::uint8_t* cls = m_class.data();
    const std::uint32_t firstOutput = m_firstOutputRow;
    std::uint32_t sa = *a;
    std::uint32_t sb = *b;
    for (; k < end; ++k) {
        sa = delta[sa + cls[p[k]]];
        sb = delta[sb + cls[q[k]]];
        if ((sa | sb) >= firstOutput) [[unlikely]] {
            if (sa >= firstOutput || sb >= firstOutput) {
                ++k;
                break;
            }
        }
    }
    *a = sa;
    *b = sb;
    return k;
}

} // namespace detail

namespace {

using detail::Check;
using detail::Detector;

bool isKeyByte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
           c == '-';
}

// The generic assignment patterns (SEC-091/092) are
//   KEYWORD [key bytes]{0,21} ["']? \s{0,4} (= | := | : | =>) \s{0,4} ["']? VALUE{min,}
// Unless that shape follows the keyword, their regex cannot match there, so no window is opened: prose and code
// mention "token" and "password" far more often than they assign a long value to one. The check accepts whatever
// the regex could match at this keyword and accept() could keep, so recall is unchanged.
struct GenericGate
{
    std::size_t minValue = 0; // VALUE{min,max}
    std::size_t maxValue = 0;
    bool (*valueByte)(unsigned char) = nullptr; // VALUE's byte class; null: only the assignment is checked
    double minEntropy = 0;                      // the detector's own acceptance checks (see accept())
    bool notIdentifier = false;
    std::array<bool, 256> isValueByte{}; // valueByte as a table: the value scan runs once per assignment
};

bool looksLikeIdentifierOrPath(std::string_view value);

bool passwordValueByte(unsigned char c) // [^\s"'`;,(){}\[\]<>$\\]
{
    switch (c) {
    case ' ':
    case '\t':
    case '\n':
    case '\f':
    case '\r':
    case '"':
    case '\'':
    case '`':
    case ';':
    case ',':
    case '(':
    case ')':
    case '{':
    case '}':
    case '[':
    case ']':
    case '<':
    case '>':
    case '$':
    case '\\':
        return false;
    default:
        return true;
    }
}

bool tokenValueByte(unsigned char c) // [A-Za-z0-9_\-+/=.~]
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
           c == '+' || c == '/' || c == '=' || c == '.' || c == '~';
}

GenericGate gateFor(const Detector& d)
{
    GenericGate g;
    if (qstrcmp(d.info.id, "SEC-091") == 0) {
        g = {8, 128, &passwordValueByte};
    } else if (qstrcmp(d.info.id, "SEC-092") == 0) {
        g = {16, 256, &tokenValueByte};
    } else {
        return g;
    }
    g.minEntropy = d.minEntropy;
    g.notIdentifier = d.check == Check::NotIdentifier;
    for (int c = 0; c < 256; ++c) {
        g.isValueByte[static_cast<std::size_t>(c)] = g.valueByte(static_cast<unsigned char>(c));
    }
    return g;
}

// The bytes looksLikeIdentifierOrPath() counts as neither digit nor symbol: letters and _ . -
bool identifierByte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '.' || c == '-';
}

bool isSpaceByte(unsigned char c) // RE2's \s: [\t\n\f\r ]
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

// Whether the value the regex takes when it starts looking at `i` (after at most four spaces and an optional quote:
// the longest run of value bytes, at most maxValue) is one accept() could keep: long enough, entropy, not code.
// Those are the checks accept() runs on the same bytes, so skipping the regex here loses nothing.
bool viableValueAt(const unsigned char* p, std::size_t n, std::size_t i, const GenericGate& gate)
{
    for (int k = 0; k < 4 && i < n && isSpaceByte(p[i]); ++k) {
        ++i;
    }
    if (i < n && (p[i] == '"' || p[i] == '\'')) {
        ++i;
    }
    std::size_t run = 0;
    bool onlyIdentifierBytes = true;
    while (run < gate.maxValue && i + run < n && gate.isValueByte[p[i + run]]) {
        onlyIdentifierBytes = onlyIdentifierBytes && identifierByte(p[i + run]);
        ++run;
    }
    if (run < gate.minValue) {
        return false;
    }
    // Letters and _ . - only: looksLikeIdentifierOrPath() says "identifier" whatever else it checks, so the value is
    // rejected below in any case; the entropy need not be computed.
    if (gate.notIdentifier && onlyIdentifierBytes) {
        return false;
    }
    const std::string_view value(reinterpret_cast<const char*>(p + i), run);
    if (gate.minEntropy > 0 && shannonEntropy(value) < gate.minEntropy) {
        return false;
    }
    return !gate.notIdentifier || !looksLikeIdentifierOrPath(value);
}

// SEC-054 (a kubeconfig user's token) is `user:\s*\r?\n\s+token:\s*["']?VALUE{20,}`: whitespace right before the
// keyword and a long value after it, or the regex cannot match at this keyword. "token:" alone is common in YAML.
bool kubeTokenFollows(std::string_view text, std::size_t start, std::size_t end)
{
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    if (start == 0 || !isSpaceByte(p[start - 1])) {
        return false;
    }
    std::size_t i = end;
    while (i < n && isSpaceByte(p[i])) {
        ++i;
    }
    if (i < n && (p[i] == '"' || p[i] == '\'')) {
        ++i;
    }
    std::size_t run = 0;
    while (run < 20 && i + run < n && (tokenValueByte(p[i + run]) || p[i + run] == '~')) {
        ++run;
    }
    return run == 20;
}

bool assignmentFollows(std::string_view text, std::size_t end, const GenericGate& gate)
{
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = end;
    const std::size_t suffixEnd = std::min(n, end + 21);
    while (i < suffixEnd && isKeyByte(p[i])) {
        ++i;
    }
    if (i < n && isKeyByte(p[i])) {
        return false; // a longer name than the pattern allows after this keyword
    }
    if (i < n && (p[i] == '"' || p[i] == '\'')) {
        ++i;
    }
    for (int k = 0; k < 4 && i < n && isSpaceByte(p[i]); ++k) {
        ++i;
    }
    if (i >= n || (p[i] != '=' && p[i] != ':')) {
        return false;
    }
    if (gate.valueByte == nullptr) {
        return true;
    }
    // The operator is one byte, or two (":=", "=>"): try the value after either, as the regex may.
    if (viableValueAt(p, n, i + 1, gate)) {
        return true;
    }
    return i + 1 < n && (p[i + 1] == '=' || p[i + 1] == '>') && viableValueAt(p, n, i + 2, gate);
}

constexpr std::size_t kBefore = 256;       // bytes before a keyword a pattern may start (key names, token prefixes)
constexpr std::size_t kKeywordPrefix = 10; // provider keywords are matched by this many bytes at most

struct Engine
{
    // Each detector's RE2 is compiled the first time a keyword hit hands it a window: compiling all 92 patterns
    // cost ~14 ms per process, more than linting 70 Dockerfiles, while most inputs reach none or a few of them.
    mutable std::vector<std::unique_ptr<re2::RE2>> regexes;
    std::unique_ptr<std::once_flag[]> compiled; // one per detector
    re2::RE2::Options options;
    std::vector<int> keywordDetector;      // keyword index -> detector index
    std::vector<std::size_t> keywordExtra; // bytes of the keyword past its matched prefix
    std::unique_ptr<detail::KeywordAutomaton> automaton;
    std::vector<model::RuleInfo> rules;
    std::vector<GenericGate> gates; // per detector (generic ones only)
    // Per detector: the matcher that stands in for its RE2 (nativematch.cpp), or null.
    std::vector<detail::NativeMatcher> native;
    int kubeToken = -1; // SEC-054's index

    Engine()
    {
        options.set_encoding(re2::RE2::Options::EncodingLatin1); // bytes in, no UTF-8 decoding surprises
        options.set_log_errors(false);
        options.set_max_mem(64 << 20);
        std::vector<std::string> keywords;
        const auto table = detail::detectors();
        regexes.resize(table.size());
        compiled = std::make_unique<std::once_flag[]>(table.size());
        for (std::size_t i = 0; i < table.size(); ++i) {
            const Detector& d = table[i];
            std::string_view kws(d.keywords);
            while (!kws.empty()) {
                const std::size_t bar = kws.find('|');
                std::string kw(kws.substr(0, bar));
                std::transform(kw.begin(), kw.end(), kw.begin(), [](char c) {
                    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
                });
                if (!kw.empty()) {
                    // Provider keywords are matched by their first kKeywordPrefix bytes only ("begin open" for
                    // "begin openssh private key"): fewer automaton states, a table that stays in cache. The window
                    // still reaches as far as the whole keyword would (keywordExtra). Generic keywords stay whole:
                    // their assignment check starts right after the keyword.
                    std::size_t extra = 0;
                    if (!d.generic && kw.size() > kKeywordPrefix) {
                        extra = kw.size() - kKeywordPrefix;
                        kw.resize(kKeywordPrefix);
                    }
                    keywords.push_back(std::move(kw));
                    keywordDetector.push_back(static_cast<int>(i));
                    keywordExtra.push_back(extra);
                }
                kws = bar == std::string_view::npos ? std::string_view() : kws.substr(bar + 1);
            }
            rules.push_back(d.info);
            gates.push_back(d.generic ? gateFor(d) : GenericGate{});
            native.push_back(d.generic ? nullptr : detail::nativeMatcher(d.pattern));
            if (qstrcmp(d.info.id, "SEC-054") == 0) {
                kubeToken = static_cast<int>(i);
            }
        }
        automaton = std::make_unique<detail::KeywordAutomaton>(keywords);
        for (const model::RuleInfo& r : detail::fileRules()) {
            rules.push_back(r);
        }
    }

    // Detector `i`'s regex, compiled on first use (thread-safe; RE2 objects are safe to share between threads).
    const re2::RE2& regex(std::size_t i) const
    {
        std::call_once(compiled[i],
                       [this, i] { regexes[i] = std::make_unique<re2::RE2>(detail::detectors()[i].pattern, options); });
        return *regexes[i];
    }
};

const Engine& engine()
{
    static const Engine e; // thread-safe initialisation; RE2 objects are safe to share between threads
    return e;
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
}

std::string lowered(std::string_view v)
{
    std::string s(v);
    std::transform(s.begin(), s.end(), s.begin(), lower);
    return s;
}

// Values that are documentation, templates or obvious dummies, whatever detector matched them.
bool isPlaceholder(std::string_view value)
{
    const std::string v = lowered(value);
    static constexpr std::string_view kContains[] = {
        "${",          "{{",
        "$(",          "<",
        ">",           "%(",
        "example",     "changeme",
        "change_me",   "change-me",
        "placeholder", "dummy",
        "redacted",    "your_",
        "your-",       "yourtoken",
        "yourkey",     "xxxxx",
        "*****",       "....",
        "sample",      "notreal",
        "not_real",    "not-a-real",
        "fake",        "insert_",
        "insert-",     "replace_me",
        "replaceme",   "todo",
        "fixme",       "123456789",
        "abcdefghij",  "0000000000",
        "secret_here", "token_here",
        "key_here",    "password_here",
    };
    for (std::string_view needle : kContains) {
        if (v.find(needle) != std::string::npos) {
            return true;
        }
    }
    static constexpr std::string_view kExact[] = {
        "password", "passw0rd",  "pass",  "secret", "token", "value",  "none",    "null",    "true",
        "false",    "undefined", "admin", "root",   "user",  "test",   "testing", "default", "string",
        "required", "optional",  "env",   "empty",  "unset", "hidden", "masked",
    };
    for (std::string_view exact : kExact) {
        if (v == exact) {
            return true;
        }
    }
    if (!v.empty() && (v.front() == '$' || v.front() == '%')) {
        return true; // $VAR, %VAR%: a reference, not a value
    }
    // Very few distinct bytes: "aaaaaaaa", "abababab", "--------".
    if (v.size() >= 8) {
        bool seen[256] = {};
        int distinct = 0;
        for (unsigned char c : v) {
            if (!seen[c]) {
                seen[c] = true;
                ++distinct;
            }
        }
        if (distinct <= 3) {
            return true;
        }
    }
    // Values published in provider documentation.
    static constexpr std::string_view kKnownExamples[] = {
        "ghp_16c7e42f292c6912e7710c838347ae178b4a",
        "eyjhbgcioijiuzi1niisinr5cci6ikpxvcj9."
        "eyjzdwiioiixmjm0nty3odkwiiwibmftzsi6ikpvag4grg9liiwiawf0ijoxnte2mjm5mdiyfq."
        "sflkxwrjsmekkf2qt4fwpmejf36pok6yjv_adqssw5c",
        "sk_test_4ec39hqlyjwdarjtt1zdp7dc",
    };
    for (std::string_view known : kKnownExamples) {
        if (v == known) {
            return true;
        }
    }
    return false;
}

bool endsWith(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Generic assignments: reject values that are code or configuration references rather than secrets.
bool looksLikeIdentifierOrPath(std::string_view value)
{
    const std::string v = lowered(value);
    if (v.starts_with('/') || v.starts_with("./") || v.starts_with("../") || v.starts_with("~/") ||
        v.starts_with("file:") || v.starts_with("http")) {
        return true;
    }
    static constexpr std::string_view kExtensions[] = {".txt",
                                                       ".json",
                                                       ".yml",
                                                       ".yaml",
                                                       ".pem",
                                                       ".key",
                                                       ".crt",
                                                       ".conf",
                                                       ".cfg",
                                                       ".env",
                                                       ".ini",
                                                       ".xml",
                                                       ".properties",
                                                       ".secret",
                                                       ".gpg",
                                                       ".asc",
                                                       ".p12",
                                                       ".jks"};
    for (std::string_view ext : kExtensions) {
        if (endsWith(v, ext)) {
            return true;
        }
    }
    bool digit = false;
    bool symbol = false;
    bool upper = false;
    bool lowerCase = false;
    for (char c : value) {
        if (c >= '0' && c <= '9') {
            digit = true;
        } else if (c >= 'A' && c <= 'Z') {
            upper = true;
        } else if (c >= 'a' && c <= 'z') {
            lowerCase = true;
        } else if (c != '_' && c != '.' && c != '-') {
            symbol = true;
        }
    }
    // Letters with _ . - only: an identifier, a dotted name, a word ("get_password", "self.token", "MY_SECRET").
    if (!digit && !symbol) {
        return true;
    }
    // Digits but a single letter case and dotted/underscored words: "config.v2.token_name".
    (void)upper;
    (void)lowerCase;
    return false;
}

bool isBase64Char(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/' ||
           c == '=';
}

bool pemBodyLooksReal(std::string_view body)
{
    // Strip header lines ("Proc-Type: ...") and escaped newlines; count base64 bytes.
    std::size_t base64 = 0;
    std::size_t other = 0;
    for (std::size_t i = 0; i < body.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(body[i]);
        if (c == '\\' && i + 1 < body.size() && (body[i + 1] == 'n' || body[i + 1] == 'r')) {
            ++i;
            continue;
        }
        if (isBase64Char(c)) {
            ++base64;
        } else if (c != '\n' && c != '\r' && c != ' ' && c != '\t' && c != ':' && c != ',' && c != '-') {
            ++other;
        }
    }
    return base64 >= 64 && other * 20 <= base64;
}

int decodeBase64Char(unsigned char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

// Docker's "auth" is base64("user:password").
bool isBase64UserPass(std::string_view value)
{
    std::string decoded;
    unsigned int buffer = 0;
    int bits = 0;
    for (unsigned char c : value) {
        if (c == '=') {
            break;
        }
        const int v = decodeBase64Char(c);
        if (v < 0) {
            return false;
        }
        buffer = (buffer << 6) | static_cast<unsigned int>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            decoded.push_back(static_cast<char>((buffer >> bits) & 0xFF));
        }
    }
    const std::size_t colon = decoded.find(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 >= decoded.size()) {
        return false;
    }
    for (unsigned char c : decoded) {
        if (c < 0x20 || c == 0x7f) {
            return false;
        }
    }
    return !isPlaceholder(std::string_view(decoded).substr(colon + 1));
}

struct Match
{
    int detector;
    std::size_t begin; // of the value
    std::size_t end;
    double confidence;
};

bool accept(const Detector& d, std::string_view value, double* confidence)
{
    if (value.size() < 6) {
        return false;
    }
    if (d.check == Check::PemBody) {
        *confidence = d.confidence;
        return pemBodyLooksReal(value);
    }
    if (isPlaceholder(value)) {
        return false;
    }
    const double entropy = shannonEntropy(value);
    if (d.minEntropy > 0 && entropy < d.minEntropy) {
        return false;
    }
    if (d.check == Check::Base64UserPass && !isBase64UserPass(value)) {
        return false;
    }
    if (d.check == Check::NotIdentifier && looksLikeIdentifierOrPath(value)) {
        return false;
    }
    double c = d.confidence;
    if (d.generic) {
        c = std::min(0.85, c + (entropy - d.minEntropy) * 0.1);
    }
    *confidence = c;
    return true;
}

// "KEY=" / "key: " right before the value on the same line, for evidence people can place.
QString keyBefore(std::string_view text, std::size_t valueBegin)
{
    std::size_t i = valueBegin;
    const std::size_t floor = valueBegin > 80 ? valueBegin - 80 : 0;
    auto skip = [&](auto pred) {
        while (i > floor && pred(text[i - 1])) {
            --i;
        }
    };
    skip([](char c) { return c == '"' || c == '\'' || c == ' ' || c == '\t'; });
    if (i == floor || (text[i - 1] != '=' && text[i - 1] != ':')) {
        return {};
    }
    --i;
    skip([](char c) { return c == '"' || c == '\'' || c == ' ' || c == '\t' || c == ':'; });
    const std::size_t keyEnd = i;
    skip([](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
               c == '.';
    });
    if (i == keyEnd) {
        return {};
    }
    return QString::fromLatin1(text.data() + i, static_cast<qsizetype>(keyEnd - i));
}

} // namespace

QStringList detail::brokenPatterns()
{
    QStringList out;
    const Engine& e = engine();
    const auto table = detail::detectors();
    for (std::size_t i = 0; i < table.size(); ++i) {
        const re2::RE2& re = e.regex(i);
        if (!re.ok()) {
            out << QStringLiteral("%1: %2").arg(QLatin1String(table[i].info.id), QString::fromStdString(re.error()));
        }
    }
    return out;
}

std::span<const model::RuleInfo> secretRules()
{
    return engine().rules;
}

double shannonEntropy(std::string_view value)
{
    if (value.empty()) {
        return 0.0;
    }
    std::array<std::uint32_t, 256> counts{};
    unsigned char lo = 255;
    unsigned char hi = 0;
    for (unsigned char c : value) {
        ++counts[c];
        lo = std::min(lo, c);
        hi = std::max(hi, c);
    }
    // Summed in byte order as always (the result meets thresholds and becomes the confidence shown), but only over
    // the range of bytes present: values are mostly alphanumeric, a third of the table.
    double h = 0.0;
    const double n = static_cast<double>(value.size());
    for (unsigned b = lo; b <= hi; ++b) {
        if (const std::uint32_t count = counts[b]) {
            const double p = count / n;
            h -= p * std::log2(p);
        }
    }
    return h;
}

bool looksBinary(std::string_view head)
{
    const std::size_t n = std::min<std::size_t>(head.size(), 8192);
    if (n == 0) {
        return false;
    }
    if (std::memchr(head.data(), 0, n) != nullptr) {
        return true;
    }
    std::size_t control = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const unsigned char c = static_cast<unsigned char>(head[i]);
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1b) {
            ++control;
        }
    }
    return control * 10 > n;
}

namespace {

// '\n' bytes in p[0..n): 16 at a time where SSE2 is there (every x86-64), which matters for files with findings
// near their end (the count runs from the start of the text).
std::size_t countNewlines(const char* p, std::size_t n)
{
    std::size_t count = 0;
    std::size_t i = 0;
#if defined(__SSE2__)
    // Per-byte counters (a match is -1, subtracted), summed with psadbw before any can overflow.
    const __m128i nl = _mm_set1_epi8('\n');
    const __m128i zero = _mm_setzero_si128();
    auto total = [&](__m128i bytes) {
        const __m128i sums = _mm_sad_epu8(bytes, zero);
        return static_cast<std::size_t>(_mm_cvtsi128_si64(sums)) +
               static_cast<std::size_t>(_mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums)));
    };
    __m128i acc = zero;
    int steps = 0;
    for (; i + 16 <= n; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
        acc = _mm_sub_epi8(acc, _mm_cmpeq_epi8(v, nl));
        if (++steps == 255) {
            count += total(acc);
            acc = zero;
            steps = 0;
        }
    }
    count += total(acc);
#endif
    for (; i < n; ++i) {
        count += p[i] == '\n' ? 1 : 0;
    }
    return count;
}

// Per-thread scratch, so scanning many small texts (environment values, layer files) allocates nothing per call.
struct Scratch
{
    std::vector<std::vector<std::pair<std::size_t, std::size_t>>> windows; // per detector
    std::vector<int> used;                                                 // detectors with windows
    std::vector<Match> matches;
};

} // namespace

model::Findings scanText(std::string_view text, const ScanContext& context)
{
    model::Findings findings;
    if (text.empty()) {
        return findings;
    }
    const Engine& e = engine();
    const auto table = detail::detectors();

    // Stage 1: keyword hits become one window list per detector; windows that touch are merged, so every byte is
    // handed to a given detector's regex at most once. Hits arrive by end position, so each list grows in order (a
    // longer keyword ending later may start a little earlier: the merge takes the smaller start).
    thread_local Scratch scratch;
    auto& windows = scratch.windows;
    if (windows.size() != table.size()) {
        windows.assign(table.size(), {});
    }
    for (int di : scratch.used) {
        windows[static_cast<std::size_t>(di)].clear();
    }
    scratch.used.clear();
    const std::size_t n = text.size();
    e.automaton->scan(text, [&](int keyword, std::size_t end) {
        const int di = e.keywordDetector[static_cast<std::size_t>(keyword)];
        const Detector& d = table[static_cast<std::size_t>(di)];
        const std::size_t start = end - e.automaton->keywordLength(keyword);
        auto& list = windows[static_cast<std::size_t>(di)];
        if (d.generic) {
            // The generic patterns begin with their keyword: one anchored match at each keyword that an assignment
            // follows, instead of an unanchored search through a window around it.
            if (assignmentFollows(text, end, e.gates[static_cast<std::size_t>(di)])) {
                if (list.empty()) {
                    scratch.used.push_back(di);
                }
                list.emplace_back(start, std::min(n, end + static_cast<std::size_t>(d.after)));
            }
            return;
        }
        if (di == e.kubeToken && !kubeTokenFollows(text, start, end)) {
            return;
        }
        const std::size_t from = start > kBefore ? start - kBefore : 0;
        const std::size_t to =
            std::min(n, end + e.keywordExtra[static_cast<std::size_t>(keyword)] + static_cast<std::size_t>(d.after));
        if (list.empty()) {
            scratch.used.push_back(di);
            list.emplace_back(from, to);
        } else if (from <= list.back().second) {
            list.back().first = std::min(list.back().first, from);
            list.back().second = std::max(list.back().second, to);
        } else {
            list.emplace_back(from, to);
        }
    });
    std::sort(scratch.used.begin(), scratch.used.end()); // detectors in table order, as before

    // Stage 2: the detector's RE2 on its windows only.
    std::vector<Match>& matches = scratch.matches;
    matches.clear();
    const re2::StringPiece whole(text.data(), text.size());
    for (const int usedDetector : scratch.used) {
        const std::size_t di = static_cast<std::size_t>(usedDetector);
        if (const detail::NativeMatcher native = e.native[di]) {
            // The same loop as the RE2 one below, with the matcher that gives RE2's answers without compiling it.
            for (const auto& [from, to] : windows[di]) {
                std::size_t pos = from;
                detail::NativeMatch m{};
                while (pos < to && native(text, pos, to, &m)) {
                    double confidence = 0;
                    const std::string_view value = text.substr(m.valueBegin, m.valueEnd - m.valueBegin);
                    if (accept(table[di], value, &confidence)) {
                        matches.push_back({static_cast<int>(di), m.valueBegin, m.valueEnd, confidence});
                    }
                    pos = m.end > pos ? m.end : pos + 1;
                }
            }
            continue;
        }
        const re2::RE2& re = e.regex(di);
        if (!re.ok()) {
            continue;
        }
        if (table[di].generic) {
            // Keywords inside a match already found ("password=password=...") start no search of their own, as
            // an unanchored search would resume after the match.
            std::size_t matchedTo = 0;
            for (const auto& [start, to] : windows[di]) {
                re2::StringPiece groups[2];
                if (start < matchedTo) {
                    continue;
                }
                if (re.Match(whole, start, to, re2::RE2::ANCHOR_START, groups, 2) && groups[1].data()) {
                    // The value ends the pattern: cutting it (and the match) at maxValue is what a bounded
                    // repetition would have matched.
                    const std::size_t maxValue = static_cast<std::size_t>(table[di].maxValue);
                    if (maxValue > 0 && groups[1].size() > maxValue) {
                        groups[1] = re2::StringPiece(groups[1].data(), maxValue);
                        groups[0] = re2::StringPiece(
                            groups[0].data(), static_cast<std::size_t>(groups[1].data() + maxValue - groups[0].data()));
                    }
                    matchedTo = static_cast<std::size_t>(groups[0].data() + groups[0].size() - text.data());
                    const std::size_t vb = static_cast<std::size_t>(groups[1].data() - text.data());
                    double confidence = 0;
                    if (accept(table[di], std::string_view(groups[1].data(), groups[1].size()), &confidence)) {
                        matches.push_back({static_cast<int>(di), vb, vb + groups[1].size(), confidence});
                    }
                }
            }
            continue;
        }
        for (const auto& [from, to] : windows[di]) {
            std::size_t pos = from;
            re2::StringPiece groups[2];
            while (pos < to && re.Match(whole, pos, to, re2::RE2::UNANCHORED, groups, 2)) {
                const re2::StringPiece& value = groups[1].data() ? groups[1] : groups[0];
                const std::size_t vb = static_cast<std::size_t>(value.data() - text.data());
                double confidence = 0;
                if (accept(table[di], std::string_view(value.data(), value.size()), &confidence)) {
                    matches.push_back({static_cast<int>(di), vb, vb + value.size(), confidence});
                }
                const std::size_t next = static_cast<std::size_t>(groups[0].data() + groups[0].size() - text.data());
                pos = next > pos ? next : pos + 1;
            }
        }
    }
    if (matches.empty()) {
        return findings;
    }

    // One finding per value: a provider detector wins over a generic one, then the longer match.
    std::sort(matches.begin(), matches.end(), [&](const Match& a, const Match& b) {
        if (a.begin != b.begin)
            return a.begin < b.begin;
        return a.end > b.end;
    });
    std::vector<Match> kept;
    for (const Match& m : matches) {
        if (!kept.empty() && m.begin < kept.back().end) {
            Match& prev = kept.back();
            const bool prevGeneric = table[static_cast<std::size_t>(prev.detector)].generic;
            const bool curGeneric = table[static_cast<std::size_t>(m.detector)].generic;
            if (prevGeneric && !curGeneric) {
                prev = m;
            }
            continue;
        }
        kept.push_back(m);
    }

    // Findings, with line and column counted incrementally.
    int line = std::max(1, context.location.line);
    std::size_t lineStart = 0;
    std::size_t counted = 0;
    for (const Match& m : kept) {
        const Detector& d = table[static_cast<std::size_t>(m.detector)];
        model::Finding f;
        f.ruleId = QString::fromLatin1(d.info.id);
        f.severity = d.info.severity;
        f.category = model::Category::Secrets;
        f.targetKind = context.targetKind;
        f.targetId = context.targetId;
        f.targetName = context.targetName;
        f.message = context.messagePrefix + QCoreApplication::translate("Rules", d.info.title);
        const std::string_view value = text.substr(m.begin, m.end - m.begin);
        const QString key = keyBefore(text, m.begin);
        const QString redacted = util::redactSecret(value);
        f.evidence = key.isEmpty() ? redacted : key + u'=' + redacted;
        f.location = context.location;
        if (context.countLines) {
            if (m.begin > counted) {
                const std::size_t newlines = countNewlines(text.data() + counted, m.begin - counted);
                if (newlines > 0) {
                    line += static_cast<int>(newlines);
                    lineStart = counted + text.substr(counted, m.begin - counted).rfind('\n') + 1;
                }
                counted = m.begin;
            }
            f.location.line = line;
            f.location.column = static_cast<int>(m.begin - lineStart) + 1;
        }
        f.confidence = m.confidence;
        findings.push_back(std::move(f));
    }
    return findings;
}

QString sensitiveFileKind(QStringView path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    const QStringView name = slash >= 0 ? path.mid(slash + 1) : path;
    const QString lowerName = name.toString().toLower();
    const QString lowerPath = path.toString().toLower();
    auto tr = [](const char* s) { return QCoreApplication::translate("Rules", s); };

    static const char* const kSshKeys[] = {
        "id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", "id_ecdsa_sk", "id_ed25519_sk"};
    for (const char* k : kSshKeys) {
        if (lowerName == QLatin1String(k)) {
            return tr(QT_TRANSLATE_NOOP("Rules", "SSH private key"));
        }
    }
    if (lowerName == QLatin1String(".env") ||
        (lowerName.startsWith(QLatin1String(".env.")) && !lowerName.endsWith(QLatin1String(".example")) &&
         !lowerName.endsWith(QLatin1String(".sample")) && !lowerName.endsWith(QLatin1String(".template")) &&
         !lowerName.endsWith(QLatin1String(".dist")))) {
        return tr(QT_TRANSLATE_NOOP("Rules", "dotenv file"));
    }
    if (lowerName == QLatin1String(".npmrc")) {
        return tr(QT_TRANSLATE_NOOP("Rules", "npm configuration with credentials"));
    }
    if (lowerName == QLatin1String(".pypirc")) {
        return tr(QT_TRANSLATE_NOOP("Rules", "PyPI configuration with credentials"));
    }
    if (lowerPath.endsWith(QLatin1String(".docker/config.json")) || lowerName == QLatin1String(".dockercfg")) {
        return tr(QT_TRANSLATE_NOOP("Rules", "Docker registry credentials"));
    }
    if (lowerPath.endsWith(QLatin1String(".aws/credentials"))) {
        return tr(QT_TRANSLATE_NOOP("Rules", "AWS credentials file"));
    }
    if (lowerName == QLatin1String(".git-credentials")) {
        return tr(QT_TRANSLATE_NOOP("Rules", "Git credentials store"));
    }
    if (lowerName == QLatin1String(".pgpass")) {
        return tr(QT_TRANSLATE_NOOP("Rules", "PostgreSQL password file"));
    }
    if (lowerName == QLatin1String(".netrc") || lowerName == QLatin1String("_netrc")) {
        return tr(QT_TRANSLATE_NOOP("Rules", "netrc credentials"));
    }
    if (lowerPath.endsWith(QLatin1String(".kube/config")) || lowerName == QLatin1String("kubeconfig") ||
        lowerName.endsWith(QLatin1String(".kubeconfig"))) {
        return tr(QT_TRANSLATE_NOOP("Rules", "Kubernetes kubeconfig"));
    }
    if (lowerName == QLatin1String(".vault-token") || lowerName == QLatin1String(".htpasswd") ||
        lowerName == QLatin1String("secring.gpg") || lowerPath.contains(QLatin1String(".gnupg/private-keys-v1.d/"))) {
        return tr(QT_TRANSLATE_NOOP("Rules", "credential store"));
    }
    // Key material by extension. CA bundles and certificates are public: their folders are not flagged.
    static const char* const kCertDirs[] = {"etc/ssl/certs/",
                                            "usr/share/ca-certificates/",
                                            "etc/pki/",
                                            "usr/local/share/ca-certificates/",
                                            "usr/share/doc/",
                                            "python3/dist-packages/certifi/",
                                            "site-packages/certifi/",
                                            "usr/lib/ssl/certs/"};
    for (const char* dir : kCertDirs) {
        if (lowerPath.contains(QLatin1String(dir))) {
            return {};
        }
    }
    if (lowerName.endsWith(QLatin1String(".pem")) || lowerName.endsWith(QLatin1String(".key"))) {
        if (lowerName.contains(QLatin1String("cert")) || lowerName.contains(QLatin1String("chain")) ||
            lowerName.contains(QLatin1String("pub")) || lowerName.startsWith(QLatin1String("ca"))) {
            return {};
        }
        return tr(QT_TRANSLATE_NOOP("Rules", "private key file"));
    }
    if (lowerName.endsWith(QLatin1String(".p12")) || lowerName.endsWith(QLatin1String(".pfx")) ||
        lowerName.endsWith(QLatin1String(".jks")) || lowerName.endsWith(QLatin1String(".keystore"))) {
        return tr(QT_TRANSLATE_NOOP("Rules", "key store"));
    }
    return {};
}

} // namespace bulkhead::secrets
