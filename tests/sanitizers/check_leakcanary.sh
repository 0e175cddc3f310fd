#!/usr/bin/env bash
# Runs the leak canary (tests/sanitizers/leakcanary.cpp) under LeakSanitizer with the project's suppressions and
# fails unless every leak it makes on purpose is reported: the suppressions hide none of the project's own
# images, pixmaps or textures.
set -uo pipefail
canary=$1 supp=$2
out=$(mktemp)
trap 'rm -f "$out"' EXIT
# Stacks as tools/sanitize.sh takes them (whole ones).
ASAN_OPTIONS="detect_leaks=1:fast_unwind_on_malloc=0:malloc_context_size=16" LSAN_OPTIONS="suppressions=$supp:print_suppressions=0" QT_QPA_PLATFORM=offscreen \
    "$canary" > /dev/null 2> "$out"
status=$?
missing=0
for leak in leakCanaryImage leakCanaryPaintedImage leakCanaryPixmap leakCanaryHeldImage leakCanaryOwnTexture leakCanaryWindowTexture; do
    if grep -q "in [^ ]*$leak" "$out"; then
        echo "reported: $leak"
    else
        echo "NOT reported: $leak"
        missing=1
    fi
done
if [ $status -eq 0 ] || [ $missing -ne 0 ]; then
    echo "the canary exited with $status; LeakSanitizer's report:"
    cat "$out"
    exit 1
fi
