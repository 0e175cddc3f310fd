#!/usr/bin/env bash
# Builds everything with AddressSanitizer and UndefinedBehaviorSanitizer into build-asan/ and runs every test
# there. Any memory error or undefined behaviour fails (UBSan does not recover); leaks are reported except those
# made inside third-party code, listed with reasons in tools/sanitizers/lsan.supp (tst_lsan_suppressions checks
# that they hide no leak of the project's own). Part of the test command
# (tools/run-tests.sh, .ci/run). -O1 with line tables only: the reports keep file and line, the build is faster.
set -euo pipefail
cd "$(dirname "$0")/.."
./tools/setup.sh > /dev/null
build=build-asan
flags="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS="$flags -O1" -DCMAKE_CXX_FLAGS_DEBUG="-g1" -DSASKATI_BENCH=OFF \
      -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined"
cmake --build "$build" --parallel "$(nproc)"
# Whole stacks for allocations (fast_unwind_on_malloc=0): Qt is built without frame pointers, and the leak
# suppressions name Qt-internal callers deeper down (tools/sanitizers/lsan.supp). Slower: tst_qml 182 s instead
# of 108 s on the 2-core machine (2026-12-03).
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1:fast_unwind_on_malloc=0:malloc_context_size=16"
export LSAN_OPTIONS="suppressions=$PWD/tools/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
cd "$build"
# Every test but the layout matrix's other sizes and languages (one of them runs: the same code, three times slower).
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 1200 -LE layout-matrix --parallel "$(nproc)"
