#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One command from a fresh Debian 12 checkout to the whole test suite (as root, so the private test daemon can
# start):
#   sudo scripts/test.sh [CTEST-ARGS...]
# Installs missing packages, configures build-test/ with warnings as errors, builds with -j2 and runs every test
# through ctest (the daemon tests get the private dockerd from the `testd` fixture, tests/daemon/testd.sh).
# Exits non-zero when anything fails. Under CI=true the daemon tests must run (no skipping) and the formatting
# is checked too.
# Environment: BULKHEAD_BUILD_DIR (default build-test/), BULKHEAD_JOBS (default 2), BULKHEAD_BUILD_GUI (ON/OFF),
# BULKHEAD_CMAKE_ARGS (extra configure options, split on spaces, e.g. "-DBULKHEAD_SANITIZE=ON").
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${BULKHEAD_BUILD_DIR:-$ROOT/build-test}"
JOBS="${BULKHEAD_JOBS:-2}"
t0=$SECONDS

"$ROOT/scripts/install-deps.sh"

generator=()
if [[ ! -f "$BUILD/CMakeCache.txt" ]] && command -v ninja >/dev/null; then
    generator=(-G Ninja)
fi
cmake -S "$ROOT" -B "$BUILD" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBULKHEAD_WERROR=ON \
    -DBULKHEAD_BUILD_TESTS=ON -DBULKHEAD_BUILD_GUI="${BULKHEAD_BUILD_GUI:-ON}" ${BULKHEAD_CMAKE_ARGS:-}
cmake --build "$BUILD" -j "$JOBS"
echo "test.sh: built in $((SECONDS - t0))s"

# ctest stops the daemon through its cleanup fixture; this catches an interrupted run.
testd_dir="$(sed -n 's/^BULKHEAD_TESTD_DIR:PATH=//p' "$BUILD/CMakeCache.txt")"
cleanup() {
    if [[ -n "$testd_dir" && -f "$testd_dir/.bulkhead-testd" ]]; then
        "$ROOT/tests/daemon/testd.sh" stop "$testd_dir" || true
    fi
}
trap cleanup EXIT

status=0
ctest --test-dir "$BUILD" --output-on-failure -j "$JOBS" "$@" || status=$?
echo "test.sh: tests done after $((SECONDS - t0))s (ctest exit $status)"

if [[ "${CI:-}" == true ]]; then
    # grep without -q reads to the end: -q would close the pipe early and, with pipefail, skip the check.
    if cmake --build "$BUILD" --target help 2>/dev/null | grep 'format-check' >/dev/null; then
        cmake --build "$BUILD" --target format-check || {
            echo "test.sh: formatting differs from .clang-format (run: cmake --build $BUILD --target format)" >&2
            status=1
        }
    fi
fi
exit "$status"
