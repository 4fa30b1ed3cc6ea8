#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer (LeakSanitizer included), in its own
# build directory (default build-asan-ci/), GUI and daemon tests included. Same rules as scripts/test.sh (which it
# runs): as root, extra arguments go to ctest. Any sanitizer report stops the process that made it and fails its
# test (halt_on_error, -fno-sanitize-recover). Leaks are suppressed only for third-party libraries that keep
# process-lifetime allocations (tests/sanitize/lsan.supp says which and why); nothing of ours is suppressed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export BULKHEAD_BUILD_DIR="${BULKHEAD_BUILD_DIR:-$ROOT/build-asan-ci}"
export BULKHEAD_CMAKE_ARGS="-DBULKHEAD_SANITIZE=ON ${BULKHEAD_CMAKE_ARGS:-}"
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:check_initialization_order=1:print_stacktrace=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export LSAN_OPTIONS="suppressions=$ROOT/tests/sanitize/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
exec "$ROOT/scripts/test.sh" "$@"
