#!/usr/bin/env bash
# The README's first command: installs what is needed, builds, and opens the console. Arguments go to `keyward`
# (e.g. --profile prod). Without a display, keyward says so and shows the headless alternative.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
exec build/app/keyward/keyward "$@"
