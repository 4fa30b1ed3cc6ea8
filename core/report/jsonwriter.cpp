// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON report: documented by docs/report-schema.json. Keys come out in a fixed order (ordered_json keeps insertion
// order) and arrays in model order, so two runs over the same snapshot give byte-identical files that diff well.
#include "core/report/jsonwriter.h"

#include "core/report/report.h"

namespace bulkhead::report {

using Json = nlohmann::ordered_json;

namespace detail {

std::string u8(const QString& s)
{
    const QByteArray b = s.toUtf8();
    return std::string(b.constData(), static_cast<size_t>(b.size()));
}

Json timeOrNull(const QDateTime& t)
{
    if (!t.isValid()) {
        return nullptr;
    }
    return u8(t.toUTC().toString(Qt::ISODate));
}

Json strings(const QStringList& list)
{
    Json a = Json::array();
    for (const QString& s : list) {
        a.push_back(u8(s));
    }
    return a;
}

Json riskJson(const rules::RiskScore& r)
{
    Json breakdown = Json::array();
    for (const rules::ScoreTerm& t : r.breakdown) {
        Json term;
        term["reason"] = u8(t.reason);
        term["ruleId"] = t.ruleId.isEmpty() ? Json(nullptr) : Json(u8(t.ruleId));
        term["points"] = t.points;
        breakdown.push_back(std::move(term));
    }
    Json o;
    o["score"] = r.score;
    o["grade"] = r.grade.isEmpty() ? Json(nullptr) : Json(u8(r.grade));
    o["breakdown"] = std::move(breakdown);
    return o;
}

Json findingJson(const ReportFinding& rf)
{
    const model::Finding& f = rf.finding;
    Json loc;
    loc["file"] = f.location.file.isEmpty() ? Json(nullptr) : Json(u8(f.location.file));
    loc["line"] = f.location.line > 0 ? Json(f.location.line) : Json(nullptr);
    loc["column"] = f.location.column > 0 ? Json(f.location.column) : Json(nullptr);
    loc["field"] = f.location.field.isEmpty() ? Json(nullptr) : Json(u8(f.location.field));
    loc["layer"] = f.location.layer.isEmpty() ? Json(nullptr) : Json(u8(f.location.layer));
    Json o;
    o["ruleId"] = u8(f.ruleId);
    o["fingerprint"] = u8(rf.fingerprint);
    o["severity"] = u8(model::severityName(f.severity));
    o["category"] = u8(model::categoryName(f.category));
    o["targetKind"] = u8(model::targetKindName(f.targetKind));
    o["targetId"] = u8(f.targetId);
    o["targetName"] = u8(f.targetName);
    o["message"] = u8(f.message);
    o["evidence"] = u8(f.evidence);
    o["location"] = std::move(loc);
    o["suggestion"] = f.suggestion.isEmpty() ? Json(nullptr) : Json(u8(f.suggestion));
    o["confidence"] = f.confidence;
    o["suppressed"] = f.suppressed;
    o["suppressionReason"] = f.suppressionReason.isEmpty() ? Json(nullptr) : Json(u8(f.suppressionReason));
    if (rf.review) {
        Json r;
        r["decision"] = u8(rf.review->decision);
        r["note"] = u8(rf.review->note);
        r["reviewer"] = u8(rf.review->reviewer);
        r["decidedAt"] = timeOrNull(rf.review->decidedAt);
        o["review"] = std::move(r);
    } else {
        o["review"] = nullptr;
    }
    return o;
}

Json findingsJson(const std::vector<ReportFinding>& list)
{
    Json a = Json::array();
    for (const ReportFinding& f : list) {
        a.push_back(findingJson(f));
    }
    return a;
}

Json countsJson(const std::vector<CountBy>& list, const char* keyName)
{
    Json a = Json::array();
    for (const CountBy& c : list) {
        Json o;
        o[keyName] = u8(c.key);
        o["count"] = c.count;
        a.push_back(std::move(o));
    }
    return a;
}

QString scopeKindName(Scope::Kind k)
{
    switch (k) {
    case Scope::Kind::All:
        return QStringLiteral("all");
    case Scope::Kind::Selection:
        return QStringLiteral("selection");
    case Scope::Kind::Container:
        return QStringLiteral("container");
    }
    return QStringLiteral("all");
}

QByteArray dump(const Json& j)
{
    // Strings from a daemon may carry lone surrogates that became U+FFFD: replace rather than throw on bad UTF-8.
    const std::string s = j.dump(2, ' ', false, Json::error_handler_t::replace);
    return QByteArray(s.data(), static_cast<qsizetype>(s.size())) + '\n';
}

} // namespace detail

using namespace detail;

QByteArray writeJson(const ReportModel& model)
{
    const ReportMeta& m = model.meta;
    const ReportSummary& s = model.summary;
    Json root;
    root["$schema"] = kJsonSchemaId;
    root["schemaVersion"] = kJsonSchemaVersion;
    root["tool"] = Json{{"name", u8(m.toolName)}, {"version", u8(m.toolVersion)}};

    Json report;
    report["title"] = u8(m.title);
    report["generatedAt"] = timeOrNull(m.generatedAt);
    report["scanTime"] = timeOrNull(m.scanTime);
    report["scope"] = Json{{"kind", u8(scopeKindName(m.scopeKind))}, {"description", u8(m.scope)}};
    report["partial"] = m.partial;
    report["collectionIssues"] = strings(m.collectionIssues);
    root["report"] = std::move(report);

    Json host;
    host["endpoint"] = u8(m.endpoint);
    host["endpointSource"] = u8(m.endpointSource);
    host["name"] = u8(m.hostName);
    host["engineVersion"] = u8(m.engineVersion);
    host["apiVersion"] = u8(m.apiVersion);
    host["operatingSystem"] = u8(m.operatingSystem);
    host["osType"] = u8(m.osType);
    host["kernelVersion"] = u8(m.kernelVersion);
    host["architecture"] = u8(m.architecture);
    host["local"] = m.local;
    host["posture"] = riskJson(s.hostPosture);
    host["findings"] = findingsJson(model.hostFindings);
    root["host"] = std::move(host);

    Json summary;
    summary["totalFindings"] = s.totalFindings;
    summary["suppressedFindings"] = s.suppressedFindings;
    summary["containers"] = s.containers;
    summary["images"] = s.images;
    Json bySeverity;
    for (const CountBy& c : s.bySeverity) {
        bySeverity[u8(c.key)] = c.count;
    }
    summary["bySeverity"] = std::move(bySeverity);
    summary["byCategory"] = countsJson(s.byCategory, "category");
    Json riskiest = Json::array();
    for (const CountBy& c : s.riskiestContainers) {
        riskiest.push_back(Json{{"name", u8(c.key)}, {"score", c.count}});
    }
    summary["riskiestContainers"] = std::move(riskiest);
    Json top = Json::array();
    for (const TopRisk& t : s.topRisks) {
        top.push_back(Json{{"ruleId", u8(t.ruleId)},
                           {"target", u8(t.target)},
                           {"severity", u8(model::severityName(t.severity))},
                           {"text", u8(t.sentence)}});
    }
    summary["topRisks"] = std::move(top);
    summary["expiredIgnores"] = strings(s.expiredIgnores);
    root["summary"] = std::move(summary);

    Json containers = Json::array();
    for (const ContainerSection& c : model.containers) {
        Json o;
        o["id"] = u8(c.id);
        o["name"] = u8(c.name);
        o["image"] = u8(c.image);
        o["state"] = u8(c.state);
        o["running"] = c.running;
        o["risk"] = riskJson(c.risk);
        o["hardenedRun"] = c.hardenedRun.isEmpty() ? Json(nullptr) : Json(u8(c.hardenedRun));
        o["composeSnippet"] = c.composeSnippet.isEmpty() ? Json(nullptr) : Json(u8(c.composeSnippet));
        o["findings"] = findingsJson(c.findings);
        containers.push_back(std::move(o));
    }
    root["containers"] = std::move(containers);

    Json images = Json::array();
    for (const ImageSection& i : model.images) {
        Json o;
        o["id"] = u8(i.id);
        o["name"] = u8(i.name);
        o["tags"] = strings(i.tags);
        o["size"] = i.size;
        o["created"] = timeOrNull(i.created);
        o["usedBy"] = strings(i.usedBy);
        o["findings"] = Json{{"config", findingsJson(i.configFindings)},
                             {"history", findingsJson(i.historyFindings)},
                             {"secrets", findingsJson(i.secretFindings)}};
        images.push_back(std::move(o));
    }
    root["images"] = std::move(images);

    Json dockerfiles = Json::array();
    for (const DockerfileSection& d : model.dockerfiles) {
        dockerfiles.push_back(Json{{"path", u8(d.path)}, {"findings", findingsJson(d.findings)}});
    }
    root["dockerfiles"] = std::move(dockerfiles);

    Json rulesJson = Json::array();
    for (const RuleRef& r : model.rules) {
        Json o;
        o["id"] = u8(r.id);
        o["title"] = u8(r.title);
        o["severity"] = u8(model::severityName(r.severity));
        o["category"] = u8(model::categoryName(r.category));
        o["target"] = u8(model::targetKindName(r.target));
        o["rationale"] = u8(r.rationale);
        o["remediation"] = u8(r.remediation);
        o["fixCost"] = u8(r.fixCost);
        o["references"] = Json{{"cis", u8(r.cis)}, {"owasp", u8(r.owasp)}, {"nist", u8(r.nist)}};
        o["aliases"] = strings(r.aliases);
        o["known"] = r.known;
        o["ran"] = r.ran;
        rulesJson.push_back(std::move(o));
    }
    root["rules"] = std::move(rulesJson);
    return dump(root);
}

} // namespace bulkhead::report
