// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/endpoint.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>

namespace bulkhead::engine {

namespace {

struct Ep
{
    Q_DECLARE_TR_FUNCTIONS(bulkhead::engine::Endpoint)
};

constexpr qint64 kMaxConfigBytes = 1 << 20; // config.json and meta.json are small; a huge one is not read
constexpr int kMaxContexts = 1000;
constexpr int kDefaultTcpPort = 2375;
constexpr int kDefaultTlsPort = 2376;

bool hasControlOrSpace(QStringView s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.unicode() <= 0x20 || c.unicode() == 0x7f; });
}

bool isHostChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'.' || u == u'-' ||
           u == u'_';
}

struct Authority
{
    QString user;
    QString host;
    int port = 0; // 0: not given
};

util::Result<Authority> parseAuthority(const QString& authority, const QString& url, bool userAllowed)
{
    Authority a;
    QString rest = authority;
    const qsizetype at = rest.lastIndexOf(u'@');
    if (at >= 0) {
        const QString userinfo = rest.left(at);
        if (!userAllowed || userinfo.contains(u':')) {
            return util::Error(Ep::tr("refusing the endpoint \"%1\": URLs with credentials are not accepted (use "
                                      "TLS client certificates or ssh keys)")
                                   .arg(url));
        }
        a.user = userinfo;
        rest = rest.mid(at + 1);
        if (a.user.isEmpty() || a.user.startsWith(u'-') || !std::all_of(a.user.begin(), a.user.end(), isHostChar)) {
            return util::Error(Ep::tr("invalid user name in the endpoint \"%1\"").arg(url));
        }
    }
    QString portText;
    if (rest.startsWith(u'[')) {
        const qsizetype close = rest.indexOf(u']');
        if (close < 0) {
            return util::Error(Ep::tr("invalid IPv6 address in the endpoint \"%1\"").arg(url));
        }
        a.host = rest.mid(1, close - 1);
        if (QHostAddress(a.host).protocol() != QAbstractSocket::IPv6Protocol) {
            return util::Error(Ep::tr("invalid IPv6 address in the endpoint \"%1\"").arg(url));
        }
        const QString after = rest.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(u':')) {
                return util::Error(Ep::tr("invalid host in the endpoint \"%1\"").arg(url));
            }
            portText = after.mid(1);
            if (portText.isEmpty()) {
                return util::Error(Ep::tr("empty port in the endpoint \"%1\"").arg(url));
            }
        }
    } else {
        const qsizetype colon = rest.indexOf(u':');
        if (colon >= 0) {
            if (rest.indexOf(u':', colon + 1) >= 0) {
                return util::Error(
                    Ep::tr("invalid host in the endpoint \"%1\" (write IPv6 addresses in brackets)").arg(url));
            }
            portText = rest.mid(colon + 1);
            if (portText.isEmpty()) {
                return util::Error(Ep::tr("empty port in the endpoint \"%1\"").arg(url));
            }
            rest = rest.left(colon);
        }
        a.host = rest;
        if (a.host.isEmpty() || a.host.startsWith(u'-') || a.host.size() > 253 ||
            !std::all_of(a.host.begin(), a.host.end(), isHostChar)) {
            return util::Error(Ep::tr("invalid host name in the endpoint \"%1\"").arg(url));
        }
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        const int port = portText.toInt(&ok);
        if (!ok || port < 1 || port > 65535 ||
            !std::all_of(portText.begin(), portText.end(), [](QChar c) { return c.isDigit(); })) {
            return util::Error(Ep::tr("invalid port \"%1\" in the endpoint \"%2\"").arg(portText, url));
        }
        a.port = port;
    }
    return a;
}

// The URL as it may appear in a message: whatever precedes an '@' (user and password) is masked.
QString shownUrl(const QString& url)
{
    const qsizetype at = url.lastIndexOf(u'@');
    if (at < 0) {
        return url;
    }
    const qsizetype sep = url.indexOf(QStringLiteral("://"));
    const qsizetype start = (sep >= 0 && sep < at) ? sep + 3 : 0;
    return url.left(start) + QStringLiteral("***") + url.mid(at);
}

QString hostForUrl(const QString& host)
{
    return host.contains(u':') ? u'[' + host + u']' : host;
}

