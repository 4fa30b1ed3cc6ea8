// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reports: one model, four writers. buildReport() turns a scan into a ReportModel (pure, no I/O); the writers
// serialise that one model, so HTML, PDF, JSON and SARIF always say the same thing. Every string in a ReportModel is
// safe to print as far as secrets go (evidence was redacted by the rules, and buildReport() scrubs known environment
// values from everything else); escaping for the output format is the writer's job.
// The PDF writer lives in core/report/pdf/pdfwriter.h (library bulkhead_report_pdf, needs Qt Gui).

#include "core/model/finding.h"
#include "core/model/inventory.h"
#include "core/rules/scan.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>
#include <vector>

namespace bulkhead::report {

// Version of the JSON report layout (docs/report-schema.json). Bump the major on incompatible changes.
inline constexpr const char* kJsonSchemaVersion = "1.0.0";
inline constexpr const char* kJsonSchemaId = "https://bulkhead.invalid/schemas/report-1.json";

enum class Format
{
    Html,
    Pdf,
    Json,
    Sarif,
};
QString formatName(Format f);                           // "html", "pdf", "json", "sarif"
std::optional<Format> formatFromName(QStringView name); // case-insensitive
QString formatSuffix(Format f);                         // ".html", ".pdf", ".json", ".sarif"

// A reviewer's decision on one finding (the review file, see the review issue). Matched to findings by fingerprint
// when set, else by rule id + target name (or id).
struct ReviewDecision
{
    QString fingerprint; // Finding fingerprint (see fingerprint()); may be empty
    QString ruleId;
    QString target;   // target name or id
    QString decision; // stable id: "accepted-risk", "false-positive", "will-fix", "fixed", "open", ...
    QString note;     // free text from the reviewer
    QString reviewer;
    QDateTime decidedAt;
};

// What part of the inventory a report covers. Host/daemon findings are always included.
struct Scope
{
    enum class Kind
    {
        All,
        Selection, // the containers named in `containers`
        Container, // exactly one container
    };
    Kind kind = Kind::All;
    QStringList containers; // ids (full or unique prefix) or names
};

struct ReportOptions
{
    model::Findings lintFindings; // Dockerfile lint findings (targetKind Dockerfile), optional
    std::vector<ReviewDecision> reviews;
    Scope scope;
    // Rule metadata for rule titles/rationale/remediation/references and the appendix. Empty: rules::catalogue().
    std::span<const model::RuleInfo> catalogue;
    QDateTime generatedAt; // default: now (UTC); tests pin it
    QString toolVersion;   // default: the inventory's
    QString title;         // default: "Bulkhead security report"
    int topRisks = 10;     // sentences in the executive summary
};

// ---------------------------------------------------------------- the model

struct RuleRef
{
    QString id;
    QString title;
    model::Severity severity = model::Severity::Info;
    model::Category category = model::Category::Privileges;
    model::TargetKind target = model::TargetKind::Container;
    QString rationale;
    QString remediation;
    QString fixCost;
    QString cis;
    QString owasp;
    QString nist;
    QStringList aliases;
    bool known = false; // false: the id was not in the catalogue (a finding from a newer/older rule set)
    bool ran = false;   // listed in ScanResult::rulesRun (or a lint rule that produced a finding)
};

struct ReportFinding
{
    model::Finding finding;
    QString fingerprint; // stable across rescans: hash of rule, target name, location, message
    int ruleIndex = -1;  // into ReportModel::rules (an index, so models copy safely); valid after buildReport()
    std::optional<ReviewDecision> review; // the reviewer's decision, when one matches
};

struct ContainerSection
{
    QString id;
    QString name;
    QString image; // what the user asked for (Config.Image)
    QString state;
    bool running = false;
    rules::RiskScore risk;
    QString hardenedRun;
    QString composeSnippet;
    std::vector<ReportFinding> findings; // worst first, then rule id
};

struct ImageSection
{
    QString id;
    QString name; // first tag or short id
    QStringList tags;
    qint64 size = 0;
    QDateTime created;
    QStringList usedBy;                         // container names in scope using it
    std::vector<ReportFinding> configFindings;  // image config (user, healthcheck, exposed ports, ...)
    std::vector<ReportFinding> historyFindings; // build history and layers
    std::vector<ReportFinding> secretFindings;  // secrets in env, history or layer files
};

struct DockerfileSection
{
    QString path;
    std::vector<ReportFinding> findings; // by line
};

struct TopRisk
{
    QString sentence; // one line a manager can read: "web runs privileged: full access to the host (CTR-001)"
    QString ruleId;
    QString target;
    model::Severity severity = model::Severity::Info;
    QString anchor; // in-report anchor of the finding's section
};

struct CountBy
{
    QString key;   // stable id ("critical", "privileges", container name)
    QString label; // translated label
    int count = 0;
};

struct ReportMeta
{
    QString title;
    QString toolName; // "Bulkhead"
    QString toolVersion;
    QDateTime generatedAt;
    QDateTime scanTime; // inventory collectedAt
    QString scope;      // translated, one line: "all containers (12)", "container web"
    Scope::Kind scopeKind = Scope::Kind::All;
    QString endpoint;
    QString endpointSource;
    QString hostName; // daemon's Name
    QString engineVersion;
    QString apiVersion;
    QString operatingSystem;
    QString osType;
    QString kernelVersion;
    QString architecture;
    bool local = false;
    bool partial = false;
    QStringList collectionIssues; // "where: what"
};

struct ReportSummary
{
    rules::RiskScore hostPosture;
    std::vector<CountBy> bySeverity;         // critical..info, all five always present (active findings only)
    std::vector<CountBy> byCategory;         // categories with at least one active finding, most first
    std::vector<CountBy> riskiestContainers; // up to 10, count = score
    std::vector<TopRisk> topRisks;
    int totalFindings = 0; // active (not suppressed)
    int suppressedFindings = 0;
    int containers = 0;
    int images = 0;
    QStringList expiredIgnores;
};

struct ReportModel
{
    ReportMeta meta;
    ReportSummary summary;
    std::vector<ContainerSection> containers; // riskiest first, then name
    std::vector<ImageSection> images;         // by name
    std::vector<ReportFinding> hostFindings;  // daemon and host
    std::vector<DockerfileSection> dockerfiles;
    std::vector<RuleRef> rules; // appendix: rules that ran or produced a finding, by id

    const RuleRef* rule(QStringView id) const;
    const RuleRef& rule(const ReportFinding& f) const; // the finding's rule (a placeholder if the index is bad)
    // Every finding in the report, in report order (host, containers, images, Dockerfiles).
    std::vector<const ReportFinding*> allFindings() const;
};

// Builds the report model. Never throws; unknown rule ids get a placeholder RuleRef.
ReportModel
buildReport(const model::Inventory& inventory, const rules::ScanResult& scan, const ReportOptions& options = {});

// The stable fingerprint used for SARIF partialFingerprints, review matching and the JSON report.
QString fingerprint(const model::Finding& f);

// In-report anchors (HTML ids, PDF TOC targets), derived from stable ids and safe in HTML attributes.
QString containerAnchor(const ContainerSection& c);
QString imageAnchor(const ImageSection& i);

// Writers. Each returns the whole file; output is deterministic for a given model.
QByteArray writeHtml(const ReportModel& model);
QByteArray writeJson(const ReportModel& model);
QByteArray writeSarif(const ReportModel& model);

} // namespace bulkhead::report
