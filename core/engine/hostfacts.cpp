// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/hostfacts.h"

#include "core/model/jsonread.h"
#include "core/util/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace bulkhead::engine {

namespace {

const QString kDefaultSocket = QStringLiteral("/var/run/docker.sock");
const QString kDefaultDaemonJson = QStringLiteral("/etc/docker/daemon.json");

std::string utf8(const QString& s)
{
    return s.toStdString();
}

QString canonical(const QString& path)
{
    const QString c = QFileInfo(path).canonicalFilePath();
    return c.isEmpty() ? QDir::cleanPath(path) : c;
}

QString userName(uid_t uid)
{
    std::vector<char> buffer(16384);
    passwd pw{};
    passwd* result = nullptr;
    if (getpwuid_r(uid, &pw, buffer.data(), buffer.size(), &result) == 0 && result != nullptr) {
        return QString::fromLocal8Bit(result->pw_name);
    }
    return QString::number(uid);
}

struct GroupEntry
{
    bool found = false;
    gid_t gid = 0;
    QString name;
    QStringList members;
};

GroupEntry groupBy(const char* name, gid_t gid, bool byName)
{
    GroupEntry entry;
    std::vector<char> buffer(1 << 16);
    group gr{};
    group* result = nullptr;
    const int rc = byName ? getgrnam_r(name, &gr, buffer.data(), buffer.size(), &result)
                          : getgrgid_r(gid, &gr, buffer.data(), buffer.size(), &result);
    if (rc != 0 || result == nullptr) {
        return entry;
    }
    entry.found = true;
    entry.gid = result->gr_gid;
    entry.name = QString::fromLocal8Bit(result->gr_name);
    for (char** m = result->gr_mem; m != nullptr && *m != nullptr; ++m) {
        entry.members << QString::fromLocal8Bit(*m);
    }
    return entry;
}

// Users whose primary group is `gid` are members too, though /etc/group does not list them.
QStringList primaryMembers(gid_t gid)
{
    QStringList names;
    setpwent();
    std::vector<char> buffer(16384);
    passwd pw{};
    passwd* result = nullptr;
    int guard = 0;
    while (getpwent_r(&pw, buffer.data(), buffer.size(), &result) == 0 && result != nullptr && ++guard < 100000) {
        if (result->pw_gid == gid) {
            names << QString::fromLocal8Bit(result->pw_name);
        }
    }
    endpwent();
    return names;
}

// dockerd's command line split on NULs.
QStringList readCmdline(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray raw = f.read(64 * 1024);
    QStringList args;
    for (const QByteArray& part : raw.split('\0')) {
        if (!part.isEmpty()) {
            args << QString::fromLocal8Bit(part);
        }
    }
    return args;
}

// The value of `-x V`, `-xV`(no), `--long V` or `--long=V` options, every occurrence.
QStringList optionValues(const QStringList& args, const QStringList& names)
{
    QStringList values;
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        for (const QString& name : names) {
            if (a == name && i + 1 < args.size()) {
                values << args.at(i + 1);
            } else if (a.startsWith(name + u'=')) {
                values << a.mid(name.size() + 1);
            }
        }
    }
    return values;
}

struct DaemonProcess
{
    qint64 pid = 0;
    QString configFile;
};

// Finds the dockerd serving `socketPath`, so we read *its* daemon.json and not a default that another daemon uses.
std::optional<DaemonProcess> findDaemon(const QString& procRoot, const QString& socketPath)
{
    const QString wanted = canonical(socketPath);
    const bool wantedIsDefault = wanted == canonical(kDefaultSocket);
    const QStringList entries = QDir(procRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid) {
            continue;
        }
        const QStringList args = readCmdline(procRoot + u'/' + entry + QStringLiteral("/cmdline"));
        if (args.isEmpty() || QFileInfo(args.first()).fileName() != QLatin1String("dockerd")) {
            continue;
        }
        const QStringList hosts = optionValues(args, {QStringLiteral("-H"), QStringLiteral("--host")});
        bool serves = hosts.isEmpty() && wantedIsDefault;
        for (const QString& host : hosts) {
            if (host.startsWith(QLatin1String("unix://"))) {
                const QString path = host.mid(7);
                serves = serves || canonical(path.isEmpty() ? kDefaultSocket : path) == wanted;
            } else if (host.startsWith(QLatin1String("fd://"))) {
                // systemd socket activation: docker.socket is the default socket.
                serves = serves || wantedIsDefault;
            }
        }
        if (serves) {
            DaemonProcess p;
            p.pid = pid;
            const QStringList configs = optionValues(args, {QStringLiteral("--config-file")});
            p.configFile = configs.isEmpty() ? QString() : configs.last();
            return p;
        }
    }
    return std::nullopt;
}

} // namespace

