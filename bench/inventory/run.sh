#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Inventory benchmark: bulkhead-cli against the docker CLI on the same private daemon, in the same run.
#
#   bench/inventory/run.sh [BUILD_DIR] [STATE_DIR]
#
# Starts (or reuses) a private test daemon with tests/daemon/testd.sh in STATE_DIR (default /tmp/bh-bench-inventory),
# adds BENCH_CONTAINERS created (never started) containers and BENCH_IMAGES small images, then measures wall time
# and peak RSS (/usr/bin/time -v) of:
#   bulkhead   bulkhead-cli inventory --format json     (daemon info, every container inspect + top, every image
#                                                        inspect + history, networks)
#   (a)        one `docker inspect ID` per container     (how docker-bench-security gathers data)
#   (b)        one `docker inspect $(docker ps -aq)`
# Prints a table. Needs root (dockerd). Env: BENCH_CONTAINERS (1000), BENCH_IMAGES (50), BENCH_RUNS (5, median),
# BENCH_KEEP=1 keeps the daemon running afterwards (STATE_DIR can then be reused).
set -euo pipefail

readonly SELF_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly SOURCE_DIR="$(cd "$SELF_DIR/../.." && pwd)"
readonly BUILD_DIR="$(realpath -m "${1:-$SOURCE_DIR/build}")"
readonly STATE_DIR="$(realpath -m "${2:-/tmp/bh-bench-inventory}")"
readonly CONTAINERS="${BENCH_CONTAINERS:-1000}"
readonly IMAGES="${BENCH_IMAGES:-50}"
readonly RUNS="${BENCH_RUNS:-5}"
readonly CLI="$BUILD_DIR/app/bulkhead-cli"
readonly TESTD="$SOURCE_DIR/tests/daemon/testd.sh"

log() { printf 'bench: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

[[ -x "$CLI" ]] || die "$CLI not found: build it first (cmake --build $BUILD_DIR --target bulkhead-cli)"
[[ -x /usr/bin/time ]] || die "/usr/bin/time is missing: apt-get install time"
command -v docker >/dev/null || die "the docker CLI is missing: apt-get install docker.io"

cleanup() {
    if [[ "${BENCH_KEEP:-0}" != 1 ]]; then
        "$TESTD" stop "$STATE_DIR" >/dev/null 2>&1 || true
    fi
}
trap cleanup EXIT

log "starting the private daemon in $STATE_DIR"
CI=true "$TESTD" start "$STATE_DIR" >&2
DOCKER_HOST="$(sed -n 's/^DOCKER_HOST=//p' "$STATE_DIR/env")"
[[ -n "$DOCKER_HOST" ]] || die "no DOCKER_HOST in $STATE_DIR/env"
export DOCKER_HOST
unset DOCKER_CONTEXT DOCKER_TLS_VERIFY DOCKER_CERT_PATH

# ---------------------------------------------------------------- fixtures
# Images FROM scratch with one small file: creating 1,000 containers on vfs copies the image for each, so it must
# be tiny. Each image gets its own label and file, hence its own id and history.
work="$STATE_DIR/bench-build"
mkdir -p "$work"
have_images="$(docker images -q --filter label=bulkhead.bench=1 | sort -u | wc -l)"
if (( have_images < IMAGES )); then
    log "building $IMAGES images"
    for ((i = 1; i <= IMAGES; i++)); do
        mkdir -p "$work/img$i"
        printf 'bench image %d\n' "$i" >"$work/img$i/data.txt"
        printf 'FROM scratch\nCOPY data.txt /data.txt\nLABEL bulkhead.bench=1 bulkhead.bench.n=%d\nCMD ["/none"]\n' \
            "$i" >"$work/img$i/Dockerfile"
        DOCKER_BUILDKIT=0 docker build -q -t "bulkhead-bench/img:$i" "$work/img$i" >/dev/null 2>"$work/build.log" ||
            { cat "$work/build.log" >&2; die "docker build failed"; }
    done
fi
have_containers="$(docker ps -aq --filter label=bulkhead.bench=1 | wc -l)"
if (( have_containers < CONTAINERS )); then
    log "creating $((CONTAINERS - have_containers)) containers (created, not started)"
    seq "$((have_containers + 1))" "$CONTAINERS" | xargs -P 4 -I{} sh -c \
        'docker create -q --label bulkhead.bench=1 --name "bench-{}" -e "BENCH_SECRET=not-a-secret-{}" \
            -p "127.0.0.1::80" --memory 64m "bulkhead-bench/img:$(( ({} % '"$IMAGES"') + 1 ))" >/dev/null'
fi
total_containers="$(docker ps -aq | wc -l)"
total_images="$(docker images -q | sort -u | wc -l)"
log "daemon has $total_containers containers and $total_images images"

# ---------------------------------------------------------------- measurements
# Prints "WALL_SECONDS PEAK_RSS_KB" for one run of the given command.
measure() {
    local out="$STATE_DIR/bench-time.txt"
    /usr/bin/time -v -o "$out" "$@" >/dev/null 2>"$STATE_DIR/bench-stderr.txt" ||
        { cat "$STATE_DIR/bench-stderr.txt" >&2; die "failed: $*"; }
    local wall rss
    wall="$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$out" |
        awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')"
    rss="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out")"
    echo "$wall $rss"
}

