// SPDX-License-Identifier: GPL-3.0-or-later
// bulkhead-cli report --format html|pdf|json|sarif -o FILE [--host URL | --context NAME | --snapshot FILE]
//                     [--container NAME ...] [--dockerfile PATH ...] [--ignore-file FILE] [--title TEXT]
//                     [--fail-on SEVERITY] [--review FILE]
//
// Scans the inventory (a daemon or a snapshot) and writes one report file: HTML (self-contained), PDF (paginated,
// headless), JSON (docs/report-schema.json) or SARIF 2.1.0 (GitHub code scanning). The format defaults to the output
// file's suffix. Files are written atomically with mode 0600: a report names the host's weak spots.
// --review FILE applies a reviewer's decisions (core/review/review.h, recorded with `bulkhead-cli review set`): each
// decided finding shows its decision, note and reviewer; accepted-risk and false-positive become SARIF suppressions.
// The review file is only read, and is checked before the daemon is contacted.
// Exit codes: 0 written (and nothing at or above --fail-on); 1 written, active findings at or above --fail-on;
// 2 nothing written (connection, snapshot, bad usage, cannot write).
#include "app/cli/cliconnection.h"
#include "app/cli/commands.h"
#include "app/cli/scanlayers.h"
#include "core/model/parse.h"
#include "core/report/pdf/pdfwriter.h"
#include "core/report/report.h"
#include "core/review/review.h"
#include "core/rules/scan.h"
#include "core/util/atomicfile.h"
#include "core/util/textescape.h"

#if __has_include("core/dockerfile/lint.h")
#include "core/dockerfile/lint.h"
#define BULKHEAD_CLI_HAVE_LINT 1
#endif

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>

