// SPDX-License-Identifier: GPL-3.0-or-later
// SARIF 2.1.0 for CI gates and GitHub code scanning. GitHub wants: tool.driver.name/informationUri, rules with
// shortDescription/help and properties.security-severity (a number as a string), every result with a ruleId, a
// ruleIndex, a message and at least one location with a physicalLocation, and partialFingerprints so alerts survive
// line moves. Inventory findings have no file: they get a synthetic artifact under the uriBaseId DOCKER_HOST
// ("container/web", "image/nginx:1.25") plus a logicalLocation naming the container or image.
#include "core/report/jsonwriter.h"
#include "core/report/report.h"
#include "core/report/reporttext.h"

#include <QDir>
#include <QHash>
#include <QUrl>

namespace bulkhead::report {

using Json = nlohmann::ordered_json;
using detail::u8;

namespace {

constexpr const char* kInformationUri = "https://github.com/bulkhead-security/bulkhead";

std::string uriFor(const QString& path)
{
    // SARIF wants URI references. Absolute paths become file:// URIs, relative ones stay relative (GitHub resolves
    // them against the repository root), both percent-encoded.
    if (QDir::isAbsolutePath(path)) {
        return u8(QString::fromLatin1(QUrl::fromLocalFile(path).toEncoded()));
    }
    QString clean = QDir::cleanPath(path);
    while (clean.startsWith(QLatin1String("./"))) {
        clean.remove(0, 2);
    }
    return u8(QString::fromLatin1(QUrl::toPercentEncoding(clean, "/")));
}

std::string segment(const QString& s)
{
    return u8(QString::fromLatin1(QUrl::toPercentEncoding(s)));
}

Json ruleJson(const RuleRef& r)
{
    Json rule;
    rule["id"] = u8(r.id);
    // `name` is an identifier-like string in SARIF; derive it from the id so it is stable and never translated.
    rule["name"] = u8(QString(r.id).remove(u'-'));
    rule["shortDescription"] = Json{{"text", u8(r.title.isEmpty() ? r.id : r.title)}};
    rule["fullDescription"] = Json{{"text", u8(r.rationale.isEmpty() ? r.title : r.rationale)}};
    const QStringList refs = ruleReferences(r);
    QString text = r.rationale;
    QString markdown = QStringLiteral("**%1**\n\n").arg(r.title);
    if (!r.rationale.isEmpty()) {
        markdown += Report::tr("**Why it matters:** %1").arg(r.rationale) + QStringLiteral("\n\n");
    }
    if (!r.remediation.isEmpty()) {
        text += QStringLiteral("\n\n") + Report::tr("Remediation: %1").arg(r.remediation);
        markdown += Report::tr("**Remediation:** %1").arg(r.remediation) + QStringLiteral("\n\n");
    }
    if (!r.fixCost.isEmpty()) {
        text += QStringLiteral("\n") + Report::tr("Cost of the fix: %1").arg(r.fixCost);
        markdown += Report::tr("**Cost of the fix:** %1").arg(r.fixCost) + QStringLiteral("\n\n");
    }
    if (!refs.isEmpty()) {
        text += QStringLiteral("\n") + Report::tr("References: %1").arg(refs.join(QStringLiteral("; ")));
        markdown += Report::tr("**References:**") + QStringLiteral("\n");
        for (const QString& ref : refs) {
            markdown += QStringLiteral("- %1\n").arg(ref);
        }
    }
    rule["help"] = Json{{"text", u8(text.trimmed().isEmpty() ? r.title : text.trimmed())}, {"markdown", u8(markdown)}};
    rule["defaultConfiguration"] = Json{{"level", u8(model::sarifLevel(r.severity))}};
    Json props;
    props["security-severity"] = u8(QString::number(model::securitySeverityScore(r.severity), 'f', 1));
    QStringList tags{QStringLiteral("security"), model::categoryName(r.category), model::targetKindName(r.target)};
    tags.removeDuplicates(); // SARIF wants unique tags; "dockerfile" is both a category and a target kind
    props["tags"] = detail::strings(tags);
    props["precision"] = r.id.startsWith(u"SEC-") ? "medium" : "high";
    props["problem.severity"] =
        u8(model::sarifLevel(r.severity) == u"note" ? QStringLiteral("recommendation") : model::sarifLevel(r.severity));
    if (!r.aliases.isEmpty()) {
        props["aliases"] = detail::strings(r.aliases);
    }
    if (!r.known) {
        props["unknownRule"] = true;
    }
    rule["properties"] = std::move(props);
    return rule;
}

Json locationJson(const model::Finding& f)
{
    Json loc;
    const QString name = f.targetName.isEmpty() ? f.targetId : f.targetName;
    switch (f.targetKind) {
    case model::TargetKind::Dockerfile:
    case model::TargetKind::File: {
        Json phys;
        phys["artifactLocation"] = Json{{"uri", uriFor(f.location.file.isEmpty() ? name : f.location.file)}};
        Json region;
        region["startLine"] = f.location.line > 0 ? f.location.line : 1;
        if (f.location.column > 0) {
            region["startColumn"] = f.location.column;
        }
        phys["region"] = std::move(region);
        loc["physicalLocation"] = std::move(phys);
        break;
    }
    case model::TargetKind::Container:
    case model::TargetKind::Image:
    case model::TargetKind::Daemon:
    case model::TargetKind::Host: {
        const QString kind = model::targetKindName(f.targetKind);
        const bool named = f.targetKind == model::TargetKind::Container || f.targetKind == model::TargetKind::Image;
        const std::string uri = named ? u8(kind) + '/' + segment(name) : u8(kind);
        loc["physicalLocation"] = Json{{"artifactLocation", Json{{"uri", uri}, {"uriBaseId", "DOCKER_HOST"}}},
                                       {"region", Json{{"startLine", 1}}}};
        Json logical;
        logical["name"] = u8(named ? name : kind);
        logical["fullyQualifiedName"] = u8(named ? kind + u'/' + name : kind);
        logical["kind"] = "resource";
        if (!f.location.field.isEmpty()) {
            // The inspect field is the closest thing to a line for inventory findings.
            logical["decoratedName"] = u8(f.location.field);
        }
        loc["logicalLocations"] = Json::array({std::move(logical)});
        break;
    }
    }
    return loc;
}

} // namespace

QByteArray writeSarif(const ReportModel& model)
{
    const ReportMeta& m = model.meta;
    QHash<QString, int> ruleIndex;
    Json rules = Json::array();
    for (const RuleRef& r : model.rules) {
        ruleIndex.insert(r.id, static_cast<int>(rules.size()));
        rules.push_back(ruleJson(r));
    }

    Json results = Json::array();
    for (const ReportFinding* rf : model.allFindings()) {
        const model::Finding& f = rf->finding;
        Json r;
        r["ruleId"] = u8(f.ruleId);
        r["ruleIndex"] = ruleIndex.value(f.ruleId, -1);
        r["level"] = u8(model::sarifLevel(f.severity));
        QString text = f.message.isEmpty() ? model.rule(*rf).title : f.message;
        if (f.targetKind == model::TargetKind::Container || f.targetKind == model::TargetKind::Image) {
            text = targetLabel(f) + QStringLiteral(": ") + text;
        }
        if (!f.evidence.isEmpty()) {
            text += QStringLiteral("\n") + Report::tr("Evidence: %1").arg(f.evidence);
        }
        r["message"] = Json{{"text", u8(text)}};
        r["locations"] = Json::array({locationJson(f)});
        r["partialFingerprints"] = Json{{"bulkhead/v1", u8(rf->fingerprint)}};
        Json suppressions = Json::array();
        if (f.suppressed) {
            suppressions.push_back(
                Json{{"kind", "external"}, {"status", "accepted"}, {"justification", u8(f.suppressionReason)}});
        }
        if (rf->review && (rf->review->decision == u"accepted-risk" || rf->review->decision == u"false-positive")) {
            suppressions.push_back(Json{
                {"kind", "external"},
                {"status", "accepted"},
                {"justification", u8(reviewLabel(rf->review->decision) + QStringLiteral(": ") + rf->review->note)}});
        }
        if (!suppressions.empty()) {
            r["suppressions"] = std::move(suppressions);
        }
        Json props;
        props["severity"] = u8(model::severityName(f.severity));
        props["category"] = u8(model::categoryName(f.category));
        props["targetKind"] = u8(model::targetKindName(f.targetKind));
        props["targetId"] = u8(f.targetId);
        props["targetName"] = u8(f.targetName);
        if (!f.location.field.isEmpty()) {
            props["field"] = u8(f.location.field);
        }
        if (!f.location.layer.isEmpty()) {
            props["layer"] = u8(f.location.layer);
        }
        if (!f.suggestion.isEmpty()) {
            props["suggestion"] = u8(f.suggestion);
        }
        if (f.confidence < 1.0) {
            props["confidence"] = f.confidence;
        }
        if (rf->review) {
            props["reviewDecision"] = u8(rf->review->decision);
            props["reviewNote"] = u8(rf->review->note);
        }
        r["properties"] = std::move(props);
        results.push_back(std::move(r));
    }

    Json driver;
    driver["name"] = u8(m.toolName);
    driver["informationUri"] = kInformationUri;
    if (!m.toolVersion.isEmpty()) {
        driver["version"] = u8(m.toolVersion);
        const QStringList parts = m.toolVersion.split(u'.');
        if (parts.size() == 3) {
            driver["semanticVersion"] = u8(m.toolVersion);
        }
    }
    driver["rules"] = std::move(rules);

    Json run;
    run["tool"] = Json{{"driver", std::move(driver)}};
    Json invocation;
    invocation["executionSuccessful"] = !m.partial;
    if (m.generatedAt.isValid()) {
        invocation["endTimeUtc"] = detail::timeOrNull(m.generatedAt);
    }
    if (!m.collectionIssues.isEmpty()) {
        Json notes = Json::array();
        for (const QString& issue : m.collectionIssues) {
            notes.push_back(Json{{"level", "warning"}, {"message", Json{{"text", u8(issue)}}}});
        }
        invocation["toolExecutionNotifications"] = std::move(notes);
    }
    run["invocations"] = Json::array({std::move(invocation)});
    run["originalUriBaseIds"] =
        Json{{"DOCKER_HOST",
              Json{{"description",
                    Json{{"text",
                          u8(Report::tr("Objects of the Docker host %1 (containers, images, daemon)")
                                 .arg(m.hostName.isEmpty() ? m.endpoint : m.hostName))}}}}}};
    // One category per host so GitHub keeps the analyses of several hosts apart instead of closing each other's alerts.
    run["automationDetails"] =
        Json{{"id", "bulkhead/" + segment(m.hostName.isEmpty() ? QStringLiteral("host") : m.hostName) + '/'}};
    run["columnKind"] = "utf16CodeUnits";
    run["results"] = std::move(results);
    Json props;
    props["host"] = u8(m.hostName);
    props["endpoint"] = u8(m.endpoint);
    props["engineVersion"] = u8(m.engineVersion);
    props["scanTime"] = detail::timeOrNull(m.scanTime);
    props["scope"] = u8(m.scope);
    props["hostPostureScore"] = model.summary.hostPosture.score;
    props["hostPostureGrade"] = u8(model.summary.hostPosture.grade);
    run["properties"] = std::move(props);

    Json root;
    root["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
    root["version"] = "2.1.0";
    root["runs"] = Json::array({std::move(run)});
    return detail::dump(root);
}

} // namespace bulkhead::report
