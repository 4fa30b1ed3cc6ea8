#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Layer scan of a large image against the floor `docker save IMAGE > /dev/null` on the same daemon, same run.
# Builds a >= 500 MiB fixture image (text and binary files in several layers, a deleted secret) when missing.
#   DOCKER_HOST=unix:///... bench/secrets/layers.sh [BULKHEAD_CLI] [IMAGE]
# Reports wall time and peak RSS (GNU time) of both; the target is bulkhead within 1.5x of docker save.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cli="${1:-$here/../../build/app/bulkhead-cli}"
image="${2:-bulkhead/bench-large:1}"
docker="${DOCKER:-docker}"

if ! "$docker" image inspect "$image" >/dev/null 2>&1; then
    ctx="$(mktemp -d)"
    base="$("$docker" image ls --format '{{.Repository}}:{{.Tag}}' | grep -m1 busybox || echo busybox:latest)"
    # Two layers: everything in one RUN (vfs, the test daemon's storage driver, copies the whole filesystem for every
    # layer), then a second that deletes a secret, so the scan also has a whiteout to resolve.
    cat >"$ctx/Dockerfile" <<DOCKERFILE
FROM $base
RUN mkdir -p /data && head -c 209715200 /dev/urandom >/data/blob1.bin && \\
    i=0; while [ \$i -lt 2000 ]; do seq 1 6000 | sed "s/^/line \$i config value=/" >/data/text-\$i.log; i=\$((i+1)); done && \\
    head -c 104857600 /dev/urandom >/data/blob2.bin && echo "aws_access_key_id = AKIABODFWLTNX8USHC65" >/data/.env
RUN rm /data/.env
DOCKERFILE
    DOCKER_BUILDKIT=0 "$docker" build -q -t "$image" "$ctx" >/dev/null
    rm -rf "$ctx"
fi
size=$("$docker" image inspect "$image" --format '{{.Size}}')
echo "image: $image, $((size / 1048576)) MiB"

measure() { # label, command...
    local label="$1"
    shift
    /usr/bin/time -f "%e %M %U %S" -o /tmp/bh-bench-time "$@" >/dev/null
    read -r secs rss user sys < <(tail -1 /tmp/bh-bench-time)
    printf '%-12s %7.2f s  cpu %6.2f s  peak RSS %6.1f MiB\n' "$label" "$secs" "$(echo "$user + $sys" | bc -l)" \
        "$(echo "$rss / 1024" | bc -l)" >&2
    echo "$secs"
}
save=$(measure "docker save" "$docker" save "$image" | tail -1)
# Fresh cache: every layer scanned.
export XDG_CACHE_HOME="$(mktemp -d)"
scan=$(measure "bulkhead" "$cli" secrets --image "$image" --format json --fail-on none | tail -1)
printf 'ratio:       %.2fx docker save (target <= 1.5x)\n' "$(echo "$scan / $save" | bc -l)"
cached=$(measure "cached" "$cli" secrets --image "$image" --format json --fail-on none | tail -1)
rm -rf "$XDG_CACHE_HOME"
