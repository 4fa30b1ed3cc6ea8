// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The secret detector: a keyword prefilter (Aho-Corasick over bytes, case-insensitive) finds candidate spots, then
// only the detectors whose keyword fired run their RE2 pattern on a window around the hit. Both stages are linear in
// the input, so hostile text cannot make a scan slow. Every finding carries a redacted value only.
//
// This header is the stable API the rules and Dockerfile code call; the layer and container scanners live in
// layerscan.h.

#include "core/model/finding.h"

#include <QString>

#include <span>
#include <string_view>

namespace bulkhead::secrets {

// Where the text came from; copied into each finding (line/column are filled in per match).
struct ScanContext
{
    model::TargetKind targetKind = model::TargetKind::File;
    QString targetId;         // container id, image id, file path
    QString targetName;       // container name, image tag, file path
    model::Location location; // file, field ("Config.Env[2]", "History[3].CreatedBy"), layer; line is the first line
    bool countLines = true;   // fill location.line/column from the match offset (files, Dockerfiles)
    QString messagePrefix;    // e.g. "deleted in a later layer but still in the image: "; may be empty
};

// File-level rules (content detectors are SEC-001 .. SEC-099). Host credential files bind-mounted into a container
// are the mount family's CTR-022 (core/rules/mountrules.cpp), which uses sensitiveFileKind() below.
inline constexpr const char* kSensitiveFileRule = "SEC-100";     // credential file present in an image/container
inline constexpr const char* kDeletedSecretFileRule = "SEC-101"; // credential file removed by a later layer

// All content detectors (SEC-001 ...), then the file-level rules (sensitive files, deleted secrets).
// For the central rule catalogue.
std::span<const model::RuleInfo> secretRules();

// Scans one text (an environment value, a label, a history step, a Dockerfile, a file's bytes) and returns one
// finding per secret found, with the value redacted. Thread-safe; never throws.
model::Findings scanText(std::string_view text, const ScanContext& context);

// Convenience for KEY=VALUE text such as a container's Config.Env entry: scans "KEY=VALUE" so that key-gated
// detectors ("DB_PASSWORD=...") see the name.
inline model::Findings scanAssignment(std::string_view assignment, const ScanContext& context)
{
    return scanText(assignment, context);
}

// True when the bytes look binary (a NUL byte or too many non-text bytes in the first 8 KiB); such files are skipped.
bool looksBinary(std::string_view head);

// Shannon entropy in bits per byte.
double shannonEntropy(std::string_view value);

// A path (inside an image, container, or on the host) whose name marks a credential file: id_rsa, .env, .npmrc,
// .docker/config.json, .aws/credentials, .git-credentials, *.pem, *.key, .pgpass, .netrc, kubeconfig ...
// Returns a short translated description ("SSH private key"), or an empty string.
QString sensitiveFileKind(QStringView path);

} // namespace bulkhead::secrets
