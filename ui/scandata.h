// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/inventory.h"
#include "core/rules/scan.h"

#include <QHash>
#include <QMetaType>

#include <memory>

namespace bulkhead::ui {

// One audited host as the views see it: what was collected, what was parsed, what the rules said. Built once on a
// worker thread, then shared read-only (std::shared_ptr<const ScanData>) so the GUI thread never copies or mutates.
struct ScanData
{
    model::RawInventory raw;
    model::Inventory inventory;
    rules::ScanResult result;
    bool demo = false;  // the bundled demo snapshot: the window says so
    QString sourceName; // snapshot file name or endpoint URL, for the title bar

    // Indexes, filled by index().
    QHash<QString, int> containerRow;                  // container id -> index in inventory.containers
    QHash<QString, std::vector<int>> findingsByTarget; // target id -> indexes into result.findings

    void index();
    const model::Container* container(const QString& id) const;
    const rules::ContainerResult* containerResult(const QString& id) const;
    const model::RawContainer* rawContainer(const QString& id) const;
    std::vector<const model::Finding*> findingsFor(const QString& targetId) const;
    // Findings about the daemon and the host (the "Host" view).
    std::vector<const model::Finding*> hostFindings() const;
};

using ScanDataPtr = std::shared_ptr<const ScanData>;

// Builds a ScanData from a raw inventory: parse, scan, index. Pure CPU work; call it on a worker thread.
ScanDataPtr buildScanData(model::RawInventory raw, const rules::ScanOptions& options, bool demo, QString sourceName);

// Short text helpers shared by the models.
QString publishedPorts(const model::Container& c);
QString effectiveUser(const model::Container& c);

} // namespace bulkhead::ui

Q_DECLARE_METATYPE(bulkhead::ui::ScanDataPtr)
