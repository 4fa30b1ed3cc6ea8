// SPDX-License-Identifier: GPL-3.0-or-later
// docs/rules.md from the catalogue: the source strings (English), so the file does not depend on the locale.
#include "core/rules/scan.h"

#include <QMap>

namespace bulkhead::rules {

namespace {

QString text(const char* s)
{
    return s == nullptr ? QString() : QString::fromUtf8(s);
}

// Table cells must stay on one line and not break the table.
QString cell(const QString& s)
{
    QString t = s;
    t.replace(u'|', QStringLiteral("\\|"));
    t.replace(u'\n', u' ');
    return t;
}

QString anchor(const char* id)
{
    return QString::fromLatin1(id).toLower();
}

} // namespace

QString rulesMarkdown(std::span<const model::RuleInfo> rules)
{
    QString out;
    out += QStringLiteral(
        "<!-- Generated from the rule catalogue by `bulkhead-cli scan --list-rules --format markdown`. Do not edit: "
        "change the rule's family file and regenerate. tst_rules fails when this file is stale. -->\n");
    out += QStringLiteral("# Bulkhead rules\n\n");
    out +=
        QStringLiteral("%1 rules. Severities are defaults; a finding may be rated differently where the rule says so "
                       "(per capability, per mount, read-only vs read-write). Ids are stable and never reused.\n\n")
            .arg(rules.size());
    QMap<QString, int> families;
    for (const model::RuleInfo& r : rules) {
        families[QString::fromLatin1(r.id).section(u'-', 0, 0)]++;
    }
    out += QStringLiteral("| Family | Rules |\n| --- | --- |\n");
    for (auto it = families.cbegin(); it != families.cend(); ++it) {
        out += QStringLiteral("| %1 | %2 |\n").arg(it.key()).arg(it.value());
    }
    out += QStringLiteral("\n| Id | Severity | Category | Target | Title |\n| --- | --- | --- | --- | --- |\n");
    for (const model::RuleInfo& r : rules) {
        out += QStringLiteral("| [%1](#%2) | %3 | %4 | %5 | %6 |\n")
                   .arg(QString::fromLatin1(r.id),
                        anchor(r.id),
                        model::severityName(r.severity),
                        model::categoryName(r.category),
                        model::targetKindName(r.target),
                        cell(text(r.title)));
    }
    for (const model::RuleInfo& r : rules) {
        out += QStringLiteral("\n## %1\n\n**%2**\n\n").arg(QString::fromLatin1(r.id), text(r.title));
        out +=
            QStringLiteral("- Severity: %1\n- Category: %2\n- Target: %3\n")
                .arg(model::severityName(r.severity), model::categoryName(r.category), model::targetKindName(r.target));
        QStringList refs;
        if (r.cis != nullptr && *r.cis != '\0') {
            refs << QStringLiteral("CIS Docker Benchmark v1.6.0 %1").arg(text(r.cis));
        }
        if (r.owasp != nullptr && *r.owasp != '\0') {
            refs << QStringLiteral("OWASP Docker Security Cheat Sheet %1").arg(text(r.owasp));
        }
        if (r.nist != nullptr && *r.nist != '\0') {
            refs << QStringLiteral("NIST SP 800-190 %1").arg(text(r.nist));
        }
        if (!refs.isEmpty()) {
            out += QStringLiteral("- References: %1\n").arg(refs.join(QStringLiteral("; ")));
        }
        const QStringList aliases = model::ruleAliases(r);
        if (!aliases.isEmpty()) {
            out += QStringLiteral("- Equivalent ids: %1\n").arg(aliases.join(QStringLiteral(", ")));
        }
        out += QStringLiteral("\n%1\n\n**Remediation.** %2\n").arg(text(r.rationale), text(r.remediation));
        if (r.fixCost != nullptr && *r.fixCost != '\0') {
            out += QStringLiteral("\n**What fixing costs.** %1\n").arg(text(r.fixCost));
        }
    }
    return out;
}

} // namespace bulkhead::rules
