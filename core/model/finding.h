// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/severity.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace bulkhead::model {

// What a rule is about.
enum class TargetKind
{
    Container,
    Image,
    Daemon,
    Host,
    Dockerfile,
    File, // a file scanned directly (bulkhead-cli secrets PATH, a build context)
};
QString targetKindName(TargetKind k); // "container", "image", ...

enum class Category
{
    Privileges,
    Mounts,
    Limits,
    Network,
    Image,
    Secrets,
    Daemon,
    Host,
    Dockerfile,
    BuildContext,
};
QString categoryName(Category c);  // stable id: "privileges", ...
QString categoryLabel(Category c); // translated

// Rule metadata: data, kept beside the check in its family file. Texts are untranslated source strings
// (QT_TRANSLATE_NOOP("Rules", ...)) and are translated at display time with QCoreApplication::translate("Rules", s).
struct RuleInfo
{
    const char* id;    // "CTR-001"; stable, never reused
    Severity severity; // default severity; an individual finding may differ (e.g. per capability)
    Category category;
    TargetKind target;
    const char* title;       // one line
    const char* rationale;   // why it matters, in our own words
    const char* remediation; // the exact flag / compose key / Dockerfile change / daemon.json key
    const char* fixCost;     // what fixing costs, or "" when free
    const char* cis;         // CIS Docker Benchmark v1.6.0 section, e.g. "5.4", or ""
    const char* owasp;       // OWASP Docker Security Cheat Sheet rule, e.g. "RULE #3", or ""
    const char* nist;        // NIST SP 800-190 section, e.g. "4.4.3", or ""
    const char* aliases;     // equivalent ids of other tools, comma separated: "hadolint:DL3002,dockle:CIS-DI-0001"
};

QStringList ruleAliases(const RuleInfo& r);

// Where a finding points.
struct Location
{
    QString file;   // Dockerfile or scanned file path; empty for inventory findings
    int line = 0;   // 1-based; 0 when not applicable
    int column = 0; // 1-based; 0 when not applicable
    QString field;  // inspect field, e.g. "HostConfig.CapAdd", "Config.Env[3]", "History[4].CreatedBy"
    QString layer;  // layer digest for files inside images
};

// One instance of a rule firing on a target. Everything here may be shown to a person or written to a report,
// so secret values are already redacted when a Finding is built (see util::redactSecret).
struct Finding
{
    QString ruleId;
    Severity severity = Severity::Info;
    Category category = Category::Privileges;
    TargetKind targetKind = TargetKind::Container;
    QString targetId;   // container id, image id, file path, "daemon"
    QString targetName; // container name, image tag, file path
    QString message;    // this instance, specific: "adds capability SYS_ADMIN"
    QString evidence;   // the field and its (redacted) value: "HostConfig.CapAdd = [\"SYS_ADMIN\"]"
    Location location;
    QString suggestion;        // a replacement line or value, where one fits
    double confidence = 1.0;   // < 1 for heuristic matches (secrets)
    bool suppressed = false;   // kept visible, marked
    QString suppressionReason; // from the ignore file or pragma
};

using Findings = std::vector<Finding>;

} // namespace bulkhead::model
