// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The inventory of one Docker host, in two forms:
//  - RawInventory: the Engine's JSON payloads as received (what a snapshot stores, so nothing is lost), and
//  - Inventory: typed structs parsed from it (model/parse.h) that the rules read.
// Typed fields that the Engine may omit, send as null or send with a wrong type are std::optional: "unknown" is
// never read as "secure". Each oddity found while parsing is recorded as a ParseIssue.

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

namespace bulkhead::model {

// ---------------------------------------------------------------- raw (as received)

struct RawContainer
{
    QString id;
    nlohmann::json summary; // entry of GET /containers/json?all=1
    nlohmann::json inspect; // GET /containers/{id}/json; null when it failed
    nlohmann::json top;     // GET /containers/{id}/top for running containers; null otherwise
    int inspectStatus = 0;  // HTTP status of the inspect (404: vanished between list and inspect)
    QString error;          // why inspect failed, if it did
};

struct RawImage
{
    QString id;
    nlohmann::json summary; // entry of GET /images/json
    nlohmann::json inspect; // GET /images/{id}/json
    nlohmann::json history; // GET /images/{id}/history
    int inspectStatus = 0;
    QString error;
};

// A problem met while collecting: not fatal, recorded and shown ("partial results").
struct CollectionIssue
{
    QString where; // "GET /containers/abc/json"
    QString what;  // "404: No such container (removed during the scan)"
};

struct RawInventory
{
    // Meta
    QString endpoint;       // URL the data came from (credentials never included)
    QString endpointSource; // "--host", "DOCKER_HOST", "context foo", "default"
    QDateTime collectedAt;  // UTC
    QString toolVersion;    // Bulkhead version that collected it
    QString apiVersion;     // negotiated API version
    bool local = false;     // endpoint is on this machine (unix socket / loopback): host facts were read
    bool partial = false;   // collection did not complete (cancelled, connection lost)

    nlohmann::json ping;      // headers of /_ping as an object
    nlohmann::json version;   // GET /version
    nlohmann::json info;      // GET /info
    nlohmann::json networks;  // GET /networks
    nlohmann::json hostFacts; // local host facts (socket mode/group, docker group members, daemon.json), or null
    std::vector<RawContainer> containers;
    std::vector<RawImage> images;
    std::vector<CollectionIssue> issues;
};

// ---------------------------------------------------------------- typed

struct ParseIssue
{
    QString where; // "container web: HostConfig.CapAdd"
    QString what;  // "expected an array, got a string; treated as unknown"
};

struct PortBinding
{
    int containerPort = 0;
    QString protocol; // tcp/udp/sctp
    QString hostIp;   // "" or "0.0.0.0" or "::" means all interfaces
    int hostPort = 0; // 0 when not published / random
    bool published = false;
};

struct Mount
{
    QString type; // bind, volume, tmpfs, npipe
    QString source;
    QString destination;
    QString name; // volume name
    QString mode;
    bool rw = true;
    QString propagation; // rprivate, shared, rshared, ...
};

struct Device
{
    QString pathOnHost;
    QString pathInContainer;
    QString permissions;
};

struct Ulimit
{
    QString name;
    qint64 soft = 0;
    qint64 hard = 0;
};

struct RestartPolicy
{
    QString name; // "", "no", "always", "unless-stopped", "on-failure"
    int maxRetries = 0;
};

struct Healthcheck
{
    QStringList test; // ["NONE"] disables; ["CMD", ...]; ["CMD-SHELL", "..."]
    bool disabled() const { return !test.isEmpty() && test.first() == QLatin1String("NONE"); }
};

// Config section shared by containers and images.
struct ContainerConfig
{
    std::optional<QString> user; // "" = root by default
    QStringList env;             // KEY=VALUE, as the Engine sends them (values may hold secrets: redact on output)
    QMap<QString, QString> labels;
    QStringList cmd;
    QStringList entrypoint;
    QString workingDir;
    QString image;
    std::optional<Healthcheck> healthcheck; // nullopt: none declared
    QStringList exposedPorts;               // "22/tcp"
    QMap<QString, QString> volumes;         // declared volumes
};

struct Container
{
    QString id;
    QString name;     // without the leading '/'
    QString imageRef; // Config.Image (what the user asked for)
    QString imageId;  // Image (sha256:...)
    QString state;    // running, created, exited, paused, restarting, dead
    bool running = false;
    QDateTime created;
    ContainerConfig config;
    QString appArmorProfile; // top-level AppArmorProfile
    QStringList processes;   // command lines from /top (running containers only)

