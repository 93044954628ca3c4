#!/usr/bin/env bash
# Sets up, builds and runs every test (Qt Test units, GUI tests offscreen, the Xvfb screenshot test,
# export validation with ../shared/validators).
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$top/scripts/build.sh"
cd "${GLOSS_BUILD_DIR:-$top/build}"
ctest --output-on-failure -j"$(nproc)" "$@"
