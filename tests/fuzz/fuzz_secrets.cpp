// SPDX-License-Identifier: GPL-3.0-or-later
// The secret detector over arbitrary bytes (as a file, with line counting, and as an environment value), plus the
// helpers it rests on. Checks the redaction promise, not only "no crash": a finding's evidence is KEY=prefix…[N chars]
// or prefix…[N chars] with a prefix of at most four characters, so no secret value is ever printed whole, and its
// line/column point inside the text.
#include "core/secrets/detector.h"
#include "core/secrets/filescan.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace bulkhead;

namespace {

void check(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

void checkFindings(const model::Findings& findings, std::string_view text, bool countLines)
{
    const int lines = 1 + static_cast<int>(std::count(text.begin(), text.end(), '\n'));
    for (const model::Finding& f : findings) {
        check(f.ruleId.startsWith(u"SEC-"));
        check(f.confidence > 0.0 && f.confidence <= 1.0);
        // Redacted evidence: "...…[N chars]" where what precedes the ellipsis ends in at most four characters of the
        // value, after the key's '='.
        const qsizetype ellipsis = f.evidence.lastIndexOf(QStringLiteral("…["));
        check(ellipsis >= 0);
        check(f.evidence.endsWith(QStringLiteral(" chars]")));
        bool ok = false;
        const int n = f.evidence.mid(ellipsis + 2, f.evidence.size() - ellipsis - 2 - 7).toInt(&ok);
        check(ok && n > 0);
        const QStringView head = QStringView(f.evidence).left(ellipsis);
        if (n < 16) {
            check(head.isEmpty() || head.endsWith(u'=')); // nothing of a short value is shown
        } else if (head.size() > 4) {
            bool keyed = false; // KEY= then at most four characters of the value
            for (qsizetype p = 0; p <= 4; ++p) {
                keyed = keyed || head[head.size() - 1 - p] == u'=';
            }
            check(keyed);
        }
        if (countLines) {
            check(f.location.line >= 1 && f.location.line <= lines);
            check(f.location.column >= 1);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    secrets::ScanContext file;
    file.targetKind = model::TargetKind::File;
    file.targetName = QStringLiteral("fuzz.env");
    file.location.file = QStringLiteral("fuzz.env");
    checkFindings(secrets::scanText(text, file), text, true);

    secrets::ScanContext env;
    env.targetKind = model::TargetKind::Container;
    env.countLines = false;
    env.location.field = QStringLiteral("Config.Env[0]");
    checkFindings(secrets::scanAssignment(text.substr(0, 4096), env), text, false);

    (void)secrets::looksBinary(text);
    const double entropy = secrets::shannonEntropy(text);
    check(entropy >= 0.0 && entropy <= 8.0 + 1e-9);
    const QString path =
        QString::fromUtf8(text.substr(0, 256).data(), static_cast<qsizetype>(std::min<size_t>(size, 256)));
    (void)secrets::sensitiveFileKind(path);
    (void)secrets::scanFileContent(path, text, model::TargetKind::File);
    return 0;
}
