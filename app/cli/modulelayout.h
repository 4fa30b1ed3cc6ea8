// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The layout fingerprint of a run-time module's interface (app/cli/pdfmodule.h, app/cli/commandsmodule.h): FNV-1a
// over the sizes of every type its calls pass. A module built from other headers (a stale build of the same version)
// almost always differs here; the version check catches releases.

#include <cstddef>
#include <cstdint>
#include <initializer_list>

namespace bulkhead::cli::modules {

constexpr std::uint64_t layoutOf(std::initializer_list<std::size_t> sizes)
{
    std::uint64_t h = 1469598103934665603ULL;
    for (const std::size_t s : sizes) {
        h = (h ^ static_cast<std::uint64_t>(s)) * 1099511628211ULL;
    }
    return h;
}

} // namespace bulkhead::cli::modules
