#!/usr/bin/env bash
# Sets up, builds and runs every test; this is what CI runs (.ci/run). In order:
#   1. the test suite (ctest in build/),
#   2. the Debian package: built, installed on this machine, checked, removed (tools/test-package.sh),
#   3. the whole suite again with AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/, tools/sanitize.sh),
#   4. each fuzz target for SASKATI_FUZZ_SECONDS (default 60) with libFuzzer (build-fuzz/, tools/fuzz.sh).
# Any failure stops it with a non-zero exit. About 30 minutes on 2 cores from a clean clone.
set -euo pipefail
cd "$(dirname "$0")/.."
./tools/setup.sh
started=$SECONDS
(
    cd "${SASKATI_BUILD_DIR:-build}"
    # Two at a time on two cores: most UI tests wait on the screen more than they compute.
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600 --parallel "$(nproc)"
)
echo "== Package =="
./tools/test-package.sh
echo "== Sanitizers =="
./tools/sanitize.sh
echo "== Fuzzing =="
./tools/fuzz.sh "${SASKATI_FUZZ_SECONDS:-60}"
echo "All tests passed in $(((SECONDS - started) / 60)) min (after setup)"
