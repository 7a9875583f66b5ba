#!/usr/bin/env bash
# Installs the Debian 12 packages Keyward needs to build, run and test. Safe to run again: it only calls apt-get
# when something is missing.
set -euo pipefail
packages=(
  # build
  g++ cmake ninja-build pkg-config ccache clang-format
  # libraries
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev libqt6svg6
  qtkeychain-qt6-dev libsecret-1-0 libsqlcipher-dev libssl-dev libbenchmark-dev libargon2-dev libqrencode-dev
  # running and testing: the OS keychain headless, a virtual display, fonts for screenshots
  gnome-keyring dbus dbus-x11 xvfb xauth fonts-dejavu-core util-linux sqlcipher desktop-file-utils
  # reading the PDF reports back in tests (pdftotext, pdftoppm)
  poppler-utils
  # the tests' certificates (test CA and server certificate for the OAuth test server)
  openssl
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

# With --test-peers (the test command and the demo): the bundled OAuth 2.0 / OpenID Connect server (tests/peers:
# oidc-provider, pinned in package-lock.json), which runs on Node.js >= 20.18. Debian 12's own nodejs package is 18,
# too old, so Node is not installed from apt here. The console itself does not need Node.
[[ "${1:-}" == --test-peers ]] || exit 0
cd "$(dirname "$0")/.."
node_hint="Debian 12's nodejs package is 18.x, but the tests' OAuth server (tests/peers) needs Node.js 20.18 or later: \
install it from NodeSource (curl -fsSL https://deb.nodesource.com/setup_20.x | sudo bash - && sudo apt-get install -y nodejs), \
then run this script again."
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "Node.js and npm were not found. $node_hint" >&2
  exit 1
fi
node_version=$(node --version)
IFS=. read -r node_major node_minor _ <<<"${node_version#v}"
if ((node_major < 20 || (node_major == 20 && node_minor < 18))); then
  echo "Node.js $node_version is too old. $node_hint" >&2
  exit 1
fi
if [[ ! -d tests/peers/node_modules || tests/peers/package-lock.json -nt tests/peers/node_modules ]]; then
  echo "Installing the tests' OAuth server (npm ci in tests/peers)"
  npm ci --prefix tests/peers --no-audit --no-fund
  touch tests/peers/node_modules
fi
