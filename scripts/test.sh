#!/usr/bin/env bash
# The README's second command: installs what is needed, builds with warnings as errors, and runs every test except
# benchmarks inside a private D-Bus session with an unlocked gnome-keyring (scripts/with-keyring.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test-peers
scripts/build.sh -DKEYWARD_WERROR=ON -DKEYWARD_BUILD_TESTS=ON
export QT_QPA_PLATFORM=offscreen
scripts/with-keyring.sh ctest --test-dir build --label-exclude bench --output-on-failure -j2 "$@"
