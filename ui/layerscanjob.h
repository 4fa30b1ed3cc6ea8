// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/endpoint.h"
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

    // `cache` may be null; it must outlive the job.
    bool start(const engine::Endpoint& endpoint,
               const QString& imageId,
               const QString& imageName,
               secrets::LayerCache* cache = nullptr);
    void cancel();
    bool running() const { return m_thread != nullptr; }
    QString imageId() const { return m_imageId; }

signals:
    // layersTotal is 0 while unknown (the archive lists its layers last).
    void progress(const QString& imageId, int layersDone, int layersTotal, qint64 bytes);
    void finished(const QString& imageId, const bulkhead::secrets::LayerScanResult& result);
    void failed(const QString& imageId, const QString& message);

private:
    QThread* m_thread = nullptr;
    QString m_imageId;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace bulkhead::ui
