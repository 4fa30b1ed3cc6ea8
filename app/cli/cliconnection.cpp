// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cliconnection.h"

#include "app/cli/commands.h"
#include "core/engine/inventory.h"
#include "core/engine/snapshot.h"
#include "core/model/parse.h"
#include "core/util/textescape.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <mutex>

namespace bulkhead::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("bulkhead::cli::Connection", text);
}

const QString kHost = QStringLiteral("host");
const QString kContext = QStringLiteral("context");
const QString kSnapshot = QStringLiteral("snapshot");
const QString kTlsNoVerify = QStringLiteral("tls-no-verify");
const QString kAllowPlainTcp = QStringLiteral("allow-plain-tcp");
const QString kTlsCaCert = QStringLiteral("tlscacert");
const QString kTlsCert = QStringLiteral("tlscert");
const QString kTlsKey = QStringLiteral("tlskey");
const QString kTimeout = QStringLiteral("timeout");
const QString kConnections = QStringLiteral("connections");

bool has(const QCommandLineParser& parser, const QString& name)
{
    return parser.optionNames().contains(name) && parser.isSet(name);
}

} // namespace

void addConnectionOptions(QCommandLineParser& parser, bool withSnapshot)
{
    parser.addOption({{QStringLiteral("H"), kHost},
                      tr("Docker endpoint: unix:///path, tcp://host:port, ssh://[user@]host[:port]."),
                      QStringLiteral("URL")});
    parser.addOption({kContext, tr("Docker context to use (see 'bulkhead-cli contexts')."), QStringLiteral("NAME")});
    if (withSnapshot) {
        parser.addOption({kSnapshot,
                          tr("Read a snapshot saved by 'bulkhead-cli snapshot' instead of a daemon."),
                          QStringLiteral("FILE")});
    }
    parser.addOption({kTlsCaCert, tr("CA certificate that signed the daemon's certificate."), QStringLiteral("FILE")});
    parser.addOption({kTlsCert, tr("Client certificate for TLS."), QStringLiteral("FILE")});
    parser.addOption({kTlsKey, tr("Client key for TLS."), QStringLiteral("FILE")});
    parser.addOption({kTlsNoVerify, tr("Do not verify the daemon's TLS certificate (insecure; explicit choice).")});
    parser.addOption({kAllowPlainTcp, tr("Allow unencrypted tcp:// to a host other than this machine.")});
    parser.addOption({kTimeout,
                      tr("Connect and read time-out in seconds (default 30); a whole request gets four times this."),
                      QStringLiteral("SECONDS"),
                      QStringLiteral("30")});
    parser.addOption({kConnections,
                      tr("Parallel connections to the daemon while collecting (1 to 16, default 4)."),
                      QStringLiteral("N"),
                      QStringLiteral("4")});
}

util::Result<ConnectionOptions> readConnectionOptions(const QCommandLineParser& parser)
{
    ConnectionOptions o;
    o.host = parser.value(kHost);
    o.context = parser.value(kContext);
    o.snapshot = has(parser, kSnapshot) ? parser.value(kSnapshot) : QString();
    o.tlsNoVerify = parser.isSet(kTlsNoVerify);
    o.allowPlainTcp = parser.isSet(kAllowPlainTcp);
    o.tlsCaCert = parser.value(kTlsCaCert);
    o.tlsCert = parser.value(kTlsCert);
    o.tlsKey = parser.value(kTlsKey);
    bool ok = false;
    o.timeoutSeconds = parser.value(kTimeout).toInt(&ok);
    if (!ok || o.timeoutSeconds < 1 || o.timeoutSeconds > 3600) {
        return util::Error(tr("--timeout takes a number of seconds from 1 to 3600"));
    }
    o.connections = parser.value(kConnections).toInt(&ok);
    if (!ok || o.connections < 1 || o.connections > 16) {
        return util::Error(tr("--connections takes a number from 1 to 16"));
    }
    if (has(parser, kSnapshot) && o.snapshot.isEmpty()) {
        return util::Error(tr("--snapshot needs a file name"));
    }
    if (!o.snapshot.isEmpty() && (!o.host.isEmpty() || !o.context.isEmpty())) {
        return util::Error(tr("use either --snapshot or --host/--context, not both"));
    }
    if (!o.host.isEmpty() && !o.context.isEmpty()) {
        return util::Error(tr("use either --host or --context, not both"),
                           tr("the docker CLI refuses this combination too"));
    }
    return o;
}

