#!/usr/bin/env bash
# Installs the Debian 12 packages Keyward needs to build, run and test. Safe to run again: it only calls apt-get
# when something is missing.
set -euo pipefail
packages=(
  # build
  g++ cmake ninja-build pkg-config ccache clang-format
  # libraries
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev libqt6svg6
  qtkeychain-qt6-dev libsecret-1-0 libsqlcipher-dev libssl-dev libbenchmark-dev
  # running and testing: the OS keychain headless, a virtual display, fonts for screenshots
  gnome-keyring dbus dbus-x11 xvfb xauth fonts-dejavu-core util-linux sqlcipher desktop-file-utils
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
