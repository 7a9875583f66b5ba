#!/usr/bin/env bash
# Configures and builds Keyward into build/ (or $KEYWARD_BUILD_DIR). Extra arguments go to cmake's configure step.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${KEYWARD_BUILD_DIR:-build}
# ccache hits across clones of the repository (CI builds a fresh clone each time).
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=${KEYWARD_BUILD_TYPE:-RelWithDebInfo} "$@" >/dev/null
cmake --build "$build"
