// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Collects the raw inventory of one Docker host: the daemon (/_ping, /version, /info, /networks), every container
// (list, inspect, /top for running ones) and every image (list, inspect, /history). Requests run concurrently over a
// small pool of connections, each worker thread with its own DockerClient. Only GET requests are sent.

#include "core/engine/dockerclient.h"
#include "core/engine/endpoint.h"
#include "core/model/inventory.h"
#include "core/util/result.h"

#include <QString>

#include <atomic>
#include <functional>

namespace bulkhead::engine {

struct CollectProgress
{
    int done = 0;  // requests finished
    int total = 0; // requests known so far (grows once the lists are in)
    QString phase; // "daemon", "containers", "images", "host"
};

struct CollectOptions
{
    int connections = 4;        // worker threads, one connection each
    ClientOptions client;       // time-outs and body cap for every connection; its `cancel` is replaced by ours
    bool hostFacts = true;      // read local host facts when the endpoint is a unix socket on this machine
    bool top = true;            // GET /containers/{id}/top for running containers
    bool history = true;        // GET /images/{id}/history
    int maxItems = 50000;       // containers / images inspected at most: a hostile list cannot make us send millions
    int maxTransportErrors = 8; // consecutive transport failures after which the daemon is taken as gone
    const std::atomic_bool* cancel = nullptr;
    // Called from worker threads (one at a time); keep it cheap and thread-safe (the GUI posts a queued signal).
    std::function<void(const CollectProgress&)> progress;
    QString toolVersion; // stored in the inventory; empty: QCoreApplication::applicationVersion()
};

// Connects and collects. An Error only when nothing could be read (cannot connect, negotiation failed). Anything
// that fails later is recorded in RawInventory::issues; `partial` is set when data is missing (cancelled, connection
// lost, a list or daemon request failed). A container or image that vanished between list and inspect (404) is an
// issue but not partial.
util::Result<model::RawInventory> collectInventory(const Endpoint& endpoint, const CollectOptions& options = {});

} // namespace bulkhead::engine
