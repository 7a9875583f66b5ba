// Signs webhook deliveries the way the providers do, with the providers' own libraries, for Keyward's tests.
//
//   echo '{"cases":[{"scheme":"github","secrets":["s3cret"],"body":"{\"zen\":\"hi\"}"}]}' | node webhook-sign.mjs
//
// Reads one JSON document from standard input:
//   {"cases": [{"scheme": "github|stripe|slack|shopify|standard", "secrets": ["..."], "body": "<string>",
//               "timestamp": <unix seconds, optional: now>, "id": "<delivery id, optional: a random msg_...>",
//               "event": "<github and shopify only, optional>", "shop": "<shopify only, optional>"}]}
// and prints exactly one line to standard output, the headers of each case in the same order:
//   {"results": [{"headers": {"Header-Name": "value", ...}}, ...]}
// The body is signed as its UTF-8 bytes: send exactly those bytes. Every signature is checked again with the
// provider's library before it is printed (see README.md in this directory). Exit 2 for bad input, 1 when a
// library refuses its own signature; the reason goes to standard error.
import { createHmac, randomBytes } from 'node:crypto';

const usage = 'usage: node webhook-sign.mjs < cases.json   (see the comment at the top of this file)';

class InputError extends Error {}

if (process.argv.length > 2) {
  console.error(process.argv[2] === '--help' || process.argv[2] === '-h' ? usage : `unexpected arguments\n${usage}`);
  process.exit(process.argv[2] === '--help' || process.argv[2] === '-h' ? 0 : 2);
}

// The libraries are loaded only for the schemes asked for (@slack/bolt takes a third of a second).
const libraries = {};
async function library(name) {
  libraries[name] ??= await import(name);
  return libraries[name];
}

const schemes = {
  github: { fields: ['event'], sign: signGitHub },
  stripe: { fields: [], sign: signStripe },
  standard: { fields: [], sign: signStandard },
  slack: { fields: [], sign: signSlack },
  shopify: { fields: ['event', 'shop'], sign: signShopify },
};
const commonFields = ['scheme', 'secrets', 'body', 'timestamp', 'id'];

const headerSafe = (s) => !/[\r\n\0]/.test(s);

function randomId() {
  // Like Svix's ids: msg_ and 24 characters of [0-9A-Za-z].
  const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  return `msg_${Array.from(randomBytes(24), (b) => alphabet[b % 62]).join('')}`;
}

function checkCase(c, index, now) {
  const where = `case ${index}`;
  if (c === null || typeof c !== 'object' || Array.isArray(c)) throw new InputError(`${where}: not an object`);
  const scheme = schemes[c.scheme];
  if (!scheme) {
    throw new InputError(`${where}: "scheme" must be one of ${Object.keys(schemes).join(', ')}, not ${JSON.stringify(c.scheme)}`);
  }
  for (const key of Object.keys(c)) {
    if (!commonFields.includes(key) && !scheme.fields.includes(key)) {
      throw new InputError(`${where}: unknown field "${key}" for scheme ${c.scheme}`);
    }
  }
  if (!Array.isArray(c.secrets) || c.secrets.length === 0
      || !c.secrets.every((s) => typeof s === 'string' && s.length > 0)) {
    throw new InputError(`${where}: "secrets" must be a non-empty array of non-empty strings`);
  }
  if (typeof c.body !== 'string') throw new InputError(`${where}: "body" must be a string`);
  if (!c.body.isWellFormed()) throw new InputError(`${where}: "body" holds a lone surrogate (not valid UTF-8)`);
  if (c.timestamp !== undefined && !(Number.isSafeInteger(c.timestamp) && c.timestamp >= 0)) {
    throw new InputError(`${where}: "timestamp" must be a whole number of seconds since 1970, not ${JSON.stringify(c.timestamp)}`);
  }
  for (const key of ['id', 'event', 'shop']) {
    if (c[key] !== undefined && !(typeof c[key] === 'string' && c[key].length > 0 && headerSafe(c[key]))) {
      throw new InputError(`${where}: "${key}" must be a non-empty string without line breaks`);
    }
  }
  return {
    ...c,
    timestamp: c.timestamp ?? now,
    id: c.id ?? randomId(),
    sign: scheme.sign,
    where,
  };
}

// The providers' tolerance windows, to decide whether a library's own check can run at the real current time.
const within = (ts, now, seconds) => Math.abs(now - ts) <= seconds;

function selfCheckFailed(c, detail) {
  const error = new Error(`${c.where}: the ${c.scheme} library refuses the signature just made: ${detail}`);
  error.selfCheck = true;
  return error;
}

// GitHub: X-Hub-Signature-256 = "sha256=" hex HMAC-SHA256(secret, body). One secret per webhook.
async function signGitHub(c) {
  const { sign, verify } = await library('@octokit/webhooks-methods');
  const signature = await sign(c.secrets[0], c.body);
  if (!(await verify(c.secrets[0], c.body, signature))) throw selfCheckFailed(c, 'verify() returned false');
  return {
    'X-Hub-Signature-256': signature,
    'X-GitHub-Delivery': c.id,
    'X-GitHub-Event': c.event ?? 'ping',
  };
}

