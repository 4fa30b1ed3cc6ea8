// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML report: one self-contained file a reviewer can mail or archive. Inline CSS and inline SVG only, no script,
// no external resource, and a CSP that would block both even if some text slipped through unescaped. Every string from
// the model goes through esc(): container names, labels, messages and evidence came from a daemon or a Dockerfile.
#include "core/report/report.h"
#include "core/report/reporttext.h"
#include "core/report/svgchart.h"

#include "core/util/textescape.h"

#include <QStringBuilder>

namespace bulkhead::report {

namespace {

QString esc(QStringView s)
{
    return util::htmlEscape(s);
}

const char* kCss = R"CSS(
:root{--crit:#9b1c1c;--high:#d9480f;--med:#b7791f;--low:#1c64b8;--info:#5f6b7a;--ink:#1f2933;--mute:#5f6b7a;
--line:#d9dee5;--soft:#f4f6f9;--accent:#1f3a5f}
*{box-sizing:border-box}
body{font:14px/1.45 "DejaVu Sans",Helvetica,Arial,sans-serif;color:var(--ink);margin:0;background:#fff}
main{max-width:1080px;margin:0 auto;padding:0 28px 40px}
h1{font-size:28px;margin:0 0 6px}
h2{font-size:21px;border-bottom:2px solid var(--accent);padding-bottom:4px;margin:36px 0 14px;color:var(--accent)}
h3{font-size:17px;margin:26px 0 8px}
h4{font-size:14px;margin:14px 0 6px;color:var(--mute);text-transform:uppercase;letter-spacing:.04em}
a{color:var(--accent)}
code,pre{font-family:"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:12.5px}
pre{background:var(--soft);border:1px solid var(--line);border-radius:4px;padding:8px 10px;white-space:pre-wrap;
word-break:break-all;margin:6px 0}
table{border-collapse:collapse;width:100%;margin:8px 0 14px}
th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
th{background:var(--soft);font-weight:600}
thead{display:table-header-group}
tr{page-break-inside:avoid;break-inside:avoid}
.cover{background:var(--accent);color:#fff;padding:30px 28px 24px;margin:0 -28px 10px}
.cover dl{display:grid;grid-template-columns:max-content 1fr;gap:3px 18px;margin:14px 0 0}
.cover dt{opacity:.75}.cover dd{margin:0}
.toc ol{padding-left:20px;margin:4px 0}.toc li{margin:2px 0}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin:10px 0}
.card{border:1px solid var(--line);border-radius:6px;padding:8px 12px;min-width:84px;flex:1 1 84px}
.card b{display:block;font-size:22px}
.grade{display:inline-block;min-width:44px;text-align:center;font-weight:700;font-size:22px;color:#fff;border-radius:6px;
padding:4px 10px}
.g-A{background:#2f855a}.g-B{background:#68a23a}.g-C{background:#b7791f}.g-D{background:#d9480f}.g-E,.g-F{background:#9b1c1c}
.g-{background:var(--info)}
.sev{display:inline-block;font-size:11px;font-weight:700;text-transform:uppercase;color:#fff;border-radius:3px;
padding:1px 6px;white-space:nowrap}
.sev-critical{background:var(--crit)}.sev-high{background:var(--high)}.sev-medium{background:var(--med)}
.sev-low{background:var(--low)}.sev-info{background:var(--info)}
.charts{display:flex;flex-wrap:wrap;gap:18px}
.chart{border:1px solid var(--line);border-radius:6px;padding:8px;flex:1 1 320px}
.chart h4{margin:2px 0 6px}
.finding{border:1px solid var(--line);border-left:5px solid var(--info);border-radius:4px;padding:8px 12px;margin:8px 0;
break-inside:avoid;page-break-inside:avoid}
.finding.critical{border-left-color:var(--crit)}.finding.high{border-left-color:var(--high)}
.finding.medium{border-left-color:var(--med)}.finding.low{border-left-color:var(--low)}
.finding.suppressed{opacity:.7}
.finding .head{display:flex;gap:8px;align-items:baseline;flex-wrap:wrap}
.finding .rid{font-family:"DejaVu Sans Mono",monospace;font-weight:700}
.finding p{margin:4px 0}
.finding .k{color:var(--mute)}
.review{background:#eef6ee;border:1px solid #b9dcb9;border-radius:4px;padding:4px 8px;margin-top:6px}
.muted{color:var(--mute)}
.target{border-top:1px solid var(--line);margin-top:24px}
.target .meta{color:var(--mute);margin:0 0 6px}
footer{color:var(--mute);font-size:12px;border-top:1px solid var(--line);margin-top:40px;padding-top:8px}
@media print{
 body{font-size:10.5pt}
 main{max-width:none;padding:0}
 .cover{margin:0 0 10px;-webkit-print-color-adjust:exact;print-color-adjust:exact}
 .sev,.grade,.chart{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 h2{break-before:page;page-break-before:always}
 #summary{break-before:auto;page-break-before:auto}
 h2,h3,h4{break-after:avoid;page-break-after:avoid}
 a{color:inherit;text-decoration:none}
 pre{white-space:pre-wrap}
 @page{margin:16mm 14mm}
}
)CSS";

QString sevBadge(model::Severity s)
{
    return QStringLiteral("<span class=\"sev sev-%1\">%2</span>")
        .arg(model::severityName(s), esc(model::severityLabel(s)));
}

QString gradeBadge(const QString& grade)
{
    const QString g = grade.isEmpty() ? QString() : grade.left(1);
    return QStringLiteral("<span class=\"grade g-%1\">%2</span>")
        .arg(esc(g), esc(grade.isEmpty() ? QStringLiteral("–") : grade));
}

void writeFinding(QString& h, const ReportModel& model, const ReportFinding& rf)
{
    const model::Finding& f = rf.finding;
    const RuleRef& rule = model.rule(rf);
    h += u"<div class=\"finding " % model::severityName(f.severity) % (f.suppressed ? u" suppressed" : u"") %
         u"\" id=\"f-" % rf.fingerprint % u"\">";
    h += u"<div class=\"head\">" % sevBadge(f.severity) % u"<a class=\"rid\" href=\"#rule-" % esc(f.ruleId) % u"\">" %
         esc(f.ruleId) % u"</a><strong>" % esc(rule.title) % u"</strong></div>";
    h += u"<p>" % esc(f.message) % u"</p>";
    if (!f.evidence.isEmpty()) {
        h += u"<p><span class=\"k\">" % esc(Report::tr("Evidence:")) % u"</span> <code>" % esc(f.evidence) %
             u"</code></p>";
    }
    QStringList where;
    if (!f.location.file.isEmpty()) {
        where << (f.location.line > 0 ? QStringLiteral("%1:%2").arg(f.location.file).arg(f.location.line)
                                      : f.location.file);
    }
    if (!f.location.field.isEmpty()) {
        where << f.location.field;
    }
    if (!f.location.layer.isEmpty()) {
        where << Report::tr("layer %1").arg(shortId(f.location.layer));
    }
    if (!where.isEmpty()) {
        h += u"<p><span class=\"k\">" % esc(Report::tr("Where:")) % u"</span> <code>" %
             esc(where.join(QStringLiteral(" · "))) % u"</code></p>";
    }
    if (!rule.rationale.isEmpty()) {
        h +=
            u"<p><span class=\"k\">" % esc(Report::tr("Why it matters:")) % u"</span> " % esc(rule.rationale) % u"</p>";
    }
    if (!rule.remediation.isEmpty()) {
        h += u"<p><span class=\"k\">" % esc(Report::tr("Remediation:")) % u"</span> " % esc(rule.remediation) % u"</p>";
    }
    if (!f.suggestion.isEmpty()) {
        h += u"<pre>" % esc(f.suggestion) % u"</pre>";
    }
    const QStringList refs = ruleReferences(rule);
    if (!refs.isEmpty()) {
        h += u"<p><span class=\"k\">" % esc(Report::tr("References:")) % u"</span> " %
             esc(refs.join(QStringLiteral("; "))) % u"</p>";
    }
    if (f.confidence < 1.0) {
        h += u"<p class=\"muted\">" %
             esc(Report::tr("Heuristic match, confidence %1%").arg(qRound(f.confidence * 100))) % u"</p>";
    }
    if (f.suppressed) {
        h += u"<p class=\"muted\">" % esc(Report::tr("Suppressed (accepted risk): %1").arg(f.suppressionReason)) %
             u"</p>";
    }
    if (rf.review) {
        h += u"<div class=\"review\"><strong>" % esc(Report::tr("Review: %1").arg(reviewLabel(rf.review->decision))) %
             u"</strong>";
        if (!rf.review->reviewer.isEmpty()) {
            h += u" — " % esc(rf.review->reviewer);
        }
        if (rf.review->decidedAt.isValid()) {
            h += u", " % esc(formatTime(rf.review->decidedAt));
        }
        if (!rf.review->note.isEmpty()) {
            h += u"<br>" % esc(rf.review->note);
        }
        h += u"</div>";
    }
    h += u"</div>\n";
}

void writeFindings(QString& h, const ReportModel& model, const std::vector<ReportFinding>& list)
{
    if (list.empty()) {
        h += u"<p class=\"muted\">" % esc(Report::tr("No findings.")) % u"</p>\n";
        return;
    }
    for (const ReportFinding& f : list) {
        writeFinding(h, model, f);
    }
}

void writeBreakdown(QString& h, const rules::RiskScore& r)
{
    if (r.breakdown.empty()) {
        return;
    }
    h += u"<table><thead><tr><th>" % esc(Report::tr("Score term")) % u"</th><th>" % esc(Report::tr("Rule")) %
         u"</th><th style=\"text-align:right\">" % esc(Report::tr("Points")) % u"</th></tr></thead><tbody>";
    for (const rules::ScoreTerm& t : r.breakdown) {
        h += u"<tr><td>" % esc(t.reason) % u"</td><td><code>" % esc(t.ruleId) %
             u"</code></td><td style=\"text-align:right\">" % QString::number(t.points, 'f', 1) % u"</td></tr>";
    }
    h += u"</tbody></table>\n";
}

QString dlRow(const QString& key, const QString& value)
{
    return u"<dt>" % esc(key) % u"</dt><dd>" % esc(value.isEmpty() ? Report::tr("unknown") : value) % u"</dd>";
}

} // namespace

QByteArray writeHtml(const ReportModel& model)
{
    const ReportMeta& m = model.meta;
    const ReportSummary& s = model.summary;
    QString h;
    h.reserve(4096 + static_cast<qsizetype>(model.containers.size()) * 6000);

    h += u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
         u"img-src data:; base-uri 'none'; form-action 'none'\">\n"
         u"<meta name=\"referrer\" content=\"no-referrer\">\n"
         u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         u"<meta name=\"generator\" content=\"" %
         esc(m.toolName + u' ' + m.toolVersion) % u"\">\n<title>" % esc(m.title) % u" — " %
         esc(m.hostName.isEmpty() ? m.endpoint : m.hostName) % u"</title>\n<style>" % QLatin1String(kCss) %
         u"</style>\n</head>\n<body>\n<main>\n";

    // ---- cover
    h += u"<header class=\"cover\" id=\"cover\"><h1>" % esc(m.title) % u"</h1><div>" %
         esc(Report::tr("Docker host %1").arg(m.hostName.isEmpty() ? m.endpoint : m.hostName)) % u"</div><dl>";
    h += dlRow(Report::tr("Endpoint"),
               m.endpointSource.isEmpty() ? m.endpoint : QStringLiteral("%1 (%2)").arg(m.endpoint, m.endpointSource));
    h += dlRow(Report::tr("Engine"), Report::tr("%1, API %2").arg(m.engineVersion, m.apiVersion));
    h += dlRow(Report::tr("Operating system"), m.operatingSystem);
    h += dlRow(Report::tr("Kernel"),
               m.kernelVersion + (m.architecture.isEmpty() ? QString() : u" (" % m.architecture % u')'));
    h += dlRow(Report::tr("Scan time"), formatTime(m.scanTime));
    h += dlRow(Report::tr("Report generated"), formatTime(m.generatedAt));
    h += dlRow(Report::tr("Scope"), m.scope);
    h += dlRow(Report::tr("Tool"), m.toolName + u' ' + m.toolVersion);
    h += u"</dl>";
    if (m.partial || !m.collectionIssues.isEmpty()) {
        h += u"<p><strong>" % esc(Report::tr("Partial results: the collection did not complete.")) % u"</strong></p>";
    }
    h += u"</header>\n";

    // ---- table of contents
    h += u"<nav class=\"toc\" id=\"toc\"><h2 style=\"break-before:auto\">" % esc(Report::tr("Contents")) % u"</h2><ol>";
    for (const QString& id : sectionIds()) {
        h += u"<li><a href=\"#" % id % u"\">" % esc(sectionTitle(id)) % u"</a>";
        if (id == u"containers" && !model.containers.empty()) {
            h += u"<ol>";
            for (const ContainerSection& c : model.containers) {
                h += u"<li><a href=\"#" % containerAnchor(c) % u"\">" % esc(c.name) % u"</a> <span class=\"muted\">" %
                     esc(Report::tr("score %1").arg(c.risk.score)) % u"</span></li>";
            }
            h += u"</ol>";
        }
        if (id == u"images" && !model.images.empty()) {
            h += u"<ol>";
            for (const ImageSection& i : model.images) {
                h += u"<li><a href=\"#" % imageAnchor(i) % u"\">" % esc(i.name) % u"</a></li>";
            }
            h += u"</ol>";
        }
        h += u"</li>";
    }
    h += u"</ol></nav>\n";

    // ---- executive summary
    h += u"<section id=\"summary\"><h2>" % esc(sectionTitle(u"summary")) % u"</h2>";
    h += u"<div class=\"cards\"><div class=\"card\">" % esc(Report::tr("Host posture")) % u"<b>" %
         gradeBadge(s.hostPosture.grade) % u"</b></div>";
    h += u"<div class=\"card\">" % esc(Report::tr("Findings")) % u"<b>" % QString::number(s.totalFindings) %
         u"</b></div><div class=\"card\">" % esc(Report::tr("Containers")) % u"<b>" % QString::number(s.containers) %
         u"</b></div><div class=\"card\">" % esc(Report::tr("Images")) % u"<b>" % QString::number(s.images) %
         u"</b></div>";
    for (const CountBy& c : s.bySeverity) {
        h += u"<div class=\"card\">" % sevBadge(*model::severityFromName(c.key)) % u"<b>" % QString::number(c.count) %
             u"</b></div>";
    }
    h += u"</div>";
    if (s.suppressedFindings > 0) {
        h += u"<p class=\"muted\">" %
             esc(Report::tr(
                 "%n finding(s) suppressed as accepted risk (listed, not counted).", nullptr, s.suppressedFindings)) %
             u"</p>";
    }
    h += u"<h3>" % esc(Report::tr("Top risks")) % u"</h3>";
    if (s.topRisks.empty()) {
        h += u"<p class=\"muted\">" % esc(Report::tr("No finding of medium severity or above.")) % u"</p>";
    } else {
        h += u"<ol>";
        for (const TopRisk& t : s.topRisks) {
            h += u"<li>" % sevBadge(t.severity) % u" <a href=\"#" % t.anchor % u"\">" % esc(t.sentence) %
                 u"</a> <code>" % esc(t.ruleId) % u"</code></li>";
        }
        h += u"</ol>";
    }
    h += u"<div class=\"charts\">";
    h += u"<div class=\"chart\"><h4>" % esc(Report::tr("Findings by severity")) % u"</h4>" %
         severityChartSvg(s.bySeverity) % u"</div>";
    h += u"<div class=\"chart\"><h4>" % esc(Report::tr("Riskiest containers (score 0–100)")) % u"</h4>" %
         riskiestChartSvg(s.riskiestContainers) % u"</div>";
    h += u"<div class=\"chart\"><h4>" % esc(Report::tr("Findings by category")) % u"</h4>" %
         categoryChartSvg(s.byCategory) % u"</div>";
    h += u"</div>";
    if (!s.expiredIgnores.isEmpty()) {
        h += u"<h4>" % esc(Report::tr("Expired ignore entries (no longer suppressing)")) % u"</h4><ul>";
        for (const QString& e : s.expiredIgnores) {
            h += u"<li>" % esc(e) % u"</li>";
        }
        h += u"</ul>";
    }
    h += u"</section>\n";

    // ---- host
    h += u"<section id=\"host\"><h2>" % esc(sectionTitle(u"host")) % u"</h2><p>" %
         esc(Report::tr("Host posture score %1 of 100 (higher is riskier).").arg(s.hostPosture.score)) % u" " %
         gradeBadge(s.hostPosture.grade) % u"</p>";
    writeBreakdown(h, s.hostPosture);
    writeFindings(h, model, model.hostFindings);
    if (!m.collectionIssues.isEmpty()) {
        h += u"<h4>" % esc(Report::tr("Collection issues")) % u"</h4><ul>";
        for (const QString& i : m.collectionIssues) {
            h += u"<li>" % esc(i) % u"</li>";
        }
        h += u"</ul>";
    }
    h += u"</section>\n";

    // ---- containers
    h += u"<section id=\"containers\"><h2>" % esc(sectionTitle(u"containers")) % u"</h2>";
    if (model.containers.empty()) {
        h += u"<p class=\"muted\">" % esc(Report::tr("No containers in scope.")) % u"</p>";
    }
    for (const ContainerSection& c : model.containers) {
        h += u"<article class=\"target\" id=\"" % containerAnchor(c) % u"\"><h3>" % esc(c.name) % u" " %
             gradeBadge(c.risk.grade) % u"</h3><p class=\"meta\">" %
             esc(Report::tr("Image %1 · %2 · id %3 · risk score %4/100")
                     .arg(c.image, c.state, shortId(c.id))
                     .arg(c.risk.score)) %
             u"</p>";
        writeBreakdown(h, c.risk);
        h += u"<h4>" % esc(Report::tr("Findings")) % u"</h4>";
        writeFindings(h, model, c.findings);
        if (!c.hardenedRun.isEmpty()) {
            h += u"<h4>" % esc(Report::tr("Hardened docker run")) % u"</h4><pre>" % esc(c.hardenedRun) % u"</pre>";
        }
        if (!c.composeSnippet.isEmpty()) {
            h += u"<h4>" % esc(Report::tr("Compose service")) % u"</h4><pre>" % esc(c.composeSnippet) % u"</pre>";
        }
        h += u"</article>\n";
    }
    h += u"</section>\n";

    // ---- images
    h += u"<section id=\"images\"><h2>" % esc(sectionTitle(u"images")) % u"</h2>";
    if (model.images.empty()) {
        h += u"<p class=\"muted\">" % esc(Report::tr("No images in scope.")) % u"</p>";
    }
    for (const ImageSection& i : model.images) {
        h += u"<article class=\"target\" id=\"" % imageAnchor(i) % u"\"><h3>" % esc(i.name) %
             u"</h3><p class=\"meta\">" %
             esc(Report::tr("id %1 · %2 · created %3").arg(shortId(i.id), formatBytes(i.size), formatTime(i.created)));
        if (!i.usedBy.isEmpty()) {
            h += u"<br>" % esc(Report::tr("Used by: %1").arg(i.usedBy.join(QStringLiteral(", "))));
        }
        h += u"</p>";
        h += u"<h4>" % esc(Report::tr("Configuration")) % u"</h4>";
        writeFindings(h, model, i.configFindings);
        h += u"<h4>" % esc(Report::tr("History and layers")) % u"</h4>";
        writeFindings(h, model, i.historyFindings);
        h += u"<h4>" % esc(Report::tr("Secrets")) % u"</h4>";
        writeFindings(h, model, i.secretFindings);
        h += u"</article>\n";
    }
    h += u"</section>\n";

    // ---- Dockerfiles
    h += u"<section id=\"dockerfiles\"><h2>" % esc(sectionTitle(u"dockerfiles")) % u"</h2>";
    if (model.dockerfiles.empty()) {
        h += u"<p class=\"muted\">" % esc(Report::tr("No Dockerfile was linted for this report.")) % u"</p>";
    }
    for (const DockerfileSection& d : model.dockerfiles) {
        h += u"<article class=\"target\"><h3><code>" % esc(d.path) % u"</code></h3>";
        writeFindings(h, model, d.findings);
        h += u"</article>\n";
    }
    h += u"</section>\n";

    // ---- reviews
    h += u"<section id=\"reviews\"><h2>" % esc(sectionTitle(u"reviews")) % u"</h2>";
    int reviewed = 0;
    QString rows;
    for (const ReportFinding* f : model.allFindings()) {
        if (!f->review) {
            continue;
        }
        ++reviewed;
        rows += u"<tr><td><a href=\"#f-" % f->fingerprint % u"\"><code>" % esc(f->finding.ruleId) %
                u"</code></a></td><td>" % esc(targetLabel(f->finding)) % u"</td><td>" %
                esc(reviewLabel(f->review->decision)) % u"</td><td>" % esc(f->review->reviewer) % u"</td><td>" %
                esc(f->review->note) % u"</td></tr>";
    }
    if (reviewed == 0) {
        h += u"<p class=\"muted\">" % esc(Report::tr("No review decisions recorded for these findings.")) % u"</p>";
    } else {
        h += u"<table><thead><tr><th>" % esc(Report::tr("Rule")) % u"</th><th>" % esc(Report::tr("Target")) %
             u"</th><th>" % esc(Report::tr("Decision")) % u"</th><th>" % esc(Report::tr("Reviewer")) % u"</th><th>" %
             esc(Report::tr("Note")) % u"</th></tr></thead><tbody>" % rows % u"</tbody></table>";
    }
    h += u"</section>\n";

    // ---- rules appendix
    h += u"<section id=\"rules\"><h2>" % esc(sectionTitle(u"rules")) % u"</h2><table><thead><tr><th>" %
         esc(Report::tr("Rule")) % u"</th><th>" % esc(Report::tr("Severity")) % u"</th><th>" %
         esc(Report::tr("Title")) % u"</th><th>" % esc(Report::tr("References")) % u"</th></tr></thead><tbody>";
    for (const RuleRef& r : model.rules) {
        h += u"<tr id=\"rule-" % esc(r.id) % u"\"><td><code>" % esc(r.id) % u"</code></td><td>" % sevBadge(r.severity) %
             u"</td><td>" % esc(r.title) % u"</td><td>" % esc(ruleReferences(r).join(QStringLiteral("; "))) %
             u"</td></tr>";
    }
    h += u"</tbody></table></section>\n";

    h += u"<footer>" %
         esc(Report::tr("Generated by %1 %2 on %3. Bulkhead only reads from the Docker API; secret values are shown "
                        "redacted.")
                 .arg(m.toolName, m.toolVersion, formatTime(m.generatedAt))) %
         u"</footer>\n</main>\n</body>\n</html>\n";
    return h.toUtf8();
}

} // namespace bulkhead::report
