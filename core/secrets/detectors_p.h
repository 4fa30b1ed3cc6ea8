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

    // Calls onHit(keywordIndex, endOffset) for every occurrence (endOffset is one past the last byte).
    template<typename F> void scan(std::string_view text, F&& onHit) const
    {
        // States are numbered so that those with output come last, and transitions hold premultiplied row
        // offsets: one table load per byte and one compare, no multiply and no second table.
        const auto* p = reinterpret_cast<const unsigned char*>(text.data());
        const std::size_t n = text.size();
        const std::uint32_t* delta = m_delta.data();
        const std::uint8_t* cls = m_class.data();
        const std::uint32_t firstOutput = m_firstOutputRow;
        std::uint32_t s = 0;
        for (std::size_t i = 0; i < n; ++i) {
            s = delta[s + cls[p[i]]];
            if (s >= firstOutput) [[unlikely]] {
                const std::size_t state = s / m_classes;
                for (std::uint32_t k = m_outBegin[state]; k < m_outBegin[state + 1]; ++k) {
                    onHit(m_outputs[k], i + 1);
                }
            }
        }
    }

    std::size_t keywordLength(int index) const { return m_lengths[static_cast<std::size_t>(index)]; }

private:
    std::array<std::uint8_t, 256> m_class{};
    std::size_t m_classes = 1;
    std::vector<std::uint32_t> m_delta; // row offset (state * classes) of the next state
    std::uint32_t m_firstOutputRow = 0;
    std::vector<std::uint32_t> m_outBegin;
    std::vector<int> m_outputs;
    std::vector<std::size_t> m_lengths;
};

} // namespace bulkhead::secrets::detail
