// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private: the detector table and the keyword automaton. Not part of the library's API.

#include "core/model/finding.h"

#include <QStringList>

#include <array>
#include <cstdint>
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
};

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
    std::size_t m_maxLength = 1;

    std::array<std::uint8_t, 256> m_class{};
    std::size_t m_classes = 1;
    std::uint64_t m_classReciprocal = 0; // ceil(2^32 / m_classes): exact division of a 16-bit row offset
    std::vector<std::uint16_t> m_delta;  // row offset (state * classes) of the next state: 16 bits keep it in cache
    std::uint32_t m_firstOutputRow = 0;
    std::vector<std::uint32_t> m_outBegin;
    std::vector<int> m_outputs;
    std::vector<std::size_t> m_lengths;
};

} // namespace bulkhead::secrets::detail
