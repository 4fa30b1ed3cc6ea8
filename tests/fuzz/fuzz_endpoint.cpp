// SPDX-License-Identifier: GPL-3.0-or-later
// Endpoint URLs and docker CLI contexts. The input is split at the first two NUL bytes into a URL, a config.json and a
// context's meta.json. The URL goes through parseEndpointUrl() directly and as DOCKER_HOST (with DOCKER_TLS_VERIFY);
// the two files are written into a private DOCKER_CONFIG folder and read by resolveEndpoint() (--context and
// currentContext) and listEndpoints(). Checks: a URL with credentials is never accepted, an accepted endpoint never
// carries a password, and a TLS endpoint verifies unless the context or the user said otherwise.
#include "core/engine/endpoint.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

using namespace bulkhead::engine;

namespace {

void check(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

void writeFile(const QString& path, std::string_view bytes)
{
    QFile f(path);
    check(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes.data(), static_cast<qint64>(bytes.size()));
}

void checkEndpoint(const Endpoint& e, const QString& input)
{
    check(!e.url.isEmpty());
    // userinfo with a password is always rejected ("tcp://user:pass@host"): the URL we keep has none. (An ssh path
    // after the authority may hold '@' and ':'; the transport validates it.)
    if (e.scheme == Scheme::Tcp) {
        check(!e.url.contains(u'@'));
    } else if (e.scheme == Scheme::Ssh) {
        const QString rest = e.url.mid(6);
        const QString authority = rest.left(rest.indexOf(u'/'));
        const qsizetype at = authority.lastIndexOf(u'@');
        check(at < 0 || !authority.left(at).contains(u':'));
        check(!e.ssh.user.contains(u':'));
    }
    check(e.port >= 0 && e.port <= 65535);
    if (e.scheme == Scheme::Ssh) {
        check(e.ssh.port >= 0 && e.ssh.port <= 65535);
    }
    (void)e.isLocal();
    (void)input;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const auto dir = std::make_unique<QTemporaryDir>();
    check(dir->isValid());
    const std::string_view all(reinterpret_cast<const char*>(data), size);
    const std::size_t nul1 = all.find('\0');
    const std::string_view urlBytes = all.substr(0, nul1);
    const std::string_view rest = nul1 == std::string_view::npos ? std::string_view() : all.substr(nul1 + 1);
    const std::size_t nul2 = rest.find('\0');
    const std::string_view configJson = rest.substr(0, nul2);
    const std::string_view metaJson = nul2 == std::string_view::npos ? std::string_view() : rest.substr(nul2 + 1);

    const QString url = QString::fromUtf8(urlBytes.data(), static_cast<qsizetype>(urlBytes.size()));
    const auto parsed = parseEndpointUrl(url);
    if (parsed.ok()) {
        checkEndpoint(parsed.value(), url);
    } else {
        check(!parsed.error().message.isEmpty());
    }

    // The config folder: config.json, and meta.json for the context "fuzz" (where the docker CLI looks for it) plus
    // a TLS folder so the context's TLS branch runs. Folders are made once; the files are rewritten or removed per
    // input.
    const QString config = dir->path() + QStringLiteral("/docker");
    static const QString hash =
        QString::fromLatin1(QCryptographicHash::hash("fuzz", QCryptographicHash::Sha256).toHex());
    const QString metaDir = config + QStringLiteral("/contexts/meta/") + hash;
    const QString tlsDir = config + QStringLiteral("/contexts/tls/") + hash + QStringLiteral("/docker");
    static const bool made = QDir().mkpath(metaDir) && QDir().mkpath(tlsDir);
    check(made);
    const QString configFile = config + QStringLiteral("/config.json");
    const QString metaFile = metaDir + QStringLiteral("/meta.json");
    const QString caFile = tlsDir + QStringLiteral("/ca.pem");
    QFile::remove(configFile);
    QFile::remove(metaFile);
    QFile::remove(caFile);
    if (nul1 != std::string_view::npos) {
        writeFile(configFile, configJson);
    }
    if (nul2 != std::string_view::npos) {
        writeFile(metaFile, metaJson);
        if (!metaJson.empty() && (metaJson.back() & 1) != 0) {
            writeFile(caFile, "not a certificate");
        }
    }

    ResolveInput in;
    in.dockerConfigDir = config;
    in.home = dir->path();
    in.xdgRuntimeDir = dir->path() + QStringLiteral("/run");
    in.defaultSocket = dir->path() + QStringLiteral("/docker.sock");

    // currentContext from config.json.
    const auto current = resolveEndpoint(in);
    if (current.ok()) {
        checkEndpoint(current.value(), url);
        check(!current->tls.enabled || current->tls.verify || current->source.contains(u"context"));
    }
    // --context fuzz: reads meta.json.
    ResolveInput withContext = in;
    withContext.contextFlag = QStringLiteral("fuzz");
    const auto context = resolveEndpoint(withContext);
    if (context.ok()) {
        checkEndpoint(context.value(), url);
    }
    // DOCKER_HOST with DOCKER_TLS_VERIFY: TLS must be on and verifying.
    ResolveInput withHost = in;
    withHost.dockerHost = url;
    withHost.dockerTlsVerify = QStringLiteral("1");
    withHost.dockerCertPath = tlsDir;
    const auto host = resolveEndpoint(withHost);
    if (host.ok()) {
        checkEndpoint(host.value(), url);
        if (host->scheme == Scheme::Tcp && host->source == QLatin1String("DOCKER_HOST")) {
            check(host->tls.enabled && host->tls.verify);
        }
    }
    for (const EndpointCandidate& c : listEndpoints(in)) {
        check(!c.name.isEmpty() || !c.error.isEmpty() || !c.url.isEmpty());
    }
    return 0;
}
