// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Layer and container-file scans driven through the Docker Engine API (GET only): the one part of bulkhead_secrets
// that needs the engine. The image tarball is streamed from GET /images/{name}/get into the archive reader through a
// small bounded buffer, so memory stays flat whatever the image size.

#include "core/engine/dockerclient.h"
#include "core/secrets/layerscan.h"

namespace bulkhead::secrets {

// Streams and scans one image's layers. `image` is an id or a reference ("nginx:1.25").
util::Result<LayerScanResult>
scanImageLayers(engine::DockerClient& client, const QString& image, const LayerScanOptions& options = {});

struct ContainerScanOptions
{
    qint64 maxTotalBytes = 256ll << 20; // across all archives fetched for one container
    int maxPaths = 2000;                // changed paths fetched at most
    // Where the container has mounts (Mounts[].Destination, tmpfs): what lies there is host or volume data, not the
    // container's own changes, and the archive endpoint would read through the mount (a host root mounted at /host
    // would be read whole). Changed paths at or under these are left alone. The container's own Mounts and Tmpfs
    // (GET /containers/{id}/json) are added to these by scanContainerFiles itself.
    QStringList mountPoints;
    LayerScanOptions layer; // per-file caps, cancel, progress
};

struct ContainerScanResult
{
    model::Findings findings; // TargetKind::Container
    QStringList pathsScanned;
    QStringList skipped; // paths left out (caps, errors), with the reason
    qint64 bytesRead = 0;
};

// Files the container added or changed (GET /containers/{id}/changes), fetched with GET /containers/{id}/archive;
// nothing at, under or above a mount point (GET /containers/{id}/json says where they are).
util::Result<ContainerScanResult> scanContainerFiles(engine::DockerClient& client,
                                                     const QString& containerId,
                                                     const QString& containerName,
                                                     const ContainerScanOptions& options = {});

} // namespace bulkhead::secrets
