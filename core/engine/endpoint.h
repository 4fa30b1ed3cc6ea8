// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace bulkhead::engine {

enum class Scheme
{
    Unix,  // unix:///var/run/docker.sock
    Npipe, // npipe:////./pipe/docker_engine (Windows)
    Tcp,   // tcp://host:port, with or without TLS
    Ssh,   // ssh://[user@]host[:port]
};

struct TlsConfig
{
    bool enabled = false;
    bool verify = true; // verify the daemon's certificate and host name; off only when the user says so explicitly
    QString caFile;
    QString certFile;
    QString keyFile;
};

struct SshConfig
{
    QString user;
    QString host;
    int port = 0;             // 0: ssh's default
    QString identityFile;     // optional: -i FILE
    QString configFile;       // optional: -F FILE
    QString knownHostsFile;   // optional: -o UserKnownHostsFile=FILE
    QString remoteSocketPath; // optional: remote DOCKER_HOST path passed to dial-stdio via --host
};

// A resolved Docker endpoint. Never carries passwords (URLs with credentials are rejected).
struct Endpoint
{
    Scheme scheme = Scheme::Unix;
    QString url;  // normalised, e.g. "unix:///var/run/docker.sock", "tcp://127.0.0.1:2376"
    QString path; // unix socket path / npipe name
    QString host; // tcp/ssh host
    int port = 0; // tcp/ssh port
    TlsConfig tls;
    SshConfig ssh;
    QString source;      // where it came from: "--host", "DOCKER_HOST", "DOCKER_CONTEXT=prod", "context prod
                         // (config.json)", "default", "rootless socket"
    QString contextName; // when from a context
    bool allowPlainRemoteTcp = false; // plain TCP to a non-loopback host needs an explicit opt-in

    bool isLocal() const; // unix socket, npipe, or TCP/SSH on a loopback address
};

// Parses a DOCKER_HOST-style URL. Rejects credentials in the URL and malformed hosts/ports.
util::Result<Endpoint> parseEndpointUrl(const QString& url);

// One candidate seen while resolving (for `bulkhead-cli contexts` and the GUI's connection list).
struct EndpointCandidate
{
    QString name; // context name or "DOCKER_HOST"/"default"
    QString url;
    QString source;
    QString description;  // context description, "rootless", ...
    bool current = false; // what resolveEndpoint() would pick
    bool tls = false;
    bool skipTlsVerify = false;
    QString error; // why it cannot be used (bad meta.json, ...)
};

// Inputs of the resolution, taken from the process environment and $HOME by default; tests pass their own.
struct ResolveInput
{
    QString hostFlag;                                               // --host
    QString contextFlag;                                            // --context
    QString dockerHost;                                             // DOCKER_HOST
    QString dockerContext;                                          // DOCKER_CONTEXT
    QString dockerTlsVerify;                                        // DOCKER_TLS_VERIFY
    QString dockerCertPath;                                         // DOCKER_CERT_PATH
    QString dockerConfigDir;                                        // DOCKER_CONFIG, else $HOME/.docker
    QString home;                                                   // $HOME
    QString xdgRuntimeDir;                                          // $XDG_RUNTIME_DIR
    bool tlsNoVerifyFlag = false;                                   // --tls-no-verify (explicit user choice)
    QString defaultSocket = QStringLiteral("/var/run/docker.sock"); // the system socket (tests point it elsewhere)

    static ResolveInput fromEnvironment();
};

// Resolves the endpoint the way the docker CLI does: --host, DOCKER_HOST, --context/DOCKER_CONTEXT, currentContext in
// config.json (meta.json + TLS files in the context store), then the default socket (rootless sockets looked for too).
util::Result<Endpoint> resolveEndpoint(const ResolveInput& in);

// Every endpoint found (contexts, env, default and rootless sockets), the current one marked.
std::vector<EndpointCandidate> listEndpoints(const ResolveInput& in);

} // namespace bulkhead::engine
