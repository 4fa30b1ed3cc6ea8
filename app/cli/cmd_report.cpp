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
#include "app/cli/pdfloader.h"
#include "app/cli/scanlayers.h"
#include "core/model/parse.h"
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

// The options of `report`, shared by runReport() and createApplication(), which must know before the application
// object exists whether the command will draw a PDF.
struct ReportCliOptions
{
    QCommandLineOption format{QStringLiteral("format"),
                              tr("html, pdf, json or sarif (default: from the output file's suffix)."),
                              QStringLiteral("FORMAT")};
    QCommandLineOption output{QStringList{QStringLiteral("o"), QStringLiteral("output")},
                              tr("Write the report to FILE (mode 0600); '-' writes to standard output (not for pdf)."),
                              QStringLiteral("FILE")};
    QCommandLineOption container{QStringLiteral("container"),
                                 tr("Report on this container only (name or id; repeatable). Host and daemon "
                                    "findings are always included."),
                                 QStringLiteral("NAME")};
    QCommandLineOption dockerfile{QStringLiteral("dockerfile"),
                                  tr("Also lint this Dockerfile or build-context folder (repeatable)."),
                                  QStringLiteral("PATH")};
    QCommandLineOption ignoreFile{QStringLiteral("ignore-file"),
                                  tr("Accepted risks: lines 'RULE TARGET [YYYY-MM-DD] REASON'."),
                                  QStringLiteral("FILE")};
    QCommandLineOption title{QStringLiteral("title"), tr("Report title."), QStringLiteral("TEXT")};
    QCommandLineOption failOn{QStringLiteral("fail-on"),
                              tr("Exit 1 when an active finding is at or above SEVERITY (default none)."),
                              QStringLiteral("SEVERITY"),
                              QStringLiteral("none")};
    QCommandLineOption layers{
        QStringLiteral("layers"),
        tr("Also read every image's layers and the files each container changed, for secrets, credential files and "
           "setuid/setgid files, as 'scan --layers' does (GET only; layers are cached by digest).")};
    QCommandLineOption review{QStringLiteral("review"),
                              tr("Apply the decisions of this review file (see 'bulkhead-cli review'); it is only "
                                 "read."),
                              QStringLiteral("FILE")};

    void addTo(QCommandLineParser& parser) const
    {
        parser.setApplicationDescription(
            tr("Scan and write a report: HTML or PDF for people, JSON or SARIF for machines (read-only)."));
        parser.addHelpOption();
        addConnectionOptions(parser);
        parser.addOptions({format, output, container, dockerfile, ignoreFile, title, failOn, layers, review});
    }

    // The format asked for: --format, else the output file's suffix; nullopt when neither names one.
    std::optional<report::Format> chosenFormat(const QCommandLineParser& parser) const
    {
        if (parser.isSet(format)) {
            return report::formatFromName(parser.value(format));
        }
        QString suffix = QFileInfo(parser.value(output)).suffix().toLower();
        if (suffix == QLatin1String("htm")) {
            suffix = QStringLiteral("html");
        }
        return report::formatFromName(suffix);
    }
};

} // namespace

