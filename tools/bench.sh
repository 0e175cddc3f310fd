#!/usr/bin/env bash
# Builds and runs every benchmark in bench/, printing figures and ratios (never a pass/fail test).
set -euo pipefail
cd "$(dirname "$0")/.."
./tools/setup.sh
build="${SASKATI_BUILD_DIR:-build}"
echo "== Scenario loading (issue #2) =="
"$build/bin/bench_loader"
echo
echo "== Action + rescore on 10,000 scenes (issue #3) =="
"$build/bin/bench_runtime"
echo
echo "== Event commits into the results store (issue #4) =="
"$build/bin/bench_store" "$build"
echo
echo "== Seminar room: 150 phones answering over loopback (issue #7) =="
"$build/bin/bench_seminar" --phones 150 --rounds 10
echo
echo "== The coordinator's review on a ten-year database (issue #8; generated once into $build/) =="
"$build/bin/bench_review" "$build"
echo
echo "== App start-up and memory (issue #6) =="
bench/startup.sh "$build"