nlohmann::json collectHostFacts(const HostFactsOptions& options)
{
    nlohmann::json facts = nlohmann::json::object();
    facts["socketPath"] = utf8(options.socketPath);

    QString groupName = QStringLiteral("docker");
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(options.socketPath).constData(), &st) == 0) {
        facts["socketMode"] = static_cast<int>(st.st_mode & 07777);
        facts["socketIsSocket"] = S_ISSOCK(st.st_mode);
        facts["socketOwner"] = utf8(userName(st.st_uid));
        const GroupEntry socketGroup = groupBy(nullptr, st.st_gid, false);
        groupName = socketGroup.found ? socketGroup.name : QString::number(st.st_gid);
        facts["socketGroup"] = utf8(groupName);
    } else {
        facts["socketError"] = std::string(std::strerror(errno));
    }

    // Whoever is in the socket's group can drive the daemon, which is root on this host.
    const GroupEntry group = groupBy(QFile::encodeName(groupName).constData(), 0, true);
    facts["dockerGroup"] = utf8(groupName);
    if (group.found) {
        QStringList members = group.members;
        for (const QString& name : primaryMembers(group.gid)) {
            if (!members.contains(name)) {
                members << name;
            }
        }
        members.sort();
        nlohmann::json list = nlohmann::json::array();
        for (const QString& m : members) {
            list.push_back(utf8(m));
        }
        facts["dockerGroupMembers"] = std::move(list);
    }

    QString daemonJsonPath = options.daemonJsonPath;
    QString source = QStringLiteral("given");
    if (daemonJsonPath.isEmpty()) {
        const auto daemon = findDaemon(options.procRoot, options.socketPath);
        if (daemon) {
            facts["daemonPid"] = daemon->pid;
            daemonJsonPath = daemon->configFile.isEmpty() ? kDefaultDaemonJson : daemon->configFile;
            source = daemon->configFile.isEmpty() ? QStringLiteral("default of dockerd pid %1").arg(daemon->pid)
                                                  : QStringLiteral("--config-file of dockerd pid %1").arg(daemon->pid);
        } else {
            daemonJsonPath = kDefaultDaemonJson;
            source = QStringLiteral("default (the dockerd process was not found)");
        }
    }
    facts["daemonJsonPath"] = utf8(daemonJsonPath);
    facts["daemonJsonSource"] = utf8(source);

    if (QFileInfo::exists(daemonJsonPath)) {
        const auto bytes = util::readFileCapped(daemonJsonPath, options.maxDaemonJsonBytes);
        if (!bytes.ok()) {
            facts["daemonJsonError"] = utf8(bytes.error().text());
        } else if (auto parsed = model::jsonread::parseBytes(*bytes, 64)) {
            if (parsed->is_object()) {
                facts["daemonJson"] = std::move(*parsed);
            } else {
                facts["daemonJsonError"] = utf8(QStringLiteral("%1 is valid JSON but not an object (%2)")
                                                    .arg(daemonJsonPath, model::jsonread::typeName(*parsed)));
            }
        } else {
            QString why;
            try {
                const auto probe = nlohmann::json::parse(bytes->constData(), bytes->constData() + bytes->size());
                // Valid JSON that parseBytes refused: only the depth cap does that.
                why = QStringLiteral("nested more than 64 levels deep (top level: %1)")
                          .arg(model::jsonread::typeName(probe));
            } catch (const nlohmann::json::exception& e) {
                why = QString::fromUtf8(e.what());
            }
            facts["daemonJsonError"] = utf8(QStringLiteral("%1 is not valid JSON: %2").arg(daemonJsonPath, why));
        }
    }
    return facts;
}

} // namespace bulkhead::engine
