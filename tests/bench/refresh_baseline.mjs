// The baseline for bench_refresh: the same refresh_token grants as Keyward's refresh engine, made by a plain Node
// script with `fetch` (undici) at the same concurrency, against the same tests/peers/oidc-server.mjs.
//
//   NODE_EXTRA_CA_CERTS=ca.pem node refresh_baseline.mjs --issuer https://127.0.0.1:PORT [--count 1000]
//       [--concurrency 8] [--client-id keyward-confidential] [--client-secret keyward-confidential-secret]
//       [--account baseline-1]
//
// Mints its own refresh tokens with the server's POST /__mint (not timed), then refreshes each once with
// client_secret_basic through a pool of `concurrency` workers and checks that every answer rotated the refresh
// token. Prints one JSON line on standard output:
//   {"count":1000,"concurrency":8,"wall_s":1.234,"grants_per_s":810.4,"cpu_ms_per_refresh":0.52,"failed":0}
// Exit 0 when every refresh succeeded, 1 otherwise, 2 for usage errors.
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    issuer: { type: 'string' },
    count: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '8' },
    'client-id': { type: 'string', default: 'keyward-confidential' },
    'client-secret': { type: 'string', default: 'keyward-confidential-secret' },
    account: { type: 'string', default: 'baseline' },
    scope: { type: 'string', default: 'openid offline_access' },
  },
});
const count = Number.parseInt(args.count, 10);
const concurrency = Number.parseInt(args.concurrency, 10);
if (!args.issuer || !(count > 0) || !(concurrency > 0)) {
  console.error('usage: node refresh_baseline.mjs --issuer <url> [--count N] [--concurrency N] [--client-id ID] '
    + '[--client-secret SECRET] [--account NAME]');
  process.exit(2);
}
const issuer = args.issuer.replace(/\/$/, '');

async function json(response, what) {
  const text = await response.text();
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status} ${text}`);
  return JSON.parse(text);
}

const discovery = await json(await fetch(`${issuer}/.well-known/openid-configuration`), 'discovery');
const minted = await json(await fetch(`${issuer}/__mint`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ client_id: args['client-id'], account: args.account, count, scope: args.scope }),
}), 'mint');
const tokens = minted.refresh_tokens;
if (!Array.isArray(tokens) || tokens.length !== count) {
  console.error(`mint answered ${tokens?.length} refresh tokens, not ${count}`);
  process.exit(1);
}

const authorization = `Basic ${Buffer.from(
  `${encodeURIComponent(args['client-id'])}:${encodeURIComponent(args['client-secret'])}`,
).toString('base64')}`;

async function refresh(token) {
  const response = await fetch(discovery.token_endpoint, {
    method: 'POST',
    headers: {
      authorization,
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
    },
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: token }).toString(),
  });
  const body = await json(response, 'refresh');
  if (!body.access_token || !body.refresh_token || body.refresh_token === token) {
    throw new Error(`refresh answered no rotated refresh token: ${JSON.stringify(Object.keys(body))}`);
  }
}

let next = 0;
let failed = 0;
let firstError;
async function worker() {
  while (next < tokens.length) {
    const token = tokens[next];
    next += 1;
    try {
      // eslint-disable-next-line no-await-in-loop
      await refresh(token);
    } catch (e) {
      failed += 1;
      firstError ??= e;
    }
  }
}

const cpuBefore = process.cpuUsage();
const started = process.hrtime.bigint();
await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
const wallS = Number(process.hrtime.bigint() - started) / 1e9;
const cpu = process.cpuUsage(cpuBefore);

if (firstError) console.error(`${failed} refreshes failed; the first: ${firstError.message}`);
process.stdout.write(`${JSON.stringify({
  count,
  concurrency,
  wall_s: Number(wallS.toFixed(4)),
  grants_per_s: Number((count / wallS).toFixed(1)),
  cpu_ms_per_refresh: Number(((cpu.user + cpu.system) / 1000 / count).toFixed(4)),
  failed,
})}\n`);
process.exit(failed === 0 ? 0 : 1);
