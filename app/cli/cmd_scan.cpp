// SPDX-License-Identifier: GPL-3.0-or-later
// bulkhead-cli scan [--host URL | --context NAME | --snapshot FILE] [--format table|json|sarif]
//                   [--fail-on SEVERITY] [--ignore-file FILE] [--rule ID ...] [--remediation]
//                   [--dockerfile [IMAGE=]PATH ...]
//                   [--layers] [--review FILE]
// bulkhead-cli scan --list-rules [--format table|json|markdown]
//
// Audits the inventory with every rule (or the --rule selection) and prints findings, risk scores and, with
// --remediation (always in json), the hardened `docker run` and compose service per container.
// Exit codes: 0 scanned, nothing at or above --fail-on (default: none, never fails on findings); 1 active findings at
// or above --fail-on; 2 could not scan (connection, snapshot, bad ignore file, bad usage) or the inventory is
// incomplete (results are still printed).
//
// --format json prints one object, format "bulkhead-scan" version 1 (fields are added, never renamed):
//   {"format": "bulkhead-scan", "version": 1, "endpoint", "collectedAt", "partial",
//    "hostPosture": RISK, "rulesRun": [...], "expiredIgnores": [...],
//    "containers": [{"id", "name", "image", "state", "risk": RISK, "hardenedRun", "composeService"}],
//    "findings": [{"ruleId", "severity", "category", "targetKind", "targetId", "targetName", "message",
//                  "evidence", "field", "confidence", "suppressed", "suppressionReason"}],
//    "issues": [{"where", "what"}]}
//   RISK = {"score": 0..100, "grade": "A".."F", "breakdown": [{"reason", "ruleId", "points"}]}
//   Findings also carry "file", "line", "column" when --dockerfile linked them to a Dockerfile line (else null).
// --dockerfile PATH links image findings to the Dockerfile that built the image: every image whose history matches the
// Dockerfile's final stage (IMAGE=PATH names the image, by tag or id prefix, and skips the matching).
// --layers also streams every image's layers (GET /images/{id}/get, cached by layer digest) and reads the files each
// container added or changed (GET /containers/{id}/changes, then /archive per path, size-capped): secrets and
// credential files there (SEC-0xx, SEC-100, SEC-101 "deleted in a later layer but still in the image") and
// setuid/setgid files (IMG-010) become findings like any other; progress goes to stderr; the JSON gains
// "contents" {"images": [{"id", "name", "osRelease", "layers", "layersFromCache", "filesScanned", "bytesRead",
// "setuidFiles"}], "containers": [{"id", "name", "pathsScanned", "bytesRead", "problems"}]} and each finding a
// "layer" (see app/cli/scanlayers.h).
// --review FILE applies a reviewer's decisions (core/review/review.h; recorded with `bulkhead-cli review set`): the
// table shows each decided finding's decision, the JSON gives every finding its "fingerprint" and a "review" object
// {"decision", "note", "reviewer", "decidedAt"} (or null), SARIF turns accepted-risk and false-positive into
// suppressions. The file is only read, and checked before the daemon is contacted.
// Evidence is redacted by the rules; nothing here prints a raw environment value.
#include "app/cli/cliconnection.h"
#include "app/cli/commands.h"
#include "app/cli/jsonwriter.h"
#include "app/cli/scanlayers.h"
#include "core/dockerfile/imagelink.h"
#include "core/model/parse.h"
#include "core/report/report.h"
#include "core/review/review.h"
#include "core/rules/scan.h"
#include "core/util/atomicfile.h"
#include "core/util/textescape.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace bulkhead::cli {

namespace {

using nlohmann::json;

constexpr qint64 kMaxIgnoreFileBytes = 1 << 20;

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("bulkhead::cli::Scan", text, nullptr, n);
}

std::string s(const QString& text)
{
    return text.toStdString();
}

QString safe(const QString& text)
{
    return util::terminalSafe(text);
}

