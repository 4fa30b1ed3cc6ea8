// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Scanning files and folders on the local disk (bulkhead-cli secrets PATH..., build contexts).

#include "core/model/finding.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <string_view>

namespace bulkhead::secrets {

struct FileScanOptions
{
    qint64 maxFileBytes = 32ll << 20; // larger files are skipped (and counted): logs and dumps, not configs
    const std::atomic_bool* cancel = nullptr;
};

struct FileScanStats
{
    qint64 files = 0;         // scanned as text
    qint64 bytes = 0;         // bytes scanned
    qint64 skippedBinary = 0; // NUL bytes or mostly control characters
    qint64 skippedLarge = 0;  // over maxFileBytes
    QStringList errors;       // unreadable paths, with the reason
    bool cancelled = false;
};

// Scans one file's bytes as found at `path` (content detectors plus the credential-file name rules). `name` is the
// path to report; the caller has already decided the bytes are text.
model::Findings
scanFileContent(const QString& path, std::string_view bytes, model::TargetKind kind, const model::Location& base = {});

// Files and folders (recursively, symlinks not followed). Paths are reported as given.
model::Findings scanPaths(const QStringList& paths, const FileScanOptions& options, FileScanStats* stats);

} // namespace bulkhead::secrets
