#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# GUI benchmark: start-up to first paint, to the first painted scan, peak RSS, and the longest event-loop stall while
# a 1,000-container snapshot is parsed and scanned (off the GUI thread). The baseline in the same run is the small
# bundled demo snapshot (28 containers), so the cost of scale is visible next to the fixed start-up cost.
# Targets (issue 6): first paint < 1 s, peak RSS < 300 MB, longest stall < 50 ms. Each case runs BENCH_RUNS (5) times
# and the median is reported. The stall is wall time between two ticks of a 10 ms timer; beside it the GUI thread's own
# CPU time in the worst tick interval ("busy"), which tells our work from waiting for a core on a loaded machine.
#
# usage: bench/gui/run.sh BUILD_DIR [COUNT]
set -euo pipefail
BUILD="${1:?usage: $0 BUILD_DIR [COUNT]}"
COUNT="${2:-1000}"
RUNS="${BENCH_RUNS:-5}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$(cd "$HERE/../.." && pwd)"
APP="$BUILD/app/bulkhead"
[[ -x "$APP" ]] || { echo "build the 'bulkhead' target first: $APP" >&2; exit 2; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
python3 "$HERE/make-snapshot.py" "$SRC/resources/demo/demo-snapshot.json" "$COUNT" "$WORK/big.json"
cp "$SRC/resources/demo/demo-snapshot.json" "$WORK/small.json"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

run() { # label snapshot: RUNS runs, the median of each figure (peak RSS: the largest)
    local out firsts="" painteds="" stalls="" busys="" rss=0 r
    for ((i = 0; i < RUNS; i++)); do
        out="$(env QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" XDG_CONFIG_HOME="$WORK/config" \
            /usr/bin/time -f 'peak_rss_kb=%M' "$APP" --bench --snapshot "$2" 2>&1)"
        firsts+="$(sed -n 's/^first_paint_ms=//p' <<<"$out")"$'\n'
        painteds+="$(sed -n 's/^scan_painted_ms=//p' <<<"$out")"$'\n'
        stalls+="$(sed -n 's/^max_stall_ms=//p' <<<"$out")"$'\n'
        busys+="$(sed -n 's/^max_busy_ms=//p' <<<"$out")"$'\n'
        r="$(sed -n 's/^peak_rss_kb=//p' <<<"$out")"
        ((r > rss)) && rss=$r
    done
    local first painted stall busy
    first="$(median <<<"${firsts%$'\n'}")"
    painted="$(median <<<"${painteds%$'\n'}")"
    stall="$(median <<<"${stalls%$'\n'}")"
    busy="$(median <<<"${busys%$'\n'}")"
    printf '%-28s first paint %5s ms   scan painted %6s ms   longest stall %4s ms (GUI thread busy %3s ms)   peak RSS %4s MB\n' \
        "$1" "$first" "$painted" "$stall" "$busy" "$((rss / 1024))"
    echo "$1,$first,$painted,$stall,$((rss / 1024)),$busy" >>"$WORK/results.csv"
}

echo "Bulkhead GUI benchmark ($(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg), median of $RUNS runs)"
run "baseline: demo (28)" "$WORK/small.json"
run "snapshot: $COUNT containers" "$WORK/big.json"
IFS=, read -r _ first painted stall rss busy < <(tail -1 "$WORK/results.csv")
status=0
((first < 1000)) || { echo "FAIL: first paint ${first} ms >= 1000 ms"; status=1; }
((rss < 300)) || { echo "FAIL: peak RSS ${rss} MB >= 300 MB"; status=1; }
((stall < 50)) || { echo "FAIL: longest stall ${stall} ms >= 50 ms"; status=1; }
((status == 0)) && echo "all targets met"
exit $status
