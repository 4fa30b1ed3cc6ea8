// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/report.h"

#include "core/report/reporttext.h"
#include "core/util/redact.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

#ifdef BULKHEAD_REPORT_HAVE_RULES
#include "core/rules/scan.h"
#endif
#ifdef BULKHEAD_REPORT_HAVE_DOCKERFILE
#include "core/dockerfile/lint.h"
#endif
#ifdef BULKHEAD_REPORT_HAVE_SECRETS
#include "core/secrets/detector.h"
#endif

namespace bulkhead::report {

using model::Finding;
using model::Severity;
using model::TargetKind;

QString formatName(Format f)
{
    switch (f) {
    case Format::Html:
        return QStringLiteral("html");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Json:
        return QStringLiteral("json");
    case Format::Sarif:
        return QStringLiteral("sarif");
    }
    return {};
}

std::optional<Format> formatFromName(QStringView name)
{
    for (Format f : {Format::Html, Format::Pdf, Format::Json, Format::Sarif}) {
        if (name.compare(formatName(f), Qt::CaseInsensitive) == 0) {
            return f;
        }
    }
    return std::nullopt;
}

QString formatSuffix(Format f)
{
    return u'.' + formatName(f);
}

QString fingerprint(const Finding& f)
{
    // Target *names* rather than ids: a container recreated by compose keeps its name but not its id, and a reviewer's
    // decision should survive that. The message separates two instances of one rule on one target (two capabilities).
    QByteArray key = "bulkhead-fp-v1";
    for (const QString& part : {f.ruleId,
                                model::targetKindName(f.targetKind),
                                f.targetName.isEmpty() ? f.targetId : f.targetName,
                                f.location.file,
                                QString::number(f.location.line),
                                f.location.field,
                                f.message}) {
        key += '\x1f';
        key += part.toUtf8();
    }
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32));
}

namespace {

QString anchorFor(QStringView prefix, QStringView id)
{
    // Ids come from the daemon: keep only characters that are safe in an HTML id and a URL fragment.
    QString out = prefix.toString() + u'-';
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-' || u == '_') {
            out += c;
        } else {
            out += u'_';
        }
        if (out.size() >= 80) {
            break;
        }
    }
    return out;
}

} // namespace

QString containerAnchor(const ContainerSection& c)
{
    // The whole id: synthetic or hostile ids may share long prefixes, and anchors must be unique.
    return anchorFor(u"ctr", c.id);
}

QString imageAnchor(const ImageSection& i)
{
    return anchorFor(u"img", QStringView(i.id).mid(i.id.startsWith(u"sha256:") ? 7 : 0));
}

const RuleRef* ReportModel::rule(QStringView id) const
{
    const auto it = std::lower_bound(
        rules.begin(), rules.end(), id, [](const RuleRef& r, QStringView v) { return QStringView(r.id) < v; });
    return it != rules.end() && it->id == id ? &*it : nullptr;
}

const RuleRef& ReportModel::rule(const ReportFinding& f) const
{
    static const RuleRef unknown;
    if (f.ruleIndex < 0 || static_cast<size_t>(f.ruleIndex) >= rules.size()) {
        return unknown;
    }
    return rules[static_cast<size_t>(f.ruleIndex)];
}

std::vector<const ReportFinding*> ReportModel::allFindings() const
{
    std::vector<const ReportFinding*> out;
    for (const ReportFinding& f : hostFindings) {
        out.push_back(&f);
    }
    for (const ContainerSection& c : containers) {
        for (const ReportFinding& f : c.findings) {
            out.push_back(&f);
        }
    }
    for (const ImageSection& i : images) {
        for (const auto* list : {&i.configFindings, &i.historyFindings, &i.secretFindings}) {
            for (const ReportFinding& f : *list) {
                out.push_back(&f);
            }
        }
    }
    for (const DockerfileSection& d : dockerfiles) {
        for (const ReportFinding& f : d.findings) {
            out.push_back(&f);
        }
    }
    return out;
}