json stringsJson(const QStringList& list)
{
    json out = json::array();
    for (const QString& x : list) {
        out.push_back(s(x));
    }
    return out;
}

// Keys in byte order: the format used to be dumped from a json tree, whose objects sort their keys.
void writeRisk(JsonWriter& w, const rules::RiskScore& r)
{
    w.beginObject();
    w.key("breakdown").beginArray();
    for (const rules::ScoreTerm& t : r.breakdown) {
        w.beginObject();
        w.key("points").number(t.points);
        w.field("reason", t.reason);
        w.field("ruleId", t.ruleId);
        w.endObject();
    }
    w.endArray();
    w.field("grade", r.grade);
    w.key("score").integer(r.score);
    w.endObject();
}

// The --format json document, written directly: building it as a json tree first cost more than the rules.
std::string
scanJson(const model::Inventory& inv, const rules::ScanResult& scan, const review::ReviewFile* reviews = nullptr)
{
    std::string out;
    out.reserve(1024 + inv.containers.size() * 1600 + scan.findings.size() * 700);
    JsonWriter w(out);
    w.beginObject();
    w.field("collectedAt", inv.collectedAt.toString(Qt::ISODate));
    w.key("containers").beginArray();
    for (std::size_t i = 0; i < inv.containers.size() && i < scan.containers.size(); ++i) {
        const model::Container& c = inv.containers[i];
        const rules::ContainerResult& r = scan.containers[i];
        w.beginObject();
        w.field("composeService", r.composeSnippet);
        w.field("hardenedRun", r.hardenedRun);
        w.field("id", c.id);
        w.field("image", c.imageRef);
        w.field("name", c.name);
        w.key("risk");
        writeRisk(w, r.risk);
        w.field("state", c.state);
        w.endObject();
    }
    w.endArray();
    w.field("endpoint", inv.endpoint);
    w.key("expiredIgnores");
    writeStrings(w, scan.expiredIgnores);
    w.key("findings").beginArray();
    for (const model::Finding& f : scan.findings) {
        // With --review only: the fingerprint costs a hash per finding, and the fields are new to the format.
        QString fp;
        const review::Decision* decided = nullptr;
        if (reviews != nullptr) {
            fp = report::fingerprint(f);
            decided = reviews->match(f, fp);
        }
        w.beginObject();
        w.field("category", model::categoryName(f.category));
        w.key("column");
        f.location.column > 0 ? w.integer(f.location.column) : w.null();
        w.key("confidence").number(f.confidence);
        w.field("evidence", f.evidence);
        w.field("field", f.location.field);
        w.key("file");
        f.location.file.isEmpty() ? w.null() : w.string(f.location.file);
        if (reviews != nullptr) {
            w.field("fingerprint", fp);
        }
        w.key("line");
        f.location.line > 0 ? w.integer(f.location.line) : w.null();
        w.field("message", f.message);
        if (reviews != nullptr) {
            w.key("review");
            if (decided != nullptr) {
                w.beginObject();
                w.key("decidedAt");
                decided->decidedAt.isValid() ? w.string(decided->decidedAt.toUTC().toString(Qt::ISODate)) : w.null();
                w.field("decision", decided->decision);
                w.field("note", decided->note);
                w.field("reviewer", decided->reviewer);
                w.endObject();
            } else {
                w.null();
            }
        }
        w.field("ruleId", f.ruleId);
        w.field("severity", model::severityName(f.severity));
        w.key("suppressed").boolean(f.suppressed);
        w.field("suppressionReason", f.suppressionReason);
        w.field("targetId", f.targetId);
        w.field("targetKind", model::targetKindName(f.targetKind));
        w.field("targetName", f.targetName);
        w.endObject();
    }
    w.endArray();
    w.field("format", "bulkhead-scan");
    w.key("hostPosture");
    writeRisk(w, scan.hostPosture);
    w.key("issues").beginArray();
    for (const model::CollectionIssue& i : inv.issues) {
        writeIssue(w, i.where, i.what);
    }
    for (const model::ParseIssue& i : inv.parseIssues) {
        writeIssue(w, i.where, i.what);
    }
    w.endArray();
    w.key("partial").boolean(inv.partial);
    w.key("rulesRun");
    writeStrings(w, scan.rulesRun);
    w.key("version").integer(1);
    w.endObject();
    out += '\n';
    return out;
}

