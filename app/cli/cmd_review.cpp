// SPDX-License-Identifier: GPL-3.0-or-later
// bulkhead-cli review set FILE (--finding FINGERPRINT | --rule ID --target NAME) --decision DECISION
//                         [--note TEXT] [--reviewer NAME]
// bulkhead-cli review clear FILE (--finding FINGERPRINT | --rule ID --target NAME)
// bulkhead-cli review list FILE [--format table|json]
// bulkhead-cli review merge FILE OTHER...
//
// Records a reviewer's decisions on findings in a review file (core/review/review.h), headlessly: the same file the
// GUI writes and `report --review FILE` / `scan --review FILE` apply. A finding is named by its fingerprint (the
// JSON report's "fingerprint", SARIF's partialFingerprints "bulkhead/v1", `scan --review FILE --format json`), or by
// rule id + target name for a decision that should cover the finding wherever its message changes.
// Decisions: open, accepted-risk, false-positive, will-fix, fixed. Writes are atomic, mode 0600, under a lock file
// (FILE.lock), and only ever touch FILE: nothing here talks to Docker.
// Exit codes: 0 done; 2 bad usage, a bad or unreadable file, or nothing to clear (the file is then unchanged).
#include "app/cli/cliconnection.h"
#include "app/cli/commands.h"
#include "core/review/review.h"
#include "core/util/textescape.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace bulkhead::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("bulkhead::cli::Review", text);
}

QString safe(const QString& text)
{
    return util::terminalSafe(text);
}

void printWarnings(const QString& path, const QStringList& warnings)
{
    QTextStream err(stderr);
    for (const QString& w : warnings) {
        err << "bulkhead-cli: " << safe(path) << ": " << safe(w) << '\n';
    }
}

// "0123…cdef" or "CTR-001 on web": how a decision's finding is shown in the table and in messages.
QString findingLabel(const review::Decision& d)
{
    return d.fingerprint.isEmpty() ? tr("%1 on %2").arg(d.ruleId, d.target) : d.fingerprint;
}

QString oneLine(QString text, int max)
{
    text.replace(u'\n', u' ');
    if (text.size() > max) {
        text = text.left(max - 1) + QStringLiteral("…");
    }
    return text;
}

int list(const QString& path, const QString& format)
{
    auto loaded = review::loadReview(path);
    if (!loaded.ok()) {
        return printError(loaded.error());
    }
    printWarnings(path, loaded->warnings);
    const review::ReviewFile& file = loaded->file;
    if (format == QLatin1String("json")) {
        const QByteArray bytes = review::serializeReview(file);
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
        std::fflush(stdout);
        return ExitOk;
    }
    QTextStream out(stdout);
    if (!file.hostName.isEmpty() || !file.endpoint.isEmpty()) {
        out << tr("Review of %1 (%2)").arg(safe(file.hostName), safe(file.endpoint)) << '\n';
    }
    if (file.decisions.empty()) {
        out << tr("No decisions recorded.") << '\n';
        return ExitOk;
    }
    // Concatenated, not chained arg(): a target name holding "%2" must not pull in the next column.
    const auto row = [](const QStringList& cells) {
        static const int widths[] = {32, 14, 12, 20};
        QString line;
        for (int i = 0; i < cells.size(); ++i) {
            line += i < 4 ? cells.at(i).leftJustified(widths[i]) + QStringLiteral("  ") : cells.at(i);
        }
        return line.trimmed();
    };
    out << row({tr("FINDING"), tr("DECISION"), tr("REVIEWER"), tr("DECIDED"), tr("NOTE")}) << '\n';
    for (const review::Decision& d : file.decisions) {
        const QString decided =
            d.decidedAt.isValid() ? d.decidedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
        out << row({safe(findingLabel(d)),
                    d.decision,
                    safe(oneLine(d.reviewer, 12)),
                    decided,
                    safe(oneLine(d.note, 200))})
            << '\n';
    }
    out << tr("%1 decisions").arg(file.decisions.size()) << '\n';
    return ExitOk;
}

} // namespace

