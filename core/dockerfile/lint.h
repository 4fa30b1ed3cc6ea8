// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Dockerfile linter: the hadolint-class rule set (every DL rule that needs no ShellCheck, shown as the alias
// "hadolint:DLxxxx"), the seed's build practices and build-context checks. Rules are data (model::RuleInfo) plus a
// pure check over a ParsedDockerfile, kept together in family files:
//   instructionrules.cpp  structure, stages, FROM/COPY/ADD/CMD/USER/WORKDIR/EXPOSE/ONBUILD (DL3000-DL3067 part)
//   packagerules.cpp      package managers: pinning, -y, caches, recommends (apt/apk/pip/npm/gem/go/yum/dnf/zypper)
//   labelrules.cpp        label schema (DL3048-DL3058)
//   seedrules.cpp         secrets, root, sensitive copies, curl|sh, chmod 777, toolchains, base images, TLS
//   contextrules.cpp      build context: .dockerignore and sensitive files sent to the daemon
// hadolint numbers that do not exist or were withdrawn upstream: DL3017 (apk upgrade), DL3031 (yum update), DL3039
// (dnf update) were removed; DL4002 was never assigned. DL1001 (pragma use) is a meta rule we do not copy.

#include "core/dockerfile/parser.h"
#include "core/model/finding.h"
#include "core/util/result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace bulkhead::dockerfile {

// Every DKF rule, in id order. The central catalogue (core/rules) includes this family.
std::span<const model::RuleInfo> dockerfileRules();
const model::RuleInfo* findDockerfileRule(QStringView idOrAlias); // "DKF-108", "DL3008" or "hadolint:DL3008"

enum class LabelType
{
    Text,
    Url,
    Semver,
    Hash,
    Rfc3339,
    Spdx,
    Email,
};

// Options, compatible with the useful part of .hadolint.yaml.
struct LintConfig
{
    QStringList ignored;                       // rule ids or hadolint codes: never run
    QHash<QString, model::Severity> overrides; // rule id (DKF-xxx) -> severity
    QStringList trustedRegistries;             // empty: DL3026 is off
    std::optional<model::Severity> failureThreshold;
    bool failNever = false;                // failure-threshold: none / ignore, or no-fail: true
    bool disableIgnorePragma = false;      // pragmas are not honoured
    QHash<QString, LabelType> labelSchema; // required labels and their types (DL3049-DL3058)
    bool strictLabels = false;             // labels outside the schema are reported (DL3050)
    QStringList errors;                    // problems found while reading the config file ("line 3: ...")

    bool isIgnored(const model::RuleInfo& r) const;
};

// Reads a .hadolint.yaml (the subset: ignored, override, trustedRegistries, failure-threshold, no-fail,
// disable-ignore-pragma, label-schema, strict-labels). Never throws; unreadable parts end up in errors.
LintConfig parseHadolintConfig(const QByteArray& yaml);

// What a build context holds, for the context rules. Paths are relative to the context root, '/'-separated.
struct BuildContext
{
    QString root;
    bool hasDockerignore = false;
    QStringList dockerignore; // its patterns, in order, comments removed
    QStringList files;        // regular files (capped), relative
    QStringList dirs;         // directories, relative
    bool truncated = false;   // more files than we list
};

// True when Docker would leave `path` (relative, '/'-separated) out of the context under these .dockerignore rules.
bool dockerignoreExcludes(const QStringList& patterns, QStringView path);

model::Findings
lintDockerfile(const ParsedDockerfile& df, const LintConfig& config, const BuildContext* context = nullptr);

// Lints a Dockerfile path, or a build-context folder (its Dockerfile, or every *Dockerfile / Dockerfile.* in it,
// plus the context rules). Errors: the path cannot be read.
util::Result<model::Findings> lintPath(const QString& path, const LintConfig& config);

// Reads a context folder (bounded: file count and depth are capped; symlinks are not followed).
BuildContext readBuildContext(const QString& dir);

} // namespace bulkhead::dockerfile
