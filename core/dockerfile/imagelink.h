// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Links a built image back to the Dockerfile that produced it, so image findings (IMG-, SEC- on image config and
// history) can name the Dockerfile line to change. The image's history (newest first, as the Engine returns it) is
// aligned with the instructions of the final stage and the stages it builds on: RUN steps by their shell text,
// COPY/ADD by their destination, metadata steps (USER, ENV, LABEL, EXPOSE, ...) by keyword and value. Both the
// classic builder's records ("/bin/sh -c #(nop)  USER app", "|1 A=b /bin/sh -c ...") and BuildKit's
// ("RUN /bin/sh -c ... # buildkit", "USER app") are understood. Pure: no I/O.

#include "core/dockerfile/parser.h"
#include "core/model/finding.h"
#include "core/model/inventory.h"

#include <vector>

namespace bulkhead::dockerfile {

struct ImageLink
{
    std::vector<int> historyInstruction; // per history entry (the image's order): instruction index, or -1
    int contentSteps = 0;                // RUN/COPY/ADD instructions of the final stage's chain
    int contentMatched = 0;              // of those, found in the history
    int matched = 0;                     // history entries matched to any instruction

    // The image was built from this Dockerfile: at least half of its RUN/COPY/ADD steps (and at least one) are in the
    // history, or, for a Dockerfile without such steps, every metadata step is.
    bool linked() const;
};

ImageLink linkImageHistory(const ParsedDockerfile& df, const model::Image& image);

// Sets location.file/line/column on the findings whose target is `image`, from the history alignment and the
// configuration field each finding names (Config.User -> the last USER, Config.Env[i] -> the ENV that sets it, ...).
// Findings about things a Dockerfile does not decide (the image's own tag) are left alone. Returns how many were
// pointed at a line.
int mapImageFindings(const ParsedDockerfile& df,
                     const model::Image& image,
                     const ImageLink& link,
                     model::Findings& findings);

} // namespace bulkhead::dockerfile
