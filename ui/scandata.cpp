// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scandata.h"

#include "core/model/parse.h"

#include <QCoreApplication>

namespace bulkhead::ui {

void ScanData::index()
{
    containerRow.clear();
    findingsByTarget.clear();
    for (int i = 0; i < int(inventory.containers.size()); ++i)
        containerRow.insert(inventory.containers[size_t(i)].id, i);
    for (int i = 0; i < int(result.findings.size()); ++i)
        findingsByTarget[result.findings[size_t(i)].targetId].push_back(i);
}

const model::Container* ScanData::container(const QString& id) const
{
    const auto it = containerRow.constFind(id);
    return it == containerRow.cend() ? nullptr : &inventory.containers[size_t(*it)];
}

const rules::ContainerResult* ScanData::containerResult(const QString& id) const
{
    // scanInventory() keeps inventory order, but match by id so a short result list can never mislabel a row.
    const auto it = containerRow.constFind(id);
    if (it != containerRow.cend() && size_t(*it) < result.containers.size() &&
        result.containers[size_t(*it)].containerId == id)
        return &result.containers[size_t(*it)];
    for (const auto& r : result.containers) {
        if (r.containerId == id)
            return &r;
    }
    return nullptr;
}

const model::RawContainer* ScanData::rawContainer(const QString& id) const
{
    for (const auto& r : raw.containers) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

std::vector<const model::Finding*> ScanData::findingsFor(const QString& targetId) const
{
    std::vector<const model::Finding*> out;
    const auto it = findingsByTarget.constFind(targetId);
    if (it == findingsByTarget.cend())
        return out;
    out.reserve(it->size());
    for (int i : *it)
        out.push_back(&result.findings[size_t(i)]);
    return out;
}

std::vector<const model::Finding*> ScanData::hostFindings() const
{
    std::vector<const model::Finding*> out;
    for (const auto& f : result.findings) {
        if (f.targetKind == model::TargetKind::Daemon || f.targetKind == model::TargetKind::Host)
            out.push_back(&f);
    }
    return out;
}

ScanDataPtr buildScanData(model::RawInventory raw, const rules::ScanOptions& options, bool demo, QString sourceName)
{
    auto data = std::make_shared<ScanData>();
    data->inventory = model::parseInventory(raw);
    data->result = rules::scanInventory(data->inventory, options);
    data->raw = std::move(raw);
    data->demo = demo;
    data->sourceName = std::move(sourceName);
    data->index();
    return data;
}

QString publishedPorts(const model::Container& c)
{
    QStringList parts;
    for (const auto& p : c.ports) {
        if (!p.published)
            continue;
        const QString ip = p.hostIp.isEmpty() ? QStringLiteral("0.0.0.0") : p.hostIp;
        const QString host = ip.contains(u':') ? u'[' + ip + u']' : ip;
        parts << QStringLiteral("%1:%2->%3/%4").arg(host).arg(p.hostPort).arg(p.containerPort).arg(p.protocol);
    }
    return parts.join(QStringLiteral(", "));
}

QString effectiveUser(const model::Container& c)
{
    if (!c.config.user)
        return QCoreApplication::translate("bulkhead::ui::ScanData", "unknown");
    if (c.config.user->isEmpty())
        return QCoreApplication::translate("bulkhead::ui::ScanData", "root (default)");
    return *c.config.user;
}

} // namespace bulkhead::ui
