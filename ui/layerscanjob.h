// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/endpoint.h"
#include "core/model/finding.h"
#include "core/model/inventory.h"
#include "core/secrets/layerscan.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace bulkhead::ui {

// "Scan layers" for one image: streams GET /images/{id}/get through the core's layer scanner on its own thread (the
// daemon is only read), with progress and cancel; results come back on the GUI thread. One scan per job at a time.
class LayerScanJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayerScanJob)

public:
    explicit LayerScanJob(QObject* parent = nullptr);
    ~LayerScanJob() override; // cancels and waits

    // `cache` may be null; it must outlive the job. With `image` (the inventory's record of imageId) the rules that
    // read layers (IMG-010, setuid/setgid files) run on the result too, on the job's thread.
    bool start(const engine::Endpoint& endpoint,
               const QString& imageId,
               const QString& imageName,
               secrets::LayerCache* cache = nullptr,
               model::Image image = {});
    void cancel();
    // The findings of the rules that need an image's layers (IMG-010), as `bulkhead-cli scan --layers` reports them:
    // rules::scanInventory on this image with the layer scan as its content.
    static model::Findings layerRuleFindings(const model::Image& image, const secrets::LayerScanResult& result);
    bool running() const { return m_thread != nullptr; }
    QString imageId() const { return m_imageId; }

signals:
    // layersTotal is 0 while unknown (the archive lists its layers last).
    void progress(const QString& imageId, int layersDone, int layersTotal, qint64 bytes);
    // ruleFindings: layerRuleFindings() of the result (empty when start() had no image record).
    void finished(const QString& imageId,
                  const bulkhead::secrets::LayerScanResult& result,
                  const bulkhead::model::Findings& ruleFindings);
    void failed(const QString& imageId, const QString& message);

private:
    QThread* m_thread = nullptr;
    QString m_imageId;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace bulkhead::ui
