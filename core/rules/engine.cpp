// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue and the scan: runs every selected rule over every target, applies the ignore file, then scores and
// remediates each container. Pure: no I/O.
#include "core/rules/rule.h"

#include "core/dockerfile/lint.h"
#include "core/remediation/hardening.h"
#include "core/risk/riskscore.h"
#include "core/secrets/detector.h"

#include <QRegularExpression>

#include <algorithm>

namespace bulkhead::rules {

// ---------------------------------------------------------------- helpers

model::Finding& Emitter::add(const QString& message, const QString& field, const QString& evidence)
{
    return add(m_info.severity, message, field, evidence);
}

model::Finding&
Emitter::add(model::Severity severity, const QString& message, const QString& field, const QString& evidence)
{
    model::Finding f;
    f.ruleId = QString::fromLatin1(m_info.id);
    f.severity = severity;
    f.category = m_info.category;
    f.targetKind = m_kind;
    f.targetId = m_targetId;
    f.targetName = m_targetName;
    f.message = message;
    f.evidence = evidence;
    f.location.field = field;
    m_out->push_back(std::move(f));
    ++m_count;
    return m_out->back();
}

QString jsonList(const QStringList& items)
{
    QString out = QStringLiteral("[");
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0) {
            out += QStringLiteral(", ");
        }
        QString s = items[i];
        s.replace(u'\\', QStringLiteral("\\\\"));
        s.replace(u'"', QStringLiteral("\\\""));
        out += u'"' + s + u'"';
    }
    return out + u']';
}

bool isRootUser(const QString& user)
{
    const QString u = user.trimmed().section(u':', 0, 0);
    return u.isEmpty() || u == QLatin1String("0") || u == QLatin1String("root");
}

bool daemonRemapsUsers(const model::Inventory& inv)
{
    return inv.daemon.hasSecurityOption(u"userns");
}

// ---------------------------------------------------------------- catalogue

std::span<const Rule> inventoryRules()
{
    // Explicit registration: one line per family.
    static const std::vector<Rule> kAll = [] {
        std::vector<Rule> v;
        for (auto family : {privilegeRules, mountRules, limitRules, networkRules, imageRules, daemonRules, hostRules}) {
            const std::span<const Rule> rules = family();
            v.insert(v.end(), rules.begin(), rules.end());
        }
        std::sort(v.begin(), v.end(), [](const Rule& a, const Rule& b) { return qstrcmp(a.info.id, b.info.id) < 0; });
        return v;
    }();
    return kAll;
}

std::span<const model::RuleInfo> catalogue()
{
    static const std::vector<model::RuleInfo> kAll = [] {
        std::vector<model::RuleInfo> v;
        for (const Rule& r : inventoryRules()) {
            v.push_back(r.info);
        }
        // The families that live in their own libraries, one line each.
        for (const auto& family : {dockerfile::dockerfileRules(), secrets::secretRules()}) {
            v.insert(v.end(), family.begin(), family.end());
        }
        std::sort(v.begin(), v.end(), [](const model::RuleInfo& a, const model::RuleInfo& b) {
            return qstrcmp(a.id, b.id) < 0;
        });
        return v;
    }();
    return kAll;
}

const model::RuleInfo* findRule(QStringView id)
{
    for (const model::RuleInfo& r : catalogue()) {
        if (id.compare(QLatin1String(r.id), Qt::CaseInsensitive) == 0) {
            return &r;
        }
    }
    return nullptr;
}

// ---------------------------------------------------------------- ignore file

IgnoreFile parseIgnoreFile(const QByteArray& text)
{
    IgnoreFile out;
    static const QRegularExpression kDate(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    static const QRegularExpression kRule(QStringLiteral(R"(^(\*|[A-Za-z]{2,8}-[0-9*]{1,4}|[A-Za-z]{2,8}-\*)$)"));
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const int lineNo = static_cast<int>(n + 1);
        const QString line = QString::fromUtf8(lines[n]).trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        if (line.size() > 4096) {
            out.errors << QStringLiteral("line %1: longer than 4096 characters").arg(lineNo);
            continue;
        }
        QStringList words = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (words.size() < 3) {
            out.errors << QStringLiteral("line %1: expected RULE TARGET [YYYY-MM-DD] REASON").arg(lineNo);
            continue;
        }
        IgnoreEntry e;
        e.line = lineNo;
        e.ruleId = words.takeFirst().toUpper();
        e.target = words.takeFirst();
        if (!kRule.match(e.ruleId).hasMatch()) {
            out.errors << QStringLiteral("line %1: \"%2\" is not a rule id").arg(lineNo).arg(e.ruleId);
            continue;
        }
        if (kDate.match(words.first()).hasMatch()) {
            const QDate d = QDate::fromString(words.takeFirst(), Qt::ISODate);
            if (!d.isValid()) {
                out.errors << QStringLiteral("line %1: invalid expiry date").arg(lineNo);
                continue;
            }
            e.expires = d;
        }
        if (words.isEmpty()) {
            out.errors << QStringLiteral("line %1: a reason is required for an accepted risk").arg(lineNo);
            continue;
        }
        e.reason = words.join(u' ');
        out.entries.push_back(e);
    }
    return out;
}