QString severityTag(model::Severity s)
{
    return model::severityName(s).toUpper().leftJustified(8);
}

void printFinding(QTextStream& out, const model::Finding& f, const review::ReviewFile* reviews)
{
    out << "    " << severityTag(f.severity) << ' ' << f.ruleId << "  " << safe(f.message);
    if (f.confidence < 1.0) {
        out << ' ' << tr("(confidence %1)").arg(f.confidence, 0, 'f', 1);
    }
    if (f.suppressed) {
        out << ' ' << tr("[suppressed: %1]").arg(safe(f.suppressionReason));
    }
    if (reviews != nullptr) {
        if (const review::Decision* d = reviews->match(f, report::fingerprint(f))) {
            QString note = d->note;
            note.replace(u'\n', u' ');
            out << ' '
                << (note.isEmpty() ? tr("[review: %1]").arg(d->decision)
                                   : tr("[review: %1: %2]").arg(d->decision, safe(note)));
        }
    }
    out << '\n';
    if (!f.location.file.isEmpty() && f.location.line > 0) {
        out << "             "
            << tr("at %1:%2:%3").arg(safe(f.location.file)).arg(f.location.line).arg(f.location.column) << '\n';
    }
}

bool worseFirst(const model::Finding* a, const model::Finding* b)
{
    if (a->suppressed != b->suppressed) {
        return !a->suppressed;
    }
    if (a->severity != b->severity) {
        return a->severity > b->severity;
    }
    return a->ruleId < b->ruleId;
}

