// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML report's escaping, checked as a property. The input is cut into strings that play every daemon-derived
// and user-derived text of a report: host name, OS, kernel, endpoint, container ids/names/images/env/labels/mounts,
// image tags and history, collection issues, Dockerfile and lint findings, reviewer notes. Each string carries a
// marker holding '<', '"' and '\''. The inventory goes through the real pipeline (scanInventory -> buildReport ->
// writeHtml); the page must never contain the marker unescaped, nor a <script element, nor a link to javascript:. A
// violation aborts, so the fuzzer reports it as a crash.
#include "core/report/report.h"
#include "core/rules/scan.h"

#include <QDateTime>

#include <cstdint>
#include <cstdlib>
#include <vector>

using namespace bulkhead;

namespace {

void check(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

// The marker appended to every input string: a raw '<' or quote from the input that survived would be found here.
constexpr char16_t kMarker[] = u"<bhfuzz \"bhq 'bhq>";

class Strings
{
public:
    Strings(const uint8_t* data, size_t size)
    {
        const QString all = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
        m_parts = all.split(u'\n');
    }
    QString next()
    {
        const QString s = m_parts.isEmpty() ? QString() : m_parts.at(m_index++ % m_parts.size());
        return s + QString::fromUtf16(kMarker);
    }
    // The raw piece, for fields whose shape matters to the rules (a state, a capability) — still marked.
    int count() const { return static_cast<int>(m_parts.size()); }

private:
    QStringList m_parts;
    qsizetype m_index = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Strings s(data, size);
    model::Inventory inv;
    inv.endpoint = s.next();
    inv.endpointSource = s.next();
    inv.toolVersion = s.next();
    inv.collectedAt = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    inv.partial = true;
    inv.daemon.name = s.next();
    inv.daemon.version = s.next();
    inv.daemon.apiVersion = s.next();
    inv.daemon.operatingSystem = s.next();
    inv.daemon.osType = s.next();
    inv.daemon.kernelVersion = s.next();
    inv.daemon.arch = s.next();
    inv.daemon.securityOptions = {s.next()};
    inv.daemon.warnings = {s.next()};
    inv.issues.push_back({s.next(), s.next()});

    const int containers = 1 + (s.count() % 3);
    for (int i = 0; i < containers; ++i) {
        model::Container c;
        c.id = s.next();
        c.name = s.next();
        c.imageRef = s.next();
        c.imageId = QStringLiteral("sha256:") + s.next();
        c.state = i == 0 ? QStringLiteral("running") : s.next();
        c.running = i == 0;
        c.privileged = true;
        c.capAdd = {QStringLiteral("SYS_ADMIN"), s.next()};
        c.config.user = s.next();
        c.config.env = {QStringLiteral("DB_PASSWORD=") + s.next(),
                        s.next() + QStringLiteral("=x"),
                        QStringLiteral("AWS_SECRET_ACCESS_KEY=") + s.next()};
        c.config.labels.insert(s.next(), s.next());
        c.config.image = c.imageRef;
        c.config.cmd = {s.next()};
        c.networkMode = QStringLiteral("host");
        c.pidMode = s.next();
        model::Mount m;
        m.type = QStringLiteral("bind");
        m.source = QStringLiteral("/var/run/docker.sock");
        m.destination = s.next();
        c.mounts.push_back(m);
        model::Mount m2;
        m2.type = QStringLiteral("bind");
        m2.source = s.next();
        m2.destination = s.next();
        c.mounts.push_back(m2);
        model::PortBinding p;
        p.containerPort = 22;
        p.protocol = s.next();
        p.hostIp = s.next();
        p.hostPort = 2222;
        p.published = true;
        c.ports.push_back(p);
        c.processes = {s.next()};
        c.issues.push_back({s.next(), s.next()});
        inv.containers.push_back(std::move(c));
    }
    model::Image img;
    img.id = inv.containers.front().imageId;
    img.repoTags = {s.next(), s.next()};
    img.os = s.next();
    img.architecture = s.next();
    img.config.env = {QStringLiteral("API_TOKEN=") + s.next()};
    img.config.exposedPorts = {s.next()};
    model::HistoryEntry h;
    h.createdBy = QStringLiteral("/bin/sh -c echo ") + s.next();
    h.comment = s.next();
    img.history.push_back(h);
    img.layers = {s.next()};
    inv.images.push_back(img);

    rules::ScanOptions scanOptions;
    scanOptions.today = QDate(2026, 1, 1);
    scanOptions.ignores.push_back({QStringLiteral("*"), inv.containers.front().name, s.next(), {}, 1});
    const rules::ScanResult scan = rules::scanInventory(inv, scanOptions);

    report::ReportOptions options;
    options.generatedAt = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    options.title = s.next();
    options.toolVersion = s.next();
    model::Finding lint;
    lint.ruleId = s.next();
    lint.targetKind = model::TargetKind::Dockerfile;
    lint.targetId = s.next();
    lint.targetName = lint.targetId;
    lint.message = s.next();
    lint.evidence = s.next();
    lint.suggestion = s.next();
    lint.location.file = lint.targetId;
    lint.location.line = 3;
    lint.location.field = s.next();
    lint.location.layer = s.next();
    lint.confidence = 0.5;
    options.lintFindings.push_back(lint);
    model::Finding unknown = lint;
    unknown.ruleId = QStringLiteral("CTR-001");
    unknown.suppressed = true;
    unknown.suppressionReason = s.next();
    options.lintFindings.push_back(unknown);
    report::ReviewDecision review;
    review.ruleId = QStringLiteral("CTR-001");
    review.target = inv.containers.front().name;
    review.decision = s.next();
    review.note = s.next();
    review.reviewer = s.next();
    review.decidedAt = options.generatedAt;
    options.reviews.push_back(review);
    options.scope.kind = (size % 2) == 0 ? report::Scope::Kind::All : report::Scope::Kind::Selection;
    options.scope.containers = {inv.containers.front().name, s.next()};

    const report::ReportModel model = report::buildReport(inv, scan, options);
    const QString html = QString::fromUtf8(report::writeHtml(model));
    check(html.contains(QStringLiteral("&lt;bhfuzz"))); // the strings did reach the page, escaped
    check(!html.contains(QStringLiteral("<bhfuzz")));
    check(!html.contains(QStringLiteral("\"bhq")));
    check(!html.contains(QStringLiteral("'bhq")));
    check(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    // Text may say "javascript:"; a link or source may not point there.
    check(!html.contains(QStringLiteral("href=\"javascript:"), Qt::CaseInsensitive));
    check(!html.contains(QStringLiteral("src=\"javascript:"), Qt::CaseInsensitive));
    return 0;
}