namespace {

// Replaces every known environment value in report text with its redacted form. The rules already redact evidence;
// this is the second belt for text we did not build ourselves (hardened commands, compose snippets, messages), so an
// `-e DB_PASSWORD=...` can never reach a report in clear.
class Scrubber
{
public:
    void addEnv(const QStringList& env, const QStringList& keep)
    {
        for (const QString& assignment : env) {
            const qsizetype eq = assignment.indexOf(u'=');
            if (eq <= 0) {
                continue;
            }
            const QStringView key = QStringView(assignment).left(eq);
            const QString value = assignment.mid(eq + 1);
            // Very short values ("1", "true") would shred ordinary text and carry no secret worth the name; PATH is
            // public and everywhere.
            if (value.size() < 6 || key == u"PATH" || keep.contains(value)) {
                continue;
            }
            m_values.push_back(value);
        }
    }
    void finish()
    {
        std::sort(m_values.begin(), m_values.end(), [](const QString& a, const QString& b) {
            return a.size() != b.size() ? a.size() > b.size() : a < b; // longest first: a secret containing another
        });
        m_values.erase(std::unique(m_values.begin(), m_values.end()), m_values.end());
    }
    void apply(QString& text) const
    {
        for (const QString& v : m_values) {
            if (text.size() >= v.size() && text.contains(v)) {
                text.replace(v, util::redactSecret(v));
            }
        }
    }
    void apply(Finding& f) const
    {
        apply(f.message);
        apply(f.evidence);
        apply(f.suggestion);
        apply(f.location.field);
        apply(f.suppressionReason);
    }

private:
    std::vector<QString> m_values;
};

bool worseFirst(const ReportFinding& a, const ReportFinding& b)
{
    const Finding& x = a.finding;
    const Finding& y = b.finding;
    if (x.suppressed != y.suppressed) {
        return !x.suppressed; // suppressed ones last: they are accepted risks
    }
    if (x.severity != y.severity) {
        return x.severity > y.severity;
    }
    if (x.ruleId != y.ruleId) {
        return x.ruleId < y.ruleId;
    }
    if (x.location.line != y.location.line) {
        return x.location.line < y.location.line;
    }
    return x.message < y.message;
}

bool byLocation(const ReportFinding& a, const ReportFinding& b)
{
    if (a.finding.location.line != b.finding.location.line) {
        return a.finding.location.line < b.finding.location.line;
    }
    return worseFirst(a, b);
}

RuleRef ruleRefFrom(const model::RuleInfo& r)
{
    auto tr = [](const char* s) { return s && *s ? QCoreApplication::translate("Rules", s) : QString(); };
    RuleRef out;
    out.id = QString::fromUtf8(r.id);
    out.title = tr(r.title);
    out.severity = r.severity;
    out.category = r.category;
    out.target = r.target;
    out.rationale = tr(r.rationale);
    out.remediation = tr(r.remediation);
    out.fixCost = tr(r.fixCost);
    out.cis = QString::fromUtf8(r.cis ? r.cis : "");
    out.owasp = QString::fromUtf8(r.owasp ? r.owasp : "");
    out.nist = QString::fromUtf8(r.nist ? r.nist : "");
    out.aliases = model::ruleAliases(r);
    out.known = true;
    return out;
}

// Every catalogue we can see, merged by id (the central one first: it may already include the other families).
std::span<const model::RuleInfo> defaultCatalogue()
{
    static const std::vector<model::RuleInfo> kAll = [] {
        std::vector<model::RuleInfo> all;
        QSet<QByteArray> ids;
        auto add = [&](std::span<const model::RuleInfo> rules) {
            for (const model::RuleInfo& r : rules) {
                if (r.id != nullptr && !ids.contains(QByteArray(r.id))) {
                    ids.insert(QByteArray(r.id));
                    all.push_back(r);
                }
            }
        };
#ifdef BULKHEAD_REPORT_HAVE_RULES
        add(rules::catalogue());
#endif
#ifdef BULKHEAD_REPORT_HAVE_DOCKERFILE
        add(dockerfile::dockerfileRules());
#endif
#ifdef BULKHEAD_REPORT_HAVE_SECRETS
        add(secrets::secretRules());
#endif
        Q_UNUSED(add);
        return all;
    }();
    return kAll;
}

bool matchesContainer(const model::Container& c, const QString& wanted)
{
    if (wanted.isEmpty()) {
        return false;
    }
    QString name = wanted;
    if (name.startsWith(u'/')) {
        name.remove(0, 1);
    }
    return c.name == name || c.id == wanted || (wanted.size() >= 4 && c.id.startsWith(wanted));
}

QString humanList(const QStringList& names, int max)
{
    QStringList shown = names.mid(0, max);
    QString out = shown.join(QStringLiteral(", "));
    if (names.size() > max) {
        out += Report::tr(" and %n more", nullptr, static_cast<int>(names.size() - max));
    }
    return out;
}

} // namespace

