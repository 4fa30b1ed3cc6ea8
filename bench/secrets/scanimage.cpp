// SPDX-License-Identifier: GPL-3.0-or-later
// Minimal driver for bench/secrets/layers.sh when bulkhead-cli is not built: streams one image's layers from the
// daemon at DOCKER_HOST through secrets::scanImageLayers and prints bytes, layers, findings and time.
#include "core/engine/dockerclient.h"
#include "core/engine/endpoint.h"
#include "core/secrets/daemonscan.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: scanimage IMAGE (DOCKER_HOST selects the daemon)\n");
        return 2;
    }
    const auto endpoint = bulkhead::engine::parseEndpointUrl(qEnvironmentVariable("DOCKER_HOST"));
    if (!endpoint.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(endpoint.error().text()));
        return 2;
    }
    bulkhead::engine::DockerClient client(endpoint.value());
    if (!client.negotiate().ok()) {
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    const auto r = bulkhead::secrets::scanImageLayers(client, QString::fromLocal8Bit(argv[1]));
    if (!r.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().text()));
        return 2;
    }
    std::printf("%lld bytes, %lld layers, %lld files scanned, %zu findings, %.2f s\n",
                static_cast<long long>(r->bytesRead),
                static_cast<long long>(r->layers.size()),
                static_cast<long long>(r->filesScanned),
                r->findings.size(),
                static_cast<double>(timer.nsecsElapsed()) / 1e9);
    return 0;
}
