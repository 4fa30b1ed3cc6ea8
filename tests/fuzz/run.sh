#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang and runs each for a bounded time on a copy of its seed corpus.
# Usage: tests/fuzz/run.sh [SECONDS_PER_TARGET] [BUILD_DIR]
# Prints executions and coverage per target; exits non-zero if any target finds a crash (the input is kept in
# BUILD_DIR/fuzz-artifacts/<target>/ — add it to tests/fuzz/corpus/<target>/ once fixed, it then replays in ctest).
set -euo pipefail
seconds=${1:-60}
src=$(cd "$(dirname "$0")/../.." && pwd)
build=${2:-$src/build-fuzz}
CC=clang CXX=clang++ cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBULKHEAD_FUZZ=ON \
    -DBULKHEAD_BUILD_GUI=OFF -DBULKHEAD_BUILD_TESTS=OFF >/dev/null
mapfile -t targets < <(cd "$build" && ninja -t targets all | sed -n "s/^\(fuzz_[a-z_]*\): phony$/\1/p" | grep -v _autogen | sort -u)
cmake --build "$build" -j2 --target "${targets[@]}" >/dev/null
# Inputs sized to what each parser meets in practice (a tarball needs room for a few nested layers).
declare -A max_len=([tar]=65536 [dockerfile]=16384 [secrets]=16384 [snapshot]=65536 [enginejson]=32768
    [httpparser]=8192 [endpoint]=4096 [htmlwriter]=4096 [textescape]=4096 [review]=16384)
status=0
passed=0
failed=0
printf '%-22s %12s %8s %8s %s\n' target executions cov ft result
for t in "${targets[@]}"; do
    name=${t#fuzz_}
    work=$build/fuzz-work/$name
    art=$build/fuzz-artifacts/$name
    rm -rf "$work"; mkdir -p "$work" "$art"
    cp -r "$src/tests/fuzz/corpus/$name/." "$work/" 2>/dev/null || true
    log=$build/fuzz-$name.log
    if "$build/tests/fuzz/$t" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
        -max_len="${max_len[$name]:-65536}" -artifact_prefix="$art/" "$work" >"$log" 2>&1; then
        result=ok
        passed=$((passed + 1))
    else
        result="CRASH (see $log)"
        tail -n 60 "$log" >&2
        status=1
        failed=$((failed + 1))
    fi
    last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
    execs=$(sed -n 's/^#\([0-9]*\).*/\1/p' <<<"$last")
    cov=$(sed -n 's/.*cov: \([0-9]*\).*/\1/p' <<<"$last")
    ft=$(sed -n 's/.*ft: \([0-9]*\).*/\1/p' <<<"$last")
    printf '%-22s %12s %8s %8s %s\n' "$name" "${execs:-?}" "${cov:-?}" "${ft:-?}" "$result"
done
echo "fuzz: $passed passed, $failed failed"
exit $status
