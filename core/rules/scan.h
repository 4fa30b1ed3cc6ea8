// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The audit pipeline's public face: inventory -> findings -> risk -> remediation. Pure: no I/O.
// Front ends (CLI, GUI, reports) use only this header and the model types.

#include "core/model/finding.h"
#include "core/model/inventory.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>
#include <vector>

namespace bulkhead::rules {

// Every rule of every family (CTR, IMG, DMN, HST, DKF, SEC), in id order.
std::span<const model::RuleInfo> catalogue();
const model::RuleInfo* findRule(QStringView id);

// An accepted risk from the ignore file.
struct IgnoreEntry
{
    QString ruleId; // exact id or "*"
    QString target; // container/image name or glob; "*" for all
    QString reason;
    std::optional<QDate> expires;
    int line = 0; // in the ignore file
};

struct IgnoreFile
{
    std::vector<IgnoreEntry> entries;
    QStringList errors; // malformed lines, with their line numbers
};
IgnoreFile parseIgnoreFile(const QByteArray& text);

// How Bulkhead itself reached the daemon, which the inventory alone does not say (set by the front end).
struct ConnectionFacts
{
    bool known = false;      // false: the rules fall back to the endpoint URL and daemon.json
    bool tcp = false;        // tcp:// (not unix socket, npipe or ssh)
    bool tls = false;        // TLS was used
    bool clientCert = false; // we presented a client certificate
};

// A setuid or setgid regular file found in an image's final filesystem (CIS 4.8).
struct SetuidFile
{
    QString path;  // "/usr/bin/passwd"
    int mode = 0;  // permission bits including 04000/02000
    QString layer; // digest of the layer that added it
};

// What reading an image's layers or a container's changed files found (bulkhead-cli scan --layers). The front end
// gathers it with core/secrets' streaming scanners (the only I/O); the rules here only read it. Findings are redacted.
struct ContentScan
{
    model::Findings findings;            // secrets in files: SEC-0xx content, SEC-100 names, SEC-101 deleted
    std::vector<SetuidFile> setuidFiles; // images: setuid/setgid files that survive in the final filesystem
    QMap<QString, QString> osRelease;    // images: /etc/os-release of the final filesystem (ID, VERSION_ID, ...)
    QStringList layers;                  // images: layer digests, base first
    int layersFromCache = 0;             // images: layers answered from the digest-keyed cache
    qint64 filesScanned = 0;
    qint64 bytesRead = 0;
    QStringList problems; // what could not be read (caps, errors), shown to the user
};

struct ScanOptions
{
    QStringList onlyRules; // empty: all
    std::vector<IgnoreEntry> ignores;
    QDate today = QDate::currentDate(); // for expiry of ignore entries and age checks (tests pin it)
    ConnectionFacts connection;
    // Filled only when layers and container files were read (scan --layers), keyed by image / container id. Rules
    // that need them (IMG-010) stay silent for targets without an entry.
    QHash<QString, ContentScan> imageContents;
    QHash<QString, ContentScan> containerContents;
};

// One term of a score: why it went up or down.
struct ScoreTerm
{
    QString reason;    // "critical finding CTR-001 (privileged)", "running", "published on all interfaces"
    QString ruleId;    // empty for exposure factors
    double points = 0; // contribution
};

struct RiskScore
{
    int score = 0; // 0 (no known risk) .. 100 (worst)
    QString grade; // A (best) .. F
    std::vector<ScoreTerm> breakdown;
};

struct ContainerResult
{
    QString containerId;
    RiskScore risk;
    QString hardenedRun;    // a `docker run` command with the fixes applied, shell-quoted
    QString composeSnippet; // a compose service with the fixes applied
};

struct ScanResult
{
    model::Findings findings;                // all targets; suppressed ones kept and marked
    std::vector<ContainerResult> containers; // same order as inventory.containers
    RiskScore hostPosture;                   // from daemon/host findings
    QStringList expiredIgnores;              // ignore entries past their expiry (reported, no longer suppressing)
    QStringList rulesRun;                    // ids of the rules that ran
};

ScanResult scanInventory(const model::Inventory& inventory, const ScanOptions& options = {});

// Marks findings matched by a live ignore entry as suppressed (kept, not removed) and returns the expired entries'
// descriptions. scanInventory() does this itself; exposed for findings from other sources (Dockerfiles, files).
QStringList applyIgnores(model::Findings& findings, const std::vector<IgnoreEntry>& ignores, QDate today);

// docs/rules.md, generated from the catalogue (bulkhead-cli rules --format markdown writes the same text).
QString rulesMarkdown(std::span<const model::RuleInfo> rules);

} // namespace bulkhead::rules
