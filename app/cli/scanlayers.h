// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// bulkhead-cli scan --layers: reads every image's layers and the files every container added or changed, through
// GET requests only, into rules::ScanOptions (imageContents, containerContents), where scanInventory() turns them
// into findings (SEC-0xx/100/101 in files, IMG-010 setuid/setgid files) that flow into the JSON, SARIF and table
// outputs like any other finding.

#include "app/cli/cliconnection.h"
#include "core/model/inventory.h"
#include "core/rules/scan.h"

#include <QTextStream>

#include <nlohmann/json.hpp>

namespace bulkhead::cli {

// Streams each image (GET /images/{id}/get; layers cached by digest under LayerCache::defaultFolder()) and each
// container's changed files (GET /containers/{id}/changes, then /archive per path, size-capped). Progress goes to
// stderr (one line per target; a live line on a terminal). What cannot be read is kept in ContentScan::problems and
// returned as collection issues, never fatal: the rest of the scan goes on.
std::vector<model::CollectionIssue>
readLayersAndContainerFiles(const ConnectionOptions& connection, const model::Inventory& inv, rules::ScanOptions* out);

// Adds "contents" (per image: OS release, layers, cache hits, setuid files; per container: paths scanned, problems)
// and each finding's "layer" to the bulkhead-scan JSON document, and `issues` to its "issues". A no-op when nothing
// was read.
void addContentsJson(nlohmann::json& doc,
                     const model::Inventory& inv,
                     const rules::ScanResult& scan,
                     const rules::ScanOptions& options,
                     const std::vector<model::CollectionIssue>& issues);

// The table output's section for the same facts.
void printContents(QTextStream& out, const model::Inventory& inv, const rules::ScanOptions& options);

} // namespace bulkhead::cli
