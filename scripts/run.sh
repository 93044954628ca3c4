#!/usr/bin/env bash
# Sets up, builds and opens Gloss. Without arguments it opens the bundled sample article set;
# arguments are passed on (a project .gloss, a folder or article files).
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$top/scripts/build.sh" >/dev/null
gloss="${GLOSS_BUILD_DIR:-$top/build}/bin/gloss"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run: no display here (DISPLAY is not set); starting Gloss on a virtual X server instead" >&2
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$gloss" "$@"
fi
exec "$gloss" "$@"
