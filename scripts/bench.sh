#!/usr/bin/env bash
# Builds and runs every benchmark in tests/bench, printing their figures. Not part of the test suite.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$top/scripts/build.sh" >/dev/null
build=${GLOSS_BUILD_DIR:-$top/build}
status=0
for bench in "$build"/bench/bench_*; do
    [ -x "$bench" ] || continue
    echo "== $(basename "$bench")"
    QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$bench" "$@" || status=1
done
exit $status
