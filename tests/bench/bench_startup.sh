#!/usr/bin/env bash
# Console cold start to the first painted window, offscreen, on a profile with audit events, measured as whole
# processes (keyward exits right after its first paint when KEYWARD_EXIT_AFTER_FIRST_PAINT=1).
# Baseline in the same run: `keyward-cli --version` (process start and Qt load without any window).
# Usage: bench_startup.sh KEYWARD KEYWARD_CLI   (inside scripts/with-keyring.sh)
set -euo pipefail
keyward=$1 cli=$2
profile=$(mktemp -d)/profile
"$cli" --profile-dir "$profile" init >/dev/null
export QT_QPA_PLATFORM=offscreen KEYWARD_EXIT_AFTER_FIRST_PAINT=1
runs=15
measure() {
  local -a times=()
  for _ in $(seq $runs); do
    local t0 t1
    t0=$(date +%s%N)
    "$@" >/dev/null 2>&1
    t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "min %.1f ms, median %.1f ms, max %.1f ms\n", a[1]/1000, a[int((NR+1)/2)]/1000, a[NR]/1000}'
}
echo "console_first_paint: $(measure "$keyward" --profile-dir "$profile")"
echo "cli_version_baseline: $(measure "$cli" --version)"
