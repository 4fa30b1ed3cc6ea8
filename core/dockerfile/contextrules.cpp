// SPDX-License-Identifier: GPL-3.0-or-later
// Build-context rules: run only when a folder is linted (lintPath on a directory). Everything in the context that
// .dockerignore does not exclude is sent to the daemon, and `COPY . .` puts it into a layer.
#include "core/dockerfile/lintsupport.h"

#include <QDir>
#include <QRegularExpression>

// QString literals: comparing with u"..."_s checks the length first and needs no strlen.
using namespace Qt::StringLiterals;

namespace bulkhead::dockerfile::detail {

bool isSensitiveContextFile(const QString& rel); // below

namespace {

using model::Category;
using model::Severity;

// Instructions that copy the whole context: COPY . ., ADD . /app, COPY ./ ./, COPY * /app/.
std::vector<int> wholeContextCopies(const LintContext& c)
{
    std::vector<int> out;
    for (size_t i = 0; i < c.df.instructions.size(); ++i) {
        const Instruction& ins = c.df.instructions[i];
        if ((ins.kind != InstructionKind::Copy && ins.kind != InstructionKind::Add) || ins.flag(u"from"_s)) {
            continue;
        }
        const QStringList w = ins.execForm ? ins.execArgs : ins.expanded.split(u' ', Qt::SkipEmptyParts);
        for (int s = 0; s + 1 < w.size(); ++s) {
            if (w[s] == u"."_s || w[s] == u"./"_s || w[s] == u"*"_s || w[s] == u"./*"_s) {
                out.push_back(int(i));
                break;
            }
        }
    }
    return out;
}

void checkDockerignoreMissing(LintContext& c)
{
    if (!c.context || c.context->hasDockerignore) {
        return;
    }
    for (int i : wholeContextCopies(c)) {
        c.report(i,
                 Lint::tr("%1 copies the whole build context and there is no .dockerignore")
                     .arg(c.df.instructions[i].keyword));
    }
}

void checkDockerignoreGaps(LintContext& c)
{
    if (!c.context || !c.context->hasDockerignore) {
        return;
    }
    const std::vector<int> copies = wholeContextCopies(c);
    if (copies.empty()) {
        return;
    }
    // Probe paths standing for each class of file a context should never ship.
    static const char* const probes[][2] = {
        {".git", ".git"},
        {".env", ".env"},
        {"id_rsa", "id_rsa"},
        {"server.key", "*.key / *.pem"},
        {"debug.log", "*.log"},
        {"node_modules", "node_modules"},
    };
    QStringList missing;
    for (const auto& p : probes) {
        if (!dockerignoreExcludes(c.context->dockerignore, QString::fromLatin1(p[0]))) {
            missing << QLatin1String(p[1]);
        }
    }
    if (!missing.isEmpty()) {
        c.report(copies.front(),
                 Lint::tr(".dockerignore does not exclude %1, and %2 copies the whole context")
                     .arg(missing.join(QStringLiteral(", ")), c.df.instructions[copies.front()].keyword),
                 missing.join(u'\n'));
    }
}

void checkSensitiveInContext(LintContext& c)
{
    if (!c.context) {
        return;
    }
    const bool copied = !wholeContextCopies(c).empty();
    int reported = 0;
    QStringList all = c.context->files;
    all << c.context->dirs;
    for (const QString& rel : all) {
        if (!isSensitiveContextFile(rel)) {
            continue;
        }
        // Inside an already-reported folder (.git/objects/...): the folder finding covers it.
        if (rel.contains(u'/') && isSensitiveContextFile(rel.section(u'/', 0, 0))) {
            continue;
        }
        if (dockerignoreExcludes(c.context->dockerignore, rel)) {
            continue;
        }
        if (++reported > 50) {
            break;
        }
        model::Finding& f =
            c.reportFile(QDir(c.context->root).filePath(rel),
                         0,
                         copied ? Lint::tr("'%1' is sent to the daemon and copied into the image by "
                                           "COPY/ADD of the whole context")
                                      .arg(rel)
                                : Lint::tr("'%1' is sent to the daemon with the build context").arg(rel));
        f.severity = c.config.overrides.value(f.ruleId, copied ? Severity::High : Severity::Medium);
        f.suggestion = rel;
    }
}

const RuleDef kRules[] = {
    makeRule("DKF-301",
             Severity::Medium,
             Category::BuildContext,
             QT_TRANSLATE_NOOP("Rules", "Whole context copied without a .dockerignore"),
             QT_TRANSLATE_NOOP("Rules",
                               "COPY . copies everything in the folder: .git history, .env files, keys, "
                               "logs and local dependencies end up in a layer."),
             QT_TRANSLATE_NOOP("Rules",
                               "Add a .dockerignore that excludes .git, .env*, *.pem, *.key, id_rsa*, "
                               "*.log and node_modules, or copy only the paths you need."),
             "",
             "",
             &checkDockerignoreMissing),
    makeRule("DKF-302",
             Severity::Low,
             Category::BuildContext,
             QT_TRANSLATE_NOOP("Rules", ".dockerignore misses common sensitive paths"),
             QT_TRANSLATE_NOOP("Rules",
                               "The .dockerignore exists but would let version history, environment files, "
                               "keys, logs or dependency folders into a whole-context COPY."),
             QT_TRANSLATE_NOOP("Rules",
                               "Add the missing patterns (the finding's suggestion lists them) to "
                               ".dockerignore."),
             "",
             "",
             &checkDockerignoreGaps),
    makeRule("DKF-303",
             Severity::High,
             Category::BuildContext,
             QT_TRANSLATE_NOOP("Rules", "Sensitive file in the build context"),
             QT_TRANSLATE_NOOP("Rules",
                               "Files in the context are sent to the daemon (possibly a remote one) and can "
                               "be copied into layers; keys and credentials should never be there."),
             QT_TRANSLATE_NOOP("Rules",
                               "Move the file out of the context or exclude it in .dockerignore; pass "
                               "build-time secrets with docker build --secret."),
             "4.10",
             "",
             &checkSensitiveInContext),
};

} // namespace

bool isSensitiveContextFile(const QString& rel)
{
    const QString base = rel.section(u'/', -1).toLower();
    static const QRegularExpression re(QStringLiteral(
        "^(id_(rsa|dsa|ecdsa|ed25519)|\\.env(\\.(?!example$|sample$|template$)[a-z0-9_-]+)?|\\.git|\\.aws|\\.ssh|"
        "\\.npmrc|\\.pypirc|\\.netrc|\\.git-credentials|\\.htpasswd|\\.vault-token|\\.dockercfg|terraform\\.tfstate|"
        "credentials(\\.json)?|.*\\.(pem|key|p12|pfx|jks|keystore|kdbx|ppk))$"));
    return re.match(base).hasMatch() || rel.endsWith(u".docker/config.json");
}

std::span<const RuleDef> contextRuleDefs()
{
    return kRules;
}

} // namespace bulkhead::dockerfile::detail
