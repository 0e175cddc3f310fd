#!/usr/bin/env bash
# Fuzzes the five parsers of untrusted input with libFuzzer (clang), each for SECONDS (default 60), as many at
# once as there are cores: scenario, catalog, bundle, participantMessage, playScript (docs/fuzzing.md). Builds build-fuzz/ with
# AddressSanitizer and UndefinedBehaviorSanitizer. Seeds: the shipped and test files; the growing corpus is kept
# in build-fuzz/corpus/. A crash fails the run and leaves its input in build-fuzz/artifacts/<target>/: copy it
# into tests/fuzz/regressions/<folder>/ and fix the parser (tst_fuzzregressions replays it from then on).
#   tools/fuzz.sh [SECONDS] [TARGET...]       e.g. tools/fuzz.sh 3600 scenario   for a long run
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(scenario catalog bundle participantMessage playScript)
build=build-fuzz
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g1"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSASKATI_FUZZ=ON \
      -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_FLAGS="$flags" \
      -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" > /dev/null
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]/#/fuzz_}"

seeds() { # the folders a target starts from
    case $1 in
        scenario) echo scenarios tests/data/valid tests/data/broken ;;
        catalog) echo scenarios/catalog tests/data/catalog ;;
        bundle) echo tests/data/bundles ;;
        participantMessage) echo tests/fuzz/seeds/participant-message ;;
        playScript) echo scenarios/tests tests/data/valid/tests tests/data/scripts ;;
    esac
}
regressions() {
    case $1 in
        participantMessage) echo tests/fuzz/regressions/participant-message ;;
        playScript) echo tests/fuzz/regressions/play-script ;;
        *) echo "tests/fuzz/regressions/$1" ;;
    esac
}
export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1"
export LSAN_OPTIONS="suppressions=$PWD/tools/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
run() {
    local t=$1 corpus=$build/corpus/$1 artifacts=$build/artifacts/$1/
    mkdir -p "$corpus" "$artifacts" "$(regressions "$t")"
    # shellcheck disable=SC2046
    "$build/bin/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$artifacts" "$corpus" $(regressions "$t") $(seeds "$t") \
        > "$build/fuzz_$t.log" 2>&1
}
failed=()
pids=()
names=()
for t in "${targets[@]}"; do
    run "$t" &
    pids+=($!)
    names+=("$t")
    if [ ${#pids[@]} -eq "$(nproc)" ]; then
        for i in "${!pids[@]}"; do wait "${pids[$i]}" || failed+=("${names[$i]}"); done
        pids=()
        names=()
    fi
done
for i in "${!pids[@]}"; do wait "${pids[$i]}" || failed+=("${names[$i]}"); done

printf '%-20s %10s %10s %8s\n' target runs "exec/s" corpus
for t in "${targets[@]}"; do
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$build/fuzz_$t.log" | grep -o '[0-9]*$' || echo "?")
    rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$build/fuzz_$t.log" | grep -o '[0-9]*$' || echo "?")
    printf '%-20s %10s %10s %8s\n' "$t" "$runs" "$rate" "$(ls "$build/corpus/$t" | wc -l)"
done
if [ ${#failed[@]} -gt 0 ]; then
    for t in "${failed[@]}"; do
        echo "== fuzz_$t found a problem (log: $build/fuzz_$t.log) =="
        grep -A30 -m1 "ERROR\|==ERROR\|runtime error\|deadly signal\|Timeout" "$build/fuzz_$t.log" || tail -40 "$build/fuzz_$t.log"
        ls "$build/artifacts/$t/"
    done
    exit 1
fi
echo "No crash, leak, hang or undefined behaviour in ${#targets[@]} targets × ${seconds} s"
