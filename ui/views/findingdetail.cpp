// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/findingdetail.h"

#include "core/rules/scan.h"
#include "core/util/textescape.h"
#include "ui/style.h"

#include <QCoreApplication>

namespace bulkhead::ui {

namespace {

QString esc(QStringView s)
{
    return util::htmlEscape(s);
}

QString ruleText(const char* s)
{
    return s && *s ? QCoreApplication::translate("Rules", s) : QString();
}

QString badge(model::Severity s)
{
    const QColor bg = severityColor(s);
    return QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>")
        .arg(bg.name(), textOn(bg).name(), esc(model::severityLabel(s).toUpper()));
}

QString section(const QString& title, const QString& body)
{
    if (body.trimmed().isEmpty())
        return {};
    return QStringLiteral("<h4>%1</h4><p>%2</p>").arg(esc(title), body);
}

QString references(const model::RuleInfo& r)
{
    QStringList refs;
    if (r.cis && *r.cis)
        refs << FindingDetail::tr("CIS Docker Benchmark %1").arg(esc(QString::fromUtf8(r.cis)));
    if (r.owasp && *r.owasp)
        refs << FindingDetail::tr("OWASP Docker Security Cheat Sheet %1").arg(esc(QString::fromUtf8(r.owasp)));
    if (r.nist && *r.nist)
        refs << FindingDetail::tr("NIST SP 800-190 %1").arg(esc(QString::fromUtf8(r.nist)));
    const QStringList aliases = model::ruleAliases(r);
    if (!aliases.isEmpty())
        refs << FindingDetail::tr("Also known as: %1").arg(esc(aliases.join(QStringLiteral(", "))));
    return refs.join(QStringLiteral("<br>"));
}

QString ruleBody(const model::RuleInfo& r)
{
    QString html;
    html += section(FindingDetail::tr("Why it matters"), esc(ruleText(r.rationale)));
    html +=
        section(FindingDetail::tr("How to fix"), esc(ruleText(r.remediation)).replace(u'\n', QStringLiteral("<br>")));
    html += section(FindingDetail::tr("What fixing costs"), esc(ruleText(r.fixCost)));
    html += section(FindingDetail::tr("References"), references(r));
    return html;
}

} // namespace

FindingDetail::FindingDetail(QWidget* parent) : QTextBrowser(parent)
{
    setOpenExternalLinks(false);
    setAccessibleName(tr("Finding details"));
    setPlaceholderText(tr("Select a finding to see its evidence, why it matters and how to fix it."));
}

QString FindingDetail::findingHtml(const model::Finding& f)
{
    const model::RuleInfo* r = rules::findRule(f.ruleId);
    QString html = QStringLiteral("<h3>%1 %2</h3>").arg(badge(f.severity), esc(r ? ruleText(r->title) : f.message));
    html += QStringLiteral("<p><b>%1</b> · %2</p>").arg(esc(f.ruleId), esc(f.targetName));
    html += QStringLiteral("<p>%1</p>").arg(esc(f.message));
    if (f.suppressed)
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("Accepted risk: %1").arg(f.suppressionReason)));
    QString evidence;
    if (!f.location.field.isEmpty())
        evidence += QStringLiteral("<b>%1</b><br>").arg(esc(f.location.field));
    if (!f.location.file.isEmpty())
        evidence +=
            esc(f.location.line > 0 ? tr("%1, line %2").arg(f.location.file).arg(f.location.line) : f.location.file) +
            QStringLiteral("<br>");
    if (!f.location.layer.isEmpty())
        evidence += esc(tr("Layer %1").arg(f.location.layer)) + QStringLiteral("<br>");
    if (!f.evidence.isEmpty())
        evidence += QStringLiteral("<code>%1</code>").arg(esc(f.evidence));
    if (f.confidence < 1.0)
        evidence += QStringLiteral("<br>") + esc(tr("Confidence %1%").arg(qRound(f.confidence * 100)));
    html += section(tr("Evidence"), evidence);
    if (!f.suggestion.isEmpty())
        html += section(tr("Suggested change"), QStringLiteral("<code>%1</code>").arg(esc(f.suggestion)));
    if (r)
        html += ruleBody(*r);
    return html;
}

QString FindingDetail::ruleHtml(const model::RuleInfo& r)
{
    QString html = QStringLiteral("<h3>%1 %2</h3>").arg(badge(r.severity), esc(ruleText(r.title)));
    html += QStringLiteral("<p><b>%1</b> · %2</p>")
                .arg(esc(QString::fromLatin1(r.id)), esc(model::categoryLabel(r.category)));
    html += ruleBody(r);
    return html;
}

void FindingDetail::showFinding(const model::Finding* finding)
{
    if (!finding) {
        clear();
        return;
    }
    setHtml(findingHtml(*finding));
}

void FindingDetail::showRule(const model::RuleInfo* rule)
{
    if (!rule) {
        clear();
        return;
    }
    setHtml(ruleHtml(*rule));
}

} // namespace bulkhead::ui
