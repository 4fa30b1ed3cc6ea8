#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# GUI benchmark: start-up to first paint, to the first painted scan, peak RSS, and the longest event-loop stall while
# a 1,000-container snapshot is parsed and scanned (off the GUI thread). The baseline in the same run is the small
# bundled demo snapshot (28 containers), so the cost of scale is visible next to the fixed start-up cost.
# Targets (issue 6): first paint < 1 s, peak RSS < 300 MB, longest stall < 50 ms.
#
# usage: bench/gui/run.sh BUILD_DIR [COUNT]
set -euo pipefail
BUILD="${1:?usage: $0 BUILD_DIR [COUNT]}"
COUNT="${2:-1000}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$(cd "$HERE/../.." && pwd)"
APP="$BUILD/app/bulkhead"
[[ -x "$APP" ]] || { echo "build the 'bulkhead' target first: $APP" >&2; exit 2; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
python3 "$HERE/make-snapshot.py" "$SRC/resources/demo/demo-snapshot.json" "$COUNT" "$WORK/big.json"
cp "$SRC/resources/demo/demo-snapshot.json" "$WORK/small.json"

run() { # label snapshot
    local out
    out="$(env QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" XDG_CONFIG_HOME="$WORK/config" \
        /usr/bin/time -f 'peak_rss_kb=%M' "$APP" --bench --snapshot "$2" 2>&1)"
    local first painted stall rss
    first="$(sed -n 's/^first_paint_ms=//p' <<<"$out")"
    painted="$(sed -n 's/^scan_painted_ms=//p' <<<"$out")"
    stall="$(sed -n 's/^max_stall_ms=//p' <<<"$out")"
    rss="$(sed -n 's/^peak_rss_kb=//p' <<<"$out")"
    printf '%-28s first paint %5s ms   scan painted %6s ms   longest stall %4s ms   peak RSS %5s MB\n' \
        "$1" "$first" "$painted" "$stall" "$((rss / 1024))"
    echo "$1,$first,$painted,$stall,$((rss / 1024))" >>"$WORK/results.csv"
}

echo "Bulkhead GUI benchmark ($(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"
run "baseline: demo (28)" "$WORK/small.json"
run "snapshot: $COUNT containers" "$WORK/big.json"
IFS=, read -r _ first painted stall rss < <(tail -1 "$WORK/results.csv")
status=0
((first < 1000)) || { echo "FAIL: first paint ${first} ms >= 1000 ms"; status=1; }
((rss < 300)) || { echo "FAIL: peak RSS ${rss} MB >= 300 MB"; status=1; }
((stall < 50)) || { echo "FAIL: longest stall ${stall} ms >= 50 ms"; status=1; }
((status == 0)) && echo "all targets met"
exit $status
