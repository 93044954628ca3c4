#!/usr/bin/env bash
# Installs everything Gloss needs to build, run and test on Debian 12 (or newer), as root.
# Idempotent: when everything is already there it finishes in about a second.
#
# KSyntaxHighlighting for Qt 6 is not packaged on Debian 12 (only a Qt 5 build), so it is built
# from Debian's own source package into a private prefix (see ../shared/PLATFORM.md). Where the
# distribution packages libkf6syntaxhighlighting-dev (Debian 13 and later) that is installed instead.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/.." && pwd)
prefix=${GLOSS_DEPS_PREFIX:-/opt/gloss-deps}
ksh_version=5.116.0
stamp="$prefix/.ksyntaxhighlighting-$ksh_version"

say() { printf 'setup: %s\n' "$*" >&2; }

need_root() {
    if [ "$(id -u)" -ne 0 ]; then
        say "installing packages needs root; run this as root (or with sudo)"
        exit 1
    fi
}

packages=(g++ cmake ninja-build ccache perl xz-utils
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libgl-dev
    qt6-svg-dev libquazip1-qt6-dev
    xvfb xauth libxml2-utils unzip python3 nodejs fonts-dejavu-core)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

kf6_available() { apt-cache show libkf6syntaxhighlighting-dev >/dev/null 2>&1; }

apt_updated=0
apt_update_once() {
    if [ "$apt_updated" -eq 0 ]; then
        say "apt-get update"
        apt-get update -qq
        apt_updated=1
    fi
}

if [ ${#missing[@]} -gt 0 ]; then
    need_root
    apt_update_once
    say "installing: ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# KSyntaxHighlighting for Qt 6 -------------------------------------------------------------
if dpkg-query -W -f='${Status}' libkf6syntaxhighlighting-dev 2>/dev/null | grep -q 'install ok installed'; then
    exit 0
fi
if [ -f "$stamp" ]; then
    exit 0
fi
need_root
if kf6_available; then
    say "installing the distribution's KF6 SyntaxHighlighting"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libkf6syntaxhighlighting-dev >/dev/null
    exit 0
fi

DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends extra-cmake-modules >/dev/null 2>&1 || {
    apt_update_once
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends extra-cmake-modules >/dev/null
}

say "building KSyntaxHighlighting $ksh_version for Qt 6 into $prefix (about two minutes, once)"
work=$(mktemp -d)
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT

# The machine's own Debian mirror, read from its apt sources; never a hard-coded host.
mirror=$(grep -hE '^(URIs:|deb )' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null \
    | grep -v security | grep -oE 'https?://[^ ]+/debian/?' | head -n 1 || true)
if [ -z "$mirror" ]; then
    say "could not find a Debian mirror in /etc/apt/sources.list*"
    exit 1
fi
mkdir -p "$work/apt/lists/partial" "$work/apt/cache/archives/partial" "$work/apt/parts"
echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] ${mirror%/} trixie main" > "$work/apt/sources.list"
aptopts=(-o "Dir::Etc::SourceList=$work/apt/sources.list" -o "Dir::Etc::SourceParts=$work/apt/parts"
    -o "Dir::State::Lists=$work/apt/lists" -o "Dir::Cache=$work/apt/cache")
apt-get "${aptopts[@]}" update -qq
(cd "$work" && apt-get "${aptopts[@]}" source --tar-only --download-only "ksyntax-highlighting/trixie" >/dev/null)
tarball=$(ls "$work"/ksyntax-highlighting_*.orig.tar.xz | head -n 1)
mkdir -p "$work/src"
tar -xJf "$tarball" -C "$work/src" --strip-components=1

# Debian 12 has ECM 5.103; the source asks for its own version. Nothing it uses is newer.
sed -i -E 's/find_package\(ECM [0-9.]+ /find_package(ECM 5.103 /' "$work/src/CMakeLists.txt"
# Translations of the library's few messages need Qt6LinguistTools; Gloss does not use them.
sed -i -E 's/^(\s*)(ecm_install_po_files_as_qm)/\1# \2/' "$work/src/CMakeLists.txt"

cmake -S "$work/src" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_WITH_QT6=ON -DQT_MAJOR_VERSION=6 \
    -DBUILD_TESTING=OFF -DBUILD_QCH=OFF -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_INSTALL_LIBDIR=lib >"$work/configure.log" 2>&1 \
    || { cat "$work/configure.log" >&2; exit 1; }
cmake --build "$work/build" >"$work/build.log" 2>&1 || { tail -n 50 "$work/build.log" >&2; exit 1; }
cmake --install "$work/build" >/dev/null
touch "$stamp"
say "KSyntaxHighlighting installed in $prefix"
