// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Facts about the machine the daemon runs on, read only when the endpoint is a unix socket on this machine: who can
// reach the socket (mode, owner, group, members of that group, which are root-equivalent) and the daemon's
// daemon.json. Stored as JSON in RawInventory::hostFacts (read back by model::parseHostFacts) so a snapshot keeps it.

#include <QString>

#include <nlohmann/json.hpp>

namespace bulkhead::engine {

struct HostFactsOptions
{
    QString socketPath;     // the unix socket we talk to
    QString daemonJsonPath; // empty: the running dockerd's --config-file, else /etc/docker/daemon.json
    QString procRoot = QStringLiteral("/proc"); // where to look for the dockerd process (tests point elsewhere)
    qint64 maxDaemonJsonBytes = 1 << 20;        // daemon.json is a few hundred bytes; cap hostile or odd files
};

// Keys (all optional; see model::parseHostFacts): socketPath, socketMode (int, st_mode & 07777), socketOwner,
// socketGroup, socketError, dockerGroup, dockerGroupMembers (supplementary members and users whose primary group it
// is), daemonJsonPath, daemonJsonSource ("--config-file of pid N", "default"), daemonJson (object) or
// daemonJsonError, daemonPid. Never throws; every unreadable fact is reported in its *Error key.
nlohmann::json collectHostFacts(const HostFactsOptions& options);

} // namespace bulkhead::engine
