// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/scanlayers.h"

#include "core/secrets/daemonscan.h"
#include "core/util/textescape.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>

#include <unistd.h>

namespace bulkhead::cli {

namespace {

using nlohmann::json;

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("bulkhead::cli::Scan", text, nullptr, n);
}

std::string s(const QString& text)
{
    return text.toStdString();
}

json strings(const QStringList& list)
{
    json out = json::array();
    for (const QString& x : list) {
        out.push_back(s(x));
    }
    return out;
}

// One status line on stderr: rewritten in place on a terminal, one line per target otherwise (logs stay short).
class Progress
{
public:
    Progress() : m_tty(isatty(fileno(stderr)) != 0) {}
    ~Progress() { clear(); }

    void live(const QString& text)
    {
        if (!m_tty) {
            return;
        }
        const QByteArray line = util::terminalSafe(text).left(150).toUtf8();
        std::fprintf(stderr, "\r\033[K%s", line.constData());
        std::fflush(stderr);
        m_dirty = true;
    }
    void done(const QString& text)
    {
        clear();
        const QByteArray line = util::terminalSafe(text).toUtf8();
        std::fprintf(stderr, "bulkhead-cli: %s\n", line.constData());
        std::fflush(stderr);
    }

private:
    void clear()
    {
        if (m_dirty) {
            std::fputs("\r\033[K", stderr);
            m_dirty = false;
        }
    }
    bool m_tty;
    bool m_dirty = false;
};

QString mib(qint64 bytes)
{
    return QString::number(static_cast<double>(bytes) / (1 << 20), 'f', 1);
}

} // namespace

std::vector<model::CollectionIssue>
readLayersAndContainerFiles(const ConnectionOptions& connection, const model::Inventory& inv, rules::ScanOptions* out)
{
    std::vector<model::CollectionIssue> issues;
    const auto endpoint = resolveConnection(connection);
    if (!endpoint.ok()) {
        issues.push_back({QStringLiteral("--layers"), endpoint.error().text()});
        return issues;
    }
    engine::ClientOptions clientOpts = clientOptions(connection);
    clientOpts.readTimeoutMs = std::max(clientOpts.readTimeoutMs, 120000); // docker save pauses between layers
    engine::DockerClient client(*endpoint, clientOpts);
    if (const auto v = client.negotiate(); !v.ok()) {
        issues.push_back({QStringLiteral("--layers"), actionable(v.error(), &*endpoint).text()});
        return issues;
    }

    Progress progress;
    secrets::LayerCache cache(secrets::LayerCache::defaultFolder());
    const int images = static_cast<int>(inv.images.size());
    for (int i = 0; i < images; ++i) {
        const model::Image& img = inv.images[static_cast<std::size_t>(i)];
        const QString name = img.displayName();
        secrets::LayerScanOptions options;
        options.cache = &cache;
        options.progress = [&](const secrets::LayerProgress& p) {
            progress.live(tr("image %1/%2 %3: %4 layer(s), %5 MiB read")
                              .arg(i + 1)
                              .arg(images)
                              .arg(name)
                              .arg(p.layersDone)
                              .arg(mib(p.bytes)));
        };
        const auto result = secrets::scanImageLayers(client, img.id, options);
        rules::ContentScan c;
        if (!result.ok()) {
            const QString what = result.error().text();
            progress.done(tr("image %1/%2 %3: layers not read: %4").arg(i + 1).arg(images).arg(name, what));
            issues.push_back({QStringLiteral("GET /images/%1/get").arg(img.id), what});
            continue; // no entry: the layer rules stay silent instead of claiming "nothing found"
        }
        c.findings = result->findings;
        for (const secrets::SetuidFile& f : result->setuidFiles) {
            c.setuidFiles.push_back({f.path, f.mode, f.layer});
        }
        c.osRelease = result->osRelease;
        c.layers = result->layers;
        c.layersFromCache = result->layersFromCache;
        c.filesScanned = result->filesScanned;
        c.bytesRead = result->bytesRead;
        progress.done(tr("image %1/%2 %3: %4 layer(s) (%5 from cache), %6 MiB, %7 file(s) scanned, %8 finding(s)")
                          .arg(i + 1)
                          .arg(images)
                          .arg(name)
                          .arg(c.layers.size())
                          .arg(c.layersFromCache)
                          .arg(mib(c.bytesRead))
                          .arg(c.filesScanned)
                          .arg(c.findings.size()));
        out->imageContents.insert(img.id, std::move(c));
    }

    const int containers = static_cast<int>(inv.containers.size());
    for (int i = 0; i < containers; ++i) {
        const model::Container& ctr = inv.containers[static_cast<std::size_t>(i)];
        const QString name = ctr.name.isEmpty() ? ctr.id.left(12) : ctr.name;
        progress.live(tr("container %1/%2 %3: reading changed files").arg(i + 1).arg(containers).arg(name));
        secrets::ContainerScanOptions containerOptions;
        for (const model::Mount& m : ctr.mounts) {
            containerOptions.mountPoints << m.destination;
        }
        containerOptions.mountPoints << ctr.tmpfs;
        const auto result = secrets::scanContainerFiles(client, ctr.id, name, containerOptions);
        if (!result.ok()) {
            const QString what = result.error().text();
            progress.done(tr("container %1/%2 %3: files not read: %4").arg(i + 1).arg(containers).arg(name, what));
            issues.push_back({QStringLiteral("GET /containers/%1/changes").arg(ctr.id), what});
            continue;
        }
        rules::ContentScan c;
        c.findings = result->findings;
        c.filesScanned = result->pathsScanned.size();
        c.bytesRead = result->bytesRead;
        c.problems = result->skipped;
        progress.done(
            tr("container %1/%2 %3: %4 changed path(s) read, %5 finding(s)%6")
                .arg(i + 1)
                .arg(containers)
                .arg(name)
                .arg(c.filesScanned)
                .arg(c.findings.size())
                .arg(c.problems.isEmpty() ? QString() : tr(", %1 left out (caps or errors)").arg(c.problems.size())));
        out->containerContents.insert(ctr.id, std::move(c));
    }
    return issues;
}

