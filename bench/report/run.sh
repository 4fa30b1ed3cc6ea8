#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Report benchmark: wall time and peak RSS of `bulkhead-cli report` for a synthetic N-container snapshot, in each
# format, against the same pipeline without a report (`bulkhead-cli scan --format json`) as the baseline in the same
# run: the difference is what report generation costs.
#
#   bench/report/run.sh [BUILD_DIR]
#
# Env: BENCH_CONTAINERS (1000), BENCH_RUNS (3; the median is shown). Targets: HTML < 2 s, PDF < 15 s for 1,000
# containers. Needs python3 and /usr/bin/time (apt-get install time). No daemon: everything reads the snapshot.
set -euo pipefail

readonly SELF_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly SOURCE_DIR="$(cd "$SELF_DIR/../.." && pwd)"
readonly BUILD_DIR="$(realpath -m "${1:-$SOURCE_DIR/build}")"
readonly CONTAINERS="${BENCH_CONTAINERS:-1000}"
readonly RUNS="${BENCH_RUNS:-3}"
readonly CLI="$BUILD_DIR/app/bulkhead-cli"

die() { printf 'bench: %s\n' "$*" >&2; exit 1; }
[[ -x "$CLI" ]] || die "$CLI not found: build it first (cmake --build $BUILD_DIR --target bulkhead-cli)"
[[ -x /usr/bin/time ]] || die "/usr/bin/time is missing: apt-get install time"

work="$(mktemp -d /tmp/bh-bench-report.XXXXXX)"
trap 'rm -rf "$work"' EXIT
snapshot="$work/snapshot.json"
python3 "$SELF_DIR/make-snapshot.py" "$CONTAINERS" "$snapshot"

# measure LABEL OUTFILE ARGS...: runs RUNS times, prints "label median-wall-s max-rss-MB output-size".
measure() {
    local label="$1" out="$2"
    shift 2
    local walls=() rss=0
    for ((r = 0; r < RUNS; r++)); do
        local stats="$work/time.txt"
        /usr/bin/time -f '%e %M' -o "$stats" "$CLI" "$@" >"$work/stdout" 2>"$work/stderr" || {
            [[ $? -le 1 ]] || { cat "$work/stderr" >&2; die "$label failed"; }
        }
        read -r wall kb <"$stats"
        walls+=("$wall")
        ((kb > rss)) && rss=$kb
    done
    local median
    median="$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(((RUNS + 1) / 2))p")"
    local size=0
    [[ -f "$out" ]] && size="$(stat -c %s "$out")"
    printf '%-28s %8.2f s %8.1f MB %10s bytes\n' "$label" "$median" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" "$size"
}

printf 'bulkhead-cli report, %d containers, median of %d runs\n' "$CONTAINERS" "$RUNS"
printf '%-28s %10s %11s %16s\n' "case" "wall" "peak RSS" "output"
if "$CLI" scan --help >/dev/null 2>&1; then
    measure "baseline: scan --format json" "$work/scan.json" scan --snapshot "$snapshot" --format json --output "$work/scan.json"
else
    # Older builds without `scan`: reading and parsing the snapshot is the floor.
    measure "baseline: inventory json" "$work/inv.json" inventory --snapshot "$snapshot" --format json
fi
for fmt in html json sarif pdf; do
    measure "report --format $fmt" "$work/report.$fmt" report --snapshot "$snapshot" --format "$fmt" -o "$work/report.$fmt"
done
if command -v pdfinfo >/dev/null; then
    printf 'pdf pages: %s\n' "$(pdfinfo "$work/report.pdf" | sed -n 's/^Pages: *//p')"
fi
