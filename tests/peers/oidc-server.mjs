// A real OAuth 2.0 / OpenID Connect server (panva's oidc-provider) for Keyward's integration tests.
//
//   node oidc-server.mjs --port 0 --cert server.pem --key server-key.pem
//   node oidc-server.mjs --port 8480 --http        (the README's demo: a desktop browser trusts no test CA)
//
// Listens over HTTPS (or plain HTTP with --http) on 127.0.0.1 and prints exactly one line to standard output, `LISTENING <port>`, once it
// accepts connections; everything else (oidc-provider's notices included) goes to standard error. The issuer is
// https://127.0.0.1:<port>. See README.md in this directory for the clients, the settings and the admin API.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { parseArgs } from 'node:util';

import Provider from 'oidc-provider';
// oidc-provider's own in-memory adapter, given a larger store: its default one keeps only 1,000 entries (least
// recently used first out), fewer than a benchmark's thousand grants with their tokens. The package is pinned
// exactly, so reaching into its lib/ is safe.
import MemoryAdapter from 'oidc-provider/lib/adapters/memory_adapter.js';
import LRU from 'oidc-provider/lib/helpers/lru.js';

// oidc-provider writes its notices with console.info (standard output): keep standard output for the one line
// the C++ side waits for.
console.info = console.error;

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    cert: { type: 'string' },
    key: { type: 'string' },
    http: { type: 'boolean', default: false },
  },
});
if (!args.http && (!args.cert || !args.key)) {
  console.error('usage: node oidc-server.mjs --port <port|0> (--cert <server.pem> --key <server-key.pem> | --http)');
  process.exit(2);
}

const accessTtl = Number.parseInt(process.env.PEER_ACCESS_TTL ?? '3600', 10);
if (!Number.isInteger(accessTtl) || accessTtl <= 0) {
  console.error(`PEER_ACCESS_TTL must be a positive number of seconds, not "${process.env.PEER_ACCESS_TTL}"`);
  process.exit(2);
}

const loopbackRedirect = ['http://127.0.0.1/callback'];
const deviceGrant = 'urn:ietf:params:oauth:grant-type:device_code';
const allScopes = 'openid offline_access profile email api:read api:write';

const clients = [
  {
    client_id: 'keyward-native',
    application_type: 'native', // RFC 8252 §7.3: any port on a loopback redirect
    token_endpoint_auth_method: 'none',
    redirect_uris: loopbackRedirect,
    grant_types: ['authorization_code', 'refresh_token', deviceGrant],
    response_types: ['code'],
    scope: 'openid offline_access profile email',
  },
  {
    client_id: 'keyward-confidential',
    client_secret: 'keyward-confidential-secret',
    application_type: 'native',
    token_endpoint_auth_method: 'client_secret_basic',
    redirect_uris: loopbackRedirect,
    grant_types: ['authorization_code', 'refresh_token', 'client_credentials', deviceGrant],
    response_types: ['code'],
    scope: allScopes,
  },
  {
    client_id: 'keyward-post',
    client_secret: 'keyward-post-secret',
    application_type: 'native',
    token_endpoint_auth_method: 'client_secret_post',
    redirect_uris: loopbackRedirect,
    grant_types: ['authorization_code', 'refresh_token', 'client_credentials', deviceGrant],
    response_types: ['code'],
    scope: allScopes,
  },
];

// A fresh signing key per run: nothing signed by one test run must verify in another.
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'peer-rs256', alg: 'RS256', use: 'sig' };

// Everything the server stores (grants, tokens, sessions, codes, with their expiry) lives in this one store.
const storage = new LRU({ maxSize: 1_000_000 });
const clockTolerance = 15; // oidc-provider's default, which its own memory adapter is given too

