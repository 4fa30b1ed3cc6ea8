#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One command from a fresh Debian 12 checkout to a running Bulkhead (as root):
#   sudo scripts/run.sh [ARGS...]
# Installs missing packages, configures and builds a Release build in build/ (-j2), then starts the GUI when it
# was built and a display is available, otherwise `bulkhead-cli inventory` against the default Docker endpoint.
# ARGS go to the program (e.g. `--host unix:///var/run/docker.sock`, or `--snapshot FILE`).
# Environment: BULKHEAD_BUILD_DIR (default build/), BULKHEAD_JOBS (default 2), BULKHEAD_CLI=1 forces the CLI.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${BULKHEAD_BUILD_DIR:-$ROOT/build}"
JOBS="${BULKHEAD_JOBS:-2}"

"$ROOT/scripts/install-deps.sh"

generator=()
if [[ ! -f "$BUILD/CMakeCache.txt" ]] && command -v ninja >/dev/null; then
    generator=(-G Ninja)
fi
cmake -S "$ROOT" -B "$BUILD" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release -DBULKHEAD_BUILD_TESTS=OFF
cmake --build "$BUILD" -j "$JOBS"

if [[ "${BULKHEAD_CLI:-0}" != 1 && -x "$BUILD/app/bulkhead" && ( -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ) ]]; then
    exec "$BUILD/app/bulkhead" "$@"
fi
if [[ -x "$BUILD/app/bulkhead" ]]; then
    echo "run.sh: no display (DISPLAY/WAYLAND_DISPLAY unset): showing the command-line inventory instead" >&2
fi
if [[ $# -eq 0 ]]; then
    # The default endpoint; when no daemon answers there (exit 2: cannot connect), the same embedded demo snapshot the
    # GUI falls back to, so a fresh machine without Docker still shows what Bulkhead reports.
    rc=0
    "$BUILD/app/bulkhead-cli" inventory || rc=$?
    if [[ $rc -eq 2 ]]; then
        echo "run.sh: no Docker daemon reachable: showing the demo snapshot (resources/demo/demo-snapshot.json)" >&2
        exec "$BUILD/app/bulkhead-cli" inventory --snapshot "$ROOT/resources/demo/demo-snapshot.json"
    fi
    exit "$rc"
fi
exec "$BUILD/app/bulkhead-cli" inventory "$@"
