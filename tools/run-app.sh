#!/usr/bin/env bash
# Sets up, builds and runs Saskati with the shipped scenarios.
# Until the Qt Quick application lands (issue #6) this checks and summarises the shipped scenarios with
# saskati-cli, the engine's command-line face.
set -euo pipefail
cd "$(dirname "$0")/.."
./tools/setup.sh
cli="${SASKATI_BUILD_DIR:-build}/bin/saskati-cli"
"$cli" validate scenarios/*.json
echo "All shipped scenarios are valid."
for f in scenarios/*.json; do
    "$cli" info "$f"
done
