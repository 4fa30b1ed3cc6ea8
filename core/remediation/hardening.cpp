// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remediation/hardening.h"

#include "core/util/textescape.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace bulkhead::remediation {

namespace {

constexpr const char* kUser = "65534:65534"; // nobody: exists in most images, owns nothing
constexpr const char* kMemory = "512m";
constexpr const char* kCpus = "1.0";
constexpr int kPids = 200;

// Indexes named in finding fields like "HostConfig.CapAdd[2]" for the given rule at or above High.
QSet<int> flaggedIndexes(std::span<const model::Finding> findings, QStringView ruleId, QStringView fieldPrefix)
{
    QSet<int> out;
    for (const model::Finding& f : findings) {
        if (f.ruleId != ruleId || f.severity < model::Severity::High) {
            continue;
        }
        const QString& field = f.location.field;
        if (!field.startsWith(fieldPrefix)) {
            continue;
        }
        const qsizetype open = field.indexOf(u'[');
        const qsizetype close = field.indexOf(u']', open);
        bool ok = false;
        const int i = open >= 0 && close > open ? field.mid(open + 1, close - open - 1).toInt(&ok) : -1;
        if (ok) {
            out.insert(i);
        }
    }
    return out;
}

QSet<int> mountIndexes(std::span<const model::Finding> findings, QStringView ruleId)
{
    QSet<int> out;
    for (const model::Finding& f : findings) {
        if (f.ruleId == ruleId && f.location.field.startsWith(u"Mounts[")) {
            bool ok = false;
            const QString& field = f.location.field;
            const int i = field.mid(7, field.indexOf(u']') - 7).toInt(&ok);
            if (ok) {
                out.insert(i);
            }
        }
    }
    return out;
}

bool has(std::span<const model::Finding> findings, QStringView ruleId)
{
    return std::any_of(
        findings.begin(), findings.end(), [ruleId](const model::Finding& f) { return f.ruleId == ruleId; });
}

QString humanBytes(qint64 b)
{
    if (b % (1024ll * 1024 * 1024) == 0) {
        return QStringLiteral("%1g").arg(b / (1024ll * 1024 * 1024));
    }
    if (b % (1024ll * 1024) == 0) {
        return QStringLiteral("%1m").arg(b / (1024ll * 1024));
    }
    return QString::number(b);
}

// Keeps [a-z0-9_] plus `alsoKeep`, lower-cases, and replaces everything else. A loop, not a regular expression:
// this runs for every container of every scan (compiling a pattern per call was most of a 10,000-container scan).
QString restrictedName(const QString& text, QChar alsoKeep, QChar replacement)
{
    QString s = text.toLower();
    for (QChar& c : s) {
        const char16_t u = c.unicode();
        const bool keep = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_' || c == alsoKeep;
        if (!keep) {
            c = replacement;
        }
    }
    return s;
}

QString secretName(const QString& envName)
{
    const QString s = restrictedName(envName, u'_', u'_');
    return s.isEmpty() ? QStringLiteral("secret") : s;
}

QString serviceName(const QString& containerName)
{
    QString s = restrictedName(containerName, u'-', u'-');
    while (s.startsWith(u'-')) {
        s.remove(0, 1);
    }
    return s.isEmpty() ? QStringLiteral("app") : s.left(63);
}

bool allInterfaces(const QString& ip)
{
    return ip.isEmpty() || ip == QLatin1String("0.0.0.0") || ip == QLatin1String("::") || ip == QLatin1String("[::]");
}

// A comment line must stay one line whatever the daemon sent.
QString commentSafe(const QString& s)
{
    QString t = s;
    for (QChar& c : t) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            c = u'?';
        }
    }
    return t;
}

// Lines, each ended by '\n', in one string: what QStringList::join(u'\n') + u'\n' gave, without a list of them.
class Lines
{
public:
    Lines() { m_text.reserve(1024); }
    Lines& operator<<(const QString& line)
    {
        m_text += line;
        m_text += u'\n';
        return *this;
    }
    Lines& operator<<(const QStringList& lines)
    {
        for (const QString& line : lines) {
            *this << line;
        }
        return *this;
    }
    const QString& text() const { return m_text; }

private:
    QString m_text;
};

} // namespace