namespace bulkhead::cli {

namespace {

constexpr qint64 kMaxIgnoreFileBytes = 1 << 20;

QString tr(const char* text)
{
    return QCoreApplication::translate("bulkhead::cli::Report", text);
}

} // namespace

std::unique_ptr<QCoreApplication> createApplication(int& argc, char** argv)
{
    // Only the report command draws (PDF: fonts and QPainter need a QGuiApplication). Headless by default, so it runs
    // over ssh, in CI and in cron; a user who sets QT_QPA_PLATFORM keeps their choice.
    if (argc >= 2 && std::strcmp(argv[1], "report") == 0) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

int runReport(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Scan and write a report: HTML or PDF for people, JSON or SARIF for machines (read-only)."));
    parser.addHelpOption();
    addConnectionOptions(parser);
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("html, pdf, json or sarif (default: from the output file's suffix)."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write the report to FILE (mode 0600); '-' writes to standard output "
                                       "(not for pdf)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption container(QStringLiteral("container"),
                                       tr("Report on this container only (name or id; repeatable). Host and daemon "
                                          "findings are always included."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption dockerfileOpt(QStringLiteral("dockerfile"),
                                           tr("Also lint this Dockerfile or build-context folder (repeatable)."),
                                           QStringLiteral("PATH"));
    const QCommandLineOption ignoreFile(QStringLiteral("ignore-file"),
                                        tr("Accepted risks: lines 'RULE TARGET [YYYY-MM-DD] REASON'."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption title(QStringLiteral("title"), tr("Report title."), QStringLiteral("TEXT"));
    const QCommandLineOption failOn(QStringLiteral("fail-on"),
                                    tr("Exit 1 when an active finding is at or above SEVERITY (default none)."),
                                    QStringLiteral("SEVERITY"),
                                    QStringLiteral("none"));
    const QCommandLineOption layersOpt(
        QStringLiteral("layers"),
        tr("Also read every image's layers and the files each container changed, for secrets, credential files and "
           "setuid/setgid files, as 'scan --layers' does (GET only; layers are cached by digest)."));
    const QCommandLineOption reviewOpt(QStringLiteral("review"),
                                       tr("Apply the decisions of this review file (see 'bulkhead-cli review'); it is "
                                          "only read."),
                                       QStringLiteral("FILE"));
    parser.addOptions({format, output, container, dockerfileOpt, ignoreFile, title, failOn, layersOpt, reviewOpt});
    if (const auto done = parseArguments(parser, args)) {
        return *done;
    }
    if (!parser.isSet(output)) {
        return printUsageError(tr("-o FILE is required"), parser);
    }
    const QString path = parser.value(output);
    std::optional<report::Format> fmt;
    if (parser.isSet(format)) {
        fmt = report::formatFromName(parser.value(format));
        if (!fmt) {
            return printUsageError(tr("--format is html, pdf, json or sarif, not '%1'").arg(parser.value(format)),
                                   parser);
        }
    } else {
        QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == QLatin1String("htm")) {
            suffix = QStringLiteral("html");
        }
        fmt = report::formatFromName(suffix);
        if (!fmt) {
            return printUsageError(tr("cannot tell the format from '%1': give --format").arg(path), parser);
        }
    }
    if (*fmt == report::Format::Pdf && path == QLatin1String("-")) {
        return printUsageError(tr("a PDF cannot go to standard output: give -o FILE"), parser);
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
    if (parser.isSet(ignoreFile)) {
        const auto bytes = util::readFileCapped(parser.value(ignoreFile), kMaxIgnoreFileBytes);
        if (!bytes.ok()) {
            return printError(bytes.error());
        }
        const rules::IgnoreFile ig = rules::parseIgnoreFile(*bytes);
        if (!ig.errors.isEmpty()) {
            QTextStream err(stderr);
            for (const QString& e : ig.errors) {
                err << "bulkhead-cli: " << util::terminalSafe(parser.value(ignoreFile)) << ": " << util::terminalSafe(e)
                    << '\n';
            }
            return ExitCannotRun;
        }
        scanOptions.ignores = ig.entries;
    }

    report::ReportOptions reportOptions;
    if (parser.isSet(reviewOpt)) {
        const QString reviewPath = parser.value(reviewOpt);
        const QFileInfo out(path);
        const QFileInfo in(reviewPath);
        const bool same = out.absoluteFilePath() == in.absoluteFilePath() ||
                          (out.exists() && in.exists() && out.canonicalFilePath() == in.canonicalFilePath());
        if (path != QLatin1String("-") && same) {
            return printUsageError(tr("-o would overwrite the review file %1: write the report elsewhere").arg(path),
                                   parser);
        }
        auto loaded = review::loadReview(reviewPath);
        if (!loaded.ok()) {
            return printError(loaded.error());
        }
        for (const QString& w : loaded->warnings) {
            QTextStream(stderr) << "bulkhead-cli: " << util::terminalSafe(reviewPath) << ": " << util::terminalSafe(w)
                                << '\n';
        }
        reportOptions.reviews = std::move(loaded->file.decisions);
    }
    reportOptions.toolVersion = QCoreApplication::applicationVersion();
    reportOptions.title = parser.value(title);
    const QStringList containers = parser.values(container);
    if (!containers.isEmpty()) {
        reportOptions.scope.kind =
            containers.size() == 1 ? report::Scope::Kind::Container : report::Scope::Kind::Selection;
        reportOptions.scope.containers = containers;
    }
    if (parser.isSet(dockerfileOpt)) {
#ifdef BULKHEAD_CLI_HAVE_LINT
        for (const QString& df : parser.values(dockerfileOpt)) {
            auto findings = dockerfile::lintPath(df, dockerfile::LintConfig{});
            if (!findings.ok()) {
                return printError(findings.error());
            }
            for (model::Finding& f : *findings) {
                reportOptions.lintFindings.push_back(std::move(f));
            }
        }
        rules::applyIgnores(reportOptions.lintFindings, scanOptions.ignores, scanOptions.today);
#else
        return printUsageError(tr("this build has no Dockerfile linter"), parser);
#endif
    }

    const auto options = readConnectionOptions(parser);
    if (!options.ok()) {
        return printUsageError(options.error().text(), parser);
    }
    if (parser.isSet(layersOpt) && !options->snapshot.isEmpty()) {
        return printUsageError(tr("--layers reads image layers from a daemon; a snapshot holds none"), parser);
    }
    scanOptions.connection = connectionFacts(*options);
    const auto raw = readInventory(*options);
    if (!raw.ok()) {
        return printError(raw.error());
    }
    model::Inventory inv = model::parseInventory(*raw);
    if (parser.isSet(layersOpt)) {
        // What could not be read (an image export cut short, a vanished container) is listed with the collection
        // issues, and the report says it is partial: a reader must not take "no secret found" for "none there".
        for (model::CollectionIssue& issue : readLayersAndContainerFiles(*options, inv, &scanOptions)) {
            inv.issues.push_back(std::move(issue));
            inv.partial = true;
        }
    }
    const rules::ScanResult scan = rules::scanInventory(inv, scanOptions);
    const report::ReportModel model = report::buildReport(inv, scan, reportOptions);
    if (reportOptions.scope.kind != report::Scope::Kind::All && model.containers.empty()) {
        return printError(util::Error(tr("no container matches %1").arg(containers.join(QStringLiteral(", "))),
                                      tr("give a name or id from 'bulkhead-cli inventory'")));
    }

    QByteArray bytes;
    switch (*fmt) {
    case report::Format::Html:
        bytes = report::writeHtml(model);
        break;
    case report::Format::Json:
        bytes = report::writeJson(model);
        break;
    case report::Format::Sarif:
        bytes = report::writeSarif(model);
        break;
    case report::Format::Pdf: {
        auto pdf = report::renderPdf(model);
        if (!pdf.ok()) {
            return printError(pdf.error());
        }
        bytes = std::move(*pdf);
        break;
    }
    }
    if (path == QLatin1String("-")) {
        if (std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout) !=
            static_cast<size_t>(bytes.size())) {
            return printError(util::Error(tr("cannot write to standard output")));
        }
        std::fflush(stdout);
    } else {
        const util::Result<void> written = util::writeFileAtomically(path, bytes, true);
        if (!written.ok()) {
            return printError(written.error());
        }
        QTextStream(stderr) << tr("bulkhead-cli: wrote %1 (%2 findings, %3 containers)\n")
                                   .arg(util::terminalSafe(path))
                                   .arg(model.summary.totalFindings)
                                   .arg(model.summary.containers);
    }

    if (inv.partial) {
        // As in scan: an incomplete inventory says so and wins over --fail-on (a clean report of half a host is no
        // pass). The report itself is marked partial too.
        QTextStream err(stderr);
        err << tr("bulkhead-cli: the inventory is incomplete; the report covers only what could be read:\n");
        for (const model::CollectionIssue& i : inv.issues) {
            err << "  " << util::terminalSafe(i.where) << ": " << util::terminalSafe(i.what) << '\n';
        }
        return ExitCannotRun;
    }
    if (threshold) {
        for (const report::ReportFinding* f : model.allFindings()) {
            if (!f->finding.suppressed && f->finding.severity >= *threshold) {
                return ExitFindings;
            }
        }
    }
    return ExitOk;
}

} // namespace bulkhead::cli
