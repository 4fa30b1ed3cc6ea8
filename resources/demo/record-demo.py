#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Records the bundled demo snapshot from a test daemon (tests/daemon/testd.sh), in Bulkhead's snapshot format
(core/engine/snapshot.h). Read-only: GET requests only. The preferred way is `bulkhead-cli snapshot -o FILE`; this
script exists so the demo can be refreshed without building the CLI.

usage: record-demo.py unix:///path/to/docker.sock demo-snapshot.json
"""
import datetime
import http.client
import json
import socket
import sys
import urllib.parse


class UnixConnection(http.client.HTTPConnection):
    def __init__(self, path):
        super().__init__("localhost", timeout=30)
        self.unix_path = path

    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(30)
        self.sock.connect(self.unix_path)


def get(conn, path):
    conn.request("GET", path)
    resp = conn.getresponse()
    body = resp.read()
    headers = {k.lower(): v for k, v in resp.getheaders()}
    return resp.status, headers, body


def main():
    url, out = sys.argv[1], sys.argv[2]
    sock = urllib.parse.urlparse(url).path
    conn = UnixConnection(sock)
    status, ping_headers, _ = get(conn, "/_ping")
    api = "1.41"
    prefix = "/v" + api

    def j(path):
        s, _, b = get(conn, prefix + path)
        return s, (json.loads(b) if b else None)

    _, version = j("/version")
    _, info = j("/info")
    _, networks = j("/networks")
    _, summaries = j("/containers/json?all=1")
    containers = []
    for s in summaries:
        cid = s["Id"]
        st, inspect = j("/containers/%s/json" % cid)
        top = None
        if inspect and inspect.get("State", {}).get("Running"):
            ts, top = j("/containers/%s/top" % cid)
            if ts != 200:
                top = None
        containers.append({"id": cid, "summary": s, "inspect": inspect if st == 200 else None, "top": top,
                           "inspectStatus": st, "error": ""})
    _, image_summaries = j("/images/json")
    images = []
    for s in image_summaries:
        iid = s["Id"]
        st, inspect = j("/images/%s/json" % iid)
        hs, history = j("/images/%s/history" % iid)
        images.append({"id": iid, "summary": s, "inspect": inspect if st == 200 else None,
                       "history": history if hs == 200 else None, "inspectStatus": st, "error": ""})
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    doc = {
        "format": "bulkhead-snapshot", "version": 1,
        "meta": {"endpoint": "unix:///var/run/docker.sock", "endpointSource": "demo (test daemon fixtures)",
                 "collectedAt": now, "collectedOn": "bulkhead-demo", "toolVersion": "demo",
                 "apiVersion": api, "engineVersion": version.get("Version"), "local": False, "partial": False},
        "daemon": {"ping": ping_headers, "version": version, "info": info, "networks": networks},
        "hostFacts": None,
        "containers": containers,
        "images": images,
        "issues": [],
    }
    with open(out, "w") as f:
        json.dump(doc, f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