bool looksSecretAssignment(const QString& name, const QString& value)
{
    static const QRegularExpression kName(
        QStringLiteral(R"((PASS(WORD|WD)?|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL|AUTH|WEBHOOK|)"
                       R"(DATABASE_URL|DSN|CONN(ECTION)?_?STR|_PAT$|^PAT_))"),
        QRegularExpression::CaseInsensitiveOption);
    if (kName.match(name).hasMatch()) {
        return !value.isEmpty();
    }
    // URLs with credentials ("scheme://user:pass@host").
    static const QRegularExpression kUrlCreds(QStringLiteral(R"(^[a-z][a-z0-9+.-]*://[^/\s:@]+:[^/\s@]+@)"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (kUrlCreds.match(value).hasMatch()) {
        return true;
    }
    // Long random-looking values without spaces or slashes: better replaced than printed.
    if (value.size() >= 20 && !value.contains(u' ') && !value.contains(u'/')) {
        bool lower = false;
        bool upper = false;
        bool digit = false;
        for (QChar c : value) {
            lower = lower || c.isLower();
            upper = upper || c.isUpper();
            digit = digit || c.isDigit();
        }
        return int(lower) + int(upper) + int(digit) >= 3;
    }
    return false;
}

QString yamlQuote(QStringView s)
{
    const bool plain = std::all_of(s.begin(), s.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return u >= 0x20 && u != u'"' && u != u'\\' && u != 0x7f && u != 0x85 && u != 0x2028 && u != 0x2029;
    });
    if (plain) {
        // The usual case, in one allocation.
        QString out;
        out.reserve(s.size() + 2);
        out += u'"';
        out += s;
        out += u'"';
        return out;
    }
    QString out = QStringLiteral("\"");
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            out += u'\\';
            out += c;
        } else if (u < 0x20 || u == 0x7f || u == 0x85 || u == 0x2028 || u == 0x2029) {
            out += QStringLiteral("\\u%1").arg(static_cast<int>(u), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    return out + u'"';
}

Hardened hardenContainer(const model::Container& c, const model::Image* image, std::span<const model::Finding> findings)
{
    Hardened h;
    QStringList run = {QStringLiteral("docker"), QStringLiteral("run"), QStringLiteral("-d")};
    Lines compose;
    const QString name = c.name.isEmpty() ? c.id.left(12) : c.name;
    const QString svc = serviceName(name);
    compose << QStringLiteral("services:") << QStringLiteral("  %1:").arg(svc);
    const QString imageRef = !c.imageRef.isEmpty() ? c.imageRef : c.imageId;
    compose << QStringLiteral("    image: ") + yamlQuote(imageRef);
    compose << QStringLiteral("    container_name: ") + yamlQuote(name);
    run << QStringLiteral("--name") << name;

    // User: keep a non-root user the container or image already has; otherwise an unprivileged one.
    QString user;
    if (c.config.user && !c.config.user->isEmpty() && c.config.user->section(u':', 0, 0) != QLatin1String("0") &&
        c.config.user->section(u':', 0, 0) != QLatin1String("root")) {
        const bool inherited = image != nullptr && image->config.user == c.config.user;
        if (!inherited) {
            user = *c.config.user;
        }
    } else {
        user = QString::fromLatin1(kUser);
        h.removed << QStringLiteral("runs as %1 instead of root").arg(user);
    }
    if (!user.isEmpty()) {
        run << QStringLiteral("--user") << user;
        compose << QStringLiteral("    user: ") + yamlQuote(user);
    }

    // Capabilities: drop everything, add back what was added unless it was rated high or critical.
    run << QStringLiteral("--cap-drop") << QStringLiteral("ALL");
    compose << QStringLiteral("    cap_drop:") << QStringLiteral("      - \"ALL\"");
    const QSet<int> badCaps = flaggedIndexes(findings, u"CTR-002", u"HostConfig.CapAdd[");
    QStringList keepCaps;
    for (qsizetype i = 0; i < c.capAdd.size(); ++i) {
        if (badCaps.contains(static_cast<int>(i))) {
            h.removed << QStringLiteral("capability %1 (add back only if proven necessary)").arg(c.capAdd[i]);
        } else if (c.capAdd[i].compare(QLatin1String("ALL"), Qt::CaseInsensitive) != 0) {
            keepCaps << c.capAdd[i];
        }
    }
    if (!keepCaps.isEmpty()) {
        compose << QStringLiteral("    cap_add:");
        for (const QString& cap : keepCaps) {
            run << QStringLiteral("--cap-add") << cap;
            compose << QStringLiteral("      - ") + yamlQuote(cap);
        }
    }
    if (c.privileged.value_or(false)) {
        h.removed << QStringLiteral("--privileged");
    }

    // Security options: keep confinement, drop the ones that switch it off, add no-new-privileges.
    QStringList secOpts;
    for (const QString& o : c.securityOpt) {
        const QString l = o.toLower().remove(u' ');
        if (l.contains(QLatin1String("unconfined")) || l == QLatin1String("label=disable") ||
            l == QLatin1String("label:disable") || l.startsWith(QLatin1String("no-new-privileges"))) {
            if (!l.startsWith(QLatin1String("no-new-privileges"))) {
                h.removed << QStringLiteral("--security-opt %1").arg(o);
            }
            continue;
        }
        secOpts << o;
    }
    secOpts << QStringLiteral("no-new-privileges:true");
    compose << QStringLiteral("    security_opt:");
    for (const QString& o : secOpts) {
        run << QStringLiteral("--security-opt") << o;
        compose << QStringLiteral("      - ") + yamlQuote(o);
    }

    // Read-only root with a tmpfs for scratch space.
    run << QStringLiteral("--read-only");
    compose << QStringLiteral("    read_only: true");
    QStringList tmpfs = c.tmpfs;
    if (!tmpfs.contains(QStringLiteral("/tmp"))) {
        tmpfs.prepend(QStringLiteral("/tmp"));
    }
    compose << QStringLiteral("    tmpfs:");
    for (const QString& t : tmpfs) {
        run << QStringLiteral("--tmpfs") << t;
        compose << QStringLiteral("      - ") + yamlQuote(t);
    }

    // Limits: keep what is set, fill in the rest.
    const QString mem = c.memory && *c.memory > 0 ? humanBytes(*c.memory) : QString::fromLatin1(kMemory);
    const QString cpus =
        c.nanoCpus && *c.nanoCpus > 0 ? QString::number(double(*c.nanoCpus) / 1e9, 'g', 6) : QString::fromLatin1(kCpus);
    const qint64 pids = c.pidsLimit && *c.pidsLimit > 0 ? *c.pidsLimit : kPids;
    run << QStringLiteral("--memory") << mem << QStringLiteral("--memory-swap") << mem;
    run << QStringLiteral("--cpus") << cpus << QStringLiteral("--pids-limit") << QString::number(pids);
    compose << QStringLiteral("    mem_limit: ") + yamlQuote(mem);
    compose << QStringLiteral("    memswap_limit: ") + yamlQuote(mem);
    compose << QStringLiteral("    cpus: %1").arg(cpus);
    compose << QStringLiteral("    pids_limit: %1").arg(pids);
    for (const model::Ulimit& u : c.ulimits) {
        if (u.soft >= 0 && u.hard >= 0) {
            run << QStringLiteral("--ulimit") << QStringLiteral("%1=%2:%3").arg(u.name).arg(u.soft).arg(u.hard);
        }
    }

    // Restart: bounded retries.
    QString restart;
    if (c.restartPolicy.name == QLatin1String("always") || c.restartPolicy.name == QLatin1String("unless-stopped")) {
        restart = QStringLiteral("on-failure:5");
    } else if (c.restartPolicy.name == QLatin1String("on-failure")) {
        restart = QStringLiteral("on-failure:%1").arg(c.restartPolicy.maxRetries > 0 ? c.restartPolicy.maxRetries : 5);
    }
    if (!restart.isEmpty()) {
        run << QStringLiteral("--restart") << restart;
        compose << QStringLiteral("    restart: ") + yamlQuote(restart);
    }

    // Namespaces: never the host's; keep user-defined and "none" networks.
    const QString& net = c.networkMode;
    if (!net.isEmpty() && net != QLatin1String("default") && net != QLatin1String("bridge") &&
        net != QLatin1String("host")) {
        run << QStringLiteral("--network") << net;
        compose << QStringLiteral("    network_mode: ") + yamlQuote(net);
    }
    for (const auto& [mode, flag] : {std::pair{c.networkMode, "--network host"},
                                     std::pair{c.pidMode, "--pid host"},
                                     std::pair{c.ipcMode, "--ipc host"},
                                     std::pair{c.utsMode, "--uts host"},
                                     std::pair{c.usernsMode, "--userns host"}}) {
        if (mode == QLatin1String("host")) {
            h.removed << QString::fromLatin1(flag);
        }
    }

    // Devices: drop the dangerous ones.
    const QSet<int> badDevices = flaggedIndexes(findings, u"CTR-015", u"HostConfig.Devices[");
    QStringList devices;
    for (std::size_t i = 0; i < c.devices.size(); ++i) {
        const model::Device& d = c.devices[i];
        if (badDevices.contains(static_cast<int>(i))) {
            h.removed << QStringLiteral("device %1").arg(d.pathOnHost);
            continue;
        }
        devices << QStringLiteral("%1:%2:%3").arg(d.pathOnHost, d.pathInContainer, d.permissions);
    }
    if (!devices.isEmpty()) {
        compose << QStringLiteral("    devices:");
        for (const QString& d : devices) {
            run << QStringLiteral("--device") << d;
            compose << QStringLiteral("      - ") + yamlQuote(d);
        }
    }

    // Ports: bound to loopback; a reverse proxy publishes what must be public.
    QStringList ports;
    for (const model::PortBinding& p : c.ports) {
        if (!p.published) {
            continue;
        }
        const QString ip = allInterfaces(p.hostIp) ? QStringLiteral("127.0.0.1") : p.hostIp;
        const QString ipPart = ip.contains(u':') && !ip.startsWith(u'[') ? u'[' + ip + u']' : ip;
        const QString hostPort = p.hostPort > 0 ? QString::number(p.hostPort) : QString();
        ports << QStringLiteral("%1:%2:%3/%4").arg(ipPart, hostPort).arg(p.containerPort).arg(p.protocol);
    }
    ports.removeDuplicates();
    if (!ports.isEmpty()) {
        compose << QStringLiteral("    ports:");
        for (const QString& p : ports) {
            run << QStringLiteral("-p") << p;
            compose << QStringLiteral("      - ") + yamlQuote(p);
        }
    }

    // Mounts: runtime sockets and sensitive host paths go; secret files stay read-only; the rest is kept.
    const QSet<int> socketMounts = mountIndexes(findings, u"CTR-020");
    const QSet<int> sensitiveMounts = mountIndexes(findings, u"CTR-021");
    const QSet<int> secretMounts = mountIndexes(findings, u"CTR-022");
    QStringList volumes;
    for (std::size_t i = 0; i < c.mounts.size(); ++i) {
        const model::Mount& m = c.mounts[i];
        const int idx = static_cast<int>(i);
        if (socketMounts.contains(idx) || sensitiveMounts.contains(idx)) {
            h.removed
                << QStringLiteral("mount %1:%2 (mount only what is needed, read-only)").arg(m.source, m.destination);
            continue;
        }
        const bool ro = !m.rw || secretMounts.contains(idx);
        QString src;
        if (m.type == QLatin1String("volume")) {
            src = m.name;
        } else if (m.type == QLatin1String("bind")) {
            src = m.source;
        } else {
            continue; // tmpfs and npipe mounts are reproduced elsewhere or not applicable
        }
        if (src.isEmpty() || m.destination.isEmpty()) {
            continue;
        }
        volumes << QStringLiteral("%1:%2%3").arg(src, m.destination, ro ? QStringLiteral(":ro") : QString());
        if (secretMounts.contains(idx)) {
            h.removed
                << QStringLiteral("%1 stays read-only; move it to a Docker secret under /run/secrets").arg(m.source);
        }
    }

    // Environment: secret-looking values become Docker secrets (files under /run/secrets), never printed.
    QStringList envLines;
    QStringList secrets;
    QStringList secretVolumes; // relative to the current folder; the docker CLI wants absolute bind sources
    const QStringList imageEnv = image != nullptr ? image->config.env : QStringList();
    // Entries the secret detector flagged (SEC-* findings on "Config.Env[i]") are secrets whatever their name.
    QSet<int> detected;
    for (const model::Finding& f : findings) {
        if (f.ruleId.startsWith(u"SEC-") && f.location.field.startsWith(u"Config.Env[")) {
            bool ok = false;
            const int i = f.location.field.mid(11, f.location.field.indexOf(u']') - 11).toInt(&ok);
            if (ok) {
                detected.insert(i);
            }
        }
    }
    for (qsizetype envIndex = 0; envIndex < c.config.env.size(); ++envIndex) {
        const QString& kv = c.config.env[envIndex];
        if (imageEnv.contains(kv)) {
            continue; // inherited from the image
        }
        const qsizetype eq = kv.indexOf(u'=');
        const QString key = eq < 0 ? kv : kv.left(eq);
        const QString value = eq < 0 ? QString() : kv.mid(eq + 1);
        if (detected.contains(static_cast<int>(envIndex)) || looksSecretAssignment(key, value)) {
            const QString sn = secretName(key);
            secrets << sn;
            run << QStringLiteral("-e") << QStringLiteral("%1_FILE=/run/secrets/%2").arg(key, sn);
            secretVolumes << QStringLiteral("/secrets/%1:/run/secrets/%1:ro").arg(sn);
            envLines << QStringLiteral("      %1: %2")
                            .arg(yamlQuote(key + QStringLiteral("_FILE")),
                                 yamlQuote(QStringLiteral("/run/secrets/") + sn));
            h.removed << QStringLiteral("value of %1 (now a secret file ./secrets/%2)").arg(key, sn);
        } else {
            run << QStringLiteral("-e") << kv;
            envLines << QStringLiteral("      ") + yamlQuote(key) + QStringLiteral(": ") + yamlQuote(value);
        }
    }
    for (const QString& v : volumes) {
        run << QStringLiteral("-v") << v;
    }
    if (!volumes.isEmpty()) {
        compose << QStringLiteral("    volumes:");
        for (const QString& v : volumes) {
            compose << QStringLiteral("      - ") + yamlQuote(v);
        }
    }
    if (!envLines.isEmpty()) {
        compose << QStringLiteral("    environment:") << envLines;
    }
    if (!secrets.isEmpty()) {
        compose << QStringLiteral("    secrets:");
        for (const QString& s : secrets) {
            compose << QStringLiteral("      - ") + yamlQuote(s);
        }
    }

    // Entrypoint and command, only where they differ from the image's.
    QStringList args;
    const bool sameEntrypoint = image != nullptr && image->config.entrypoint == c.config.entrypoint;
    const bool sameCmd = image != nullptr && image->config.cmd == c.config.cmd && sameEntrypoint;
    if (!sameEntrypoint && !c.config.entrypoint.isEmpty()) {
        run << QStringLiteral("--entrypoint") << c.config.entrypoint.first();
        args << c.config.entrypoint.mid(1);
        compose << QStringLiteral("    entrypoint:");
        for (const QString& a : c.config.entrypoint) {
            compose << QStringLiteral("      - ") + yamlQuote(a);
        }
    }
    if (!sameCmd || !args.isEmpty()) {
        args << c.config.cmd;
    }
    if (!sameCmd && !c.config.cmd.isEmpty()) {
        compose << QStringLiteral("    command:");
        for (const QString& a : c.config.cmd) {
            compose << QStringLiteral("      - ") + yamlQuote(a);
        }
    }
    run << imageRef << args;
    // Every word is quoted; only the secret files' folder prefix is left to the shell ("$PWD"), so the command can
    // be pasted as is next to a ./secrets folder.
    QString words;
    for (qsizetype i = 0; i < run.size(); ++i) {
        if (i > 0) {
            words += u' ';
        }
        util::appendShellQuoted(words, run[i]);
        if (i == 2) {
            for (const QString& v : secretVolumes) {
                words += QLatin1String(" -v \"$PWD\"");
                util::appendShellQuoted(words, v);
            }
        }
    }

    if (!secrets.isEmpty()) {
        compose << QStringLiteral("secrets:");
        for (const QString& s : secrets) {
            compose << QStringLiteral("  %1:").arg(s)
                    << QStringLiteral("    file: ") + yamlQuote(QStringLiteral("./secrets/") + s);
        }
    }

    QStringList header;
    for (const QString& r : h.removed) {
        header << QStringLiteral("# removed: ") + commentSafe(r);
    }
    if (has(findings, u"CTR-040") || has(findings, u"CTR-042")) {
        header << QStringLiteral("# ports now bind to 127.0.0.1: publish public services through a reverse proxy");
    }
    h.runCommand = (header.isEmpty() ? QString() : header.join(u'\n') + u'\n') + words;
    h.composeService = (header.isEmpty() ? QString() : header.join(u'\n') + u'\n') + compose.text();
    return h;
}

} // namespace bulkhead::remediation
