// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/inventory.h"
#include "core/model/jsondom.h"

#include <vector>

namespace bulkhead::model {

// Typed views over Engine payloads. Never throws: missing keys, nulls and wrong types become "unknown" (nullopt or
// empty) and a ParseIssue; numbers out of range are rejected, not wrapped.
Container parseContainer(const RawContainer& raw);
Image parseImage(const RawImage& raw);
DaemonInfo parseDaemon(const nlohmann::json& version, const nlohmann::json& info);
HostFacts parseHostFacts(const nlohmann::json& facts);
Inventory parseInventory(const RawInventory& raw);

// Where the payloads of a RawInventory are when they were read into a jsondom::Document instead of nlohmann trees
// (engine::loadSnapshotInventory): nullptr stands for null. Items are parallel to raw.containers / raw.images.
struct DomPayloads
{
    struct Item
    {
        const jsondom::Value* summary = nullptr;
        const jsondom::Value* inspect = nullptr;
        const jsondom::Value* extra = nullptr; // top (containers) or history (images)
    };
    const jsondom::Value* version = nullptr;
    const jsondom::Value* info = nullptr;
    const jsondom::Value* networks = nullptr;
    const jsondom::Value* hostFacts = nullptr;
    std::vector<Item> containers;
    std::vector<Item> images;
};
// The same parse, with the same results and issues, over payloads held that way; raw's own payloads are not read.
Inventory parseInventory(const RawInventory& raw, const DomPayloads& payloads);
// Drops the Engine payloads (summary, inspect, top, history, daemon and host JSON) and keeps the rest (meta, ids,
// statuses, errors, issues): once parseInventory has read them, a caller that needs no raw JSON frees the bulk of a
// large inventory before writing its output.
void releasePayloads(RawInventory& raw);

} // namespace bulkhead::model
