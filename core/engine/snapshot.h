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

// A snapshot read straight into the typed model, for callers that need no Engine JSON (the CLI's scan and
// inventory): `raw` holds the meta, ids, statuses, errors and issues with null payloads (as after
// model::releasePayloads), `inventory` is what model::parseInventory makes of the whole snapshot. Results and errors
// are those of parseSnapshot + parseInventory; the file is read into a flat model::jsondom::Document instead of
// nlohmann trees, which for 10,000 containers cost about four times the CPU of everything else in loading.
struct SnapshotInventory
{
    model::RawInventory raw;
    model::Inventory inventory;
};
util::Result<SnapshotInventory> parseSnapshotInventory(const QByteArray& bytes);
util::Result<SnapshotInventory> loadSnapshotInventory(const QString& path, qint64 maxBytes = kMaxSnapshotBytes);

} // namespace bulkhead::engine
