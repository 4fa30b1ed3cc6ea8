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

# Wall time is what people wait for; CPU time (user+sys, GNU time) is the fair figure on a shared machine, where
# other processes stretch wall time. Both are printed; the MB/s and speed-up use CPU time.
timed() { # output-file, command... -> "wall cpu exit-code"
    local out="$1"
    shift
    set +e
    /usr/bin/time -f "%e %U %S %M" -o /tmp/bh-bench-time "$@" >"$out" 2>/tmp/bh-bench-stderr
    local rc=$?
    set -e
    read -r wall user sys rss < <(tail -1 /tmp/bh-bench-time)
    echo "$wall $(echo "$user + $sys" | bc -l) $rc $rss"
}
mib=$(echo "$bytes / 1048576" | bc -l)
report() { # label wall cpu rss findings
    printf '%-11s wall %7.2f s  cpu %7.2f s  %8.1f MiB/s (cpu)  peak RSS %6.1f MiB  %s\n' "$1" "$2" "$3" \
        "$(echo "$mib / $3" | bc -l)" "$(echo "$4 / 1024" | bc -l)" "$5"
}
count() { python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["findings"]))' "$1"; }

read -r bh_wall bh_cpu rc bh_rss < <(timed /tmp/bh-bench-bulkhead.json "$cli" secrets "$corpus" --format json --fail-on none)
[[ $rc -eq 0 ]] || { echo "bulkhead-cli failed ($rc)" >&2; cat /tmp/bh-bench-stderr >&2; exit 2; }
report bulkhead "$bh_wall" "$bh_cpu" "$bh_rss" "$(count /tmp/bh-bench-bulkhead.json) findings"

# An older build for a before/after figure in the same run: BEFORE_CLI=/path/to/old/bulkhead-cli.
if [[ -n "${BEFORE_CLI:-}" ]]; then
    read -r b_wall b_cpu rc b_rss < <(timed /tmp/bh-bench-before.json "$BEFORE_CLI" secrets "$corpus" --format json --fail-on none)
    [[ $rc -eq 0 ]] && report before "$b_wall" "$b_cpu" "$b_rss" "$(count /tmp/bh-bench-before.json) findings"
fi

if [[ "${SKIP_SECRETLINT:-0}" == 1 ]]; then
    exit 0
fi
read -r sl_wall sl_cpu rc sl_rss < <(cd "$corpus" && timed /tmp/bh-bench-secretlint.json timeout "$secretlint_timeout" \
    "$here/node_modules/.bin/secretlint" --secretlintrc "$here/.secretlintrc.json" --format json "**/*")
if [[ $rc -eq 124 ]]; then
    printf 'secretlint: timed out after %s s (> %.0fx slower by wall time)\n' "$secretlint_timeout" \
        "$(echo "$sl_wall / $bh_wall" | bc -l)"
    exit 0
fi
report secretlint "$sl_wall" "$sl_cpu" "$sl_rss" "(exit $rc: 1 means it found secrets)"
printf 'speed-up:   %.1fx by CPU time, %.1fx by wall time\n' "$(echo "$sl_cpu / $bh_cpu" | bc -l)" \
    "$(echo "$sl_wall / $bh_wall" | bc -l)"
