#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Lint benchmark: bulkhead-cli lint against npm dockerfilelint on the same corpus, in the same run.

usage: run.py [--cli PATH] [--count N] [--repeat R] [--corpus DIR]

Each tool lints every file of the corpus in one process (both accept many paths; bulkhead-cli lint is
single-threaded). We take the best wall time of R runs and the peak RSS of that process (wait4 rusage).
Setup once: (cd bench/lint && npm install --no-save dockerfilelint)   # node_modules is git-ignored
"""
import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def measure(cmd, repeat, any_exit=False):
    best = None
    for _ in range(repeat):
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1) and not any_exit:
            sys.exit("%s exited with %d" % (cmd[0], code))
        rss_mib = usage.ru_maxrss / 1024.0  # ru_maxrss is KiB on Linux
        if best is None or wall < best[0]:
            best = (wall, rss_mib, usage.ru_utime + usage.ru_stime)
    return best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.path.join(HERE, "..", "..", "build", "app", "bulkhead-cli"))
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--corpus")
    args = ap.parse_args()

    tmp = None
    corpus = args.corpus
    if not corpus:
        tmp = tempfile.TemporaryDirectory(prefix="bulkhead-lint-corpus-")
        corpus = tmp.name
        subprocess.run([sys.executable, os.path.join(HERE, "gen_corpus.py"), corpus, str(args.count)], check=True)
    files = sorted(os.path.join(corpus, f) for f in os.listdir(corpus) if f.endswith("Dockerfile"))
    # dockerfilelint 1.8 throws (TypeError in is_valid_healthcheck) on a HEALTHCHECK without options and stops
    # linting the remaining files; both tools get the same files without those so the comparison is fair.
    bad = re.compile(r"^\s*HEALTHCHECK\s+(?!--)", re.IGNORECASE | re.MULTILINE)
    skipped = [f for f in files if bad.search(open(f, errors="replace").read())]
    files = [f for f in files if f not in skipped]
    n = len(files)

    peer = os.path.join(HERE, "node_modules", ".bin", "dockerfilelint")
    if not os.path.exists(peer):
        sys.exit("dockerfilelint not installed: cd bench/lint && npm install --no-save dockerfilelint")
    cli = os.path.abspath(args.cli)
    if not os.path.exists(cli):
        sys.exit("bulkhead-cli not found at %s (use --cli)" % cli)

    ours = measure([cli, "lint", "--fail-on", "none", "--format", "json"] + files, args.repeat)
    ours_tty = measure([cli, "lint", "--fail-on", "none"] + files, args.repeat)
    # dockerfilelint's exit status is its issue count (mod 256), so any status is accepted; the JSON check below
    # is what proves it ran through.
    theirs = measure([peer, "-j"] + files, args.repeat, any_exit=True)
    # Check the peer really linted every file (it exits 1 both on findings and on a crash).
    # (to a file: node drops the tail of a large stdout written to a pipe when the process exits)
    with tempfile.TemporaryFile(mode="w+") as out:
        subprocess.run([peer, "-j"] + files, stdout=out, stderr=subprocess.DEVNULL)
        out.seek(0)
        seen = len(json.load(out)["files"])
    if seen != n:
        sys.exit("dockerfilelint linted %d of %d files; the comparison would be wrong" % (seen, n))

    def row(name, m):
        return "| %-32s | %8.3f | %10.0f | %8.3f | %10.0f | %8.1f |" % (name, m[0], n / m[0], m[2], n / m[2], m[1])

    print("corpus: %d Dockerfiles (%s); %d left out for both (dockerfilelint crash)" % (n, corpus, len(skipped)))
    print("| tool                             | wall (s) | files/s    | CPU (s)  | files/CPU-s | RSS MiB  |")
    print("|----------------------------------|----------|------------|----------|------------|----------|")
    print(row("bulkhead-cli lint --format json", ours))
    print(row("bulkhead-cli lint (tty)", ours_tty))
    print(row("dockerfilelint -j (npm)", theirs))
    print("speed-up, wall (json vs dockerfilelint): %.1fx" % (theirs[0] / ours[0]))
    print("speed-up, CPU  (json vs dockerfilelint): %.1fx" % (theirs[2] / ours[2]))
    if tmp:
        tmp.cleanup()


if __name__ == "__main__":
    main()