int runReview(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Record decisions on findings in a review file (mode 0600), list them, clear them or merge two files.\n"
           "  review set FILE (--finding FINGERPRINT | --rule ID --target NAME) --decision DECISION [--note TEXT]\n"
           "  review clear FILE (--finding FINGERPRINT | --rule ID --target NAME)\n"
           "  review list FILE [--format table|json]\n"
           "  review merge FILE OTHER...\n"
           "Decisions: open, accepted-risk, false-positive, will-fix, fixed. Apply them with report --review FILE."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), tr("set, clear, list or merge"));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The review file."));
    const QCommandLineOption finding(QStringLiteral("finding"),
                                     tr("The finding's fingerprint (32 hex digits, from a JSON or SARIF report)."),
                                     QStringLiteral("FINGERPRINT"));
    const QCommandLineOption rule(
        QStringLiteral("rule"), tr("With --target instead of --finding: the rule id."), QStringLiteral("ID"));
    const QCommandLineOption target(QStringLiteral("target"),
                                    tr("With --rule: the container or image name (or id) the decision covers."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption decisionOpt(QStringLiteral("decision"),
                                         tr("open, accepted-risk, false-positive, will-fix or fixed."),
                                         QStringLiteral("DECISION"));
    const QCommandLineOption note(QStringLiteral("note"), tr("Why (free text)."), QStringLiteral("TEXT"));
    const QCommandLineOption reviewer(
        QStringLiteral("reviewer"), tr("Who decided (default: the login name)."), QStringLiteral("NAME"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("list: table (default) or json."),
                                    QStringLiteral("FORMAT"),
                                    QStringLiteral("table"));
    QCommandLineOption now(
        QStringLiteral("now"), QStringLiteral("Pin the decision time (tests)."), QStringLiteral("ISO"));
    now.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({finding, rule, target, decisionOpt, note, reviewer, format, now});
    if (const auto done = parseArguments(parser, args, true)) {
        return *done;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        return printUsageError(tr("say what to do and with which file: review set|clear|list|merge FILE"), parser);
    }
    const QString action = positional.at(0);
    const QString path = positional.at(1);
    if (action != QLatin1String("merge") && positional.size() > 2) {
        return printUsageError(tr("unexpected argument '%1'").arg(positional.at(2)), parser);
    }

    if (action == QLatin1String("list")) {
        const QString fmt = parser.value(format).toLower();
        if (fmt != QLatin1String("table") && fmt != QLatin1String("json")) {
            return printUsageError(tr("--format is table or json, not '%1'").arg(fmt), parser);
        }
        return list(path, fmt);
    }

    if (action == QLatin1String("merge")) {
        if (positional.size() < 3) {
            return printUsageError(tr("name the file(s) to merge in: review merge FILE OTHER..."), parser);
        }
        // Read every other file first: one bad file leaves FILE untouched.
        review::ReviewFile incoming;
        for (const QString& other : positional.mid(2)) {
            auto loaded = review::loadReview(other);
            if (!loaded.ok()) {
                return printError(loaded.error());
            }
            printWarnings(other, loaded->warnings);
            incoming.merge(loaded->file);
        }
        int changed = 0;
        const auto updated = review::updateReviewFile(path, [&](review::ReviewFile& file) {
            changed = file.merge(incoming);
            return util::Result<void>();
        });
        if (!updated.ok()) {
            return printError(updated.error());
        }
        printWarnings(path, updated->warnings);
        QTextStream(stderr) << tr("bulkhead-cli: %1: %2 decisions added or updated, %3 in all")
                                   .arg(safe(path))
                                   .arg(changed)
                                   .arg(updated->file.decisions.size())
                            << '\n';
        return ExitOk;
    }

    if (action != QLatin1String("set") && action != QLatin1String("clear")) {
        return printUsageError(tr("unknown action '%1': set, clear, list or merge").arg(action), parser);
    }

    // The finding: a fingerprint, or rule + target.
    review::Decision d;
    if (parser.isSet(finding)) {
        if (parser.isSet(rule) || parser.isSet(target)) {
            return printUsageError(tr("give --finding, or --rule and --target, not both"), parser);
        }
        d.fingerprint = parser.value(finding).trimmed().toLower();
        if (!review::isFingerprint(d.fingerprint)) {
            return printUsageError(
                tr("--finding takes a fingerprint of 32 hex digits (the JSON report's \"fingerprint\"), not '%1'")
                    .arg(safe(parser.value(finding))),
                parser);
        }
    } else if (parser.isSet(rule) && parser.isSet(target)) {
        d.ruleId = parser.value(rule).trimmed();
        d.target = parser.value(target);
        if (d.ruleId.isEmpty() || d.target.isEmpty()) {
            return printUsageError(tr("--rule and --target must not be empty"), parser);
        }
    } else {
        return printUsageError(tr("name the finding: --finding FINGERPRINT, or --rule ID --target NAME"), parser);
    }

    if (action == QLatin1String("clear")) {
        if (parser.isSet(decisionOpt) || parser.isSet(note)) {
            return printUsageError(tr("clear takes no --decision or --note"), parser);
        }
        const QString key = review::decisionKey(d);
        bool found = false;
        const auto updated = review::updateReviewFile(
            path,
            [&](review::ReviewFile& file) -> util::Result<void> {
                found = file.clear(key);
                if (!found) {
                    return util::Error(
                        tr("%1 holds no decision for %2; the file is unchanged").arg(path, findingLabel(d)));
                }
                return {};
            },
            false);
        if (!updated.ok()) {
            return printError(updated.error());
        }
        QTextStream(stderr) << tr("bulkhead-cli: %1: cleared the decision for %2 (%3 left)")
                                   .arg(safe(path), safe(findingLabel(d)))
                                   .arg(updated->file.decisions.size())
                            << '\n';
        return ExitOk;
    }

    // set
    if (!parser.isSet(decisionOpt)) {
        return printUsageError(tr("--decision is required: %1").arg(review::decisionIds().join(QStringLiteral(", "))),
                               parser);
    }
    d.decision = parser.value(decisionOpt).trimmed().toLower();
    if (!review::isDecisionId(d.decision)) {
        return printUsageError(
            tr("--decision is one of %1, not '%2'")
                .arg(review::decisionIds().join(QStringLiteral(", ")), safe(parser.value(decisionOpt))),
            parser);
    }
    d.note = parser.value(note);
    d.reviewer =
        parser.isSet(reviewer) ? parser.value(reviewer) : qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    d.decidedAt = QDateTime::currentDateTimeUtc();
    if (parser.isSet(now)) {
        d.decidedAt = QDateTime::fromString(parser.value(now), Qt::ISODate);
        if (!d.decidedAt.isValid()) {
            return printUsageError(tr("--now takes an ISO 8601 date and time"), parser);
        }
    }
    const auto updated = review::updateReviewFile(path, [&d](review::ReviewFile& file) { return file.set(d); });
    if (!updated.ok()) {
        return printError(updated.error());
    }
    printWarnings(path, updated->warnings);
    QTextStream(stderr) << tr("bulkhead-cli: %1: %2 for %3 (%4 decisions)")
                               .arg(safe(path), d.decision, safe(findingLabel(d)))
                               .arg(updated->file.decisions.size())
                        << '\n';
    return ExitOk;
}

} // namespace bulkhead::cli