util::Result<engine::Endpoint> resolveConnection(const ConnectionOptions& options)
{
    engine::ResolveInput in = engine::ResolveInput::fromEnvironment();
    in.hostFlag = options.host;
    in.contextFlag = options.context;
    in.tlsNoVerifyFlag = options.tlsNoVerify;
    auto endpoint = engine::resolveEndpoint(in);
    if (!endpoint.ok()) {
        return endpoint;
    }
    const bool tlsFiles = !options.tlsCaCert.isEmpty() || !options.tlsCert.isEmpty() || !options.tlsKey.isEmpty();
    if (tlsFiles) {
        if (endpoint->scheme != engine::Scheme::Tcp) {
            return util::Error(
                tr("--tlscacert/--tlscert/--tlskey only apply to tcp:// endpoints, not %1").arg(endpoint->url));
        }
        // Like the docker CLI: naming TLS files means speaking TLS.
        endpoint->tls.enabled = true;
        if (!options.tlsCaCert.isEmpty()) {
            endpoint->tls.caFile = options.tlsCaCert;
        }
        if (!options.tlsCert.isEmpty()) {
            endpoint->tls.certFile = options.tlsCert;
        }
        if (!options.tlsKey.isEmpty()) {
            endpoint->tls.keyFile = options.tlsKey;
        }
    }
    if (options.tlsNoVerify) {
        endpoint->tls.verify = false;
    }
    endpoint->allowPlainRemoteTcp = endpoint->allowPlainRemoteTcp || options.allowPlainTcp;
    return endpoint;
}

engine::ClientOptions clientOptions(const ConnectionOptions& options)
{
    engine::ClientOptions c;
    c.connectTimeoutMs = options.timeoutSeconds * 1000;
    c.readTimeoutMs = options.timeoutSeconds * 1000;
    c.requestTimeoutMs = options.timeoutSeconds * 4000;
    return c;
}

util::Result<model::RawInventory> readInventory(const ConnectionOptions& options)
{
    if (!options.snapshot.isEmpty()) {
        return engine::loadSnapshot(options.snapshot);
    }
    auto endpoint = resolveConnection(options);
    if (!endpoint.ok()) {
        return endpoint.error();
    }
    engine::CollectOptions collect;
    collect.client = clientOptions(options);
    collect.connections = options.connections;
    collect.toolVersion = QCoreApplication::applicationVersion();

    // A progress line only for a person watching; scripts and pipes get clean stderr.
    const bool tty = ::isatty(STDERR_FILENO) == 1;
    QElapsedTimer sinceLast;
    sinceLast.start();
    bool printed = false;
    if (tty) {
        collect.progress = [&](const engine::CollectProgress& p) {
            if (sinceLast.elapsed() < 100 && p.phase != QLatin1String("done")) {
                return;
            }
            sinceLast.restart();
            printed = true;
            QTextStream(stderr) << '\r' << tr("collecting %1/%2 (%3)").arg(p.done).arg(p.total).arg(p.phase)
                                << "\x1b[K";
        };
    }
    auto raw = engine::collectInventory(*endpoint, collect);
    if (printed) {
        QTextStream(stderr) << "\r\x1b[K";
    }
    if (!raw.ok()) {
        return actionable(raw.error(), &endpoint.value());
    }
    return raw;
}

