// SPDX-License-Identifier: GPL-3.0-or-later
// Label rules (DL3048-DL3058 without DL3057): label keys, and the label schema a team configures in .hadolint.yaml.
#include "core/dockerfile/lintsupport.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

// QString literals: comparing with u"..."_s checks the length first and needs no strlen.
using namespace Qt::StringLiterals;

namespace bulkhead::dockerfile::detail {

namespace {

using model::Category;
using model::Severity;

struct LabelAt
{
    int instruction;
    const KeyValue* kv;
};

// Labels of the final stage (and the stages it is built from).
std::vector<LabelAt> finalLabels(const LintContext& c)
{
    std::vector<LabelAt> out;
    for (int s = int(c.df.stages.size()) - 1, guard = 0; s >= 0 && guard < 64;
         s = c.df.stages[s].parentStage, ++guard) {
        for (int i : c.stageInstructions(s)) {
            const Instruction& ins = c.df.instructions[i];
            if (ins.kind == InstructionKind::Label) {
                for (const KeyValue& kv : ins.pairs) {
                    out.push_back({i, &kv});
                }
            }
        }
    }
    return out;
}

void checkLabelKey(LintContext& c)
{
    // ^[a-z]([a-z0-9]|[.-](?=[a-z0-9]))*$ as a scan ('$' also matches before a final newline, as there).
    const auto valid = [](QStringView key) {
        const auto alnum = [](QChar ch) { return (ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9'); };
        const qsizetype end = key.endsWith(u'\n') ? key.size() - 1 : key.size();
        if (end == 0 || !(key[0] >= u'a' && key[0] <= u'z')) {
            return false;
        }
        for (qsizetype k = 1; k < end; ++k) {
            if (alnum(key[k])) {
                continue;
            }
            if ((key[k] == u'.' || key[k] == u'-') && k + 1 < end && alnum(key[k + 1])) {
                continue;
            }
            return false;
        }
        return true;
    };
    for (const int i : c.kinds.of(InstructionKind::Label)) {
        const Instruction& ins = c.df.instructions[size_t(i)];
        for (const KeyValue& kv : ins.pairs) {
            // Each reserved prefix starts with its own letter: one is compared at most.
            bool reserved = false;
            if (!kv.key.isEmpty()) {
                switch (kv.key.front().unicode()) {
                case u'c':
                    reserved = startsWithPlain(kv.key, u"com.docker.");
                    break;
                case u'i':
                    reserved = startsWithPlain(kv.key, u"io.docker.");
                    break;
                case u'o':
                    reserved = startsWithPlain(kv.key, u"org.dockerproject.");
                    break;
                default:
                    break;
                }
            }
            if (reserved || !valid(kv.key)) {
                c.report(int(i),
                         Lint::tr("label key '%1' is not a lower-case reverse-DNS name, or uses a namespace "
                                  "reserved by Docker")
                             .arg(kv.key));
            }
        }
    }
}

void checkLabelMissing(LintContext& c)
{
    if (c.config.labelSchema.isEmpty() || c.df.stages.empty()) {
        return;
    }
    QSet<QString> present;
    for (const LabelAt& l : finalLabels(c)) {
        present.insert(l.kv->key);
    }
    QStringList keys = c.config.labelSchema.keys();
    keys.sort();
    for (const QString& k : keys) {
        if (!present.contains(k)) {
            c.report(c.df.stages.back().fromInstruction, Lint::tr("required label '%1' is missing").arg(k));
        }
    }
}

void checkLabelSuperfluous(LintContext& c)
{
    if (!c.config.strictLabels) {
        return;
    }
    for (const LabelAt& l : finalLabels(c)) {
        if (!c.config.labelSchema.contains(l.kv->key)) {
            c.report(l.instruction, Lint::tr("label '%1' is not in the label schema").arg(l.kv->key));
        }
    }
}

void reportTyped(LintContext& c, LabelType type, const std::function<bool(const QString&)>& valid, const QString& what)
{
    if (c.config.labelSchema.isEmpty()) {
        return; // no label is typed (the default): not even the final stage's labels are gathered
    }
    for (const LabelAt& l : finalLabels(c)) {
        const auto it = c.config.labelSchema.constFind(l.kv->key);
        if (it == c.config.labelSchema.constEnd() || *it != type || l.kv->value.isEmpty() ||
            l.kv->value.contains(u'$')) {
            continue;
        }
        if (!valid(l.kv->value)) {
            c.report(l.instruction, Lint::tr("label '%1' is not a valid %2").arg(l.kv->key, what));
        }
    }
}

void checkLabelEmpty(LintContext& c)
{
    if (c.config.labelSchema.isEmpty()) {
        return; // only labels of the schema are judged
    }
    for (const LabelAt& l : finalLabels(c)) {
        if (c.config.labelSchema.contains(l.kv->key) && l.kv->value.trimmed().isEmpty()) {
            c.report(l.instruction, Lint::tr("label '%1' is empty").arg(l.kv->key));
        }
    }
}

void checkLabelUrl(LintContext& c)
{
    if (c.config.labelSchema.isEmpty()) {
        return; // no label is typed (the default): the message is not even made
    }
    reportTyped(
        c,
        LabelType::Url,
        [](const QString& v) {
            const QUrl u(v, QUrl::StrictMode);
            return u.isValid() && !u.scheme().isEmpty() && !u.host().isEmpty();
        },
        Lint::tr("URL"));
}

void checkLabelRfc3339(LintContext& c)
{
    if (c.config.labelSchema.isEmpty()) {
        return; // no label is typed (the default): the message is not even made
    }
    static const QRegularExpression re(
        QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])[Tt "
                       "]([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d+)?([Zz]|[+-]([01]\\d|2[0-3]):[0-5]\\d)$"));
    reportTyped(
        c, LabelType::Rfc3339, [](const QString& v) { return re.match(v).hasMatch(); }, Lint::tr("RFC 3339 time"));
}

bool validSpdx(const QString& v)
{
    // Common SPDX identifiers; expressions with AND/OR/WITH, parentheses, '+' and LicenseRef- are accepted.
    static const QSet<QString> ids{
        QStringLiteral("0BSD"),
        QStringLiteral("AGPL-3.0-only"),
        QStringLiteral("AGPL-3.0-or-later"),
        QStringLiteral("Apache-1.1"),
        QStringLiteral("Apache-2.0"),
        QStringLiteral("Artistic-2.0"),
        QStringLiteral("BSD-1-Clause"),
        QStringLiteral("BSD-2-Clause"),
        QStringLiteral("BSD-3-Clause"),
        QStringLiteral("BSD-3-Clause-Clear"),
        QStringLiteral("BSD-4-Clause"),
        QStringLiteral("BSL-1.0"),
        QStringLiteral("CC0-1.0"),
        QStringLiteral("CC-BY-4.0"),
        QStringLiteral("CC-BY-SA-4.0"),
        QStringLiteral("CDDL-1.0"),
        QStringLiteral("CDDL-1.1"),
        QStringLiteral("EPL-1.0"),
        QStringLiteral("EPL-2.0"),
        QStringLiteral("EUPL-1.2"),
        QStringLiteral("GPL-2.0-only"),
        QStringLiteral("GPL-2.0-or-later"),
        QStringLiteral("GPL-3.0-only"),
        QStringLiteral("GPL-3.0-or-later"),
        QStringLiteral("GPL-2.0"),
        QStringLiteral("GPL-3.0"),
        QStringLiteral("ISC"),
        QStringLiteral("LGPL-2.1-only"),
        QStringLiteral("LGPL-2.1-or-later"),
        QStringLiteral("LGPL-3.0-only"),
        QStringLiteral("LGPL-3.0-or-later"),
        QStringLiteral("LGPL-2.1"),
        QStringLiteral("LGPL-3.0"),
        QStringLiteral("MIT"),
        QStringLiteral("MIT-0"),
        QStringLiteral("MPL-2.0"),
        QStringLiteral("MS-PL"),
        QStringLiteral("OpenSSL"),
        QStringLiteral("PostgreSQL"),
        QStringLiteral("Python-2.0"),
        QStringLiteral("Unlicense"),
        QStringLiteral("UPL-1.0"),
        QStringLiteral("WTFPL"),
        QStringLiteral("Zlib"),
        QStringLiteral("Classpath-exception-2.0"),
        QStringLiteral("LLVM-exception"),
        QStringLiteral("OFL-1.1"),
        QStringLiteral("Ruby"),
        QStringLiteral("PHP-3.01"),
        QStringLiteral("Vim"),
        QStringLiteral("curl"),
        QStringLiteral("X11"),
        QStringLiteral("ZPL-2.1"),
    };
    QString expr = v;
    expr.replace(u'(', u' ').replace(u')', u' ');
    const QStringList words = expr.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty()) {
        return false;
    }
    bool expectId = true;
    for (const QString& w : words) {
        if (expectId) {
            QString id = w;
            if (id.endsWith(u'+')) {
                id.chop(1);
            }
            if (!ids.contains(id) && !id.startsWith(u"LicenseRef-") && !id.startsWith(u"DocumentRef-")) {
                return false;
            }
            expectId = false;
        } else {
            if (w != u"AND"_s && w != u"OR"_s && w != u"WITH"_s) {
                return false;
            }
            expectId = true;
        }
    }
    return !expectId;
}

void checkLabelSpdx(LintContext& c)
{
    if (c.config.labelSchema.isEmpty()) {
        return; // no label is typed (the default): the message is not even made
    }
    reportTyped(c, LabelType::Spdx, validSpdx, Lint::tr("SPDX licence expression"));
}

void checkLabelHash(LintContext& c)
{
    if (c.config.labelSchema.isEmpty()) {
        return; // no label is typed (the default): the message is not even made
    }
    static const QRegularExpression re(QStringLiteral("^[0-9a-fA-F]{7,64}$"));
    reportTyped(
        c, LabelType::Hash, [](const QString& v) { return re.match(v).hasMatch(); }, Lint::tr("git hash"));
}

void checkLabelSemver(LintContext& c)
{
    if (c.config.labelSchema.isEmpty()) {
        return; // no label is typed (the default): the message is not even made
    }
    static const QRegularExpression re(QStringLiteral("^v?(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z-]+("
                                                      "\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$"));
    reportTyped(
        c, LabelType::Semver, [](const QString& v) { return re.match(v).hasMatch(); }, Lint::tr("semantic version"));
}

void checkLabelEmail(LintContext& c)
{
    if (c.config.labelSchema.isEmpty()) {
        return; // no label is typed (the default): the message is not even made
    }
    static const QRegularExpression re(QStringLiteral("^[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+$"));
    reportTyped(
        c, LabelType::Email, [](const QString& v) { return re.match(v).hasMatch(); }, Lint::tr("e-mail address"));
}

const RuleDef kRules[] = {
    makeRule("DKF-148",
             Severity::Info,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "Invalid label key"),
             QT_TRANSLATE_NOOP("Rules",
                               "Label keys should be lower-case reverse-DNS names; Docker reserves "
                               "com.docker.*, io.docker.* and org.dockerproject.*."),
             QT_TRANSLATE_NOOP("Rules", "Rename the label, e.g. org.opencontainers.image.source."),
             "",
             "hadolint:DL3048",
             &checkLabelKey),
    makeRule("DKF-149",
             Severity::Info,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "Required label missing"),
             QT_TRANSLATE_NOOP("Rules",
                               "Your label schema requires this label (ownership, source, licence) so "
                               "images can be traced."),
             QT_TRANSLATE_NOOP("Rules", "Add LABEL <key>=\"<value>\" to the final stage."),
             "",
             "hadolint:DL3049",
             &checkLabelMissing),
    makeRule("DKF-150",
             Severity::Info,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "Label outside the schema"),
             QT_TRANSLATE_NOOP("Rules", "strict-labels is on and this label is not in the schema."),
             QT_TRANSLATE_NOOP("Rules", "Remove the label or add it to label-schema."),
             "",
             "hadolint:DL3050",
             &checkLabelSuperfluous),
    makeRule("DKF-151",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "Label is empty"),
             QT_TRANSLATE_NOOP("Rules", "A schema label with no value carries no information."),
             QT_TRANSLATE_NOOP("Rules", "Give the label a value."),
             "",
             "hadolint:DL3051",
             &checkLabelEmpty),
    makeRule("DKF-152",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "Label is not a URL"),
             QT_TRANSLATE_NOOP("Rules", "The schema says this label holds a URL."),
             QT_TRANSLATE_NOOP("Rules", "Use an absolute URL with scheme and host."),
             "",
             "hadolint:DL3052",
             &checkLabelUrl),
    makeRule("DKF-153",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "Label is not an RFC 3339 time"),
             QT_TRANSLATE_NOOP("Rules", "The schema says this label holds a time stamp."),
             QT_TRANSLATE_NOOP("Rules", "Use e.g. 2024-05-01T12:00:00Z."),
             "",
             "hadolint:DL3053",
             &checkLabelRfc3339),
    makeRule("DKF-154",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "Label is not an SPDX licence expression"),
             QT_TRANSLATE_NOOP("Rules", "The schema says this label holds a licence; tools read SPDX ids."),
             QT_TRANSLATE_NOOP("Rules", "Use an SPDX id or expression, e.g. Apache-2.0 OR MIT."),
             "",
             "hadolint:DL3054",
             &checkLabelSpdx),
    makeRule("DKF-155",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "Label is not a git hash"),
             QT_TRANSLATE_NOOP("Rules", "The schema says this label holds a commit hash."),
             QT_TRANSLATE_NOOP("Rules", "Use the full or abbreviated hex commit id."),
             "",
             "hadolint:DL3055",
             &checkLabelHash),
    makeRule("DKF-156",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "Label is not a semantic version"),
             QT_TRANSLATE_NOOP("Rules", "The schema says this label holds a semantic version."),
             QT_TRANSLATE_NOOP("Rules", "Use MAJOR.MINOR.PATCH, e.g. 1.4.2."),
             "",
             "hadolint:DL3056",
             &checkLabelSemver),
    makeRule("DKF-158",
             Severity::Medium,
             Category::Dockerfile,
             QT_TRANSLATE_NOOP("Rules", "Label is not an e-mail address"),
             QT_TRANSLATE_NOOP("Rules", "The schema says this label holds an e-mail address."),
             QT_TRANSLATE_NOOP("Rules", "Use name@example.org."),
             "",
             "hadolint:DL3058",
             &checkLabelEmail),
};

} // namespace

std::span<const RuleDef> labelRuleDefs()
{
    return kRules;
}

} // namespace bulkhead::dockerfile::detail