# Runs the two fast commands alternately RUNS times (so a busy moment of the machine hurts both alike) and prints
# "median-wall-A peak-rss-A median-wall-B peak-rss-B".
alternate() {
    local runs="$1" a="$2" b="$3"
    local wa=() wb=() ra=0 rb=0 w r
    for ((k = 0; k < runs; k++)); do
        read -r w r < <(measure bash -c "$a")
        wa+=("$w")
        if (( r > ra )); then ra="$r"; fi
        read -r w r < <(measure bash -c "$b")
        wb+=("$w")
        if (( r > rb )); then rb="$r"; fi
    done
    local ma mb
    ma="$(printf '%s\n' "${wa[@]}" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')"
    mb="$(printf '%s\n' "${wb[@]}" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')"
    echo "$ma $ra $mb $rb"
}

per_container_inspect() {
    local id
    for id in $(docker ps -aq); do
        docker inspect "$id" >/dev/null
    done
}
export -f per_container_inspect

log "warming up"
"$CLI" inventory --format json --host "$DOCKER_HOST" >/dev/null

log "bulkhead-cli inventory --format json and (b) docker inspect \$(docker ps -aq), alternately ($RUNS runs each)"
read -r b_wall b_rss s_wall s_rss < <(alternate "$RUNS" "exec \"$CLI\" inventory --format json --host \"$DOCKER_HOST\"" \
    'docker inspect $(docker ps -aq)')
log "(a) docker inspect per container (1 run of $total_containers CLI calls)"
read -r p_wall p_rss < <(measure bash -c per_container_inspect)

# Sanity: bulkhead saw every container.
seen="$("$CLI" inventory --format json --host "$DOCKER_HOST" |
    python3 -c 'import json, sys; print(len(json.load(sys.stdin)["containers"]))')"
[[ "$seen" == "$total_containers" ]] || die "bulkhead-cli listed $seen containers, docker ps -aq $total_containers"

mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1fx", a / b; else print "-" }'; }

printf '\nInventory of %d containers and %d images (dockerd %s, %s)\n\n' "$total_containers" "$total_images" \
    "$(docker version --format '{{.Server.Version}}')" "$(uname -r)"
printf '| %-52s | %9s | %13s | %18s |\n' "command" "wall (s)" "peak RSS (MB)" "bulkhead is faster"
printf '|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..54})" "-----------" "---------------" "--------------------"
printf '| %-52s | %9s | %13s | %18s |\n' "bulkhead-cli inventory --format json" "$b_wall" "$(mb "$b_rss")" "-"
printf '| %-52s | %9s | %13s | %18s |\n' "(a) docker inspect ID, once per container" "$p_wall" "$(mb "$p_rss")" \
    "$(ratio "$p_wall" "$b_wall")"
printf '| %-52s | %9s | %13s | %18s |\n' "(b) docker inspect \$(docker ps -aq)" "$s_wall" "$(mb "$s_rss")" \
    "$(ratio "$s_wall" "$b_wall")"
printf '\nTargets: >= 20x faster than (a), no slower than (b), < 150 MB peak RSS.\n'
awk -v b="$b_wall" -v p="$p_wall" -v s="$s_wall" -v r="$b_rss" 'BEGIN {
    printf "  vs (a): %s   vs (b): %s   RSS: %s\n", (p / b >= 20 ? "met" : "MISSED"), (b <= s ? "met" : "MISSED"),
        (r / 1024 < 150 ? "met" : "MISSED") }'
