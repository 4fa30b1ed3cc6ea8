// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A snapshot is one JSON document holding a whole RawInventory, so a reviewer can audit a host offline:
//
//   {"format": "bulkhead-snapshot", "version": 1,
//    "meta": {"endpoint", "endpointSource", "collectedAt" (ISO 8601 UTC), "collectedOn" (host name of the machine
//             that collected), "toolVersion", "apiVersion", "engineVersion", "local", "partial"},
//    "daemon": {"ping" (headers), "version", "info", "networks"},  (Engine payloads as received)
//    "hostFacts",                                                  (see engine/hostfacts.h)
//    "containers": [{"id", "summary", "inspect", "top", "inspectStatus", "error"}],
//    "images": [{"id", "summary", "inspect", "history", "inspectStatus", "error"}],
//    "issues": [{"where", "what"}]}
//
// It holds unredacted data (environment secrets): it is written atomically with mode 0600. Loading is strict about
// the envelope (format, version, meta) and tolerant inside: an odd entry is skipped and recorded as an issue.

#include "core/model/inventory.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QString>

namespace bulkhead::engine {

inline constexpr int kSnapshotVersion = 1;
inline constexpr qint64 kMaxSnapshotBytes = 2ll << 30; // 2 GiB

QByteArray serializeSnapshot(const model::RawInventory& raw);
util::Result<model::RawInventory> parseSnapshot(const QByteArray& bytes);

// Atomic write, mode 0600; on failure the previous file at `path` is left as it was.
util::Result<void> saveSnapshot(const model::RawInventory& raw, const QString& path);
util::Result<model::RawInventory> loadSnapshot(const QString& path, qint64 maxBytes = kMaxSnapshotBytes);

} // namespace bulkhead::engine
