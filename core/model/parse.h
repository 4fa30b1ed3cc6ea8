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

} // namespace bulkhead::model