util::Result<ParsedInventory> readParsedInventory(const ConnectionOptions& options, bool keepPayloads)
{
    ParsedInventory out;
    if (!options.snapshot.isEmpty()) {
        auto snapshot = engine::loadSnapshotInventory(options.snapshot);
        if (!snapshot.ok()) {
            return snapshot.error();
        }
        out.raw = std::move(snapshot->raw);
        out.inventory = std::move(snapshot->inventory);
        return out;
    }
    auto raw = readInventory(options);
    if (!raw.ok()) {
        return raw.error();
    }
    out.inventory = model::parseInventory(*raw);
    if (!keepPayloads) {
        model::releasePayloads(*raw);
    }
    out.raw = std::move(*raw);
    return out;
}

util::Error actionable(util::Error error, const engine::Endpoint* endpoint)
{
    const QString text = error.text();
    const auto mentions = [&](const char* word) { return text.contains(QLatin1String(word), Qt::CaseInsensitive); };
    const bool unixSocket = endpoint != nullptr && endpoint->scheme == engine::Scheme::Unix;
    QString hint;
    // For a local socket the file system says plainly what is wrong, whatever words the transport used.
    if (unixSocket && !QFileInfo::exists(endpoint->path)) {
        error.hint = tr("there is no socket at %1: is dockerd running? Check 'systemctl status docker', or point "
                        "--host or DOCKER_HOST at the right socket")
                         .arg(endpoint->path);
        return error;
    }
    if (unixSocket && ::access(QFile::encodeName(endpoint->path).constData(), R_OK | W_OK) != 0 && errno == EACCES) {
        error.hint = tr("you may not open %1: run with sudo, or add yourself to the socket's group (usually "
                        "docker), knowing that docker group membership is root-equivalent")
                         .arg(endpoint->path);
        return error;
    }
    if (mentions("permission denied") || mentions("access denied") || mentions("EACCES")) {
        if (!mentions("root-equivalent")) {
            hint = tr("the Docker socket is open to root and the docker group only: run with sudo, or add yourself to "
                      "the docker group, knowing that docker group membership is root-equivalent");
        }
    } else if (mentions("refused") || mentions("no such file") || mentions("not found") || mentions("does not exist")) {
        if (!mentions("dockerd")) {
            hint = unixSocket ? tr("is dockerd running? Check 'systemctl status docker', or point --host or "
                                   "DOCKER_HOST at the right socket")
                              : tr("is dockerd running and listening on that address and port?");
        }
    } else if (mentions("timed out") || mentions("timeout") || mentions("time-out")) {
        hint = tr("the daemon did not answer in time: check the address and network, or raise --timeout");
    } else if (mentions("certificate") || mentions("tls") || mentions("ssl")) {
        if (error.hint.isEmpty()) {
            hint = tr("check --tlscacert/--tlscert/--tlskey or the context's TLS files");
        }
    }
    if (!hint.isEmpty()) {
        error.hint = error.hint.isEmpty() ? hint : error.hint + QStringLiteral("; ") + hint;
    }
    return error;
}

rules::ConnectionFacts connectionFacts(const ConnectionOptions& options)
{
    rules::ConnectionFacts facts;
    if (!options.snapshot.isEmpty()) {
        return facts;
    }
    const auto endpoint = resolveConnection(options);
    if (endpoint.ok()) {
        facts.known = true;
        facts.tcp = endpoint->scheme == engine::Scheme::Tcp;
        facts.tls = endpoint->tls.enabled;
        facts.clientCert = !endpoint->tls.certFile.isEmpty();
    }
    return facts;
}

std::optional<int> parseArguments(QCommandLineParser& parser, const QStringList& args, bool takesPaths)
{
    if (!parser.parse(args)) {
        return printUsageError(parser.errorText(), parser);
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    // args[0] is the command's name, which QCommandLineParser takes for the program name.
    if (!takesPaths && !parser.positionalArguments().isEmpty()) {
        return printUsageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()), parser);
    }
    return std::nullopt;
}

} // namespace bulkhead::cli
