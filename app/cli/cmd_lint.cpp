// SPDX-License-Identifier: GPL-3.0-or-later
// bulkhead-cli lint PATH... [--format tty|json|sarif] [--fail-on SEVERITY] [--config .hadolint.yaml] [--ignore ID]...
//                           [--trusted-registry REGISTRY]... [--show-suppressed]
//
// Lints Dockerfiles and build-context folders (no Docker connection). Each finding shows our rule id and the
// hadolint code it corresponds to, so existing `# hadolint ignore=` pragmas and .hadolint.yaml files keep working.
// Exit codes: 0 no active finding at or above --fail-on; 1 findings at or above it; 2 bad usage or unreadable path.
//
// --format json prints one object, format "bulkhead-lint" version 1 (fields are added, never renamed):
//   {"format": "bulkhead-lint", "version": 1, "files": [...],
//    "findings": [{"ruleId", "hadolint" (code or null), "aliases": [...], "severity", "title", "message",
//                  "remediation", "suggestion", "evidence" (redacted), "file", "line", "column", "confidence",
//                  "suppressed", "suppressionReason"}],
//    "errors": [...]}
// --format sarif goes through the report API (core/report: buildReport + writeSarif), so lint SARIF has the same
// rule descriptors, fingerprints and levels as the scan report's.
#include "app/cli/cliconnection.h"
#include "app/cli/commands.h"
#include "core/dockerfile/lint.h"
#include "core/model/severity.h"
#include "core/report/report.h"
#include "core/util/textescape.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <nlohmann/json.hpp>

namespace bulkhead::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("bulkhead::cli::Lint", text);
}

QString hadolintCode(const model::RuleInfo* r)
{
    if (!r) {
        return {};
    }
    for (const QString& a : model::ruleAliases(*r)) {
        if (a.startsWith(u"hadolint:")) {
            return a.mid(9);
        }
    }
    return {};
}

// hadolint's search order, minus the ones that make no sense for us: ./.hadolint.y(a)ml, then the user's config.
QString findConfig()
{
    QStringList candidates{QStringLiteral(".hadolint.yaml"), QStringLiteral(".hadolint.yml")};
    const QString xdg = qEnvironmentVariable("XDG_CONFIG_HOME", QDir::homePath() + QStringLiteral("/.config"));
    candidates << xdg + QStringLiteral("/hadolint.yaml") << xdg + QStringLiteral("/hadolint.yml")
               << QDir::homePath() + QStringLiteral("/.hadolint.yaml");
    for (const QString& c : candidates) {
        if (QFileInfo(c).isFile()) {
            return c;
        }
    }
    return {};
}

} // namespace

