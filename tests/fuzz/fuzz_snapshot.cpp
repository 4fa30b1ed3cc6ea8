// SPDX-License-Identifier: GPL-3.0-or-later
// The snapshot loader and then the typed parse of whatever it accepted.
#include "core/engine/snapshot.h"
#include "core/model/parse.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto raw = bulkhead::engine::parseSnapshot(
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    if (raw.ok()) {
        (void)bulkhead::model::parseInventory(raw.value());
    }
    return 0;
}
