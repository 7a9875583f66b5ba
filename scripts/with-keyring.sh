#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (the Secret Service), with HOME and
# the XDG directories in a throw-away directory: tests never touch the user's real keychain or profiles.
# Usage: scripts/with-keyring.sh COMMAND [ARGS...]
set -euo pipefail
if [[ -z "${KEYWARD_IN_KEYRING:-}" ]]; then
  scratch=$(mktemp -d -t keyward-keyring.XXXXXX)
  trap 'rm -rf "$scratch"' EXIT
  export HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
         XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/run"
  mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
  chmod 700 "$XDG_RUNTIME_DIR"
  export KEYWARD_IN_KEYRING=1
  exec dbus-run-session -- "$0" "$@"
fi
# Inside the session: start the keyring unlocked with a throw-away password, then run the command.
eval "$(printf 'keyward-test' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
"$@"