void printTable(QTextStream& out,
                const model::Inventory& inv,
                const rules::ScanResult& scan,
                bool remediation,
                const review::ReviewFile* reviews)
{
    // Findings by target, indexed once: looking them up per container was quadratic (10,000 containers with
    // 8,000 findings spent seconds here).
    QHash<QString, std::vector<const model::Finding*>> byTarget;
    for (const model::Finding& f : scan.findings) {
        byTarget[QString::number(static_cast<int>(f.targetKind)) + u'/' + f.targetId].push_back(&f);
    }
    const auto findingsFor = [&byTarget](model::TargetKind kind, const QString& id) {
        std::vector<const model::Finding*> v = byTarget.value(QString::number(static_cast<int>(kind)) + u'/' + id);
        std::stable_sort(v.begin(), v.end(), worseFirst);
        return v;
    };
    out << tr("Host %1: posture %2/100 (grade %3)\n")
               .arg(safe(inv.daemon.name.isEmpty() ? inv.endpoint : inv.daemon.name))
               .arg(scan.hostPosture.score)
               .arg(scan.hostPosture.grade);
    std::vector<const model::Finding*> host;
    for (const model::Finding& f : scan.findings) {
        if (f.targetKind == model::TargetKind::Daemon || f.targetKind == model::TargetKind::Host) {
            host.push_back(&f);
        }
    }
    std::stable_sort(host.begin(), host.end(), worseFirst);
    for (const model::Finding* f : host) {
        printFinding(out, *f, reviews);
    }
    out << '\n' << tr("Containers (%n):\n", static_cast<int>(inv.containers.size()));
    // Riskiest first.
    std::vector<std::size_t> order(inv.containers.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::stable_sort(order.begin(), order.end(), [&scan](std::size_t a, std::size_t b) {
        return scan.containers[a].risk.score > scan.containers[b].risk.score;
    });
    for (std::size_t i : order) {
        const model::Container& c = inv.containers[i];
        const rules::ContainerResult& r = scan.containers[i];
        out << "  " << safe(c.name) << " (" << safe(c.state) << ", " << safe(c.imageRef) << ")  "
            << tr("risk %1/100 grade %2").arg(r.risk.score).arg(r.risk.grade) << '\n';
        for (const model::Finding* f : findingsFor(model::TargetKind::Container, c.id)) {
            printFinding(out, *f, reviews);
        }
        if (remediation) {
            out << "    " << tr("Hardened run:") << '\n';
            for (const QString& line : r.hardenedRun.split(u'\n')) {
                out << "      " << safe(line) << '\n';
            }
            out << "    " << tr("Compose service:") << '\n';
            for (const QString& line : r.composeSnippet.split(u'\n', Qt::SkipEmptyParts)) {
                out << "      " << safe(line) << '\n';
            }
        }
    }
    out << '\n' << tr("Images (%n):\n", static_cast<int>(inv.images.size()));
    for (const model::Image& img : inv.images) {
        const auto fs = findingsFor(model::TargetKind::Image, img.id);
        out << "  " << safe(img.displayName()) << '\n';
        for (const model::Finding* f : fs) {
            printFinding(out, *f, reviews);
        }
    }
    int counts[5] = {0, 0, 0, 0, 0};
    int suppressed = 0;
    for (const model::Finding& f : scan.findings) {
        if (f.suppressed) {
            ++suppressed;
        } else {
            ++counts[static_cast<int>(f.severity)];
        }
    }
    out << '\n'
        << tr("%1 critical, %2 high, %3 medium, %4 low, %5 info; %6 suppressed\n")
               .arg(counts[4])
               .arg(counts[3])
               .arg(counts[2])
               .arg(counts[1])
               .arg(counts[0])
               .arg(suppressed);
    for (const QString& e : scan.expiredIgnores) {
        out << tr("expired ignore entry, no longer suppressing: %1\n").arg(safe(e));
    }
}

int listRules(const QString& format)
{
    QTextStream out(stdout);
    const auto cat = rules::catalogue();
    if (format == QLatin1String("markdown")) {
        out << rules::rulesMarkdown(cat);
        return ExitOk;
    }
    if (format == QLatin1String("json")) {
        json arr = json::array();
        for (const model::RuleInfo& r : cat) {
            arr.push_back({{"id", r.id},
                           {"severity", s(model::severityName(r.severity))},
                           {"category", s(model::categoryName(r.category))},
                           {"target", s(model::targetKindName(r.target))},
                           {"title", r.title},
                           {"rationale", r.rationale},
                           {"remediation", r.remediation},
                           {"fixCost", r.fixCost},
                           {"cis", r.cis},
                           {"owasp", r.owasp},
                           {"nist", r.nist},
                           {"aliases", stringsJson(model::ruleAliases(r))}});
        }
        out << QString::fromStdString(arr.dump(2, ' ', false, json::error_handler_t::replace)) << '\n';
        return ExitOk;
    }
    for (const model::RuleInfo& r : cat) {
        out << QString::fromLatin1(r.id) << "  " << model::severityName(r.severity).leftJustified(8) << "  "
            << QCoreApplication::translate("Rules", r.title) << '\n';
    }
    return ExitOk;
}

struct DockerfileSpec
{
    QString image; // empty: every image whose history matches
    QString path;
};

// "PATH" or "IMAGE=PATH"; an existing file wins, so paths holding '=' still work.
DockerfileSpec parseDockerfileSpec(const QString& value)
{
    const qsizetype eq = value.indexOf(u'=');
    if (eq <= 0 || QFileInfo(value).isFile()) {
        return {QString(), value};
    }
    return {value.left(eq), value.mid(eq + 1)};
}

bool imageNamed(const model::Image& img, const QString& name)
{
    if (img.repoTags.contains(name) || img.repoTags.contains(name + QStringLiteral(":latest"))) {
        return true;
    }
    const QString bare = img.id.startsWith(QLatin1String("sha256:")) ? img.id.mid(7) : img.id;
    const QString wanted = name.startsWith(QLatin1String("sha256:")) ? name.mid(7) : name;
    return wanted.size() >= 4 && bare.startsWith(wanted);
}

// Points image findings at Dockerfile lines. Returns false (after saying why) when a Dockerfile cannot be read.
bool linkDockerfiles(const QList<DockerfileSpec>& specs, const model::Inventory& inv, rules::ScanResult& scan)
{
    QTextStream err(stderr);
    for (const DockerfileSpec& spec : specs) {
        const auto bytes = util::readFileCapped(spec.path, dockerfile::kMaxDockerfileBytes);
        if (!bytes.ok()) {
            printError(bytes.error());
            return false;
        }
        const dockerfile::ParsedDockerfile df = dockerfile::parseDockerfile(*bytes, spec.path);
        int linked = 0;
        for (const model::Image& img : inv.images) {
            if (!spec.image.isEmpty() && !imageNamed(img, spec.image)) {
                continue;
            }
            const dockerfile::ImageLink link = dockerfile::linkImageHistory(df, img);
            if (spec.image.isEmpty() && !link.linked()) {
                continue;
            }
            ++linked;
            dockerfile::mapImageFindings(df, img, link, scan.findings);
        }
        if (linked == 0) {
            err << (spec.image.isEmpty()
                        ? tr("bulkhead-cli: no image was built from %1 (no image history matches its final stage)\n")
                              .arg(safe(spec.path))
                        : tr("bulkhead-cli: no image named %1\n").arg(safe(spec.image)));
        }
    }
    return true;
}

} // namespace

