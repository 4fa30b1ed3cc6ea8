#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Lint benchmark: bulkhead-cli lint against npm dockerfilelint on the same corpus, in the same run.

usage: run.py [--cli PATH] [--baseline-cli PATH] [--count N] [--repeat R] [--corpus DIR]

Each tool lints every file of the corpus in one process (both accept many paths; bulkhead-cli lint is
single-threaded). Three file sets are timed: the whole corpus (N files), every other file of it (N/2) and one
tiny Dockerfile (start-up). The runs are interleaved (every tool once per round, R rounds), so a busy machine
slows all tools alike; for each tool and set the lowest CPU time (user + system, wait4 rusage) and the lowest
wall time of the R runs are kept, with the peak RSS of the lowest-CPU run.

Whole run:  files / time of the N-file run (includes start-up: node ~150 ms, bulkhead-cli ~10 ms).
Marginal:   (time(N) - time(N/2)) / (N - N/2), the cost of one more file once the process runs.

--baseline-cli PATH adds an older bulkhead-cli build to the same rounds (before/after figures).
Setup once: (cd bench/lint && npm install --no-save dockerfilelint)   # node_modules is git-ignored
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def run_once(cmd):
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    return os.waitstatus_to_exitcode(status), wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.path.join(HERE, "..", "..", "build", "app", "bulkhead-cli"))
    ap.add_argument("--baseline-cli", help="an older bulkhead-cli to time in the same rounds")
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--corpus")
    args = ap.parse_args()

    tmp = tempfile.TemporaryDirectory(prefix="bulkhead-lint-corpus-")
    corpus = args.corpus
    if not corpus:
        corpus = os.path.join(tmp.name, "corpus")
        subprocess.run([sys.executable, os.path.join(HERE, "gen_corpus.py"), corpus, str(args.count)], check=True)
    files = sorted(os.path.join(corpus, f) for f in os.listdir(corpus) if f.endswith("Dockerfile"))
    # dockerfilelint 1.8 throws (TypeError in is_valid_healthcheck) on a HEALTHCHECK without options and stops
    # linting the remaining files; both tools get the same files without those so the comparison is fair.
    bad = re.compile(r"^\s*HEALTHCHECK\s+(?!--)", re.IGNORECASE | re.MULTILINE)
    skipped = [f for f in files if bad.search(open(f, errors="replace").read())]
    files = [f for f in files if f not in skipped]
    half = files[::2]
    tiny = os.path.join(tmp.name, "tiny.Dockerfile")
    with open(tiny, "w") as f:
        f.write("FROM alpine:3.19\nUSER 10001\n")
    sets = {"all": files, "half": half, "tiny": [tiny]}

    peer = os.path.join(HERE, "node_modules", ".bin", "dockerfilelint")
    if not os.path.exists(peer):
        sys.exit("dockerfilelint not installed: cd bench/lint && npm install --no-save dockerfilelint")
    tools = []
    for name, path in (("bulkhead-cli", args.cli), ("baseline", args.baseline_cli)):
        if not path:
            continue
        cli = os.path.abspath(path)
        if not os.path.exists(cli):
            sys.exit("bulkhead-cli not found at %s" % cli)
        tools.append(("%s lint --format json" % name, [cli, "lint", "--fail-on", "none", "--format", "json"]))
        tools.append(("%s lint (tty)" % name, [cli, "lint", "--fail-on", "none"]))
    tools.append(("dockerfilelint -j (npm)", [peer, "-j"]))

    # Check the peer really lints every file (it exits 1 both on findings and on a crash; its exit status is its
    # issue count, so any status is accepted while timing).
    # (to a file: node drops the tail of a large stdout written to a pipe when the process exits)
    with tempfile.TemporaryFile(mode="w+") as out:
        subprocess.run([peer, "-j"] + files, stdout=out, stderr=subprocess.DEVNULL)
        out.seek(0)
        seen = len(json.load(out)["files"])
    if seen != len(files):
        sys.exit("dockerfilelint linted %d of %d files; the comparison would be wrong" % (seen, len(files)))

    best = {}  # (tool, set) -> [min wall, min cpu, rss of the min-cpu run]
    for _ in range(args.repeat):
        for set_name, paths in sets.items():
            for tool, cmd in tools:
                code, wall, cpu, rss = run_once(cmd + paths)
                if code not in (0, 1) and not tool.startswith("dockerfilelint"):
                    sys.exit("%s exited with %d" % (cmd[0], code))
                b = best.setdefault((tool, set_name), [wall, cpu, rss])
                b[0] = min(b[0], wall)
                if cpu < b[1]:
                    b[1], b[2] = cpu, rss

    n, h = len(files), len(half)
    print("corpus: %d Dockerfiles (%s), half: %d; %d left out for both (dockerfilelint crash); lowest of %d "
          "interleaved runs" % (n, args.corpus or "generated", h, len(skipped), args.repeat))
    print()
    print("| tool | whole run wall (s) | files/s | whole run CPU (s) | files/CPU-s | peak RSS (MiB) | "
          "1 tiny file CPU (s) | marginal CPU/file (us) | marginal wall/file (us) |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    figures = {}
    for tool, _ in tools:
        wall, cpu, rss = best[(tool, "all")]
        hwall, hcpu, _ = best[(tool, "half")]
        tcpu = best[(tool, "tiny")][1]
        mcpu = (cpu - hcpu) / (n - h) * 1e6
        mwall = (wall - hwall) / (n - h) * 1e6
        figures[tool] = (wall, cpu, mcpu, mwall)
        print("| `%s` | %.3f | %.0f | %.3f | %.0f | %.1f | %.3f | %.0f | %.0f |"
              % (tool, wall, n / wall, cpu, n / cpu, rss, tcpu, mcpu, mwall))
    print()
    peer_fig = figures["dockerfilelint -j (npm)"]
    for tool in figures:
        if tool.startswith("dockerfilelint"):
            continue
        f = figures[tool]
        print("%s vs dockerfilelint: whole run %.1fx wall, %.1fx CPU; per file (marginal) %.1fx CPU, %.1fx wall"
              % (tool, peer_fig[0] / f[0], peer_fig[1] / f[1], peer_fig[2] / f[2], peer_fig[3] / f[3]))
    tmp.cleanup()


if __name__ == "__main__":
    main()
