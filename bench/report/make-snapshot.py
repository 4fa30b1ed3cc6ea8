#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a synthetic Bulkhead snapshot of N containers for the report benchmark.

Containers are the rule fixtures of tests/fixtures/inspect (base.json plus each <RULE-ID>.json merge patch, RFC 7386)
cycled N times with unique ids and names, so the scan finds a realistic mix of findings; every tenth container also
carries the fixture secrets in its environment (the report must redact them).

    make-snapshot.py N OUT.json
"""
import copy
import glob
import json
import os
import sys

SRC = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def merge_patch(target, patch):
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    out = copy.deepcopy(target) if isinstance(target, dict) else {}
    for k, v in patch.items():
        if v is None:
            out.pop(k, None)
        else:
            out[k] = merge_patch(out.get(k), v)
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    n, out = int(sys.argv[1]), sys.argv[2]
    inspect_dir = os.path.join(SRC, "tests", "fixtures", "inspect")
    base = json.load(open(os.path.join(inspect_dir, "base.json")))
    patches = []
    for path in sorted(glob.glob(os.path.join(inspect_dir, "*.json"))):
        name = os.path.basename(path)
        if name == "base.json" or name.startswith("ok-"):
            continue
        patches.append(json.load(open(path)))
    secrets = []
    with open(os.path.join(SRC, "tests", "fixtures", "secrets", "fixture-secrets.env")) as f:
        secrets = [l.strip() for l in f if "=" in l and not l.startswith("#")]

    containers, images = [], {}
    for i in range(n):
        doc = merge_patch(base, patches[i % len(patches)])
        c = doc["container"]
        cid = "%064x" % (0xB0000000 + i)
        c["Id"] = cid
        c["Name"] = "/svc-%04d" % i
        if i % 10 == 0:
            c.setdefault("Config", {}).setdefault("Env", [])
            c["Config"]["Env"] = (c["Config"].get("Env") or []) + secrets
        img = doc.get("image") or {}
        img_id = img.get("Id") or c.get("Image")
        c["Image"] = img_id
        if img_id and img_id not in images:
            images[img_id] = {"id": img_id,
                              "summary": {"Id": img_id, "RepoTags": img.get("RepoTags") or []},
                              "inspect": img, "history": doc.get("history") or [], "inspectStatus": 200, "error": ""}
        state = c.get("State") or {}
        containers.append({"id": cid,
                           "summary": {"Id": cid, "Names": [c["Name"]], "Image": (c.get("Config") or {}).get("Image", ""),
                                       "State": state.get("Status", "running")},
                           "inspect": c, "top": doc.get("top") if state.get("Running") else None,
                           "inspectStatus": 200, "error": ""})

    snap = {"format": "bulkhead-snapshot", "version": 1,
            "meta": {"endpoint": base["endpoint"], "endpointSource": "bench", "collectedAt": "2026-11-29T06:00:00Z",
                     "collectedOn": "bench", "toolVersion": "0.1.0", "apiVersion": base["version"].get("ApiVersion", ""),
                     "engineVersion": base["version"].get("Version", ""), "local": True, "partial": False},
            "daemon": {"ping": {}, "version": base["version"], "info": base["info"], "networks": base["networks"]},
            "hostFacts": base.get("hostFacts"),
            "containers": containers, "images": list(images.values()), "issues": []}
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        json.dump(snap, f)


if __name__ == "__main__":
    main()
