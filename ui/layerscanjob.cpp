// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/layerscanjob.h"

#include "core/engine/dockerclient.h"
#include "core/rules/scan.h"
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
                         secrets::LayerCache* cache,
                         model::Image image)
{
    if (m_thread || imageId.isEmpty())
        return false;
    m_imageId = imageId;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    QPointer<LayerScanJob> self = this;
    auto cancel = m_cancel;
    m_thread = QThread::create([self, endpoint, imageId, imageName, cache, cancel, image = std::move(image)] {
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
        model::Findings ruleFindings;
        if (!r.cancelled && image.id == imageId)
            ruleFindings = layerRuleFindings(image, r);
        done([self, imageId, r, ruleFindings] { emit self->finished(imageId, r, ruleFindings); });
    });
    m_thread->setObjectName(QStringLiteral("bulkhead-layers"));
    m_thread->start();
    return true;
}

model::Findings LayerScanJob::layerRuleFindings(const model::Image& image, const secrets::LayerScanResult& result)
{
    // The same ContentScan app/cli/scanlayers.cpp builds; the layer findings themselves (SEC-*) are shown as they
    // are, so only the facts the image rules read go in.
    rules::ContentScan content;
    for (const secrets::SetuidFile& f : result.setuidFiles)
        content.setuidFiles.push_back({f.path, f.mode, f.layer});
    content.osRelease = result.osRelease;
    content.layers = result.layers;
    content.layersFromCache = result.layersFromCache;
    content.filesScanned = result.filesScanned;
    content.bytesRead = result.bytesRead;
    model::Inventory inventory;
    inventory.images.push_back(image);
    rules::ScanOptions options;
    options.onlyRules = {QStringLiteral("IMG-010")};
    options.imageContents.insert(image.id, std::move(content));
    model::Findings out;
    for (model::Finding& f : rules::scanInventory(inventory, options).findings) {
        if (f.targetId == image.id && f.ruleId == QLatin1String("IMG-010"))
            out.push_back(std::move(f));
    }
    return out;
}

void LayerScanJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace bulkhead::ui
