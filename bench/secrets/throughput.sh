#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Detector throughput, single-threaded, on a generated mixed corpus (>= 200 MiB: source, configs, logs, minified JS,
# binaries), against secretlint with its recommended preset on the same files in the same run.
#   bench/secrets/throughput.sh [BULKHEAD_CLI] [CORPUS_DIR] [MEGABYTES]
# Needs python3, node/npm (runs `npm install` here once; node_modules is not committed).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cli="${1:-$here/../../build/app/bulkhead-cli}"
corpus="${2:-/tmp/bh-secrets-corpus}"
mb="${3:-200}"
secretlint_timeout="${SECRETLINT_TIMEOUT:-1800}"

[[ -x "$cli" ]] || { echo "no bulkhead-cli at $cli" >&2; exit 2; }
[[ -d "$corpus" ]] || python3 "$here/gen_corpus.py" "$corpus" "$mb"
[[ -x "$here/node_modules/.bin/secretlint" ]] || (cd "$here" && npm install --no-audit --no-fund >/dev/null)

bytes=$(du -sb "$corpus" | cut -f1)
files=$(find "$corpus" -type f | wc -l)
echo "corpus: $corpus, $((bytes / 1048576)) MiB in $files files"

# Warm the page cache so both tools read from memory.
cat $(find "$corpus" -type f) >/dev/null

now() { date +%s.%N; }
# Wall time is what people wait for; CPU time (user+sys, GNU time) is the fair figure on a shared machine.
t0=$(now)
set +e
"$cli" secrets "$corpus" --format json --fail-on none >/tmp/bh-bench-bulkhead.json
rc=$?
set -e
t1=$(now)
[[ $rc -eq 0 ]] || { echo "bulkhead-cli failed ($rc)" >&2; exit 2; }
bh=$(echo "$t1 - $t0" | bc -l)
bh_findings=$(python3 -c 'import json,sys; print(len(json.load(open("/tmp/bh-bench-bulkhead.json"))["findings"]))')
printf 'bulkhead:   %7.2f s  %8.1f MiB/s  %s findings\n' "$bh" "$(echo "$bytes / 1048576 / $bh" | bc -l)" "$bh_findings"

t0=$(now)
set +e
(cd "$corpus" && timeout "$secretlint_timeout" "$here/node_modules/.bin/secretlint" \
    --secretlintrc "$here/.secretlintrc.json" --format json "**/*" >/tmp/bh-bench-secretlint.json \
    2>/tmp/bh-bench-secretlint.err)
rc=$?
set -e
t1=$(now)
sl=$(echo "$t1 - $t0" | bc -l)
if [[ $rc -eq 124 ]]; then
    printf 'secretlint: timed out after %s s (> %.0fx slower)\n' "$secretlint_timeout" "$(echo "$sl / $bh" | bc -l)"
    exit 0
fi
printf 'secretlint: %7.2f s  %8.1f MiB/s  (exit %d: 1 means it found secrets)\n' "$sl" \
    "$(echo "$bytes / 1048576 / $sl" | bc -l)" "$rc"
printf 'speed-up:   %.1fx\n' "$(echo "$sl / $bh" | bc -l)"
