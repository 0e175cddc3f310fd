#!/usr/bin/env bash
# Redraws the engine's chapter diagram in docs/architecture.md from the CMake targets (configures build/ first).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${SASKATI_BUILD_DIR:-build}
cmake -S . -B "$build" > /dev/null
cmake -DGRAPH="$build/architecture-graph.mmd" -DDOC=docs/architecture.md -P tools/architecture-graph.cmake