const configuration = {
  clients,
  clockTolerance,
  adapter: (model) => new MemoryAdapter(model, storage, clockTolerance),
  jwks: { keys: [signingKey] },
  cookies: { keys: [randomBytes(32).toString('base64url')] },
  // Every scope the server knows. api:read and api:write are listed here (not behind a resource indicator) so
  // client_credentials keeps them: without a `resource` parameter oidc-provider drops every requested scope that is
  // not in this list, and with one it would issue a JWT access token that cannot be introspected or revoked.
  scopes: allScopes.split(' '),
  claims: {
    openid: ['sub'],
    profile: ['name', 'preferred_username'],
    email: ['email', 'email_verified'],
  },
  // The dev login accepts any name: the name becomes the account id.
  async findAccount(_ctx, id) {
    return {
      accountId: id,
      async claims() {
        return { sub: id, name: id, preferred_username: id, email: `${id}@example.test`, email_verified: true };
      },
    };
  },
  features: {
    devInteractions: { enabled: true },
    deviceFlow: { enabled: true },
    revocation: { enabled: true },
    introspection: { enabled: true },
    clientCredentials: { enabled: true },
    // Enabled by default; with no `resource` requested (and no default) tokens stay opaque.
    resourceIndicators: { enabled: true, defaultResource: async () => undefined },
  },
  // PKCE is required for public clients (the default policy) and S256 is the only method oidc-provider 9 offers.
  pkce: { required: (_ctx, client) => client.clientAuthMethod === 'none' },
  // A refresh token for every client allowed the grant, not only with offline_access + prompt=consent.
  issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
  // Every refresh rotates; reusing a rotated token revokes the grant (oidc-provider's reuse detection).
  rotateRefreshToken: true,
  ttl: {
    AccessToken: accessTtl,
    ClientCredentials: accessTtl,
    AuthorizationCode: 60,
    IdToken: 3600,
    RefreshToken: 14 * 24 * 60 * 60,
    DeviceCode: 600,
    Interaction: 600,
    Session: 24 * 60 * 60,
    Grant: 14 * 24 * 60 * 60,
  },
  clientBasedCORS: () => false,
  // Keep the real error in the log: the HTTP answer only carries oidc-provider's generic description.
  renderError(ctx, out, error) {
    console.error(`render error: ${out.error}: ${error?.error_detail ?? error?.message ?? ''}`);
    ctx.type = 'html';
    const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    ctx.body = `<!DOCTYPE html><html><head><title>oops</title></head><body><h1>${esc(out.error)}</h1>`
      + `<p id="error_description">${esc(out.error_description)}</p></body></html>`;
  },
};

// ---- faults on demand and request counts -------------------------------------------------------------------
// The admin endpoints have no authentication on purpose: this server only ever runs for tests, bound to the
// loopback interface, with throw-away clients and keys.
const faults = []; // { path, status, retry_after, count, delay_ms, body, content_type }
const stats = {};

const sleep = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}

function defaultFaultBody(status) {
  if (status === 429) return { error: 'slow_down', error_description: 'fault injected by the test peer' };
  if (status === 503) return { error: 'temporarily_unavailable', error_description: 'fault injected by the test peer' };
  if (status >= 500) return { error: 'server_error', error_description: 'fault injected by the test peer' };
  return { error: 'invalid_request', error_description: 'fault injected by the test peer' };
}

async function admin(ctx) {
  const answer = (status, body) => {
    ctx.status = status;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(body);
  };
  if (ctx.path === '/__faults' && ctx.method === 'POST') {
    let fault;
    try {
      fault = await readJson(ctx.req);
    } catch (e) {
      answer(400, { error: `the fault is not JSON: ${e.message}` });
      return;
    }
    if (typeof fault.path !== 'string' || !fault.path.startsWith('/')) {
      answer(400, { error: 'a fault needs "path", starting with "/"' });
      return;
    }
    const entry = {
      path: fault.path,
      status: Number(fault.status ?? 503),
      retry_after: fault.retry_after,
      count: Number(fault.count ?? 1),
      delay_ms: Number(fault.delay_ms ?? 0),
      body: fault.body,
      content_type: fault.content_type,
    };
    faults.push(entry);
    answer(200, { ok: true, faults });
  } else if (ctx.path === '/__faults' && ctx.method === 'DELETE') {
    faults.length = 0;
    answer(200, { ok: true });
  } else if (ctx.path === '/__faults' && ctx.method === 'GET') {
    answer(200, faults);
  } else if (ctx.path === '/__stats' && ctx.method === 'GET') {
    answer(200, stats);
  } else if (ctx.path === '/__stats/reset' && ctx.method === 'POST') {
    for (const key of Object.keys(stats)) delete stats[key];
    answer(200, { ok: true });
  } else if (ctx.path === '/__mint' && ctx.method === 'POST') {
    await mint(ctx, answer);
  } else {
    answer(404, { error: 'unknown admin endpoint' });
  }
}

