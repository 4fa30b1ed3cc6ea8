// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF report. Layout: a cover page and the table of contents are drawn with QPainter; the body is a QTextDocument
// laid out with a page size, which moves table rows and lines that would cross a page boundary to the next page and
// repeats table headers. Each page is then painted with the header (report, host, date) and footer (page x of y).
// Charts are text objects painting vector bars. Every model string is HTML-escaped before it enters the document:
// Qt's rich text would otherwise load `<img src=...>` from a container name.
#include "core/report/pdf/pdfwriter.h"

#include "core/report/pdf/pdfchart.h"
#include "core/report/reporttext.h"
#include "core/report/svgchart.h"
#include "core/util/atomicfile.h"
#include "core/util/textescape.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QStringBuilder>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <cmath>

namespace bulkhead::report {

namespace {

QString esc(QStringView s)
{
    return util::htmlEscape(s);
}

constexpr int kDpi = 144;
const char* kChartMarker = "[[bulkhead-chart-%1]]";

struct TocEntry
{
    int level = 0;
    QString title;
    QString anchor;
    int page = 0; // 1-based, filled after layout
};

QString sevSpan(model::Severity s)
{
    return QStringLiteral("<span style=\"background-color:%1; color:#ffffff; font-weight:bold;\">&nbsp;%2&nbsp;</span>")
        .arg(severityColor(s), esc(model::severityLabel(s).toUpper()));
}

QString gradeSpan(const QString& grade)
{
    const QChar g = grade.isEmpty() ? QChar(u'-') : grade.front();
    const QString color = g == u'A'   ? QStringLiteral("#2f855a")
                          : g == u'B' ? QStringLiteral("#68a23a")
                          : g == u'C' ? QStringLiteral("#b7791f")
                          : g == u'D' ? QStringLiteral("#d9480f")
                          : g == u'-' ? QStringLiteral("#5f6b7a")
                                      : QStringLiteral("#9b1c1c");
    return QStringLiteral("<span style=\"background-color:%1; color:#ffffff; font-weight:bold;\">&nbsp;%2&nbsp;</span>")
        .arg(color, esc(grade.isEmpty() ? QStringLiteral("–") : grade));
}

class BodyBuilder
{
public:
    BodyBuilder(const ReportModel& model, std::vector<TocEntry>* toc) : m_model(model), m_toc(toc) {}

    QString build();

private:
    void heading(int level, const QString& title, const QString& anchor, const QString& extra = {})
    {
        m_toc->push_back({level, title, anchor, 0});
        const int h = level == 0 ? 1 : 2;
        // The anchor name sits on the heading text so the layout can tell which page the heading landed on.
        m_h += QStringLiteral("<h%1><a name=\"%2\">%3</a>%4</h%1>\n").arg(h).arg(anchor, esc(title), extra);
    }
    void sub(const QString& title) { m_h += u"<h3>" % esc(title) % u"</h3>\n"; }
    void muted(const QString& text) { m_h += u"<p style=\"color:#5f6b7a;\">" % esc(text) % u"</p>\n"; }
    void finding(const ReportFinding& rf);
    void findings(const std::vector<ReportFinding>& list);
    void breakdown(const rules::RiskScore& r);
    void pre(const QString& text)
    {
        m_h += u"<pre style=\"background-color:#f4f6f9; font-family:'DejaVu Sans Mono'; font-size:7.5pt;\">" %
               esc(text) % u"</pre>\n";
    }

