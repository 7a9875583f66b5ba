#!/usr/bin/env bash
# The README's demo: starts the bundled OAuth / OpenID Connect provider (tests/peers, node oidc-provider) on
# http://127.0.0.1:8480, creates a "demo" profile with an app registered at it, and opens the console on that profile.
# In the console: Provider apps → demo-provider → Connect account… → Start; sign in in the browser with any name.
# The provider keeps its state in memory: after a restart, connections made earlier need reauthorization.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test-peers
scripts/build.sh
port=${KEYWARD_DEMO_PORT:-8480}
cli=build/app/keyward-cli/keyward-cli
log=$(mktemp -t keyward-demo-provider.XXXXXX)
node tests/peers/oidc-server.mjs --port "$port" --http >"$log.out" 2>"$log" &
provider=$!
trap 'kill $provider 2>/dev/null || true; rm -f "$log" "$log.out"' EXIT
for _ in $(seq 100); do
  grep -q '^LISTENING' "$log.out" 2>/dev/null && break
  kill -0 $provider 2>/dev/null || { echo "The demo provider did not start:" >&2; cat "$log" >&2; exit 1; }
  sleep 0.1
done
echo "Demo provider: http://127.0.0.1:$port (any user name signs in)"
"$cli" --profile demo status >/dev/null 2>&1 || "$cli" --profile demo init
if ! "$cli" --profile demo apps list --json | grep -q '"name": "demo-provider"'; then
  "$cli" --profile demo apps add --name demo-provider --discovery "http://127.0.0.1:$port" \
    --client-id keyward-native --auth-method none --scopes "openid offline_access profile email"
fi
echo "In the console: Provider apps → demo-provider → Connect account… → Start, then sign in with any name."
echo "Headless instead: $cli --profile demo connect demo-provider --no-browser"
build/app/keyward/keyward --profile demo "$@"
