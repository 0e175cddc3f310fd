#!/usr/bin/env bash
# Builds in Release (build-release/) and runs every benchmark of bench/, the seminar soak included, then prints
# one table: figure, value, what it is measured against, the ratio (value / reference), the goal and whether it
# is met (computed by each benchmark). Each benchmark's own output comes first (full figures); the table is
# Markdown, as in the README's Performance section. A missed goal does not fail the script; a benchmark that
# fails does. About 10 minutes, plus 5 the first time (the ten-year review database is generated once into
# build-release/).
set -euo pipefail
cd "$(dirname "$0")/.."
export SASKATI_BUILD_DIR=build-release SASKATI_BUILD_TYPE=Release
./tools/setup.sh
build=$SASKATI_BUILD_DIR
log=$(mktemp)
failed=()
# A benchmark that fails (a crash, a start-up that never shows a frame, review views that disagree with SQL) is
# named at the end and makes the script fail; its figures, if any, are not to be trusted.
run() {
    echo
    echo "== $1 =="
    local name=$1
    shift
    "$@" | tee -a "$log" || failed+=("$name")
}
run "Scenario loading (issue #2)" "$build/bin/bench_loader"
run "Diagnostics on one long line (issue #15, item 11)" "$build/bin/bench_sourcemap"
run "Action + rescore on 10,000 scenes (issue #3)" "$build/bin/bench_runtime"
run "A conversation of 20 moves over 5 variables (issue #18)" "$build/bin/bench_conversation"
run "An edit in the authoring document, 150 scenes (issue #19)" "$build/bin/bench_authoring"
run "Validating a 200,000-scene chain next to simdjson (issue #19)" "$build/bin/bench_bigfile"
run "Event commits into the results store (issue #4)" "$build/bin/bench_store" "$build"
run "Seminar room: 150 phones answering over loopback (issue #7)" "$build/bin/bench_seminar" --phones 150 --rounds 10
run "Seminar soak: 150 phones, 300 decisions (issue #9)" "$build/bin/bench_seminar" --phones 150 --rounds 300
run "The coordinator's review on a ten-year database (issue #8)" "$build/bin/bench_review" "$build"
run "Sync of a ten-year laptop database into the shared server, next to COPY (issue #22)" "$build/bin/bench_sync"
run "App start-up and memory (issue #6)" bench/startup.sh "$build"

echo
echo "## Benchmarks, $(date -u +%Y-%m-%d), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo
echo "| Figure | Value | Measured against | Ratio | Goal | Met |"
echo "|---|---:|---|---:|---|---|"
grep '^RESULT' "$log" | awk -F'\t' '{
    ratio = ($4 != "" && $5 + 0 > 0) ? sprintf("%.3g", ($3 + 0) / ($5 + 0)) : "—"
    against = ($4 != "") ? $4 " (" $5 ")" : "—"
    printf "| %s | %s | %s | %s | %s | %s |\n", $2, $3, against, ratio, $6, $7
}'
rm -f "$log"
if [ ${#failed[@]} -gt 0 ]; then
    echo
    printf 'FAILED: %s\n' "${failed[@]}"
    exit 1
fi