    const ReportModel& m_model;
    std::vector<TocEntry>* m_toc;
    QString m_h;
};

void BodyBuilder::finding(const ReportFinding& rf)
{
    const model::Finding& f = rf.finding;
    const RuleRef& rule = m_model.rule(rf);
    m_h +=
        u"<p style=\"margin-top:8px;\">" % sevSpan(f.severity) %
        u" <b><span style=\"font-family:'DejaVu Sans "
        u"Mono';\">" %
        esc(f.ruleId) % u"</span> " % esc(rule.title) % u"</b>" %
        (f.suppressed ? u" <i>(" % esc(Report::tr("suppressed: %1").arg(f.suppressionReason)) % u")</i>" : QString()) %
        u"</p>\n";
    auto line = [this](const QString& key, const QString& value, bool mono = false) {
        if (value.isEmpty()) {
            return;
        }
        m_h += u"<p style=\"margin-left:14px; margin-top:0px; margin-bottom:0px;\"><span style=\"color:#5f6b7a;\">" %
               esc(key) % u"</span> " %
               (mono ? u"<span style=\"font-family:'DejaVu Sans Mono'; font-size:7.5pt;\">" % esc(value) % u"</span>"
                     : esc(value)) %
               u"</p>\n";
    };
    line(Report::tr("Finding:"), f.message);
    line(Report::tr("Evidence:"), f.evidence, true);
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
    line(Report::tr("Where:"), where.join(QStringLiteral(" · ")), true);
    line(Report::tr("Why it matters:"), rule.rationale);
    line(Report::tr("Remediation:"), rule.remediation);
    line(Report::tr("Suggested:"), f.suggestion, true);
    line(Report::tr("References:"), ruleReferences(rule).join(QStringLiteral("; ")));
    if (rf.review) {
        QString text = reviewLabel(rf.review->decision);
        if (!rf.review->reviewer.isEmpty()) {
            text += QStringLiteral(" — ") + rf.review->reviewer;
        }
        if (!rf.review->note.isEmpty()) {
            text += QStringLiteral(": ") + rf.review->note;
        }
        line(Report::tr("Review:"), text);
    }
}

void BodyBuilder::findings(const std::vector<ReportFinding>& list)
{
    if (list.empty()) {
        muted(Report::tr("No findings."));
        return;
    }
    for (const ReportFinding& f : list) {
        finding(f);
    }
}

void BodyBuilder::breakdown(const rules::RiskScore& r)
{
    if (r.breakdown.empty()) {
        return;
    }
    m_h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0.5\" style=\"border-color:#d9dee5; "
           u"border-style:solid;\"><thead><tr style=\"background-color:#f4f6f9;\"><th align=\"left\" width=\"70%\">" %
           esc(Report::tr("Score term")) % u"</th><th align=\"left\">" % esc(Report::tr("Rule")) %
           u"</th><th align=\"right\">" % esc(Report::tr("Points")) % u"</th></tr></thead>";
    for (const rules::ScoreTerm& t : r.breakdown) {
        m_h += u"<tr><td>" % esc(t.reason) % u"</td><td>" % esc(t.ruleId) % u"</td><td align=\"right\">" %
               QString::number(t.points, 'f', 1) % u"</td></tr>";
    }
    m_h += u"</table>\n";
}

QString BodyBuilder::build()
{
    const ReportMeta& m = m_model.meta;
    const ReportSummary& s = m_model.summary;

    // ---- executive summary
    heading(0, sectionTitle(u"summary"), QStringLiteral("summary"));
    m_h += u"<p>" %
           esc(Report::tr("Host posture: %1 (score %2 of 100, higher is riskier). %3 active finding(s) on %4 "
                          "container(s) and %5 image(s).")
                   .arg(s.hostPosture.grade.isEmpty() ? Report::tr("not graded") : s.hostPosture.grade)
                   .arg(s.hostPosture.score)
                   .arg(s.totalFindings)
                   .arg(s.containers)
                   .arg(s.images)) %
           u" " % gradeSpan(s.hostPosture.grade) % u"</p>\n";
    if (s.suppressedFindings > 0) {
        muted(Report::tr(
            "%n finding(s) suppressed as accepted risk (listed, not counted).", nullptr, s.suppressedFindings));
    }
    m_h += u"<p>";
    for (int i = 0; i < 3; ++i) {
        m_h += QString::fromUtf8(kChartMarker).arg(i) + QStringLiteral("<br>");
    }
    m_h += u"</p>\n";
    sub(Report::tr("Top risks"));
    if (s.topRisks.empty()) {
        muted(Report::tr("No finding of medium severity or above."));
    } else {
        m_h += u"<ol>";
        for (const TopRisk& t : s.topRisks) {
            m_h += u"<li>" % sevSpan(t.severity) % u" " % esc(t.sentence) %
                   u" <span style=\"font-family:'DejaVu "
                   u"Sans Mono';\">[" %
                   esc(t.ruleId) % u"]</span></li>";
        }
        m_h += u"</ol>\n";
    }
    if (!s.expiredIgnores.isEmpty()) {
        sub(Report::tr("Expired ignore entries (no longer suppressing)"));
        m_h += u"<ul>";
        for (const QString& e : s.expiredIgnores) {
            m_h += u"<li>" % esc(e) % u"</li>";
        }
        m_h += u"</ul>\n";
    }

    // ---- host
    heading(0, sectionTitle(u"host"), QStringLiteral("host"));
    m_h += u"<p>" % esc(Report::tr("Host posture score %1 of 100.").arg(s.hostPosture.score)) % u" " %
           gradeSpan(s.hostPosture.grade) % u"</p>\n";
    breakdown(s.hostPosture);
    findings(m_model.hostFindings);
    if (!m.collectionIssues.isEmpty()) {
        sub(Report::tr("Collection issues"));
        for (const QString& i : m.collectionIssues) {
            m_h += u"<p>" % esc(i) % u"</p>";
        }
    }

    // ---- containers
    heading(0, sectionTitle(u"containers"), QStringLiteral("containers"));
    if (m_model.containers.empty()) {
        muted(Report::tr("No containers in scope."));
    }
    for (const ContainerSection& c : m_model.containers) {
        heading(1, c.name, containerAnchor(c), u" " % gradeSpan(c.risk.grade));
        muted(Report::tr("Image %1 · %2 · id %3 · risk score %4/100")
                  .arg(c.image, c.state, shortId(c.id))
                  .arg(c.risk.score));
        breakdown(c.risk);
        findings(c.findings);
        if (!c.hardenedRun.isEmpty()) {
            sub(Report::tr("Hardened docker run"));
            pre(c.hardenedRun);
        }
        if (!c.composeSnippet.isEmpty()) {
            sub(Report::tr("Compose service"));
            pre(c.composeSnippet);
        }
    }

    // ---- images
    heading(0, sectionTitle(u"images"), QStringLiteral("images"));
    if (m_model.images.empty()) {
        muted(Report::tr("No images in scope."));
    }
    for (const ImageSection& i : m_model.images) {
        heading(1, i.name, imageAnchor(i));
        QString meta =
            Report::tr("id %1 · %2 · created %3").arg(shortId(i.id), formatBytes(i.size), formatTime(i.created));
        if (!i.usedBy.isEmpty()) {
            meta += QStringLiteral(" · ") + Report::tr("used by %1").arg(i.usedBy.join(QStringLiteral(", ")));
        }
        muted(meta);
        sub(Report::tr("Configuration"));
        findings(i.configFindings);
        sub(Report::tr("History and layers"));
        findings(i.historyFindings);
        sub(Report::tr("Secrets"));
        findings(i.secretFindings);
    }

    // ---- Dockerfiles
    heading(0, sectionTitle(u"dockerfiles"), QStringLiteral("dockerfiles"));
    if (m_model.dockerfiles.empty()) {
        muted(Report::tr("No Dockerfile was linted for this report."));
    }
    for (const DockerfileSection& d : m_model.dockerfiles) {
        sub(d.path);
        findings(d.findings);
    }

    // ---- reviews
    heading(0, sectionTitle(u"reviews"), QStringLiteral("reviews"));
    QString rows;
    for (const ReportFinding* f : m_model.allFindings()) {
        if (f->review) {
            rows += u"<tr><td>" % esc(f->finding.ruleId) % u"</td><td>" % esc(targetLabel(f->finding)) % u"</td><td>" %
                    esc(reviewLabel(f->review->decision)) % u"</td><td>" % esc(f->review->reviewer) % u"</td><td>" %
                    esc(f->review->note) % u"</td></tr>";
        }
    }
    if (rows.isEmpty()) {
        muted(Report::tr("No review decisions recorded for these findings."));
    } else {
        m_h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0.5\"><thead><tr "
               u"style=\"background-color:#f4f6f9;\"><th align=\"left\">" %
               esc(Report::tr("Rule")) % u"</th><th align=\"left\">" % esc(Report::tr("Target")) %
               u"</th><th align=\"left\">" % esc(Report::tr("Decision")) % u"</th><th align=\"left\">" %
               esc(Report::tr("Reviewer")) % u"</th><th align=\"left\">" % esc(Report::tr("Note")) %
               u"</th></tr></thead>" % rows % u"</table>\n";
    }

    // ---- rules
    heading(0, sectionTitle(u"rules"), QStringLiteral("rules"));
    m_h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0.5\"><thead><tr "
           u"style=\"background-color:#f4f6f9;\"><th align=\"left\">" %
           esc(Report::tr("Rule")) % u"</th><th align=\"left\">" % esc(Report::tr("Severity")) %
           u"</th><th align=\"left\">" % esc(Report::tr("Title")) % u"</th><th align=\"left\">" %
           esc(Report::tr("References")) % u"</th></tr></thead>";
    for (const RuleRef& r : m_model.rules) {
        m_h += u"<tr><td><span style=\"font-family:'DejaVu Sans Mono';\">" % esc(r.id) % u"</span></td><td>" %
               sevSpan(r.severity) % u"</td><td>" % esc(r.title) % u"</td><td>" %
               esc(ruleReferences(r).join(QStringLiteral("; "))) % u"</td></tr>";
    }
    m_h += u"</table>\n";
    return m_h;
}

const char* kBodyCss = "h1 { font-size: 15pt; color: #1f3a5f; margin-top: 14px; margin-bottom: 6px; }"
                       "h2 { font-size: 12pt; color: #1f2933; margin-top: 14px; margin-bottom: 4px; }"
                       "h3 { font-size: 9.5pt; color: #5f6b7a; margin-top: 8px; margin-bottom: 2px; }"
                       "p { margin-top: 2px; margin-bottom: 2px; }"
                       "th { background-color: #f4f6f9; }";

// Page geometry in device pixels at kDpi.
struct Geometry
{
    QRectF page;
    QRectF body;
    qreal headerY = 0;
    qreal footerY = 0;
};

Geometry geometryFor(const QPdfWriter& writer)
{
    Geometry g;
    const qreal mm = kDpi / 25.4;
    g.page = QRectF(0, 0, writer.width(), writer.height());
    g.body = QRectF(18 * mm, 22 * mm, g.page.width() - 36 * mm, g.page.height() - 22 * mm - 18 * mm);
    g.headerY = 12 * mm;
    g.footerY = g.page.height() - 10 * mm;
    return g;
}

QFont font(qreal pt, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(pt);
    f.setBold(bold);
    // No ligatures: an auditor searching the PDF for "findings" or a rule text must find it, and "fi" as one glyph
    // extracts as U+FB01. Report text is Latin script, where shaping adds nothing else.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

void drawHeaderFooter(QPainter& p, const Geometry& g, const ReportMeta& m, int page, int pages)
{
    const QString host = m.hostName.isEmpty() ? m.endpoint : m.hostName;
    p.save();
    p.setPen(QColor(0x5f, 0x6b, 0x7a));
    p.setFont(font(7.5));
    p.drawText(QRectF(g.body.left(), g.headerY - kDpi * 0.2, g.body.width() * 0.7, kDpi * 0.2),
               Qt::AlignLeft | Qt::AlignBottom,
               m.title + QStringLiteral(" — ") + host);
    p.drawText(QRectF(g.body.left(), g.headerY - kDpi * 0.2, g.body.width(), kDpi * 0.2),
               Qt::AlignRight | Qt::AlignBottom,
               formatTime(m.generatedAt));
    p.setPen(QPen(QColor(0xd9, 0xde, 0xe5), 1));
    p.drawLine(QPointF(g.body.left(), g.headerY + 4), QPointF(g.body.right(), g.headerY + 4));
    p.drawLine(QPointF(g.body.left(), g.footerY - kDpi * 0.2), QPointF(g.body.right(), g.footerY - kDpi * 0.2));
    p.setPen(QColor(0x5f, 0x6b, 0x7a));
    p.drawText(QRectF(g.body.left(), g.footerY - kDpi * 0.18, g.body.width(), kDpi * 0.2),
               Qt::AlignLeft | Qt::AlignVCenter,
               m.toolName + u' ' + m.toolVersion);
    p.drawText(QRectF(g.body.left(), g.footerY - kDpi * 0.18, g.body.width(), kDpi * 0.2),
               Qt::AlignRight | Qt::AlignVCenter,
               Report::tr("Page %1 of %2").arg(page).arg(pages));
    p.restore();
}

void drawCover(QPainter& p, const Geometry& g, const ReportModel& model)
{
    const ReportMeta& m = model.meta;
    const ReportSummary& s = model.summary;
    const qreal mm = kDpi / 25.4;
    p.save();
    p.fillRect(QRectF(0, 0, g.page.width(), 95 * mm), QColor(0x1f, 0x3a, 0x5f));
    p.setPen(Qt::white);
    p.setFont(font(24, true));
    p.drawText(QRectF(g.body.left(), 30 * mm, g.body.width(), 16 * mm), Qt::AlignLeft | Qt::AlignVCenter, m.title);
    p.setFont(font(13));
    p.drawText(QRectF(g.body.left(), 48 * mm, g.body.width(), 10 * mm),
               Qt::AlignLeft | Qt::AlignVCenter,
               Report::tr("Docker host %1").arg(m.hostName.isEmpty() ? m.endpoint : m.hostName));
    p.setFont(font(10));
    p.drawText(QRectF(g.body.left(), 62 * mm, g.body.width(), 8 * mm),
               Qt::AlignLeft | Qt::AlignVCenter,
               Report::tr("Scanned %1 · generated %2").arg(formatTime(m.scanTime), formatTime(m.generatedAt)));

    // Facts table.
    const QList<QPair<QString, QString>> rows{
        {Report::tr("Endpoint"),
         m.endpointSource.isEmpty() ? m.endpoint : QStringLiteral("%1 (%2)").arg(m.endpoint, m.endpointSource)},
        {Report::tr("Engine"), Report::tr("%1, API %2").arg(m.engineVersion, m.apiVersion)},
        {Report::tr("Operating system"), m.operatingSystem},
        {Report::tr("Kernel"),
         m.kernelVersion + (m.architecture.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m.architecture))},
        {Report::tr("Scope"), m.scope},
        {Report::tr("Tool"), m.toolName + u' ' + m.toolVersion},
    };
    qreal y = 108 * mm;
    for (const auto& [key, value] : rows) {
        p.setPen(QColor(0x5f, 0x6b, 0x7a));
        p.setFont(font(10));
        p.drawText(QRectF(g.body.left(), y, 45 * mm, 8 * mm), Qt::AlignLeft | Qt::AlignVCenter, key);
        p.setPen(QColor(0x1f, 0x29, 0x33));
        const QFontMetricsF fm(font(10), p.device());
        p.drawText(
            QRectF(g.body.left() + 45 * mm, y, g.body.width() - 45 * mm, 8 * mm),
            Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(value.isEmpty() ? Report::tr("unknown") : value, Qt::ElideMiddle, g.body.width() - 46 * mm));
        y += 9 * mm;
    }
    if (m.partial) {
        p.setPen(QColor(0x9b, 0x1c, 0x1c));
        p.drawText(QRectF(g.body.left(), y, g.body.width(), 8 * mm),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   Report::tr("Partial results: the collection did not complete."));
        y += 9 * mm;
    }

    // Posture and counts as cards.
    y += 8 * mm;
    const qreal cardW = (g.body.width() - 5 * 4 * mm) / 6;
    const qreal cardH = 24 * mm;
    auto card = [&](int i, const QString& label, const QString& value, const QColor& color) {
        const QRectF r(g.body.left() + i * (cardW + 4 * mm), y, cardW, cardH);
        p.setPen(QPen(QColor(0xd9, 0xde, 0xe5), 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(r, 2 * mm, 2 * mm);
        p.fillRect(QRectF(r.left(), r.top(), 2 * mm, r.height()), color);
        p.setPen(QColor(0x5f, 0x6b, 0x7a));
        p.setFont(font(8));
        p.drawText(r.adjusted(4 * mm, 2 * mm, -2 * mm, 0), Qt::AlignLeft | Qt::AlignTop, label);
        p.setPen(QColor(0x1f, 0x29, 0x33));
        p.setFont(font(17, true));
        p.drawText(r.adjusted(4 * mm, 0, -2 * mm, -2 * mm), Qt::AlignLeft | Qt::AlignBottom, value);
    };
    card(0,
         Report::tr("Host posture"),
         s.hostPosture.grade.isEmpty() ? QStringLiteral("–") : s.hostPosture.grade,
         QColor(0x1f, 0x3a, 0x5f));
    int i = 1;
    for (const CountBy& c : s.bySeverity) {
        card(i++,
             c.label,
             QString::number(c.count),
             QColor(severityColor(model::severityFromName(c.key).value_or(model::Severity::Info))));
    }
    y += cardH + 8 * mm;
    p.setPen(QColor(0x5f, 0x6b, 0x7a));
    p.setFont(font(9));
    p.drawText(QRectF(g.body.left(), y, g.body.width(), 30 * mm),
               Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               Report::tr("%1 containers and %2 images in scope; %3 active findings, %4 suppressed. Secret values "
                          "are shown redacted. Bulkhead only reads from the Docker API.")
                   .arg(s.containers)
                   .arg(s.images)
                   .arg(s.totalFindings)
                   .arg(s.suppressedFindings));
    p.restore();
}

} // namespace

util::Result<QByteArray> renderPdf(const ReportModel& model)
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr) {
        return util::Error(Report::tr("PDF output needs a QGuiApplication"),
                           Report::tr("run with QT_QPA_PLATFORM=offscreen when there is no display"));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(model.meta.title + QStringLiteral(" — ") +
                    (model.meta.hostName.isEmpty() ? model.meta.endpoint : model.meta.hostName));
    writer.setCreator(model.meta.toolName + u' ' + model.meta.toolVersion);
    const Geometry g = geometryFor(writer);

    // ---- body document
    std::vector<TocEntry> toc;
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDefaultFont(font(8.5));
    doc.setDefaultStyleSheet(QString::fromLatin1(kBodyCss));
    doc.setDocumentMargin(0);
    doc.setUndoRedoEnabled(false);
    doc.setHtml(BodyBuilder(model, &toc).build());

    std::vector<PdfChartObject::Chart> charts{
        {Report::tr("Findings by severity"), severityBars(model.summary.bySeverity), 0, Report::tr("No findings")},
        {Report::tr("Riskiest containers (score 0–100)"),
         riskiestBars(model.summary.riskiestContainers),
         100,
         Report::tr("No container carries a known risk")},
        {Report::tr("Findings by category"), categoryBars(model.summary.byCategory), 0, Report::tr("No findings")},
    };
    auto* chartObject = new PdfChartObject(std::move(charts), kDpi, g.body.width() * 0.9, &doc);
    doc.documentLayout()->registerHandler(PdfChartObject::kObjectType, chartObject);
    for (int i = 0; i < 3; ++i) {
        QTextCursor c = doc.find(QString::fromUtf8(kChartMarker).arg(i));
        if (!c.isNull()) {
            QTextCharFormat f;
            f.setObjectType(PdfChartObject::kObjectType);
            f.setProperty(PdfChartObject::kChartIndexProperty, i);
            c.insertText(QString(QChar::ObjectReplacementCharacter), f);
        }
    }
    doc.setPageSize(g.body.size());
    const int bodyPages = std::max(1, doc.pageCount());

    // Which page each heading landed on.
    QHash<QString, int> anchorPage;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment frag = it.fragment();
            if (!frag.isValid() || !frag.charFormat().isAnchor()) {
                continue;
            }
            const QRectF r = doc.documentLayout()->blockBoundingRect(b);
            const int page = static_cast<int>(std::floor(r.top() / g.body.height()));
            for (const QString& name : frag.charFormat().anchorNames()) {
                anchorPage.insert(name, page);
            }
        }
    }

