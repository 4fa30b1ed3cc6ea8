// SPDX-License-Identifier: GPL-3.0-or-later
// bulkhead-cli contexts [--format table|json] [--host URL | --context NAME]
//
// Lists every Docker endpoint found the way the docker CLI looks for them (--host, DOCKER_HOST, --context,
// DOCKER_CONTEXT, config.json's currentContext and the context store, the default and rootless sockets) and marks
// the one the other commands would use. It connects to nothing. Exit codes: 0 listed; 2 bad usage or the current
// endpoint cannot be resolved.
#include "app/cli/cliconnection.h"
#include "app/cli/commands.h"
#include "core/engine/endpoint.h"
#include "core/util/textescape.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace bulkhead::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("bulkhead::cli::Contexts", text);
}

void printTable(const std::vector<engine::EndpointCandidate>& candidates)
{
    const QStringList header{QString(), tr("NAME"), tr("ENDPOINT"), tr("TLS"), tr("SOURCE"), tr("DESCRIPTION")};
    std::vector<QStringList> rows;
    for (const auto& c : candidates) {
        QString tls = c.tls ? (c.skipTlsVerify ? tr("no verify") : tr("verify")) : QStringLiteral("-");
        QString description = c.error.isEmpty() ? c.description : tr("error: %1").arg(c.error);
        // Context names, descriptions and URLs come from files anyone with access to the config may have written.
        rows.push_back({c.current ? QStringLiteral("*") : QString(),
                        util::terminalSafe(c.name),
                        util::terminalSafe(c.url),
                        tls,
                        util::terminalSafe(c.source),
                        util::terminalSafe(description)});
    }
    QList<qsizetype> widths;
    for (qsizetype i = 0; i < header.size(); ++i) {
        qsizetype w = header[i].size();
        for (const QStringList& row : rows) {
            w = std::max(w, std::min<qsizetype>(row[i].size(), 60));
        }
        widths << w;
    }
    QTextStream out(stdout);
    const auto printRow = [&](const QStringList& row) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i]) + QStringLiteral("  ") : row[i];
        }
        out << line.trimmed().prepend(row[0].isEmpty() ? QStringLiteral("   ") : QString()) << '\n';
    };
    printRow(header);
    for (const QStringList& row : rows) {
        printRow(row);
    }
}

void printJson(const std::vector<engine::EndpointCandidate>& candidates)
{
    QJsonArray array;
    for (const auto& c : candidates) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), c.name);
        o.insert(QStringLiteral("url"), c.url);
        o.insert(QStringLiteral("source"), c.source);
        o.insert(QStringLiteral("description"), c.description);
        o.insert(QStringLiteral("current"), c.current);
        o.insert(QStringLiteral("tls"), c.tls);
        o.insert(QStringLiteral("skipTlsVerify"), c.skipTlsVerify);
        if (!c.error.isEmpty()) {
            o.insert(QStringLiteral("error"), c.error);
        }
        array.append(o);
    }
    // JSON escapes control characters itself, so the strings stay as found.
    QTextStream(stdout) << QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace

int runContexts(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the Docker endpoints and contexts found, as the docker CLI resolves them; '*' marks the one used."));
    parser.addHelpOption();
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("Output format: table or json."),
                                    QStringLiteral("FORMAT"),
                                    QStringLiteral("table"));
    const QCommandLineOption host({QStringLiteral("H"), QStringLiteral("host")},
                                  tr("Daemon endpoint (as a --host would be given to other commands)."),
                                  QStringLiteral("URL"));
    const QCommandLineOption context(QStringLiteral("context"), tr("Docker context name."), QStringLiteral("NAME"));
    parser.addOptions({format, host, context});
    if (const auto done = parseArguments(parser, args)) {
        return *done;
    }
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("table") && fmt != QLatin1String("json")) {
        QTextStream(stderr) << "bulkhead-cli contexts: "
                            << tr("unknown format '%1' (table or json)").arg(util::terminalSafe(fmt)) << '\n';
        return ExitCannotRun;
    }
    engine::ResolveInput in = engine::ResolveInput::fromEnvironment();
    in.hostFlag = parser.value(host);
    in.contextFlag = parser.value(context);
    const auto candidates = engine::listEndpoints(in);
    if (fmt == QLatin1String("json")) {
        printJson(candidates);
    } else {
        printTable(candidates);
    }
    const auto resolved = engine::resolveEndpoint(in);
    if (!resolved.ok()) {
        QTextStream(stderr) << "bulkhead-cli contexts: " << util::terminalSafe(resolved.error().text()) << '\n';
        return ExitCannotRun;
    }
    return ExitOk;
}

} // namespace bulkhead::cli
