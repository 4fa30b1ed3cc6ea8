#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds a large snapshot for the GUI benchmark by repeating the containers of a recorded one (the bundled demo)
with fresh ids and names, so every copy is a distinct container with the same realistic payloads.

usage: make-snapshot.py SOURCE.json COUNT OUT.json
"""
import hashlib
import json
import sys


def main():
    source, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(source) as f:
        doc = json.load(f)
    base = doc["containers"]
    copies = []
    for i in range(count):
        tpl = base[i % len(base)]
        cid = hashlib.sha256(("bench-%d" % i).encode()).hexdigest()
        c = json.loads(json.dumps(tpl))
        c["id"] = cid
        name = "bench-%04d-%s" % (i, (tpl.get("inspect") or {}).get("Name", "/x").lstrip("/"))
        if isinstance(c.get("inspect"), dict):
            c["inspect"]["Id"] = cid
            c["inspect"]["Name"] = "/" + name
        if isinstance(c.get("summary"), dict):
            c["summary"]["Id"] = cid
            c["summary"]["Names"] = ["/" + name]
        copies.append(c)
    doc["containers"] = copies
    with open(out, "w") as f:
        json.dump(doc, f, separators=(",", ":"))


if __name__ == "__main__":
    main()
