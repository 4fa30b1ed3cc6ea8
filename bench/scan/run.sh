#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Scan benchmark: a snapshot of N (default 10000) containers generated from the rule fixtures, scanned with all rules.
# Baseline in the same run: `bulkhead-cli inventory` on the same snapshot (load + parse + print, no rules), so the
# difference is what the rules, scores and remediation cost. Prints CPU time (user+sys) and peak RSS of each.
#   bench/scan/run.sh [BUILD_DIR] [N]
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=${1:-$HERE/../../build}
N=${2:-10000}
CLI=$BUILD/app/bulkhead-cli
[ -x "$CLI" ] || { echo "no $CLI: build bulkhead-cli first" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 "$HERE/gensnapshot.py" "$N" "$WORK/snap.json"
echo "snapshot: $N containers, $(du -m "$WORK/snap.json" | cut -f1) MB"

measure() { # label, command...
    label=$1
    shift
    /usr/bin/time -f '%U %S %M %e' -o "$WORK/time" "$@" >"$WORK/out" 2>"$WORK/err" || true
    read -r user sys rss wall <"$WORK/time"
    printf '%-34s cpu %6.2f s   peak RSS %5d MB   wall %6.2f s   output %s\n' "$label" \
        "$(echo "$user + $sys" | bc)" "$((rss / 1024))" "$wall" "$(wc -c <"$WORK/out" | tr -d ' ') bytes"
}

measure "inventory --format json (baseline)" "$CLI" inventory --snapshot "$WORK/snap.json" --format json
measure "scan --format json (all rules)" "$CLI" scan --snapshot "$WORK/snap.json" --format json --today 2026-11-29
measure "scan --format table" "$CLI" scan --snapshot "$WORK/snap.json" --format table --today 2026-11-29
measure "scan --format sarif" "$CLI" scan --snapshot "$WORK/snap.json" --format sarif --today 2026-11-29
if [ -x "$BUILD/tests/core/rules/bench_scan" ]; then
    echo "phases (bench_scan, CPU time from getrusage):"
    "$BUILD/tests/core/rules/bench_scan" "$WORK/snap.json"
fi
