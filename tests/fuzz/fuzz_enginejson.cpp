// SPDX-License-Identifier: GPL-3.0-or-later
// Engine JSON into our types: any bytes, parsed as JSON (exceptions off) and read as a container inspect, an image
// inspect + history, a daemon's /version + /info and host facts. Must never crash, throw or hang.
#include "core/model/parse.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto json = nlohmann::json::parse(data, data + size, nullptr, /*allow_exceptions=*/false);
    if (json.is_discarded()) {
        return 0;
    }
    bulkhead::model::RawContainer container;
    container.id = QStringLiteral("fuzz");
    container.inspect = json;
    container.summary = json;
    container.top = json;
    (void)bulkhead::model::parseContainer(container);

    bulkhead::model::RawImage image;
    image.id = QStringLiteral("sha256:fuzz");
    image.inspect = json;
    image.history = json;
    (void)bulkhead::model::parseImage(image);

    (void)bulkhead::model::parseDaemon(json, json);
    (void)bulkhead::model::parseHostFacts(json);
    return 0;
}
