#!/usr/bin/env bash
# Sets up what is missing (scripts/setup.sh), then configures and builds Gloss in build/.
# Quick when nothing changed: setup skips what is installed, ninja rebuilds only what changed.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$top/scripts/setup.sh"
build=${GLOSS_BUILD_DIR:-$top/build}
if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$top" -B "$build" -G Ninja -DGLOSS_WARNINGS_AS_ERRORS=ON >/dev/null
fi
cmake --build "$build" -- -j"$(nproc)"