    // ---- table of contents: its length is known before drawing, so page numbers can be final
    const qreal tocLine = kDpi * 0.2;
    const int tocPerPage = std::max(1, static_cast<int>((g.body.height() - kDpi * 0.5) / tocLine));
    const int tocPages = static_cast<int>((toc.size() + static_cast<size_t>(tocPerPage) - 1) / tocPerPage);
    const int firstBodyPage = 1 + tocPages + 1; // 1-based: cover, TOC pages, body
    const int totalPages = 1 + tocPages + bodyPages;
    for (TocEntry& e : toc) {
        e.page = firstBodyPage + anchorPage.value(e.anchor, 0);
    }

    QPainter p;
    if (!p.begin(&writer)) {
        return util::Error(Report::tr("cannot start the PDF painter"));
    }
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    drawCover(p, g, model);
    int page = 1;
    for (int t = 0; t < tocPages; ++t) {
        writer.newPage();
        ++page;
        drawHeaderFooter(p, g, model.meta, page, totalPages);
        qreal y = g.body.top();
        if (t == 0) {
            p.setPen(QColor(0x1f, 0x3a, 0x5f));
            p.setFont(font(15, true));
            p.drawText(QRectF(g.body.left(), y, g.body.width(), kDpi * 0.4),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       Report::tr("Contents"));
        }
        y += kDpi * 0.5;
        const size_t from = static_cast<size_t>(t) * static_cast<size_t>(tocPerPage);
        for (size_t k = from; k < std::min(toc.size(), from + static_cast<size_t>(tocPerPage)); ++k) {
            const TocEntry& e = toc[k];
            const qreal indent = e.level * kDpi * 0.25;
            const QFont f = font(e.level == 0 ? 9.5 : 8.5, e.level == 0);
            const QFontMetricsF fm(f, &writer);
            const QString num = QString::number(e.page);
            const qreal numW = fm.horizontalAdvance(num);
            const qreal textW = g.body.width() - indent - numW - kDpi * 0.3;
            const QString title = fm.elidedText(e.title, Qt::ElideRight, textW);
            p.setFont(f);
            p.setPen(QColor(0x1f, 0x29, 0x33));
            p.drawText(QRectF(g.body.left() + indent, y, textW, tocLine), Qt::AlignLeft | Qt::AlignVCenter, title);
            p.drawText(QRectF(g.body.left(), y, g.body.width(), tocLine), Qt::AlignRight | Qt::AlignVCenter, num);
            // Dot leader between title and page number.
            p.setPen(QPen(QColor(0xb0, 0xb8, 0xc4), 1, Qt::DotLine));
            const qreal x0 = g.body.left() + indent + fm.horizontalAdvance(title) + kDpi * 0.08;
            const qreal x1 = g.body.right() - numW - kDpi * 0.08;
            if (x1 > x0) {
                p.drawLine(QPointF(x0, y + tocLine * 0.7), QPointF(x1, y + tocLine * 0.7));
            }
            y += tocLine;
        }
    }
    for (int b = 0; b < bodyPages; ++b) {
        writer.newPage();
        ++page;
        drawHeaderFooter(p, g, model.meta, page, totalPages);
        p.save();
        const QRectF view(0, b * g.body.height(), g.body.width(), g.body.height());
        p.translate(g.body.left(), g.body.top() - view.top());
        p.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = view;
        ctx.palette.setColor(QPalette::Text, QColor(0x1f, 0x29, 0x33));
        doc.documentLayout()->draw(&p, ctx);
        p.restore();
    }
    p.end();
    buffer.close();
    return bytes;
}

util::Result<void> writePdf(const ReportModel& model, const QString& path)
{
    util::Result<QByteArray> pdf = renderPdf(model);
    if (!pdf) {
        return pdf.error();
    }
    return util::writeFileAtomically(path, *pdf, true);
}

} // namespace bulkhead::report