namespace {

// "*" matches anything (slashes included: image names have them), "?" one character; anchored.
QRegularExpression globRegex(const QString& glob)
{
    QString re;
    for (QChar c : glob) {
        if (c == u'*') {
            re += QStringLiteral(".*");
        } else if (c == u'?') {
            re += u'.';
        } else {
            re += QRegularExpression::escape(QString(c));
        }
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(re), QRegularExpression::CaseInsensitiveOption);
}

} // namespace

QStringList applyIgnores(model::Findings& findings, const std::vector<IgnoreEntry>& ignores, QDate today)
{
    QStringList expired;
    struct Live
    {
        const IgnoreEntry* entry;
        QRegularExpression rule;
        QRegularExpression target;
    };
    std::vector<Live> live;
    for (const IgnoreEntry& e : ignores) {
        if (e.expires && *e.expires < today) {
            // Expired entries stop suppressing and are reported so someone re-decides.
            expired << QStringLiteral("line %1: %2 %3 expired on %4 (%5)")
                           .arg(e.line)
                           .arg(e.ruleId, e.target, e.expires->toString(Qt::ISODate), e.reason);
            continue;
        }
        live.push_back({&e, globRegex(e.ruleId), globRegex(e.target)});
    }
    if (live.empty()) {
        return expired;
    }
    for (model::Finding& f : findings) {
        for (const Live& l : live) {
            if (!l.rule.match(f.ruleId).hasMatch()) {
                continue;
            }
            const bool targetHit = l.target.match(f.targetName).hasMatch() || l.target.match(f.targetId).hasMatch() ||
                                   (!l.entry->target.isEmpty() && f.targetId.startsWith(l.entry->target));
            if (targetHit) {
                f.suppressed = true;
                f.suppressionReason = l.entry->reason;
                break;
            }
        }
    }
    return expired;
}

// ---------------------------------------------------------------- scan

namespace {

bool selected(const ScanOptions& o, const char* id)
{
    if (o.onlyRules.isEmpty()) {
        return true;
    }
    const QString rid = QString::fromLatin1(id);
    for (const QString& want : o.onlyRules) {
        if (want.compare(rid, Qt::CaseInsensitive) == 0 ||
            (want.endsWith(u'*') && rid.startsWith(want.chopped(1), Qt::CaseInsensitive)) ||
            (want.size() == 3 && rid.startsWith(want + u'-', Qt::CaseInsensitive))) {
            return true;
        }
    }
    return false;
}

// Secrets in what the Engine shows in the clear: container and image environment, image labels and build history.
// The detector (core/secrets) owns the SEC rules; its findings carry redacted values only.
class SecretScan
{
public:
    SecretScan(const ScanOptions& o, model::Findings* out) : m_options(o), m_out(out) {}

    void text(const QString& text, model::TargetKind kind, const QString& id, const QString& name, const QString& field)
    {
        secrets::ScanContext ctx;
        ctx.targetKind = kind;
        ctx.targetId = id;
        ctx.targetName = name;
        ctx.location.field = field;
        ctx.countLines = false;
        const QByteArray utf8 = text.toUtf8();
        for (model::Finding& f : secrets::scanText(std::string_view(utf8.constData(), std::size_t(utf8.size())), ctx)) {
            if (selected(m_options, f.ruleId.toLatin1().constData())) {
                m_out->push_back(std::move(f));
            }
        }
    }

    void container(const model::Container& c, const model::Image* image, const QString& name)
    {
        for (qsizetype i = 0; i < c.config.env.size(); ++i) {
            // Values the image sets are reported once, on the image.
            if (image != nullptr && image->config.env.contains(c.config.env[i])) {
                continue;
            }
            text(c.config.env[i], model::TargetKind::Container, c.id, name, QStringLiteral("Config.Env[%1]").arg(i));
        }
    }

    // Findings the front end read from files (layers, a container's changed files): labelled with this inventory's
    // target names and filtered by the rule selection.
    void
    files(const QHash<QString, ContentScan>& contents, model::TargetKind kind, const QString& id, const QString& name)
    {
        const auto it = contents.constFind(id);
        if (it == contents.constEnd()) {
            return;
        }
        for (model::Finding f : it->findings) {
            if (selected(m_options, f.ruleId.toLatin1().constData())) {
                f.targetKind = kind;
                f.targetId = id;
                f.targetName = name;
                m_out->push_back(std::move(f));
            }
        }
    }