    // HostConfig
    std::optional<bool> privileged;
    QStringList capAdd;
    QStringList capDrop;
    QStringList securityOpt;
    QString networkMode;
    QString pidMode;
    QString ipcMode;
    QString utsMode;
    QString usernsMode;
    QString cgroupnsMode;
    std::vector<Device> devices;
    QStringList deviceCgroupRules;
    std::vector<Mount> mounts;
    std::optional<qint64> memory;     // bytes; 0 = unlimited
    std::optional<qint64> memorySwap; // -1 = unlimited
    std::optional<qint64> nanoCpus;
    std::optional<qint64> cpuQuota;
    std::optional<qint64> cpuShares;
    std::optional<qint64> pidsLimit; // null/0/-1 = unlimited
    std::optional<bool> readonlyRootfs;
    std::optional<bool> oomKillDisable;
    RestartPolicy restartPolicy;
    std::vector<Ulimit> ulimits;
    std::vector<PortBinding> ports;
    bool publishAllPorts = false;
    QStringList tmpfs; // destinations of HostConfig.Tmpfs

    std::vector<ParseIssue> issues;
};

struct HistoryEntry
{
    QDateTime created;
    QString createdBy;
    QString comment;
    qint64 size = 0;
    bool emptyLayer = false; // Id == "<missing>" and size 0 is not "empty"; we use Size == 0
};

struct Image
{
    QString id;
    QStringList repoTags;
    QStringList repoDigests;
    QDateTime created;
    qint64 size = 0;
    QString os;
    QString architecture;
    ContainerConfig config;
    QStringList layers; // RootFS.Layers
    std::vector<HistoryEntry> history;
    std::vector<ParseIssue> issues;

    QString displayName() const; // first tag, else short id
};

struct Network
{
    QString id;
    QString name;
    QString driver;
    QMap<QString, QString> options;
};

struct DaemonInfo
{
    // /version
    QString version;    // Engine version "20.10.24"
    QString apiVersion; // "1.41"
    QString minApiVersion;
    QString os; // linux
    QString arch;
    QString kernelVersion;
    QString goVersion;
    // /info
    QString name;
    QString operatingSystem; // "Debian GNU/Linux 12 (bookworm)"
    QString osType;
    QString storageDriver;
    QString dockerRootDir;
    QStringList securityOptions; // "name=seccomp,profile=default", "name=userns", "name=rootless", ...
    std::optional<bool> liveRestoreEnabled;
    std::optional<bool> experimental;
    int ncpu = 0;
    qint64 memTotal = 0;
    QStringList warnings;
    std::vector<ParseIssue> issues;

    bool hasSecurityOption(QStringView name) const; // e.g. "userns", "rootless", "seccomp"
};

// Facts read from the local machine when the endpoint is local.
struct HostFacts
{
    bool present = false;
    QString socketPath;
    std::optional<int> socketMode; // st_mode & 07777
    QString socketOwner;
    QString socketGroup;
    QStringList dockerGroupMembers;
    nlohmann::json daemonJson; // /etc/docker/daemon.json contents, or null
    QString daemonJsonError;   // unreadable / invalid
};

struct Inventory
{
    QString endpoint;
    QString endpointSource;
    QDateTime collectedAt;
    QString toolVersion;
    bool local = false;
    bool partial = false;
    DaemonInfo daemon;
    std::vector<Container> containers;
    std::vector<Image> images;
    std::vector<Network> networks;
    HostFacts host;
    std::vector<CollectionIssue> issues;
    std::vector<ParseIssue> parseIssues; // all of them, for display

    const Image* imageById(QStringView id) const;
};

} // namespace bulkhead::model
