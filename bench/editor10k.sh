#!/usr/bin/env bash
# The Author area on a 10,000-scene scenario (issue #19): writes one with bench_loader, then opens, fits, searches
# and edits it through the real views (bench/qml/tst_bigscenario.qml, run by the QML test runner offscreen) and
# prints how long each took until the window had drawn again.
# Usage: bench/editor10k.sh [BUILD_DIR]   (default build/)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
"$build/bin/bench_loader" --write 10000 /tmp/saskati-bench-10k.json
QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software "$build/bin/tst_qml" -input bench/qml 2>&1 |
    grep -E "qml: |Totals" | sed 's/^QDEBUG : [^ ]* qml: //'
rm -f /tmp/saskati-bench-10k.json
