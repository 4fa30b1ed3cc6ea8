// SPDX-License-Identifier: GPL-3.0-or-later
// Image rules (IMG-): the built image's configuration and history, as the Engine reports them.
#include "core/rules/rule.h"

#include "core/util/redact.h"

#include <QRegularExpression>
#include <QSet>

namespace bulkhead::rules {

using model::Category;
using model::Severity;
using model::TargetKind;

namespace {

QString historyField(int i)
{
    return QStringLiteral("History[%1].CreatedBy").arg(i);
}

// Shortened, single-line history text for evidence (build commands can be kilobytes).
QString shortCommand(const QString& s)
{
    QString t = s.simplified();
    if (t.size() > 160) {
        t = t.left(157) + QStringLiteral("...");
    }
    return t;
}

void checkRootUser(const Context&, const model::Image& img, Emitter& e)
{
    if (!img.config.user) {
        return; // no config: the parse issue says so; containers from it are judged by CTR-004
    }
    if (isRootUser(*img.config.user)) {
        e.add(img.config.user->isEmpty() ? rtr("no USER set: containers run as root unless overridden")
                                         : rtr("final USER is root (\"%1\")").arg(*img.config.user),
              QStringLiteral("Config.User"),
              QStringLiteral("Config.User = \"%1\"").arg(*img.config.user));
    }
}

void checkHealthcheck(const Context&, const model::Image& img, Emitter& e)
{
    if (!img.config.healthcheck || img.config.healthcheck->disabled()) {
        e.add(img.config.healthcheck ? rtr("HEALTHCHECK is disabled (NONE)") : rtr("no HEALTHCHECK declared"),
              QStringLiteral("Config.Healthcheck"),
              QStringLiteral("Config.Healthcheck = %1")
                  .arg(img.config.healthcheck ? jsonList(img.config.healthcheck->test) : QStringLiteral("null")));
    }
}

// "|3 A=1 B=2 C=3 /bin/sh -c ..." is how the classic builder records the build args a RUN step saw; BuildKit writes
// the same after the instruction: "RUN |3 A=1 B=2 C=3 /bin/sh -c ... # buildkit".
QStringList buildArgsOf(const QString& createdBy)
{
    static const QRegularExpression kHead(QStringLiteral(R"(^(?:RUN )?\|(\d{1,3}) )"));
    const QRegularExpressionMatch m = kHead.match(createdBy);
    if (!m.hasMatch()) {
        return {};
    }
    const int n = m.captured(1).toInt();
    const QStringList words = createdBy.mid(m.capturedEnd()).split(u' ', Qt::SkipEmptyParts);
    QStringList out;
    for (int i = 0; i < n && i < words.size(); ++i) {
        if (words[i].contains(u'=')) {
            out << words[i];
        }
    }
    return out;
}

bool secretLikeName(const QString& name)
{
    static const QRegularExpression kName(
        QStringLiteral(
            R"((PASS(WORD|WD)?|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL|AUTH|_PAT$|^PAT_|DATABASE_URL|DSN|CONN(ECTION)?_?STR))"),
        QRegularExpression::CaseInsensitiveOption);
    return kName.match(name).hasMatch();
}

void checkBuildArgs(const Context&, const model::Image& img, Emitter& e)
{
    for (int i = 0; i < static_cast<int>(img.history.size()); ++i) {
        for (const QString& kv : buildArgsOf(img.history[static_cast<std::size_t>(i)].createdBy)) {
            const QString name = kv.section(u'=', 0, 0);
            const QString value = kv.section(u'=', 1);
            if (value.isEmpty()) {
                continue;
            }
            const bool secret = secretLikeName(name);
            e.add(secret ? Severity::High : Severity::Info,
                  secret ? rtr("build argument %1 looks like a secret and its value is stored in the image history")
                               .arg(name)
                         : rtr("build argument %1 and its value are stored in the image history").arg(name),
                  historyField(i),
                  QStringLiteral("%1 = %2=%3").arg(historyField(i), name, util::redactSecret(value)));
        }
    }
}

void checkRemoteAdd(const Context&, const model::Image& img, Emitter& e)
{
    static const QRegularExpression kAdd(QStringLiteral(R"(\bADD\s+(--\S+\s+)*(https?|ftp)://)"),
                                         QRegularExpression::CaseInsensitiveOption);
    // The classic builder does not keep the URL: it records a local source as "file:<sha256>" or "dir:<sha256>" and
    // a downloaded one as the bare checksum of what it fetched (seen on Engine 20.10's builder).
    static const QRegularExpression kClassicUrlAdd(QStringLiteral(R"(#\(nop\)\s+ADD\s+[0-9a-f]{64}\s+in\s)"));
    for (int i = 0; i < static_cast<int>(img.history.size()); ++i) {
        const QString& cmd = img.history[static_cast<std::size_t>(i)].createdBy;
        if (kAdd.match(cmd).hasMatch()) {
            e.add(rtr("ADD downloads a remote URL at build time"),
                  historyField(i),
                  QStringLiteral("%1 = %2").arg(historyField(i), shortCommand(cmd)));
        } else if (kClassicUrlAdd.match(cmd).hasMatch()) {
            model::Finding& f =
                e.add(rtr("ADD downloaded a remote file at build time (the builder recorded only its checksum)"),
                      historyField(i),
                      QStringLiteral("%1 = %2").arg(historyField(i), shortCommand(cmd)));
            f.confidence = 0.9;
        }
    }
}

struct Leftover
{
    const char* install; // regex: what puts it there
    const char* cleanup; // regex: what removes it (in the same or a later step)
    const char* what;
};

const Leftover kLeftovers[] = {
    {R"(\bapt(-get)?\s+(-\S+\s+)*install\b)",
     R"(rm\s+-[a-z]*r[a-z]*f?\s+\S*/var/lib/apt/lists)",
     QT_TRANSLATE_NOOP("Rules", "apt package lists")},
    {R"(\bapk\s+(-\S+\s+)*add\b)",
     R"(--no-cache|rm\s+-\S*\s+\S*/var/cache/apk)",
     QT_TRANSLATE_NOOP("Rules", "apk package cache")},
    {R"(\b(yum|dnf|microdnf)\s+(-\S+\s+)*install\b)",
     R"(\b(yum|dnf|microdnf)\s+clean\s+all)",
     QT_TRANSLATE_NOOP("Rules", "yum/dnf package cache")},
    {R"(\bpip3?\s+install\b)",
     R"(--no-cache-dir|PIP_NO_CACHE_DIR|rm\s+-\S*\s+\S*\.cache/pip)",
     QT_TRANSLATE_NOOP("Rules", "pip download cache")},
    {R"(\b(install|add)\b[^;&|]*\s(build-essential|build-base|gcc|g\+\+|make|clang|cmake|golang|rustc|cargo|default-jdk|openjdk-\d+-jdk)(\s|$))",
     R"(\b(purge|autoremove|remove|del)\b)",
     QT_TRANSLATE_NOOP("Rules", "a compiler toolchain")},
};

void checkLeftovers(const Context&, const model::Image& img, Emitter& e)
{
    // Compiled once: this runs for every image of every scan.
    static const std::vector<std::pair<QRegularExpression, QRegularExpression>> kCompiled = [] {
        std::vector<std::pair<QRegularExpression, QRegularExpression>> v;
        for (const Leftover& l : kLeftovers) {
            v.emplace_back(QRegularExpression(QString::fromLatin1(l.install)),
                           QRegularExpression(QString::fromLatin1(l.cleanup)));
        }
        return v;
    }();
    for (std::size_t k = 0; k < std::size(kLeftovers); ++k) {
        const Leftover& l = kLeftovers[k];
        const QRegularExpression& install = kCompiled[k].first;
        const QRegularExpression& cleanup = kCompiled[k].second;
        for (std::size_t i = 0; i < img.history.size(); ++i) {
            const QString& cmd = img.history[i].createdBy;
            if (cmd.contains(QLatin1String("#(nop)")) || !install.match(cmd).hasMatch()) {
                continue;
            }
            bool cleaned = false;
            // History is newest first: later steps have smaller indexes.
            for (std::size_t j = 0; j <= i && !cleaned; ++j) {
                cleaned = cleanup.match(img.history[j].createdBy).hasMatch();
            }
            if (!cleaned) {
                const int idx = static_cast<int>(i);
                e.add(rtr("%1 left in the final image").arg(rtr(l.what)),
                      historyField(idx),
                      QStringLiteral("%1 = %2").arg(historyField(idx), shortCommand(cmd)));
                break; // one finding per kind is enough
            }
        }
    }
}

void checkExpose22(const Context&, const model::Image& img, Emitter& e)
{
    for (const QString& p : img.config.exposedPorts) {
        if (p == QLatin1String("22/tcp") || p == QLatin1String("22")) {
            e.add(rtr("image exposes port 22 (SSH)"),
                  QStringLiteral("Config.ExposedPorts"),
                  QStringLiteral("Config.ExposedPorts = %1").arg(jsonList(img.config.exposedPorts)));
        }
    }
}

void checkTag(const Context&, const model::Image& img, Emitter& e)
{
    QStringList tags;
    for (const QString& t : img.repoTags) {
        if (t != QLatin1String("<none>:<none>")) {
            tags << t;
        }
    }
    if (tags.isEmpty()) {
        e.add(rtr("image has no tag: nobody can tell which version it is"),
              QStringLiteral("RepoTags"),
              QStringLiteral("RepoTags = %1").arg(jsonList(img.repoTags)));
        return;
    }
    for (const QString& t : tags) {
        if (t.endsWith(QLatin1String(":latest"))) {
            e.add(rtr("image is tagged \"%1\": the version changes under the same name").arg(t),
                  QStringLiteral("RepoTags"),
                  QStringLiteral("RepoTags = %1").arg(jsonList(img.repoTags)));
            return;
        }
    }
}

void checkAge(const Context& ctx, const model::Image& img, Emitter& e)
{
    // Reproducible builds stamp 1970 (or SOURCE_DATE_EPOCH); such dates say nothing about patch level.
    if (!img.created.isValid() || img.created.date().year() < 2000) {
        return;
    }
    const qint64 days = img.created.date().daysTo(ctx.options.today);
    if (days > 365) {
        e.add(rtr("image was built %1 days ago: it misses a year or more of security updates").arg(days),
              QStringLiteral("Created"),
              QStringLiteral("Created = %1").arg(img.created.toString(Qt::ISODate)));
    } else if (days > 180) {
        e.add(Severity::Low,
              rtr("image was built %1 days ago").arg(days),
              QStringLiteral("Created"),
              QStringLiteral("Created = %1").arg(img.created.toString(Qt::ISODate)));
    }
}

// setuid/setgid programs a distribution ships for logins and networking. Anything else is an addition of the image's
// author (or an attacker's persistence) and runs with its owner's rights whoever starts it.
bool knownSetuidProgram(const QString& path)
{
    static const QSet<QString> kKnown = {
        QStringLiteral("su"),
        QStringLiteral("sudo"),
        QStringLiteral("passwd"),
        QStringLiteral("chsh"),
        QStringLiteral("chfn"),
        QStringLiteral("gpasswd"),
        QStringLiteral("newgrp"),
        QStringLiteral("chage"),
        QStringLiteral("expiry"),
        QStringLiteral("mount"),
        QStringLiteral("umount"),
        QStringLiteral("ping"),
        QStringLiteral("ping6"),
        QStringLiteral("unix_chkpwd"),
        QStringLiteral("pam_extrausers_chkpwd"),
        QStringLiteral("wall"),
        QStringLiteral("write"),
        QStringLiteral("bsd-write"),
        QStringLiteral("crontab"),
        QStringLiteral("at"),
        QStringLiteral("ssh-agent"),
        QStringLiteral("ssh-keysign"),
        QStringLiteral("newuidmap"),
        QStringLiteral("newgidmap"),
        QStringLiteral("fusermount"),
        QStringLiteral("fusermount3"),
        QStringLiteral("pkexec"),
        QStringLiteral("doas"),
        QStringLiteral("bbsuid"),
        QStringLiteral("dbus-daemon-launch-helper"),
        QStringLiteral("polkit-agent-helper-1"),
        QStringLiteral("Xorg.wrap"),
        QStringLiteral("utempter"),
    };
    static const QStringList kDirs = {QStringLiteral("/bin/"),
                                      QStringLiteral("/sbin/"),
                                      QStringLiteral("/usr/bin/"),
                                      QStringLiteral("/usr/sbin/"),
                                      QStringLiteral("/usr/lib/"),
                                      QStringLiteral("/usr/libexec/"),
                                      QStringLiteral("/lib/"),
                                      QStringLiteral("/usr/lib64/")};
    const qsizetype slash = path.lastIndexOf(u'/');
    if (slash < 0 || !kKnown.contains(path.mid(slash + 1))) {
        return false;
    }
    for (const QString& dir : kDirs) {
        if (path.startsWith(dir)) {
            return true;
        }
    }
    return false;
}

void checkSetuidFiles(const Context& ctx, const model::Image& img, Emitter& e)
{
    const auto it = ctx.options.imageContents.constFind(img.id);
    if (it == ctx.options.imageContents.constEnd()) {
        return; // layers were not read (scan without --layers): nothing known, nothing claimed
    }
    int reported = 0;
    int unknown = 0;
    for (const SetuidFile& f : it->setuidFiles) {
        if (knownSetuidProgram(f.path)) {
            continue;
        }
        ++unknown;
        if (reported == 20) {
            continue; // the total is said in the last finding's message
        }
        ++reported;
        const QString bits = (f.mode & 04000) && (f.mode & 02000) ? QStringLiteral("setuid+setgid")
                             : (f.mode & 04000)                   ? QStringLiteral("setuid")
                                                                  : QStringLiteral("setgid");
        e.add(rtr("%1 is %2 (mode %3): it runs with its owner's rights whoever starts it")
                  .arg(f.path, bits, QString::number(f.mode, 8)),
              QStringLiteral("Layers"),
              QStringLiteral("%1 mode %2 in layer %3").arg(f.path, QString::number(f.mode, 8), f.layer.left(19)));
    }
    if (unknown > reported && reported > 0) {
        e.add(rtr("%1 more setuid/setgid files not listed").arg(unknown - reported),
              QStringLiteral("Layers"),
              QStringLiteral("%1 setuid/setgid files in total").arg(unknown));
    }
}

// clang-format off
const Rule kRules[] = {
    {{"IMG-001", Severity::Medium, Category::Image, TargetKind::Image,
      QT_TRANSLATE_NOOP("Rules", "Image runs as root by default"),
      QT_TRANSLATE_NOOP("Rules", "An image without a USER (or with USER root) starts every container as root unless the operator remembers `--user`. Defaults win in practice, so the image should be safe by default."),
      QT_TRANSLATE_NOOP("Rules", "Add a user and switch to it at the end of the Dockerfile: `RUN useradd -r -u 10001 app` then `USER 10001`."),
      QT_TRANSLATE_NOOP("Rules", "Files the process writes must be owned by that user."),
      "4.1", "RULE #2", "4.1.2", "dockle:CIS-DI-0001,hadolint:DL3002,trivy:DS-0002,docker-bench:4.1"},
     nullptr, &checkRootUser},
    {{"IMG-002", Severity::Low, Category::Image, TargetKind::Image,
      QT_TRANSLATE_NOOP("Rules", "No HEALTHCHECK"),
      QT_TRANSLATE_NOOP("Rules", "Without a health check Docker only knows whether the process exists, not whether it works; a hung or hijacked service keeps receiving traffic and nobody is told."),
      QT_TRANSLATE_NOOP("Rules", "Add `HEALTHCHECK CMD [\"/app/healthcheck\"]` to the Dockerfile, or `--health-cmd` at run time (compose: `healthcheck.test`)."),
      "",
      "4.6", "", "4.1.2", "dockle:CIS-DI-0006,trivy:DS-0026,hadolint:DL3057,docker-bench:4.6"},
     nullptr, &checkHealthcheck},
    {{"IMG-004", Severity::High, Category::Secrets, TargetKind::Image,
      QT_TRANSLATE_NOOP("Rules", "Build argument values visible in image history"),
      QT_TRANSLATE_NOOP("Rules", "Build arguments are not secret: the classic builder records every ARG value a RUN step used in the image history, which anyone who can pull the image can read with `docker history`. Secret-looking names are rated high."),
      QT_TRANSLATE_NOOP("Rules", "Pass secrets with BuildKit secret mounts: `RUN --mount=type=secret,id=token ...` and `docker build --secret id=token,src=token.txt`; rotate any secret already published this way."),
      QT_TRANSLATE_NOOP("Rules", "Needs BuildKit; the leaked value must be rotated."),
      "4.10", "RULE #12", "4.1.4", "dockle:CIS-DI-0010,trivy:DS-0031,hadolint:DL3064,docker-bench:4.10"},
     nullptr, &checkBuildArgs},
    {{"IMG-005", Severity::Medium, Category::Image, TargetKind::Image,
      QT_TRANSLATE_NOOP("Rules", "ADD fetches a remote URL"),
      QT_TRANSLATE_NOOP("Rules", "`ADD https://...` downloads at build time without checksum verification by default; whoever controls that URL (or the network path) controls what goes into the image."),
      QT_TRANSLATE_NOOP("Rules", "Download in a RUN step with a pinned checksum (`curl -fsSLo f URL && echo \"SHA256  f\" | sha256sum -c`), or use `ADD --checksum=sha256:...`."),
      "",
      "4.9", "RULE #13", "4.1.5", "dockle:CIS-DI-0009,hadolint:DL3020,trivy:DS-0005,docker-bench:4.9"},
     nullptr, &checkRemoteAdd},
    {{"IMG-006", Severity::Low, Category::Image, TargetKind::Image,
      QT_TRANSLATE_NOOP("Rules", "Build toolchain or package cache left in the image"),
      QT_TRANSLATE_NOOP("Rules", "Compilers and package caches in the final image add size and attack surface: an attacker with a shell can build exploits on the spot, and cached package lists go stale."),
      QT_TRANSLATE_NOOP("Rules", "Use a multi-stage build and copy only the artefacts into a slim final stage; clean caches in the same RUN (`apt-get install ... && rm -rf /var/lib/apt/lists/*`, `apk add --no-cache`, `pip install --no-cache-dir`)."),
      QT_TRANSLATE_NOOP("Rules", "The Dockerfile must be restructured into stages."),
      "4.3", "RULE #13", "4.1.2", "dockle:DKL-DI-0005,hadolint:DL3009,hadolint:DL3019,hadolint:DL3042"},
     nullptr, &checkLeftovers},
    {{"IMG-007", Severity::Medium, Category::Image, TargetKind::Image,
      QT_TRANSLATE_NOOP("Rules", "Image exposes SSH (port 22)"),
      QT_TRANSLATE_NOOP("Rules", "Exposing 22 means the image is built to run an SSH server, which adds keys and passwords to manage and a service that bypasses Docker's access control."),
      QT_TRANSLATE_NOOP("Rules", "Remove `EXPOSE 22` and sshd from the image; use `docker exec` for administration."),
      "",
      "5.7", "", "4.1.2", "trivy:DS-0004"},
     nullptr, &checkExpose22},
    {{"IMG-008", Severity::Low, Category::Image, TargetKind::Image,
      QT_TRANSLATE_NOOP("Rules", "Image tagged latest or untagged"),
      QT_TRANSLATE_NOOP("Rules", "`latest` and untagged images cannot be traced to a version or a source commit; rebuilds and pulls silently change what runs, and a vulnerable version cannot be found by its tag."),
      QT_TRANSLATE_NOOP("Rules", "Tag images with a version (`app:1.4.2`) and refer to them by tag or digest (`app@sha256:...`) in run commands and compose files."),
      "",
      "", "RULE #13", "4.1.5", "dockle:DKL-DI-0006,hadolint:DL3007,trivy:DS-0001"},
     nullptr, &checkTag},
    {{"IMG-009", Severity::Medium, Category::Image, TargetKind::Image,
      QT_TRANSLATE_NOOP("Rules", "Image is old"),
      QT_TRANSLATE_NOOP("Rules", "Packages in an image are frozen at build time. An image built more than a year ago almost certainly contains libraries with published vulnerabilities; rebuilding picks up the base image's patches."),
      QT_TRANSLATE_NOOP("Rules", "Rebuild regularly from an updated base image (`docker build --pull`) and redeploy."),
      QT_TRANSLATE_NOOP("Rules", "A rebuild may pull new major versions: test it."),
      "", "RULE #0", "4.1.1", ""},
     nullptr, &checkAge},
    {{"IMG-010", Severity::Medium, Category::Image, TargetKind::Image,
      QT_TRANSLATE_NOOP("Rules", "Unexpected setuid or setgid file in the image"),
      QT_TRANSLATE_NOOP("Rules", "A setuid or setgid program runs with its owner's (usually root's) rights whoever starts it, so a bug in it or a planted copy of a shell turns any user in the container into root. Besides the distribution's login and network tools (su, passwd, mount, ping ...), images should carry none. Checked when the layers are read (`bulkhead-cli scan --layers`)."),
      QT_TRANSLATE_NOOP("Rules", "Remove the special bits in the Dockerfile: `RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} +` (keep only what the application needs), and run containers with `--security-opt no-new-privileges`."),
      QT_TRANSLATE_NOOP("Rules", "A program that really needs the bits (rare in containers) must be kept and justified."),
      "4.8", "RULE #4", "4.1.2", "dockle:CIS-DI-0008,docker-bench:4.8"},
     nullptr, &checkSetuidFiles},
};
// clang-format on

} // namespace

std::span<const Rule> imageRules()
{
    return kRules;
}

} // namespace bulkhead::rules
