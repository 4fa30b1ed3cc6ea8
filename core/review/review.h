// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The review file: a security reviewer's decisions on findings, kept next to the audit and applied to every later
// report (report::ReportOptions::reviews, matched by fingerprint, else by rule id + target). One JSON document:
//
//   {"format": "bulkhead-review", "version": 1,
//    "endpoint": "unix:///var/run/docker.sock",     (optional: where the reviewed host was read)
//    "hostName": "prod-1",                           (optional: the daemon's Name)
//    "decisions": [{"fingerprint": "32 hex digits",  (report::fingerprint(); or "ruleId" + "target" without it)
//                   "ruleId": "CTR-001", "target": "web",
//                   "decision": "accepted-risk",     (open, accepted-risk, false-positive, will-fix, fixed)
//                   "note": "free text", "reviewer": "alice",
//                   "decidedAt": "2026-11-29T12:00:00Z" (ISO 8601 UTC, or null)}]}
//
// Loading is strict: a wrong type, an unknown field, an unknown decision, a bad fingerprint or an entry that names no
// finding is an error naming the field and its index ("decisions[3].decision: ..."); nothing is guessed. Two entries
// for the same finding (same fingerprint, or same rule + target without one) are not an error: the later one in the
// file wins and the loader says so in `warnings`, so a hand-merged file still opens and nothing is silently dropped
// without a word. Saving writes the decisions sorted by key with a fixed field order, so loading and saving again
// gives the same bytes; the file is written atomically with mode 0600 (a note may quote a secret).
//
// Notes and reviewer names are untrusted free text: the report writers escape them, terminals get them through
// util::terminalSafe().

#include "core/model/finding.h"
#include "core/report/report.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace bulkhead::review {

using Decision = report::ReviewDecision;

inline constexpr int kReviewVersion = 1;
inline constexpr qint64 kMaxReviewBytes = 8ll << 20; // 8 MiB: ~50,000 decisions with paragraph-long notes
inline constexpr int kMaxDecisions = 100000;
inline constexpr int kMaxNoteChars = 20000;
inline constexpr int kMaxFieldChars = 1024; // ruleId, target, reviewer, endpoint, hostName

// The decision ids, in the order a reviewer meets them: open, accepted-risk, false-positive, will-fix, fixed.
const QStringList& decisionIds();
bool isDecisionId(QStringView id);
// Whether a decision takes the finding out of the active list (a SARIF suppression): accepted-risk, false-positive.
bool suppresses(QStringView decision);

// A fingerprint as report::fingerprint() makes it: 32 lower-case hex digits.
bool isFingerprint(QStringView text);

// What identifies the finding a decision is about: its fingerprint, else rule id + target.
QString decisionKey(const Decision& d);

struct ReviewFile
{
    QString endpoint;
    QString hostName;
    std::vector<Decision> decisions; // sorted by decisionKey(), one per key

    // The decision for a key, or nullptr.
    const Decision* find(const QString& key) const;
    // The decision that applies to a finding, as the report matches it: by fingerprint, else rule + target name or id.
    const Decision* match(const model::Finding& finding, const QString& fingerprint) const;

    // Adds or replaces the decision for d's key. An error when d names no finding or carries a bad value.
    util::Result<void> set(Decision d);
    // Removes the decision for `key`; false when there was none.
    bool clear(const QString& key);
    // Takes the other file's decisions: for a key in both, the later decidedAt wins (the other's on a tie or when
    // neither has a time); the other's endpoint/host name fill empty ones. Returns how many decisions changed.
    int merge(const ReviewFile& other);
};

// Checks one decision's fields (the loader and set() use it); `where` prefixes the message ("decisions[3]").
util::Result<void> validateDecision(const Decision& d, const QString& where);

struct LoadedReview
{
    ReviewFile file;
    QStringList warnings; // duplicates resolved (last wins)
};

util::Result<LoadedReview> parseReview(const QByteArray& bytes);
QByteArray serializeReview(const ReviewFile& file);

// Reads `path` with the size cap. A missing file is an error here; see updateReviewFile() for creating one.
util::Result<LoadedReview> loadReview(const QString& path, qint64 maxBytes = kMaxReviewBytes);
// Atomic write, mode 0600 (an existing file with a looser mode becomes 0600); on failure the old file stays.
util::Result<void> saveReview(const ReviewFile& file, const QString& path);

// Read-modify-write under a lock file (PATH.lock), so two writers cannot lose each other's decisions: loads `path`
// (an empty review when it does not exist and `create` is set), applies `change`, and saves atomically when `change`
// succeeded. The file is untouched when anything fails.
util::Result<LoadedReview> updateReviewFile(const QString& path,
                                            const std::function<util::Result<void>(ReviewFile&)>& change,
                                            bool create = true,
                                            int lockWaitMs = 10000);

} // namespace bulkhead::review
