// SPDX-License-Identifier: GPL-3.0-or-later
// The snapshot loader and then the typed parse of whatever it accepted, both ways: nlohmann trees (parseSnapshot +
// parseInventory) and straight into the model (parseSnapshotInventory, jsondom). Checks that both give the same
// error, or the same raw meta and the same inventory, field by field.
#include "core/engine/snapshot.h"
#include "core/model/parse.h"
#include "tests/common/inventorydigest.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto raw = bulkhead::engine::parseSnapshot(bytes);
    const auto direct = bulkhead::engine::parseSnapshotInventory(bytes);
    if (raw.ok() != direct.ok()) {
        std::fprintf(stderr, "the two readers disagree on whether the snapshot is valid\n");
        std::abort();
    }
    if (!raw.ok()) {
        if (raw.error().message != direct.error().message || raw.error().hint != direct.error().hint) {
            std::fprintf(stderr, "the two readers give different errors\n");
            std::abort();
        }
        return 0;
    }
    const bulkhead::model::Inventory inv = bulkhead::model::parseInventory(raw.value());
    bulkhead::model::releasePayloads(*raw);
    if (bulkhead::testing::digest(*raw, inv) != bulkhead::testing::digest(direct->raw, direct->inventory)) {
        std::fprintf(stderr, "the two readers give different inventories\n");
        std::abort();
    }
    return 0;
}
