// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/inventory.h"

namespace bulkhead::model {

// Typed views over Engine payloads. Never throws: missing keys, nulls and wrong types become "unknown" (nullopt or
// empty) and a ParseIssue; numbers out of range are rejected, not wrapped.
Container parseContainer(const RawContainer& raw);
Image parseImage(const RawImage& raw);
DaemonInfo parseDaemon(const nlohmann::json& version, const nlohmann::json& info);
HostFacts parseHostFacts(const nlohmann::json& facts);
Inventory parseInventory(const RawInventory& raw);
// Drops the Engine payloads (summary, inspect, top, history, daemon and host JSON) and keeps the rest (meta, ids,
// statuses, errors, issues): once parseInventory has read them, a caller that needs no raw JSON frees the bulk of a
// large inventory before writing its output.
void releasePayloads(RawInventory& raw);

} // namespace bulkhead::model