int runLint(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lint Dockerfiles and build contexts: hadolint-class rules, secrets, root user, base images, "
           ".dockerignore. Pragmas '# hadolint ignore=DL3008' and '# bulkhead ignore=DKF-108' are honoured."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("PATH"), tr("Dockerfiles, or folders (build contexts) holding one."), QStringLiteral("PATH..."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("Output format: tty (default), json or sarif."),
                                    QStringLiteral("FORMAT"),
                                    QStringLiteral("tty"));
    const QCommandLineOption failOn(QStringLiteral("fail-on"),
                                    tr("Exit with 1 when an active finding has at least this severity: info, low, "
                                       "medium, high, critical (hadolint's error/warning/style work too), or none. "
                                       "Default: the config's failure-threshold, else medium."),
                                    QStringLiteral("SEVERITY"));
    const QCommandLineOption config(QStringLiteral("config"),
                                    tr("A .hadolint.yaml to read (default: ./.hadolint.yaml, then the user's "
                                       "hadolint.yaml)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption ignore(QStringLiteral("ignore"),
                                    tr("Do not run this rule (DKF-108 or DL3008); repeatable. Replaces the config's "
                                       "ignored list, as in hadolint."),
                                    QStringLiteral("ID"));
    const QCommandLineOption trusted(QStringLiteral("trusted-registry"),
                                     tr("A registry base images may come from; repeatable (turns on DKF-126)."),
                                     QStringLiteral("REGISTRY"));
    const QCommandLineOption showSuppressed(QStringLiteral("show-suppressed"),
                                            tr("Also print findings silenced by a pragma (tty format)."));
    parser.addOptions({format, failOn, config, ignore, trusted, showSuppressed});
    if (!parser.parse(args)) {
        return printUsageError(parser.errorText(), parser);
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    QStringList paths = parser.positionalArguments();
    if (!paths.isEmpty() && paths.first() == QLatin1String("lint")) {
        paths.removeFirst();
    }
    if (paths.isEmpty()) {
        return printUsageError(tr("give at least one Dockerfile or build-context folder"), parser);
    }
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("tty") && fmt != QLatin1String("json") && fmt != QLatin1String("sarif")) {
        return printUsageError(tr("--format is tty, json or sarif, not '%1'").arg(fmt), parser);
    }

    QTextStream err(stderr);
    dockerfile::LintConfig cfg;
    const QString configPath = parser.isSet(config) ? parser.value(config) : findConfig();
    if (!configPath.isEmpty()) {
        QFile f(configPath);
        if (!f.open(QIODevice::ReadOnly)) {
            return printError(util::Error(tr("cannot read %1: %2").arg(configPath, f.errorString())));
        }
        cfg = dockerfile::parseHadolintConfig(f.read(1024 * 1024 + 1));
        for (const QString& e : cfg.errors) {
            err << "bulkhead-cli lint: " << util::terminalSafe(configPath) << ": " << util::terminalSafe(e) << '\n';
        }
    }
    if (parser.isSet(ignore)) {
        cfg.ignored = parser.values(ignore);
    }
    for (const QString& id : cfg.ignored) {
        if (!dockerfile::findDockerfileRule(id) && !id.startsWith(u"SC", Qt::CaseInsensitive)) {
            err << "bulkhead-cli lint: " << tr("unknown rule '%1' in the ignore list").arg(util::terminalSafe(id))
                << '\n';
        }
    }
    cfg.trustedRegistries << parser.values(trusted);

    // -1: never fail. An int, not std::optional<Severity>: GCC 12 reports a bogus maybe-uninitialized for the latter.
    int threshold = int(model::Severity::Medium);
    if (cfg.failNever) {
        threshold = -1;
    } else if (cfg.failureThreshold) {
        threshold = int(*cfg.failureThreshold);
    }
    if (parser.isSet(failOn)) {
        const QString v = parser.value(failOn);
        if (v == QLatin1String("none")) {
            threshold = -1;
        } else if (const auto s = model::severityFromName(v)) {
            threshold = int(*s);
        } else {
            return printUsageError(tr("--fail-on is info, low, medium, high, critical or none, not '%1'").arg(v),
                                   parser);
        }
    }

    model::Findings findings;
    QStringList errors;
    for (const QString& p : paths) {
        auto r = dockerfile::lintPath(p, cfg);
        if (!r) {
            errors << r.error().text();
            continue;
        }
        for (model::Finding& f : r.value()) {
            findings.push_back(std::move(f));
        }
    }

    QTextStream out(stdout);
    if (fmt == QLatin1String("sarif")) {
        report::ReportOptions options;
        options.lintFindings = findings;
        options.catalogue = dockerfile::dockerfileRules();
        options.toolVersion = QCoreApplication::applicationVersion();
        const report::ReportModel model = report::buildReport(model::Inventory{}, rules::ScanResult{}, options);
        out.flush();
        QFile o;
        if (o.open(stdout, QIODevice::WriteOnly)) {
            o.write(report::writeSarif(model));
        }
    } else if (fmt == QLatin1String("json")) {
        using nlohmann::json;
        json list = json::array();
        for (const model::Finding& f : findings) {
            const model::RuleInfo* rule = dockerfile::findDockerfileRule(f.ruleId);
            json aliases = json::array();
            if (rule) {
                for (const QString& a : model::ruleAliases(*rule)) {
                    aliases.push_back(a.toStdString());
                }
            }
            const QString dl = hadolintCode(rule);
            list.push_back(
                {{"ruleId", f.ruleId.toStdString()},
                 {"hadolint", dl.isEmpty() ? json(nullptr) : json(dl.toStdString())},
                 {"aliases", aliases},
                 {"severity", model::severityName(f.severity).toStdString()},
                 {"title", rule ? QCoreApplication::translate("Rules", rule->title).toStdString() : ""},
                 {"message", f.message.toStdString()},
                 {"remediation", rule ? QCoreApplication::translate("Rules", rule->remediation).toStdString() : ""},
                 {"suggestion", f.suggestion.toStdString()},
                 {"evidence", f.evidence.toStdString()},
                 {"file", f.location.file.toStdString()},
                 {"line", f.location.line},
                 {"column", f.location.column},
                 {"confidence", f.confidence},
                 {"suppressed", f.suppressed},
                 {"suppressionReason", f.suppressionReason.toStdString()}});
        }
        json files = json::array();
        for (const QString& p : paths) {
            files.push_back(p.toStdString());
        }
        json errs = json::array();
        for (const QString& e : errors) {
            errs.push_back(e.toStdString());
        }
        const json doc = {
            {"format", "bulkhead-lint"}, {"version", 1}, {"files", files}, {"findings", list}, {"errors", errs}};
        out << QString::fromStdString(doc.dump(2, ' ', false, json::error_handler_t::replace)) << '\n';
    } else {
        int active = 0;
        int suppressed = 0;
        for (const model::Finding& f : findings) {
            if (f.suppressed) {
                ++suppressed;
                if (!parser.isSet(showSuppressed)) {
                    continue;
                }
            } else {
                ++active;
            }
            const model::RuleInfo* rule = dockerfile::findDockerfileRule(f.ruleId);
            QString where = util::terminalSafe(f.location.file);
            if (f.location.line > 0) {
                where += QStringLiteral(":%1:%2").arg(f.location.line).arg(f.location.column);
            }
            const QString dl = hadolintCode(rule);
            out << where << "  " << model::severityName(f.severity).toUpper() << "  " << f.ruleId;
            if (!dl.isEmpty()) {
                out << " (" << dl << ')';
            }
            out << "  " << util::terminalSafe(f.message);
            if (f.suppressed) {
                out << "  [" << tr("suppressed") << ": " << util::terminalSafe(f.suppressionReason) << ']';
            }
            out << '\n';
            if (rule) {
                out << "    " << tr("fix") << ": " << QCoreApplication::translate("Rules", rule->remediation) << '\n';
            }
            if (!f.suggestion.isEmpty()) {
                for (const QString& l : f.suggestion.split(u'\n')) {
                    out << "    > " << util::terminalSafe(l) << '\n';
                }
            }
        }
        out << tr("%1 finding(s), %2 suppressed, in %3 path(s).").arg(active).arg(suppressed).arg(paths.size()) << '\n';
    }
    out.flush();
    for (const QString& e : errors) {
        err << "bulkhead-cli lint: " << util::terminalSafe(e) << '\n';
    }
    if (!errors.isEmpty()) {
        return ExitCannotRun;
    }
    if (threshold >= 0) {
        for (const model::Finding& f : findings) {
            if (!f.suppressed && int(f.severity) >= threshold) {
                return ExitFindings;
            }
        }
    }
    return ExitOk;
}

} // namespace bulkhead::cli
