// SPDX-License-Identifier: GPL-3.0-or-later
// The layer/tar reader on arbitrary bytes: as a `docker save` image tarball (manifest.json, config blob, nested
// layers, whiteouts, symlinked layers) and as one plain or compressed layer / container archive. The bytes are pulled
// in pieces whose sizes the first input byte chooses. Must never crash, hang or read past a cap; checks that the
// byte count it reports is what it pulled, and that findings keep their values redacted.
#include "core/secrets/layerscan.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>

using namespace bulkhead;

namespace {

void check(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

struct Source
{
    const char* data;
    qsizetype size;
    qsizetype piece;
    qsizetype offset = 0;

    qsizetype read(char* buffer, qsizetype max)
    {
        check(max > 0);
        const qsizetype n = std::min({max, piece, size - offset});
        std::memcpy(buffer, data + offset, static_cast<size_t>(n));
        offset += n;
        return n;
    }
};

void checkFindings(const model::Findings& findings)
{
    for (const model::Finding& f : findings) {
        check(!f.ruleId.isEmpty());
        if (f.ruleId.startsWith(u"SEC-0")) { // content detectors: the value is redacted
            check(f.evidence.contains(QStringLiteral("…[")));
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1) {
        return 0;
    }
    const qsizetype piece = 1 + static_cast<qsizetype>(data[0]) * 64;
    const char* bytes = reinterpret_cast<const char*>(data + 1);
    const qsizetype total = static_cast<qsizetype>(size - 1);

    secrets::LayerScanOptions options;
    options.maxFileBytes = 64 * 1024;
    options.maxJsonBytes = 64 * 1024;
    int progressCalls = 0;
    options.progress = [&progressCalls](const secrets::LayerProgress& p) {
        check(p.bytes >= 0 && p.layersDone >= 0);
        ++progressCalls;
    };

    Source image{bytes, total, piece};
    const auto scanned = secrets::scanImageArchive([&image](char* b, qsizetype m) { return image.read(b, m); },
                                                   QStringLiteral("sha256:fuzz"),
                                                   QStringLiteral("fuzz:latest"),
                                                   options);
    if (scanned.ok()) {
        check(scanned->bytesRead <= total);
        checkFindings(scanned->findings);
        for (const secrets::SetuidFile& s : scanned->setuidFiles) {
            check((s.mode & 06000) != 0);
        }
    } else {
        check(!scanned.error().message.isEmpty());
    }

    Source layer{bytes, total, piece};
    options.maxTotalBytes = 1 << 20;
    const auto facts = secrets::scanTarStream([&layer](char* b, qsizetype m) { return layer.read(b, m); },
                                              QStringLiteral("/app"),
                                              QStringLiteral("fuzz-layer"),
                                              options);
    if (facts.ok()) {
        check(facts->bytesScanned >= 0 && facts->filesScanned >= 0);
        checkFindings(facts->findings);
    }
    (void)secrets::parseOsRelease(QByteArray::fromRawData(bytes, std::min<qsizetype>(total, 4096)));
    return 0;
}
