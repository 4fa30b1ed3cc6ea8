// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private: the detector table and the keyword automaton. Not part of the library's API.

#include "core/model/finding.h"

#include <QStringList>

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace bulkhead::secrets::detail {

// Extra validation a regex cannot express.
enum class Check : std::uint8_t
{
    None,
    Base64UserPass, // the value is base64 of "user:password" (docker config "auth")
    PemBody,        // a PEM/PuTTY body: enough base64 to be a real key, not "..." or "<your key>"
    NotIdentifier,  // generic assignments: the value must not look like code (an identifier, a path, a call)
};

// One content detector: data only. Group 1 of `pattern` is the secret value.
struct Detector
{
    model::RuleInfo info;
    const char* keywords; // '|' separated, case-insensitive; the pattern only runs near one of these
    const char* pattern;  // RE2 syntax, run over Latin-1 bytes
    double minEntropy;    // bits per byte of the value; 0: no gate
    double confidence;    // for a match that passes every gate
    Check check;
    bool generic; // a lower-priority catch-all: loses to a provider detector on the same value
    int after;    // bytes after the keyword the pattern may still need (long PEM bodies)
    // Generic detectors: the most bytes of the value (group 1, the pattern's last element) a match keeps, 0 for no
    // bound. The pattern says `{8,}` and the engine cuts the value here, which is what `{8,128}` matched: RE2 builds
    // a state per counted repetition, and the bounded forms cost ~28 M instructions to compile and warm up per
    // process (more than linting 300 Dockerfiles).
    int maxValue = 0;
};

// Detectors matched without RE2 (nativematch.cpp): their patterns, which the detector table uses, and the matchers.
inline constexpr const char* kAwsAccessKeyIdPattern = R"re(\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})\b)re";
inline constexpr const char* kUrlPasswordPattern =
    R"re((?i)\b(?:https?|ftps?|git|ssh|svn|smb|ldaps?)://[^\s:/@'"<>]{1,64}:([^\s/@'"<>]{3,128})@[A-Za-z0-9.\-_\[\]])re";
inline constexpr const char* kDatabaseUriPasswordPattern =
    R"re((?i)\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|clickhouse|cockroachdb|couchdb|neo4j(?:\+s)?)://[^\s:/@'"<>]{0,64}:([^\s/@'"<>]{3,128})@[A-Za-z0-9.\-_\[\]])re";

// A match: the whole of it and group 1, as offsets into the text.
struct NativeMatch
{
    std::size_t begin;
    std::size_t end;
    std::size_t valueBegin;
    std::size_t valueEnd;
};
// What RE2::Match(text, pos, to, UNANCHORED, groups, 2) finds for the pattern with the engine's options (Latin-1).
using NativeMatcher = bool (*)(std::string_view text, std::size_t pos, std::size_t to, NativeMatch* match);
// The matcher for `pattern` (compared by text), or null: that pattern runs on RE2.
NativeMatcher nativeMatcher(const char* pattern);

std::span<const Detector> detectors();
std::span<const model::RuleInfo> fileRules(); // SEC-100 ...

// Detectors whose pattern RE2 rejects, with RE2's error ("SEC-007: missing )"). Empty in a correct build.
QStringList brokenPatterns();

// Aho-Corasick over bytes with ASCII case folding, compiled to a full DFA over byte classes.
class KeywordAutomaton
{
public:
    explicit KeywordAutomaton(const std::vector<std::string>& keywords);

    // Calls onHit(keywordIndex, endOffset) for every occurrence (endOffset is one past the last byte), by end.
    template<typename F> void scan(std::string_view text, F&& onHit) const
    {
        const auto* p = reinterpret_cast<const unsigned char*>(text.data());
        const std::size_t n = text.size();
        auto outputs = [&](std::uint32_t s, std::size_t end, auto&& sink) {
            const std::size_t state = (std::uint64_t{s} * m_classReciprocal) >> 32; // s / m_classes, no divide
            for (std::uint32_t k = m_outBegin[state]; k < m_outBegin[state + 1]; ++k) {
                sink(m_outputs[k], end);
            }
        };
        // Runs one stream from state s over p[i..end), handing hits to sink.
        auto single = [&](std::size_t i, std::size_t end, std::uint32_t s, auto&& sink) {
            while (i < end) {
                i = advance(p, i, end, &s);
                if (s < m_firstOutputRow) {
                    break; // the end, without a keyword on its last byte
                }
                outputs(s, i, sink);
            }
        };
        if (n >= kFourStreams) {
            scanFour(p, n, [&](std::uint32_t row, std::size_t end) { outputs(row, end, onHit); });
            return;
        }
        if (n < kTwoStreams) {
            single(0, n, 0, onHit);
            return;
        }
        // Large texts: two halves at once, so the CPU overlaps two chains of dependent table loads. The second half
        // starts a keyword's length early (its hits ending inside the first half are the first stream's) and its
        // hits are handed on after the first half's, so they still arrive in order.
        const std::size_t mid = n / 2;
        const std::size_t offset = mid - (m_maxLength - 1);
        std::vector<std::pair<int, std::size_t>> late;
        auto keepLate = [&](int keyword, std::size_t end) {
            if (end > mid) {
                late.emplace_back(keyword, end);
            }
        };
        std::uint32_t a = 0;
        std::uint32_t b = 0;
        for (std::size_t k = 0; k < mid;) {
            k = advance2(p, p + offset, k, mid, &a, &b);
            if (a >= m_firstOutputRow) {
                outputs(a, k, onHit);
            }
            if (b >= m_firstOutputRow) {
                outputs(b, k + offset, keepLate);
            }
        }
        single(mid + offset, n, b, keepLate);
        for (const auto& [keyword, end] : late) {
            onHit(keyword, end);
        }
    }

    std::size_t keywordLength(int index) const { return m_lengths[static_cast<std::size_t>(index)]; }

private:
    // Large texts, piece by piece (kSegment * 4 bytes): four streams at once, one per quarter, so that the CPU
    // overlaps four chains of dependent table loads. Each stream but the text's first starts a keyword's length
    // early from the root (so it reaches the state a single scan would have at its quarter's start) and drops the
    // hits that end before its quarter, which are the previous stream's. The streams record every byte that enters
    // a state with output without a branch (advance4); the records are then handed on stream by stream, so hits
    // still arrive by end, in the automaton's order.
    template<typename H> void scanFour(const unsigned char* p, std::size_t n, H&& hits) const
    {
        const std::size_t warm = m_maxLength - 1;
        const std::size_t room = kSegment + warm + 1;
        const std::unique_ptr<std::uint32_t[]> records(new std::uint32_t[4 * room]);
        for (std::size_t piece = 0; piece < n; piece += 4 * kSegment) {
            const std::size_t len = std::min(n - piece, 4 * kSegment);
            const std::size_t quarter = (len + 3) / 4;
            std::array<std::size_t, 5> bound{};
            for (std::size_t k = 0; k < 5; ++k) {
                bound[k] = piece + std::min(len, k * quarter);
            }
            std::array<std::size_t, 4> start{};
            std::array<std::uint32_t, 4> state{};
            std::array<std::uint32_t*, 4> rec{};
            std::array<std::size_t, 4> count{};
            std::size_t common = SIZE_MAX;
            for (std::size_t k = 0; k < 4; ++k) {
                start[k] = bound[k] > warm ? bound[k] - warm : 0;
                rec[k] = records.get() + k * room;
                common = std::min(common, bound[k + 1] - start[k]);
            }
            advance4(p, start.data(), common, state.data(), rec.data(), count.data());
            for (std::size_t k = 0; k < 4; ++k) {
                count[k] = advanceRecord(p, start[k], start[k] + common, bound[k + 1], &state[k], rec[k], count[k]);
            }
            for (std::size_t k = 0; k < 4; ++k) {
                for (std::size_t r = 0; r < count[k]; ++r) {
                    const std::size_t end = start[k] + (rec[k][r] >> 16) + 1;
                    if (end > bound[k] || bound[k] == 0) {
                        hits(rec[k][r] & 0xFFFFu, end);
                    }
                }
            }
        }
    }

    // Four streams q[k][0..len) from state[k]: every byte j that enters a state with output is recorded in rec[k]
    // as (j << 16 | row), count[k] of them. No branch on the text.
    void advance4(const unsigned char* p,
                  const std::size_t* start,
                  std::size_t len,
                  std::uint32_t* state,
                  std::uint32_t* const* rec,
                  std::size_t* count) const;
    // The same for one stream over p[from..to), offsets from `origin`; returns the new count.
    std::size_t advanceRecord(const unsigned char* p,
                              std::size_t origin,
                              std::size_t from,
                              std::size_t to,
                              std::uint32_t* state,
                              std::uint32_t* rec,
                              std::size_t count) const;

    // The hot loop, out of line so that nothing of the caller's keeps its registers: runs from state *state over
    // p[i..n) and stops after the first byte that enters a state with output. Returns the offset after that byte,
    // or n. States are numbered so that those with output come last, and transitions hold premultiplied row
    // offsets: one table load per byte and one compare.
    std::size_t advance(const unsigned char* p, std::size_t i, std::size_t n, std::uint32_t* state) const;
    // The same for two streams p[k..] and q[k..] at once; stops after a byte that takes either into an output state.
    std::size_t advance2(const unsigned char* p,
                         const unsigned char* q,
                         std::size_t k,
                         std::size_t end,
                         std::uint32_t* a,
                         std::uint32_t* b) const;

    static constexpr std::size_t kTwoStreams = 16384;
    static constexpr std::size_t kFourStreams = 65536;
    static constexpr std::size_t kSegment = 16384; // bytes per stream and piece: offsets fit in 16 bits
    std::size_t m_maxLength = 1;

    std::array<std::uint8_t, 256> m_class{};
    std::size_t m_classes = 1;
    std::uint64_t m_classReciprocal = 0; // ceil(2^32 / m_classes): exact division of a 16-bit row offset
    std::unique_ptr<std::uint16_t[]>
        m_delta; // row offset (state * classes) of the next state: 16 bits keep it in cache
    std::uint32_t m_firstOutputRow = 0;
    std::vector<std::uint32_t> m_outBegin;
    std::vector<int> m_outputs;
    std::vector<std::size_t> m_lengths;
};

} // namespace bulkhead::secrets::detail