// Grants with a refresh token each, without the browser round trip (for benchmarks: a thousand connections due at
// once). Each is what the authorization code flow leaves behind: a saved Grant holding the OIDC scope, and a refresh
// token bound to it (gty authorization_code), which rotates on use like any other.
const maxMint = 100_000;

async function mint(ctx, answer) {
  let request;
  try {
    request = await readJson(ctx.req);
  } catch (e) {
    answer(400, { error: `the request is not JSON: ${e.message}` });
    return;
  }
  const client = await provider.Client.find(String(request.client_id ?? ''));
  if (!client) {
    answer(400, { error: `unknown client_id "${request.client_id}"` });
    return;
  }
  if (!client.grantTypeAllowed('refresh_token')) {
    answer(400, { error: `client "${client.clientId}" is not allowed the refresh_token grant` });
    return;
  }
  const count = Number(request.count ?? 1);
  if (!Number.isInteger(count) || count < 1 || count > maxMint) {
    answer(400, { error: `"count" must be an integer from 1 to ${maxMint}` });
    return;
  }
  const accountId = String(request.account ?? 'bench');
  const scope = String(request.scope ?? 'openid offline_access');
  const refreshTokens = [];
  for (let i = 0; i < count; i += 1) {
    const grant = new provider.Grant({ clientId: client.clientId, accountId });
    grant.addOIDCScope(scope);
    // eslint-disable-next-line no-await-in-loop
    const grantId = await grant.save();
    const token = new provider.RefreshToken({
      client,
      accountId,
      grantId,
      scope,
      gty: 'authorization_code',
      authTime: Math.floor(Date.now() / 1000),
    });
    // eslint-disable-next-line no-await-in-loop
    refreshTokens.push(await token.save());
  }
  answer(200, { refresh_tokens: refreshTokens });
}

async function faultsAndStats(ctx, next) {
  if (ctx.path.startsWith('/__')) {
    await admin(ctx);
    return;
  }
  stats[ctx.path] = (stats[ctx.path] ?? 0) + 1;

  const fault = faults.find((f) => f.path === ctx.path && f.count > 0);
  if (fault) {
    fault.count -= 1;
    if (fault.count <= 0) faults.splice(faults.indexOf(fault), 1);
    if (fault.delay_ms > 0) await sleep(fault.delay_ms);
    if (fault.status !== 0) {
      ctx.status = fault.status;
      if (fault.retry_after !== undefined) ctx.set('Retry-After', String(fault.retry_after));
      ctx.set('Cache-Control', 'no-store');
      if (fault.body !== undefined) {
        ctx.type = fault.content_type ?? 'application/json';
        ctx.body = String(fault.body);
      } else {
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(defaultFaultBody(fault.status));
      }
      return;
    }
  }
  await next();
}

// ---- the server ---------------------------------------------------------------------------------------------
// The issuer contains the port, which is only known after listen() when --port is 0: the HTTPS server listens
// first, with a handler that forwards to the provider, and the provider is built once the port is known.
let provider; // built once the port is known (the admin API mints tokens with it)
let handler = (_req, res) => {
  res.writeHead(503, { 'Retry-After': '1' });
  res.end();
};
const server = args.http
  ? createHttpServer((req, res) => handler(req, res))
  : createHttpsServer({ cert: readFileSync(args.cert), key: readFileSync(args.key) }, (req, res) => handler(req, res));
server.on('error', (e) => {
  console.error(`cannot listen: ${e.message}`);
  process.exit(1);
});

server.listen(Number.parseInt(args.port, 10), '127.0.0.1', () => {
  const { port } = server.address();
  provider = new Provider(`${args.http ? 'http' : 'https'}://127.0.0.1:${port}`, configuration);
  provider.use(faultsAndStats);
  provider.on('server_error', (_ctx, e) => console.error(`server_error: ${e.stack ?? e}`));
  // Refused grants are routine in tests (authorization_pending, a reused refresh token): say why, quietly.
  provider.on('grant.error', (_ctx, e) => console.error(`grant refused: ${e.message} (${e.error_detail ?? ''})`));
  handler = provider.callback();
  process.stdout.write(`LISTENING ${port}\n`);
});

const stop = () => {
  server.close();
  server.closeAllConnections();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