int runScan(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Audit containers, images, the daemon and the host with the rule catalogue (read-only)."));
    parser.addHelpOption();
    addConnectionOptions(parser);
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("Output: table (default), json or sarif; with --list-rules also markdown."),
                                    QStringLiteral("FORMAT"),
                                    QStringLiteral("table"));
    const QCommandLineOption failOn(QStringLiteral("fail-on"),
                                    tr("Exit 1 when an active finding is at or above SEVERITY (critical, high, "
                                       "medium, low, info; default none)."),
                                    QStringLiteral("SEVERITY"),
                                    QStringLiteral("none"));
    const QCommandLineOption ignoreFile(
        QStringLiteral("ignore-file"),
        tr("Accepted risks: lines 'RULE TARGET [YYYY-MM-DD] REASON' (see docs/risk.md)."),
        QStringLiteral("FILE"));
    const QCommandLineOption rule(QStringLiteral("rule"),
                                  tr("Run only this rule (repeatable; an id, a family such as CTR, or CTR-0*)."),
                                  QStringLiteral("ID"));
    const QCommandLineOption remediation(QStringLiteral("remediation"),
                                         tr("Also print each container's hardened docker run and compose service."));
    const QCommandLineOption listRulesOpt(QStringLiteral("list-rules"), tr("Print the rule catalogue and exit."));
    const QCommandLineOption output(QStringLiteral("output"),
                                    tr("Write the result to FILE (mode 0600) instead of standard output."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption dockerfileOpt(
        QStringLiteral("dockerfile"),
        tr("Link image findings to the lines of this Dockerfile (repeatable): every image built from it, or the "
           "image named by IMAGE= (tag or id)."),
        QStringLiteral("[IMAGE=]PATH"));
    const QCommandLineOption layersOpt(
        QStringLiteral("layers"),
        tr("Also read every image's layers and the files each container changed, for secrets, credential files and "
           "setuid/setgid files (GET only; slow on large images; layers are cached by digest)."));
    parser.addOption(layersOpt);
    const QCommandLineOption reviewOpt(QStringLiteral("review"),
                                       tr("Apply the decisions of this review file (see 'bulkhead-cli review'); it is "
                                          "only read."),
                                       QStringLiteral("FILE"));
    parser.addOption(reviewOpt);
    QCommandLineOption today(QStringLiteral("today"), QStringLiteral("Pin the date (tests)."), QStringLiteral("DATE"));
    today.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({format, failOn, ignoreFile, rule, remediation, listRulesOpt, output, dockerfileOpt, today});
    if (!parser.parse(args)) {
        return printUsageError(parser.errorText(), parser);
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().size() > 1) {
        return printUsageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().at(1)), parser);
    }
    const QString fmt = parser.value(format).toLower();
    if (parser.isSet(listRulesOpt)) {
        if (fmt != QLatin1String("table") && fmt != QLatin1String("json") && fmt != QLatin1String("markdown")) {
            return printUsageError(tr("--list-rules prints table, json or markdown, not '%1'").arg(fmt), parser);
        }
        return listRules(fmt);
    }
    if (fmt != QLatin1String("table") && fmt != QLatin1String("json") && fmt != QLatin1String("sarif")) {
        return printUsageError(tr("--format is table, json or sarif, not '%1'").arg(fmt), parser);
    }
    std::optional<model::Severity> threshold;
    if (parser.value(failOn).toLower() != QLatin1String("none")) {
        threshold = model::severityFromName(parser.value(failOn));
        if (!threshold) {
            return printUsageError(
                tr("--fail-on takes critical, high, medium, low, info or none, not '%1'").arg(parser.value(failOn)),
                parser);
        }
    }

    rules::ScanOptions scanOptions;
    if (parser.isSet(today)) {
        scanOptions.today = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!scanOptions.today.isValid()) {
            return printUsageError(tr("--today takes YYYY-MM-DD"), parser);
        }
    }
    for (const QString& v : parser.values(rule)) {
        for (const QString& id : v.split(u',', Qt::SkipEmptyParts)) {
            const QString t = id.trimmed();
            const bool family = t.size() == 3 || t.endsWith(u'*');
            if (!family && rules::findRule(t) == nullptr) {
                return printUsageError(tr("unknown rule '%1' (see --list-rules)").arg(t), parser);
            }
            scanOptions.onlyRules << t;
        }
    }
    if (parser.isSet(ignoreFile)) {
        const auto bytes = util::readFileCapped(parser.value(ignoreFile), kMaxIgnoreFileBytes);
        if (!bytes.ok()) {
            return printError(bytes.error());
        }
        const rules::IgnoreFile ig = rules::parseIgnoreFile(*bytes);
        if (!ig.errors.isEmpty()) {
            QTextStream err(stderr);
            for (const QString& e : ig.errors) {
                err << "bulkhead-cli: " << safe(parser.value(ignoreFile)) << ": " << safe(e) << '\n';
            }
            return ExitCannotRun;
        }
        scanOptions.ignores = ig.entries;
    }

    std::optional<review::ReviewFile> reviews;
    if (parser.isSet(reviewOpt)) {
        const QString reviewPath = parser.value(reviewOpt);
        if (parser.isSet(output)) {
            const QFileInfo out(parser.value(output));
            const QFileInfo in(reviewPath);
            if (out.absoluteFilePath() == in.absoluteFilePath() ||
                (out.exists() && in.exists() && out.canonicalFilePath() == in.canonicalFilePath())) {
                return printUsageError(tr("--output would overwrite the review file %1").arg(reviewPath), parser);
            }
        }
        auto loaded = review::loadReview(reviewPath);
        if (!loaded.ok()) {
            return printError(loaded.error());
        }
        for (const QString& w : loaded->warnings) {
            QTextStream(stderr) << "bulkhead-cli: " << safe(reviewPath) << ": " << safe(w) << '\n';
        }
        reviews = std::move(loaded->file);
    }

    const auto options = readConnectionOptions(parser);
    if (!options.ok()) {
        return printUsageError(options.error().text(), parser);
    }
    if (parser.isSet(layersOpt) && !options->snapshot.isEmpty()) {
        return printUsageError(tr("--layers reads image layers from a daemon; a snapshot holds none"), parser);
    }
    if (options->snapshot.isEmpty()) {
        // How we reached the daemon is evidence for DMN-003/004 that the inventory itself does not carry.
        const auto endpoint = resolveConnection(*options);
        if (endpoint.ok()) {
            scanOptions.connection.known = true;
            scanOptions.connection.tcp = endpoint->scheme == engine::Scheme::Tcp;
            scanOptions.connection.tls = endpoint->tls.enabled;
            scanOptions.connection.clientCert = !endpoint->tls.certFile.isEmpty();
        }
    }
    // Nothing below reads the raw JSON: a collected inventory's is freed before the rules and the output need the
    // memory. Not for sarif: the report's allocations then land in the freed holes, and its lookups ran 0.1-0.8 s
    // slower on 10,000 containers (bench/scan/README.md). A snapshot is read without JSON trees.
    auto read = readParsedInventory(*options, fmt == QLatin1String("sarif"));
    if (!read.ok()) {
        return printError(read.error());
    }
    const model::Inventory& inv = read->inventory;
    std::vector<model::CollectionIssue> layerIssues;
    if (parser.isSet(layersOpt)) {
        layerIssues = readLayersAndContainerFiles(*options, inv, &scanOptions);
    }
    rules::ScanResult scan = rules::scanInventory(inv, scanOptions);
    QList<DockerfileSpec> dockerfiles;
    for (const QString& v : parser.values(dockerfileOpt)) {
        dockerfiles << parseDockerfileSpec(v);
    }
    if (!linkDockerfiles(dockerfiles, inv, scan)) {
        return ExitCannotRun;
    }

    std::string jsonText;
    QByteArray text;
    if (fmt == QLatin1String("json")) {
        std::string doc = scanJson(inv, scan, reviews ? &*reviews : nullptr);
        if (parser.isSet(layersOpt)) {
            // --layers adds its sections to the tree (scanlayers.h); reading a daemon's layers dwarfs a re-parse.
            json tree = json::parse(doc);
            addContentsJson(tree, inv, scan, scanOptions, layerIssues);
            doc = tree.dump(2, ' ', false, json::error_handler_t::replace) + '\n';
        }
        jsonText = std::move(doc);
        // No copy: the bytes stay in jsonText, which outlives text.
        text = QByteArray::fromRawData(jsonText.data(), static_cast<qsizetype>(jsonText.size()));
    } else if (fmt == QLatin1String("sarif")) {
        report::ReportOptions reportOptions;
        if (reviews) {
            reportOptions.reviews = reviews->decisions;
        }
        text = report::writeSarif(report::buildReport(inv, scan, reportOptions));
    } else {
        QString s;
        QTextStream ts(&s);
        printTable(ts, inv, scan, parser.isSet(remediation), reviews ? &*reviews : nullptr);
        printContents(ts, inv, scanOptions);
        ts.flush();
        text = s.toUtf8();
    }
    if (parser.isSet(output)) {
        const auto written = util::writeFileAtomically(parser.value(output), text, true);
        if (!written.ok()) {
            return printError(written.error());
        }
    } else {
        fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stdout);
        fflush(stdout);
    }

    if (inv.partial || !inv.issues.empty()) {
        QTextStream err(stderr);
        err << tr("bulkhead-cli: the inventory is incomplete; findings cover only what could be read:\n");
        for (const model::CollectionIssue& i : inv.issues) {
            err << "  " << safe(i.where) << ": " << safe(i.what) << '\n';
        }
        if (inv.partial) {
            return ExitCannotRun;
        }
    }
    if (threshold) {
        for (const model::Finding& f : scan.findings) {
            if (!f.suppressed && f.severity >= *threshold) {
                return ExitFindings;
            }
        }
    }
    return ExitOk;
}

} // namespace bulkhead::cli