std::unique_ptr<QCoreApplication> createApplication(int& argc, char** argv)
{
    // Only `report --format pdf` draws (fonts and QPainter need a QGuiApplication, which the PDF module creates); every
    // other command, and a report in another format, gets a QCoreApplication without loading Qt Gui. When the module
    // cannot be loaded, runReport() says why (loadPdfModule() keeps the error).
    if (argc >= 2 && std::strcmp(argv[1], "report") == 0) {
        QStringList args;
        for (int i = 1; i < argc; ++i) {
            args << QString::fromLocal8Bit(argv[i]);
        }
        const ReportCliOptions options;
        QCommandLineParser parser;
        options.addTo(parser);
        if (parser.parse(args) && !parser.isSet(QStringLiteral("help")) &&
            options.chosenFormat(parser) == report::Format::Pdf) {
            const auto module = loadPdfModule();
            if (module.ok()) {
                return std::unique_ptr<QCoreApplication>((*module)->createApplication(&argc, argv));
            }
        }
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

int runReport(const QStringList& args)
{
    const ReportCliOptions opts;
    QCommandLineParser parser;
    opts.addTo(parser);
    if (const auto done = parseArguments(parser, args)) {
        return *done;
    }
    if (!parser.isSet(opts.output)) {
        return printUsageError(tr("-o FILE is required"), parser);
    }
    const QString path = parser.value(opts.output);
    const std::optional<report::Format> fmt = opts.chosenFormat(parser);
    if (!fmt) {
        if (parser.isSet(opts.format)) {
            return printUsageError(tr("--format is html, pdf, json or sarif, not '%1'").arg(parser.value(opts.format)),
                                   parser);
        }
        return printUsageError(tr("cannot tell the format from '%1': give --format").arg(path), parser);
    }
    if (*fmt == report::Format::Pdf && path == QLatin1String("-")) {
        return printUsageError(tr("a PDF cannot go to standard output: give -o FILE"), parser);
    }
    const BulkheadPdfModule* pdfModule = nullptr;
    if (*fmt == report::Format::Pdf) {
        // Before the scan: a missing or stale module must not cost a daemon round trip first.
        const auto module = loadPdfModule();
        if (!module.ok()) {
            return printError(module.error());
        }
        pdfModule = *module;
    }
    std::optional<model::Severity> threshold;
    if (parser.value(opts.failOn).toLower() != QLatin1String("none")) {
        threshold = model::severityFromName(parser.value(opts.failOn));
        if (!threshold) {
            return printUsageError(tr("--fail-on takes critical, high, medium, low, info or none, not '%1'")
                                       .arg(parser.value(opts.failOn)),
                                   parser);
        }
    }

    rules::ScanOptions scanOptions;
    if (parser.isSet(opts.ignoreFile)) {
        const auto bytes = util::readFileCapped(parser.value(opts.ignoreFile), kMaxIgnoreFileBytes);
        if (!bytes.ok()) {
            return printError(bytes.error());
        }
        const rules::IgnoreFile ig = rules::parseIgnoreFile(*bytes);
        if (!ig.errors.isEmpty()) {
            QTextStream err(stderr);
            for (const QString& e : ig.errors) {
                err << "bulkhead-cli: " << util::terminalSafe(parser.value(opts.ignoreFile)) << ": "
                    << util::terminalSafe(e) << '\n';
            }
            return ExitCannotRun;
        }
        scanOptions.ignores = ig.entries;
    }

    report::ReportOptions reportOptions;
    if (parser.isSet(opts.review)) {
        const QString reviewPath = parser.value(opts.review);
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
    reportOptions.title = parser.value(opts.title);
    const QStringList containers = parser.values(opts.container);
    if (!containers.isEmpty()) {
        reportOptions.scope.kind =
            containers.size() == 1 ? report::Scope::Kind::Container : report::Scope::Kind::Selection;
        reportOptions.scope.containers = containers;
    }
    if (parser.isSet(opts.dockerfile)) {
#ifdef BULKHEAD_CLI_HAVE_LINT
        for (const QString& df : parser.values(opts.dockerfile)) {
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
    if (parser.isSet(opts.layers) && !options->snapshot.isEmpty()) {
        return printUsageError(tr("--layers reads image layers from a daemon; a snapshot holds none"), parser);
    }
    scanOptions.connection = connectionFacts(*options);
    const auto raw = readInventory(*options);
    if (!raw.ok()) {
        return printError(raw.error());
    }
    model::Inventory inv = model::parseInventory(*raw);
    if (parser.isSet(opts.layers)) {
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
        QString message;
        QString hint;
        if (!pdfModule->render(&model, &bytes, &message, &hint)) {
            return printError(util::Error(message, hint));
        }
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
