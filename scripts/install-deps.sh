#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Bulkhead needs to build, run and test on Debian 12 (bookworm), as root. Idempotent: when every
# package is already installed it does nothing (no apt-get update), so repeated runs take well under a second.
#   scripts/install-deps.sh            build + run + test dependencies
#   BULKHEAD_DEPS=build scripts/install-deps.sh   only what the build needs
set -euo pipefail

# Build: compiler, CMake/Ninja, Qt 6.4 (Widgets, Charts, Svg, OpenGL for Charts, Linguist tools), JSON, RE2,
# libarchive, OpenSSL. `file` is needed by cpack's shlibdeps.
BUILD_PACKAGES=(
    build-essential cmake ninja-build pkg-config file ccache clang-format
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n nlohmann-json3-dev libre2-dev libmimalloc-dev libarchive-dev libssl-dev libgl-dev
)
# Run and test: the private test daemon (docker.io, busybox-static, openssh, openssl, jq, python3, flock from
# util-linux), headless GUI tests and screenshots (xvfb, xauth, fonts, imagemagick), report readers (poppler,
# chromium, jsonschema for SARIF), sanitizers and fuzzing (clang + compiler-rt).
TEST_PACKAGES=(
    docker.io busybox-static openssh-server openssh-client openssl jq python3 python3-jsonschema util-linux
    xvfb xauth imagemagick poppler-utils fonts-dejavu-core locales chromium clang libclang-rt-14-dev
)

packages=("${BUILD_PACKAGES[@]}")
if [[ "${BULKHEAD_DEPS:-all}" != build ]]; then
    packages+=("${TEST_PACKAGES[@]}")
    # Node is only used by the benchmarks; keep an existing installation (e.g. from NodeSource, whose nodejs
    # bundles npm and conflicts with Debian's npm package).
    if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
        packages+=(nodejs npm)
    fi
fi

# One dpkg-query for all packages: unknown names print nothing, so compare against the installed set.
declare -A installed=()
while read -r name state; do
    [[ "$state" == "install ok installed" ]] && installed["${name%%:*}"]=1
done < <(dpkg-query -W -f='${Package} ${Status}\n' "${packages[@]}" 2>/dev/null || true)
missing=()
for p in "${packages[@]}"; do
    [[ -n "${installed[$p]:-}" ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

echo "install-deps: missing: ${missing[*]}"
if [[ $EUID -ne 0 ]]; then
    echo "install-deps: run as root (sudo $0) to install them" >&2
    exit 1
fi
if ! grep -qs 'bookworm' /etc/os-release; then
    echo "install-deps: warning: written for Debian 12 (bookworm); package names may differ here" >&2
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
echo "install-deps: installed ${#missing[@]} package(s)"
