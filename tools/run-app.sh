#!/usr/bin/env bash
# Sets up, builds and runs Saskati with the shipped scenarios and the default results database in the user's data
# folder (~/.local/share/saskati/saskati.sqlite). Extra arguments go to the app, e.g. --database PATH or --language en.
set -euo pipefail
cd "$(dirname "$0")/.."
# Only what the app needs: the app and the CLI (the test command builds the rest). The first start compiles
# them: about 3 minutes on an idle 2-core machine (see the README); later starts take seconds.
./tools/setup.sh saskati saskati-cli
build="${SASKATI_BUILD_DIR:-build}"
echo "Checking the shipped scenarios ..."
# Check the shipped content before a lecturer relies on it: any error is named with FILE:LINE:COLUMN.
"$build/bin/saskati-cli" validate scenarios/*.json
echo "Starting Saskati"
exec "$build/bin/saskati" "$@"