void addContentsJson(nlohmann::json& doc,
                     const model::Inventory& inv,
                     const rules::ScanResult& scan,
                     const rules::ScanOptions& options,
                     const std::vector<model::CollectionIssue>& issues)
{
    if (doc.contains("issues") && doc["issues"].is_array()) {
        for (const model::CollectionIssue& i : issues) {
            doc["issues"].push_back({{"where", s(i.where)}, {"what", s(i.what)}});
        }
    }
    if (options.imageContents.isEmpty() && options.containerContents.isEmpty()) {
        return;
    }
    json images = json::array();
    for (const model::Image& img : inv.images) {
        const auto it = options.imageContents.constFind(img.id);
        if (it == options.imageContents.constEnd()) {
            continue;
        }
        json os = json::object();
        for (auto o = it->osRelease.cbegin(); o != it->osRelease.cend(); ++o) {
            os[s(o.key())] = s(o.value());
        }
        json setuid = json::array();
        for (const rules::SetuidFile& f : it->setuidFiles) {
            setuid.push_back({{"path", s(f.path)}, {"mode", s(QString::number(f.mode, 8))}, {"layer", s(f.layer)}});
        }
        images.push_back({{"id", s(img.id)},
                          {"name", s(img.displayName())},
                          {"osRelease", os},
                          {"layers", strings(it->layers)},
                          {"layersFromCache", it->layersFromCache},
                          {"filesScanned", it->filesScanned},
                          {"bytesRead", it->bytesRead},
                          {"setuidFiles", setuid}});
    }
    json containers = json::array();
    for (const model::Container& c : inv.containers) {
        const auto it = options.containerContents.constFind(c.id);
        if (it == options.containerContents.constEnd()) {
            continue;
        }
        containers.push_back({{"id", s(c.id)},
                              {"name", s(c.name)},
                              {"pathsScanned", it->filesScanned},
                              {"bytesRead", it->bytesRead},
                              {"problems", strings(it->problems)}});
    }
    doc["contents"] = {{"images", images}, {"containers", containers}};
    // The findings array is written in scan.findings order; each entry is checked against its finding all the same,
    // so a change of order elsewhere can leave "layer" out but never put it on the wrong finding.
    if (doc.contains("findings") && doc["findings"].is_array() && doc["findings"].size() == scan.findings.size()) {
        for (std::size_t i = 0; i < scan.findings.size(); ++i) {
            const model::Finding& f = scan.findings[i];
            json& entry = doc["findings"][i];
            if (!entry.is_object() || entry.value("ruleId", std::string()) != s(f.ruleId) ||
                entry.value("targetId", std::string()) != s(f.targetId) ||
                entry.value("message", std::string()) != s(f.message)) {
                continue;
            }
            entry["layer"] = f.location.layer.isEmpty() ? json(nullptr) : json(s(f.location.layer));
        }
    }
}

void printContents(QTextStream& out, const model::Inventory& inv, const rules::ScanOptions& options)
{
    if (options.imageContents.isEmpty() && options.containerContents.isEmpty()) {
        return;
    }
    out << '\n' << tr("Layers and container files read (--layers):\n");
    for (const model::Image& img : inv.images) {
        const auto it = options.imageContents.constFind(img.id);
        if (it == options.imageContents.constEnd()) {
            continue;
        }
        const QString os =
            it->osRelease.value(QStringLiteral("PRETTY_NAME"), it->osRelease.value(QStringLiteral("ID")));
        out << "  " << util::terminalSafe(img.displayName()) << ": "
            << tr("OS %1").arg(os.isEmpty() ? tr("unknown (no os-release)") : util::terminalSafe(os)) << "; "
            << tr("%1 layer(s), %2 from cache, %3 file(s) scanned, %4 setuid/setgid file(s)")
                   .arg(it->layers.size())
                   .arg(it->layersFromCache)
                   .arg(it->filesScanned)
                   .arg(it->setuidFiles.size())
            << '\n';
    }
    for (const model::Container& c : inv.containers) {
        const auto it = options.containerContents.constFind(c.id);
        if (it == options.containerContents.constEnd()) {
            continue;
        }
        out << "  " << util::terminalSafe(c.name.isEmpty() ? c.id.left(12) : c.name) << ": "
            << tr("%1 changed path(s) read, %2 MiB").arg(it->filesScanned).arg(mib(it->bytesRead));
        if (!it->problems.isEmpty()) {
            out << "; " << tr("left out: %1").arg(util::terminalSafe(it->problems.join(QStringLiteral("; "))));
        }
        out << '\n';
    }
}

} // namespace bulkhead::cli