ReportModel buildReport(const model::Inventory& inventory, const rules::ScanResult& scan, const ReportOptions& options)
{
    ReportModel out;

    // ---- scope
    std::vector<const model::Container*> inScope;
    for (const model::Container& c : inventory.containers) {
        bool take = options.scope.kind == Scope::Kind::All;
        for (const QString& w : options.scope.containers) {
            take = take || matchesContainer(c, w);
        }
        if (take) {
            inScope.push_back(&c);
        }
        if (take && options.scope.kind == Scope::Kind::Container) {
            break;
        }
    }
    QSet<QString> scopedContainerIds;
    QSet<QString> scopedImageIds;
    QStringList scopedNames;
    for (const model::Container* c : inScope) {
        scopedContainerIds.insert(c->id);
        scopedImageIds.insert(c->imageId);
        scopedNames << c->name;
    }
    const bool allImages = options.scope.kind == Scope::Kind::All;

    // ---- meta
    ReportMeta& m = out.meta;
    m.title = options.title.isEmpty() ? Report::tr("Bulkhead security report") : options.title;
    m.toolName = QStringLiteral("Bulkhead");
    m.toolVersion = options.toolVersion.isEmpty() ? inventory.toolVersion : options.toolVersion;
    m.generatedAt = (options.generatedAt.isValid() ? options.generatedAt : QDateTime::currentDateTimeUtc()).toUTC();
    m.scanTime = inventory.collectedAt.toUTC();
    m.scopeKind = options.scope.kind;
    switch (options.scope.kind) {
    case Scope::Kind::All:
        m.scope = Report::tr("all containers (%n)", nullptr, static_cast<int>(inScope.size()));
        break;
    case Scope::Kind::Selection:
        m.scope = Report::tr("%n selected container(s): %1", nullptr, static_cast<int>(inScope.size()))
                      .arg(humanList(scopedNames, 8));
        break;
    case Scope::Kind::Container:
        m.scope = inScope.empty() ? Report::tr("no matching container")
                                  : Report::tr("container %1").arg(inScope.front()->name);
        break;
    }
    m.endpoint = inventory.endpoint;
    m.endpointSource = inventory.endpointSource;
    m.hostName = inventory.daemon.name;
    m.engineVersion = inventory.daemon.version;
    m.apiVersion = inventory.daemon.apiVersion;
    m.operatingSystem = inventory.daemon.operatingSystem;
    m.osType = inventory.daemon.osType.isEmpty() ? inventory.daemon.os : inventory.daemon.osType;
    m.kernelVersion = inventory.daemon.kernelVersion;
    m.architecture = inventory.daemon.arch;
    m.local = inventory.local;
    m.partial = inventory.partial;
    for (const model::CollectionIssue& i : inventory.issues) {
        m.collectionIssues << i.where + QStringLiteral(": ") + i.what;
    }

    // ---- rules: what ran, plus whatever produced a finding (lint rules are not in rulesRun)
    const std::span<const model::RuleInfo> catalogue =
        options.catalogue.empty() ? defaultCatalogue() : options.catalogue;
    QHash<QString, const model::RuleInfo*> byId;
    for (const model::RuleInfo& r : catalogue) {
        byId.insert(QString::fromUtf8(r.id), &r);
    }
    std::map<QString, bool> ruleIds; // id -> ran
    for (const QString& id : scan.rulesRun) {
        ruleIds[id] = true;
    }
    for (const Finding& f : scan.findings) {
        ruleIds.try_emplace(f.ruleId, false);
    }
    for (const Finding& f : options.lintFindings) {
        ruleIds[f.ruleId] = true; // a lint finding means the lint rule ran
    }
    for (const auto& [id, ran] : ruleIds) {
        RuleRef ref;
        if (const model::RuleInfo* info = byId.value(id)) {
            ref = ruleRefFrom(*info);
        } else {
            ref.id = id;
            ref.title = Report::tr("Rule %1 (not in this version's catalogue)").arg(id);
        }
        ref.ran = ran;
        out.rules.push_back(std::move(ref));
    }
    QHash<QString, int> ruleIndex;
    for (size_t i = 0; i < out.rules.size(); ++i) {
        ruleIndex.insert(out.rules[i].id, static_cast<int>(i));
    }

    // ---- scrubbers, per target (a container's text may hold its own or its image's environment)
    QHash<QString, const model::Image*> imagesById;
    for (const model::Image& i : inventory.images) {
        imagesById.insert(i.id, &i);
    }
    auto containerScrubber = [&](const model::Container& c) {
        Scrubber s;
        const QStringList keep{c.name, c.imageRef, c.id};
        s.addEnv(c.config.env, keep);
        if (const model::Image* img = imagesById.value(c.imageId)) {
            s.addEnv(img->config.env, keep);
        }
        s.finish();
        return s;
    };
    auto imageScrubber = [&](const model::Image& i) {
        Scrubber s;
        s.addEnv(i.config.env, i.repoTags);
        s.finish();
        return s;
    };

    // ---- review decisions, indexed once: a review file can hold thousands, and a scan as many findings. A decision
    // by fingerprint wins over one by rule + target name, which wins over one by rule + target id; among equals the
    // first in the list.
    QHash<QString, qsizetype> reviewByFp;
    QHash<QString, qsizetype> reviewByTarget; // ruleId \x1f target
    for (qsizetype i = 0; i < static_cast<qsizetype>(options.reviews.size()); ++i) {
        const ReviewDecision& r = options.reviews[static_cast<size_t>(i)];
        QHash<QString, qsizetype>& index = r.fingerprint.isEmpty() ? reviewByTarget : reviewByFp;
        const QString key = r.fingerprint.isEmpty() ? r.ruleId + QChar(0x1f) + r.target : r.fingerprint;
        if (!index.contains(key)) {
            index.insert(key, i);
        }
    }
    auto findReview = [&](const Finding& f, const QString& fp) -> const ReviewDecision* {
        if (options.reviews.empty()) {
            return nullptr;
        }
        if (const auto it = reviewByFp.constFind(fp); it != reviewByFp.constEnd()) {
            return &options.reviews[static_cast<size_t>(*it)];
        }
        for (const QString& target : {f.targetName, f.targetId}) {
            if (target.isEmpty()) {
                continue;
            }
            if (const auto it = reviewByTarget.constFind(f.ruleId + QChar(0x1f) + target);
                it != reviewByTarget.constEnd()) {
                return &options.reviews[static_cast<size_t>(*it)];
            }
        }
        return nullptr;
    };

    // ---- findings into sections
    auto makeFinding = [&](const Finding& f, const Scrubber* scrub) {
        ReportFinding rf;
        rf.finding = f;
        // Fingerprint before scrubbing: it hashes, never shows, and must not change when the scrub set does.
        rf.fingerprint = fingerprint(f);
        if (scrub) {
            scrub->apply(rf.finding);
        }
        rf.ruleIndex = ruleIndex.value(f.ruleId, -1);
        if (const ReviewDecision* r = findReview(f, rf.fingerprint)) {
            rf.review = *r;
        }
        return rf;
    };

    QHash<QString, size_t> containerIndex; // id -> out.containers index
    std::vector<Scrubber> containerScrubbers;
    // Each container's scan result by id, the first one for an id as before: a pass over all results per container
    // was quadratic (10,000 containers: most of a SARIF or HTML report's time, in string compares).
    QHash<QString, const rules::ContainerResult*> resultById;
    resultById.reserve(static_cast<qsizetype>(scan.containers.size()));
    for (const rules::ContainerResult& r : scan.containers) {
        if (!resultById.contains(r.containerId)) {
            resultById.insert(r.containerId, &r);
        }
    }
    for (const model::Container* c : inScope) {
        ContainerSection s;
        s.id = c->id;
        s.name = c->name;
        s.image = c->imageRef;
        s.state = c->state;
        s.running = c->running;
        containerScrubbers.push_back(containerScrubber(*c));
        if (const rules::ContainerResult* r = resultById.value(c->id, nullptr)) {
            s.risk = r->risk;
            s.hardenedRun = r->hardenedRun;
            s.composeSnippet = r->composeSnippet;
            const Scrubber& scrub = containerScrubbers.back();
            scrub.apply(s.hardenedRun);
            scrub.apply(s.composeSnippet);
            for (rules::ScoreTerm& t : s.risk.breakdown) {
                scrub.apply(t.reason);
            }
        }
        containerIndex.insert(c->id, out.containers.size());
        out.containers.push_back(std::move(s));
    }

    QHash<QString, size_t> imageIndex;
    std::vector<Scrubber> imageScrubbers;
    for (const model::Image& i : inventory.images) {
        if (!allImages && !scopedImageIds.contains(i.id)) {
            continue;
        }
        ImageSection s;
        s.id = i.id;
        s.name = i.displayName();
        s.tags = i.repoTags;
        s.size = i.size;
        s.created = i.created;
        for (const model::Container* c : inScope) {
            if (c->imageId == i.id) {
                s.usedBy << c->name;
            }
        }
        imageScrubbers.push_back(imageScrubber(i));
        imageIndex.insert(i.id, out.images.size());
        out.images.push_back(std::move(s));
    }

    QHash<QString, size_t> fileIndex;
    auto addFileFinding = [&](const Finding& f) {
        const QString path = f.location.file.isEmpty() ? f.targetName : f.location.file;
        auto it = fileIndex.find(path);
        if (it == fileIndex.end()) {
            it = fileIndex.insert(path, out.dockerfiles.size());
            out.dockerfiles.push_back(DockerfileSection{path, {}});
        }
        out.dockerfiles[*it].findings.push_back(makeFinding(f, nullptr));
    };

    for (const Finding& f : scan.findings) {
        switch (f.targetKind) {
        case TargetKind::Daemon:
        case TargetKind::Host:
            out.hostFindings.push_back(makeFinding(f, nullptr));
            break;
        case TargetKind::Container: {
            auto it = containerIndex.find(f.targetId);
            if (it == containerIndex.end()) {
                // By name, for findings that carry only a name; out-of-scope containers are dropped.
                for (auto j = containerIndex.begin(); j != containerIndex.end(); ++j) {
                    if (!f.targetName.isEmpty() && out.containers[*j].name == f.targetName) {
                        it = j;
                        break;
                    }
                }
            }
            if (it == containerIndex.end()) {
                if (options.scope.kind == Scope::Kind::All && !scopedContainerIds.contains(f.targetId)) {
                    // A finding on a container the inventory no longer lists: keep it visible rather than lose it.
                    ContainerSection s;
                    s.id = f.targetId;
                    s.name = f.targetName.isEmpty() ? f.targetId : f.targetName;
                    containerScrubbers.push_back(Scrubber{});
                    it = containerIndex.insert(f.targetId, out.containers.size());
                    out.containers.push_back(std::move(s));
                } else {
                    break;
                }
            }
            out.containers[*it].findings.push_back(makeFinding(f, &containerScrubbers[*it]));
            break;
        }
        case TargetKind::Image: {
            auto it = imageIndex.find(f.targetId);
            if (it == imageIndex.end()) {
                for (auto j = imageIndex.begin(); j != imageIndex.end(); ++j) {
                    if (!f.targetName.isEmpty() &&
                        (out.images[*j].name == f.targetName || out.images[*j].tags.contains(f.targetName))) {
                        it = j;
                        break;
                    }
                }
            }
            if (it == imageIndex.end()) {
                if (!allImages) {
                    break;
                }
                ImageSection s;
                s.id = f.targetId;
                s.name = f.targetName.isEmpty() ? f.targetId.left(19) : f.targetName;
                imageScrubbers.push_back(Scrubber{});
                it = imageIndex.insert(f.targetId, out.images.size());
                out.images.push_back(std::move(s));
            }
            ImageSection& s = out.images[*it];
            ReportFinding rf = makeFinding(f, &imageScrubbers[*it]);
            if (f.category == model::Category::Secrets) {
                s.secretFindings.push_back(std::move(rf));
            } else if (f.location.field.startsWith(u"History") || !f.location.layer.isEmpty()) {
                s.historyFindings.push_back(std::move(rf));
            } else {
                s.configFindings.push_back(std::move(rf));
            }
            break;
        }
        case TargetKind::Dockerfile:
        case TargetKind::File:
            addFileFinding(f);
            break;
        }
    }
    for (const Finding& f : options.lintFindings) {
        addFileFinding(f);
    }

    // ---- ordering: deterministic, worst first
    std::sort(out.hostFindings.begin(), out.hostFindings.end(), worseFirst);
    for (ContainerSection& c : out.containers) {
        std::sort(c.findings.begin(), c.findings.end(), worseFirst);
    }
    for (ImageSection& i : out.images) {
        std::sort(i.configFindings.begin(), i.configFindings.end(), worseFirst);
        std::sort(i.historyFindings.begin(), i.historyFindings.end(), worseFirst);
        std::sort(i.secretFindings.begin(), i.secretFindings.end(), worseFirst);
    }
    for (DockerfileSection& d : out.dockerfiles) {
        std::sort(d.findings.begin(), d.findings.end(), byLocation);
    }
    std::stable_sort(out.containers.begin(), out.containers.end(), [](const auto& a, const auto& b) {
        if (a.risk.score != b.risk.score) {
            return a.risk.score > b.risk.score;
        }
        return a.name != b.name ? a.name < b.name : a.id < b.id;
    });
    std::stable_sort(out.images.begin(), out.images.end(), [](const auto& a, const auto& b) {
        return a.name != b.name ? a.name < b.name : a.id < b.id;
    });
    std::stable_sort(
        out.dockerfiles.begin(), out.dockerfiles.end(), [](const auto& a, const auto& b) { return a.path < b.path; });

    // ---- summary
    ReportSummary& s = out.summary;
    s.hostPosture = scan.hostPosture;
    s.containers = static_cast<int>(out.containers.size());
    s.images = static_cast<int>(out.images.size());
    s.expiredIgnores = scan.expiredIgnores;
    int severityCounts[5] = {0, 0, 0, 0, 0};
    std::map<model::Category, int> categoryCounts;
    struct Candidate
    {
        const ReportFinding* f;
        int targetScore;
        QString anchor;
    };
    std::vector<Candidate> candidates;
    auto count = [&](const ReportFinding& f, int targetScore, const QString& anchor) {
        if (f.finding.suppressed) {
            ++s.suppressedFindings;
            return;
        }
        ++s.totalFindings;
        ++severityCounts[static_cast<int>(f.finding.severity)];
        ++categoryCounts[f.finding.category];
        candidates.push_back({&f, targetScore, anchor});
    };
    for (const ReportFinding& f : out.hostFindings) {
        count(f, s.hostPosture.score, QStringLiteral("host"));
    }
    for (const ContainerSection& c : out.containers) {
        for (const ReportFinding& f : c.findings) {
            count(f, c.risk.score, containerAnchor(c));
        }
    }
    for (const ImageSection& i : out.images) {
        for (const auto* list : {&i.configFindings, &i.historyFindings, &i.secretFindings}) {
            for (const ReportFinding& f : *list) {
                count(f, 0, imageAnchor(i));
            }
        }
    }
    for (const DockerfileSection& d : out.dockerfiles) {
        for (const ReportFinding& f : d.findings) {
            count(f, 0, QStringLiteral("dockerfiles"));
        }
    }
    for (int i = 4; i >= 0; --i) {
        const auto sev = static_cast<Severity>(i);
        s.bySeverity.push_back({model::severityName(sev), model::severityLabel(sev), severityCounts[i]});
    }
    for (const auto& [cat, n] : categoryCounts) {
        s.byCategory.push_back({model::categoryName(cat), model::categoryLabel(cat), n});
    }
    std::stable_sort(
        s.byCategory.begin(), s.byCategory.end(), [](const CountBy& a, const CountBy& b) { return a.count > b.count; });
    for (const ContainerSection& c : out.containers) {
        if (s.riskiestContainers.size() >= 10 || c.risk.score <= 0) {
            break; // containers are already riskiest first
        }
        s.riskiestContainers.push_back({c.name, c.name, c.risk.score});
    }

    // Top risks: the worst findings, one per rule and target, the riskier target first on ties.
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        if (a.f->finding.severity != b.f->finding.severity) {
            return a.f->finding.severity > b.f->finding.severity;
        }
        return a.targetScore > b.targetScore;
    });
    QSet<QString> seen;
    for (const Candidate& c : candidates) {
        if (static_cast<int>(s.topRisks.size()) >= options.topRisks) {
            break;
        }
        const Finding& f = c.f->finding;
        if (f.severity < Severity::Medium) {
            break;
        }
        const QString target = f.targetName.isEmpty() ? f.targetId : f.targetName;
        const QString key = f.ruleId + u'\x1f' + target;
        if (seen.contains(key)) {
            continue;
        }
        seen.insert(key);
        const RuleRef& rule = out.rule(*c.f);
        TopRisk t;
        t.ruleId = f.ruleId;
        t.target = target;
        t.severity = f.severity;
        t.anchor = c.anchor;
        t.sentence = rule.title.isEmpty() || rule.title == f.message
                         ? Report::tr("%1: %2").arg(target, f.message)
                         : Report::tr("%1: %2 (%3)").arg(target, f.message, rule.title);
        s.topRisks.push_back(std::move(t));
    }
    return out;
}

} // namespace bulkhead::report
