#!/usr/bin/env bash
# Sets up, builds and runs every test (ctest prints its summary). This is what CI runs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
./tools/setup.sh
cd "${SASKATI_BUILD_DIR:-build}"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600
