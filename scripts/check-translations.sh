#!/usr/bin/env bash
# Fails when a user-visible string has no German or French translation: runs lupdate over the sources into copies
# of the .ts files and asks lrelease how many entries are unfinished. Fix with
#   cmake --build build --target update_translations   # then translate the new entries (Qt Linguist)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=/usr/lib/qt6/bin
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp translations/*.ts "$tmp/"
mapfile -t sources < <(git ls-files 'models/*.cpp' 'models/*.h' 'ui/*.cpp' 'ui/*.h' 'app/*.cpp' 'app/*.h')
"$bin/lupdate" -silent -no-obsolete -locations none "${sources[@]}" -ts "$tmp"/*.ts
status=0
for ts in "$tmp"/*.ts; do
  report=$("$bin/lrelease" "$ts" -qm "$tmp/out.qm" 2>&1)
  if ! grep -q " 0 unfinished" <<<"$report" || grep -q "untranslated" <<<"$report"; then
    echo "$(basename "$ts"): strings without a translation:" >&2
    echo "$report" >&2
    status=1
  fi
done
[[ $status -eq 0 ]] && echo "translations complete: $(ls translations/*.ts | xargs -n1 basename | tr '\n' ' ')"
exit $status