bool hasExplicitPort(const QString& url)
{
    auto parsed = parseEndpointUrl(url);
    if (!parsed.ok() || parsed->scheme != Scheme::Tcp) {
        return false;
    }
    const QString rest = url.trimmed().mid(url.trimmed().indexOf(QStringLiteral("://")) + 3);
    const QString authority = rest.left(rest.indexOf(u'/') < 0 ? rest.size() : rest.indexOf(u'/'));
    return authority.endsWith(QStringLiteral(":%1").arg(parsed->port));
}

void setTcpPort(Endpoint& e, int port)
{
    e.port = port;
    e.url = QStringLiteral("tcp://%1:%2").arg(hostForUrl(e.host)).arg(port);
}

std::optional<QByteArray> readSmallFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error != nullptr) {
            *error = file.exists() ? Ep::tr("cannot read %1: %2").arg(path, file.errorString()) : QString();
        }
        return std::nullopt;
    }
    if (file.size() > kMaxConfigBytes) {
        if (error != nullptr) {
            *error = Ep::tr("%1 is too large to be a Docker config file").arg(path);
        }
        return std::nullopt;
    }
    // read(n) allocates n bytes up front: read what the file holds (a file whose size is unknown, 0, is read in
    // pieces up to the cap).
    if (file.size() > 0) {
        return file.read(file.size());
    }
    QByteArray data;
    char buffer[4096];
    qint64 n = 0;
    while (data.size() <= kMaxConfigBytes && (n = file.read(buffer, sizeof buffer)) > 0) {
        data.append(buffer, n);
    }
    if (data.size() > kMaxConfigBytes) {
        if (error != nullptr) {
            *error = Ep::tr("%1 is too large to be a Docker config file").arg(path);
        }
        return std::nullopt;
    }
    return data;
}

QString configDirOf(const ResolveInput& in)
{
    if (!in.dockerConfigDir.isEmpty()) {
        return in.dockerConfigDir;
    }
    return in.home + QStringLiteral("/.docker");
}

