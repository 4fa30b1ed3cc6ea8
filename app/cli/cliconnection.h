// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The connection options every daemon-reading command shares, and the one way those commands get an inventory:
//
//   --host URL  --context NAME  --snapshot FILE  --tls-no-verify  --allow-plain-tcp
//   --tlscacert FILE  --tlscert FILE  --tlskey FILE  --timeout SECONDS  --connections N
//
// Usage in a command:
//   QCommandLineParser parser;
//   addConnectionOptions(parser);
//   ...parse...
//   auto options = readConnectionOptions(parser);        // usage errors
//   auto raw = readInventory(*options);                  // from the daemon or the snapshot
//   if (!raw.ok()) return printError(raw.error());       // prints an actionable message, returns ExitCannotRun

#include "core/engine/dockerclient.h"
#include "core/engine/endpoint.h"
#include "core/model/inventory.h"
#include "core/rules/scan.h"
#include "core/util/result.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

namespace bulkhead::cli {

struct ConnectionOptions
{
    QString host;     // --host
    QString context;  // --context
    QString snapshot; // --snapshot: read this file instead of a daemon
    bool tlsNoVerify = false;
    bool allowPlainTcp = false;
    QString tlsCaCert;
    QString tlsCert;
    QString tlsKey;
    int timeoutSeconds = 30; // connect and read time-out; a whole request gets four times this
    int connections = 4;     // parallel connections while collecting
};

// Adds the shared options; `withSnapshot` false for commands that must talk to a daemon (snapshot itself).
void addConnectionOptions(QCommandLineParser& parser, bool withSnapshot = true);
// Reads them back after parsing; an Error for bad values or conflicting choices.
util::Result<ConnectionOptions> readConnectionOptions(const QCommandLineParser& parser);

// The endpoint as the docker CLI would resolve it (flags, DOCKER_HOST, contexts, default socket) plus our flags.
util::Result<engine::Endpoint> resolveConnection(const ConnectionOptions& options);
engine::ClientOptions clientOptions(const ConnectionOptions& options);
// How we reach the daemon: evidence for DMN-003/004 that the inventory itself does not carry. Unknown for snapshots
// and endpoints that do not resolve.
rules::ConnectionFacts connectionFacts(const ConnectionOptions& options);

// The raw inventory from the snapshot when --snapshot is given, else collected from the daemon (progress on stderr
// when it is a terminal). Errors carry a hint a person can act on (see actionable()).
util::Result<model::RawInventory> readInventory(const ConnectionOptions& options);

// readInventory() and model::parseInventory() in one, for commands that need no Engine JSON afterwards: a snapshot is
// read straight into the model (engine::loadSnapshotInventory, no JSON trees); a collected inventory is parsed and
// its payloads freed (model::releasePayloads) unless `keepPayloads`. Either way `raw` keeps meta, ids, statuses,
// errors and issues.
struct ParsedInventory
{
    model::RawInventory raw;
    model::Inventory inventory;
};
util::Result<ParsedInventory> readParsedInventory(const ConnectionOptions& options, bool keepPayloads = false);

// Adds what to do to a connection error: socket permission -> sudo / docker group is root-equivalent; refused or
// missing socket -> is dockerd running; time-out; TLS.
util::Error actionable(util::Error error, const engine::Endpoint* endpoint = nullptr);

// Prints "bulkhead-cli: <message>" and the hint to stderr, daemon text made terminal-safe; returns ExitCannotRun.
int printError(const util::Error& error);
int printUsageError(const QString& message, const QCommandLineParser& parser);

// Parses a command's arguments (args[0] is the command's name, as main() passes them). Returns the exit code when the
// command is done already: ExitOk after printing --help, ExitCannotRun after a usage error (unknown option, or a
// positional argument when `takesPaths` is false). std::nullopt when the command should go on.
std::optional<int> parseArguments(QCommandLineParser& parser, const QStringList& args, bool takesPaths = false);

} // namespace bulkhead::cli
