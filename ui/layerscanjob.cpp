// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/layerscanjob.h"

#include "core/engine/dockerclient.h"
#include "core/secrets/daemonscan.h"

#include <QElapsedTimer>
#include <QPointer>

namespace bulkhead::ui {

LayerScanJob::LayerScanJob(QObject* parent) : QObject(parent) {}

LayerScanJob::~LayerScanJob()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

bool LayerScanJob::start(const engine::Endpoint& endpoint,
                         const QString& imageId,
                         const QString& imageName,
                         secrets::LayerCache* cache)
{
    if (m_thread || imageId.isEmpty())
        return false;
    m_imageId = imageId;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    QPointer<LayerScanJob> self = this;
    auto cancel = m_cancel;
    m_thread = QThread::create([self, endpoint, imageId, imageName, cache, cancel] {
        auto done = [self](auto&& deliver) {
            QMetaObject::invokeMethod(
                self,
                [self, deliver] {
                    if (self->m_thread) {
                        self->m_thread->wait();
                        self->m_thread->deleteLater();
                        self->m_thread = nullptr;
                    }
                    deliver();
                },
                Qt::QueuedConnection);
        };
        engine::ClientOptions clientOptions;
        clientOptions.cancel = cancel.get();
        engine::DockerClient client(endpoint, clientOptions);
        if (auto n = client.negotiate(); !n) {
            const QString message = cancel->load() ? tr("Layer scan cancelled.") : n.error().text();
            done([self, imageId, message] { emit self->failed(imageId, message); });
            return;
        }
        secrets::LayerScanOptions options;
        options.cancel = cancel.get();
        options.cache = cache;
        auto throttle = std::make_shared<QElapsedTimer>();
        throttle->start();
        options.progress = [self, imageId, throttle](const secrets::LayerProgress& p) {
            // At most ~20 updates a second reach the GUI thread.
            if (throttle->elapsed() < 50 && p.layersDone != p.layersTotal)
                return;
            throttle->restart();
            QMetaObject::invokeMethod(
                self,
                [self, imageId, p] { emit self->progress(imageId, p.layersDone, p.layersTotal, p.bytes); },
                Qt::QueuedConnection);
        };
        auto result = secrets::scanImageLayers(client, imageId, options);
        if (!result) {
            const QString message = cancel->load() ? tr("Layer scan cancelled.") : result.error().text();
            done([self, imageId, message] { emit self->failed(imageId, message); });
            return;
        }
        secrets::LayerScanResult r = std::move(result.value());
        if (cancel->load())
            r.cancelled = true;
        done([self, imageId, r] { emit self->finished(imageId, r); });
    });
    m_thread->setObjectName(QStringLiteral("bulkhead-layers"));
    m_thread->start();
    return true;
}

void LayerScanJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace bulkhead::ui