QString contextHash(const QString& name)
{
    return QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// currentContext from config.json; an unreadable or malformed file is reported, not fatal (the docker CLI warns and
// goes on with defaults).
QString currentContextOf(const ResolveInput& in, QString* error)
{
    QString readError;
    const auto bytes = readSmallFile(configDirOf(in) + QStringLiteral("/config.json"), &readError);
    if (!bytes) {
        if (error != nullptr) {
            *error = readError;
        }
        return {};
    }
    const nlohmann::json doc =
        nlohmann::json::parse(bytes->constData(), bytes->constData() + bytes->size(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        if (error != nullptr) {
            *error = Ep::tr("%1/config.json is not valid JSON").arg(configDirOf(in));
        }
        return {};
    }
    const auto it = doc.find("currentContext");
    if (it == doc.end() || it->is_null()) {
        return {};
    }
    if (!it->is_string()) {
        if (error != nullptr) {
            *error = Ep::tr("%1/config.json: currentContext is not a string").arg(configDirOf(in));
        }
        return {};
    }
    return QString::fromStdString(it->get<std::string>());
}

struct ContextInfo
{
    QString name;
    QString description;
    QString host;
    bool skipTlsVerify = false;
    QString caFile, certFile, keyFile; // those that exist
    QString metaDir;
};

util::Result<ContextInfo> readContextMeta(const QString& metaFile, const QString& configDir)
{
    QString readError;
    const auto bytes = readSmallFile(metaFile, &readError);
    if (!bytes) {
        return util::Error(readError.isEmpty() ? Ep::tr("%1 does not exist").arg(metaFile) : readError);
    }
    const nlohmann::json doc =
        nlohmann::json::parse(bytes->constData(), bytes->constData() + bytes->size(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        return util::Error(Ep::tr("%1 is not valid JSON").arg(metaFile));
    }
    ContextInfo info;
    info.metaDir = QFileInfo(metaFile).absolutePath();
    const auto name = doc.find("Name");
    if (name == doc.end() || !name->is_string()) {
        return util::Error(Ep::tr("%1 has no context name").arg(metaFile));
    }
    info.name = QString::fromStdString(name->get<std::string>());
    const auto meta = doc.find("Metadata");
    if (meta != doc.end() && meta->is_object()) {
        const auto d = meta->find("Description");
        if (d != meta->end() && d->is_string()) {
            info.description = QString::fromStdString(d->get<std::string>());
        }
    }
    const auto endpoints = doc.find("Endpoints");
    if (endpoints == doc.end() || !endpoints->is_object()) {
        return util::Error(Ep::tr("context \"%1\" (%2) has no Docker endpoint").arg(info.name, metaFile));
    }
    const auto docker = endpoints->find("docker");
    if (docker == endpoints->end() || !docker->is_object()) {
        return util::Error(Ep::tr("context \"%1\" (%2) has no Docker endpoint").arg(info.name, metaFile));
    }
    const auto host = docker->find("Host");
    if (host == docker->end() || !host->is_string()) {
        return util::Error(Ep::tr("context \"%1\" (%2): the Docker endpoint has no Host").arg(info.name, metaFile));
    }
    info.host = QString::fromStdString(host->get<std::string>());
    const auto skip = docker->find("SkipTLSVerify");
    if (skip != docker->end() && !skip->is_null()) {
        // Never guess here: a value we cannot read is an error, not "verify" and not "skip".
        if (!skip->is_boolean()) {
            return util::Error(
                Ep::tr("context \"%1\" (%2): SkipTLSVerify is not true or false").arg(info.name, metaFile));
        }
        info.skipTlsVerify = skip->get<bool>();
    }
    const QString tlsDir =
        configDir + QStringLiteral("/contexts/tls/") + contextHash(info.name) + QStringLiteral("/docker/");
    const auto existing = [&](const char* file) {
        const QString path = tlsDir + QLatin1String(file);
        return QFileInfo::exists(path) ? path : QString();
    };
    info.caFile = existing("ca.pem");
    info.certFile = existing("cert.pem");
    info.keyFile = existing("key.pem");
    return info;
}

util::Result<ContextInfo> loadContext(const QString& name, const ResolveInput& in)
{
    const QString configDir = configDirOf(in);
    const QString metaFile =
        configDir + QStringLiteral("/contexts/meta/") + contextHash(name) + QStringLiteral("/meta.json");
    if (!QFileInfo::exists(metaFile)) {
        return util::Error(Ep::tr("context \"%1\" not found (no %2)").arg(name, metaFile),
                           Ep::tr("'bulkhead-cli contexts' lists the contexts found"));
    }
    auto info = readContextMeta(metaFile, configDir);
    if (info.ok() && info->name != name) {
        return util::Error(Ep::tr("%1 names context \"%2\", not \"%3\"").arg(metaFile, info->name, name));
    }
    return info;
}

util::Result<Endpoint> endpointFromContext(const ContextInfo& info, const ResolveInput& in, const QString& source)
{
    auto parsed = parseEndpointUrl(info.host);
    if (!parsed.ok()) {
        return util::Error(Ep::tr("context \"%1\": %2").arg(info.name, parsed.error().message));
    }
    Endpoint e = parsed.value();
    e.source = source;
    e.contextName = info.name;
    if (e.scheme == Scheme::Tcp) {
        // As in the docker CLI's context store: TLS when the context has TLS files or asks to skip verification.
        const bool tlsData = !info.caFile.isEmpty() || !info.certFile.isEmpty() || !info.keyFile.isEmpty();
        if (tlsData || info.skipTlsVerify) {
            e.tls.enabled = true;
            e.tls.verify = !info.skipTlsVerify && !in.tlsNoVerifyFlag;
            e.tls.caFile = info.caFile;
            e.tls.certFile = info.certFile;
            e.tls.keyFile = info.keyFile;
            if (!hasExplicitPort(info.host)) {
                setTcpPort(e, kDefaultTlsPort);
            }
        }
    }
    return e;
}

// TLS from DOCKER_TLS_VERIFY and DOCKER_CERT_PATH, for --host and DOCKER_HOST (not for contexts, which carry their
// own TLS material).
void applyEnvironmentTls(Endpoint& e, const QString& rawUrl, const ResolveInput& in)
{
    if (e.scheme != Scheme::Tcp || in.dockerTlsVerify.isEmpty()) {
        return;
    }
    e.tls.enabled = true;
    e.tls.verify = !in.tlsNoVerifyFlag;
    const QString dir = in.dockerCertPath.isEmpty() ? configDirOf(in) : in.dockerCertPath;
    const auto existing = [&](const char* file) {
        const QString path = dir + u'/' + QLatin1String(file);
        return QFileInfo::exists(path) ? path : QString();
    };
    e.tls.caFile = existing("ca.pem");
    e.tls.certFile = existing("cert.pem");
    e.tls.keyFile = existing("key.pem");
    if (!hasExplicitPort(rawUrl)) {
        setTcpPort(e, kDefaultTlsPort);
    }
}

bool socketExists(const QString& path)
{
    return !path.isEmpty() && QFileInfo::exists(path) && !QFileInfo(path).isDir();
}

struct SocketChoice
{
    QString path;
    QString source;
    QString description;
};

std::vector<SocketChoice> localSockets(const ResolveInput& in)
{
    std::vector<SocketChoice> out;
    out.push_back({in.defaultSocket, QStringLiteral("default"), Ep::tr("the system Docker socket")});
    if (!in.xdgRuntimeDir.isEmpty()) {
        out.push_back({in.xdgRuntimeDir + QStringLiteral("/docker.sock"),
                       QStringLiteral("rootless socket"),
                       Ep::tr("rootless Docker ($XDG_RUNTIME_DIR)")});
    }
    if (!in.home.isEmpty()) {
        out.push_back({in.home + QStringLiteral("/.docker/run/docker.sock"),
                       QStringLiteral("rootless socket"),
                       Ep::tr("per-user socket (~/.docker/run)")});
    }
    return out;
}

SocketChoice defaultSocketChoice(const ResolveInput& in)
{
    const auto sockets = localSockets(in);
    for (const SocketChoice& s : sockets) {
        if (socketExists(s.path)) {
            return s;
        }
    }
    return sockets.front(); // none exists: the system socket, so the error names the usual place
}

Endpoint unixEndpoint(const SocketChoice& s)
{
    Endpoint e;
    e.scheme = Scheme::Unix;
    e.path = s.path;
    e.url = QStringLiteral("unix://") + s.path;
    e.source = s.source;
    return e;
}

enum class Choice
{
    HostFlag,
    DockerHost,
    Context,
    Default,
};

struct Decision
{
    Choice choice = Choice::Default;
    QString context;
    QString source;
};

// The docker CLI's resolveContextName(): an explicit --context wins, then --host, DOCKER_HOST, DOCKER_CONTEXT and
// config.json's currentContext; "default" means no context.
util::Result<Decision> decide(const ResolveInput& in)
{
    Decision d;
    if (!in.hostFlag.isEmpty() && !in.contextFlag.isEmpty()) {
        return util::Error(Ep::tr("conflicting options: either --host or --context, not both"));
    }
    if (!in.contextFlag.isEmpty()) {
        d.choice = Choice::Context;
        d.context = in.contextFlag;
        d.source = QStringLiteral("--context ") + in.contextFlag;
    } else if (!in.hostFlag.isEmpty()) {
        d.choice = Choice::HostFlag;
        d.source = QStringLiteral("--host");
    } else if (!in.dockerHost.isEmpty()) {
        d.choice = Choice::DockerHost;
        d.source = QStringLiteral("DOCKER_HOST");
    } else if (!in.dockerContext.isEmpty()) {
        d.choice = Choice::Context;
        d.context = in.dockerContext;
        d.source = QStringLiteral("DOCKER_CONTEXT=") + in.dockerContext;
    } else {
        const QString current = currentContextOf(in, nullptr);
        if (!current.isEmpty()) {
            d.choice = Choice::Context;
            d.context = current;
            d.source = QStringLiteral("context %1 (config.json)").arg(current);
        }
    }
    if (d.choice == Choice::Context && d.context == QLatin1String("default")) {
        d.choice = Choice::Default;
        d.context.clear();
    }
    return d;
}

} // namespace

bool Endpoint::isLocal() const
{
    switch (scheme) {
    case Scheme::Unix:
    case Scheme::Npipe:
        return true;
    case Scheme::Tcp:
    case Scheme::Ssh: {
        if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
            return true;
        }
        const QHostAddress address(host);
        return !address.isNull() && address.isLoopback();
    }
    }
    return false;
}

util::Result<Endpoint> parseEndpointUrl(const QString& input)
{
    const QString raw = input.trimmed();
    const QString url = shownUrl(raw); // for messages only
    if (raw.isEmpty()) {
        return util::Error(Ep::tr("empty Docker endpoint"));
    }
    if (hasControlOrSpace(raw)) {
        return util::Error(Ep::tr("the Docker endpoint contains spaces or control characters"));
    }
    const qsizetype sep = raw.indexOf(QStringLiteral("://"));
    if (sep <= 0) {
        return util::Error(
            Ep::tr("\"%1\" is not a Docker endpoint URL (expected unix://, tcp://, ssh:// or npipe://)").arg(url));
    }
    const QString scheme = raw.left(sep).toLower();
    const QString rest = raw.mid(sep + 3);
    Endpoint e;
    if (scheme == QLatin1String("unix")) {
        if (!rest.startsWith(u'/') || rest.size() < 2) {
            return util::Error(Ep::tr("the unix socket in \"%1\" must be an absolute path (unix:///path)").arg(url));
        }
        e.scheme = Scheme::Unix;
        e.path = rest;
        e.url = QStringLiteral("unix://") + rest;
        return e;
    }
    if (scheme == QLatin1String("npipe")) {
        if (rest.isEmpty()) {
            return util::Error(Ep::tr("the named pipe in \"%1\" is empty").arg(url));
        }
        e.scheme = Scheme::Npipe;
        e.path = QString(rest).replace(u'/', u'\\'); // npipe:////./pipe/docker_engine -> \\.\pipe\docker_engine
        e.url = QStringLiteral("npipe://") + rest;
        return e;
    }
    if (scheme != QLatin1String("tcp") && scheme != QLatin1String("ssh")) {
        return util::Error(
            Ep::tr("unsupported endpoint scheme \"%1\" (expected unix://, tcp://, ssh:// or npipe://)").arg(scheme));
    }
    if (rest.contains(u'?') || rest.contains(u'#')) {
        return util::Error(Ep::tr("the endpoint \"%1\" must not carry a query or fragment").arg(url));
    }
    const qsizetype slash = rest.indexOf(u'/');
    const QString authority = slash < 0 ? rest : rest.left(slash);
    const QString path = slash < 0 ? QString() : rest.mid(slash);
    const bool ssh = scheme == QLatin1String("ssh");
    auto a = parseAuthority(authority, url, ssh);
    if (!a.ok()) {
        return a.error();
    }
    e.host = a->host;
    if (!ssh) {
        if (!path.isEmpty() && path != QLatin1String("/")) {
            return util::Error(Ep::tr("a path in a tcp:// endpoint is not supported (\"%1\")").arg(url));
        }
        e.scheme = Scheme::Tcp;
        e.port = a->port > 0 ? a->port : kDefaultTcpPort;
        e.url = QStringLiteral("tcp://%1:%2").arg(hostForUrl(e.host)).arg(e.port);
        return e;
    }
    e.scheme = Scheme::Ssh;
    e.port = a->port;
    e.ssh.user = a->user;
    e.ssh.host = a->host;
    e.ssh.port = a->port;
    if (!path.isEmpty() && path != QLatin1String("/")) {
        e.ssh.remoteSocketPath = path;
    }
    e.url = QStringLiteral("ssh://") + (a->user.isEmpty() ? QString() : a->user + u'@') + hostForUrl(e.host) +
            (a->port > 0 ? QStringLiteral(":%1").arg(a->port) : QString()) + e.ssh.remoteSocketPath;
    return e;
}

ResolveInput ResolveInput::fromEnvironment()
{
    ResolveInput in;
    in.dockerHost = qEnvironmentVariable("DOCKER_HOST");
    in.dockerContext = qEnvironmentVariable("DOCKER_CONTEXT");
    in.dockerTlsVerify = qEnvironmentVariable("DOCKER_TLS_VERIFY");
    in.dockerCertPath = qEnvironmentVariable("DOCKER_CERT_PATH");
    in.home = qEnvironmentVariable("HOME");
    if (in.home.isEmpty()) {
        in.home = QDir::homePath();
    }
    in.dockerConfigDir = qEnvironmentVariable("DOCKER_CONFIG");
    if (in.dockerConfigDir.isEmpty()) {
        in.dockerConfigDir = in.home + QStringLiteral("/.docker");
    }
    in.xdgRuntimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return in;
}

util::Result<Endpoint> resolveEndpoint(const ResolveInput& in)
{
    auto decision = decide(in);
    if (!decision.ok()) {
        return decision.error();
    }
    const Decision& d = decision.value();
    switch (d.choice) {
    case Choice::HostFlag:
    case Choice::DockerHost: {
        const QString raw = d.choice == Choice::HostFlag ? in.hostFlag : in.dockerHost;
        auto parsed = parseEndpointUrl(raw);
        if (!parsed.ok()) {
            return util::Error(QStringLiteral("%1: %2").arg(d.source, parsed.error().message));
        }
        Endpoint e = parsed.value();
        e.source = d.source;
        applyEnvironmentTls(e, raw, in);
        return e;
    }
    case Choice::Context: {
        auto info = loadContext(d.context, in);
        if (!info.ok()) {
            return info.error();
        }
        return endpointFromContext(info.value(), in, d.source);
    }
    case Choice::Default:
        break;
    }
    return unixEndpoint(defaultSocketChoice(in));
}

std::vector<EndpointCandidate> listEndpoints(const ResolveInput& in)
{
    std::vector<EndpointCandidate> out;
    const auto decision = decide(in);
    const Choice choice = decision.ok() ? decision->choice : Choice::Default;

    const auto fromUrl = [&](const QString& name, const QString& raw, const QString& source, bool current) {
        EndpointCandidate c;
        c.name = name;
        c.source = source;
        c.current = current;
        auto parsed = parseEndpointUrl(raw);
        if (parsed.ok()) {
            Endpoint e = parsed.value();
            applyEnvironmentTls(e, raw, in);
            c.url = e.url;
            c.tls = e.tls.enabled;
            c.skipTlsVerify = e.tls.enabled && !e.tls.verify;
        } else {
            c.url = shownUrl(raw); // never echo a password from a rejected URL
            c.error = parsed.error().message;
        }
        return c;
    };
    if (!decision.ok()) {
        EndpointCandidate c;
        c.name = QStringLiteral("--host/--context");
        c.error = decision.error().message;
        out.push_back(c);
    }
    if (!in.hostFlag.isEmpty()) {
        out.push_back(
            fromUrl(QStringLiteral("--host"), in.hostFlag, QStringLiteral("--host"), choice == Choice::HostFlag));
    }
    if (!in.dockerHost.isEmpty()) {
        out.push_back(fromUrl(
            QStringLiteral("DOCKER_HOST"), in.dockerHost, QStringLiteral("DOCKER_HOST"), choice == Choice::DockerHost));
    }

    // The default context and the local sockets.
    const SocketChoice chosen = defaultSocketChoice(in);
    for (const SocketChoice& s : localSockets(in)) {
        const bool isChosen = s.path == chosen.path;
        if (!isChosen && !socketExists(s.path)) {
            continue;
        }
        EndpointCandidate c;
        c.name = isChosen ? QStringLiteral("default") : QStringLiteral("rootless");
        c.url = QStringLiteral("unix://") + s.path;
        c.source = s.source;
        c.description = s.description;
        c.current = isChosen && choice == Choice::Default;
        if (!socketExists(s.path)) {
            c.error = Ep::tr("no socket at %1").arg(s.path);
        }
        out.push_back(c);
    }

    // Contexts in the store.
    const QString configDir = configDirOf(in);
    QString configError;
    const QString currentFromConfig = currentContextOf(in, &configError);
    if (!configError.isEmpty()) {
        EndpointCandidate c;
        c.name = QStringLiteral("config.json");
        c.source = configDir + QStringLiteral("/config.json");
        c.error = configError;
        out.push_back(c);
    }
    std::vector<EndpointCandidate> contexts;
    bool currentFound = choice != Choice::Context;
    const QDir metaRoot(configDir + QStringLiteral("/contexts/meta"));
    const QStringList dirs = metaRoot.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& dir : dirs.mid(0, kMaxContexts)) {
        const QString metaFile = metaRoot.filePath(dir) + QStringLiteral("/meta.json");
        EndpointCandidate c;
        auto info = readContextMeta(metaFile, configDir);
        if (!info.ok()) {
            c.name = dir.left(12);
            c.source = metaFile;
            c.error = info.error().message;
            contexts.push_back(c);
            continue;
        }
        c.name = info->name;
        c.description = info->description;
        c.source = info->name == currentFromConfig ? QStringLiteral("context (current in config.json)")
                                                   : QStringLiteral("context");
        c.current = choice == Choice::Context && decision->context == info->name;
        currentFound = currentFound || c.current;
        if (contextHash(info->name) != dir) {
            c.error = Ep::tr("%1 names context \"%2\", which belongs in another folder").arg(metaFile, info->name);
        } else {
            auto e = endpointFromContext(info.value(), in, c.source);
            if (e.ok()) {
                c.url = e->url;
                c.tls = e->tls.enabled;
                c.skipTlsVerify = e->tls.enabled && !e->tls.verify;
            } else {
                c.url = shownUrl(info->host);
                c.error = e.error().message;
            }
        }
        contexts.push_back(c);
    }
    std::sort(contexts.begin(), contexts.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    out.insert(out.end(), contexts.begin(), contexts.end());
    if (!currentFound && decision.ok()) {
        EndpointCandidate c;
        c.name = decision->context;
        c.source = decision->source;
        c.current = true;
        c.error = Ep::tr("context \"%1\" not found").arg(decision->context);
        out.push_back(c);
    }
    return out;
}

} // namespace bulkhead::engine
