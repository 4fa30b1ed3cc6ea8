#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a Bulkhead snapshot with N containers built from the rule fixtures in tests/fixtures/inspect.

Each container is base.json's container with one fixture patch applied (cycling through every CTR-*.json and
ok-*.json), so the scan meets every container rule in realistic proportions. Images: the base image plus one per
IMG-*.json patch. Usage: gensnapshot.py N OUT.json
"""
import copy
import glob
import json
import os
import sys


def merge_patch(target, patch):
    """RFC 7386 JSON merge patch."""
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    if not isinstance(target, dict):
        target = {}
    out = dict(target)
    for k, v in patch.items():
        if v is None:
            out.pop(k, None)
        else:
            out[k] = merge_patch(out.get(k), v)
    return out


def main():
    n = int(sys.argv[1])
    out_path = sys.argv[2]
    here = os.path.dirname(os.path.abspath(__file__))
    fixtures = os.path.join(here, "..", "..", "tests", "fixtures", "inspect")
    base = json.load(open(os.path.join(fixtures, "base.json")))
    patches = []
    for path in sorted(glob.glob(os.path.join(fixtures, "CTR-*.json")) + glob.glob(os.path.join(fixtures, "ok-*.json"))):
        doc = merge_patch(base, json.load(open(path)))
        patches.append(doc)
    images = [{"id": base["image"]["Id"], "summary": {}, "inspect": base["image"], "history": base["history"],
               "inspectStatus": 200, "error": ""}]
    for i, path in enumerate(sorted(glob.glob(os.path.join(fixtures, "IMG-*.json")))):
        doc = merge_patch(base, json.load(open(path)))
        img = doc["image"]
        img["Id"] = "sha256:%064x" % (0xabc000 + i)
        images.append({"id": img["Id"], "summary": {}, "inspect": img, "history": doc["history"],
                       "inspectStatus": 200, "error": ""})
    containers = []
    for i in range(n):
        doc = patches[i % len(patches)]
        inspect = copy.deepcopy(doc["container"])
        inspect["Id"] = "%064x" % (i + 1)
        inspect["Name"] = "/bench-%05d" % i
        inspect["Image"] = images[i % len(images)]["id"]
        running = i % 5 != 0
        inspect["State"] = {"Status": "running" if running else "created", "Running": running}
        containers.append({"id": inspect["Id"], "summary": {"Id": inspect["Id"], "Names": [inspect["Name"]]},
                           "inspect": inspect, "top": doc["top"] if running else None, "inspectStatus": 200,
                           "error": ""})
    snapshot = {
        "format": "bulkhead-snapshot", "version": 1,
        "meta": {"endpoint": base["endpoint"], "endpointSource": "bench", "collectedAt": "2026-11-29T00:00:00Z",
                 "collectedOn": "bench", "toolVersion": "bench", "apiVersion": "1.41", "engineVersion": "29.1.0",
                 "local": True, "partial": False},
        "daemon": {"ping": {}, "version": base["version"], "info": base["info"], "networks": base["networks"]},
        "hostFacts": base["hostFacts"],
        "containers": containers,
        "images": images,
        "issues": [],
    }
    with open(out_path, "w") as f:
        json.dump(snapshot, f)
    os.chmod(out_path, 0o600)


if __name__ == "__main__":
    main()
