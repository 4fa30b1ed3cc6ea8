// SPDX-License-Identifier: GPL-3.0-or-later
// Mount rules (CTR-020..029): host paths, sockets and secret files made visible inside containers.
#include "core/rules/rule.h"

#include "core/secrets/detector.h"

#include <QRegularExpression>

namespace bulkhead::rules {

using model::Category;
using model::Severity;
using model::TargetKind;

namespace {

QString cleanPath(const QString& p)
{
    QString s = p;
    while (s.size() > 1 && s.endsWith(u'/')) {
        s.chop(1);
    }
    return s;
}

QString fileName(const QString& p)
{
    const QString c = cleanPath(p);
    return c.mid(c.lastIndexOf(u'/') + 1);
}

const QStringList& socketNames()
{
    static const QStringList kNames = {
        QStringLiteral("docker.sock"),
        QStringLiteral("containerd.sock"),
        QStringLiteral("podman.sock"),
        QStringLiteral("crio.sock"),
        QStringLiteral("cri-dockerd.sock"),
        QStringLiteral("dockershim.sock"),
        QStringLiteral("buildkitd.sock"),
    };
    return kNames;
}

// Folders that hold a runtime socket: mounting them exposes the socket as well.
const QStringList& socketFolders()
{
    static const QStringList kFolders = {
        QStringLiteral("/run"),
        QStringLiteral("/var/run"),
        QStringLiteral("/run/docker"),
        QStringLiteral("/var/run/docker"),
        QStringLiteral("/run/containerd"),
        QStringLiteral("/var/run/containerd"),
        QStringLiteral("/run/podman"),
        QStringLiteral("/run/crio"),
    };
    return kFolders;
}

void checkRuntimeSocket(const Context&, const model::Container& c, Emitter& e)
{
    for (std::size_t i = 0; i < c.mounts.size(); ++i) {
        const model::Mount& m = c.mounts[i];
        if (m.type != QLatin1String("bind") && !m.type.isEmpty()) {
            continue;
        }
        const QString src = cleanPath(m.source);
        const QString name = fileName(src);
        const bool socket = socketNames().contains(name) || socketNames().contains(fileName(m.destination));
        const bool folder = socketFolders().contains(src);
        if (socket || folder) {
            // Read-only makes no difference: connecting to a socket needs no write permission on the bind.
            e.add(socket ? rtr("container runtime socket %1 is mounted at %2: full control of the daemon")
                               .arg(m.source, m.destination)
                         : rtr("host folder %1 holding container runtime sockets is mounted at %2")
                               .arg(m.source, m.destination),
                  QStringLiteral("Mounts[%1].Source").arg(i),
                  QStringLiteral("Mounts[%1].Source = \"%2\" (RW=%3)")
                      .arg(m.destination, m.source, m.rw ? QStringLiteral("true") : QStringLiteral("false")));
        }
    }
}

struct SensitivePath
{
    const char* path;
    Severity rw;
    Severity ro;
};

// Exact folders and their contents. "/" matches only itself (everything else would match it).
const SensitivePath kSensitive[] = {
    {"/", Severity::Critical, Severity::High},
    {"/etc", Severity::Critical, Severity::High},
    {"/root", Severity::Critical, Severity::High},
    {"/var/lib/docker", Severity::Critical, Severity::High},
    {"/var/lib/containerd", Severity::Critical, Severity::High},
    {"/boot", Severity::Critical, Severity::Medium},
    {"/proc", Severity::Critical, Severity::Medium},
    {"/sys", Severity::Critical, Severity::Medium},
    {"/dev", Severity::Critical, Severity::Medium},
    {"/lib/modules", Severity::High, Severity::Low},
    {"/usr", Severity::High, Severity::Low},
    {"/bin", Severity::High, Severity::Low},
    {"/sbin", Severity::High, Severity::Low},
    {"/lib", Severity::High, Severity::Low},
    {"/var/log", Severity::Medium, Severity::Low},
    {"/home", Severity::High, Severity::Medium},
    {"/Users", Severity::High, Severity::Medium},
};

bool underPath(const QString& src, const QString& p)
{
    if (p == QLatin1String("/")) {
        return src == p;
    }
    return src == p || src.startsWith(p + u'/');
}

bool hasCredentialFolder(const QString& src, QString* which)
{
    static const QStringList kDirs = {
        QStringLiteral(".ssh"),
        QStringLiteral(".aws"),
        QStringLiteral(".kube"),
        QStringLiteral(".docker"),
        QStringLiteral(".gnupg"),
        QStringLiteral(".azure"),
        QStringLiteral(".config/gcloud"),
    };
    for (const QString& d : kDirs) {
        if (src.endsWith(u'/' + d) || src.contains(u'/' + d + u'/')) {
            *which = d;
            return true;
        }
    }
    return false;
}

void checkSensitiveMount(const Context&, const model::Container& c, Emitter& e)
{
    for (std::size_t i = 0; i < c.mounts.size(); ++i) {
        const model::Mount& m = c.mounts[i];
        if (m.type != QLatin1String("bind")) {
            continue;
        }
        const QString src = cleanPath(m.source);
        if (socketNames().contains(fileName(src)) || socketFolders().contains(src)) {
            continue; // CTR-020
        }
        QString cred;
        const SensitivePath* hit = nullptr;
        Severity sev = Severity::Info;
        if (hasCredentialFolder(src, &cred)) {
            sev = Severity::High; // read access is the danger: keys and tokens
        } else {
            // The most specific match wins (/var/lib/docker over /var).
            int best = -1;
            for (const SensitivePath& s : kSensitive) {
                const QString p = QString::fromLatin1(s.path);
                if (underPath(src, p) && p.size() > best) {
                    best = static_cast<int>(p.size());
                    hit = &s;
                }
            }
            if (hit == nullptr) {
                continue;
            }
            sev = m.rw ? hit->rw : hit->ro;
        }
        const QString access = m.rw ? rtr("read-write") : rtr("read-only");
        e.add(
            sev,
            cred.isEmpty()
                ? rtr("sensitive host path %1 is mounted %2 at %3").arg(m.source, access, m.destination)
                : rtr("host credential folder %1 (%2) is mounted %3 at %4").arg(m.source, cred, access, m.destination),
            QStringLiteral("Mounts[%1].Source").arg(i),
            QStringLiteral("Mounts[%1].Source = \"%2\" (RW=%3)")
                .arg(m.destination, m.source, m.rw ? QStringLiteral("true") : QStringLiteral("false")));
    }
}

bool looksLikeSecretFile(const QString& name)
{
    static const QRegularExpression kPattern(
        QStringLiteral(
            R"(^(\.env(\..+)?|.+\.env|id_(rsa|dsa|ecdsa|ed25519)|.+\.(pem|key|p12|pfx|jks|keystore|kdbx|ppk)|)"
            R"(credentials(\.json)?|\.netrc|\.pgpass|\.htpasswd|\.npmrc|\.pypirc|secrets?\.(ya?ml|json|txt)|)"
            R"(service[-_]account.*\.json|token(\.txt)?)$)"),
        QRegularExpression::CaseInsensitiveOption);
    return kPattern.match(name).hasMatch();
}

void checkSecretFileMount(const Context&, const model::Container& c, Emitter& e)
{
    for (std::size_t i = 0; i < c.mounts.size(); ++i) {
        const model::Mount& m = c.mounts[i];
        if (m.type != QLatin1String("bind")) {
            continue;
        }
        // Compose's file-based secrets are bind mounts to /run/secrets: that is the remedy, not the problem.
        if (m.destination.startsWith(QLatin1String("/run/secrets"))) {
            continue;
        }
        const QString name = fileName(m.source);
        if (looksLikeSecretFile(name) || !secrets::sensitiveFileKind(m.source).isEmpty()) {
            e.add(m.rw ? Severity::High : Severity::Medium,
                  rtr("host file %1 looks like a secret and is bind-mounted at %2").arg(m.source, m.destination),
                  QStringLiteral("Mounts[%1].Source").arg(i),
                  QStringLiteral("Mounts[%1].Source = \"%2\"").arg(m.destination, m.source));
        }
    }
}

// clang-format off
const Rule kRules[] = {
    {{"CTR-020", Severity::Critical, Category::Mounts, TargetKind::Container,
      QT_TRANSLATE_NOOP("Rules", "Container runtime socket mounted"),
      QT_TRANSLATE_NOOP("Rules", "Whoever can talk to the Docker (or containerd, Podman, CRI-O) socket can start a privileged container that mounts the host's root: the socket is root on the host. Mounting it read-only does not help, because connecting to a socket needs no write access to the bind mount."),
      QT_TRANSLATE_NOOP("Rules", "Remove the `-v /var/run/docker.sock:...` mount (compose: `volumes`). Tools that need the API should use a filtering proxy that allows only the read-only endpoints they use."),
      QT_TRANSLATE_NOOP("Rules", "Reverse proxies and CI runners that discover containers need a socket proxy set up instead."),
      "5.32", "RULE #1", "4.4.3", "docker-bench:5.32,kics:Docker Socket Mounted In Container"},
     &checkRuntimeSocket},
    {{"CTR-021", Severity::High, Category::Mounts, TargetKind::Container,
      QT_TRANSLATE_NOOP("Rules", "Sensitive host path mounted"),
      QT_TRANSLATE_NOOP("Rules", "Mounting host system folders gives the container direct access to what protects the host: /etc holds passwords and sudoers, / and /var/lib/docker hold every other container's data, and credential folders (.ssh, .aws, .kube, .docker) hold keys. Writable mounts are rated above read-only ones."),
      QT_TRANSLATE_NOOP("Rules", "Mount only the specific files or folders the workload needs, read-only (`-v /host/path:/path:ro`, compose `read_only: true` on the bind), or use a named volume."),
      QT_TRANSLATE_NOOP("Rules", "Monitoring agents that read host metrics need /proc and /sys read-only."),
      "5.6", "RULE #8", "4.4.3", "docker-bench:5.6,kics:Volume Has Sensitive Host Directory"},
     &checkSensitiveMount},
    {{"CTR-022", Severity::Medium, Category::Mounts, TargetKind::Container,
      QT_TRANSLATE_NOOP("Rules", "Secret-looking host file bind-mounted"),
      QT_TRANSLATE_NOOP("Rules", "Files such as .env, id_rsa, *.pem or credentials bind-mounted from the host usually carry secrets in the clear on the host's disk, outside any secret store, readable by whoever reads that folder, and they often end up in backups."),
      QT_TRANSLATE_NOOP("Rules", "Use Docker secrets (compose: top-level `secrets:` with the service's `secrets:` list, mounted under /run/secrets) or a tmpfs at /run/secrets filled at start-up, and keep the file mode 0600."),
      QT_TRANSLATE_NOOP("Rules", "The application must read the secret from a file under /run/secrets."),
      "", "RULE #12", "4.4.3", ""},
     &checkSecretFileMount},
};
// clang-format on

} // namespace

std::span<const Rule> mountRules()
{
    return kRules;
}

} // namespace bulkhead::rules