    void image(const model::Image& img)
    {
        const QString name = img.displayName();
        for (qsizetype i = 0; i < img.config.env.size(); ++i) {
            text(img.config.env[i], model::TargetKind::Image, img.id, name, QStringLiteral("Config.Env[%1]").arg(i));
        }
        for (auto it = img.config.labels.cbegin(); it != img.config.labels.cend(); ++it) {
            text(it.key() + u'=' + it.value(),
                 model::TargetKind::Image,
                 img.id,
                 name,
                 QStringLiteral("Config.Labels[%1]").arg(it.key()));
        }
        for (std::size_t i = 0; i < img.history.size(); ++i) {
            text(img.history[i].createdBy,
                 model::TargetKind::Image,
                 img.id,
                 name,
                 QStringLiteral("History[%1].CreatedBy").arg(i));
        }
    }

private:
    const ScanOptions& m_options;
    model::Findings* m_out;
};

bool anySecretRuleSelected(const ScanOptions& o)
{
    for (const model::RuleInfo& r : secrets::secretRules()) {
        if (selected(o, r.id)) {
            return true;
        }
    }
    return false;
}

} // namespace

ScanResult scanInventory(const model::Inventory& inventory, const ScanOptions& options)
{
    ScanResult res;
    std::vector<const Rule*> containerRules;
    std::vector<const Rule*> imageRulesRun;
    std::vector<const Rule*> hostRulesRun;
    for (const Rule& r : inventoryRules()) {
        if (!selected(options, r.info.id)) {
            continue;
        }
        res.rulesRun << QString::fromLatin1(r.info.id);
        if (r.container != nullptr) {
            containerRules.push_back(&r);
        }
        if (r.image != nullptr) {
            imageRulesRun.push_back(&r);
        }
        if (r.host != nullptr) {
            hostRulesRun.push_back(&r);
        }
    }

    const bool scanSecrets = anySecretRuleSelected(options);
    if (scanSecrets) {
        for (const model::RuleInfo& r : secrets::secretRules()) {
            if (selected(options, r.id)) {
                res.rulesRun << QString::fromLatin1(r.id);
            }
        }
    }
    SecretScan secretScan(options, &res.findings);

    // Containers first, each one's findings contiguous, so score and remediation get their own slice.
    std::vector<std::pair<std::size_t, std::size_t>> ranges;
    ranges.reserve(inventory.containers.size());
    res.findings.reserve(inventory.containers.size() * 8);
    for (const model::Container& c : inventory.containers) {
        const std::size_t begin = res.findings.size();
        Context ctx{inventory, options, inventory.imageById(c.imageId)};
        const QString name = c.name.isEmpty() ? c.id.left(12) : c.name;
        for (const Rule* r : containerRules) {
            Emitter e(r->info, model::TargetKind::Container, c.id, name, &res.findings);
            r->container(ctx, c, e);
        }
        if (scanSecrets) {
            secretScan.container(c, ctx.image, name);
            secretScan.files(options.containerContents, model::TargetKind::Container, c.id, name);
        }
        ranges.emplace_back(begin, res.findings.size());
    }
    for (const model::Image& img : inventory.images) {
        Context ctx{inventory, options, &img};
        for (const Rule* r : imageRulesRun) {
            Emitter e(r->info, model::TargetKind::Image, img.id, img.displayName(), &res.findings);
            r->image(ctx, img, e);
        }
        if (scanSecrets) {
            secretScan.image(img);
            secretScan.files(options.imageContents, model::TargetKind::Image, img.id, img.displayName());
        }
    }
    const std::size_t hostBegin = res.findings.size();
    {
        Context ctx{inventory, options, nullptr};
        const QString daemonName = inventory.daemon.name.isEmpty() ? inventory.endpoint : inventory.daemon.name;
        for (const Rule* r : hostRulesRun) {
            const bool hostKind = r->info.target == model::TargetKind::Host;
            Emitter e(r->info,
                      r->info.target,
                      hostKind ? QStringLiteral("host") : QStringLiteral("daemon"),
                      daemonName,
                      &res.findings);
            r->host(ctx, e);
        }
    }

    res.expiredIgnores = applyIgnores(res.findings, options.ignores, options.today);

    const std::span<const model::Finding> all(res.findings);
    res.containers.reserve(inventory.containers.size());
    for (std::size_t i = 0; i < inventory.containers.size(); ++i) {
        const model::Container& c = inventory.containers[i];
        const std::span<const model::Finding> mine = all.subspan(ranges[i].first, ranges[i].second - ranges[i].first);
        ContainerResult cr;
        cr.containerId = c.id;
        cr.risk = risk::containerRisk(c, mine);
        const remediation::Hardened h = remediation::hardenContainer(c, inventory.imageById(c.imageId), mine);
        cr.hardenedRun = h.runCommand;
        cr.composeSnippet = h.composeService;
        res.containers.push_back(std::move(cr));
    }
    res.hostPosture = risk::hostRisk(all.subspan(hostBegin));
    return res;
}

} // namespace bulkhead::rules
