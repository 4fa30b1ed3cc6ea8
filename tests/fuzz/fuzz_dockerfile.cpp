// SPDX-License-Identifier: GPL-3.0-or-later
// The Dockerfile parser and the whole linter on any bytes, plus the .hadolint.yaml reader, variable expansion,
// key/value splitting and .dockerignore matching on the same text. Must never crash, throw or hang (the parser is
// documented linear). Checks what the parser promises: positions are inside the file, every instruction's stage
// index is valid, and every lint finding points at a line of the file and names a known rule.
#include "core/dockerfile/lint.h"
#include "core/dockerfile/parser.h"

#include <cstdint>
#include <cstdlib>

using namespace bulkhead::dockerfile;

namespace {

void check(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const ParsedDockerfile df = parseDockerfile(bytes, QStringLiteral("Dockerfile"));
    check(df.lineCount >= 0);
    for (const Instruction& in : df.instructions) {
        check(in.pos.line >= 1 && in.pos.line <= df.lineCount);
        check(in.endLine >= in.pos.line && in.endLine <= df.lineCount);
        check(in.stage >= -1 && in.stage < static_cast<int>(df.stages.size()));
        for (qsizetype i = 0; i <= in.args.size(); i += 7) {
            const Position p = in.positionAt(i);
            check(p.line >= 1 && p.line <= df.lineCount);
        }
        (void)in.shellScript();
    }
    for (const Stage& s : df.stages) {
        check(s.fromInstruction >= 0 && s.fromInstruction < static_cast<int>(df.instructions.size()));
        check(s.parentStage < s.index);
    }
    for (const ParseIssue& issue : df.issues) {
        check(!issue.message.isEmpty());
    }

    const LintConfig config = parseHadolintConfig(bytes);
    LintConfig strictConfig;
    strictConfig.trustedRegistries = {QStringLiteral("docker.io"), QStringLiteral("registry.example")};
    strictConfig.labelSchema.insert(QStringLiteral("org.opencontainers.image.source"), LabelType::Url);
    strictConfig.labelSchema.insert(QStringLiteral("version"), LabelType::Semver);
    strictConfig.strictLabels = true;
    for (const LintConfig* c : {&config, static_cast<const LintConfig*>(&strictConfig)}) {
        for (const bulkhead::model::Finding& f : lintDockerfile(df, *c)) {
            check(findDockerfileRule(f.ruleId) != nullptr);
            check(f.location.line >= 0 && f.location.line <= std::max(1, df.lineCount));
        }
    }

    const QString text = QString::fromUtf8(bytes.left(4096));
    QHash<QString, QString> vars;
    vars.insert(QStringLiteral("A"), QStringLiteral("1"));
    vars.insert(QStringLiteral("HOME"), QStringLiteral("/root"));
    (void)expandVariables(text, vars);
    (void)expandVariables(text, vars, u'`');
    (void)parseKeyValues(text, true);
    (void)parseKeyValues(text, false, u'`');
    const QStringList lines = text.split(u'\n');
    for (const QString& line : lines.mid(0, 16)) {
        (void)dockerignoreExcludes(lines.mid(0, 32), line);
    }
    return 0;
}
