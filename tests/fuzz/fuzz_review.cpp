// SPDX-License-Identifier: GPL-3.0-or-later
// The review file loader, and what is done with what it accepts: save and load again (the same bytes), the
// invariants of the loaded file (sorted, one decision per finding, every decision valid), set/clear/merge and
// matching a finding.
#include "core/review/review.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool ok, const char* what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_review: invariant broken: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace bulkhead;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto loaded = review::parseReview(bytes);
    if (!loaded.ok()) {
        check(!loaded.error().message.isEmpty(), "an error without a message");
        return 0;
    }
    const review::ReviewFile& file = loaded->file;
    for (size_t i = 0; i < file.decisions.size(); ++i) {
        const review::Decision& d = file.decisions[i];
        check(review::validateDecision(d, QString()).ok(), "an accepted decision does not validate");
        check(review::isDecisionId(d.decision), "an unknown decision was accepted");
        check(d.fingerprint.isEmpty() || review::isFingerprint(d.fingerprint), "a bad fingerprint was accepted");
        check(i == 0 || review::decisionKey(file.decisions[i - 1]) < review::decisionKey(d),
              "decisions not sorted or not unique");
        check(file.find(review::decisionKey(d)) == &d, "find() misses a decision");
    }

    // Save, load, save: the same bytes.
    const QByteArray saved = review::serializeReview(file);
    const auto again = review::parseReview(saved);
    check(again.ok(), "a saved review does not load");
    check(again->warnings.isEmpty(), "a saved review has duplicates");
    check(again->file.decisions.size() == file.decisions.size(), "decisions lost in a round trip");
    check(review::serializeReview(again->file) == saved, "a re-save is not byte-identical");

    // Merging a file into itself changes nothing; into an empty one copies it.
    review::ReviewFile copy = file;
    check(copy.merge(file) == 0, "merging a file into itself changed it");
    review::ReviewFile empty;
    check(empty.merge(file) == static_cast<int>(file.decisions.size()), "merge into an empty file lost decisions");
    check(review::serializeReview(empty).size() > 0, "empty serialisation");

    // Matching: a finding made from each decision finds one; clearing removes exactly one.
    for (const review::Decision& d : file.decisions) {
        model::Finding f;
        f.ruleId = d.ruleId;
        f.targetName = d.target;
        check(copy.match(f, d.fingerprint) != nullptr, "a decision does not match its own finding");
    }
    if (!copy.decisions.empty()) {
        const size_t before = copy.decisions.size();
        check(copy.clear(review::decisionKey(copy.decisions.front())), "clear() missed a decision");
        check(copy.decisions.size() == before - 1, "clear() removed more than one");
        review::Decision d = file.decisions.front();
        check(copy.set(d).ok(), "set() refused a loaded decision");
        check(copy.decisions.size() == before, "set() did not put it back");
    }
    return 0;
}