// Stripe: Stripe-Signature = "t=<ts>,v1=<hex HMAC-SHA256(secret, ts + "." + body)>", one v1 per secret (Stripe
// sends several while a secret is being rolled). The secret is used as is, whsec_ included.
async function signStripe(c) {
  const { default: Stripe } = await library('stripe');
  if (c.timestamp === 0) {
    // generateTestHeaderString reads a timestamp of 0 as "none given" and takes the current time.
    throw new InputError(`${c.where}: stripe's generateTestHeaderString cannot sign timestamp 0`);
  }
  const signatures = c.secrets.map((secret) => {
    const header = Stripe.webhooks.generateTestHeaderString({ payload: c.body, secret, timestamp: c.timestamp });
    const parts = header.split(',');
    if (parts.length !== 2 || parts[0] !== `t=${c.timestamp}` || !parts[1].startsWith('v1=')) {
      throw selfCheckFailed(c, `unexpected header from generateTestHeaderString: ${header}`);
    }
    return parts[1];
  });
  const header = `t=${c.timestamp},${signatures.join(',')}`;
  // constructEvent = verifyHeader + JSON.parse of the body; it checks only that the timestamp is not older than
  // 300 s (receivedAt stands in for "now" when the case is signed for another time).
  const receivedAt = within(c.timestamp, Math.floor(Date.now() / 1000), 300) ? undefined : c.timestamp * 1000;
  let json = false;
  try {
    json = JSON.parse(c.body)?.object !== 'v2.core.event'; // a thin event has its own parser
  } catch {
    json = false;
  }
  for (const secret of c.secrets) {
    try {
      if (json) Stripe.webhooks.constructEvent(c.body, header, secret, 300, undefined, receivedAt);
      else Stripe.webhooks.signature.verifyHeader(c.body, header, secret, 300, undefined, receivedAt);
    } catch (e) {
      throw selfCheckFailed(c, e.message);
    }
  }
  return { 'Stripe-Signature': header };
}

// Standard Webhooks (Svix): webhook-signature = "v1,<base64 HMAC-SHA256(key, id + "." + ts + "." + body)>", key =
// base64-decode of the secret after "whsec_"; several secrets give several signatures, space-separated.
async function signStandard(c) {
  const { Webhook } = await library('standardwebhooks');
  const hooks = c.secrets.map((secret) => {
    try {
      return new Webhook(secret);
    } catch (e) {
      throw new InputError(`${c.where}: not a Standard Webhooks secret (whsec_ and base64): ${e.message}`);
    }
  });
  const signature = hooks.map((hook) => hook.sign(c.id, new Date(c.timestamp * 1000), c.body)).join(' ');
  const headers = {
    'webhook-id': c.id,
    'webhook-timestamp': String(c.timestamp),
    'webhook-signature': signature,
  };
  // verify() always compares with the current time (±300 s); it has no "now" to pass.
  if (within(c.timestamp, Math.floor(Date.now() / 1000), 300)) {
    for (const hook of hooks) {
      try {
        hook.verify(c.body, headers, { jsonParse: false });
      } catch (e) {
        throw selfCheckFailed(c, e.message);
      }
    }
  }
  return headers;
}

// Slack: X-Slack-Signature = "v0=" hex HMAC-SHA256(signing secret, "v0:" + ts + ":" + body), computed as Slack's
// documentation says (Bolt only verifies), then checked with Bolt's verifySlackRequest.
async function signSlack(c) {
  const { verifySlackRequest } = await library('@slack/bolt');
  const secret = c.secrets[0];
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${c.timestamp}:${c.body}`).digest('hex')}`;
  try {
    verifySlackRequest({
      signingSecret: secret,
      body: c.body,
      headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': c.timestamp },
      // Bolt refuses timestamps more than 5 minutes in the past; for a case signed for another time it is asked
      // at that time instead.
      nowMilliseconds: within(c.timestamp, Math.floor(Date.now() / 1000), 300) ? undefined : c.timestamp * 1000,
    });
  } catch (e) {
    throw selfCheckFailed(c, e.message);
  }
  return {
    'X-Slack-Request-Timestamp': String(c.timestamp),
    'X-Slack-Signature': signature,
  };
}

// Shopify: X-Shopify-Hmac-Sha256 = base64 HMAC-SHA256(app secret, body), the documented scheme (no library of
// Shopify's signs). No timestamp: receivers deduplicate on X-Shopify-Webhook-Id.
async function signShopify(c) {
  return {
    'X-Shopify-Hmac-Sha256': createHmac('sha256', c.secrets[0]).update(c.body).digest('base64'),
    'X-Shopify-Webhook-Id': c.id,
    'X-Shopify-Topic': c.event ?? 'app/uninstalled',
    'X-Shopify-Shop-Domain': c.shop ?? 'example.myshopify.com',
  };
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

async function main() {
  const text = await readStdin();
  let input;
  try {
    input = JSON.parse(text);
  } catch (e) {
    throw new InputError(`standard input is not JSON: ${e.message}`);
  }
  if (input === null || typeof input !== 'object' || !Array.isArray(input.cases)) {
    throw new InputError('expected {"cases": [...]} on standard input');
  }
  const now = Math.floor(Date.now() / 1000);
  const cases = input.cases.map((c, i) => checkCase(c, i, now));
  const results = [];
  for (const c of cases) {
    try {
      // eslint-disable-next-line no-await-in-loop
      results.push({ headers: await c.sign(c) });
    } catch (e) {
      if (e instanceof InputError || e.selfCheck) throw e;
      throw new InputError(`${c.where}: ${e.message}`); // the library refused the input (e.g. an empty body)
    }
  }
  process.stdout.write(`${JSON.stringify({ results })}\n`);
}

try {
  await main();
} catch (e) {
  console.error(`webhook-sign: ${e.message}`);
  process.exitCode = e instanceof InputError ? 2 : 1;
}
