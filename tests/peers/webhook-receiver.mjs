// A GitHub webhook receiver in Node, the baseline for Keyward's webhook throughput benchmark
// (tests/bench/webhook_load.cpp drives it).
//
//   node webhook-receiver.mjs --port 0 --cert server.pem --key server-key.pem --secret-file secret.txt
//
// Listens over HTTPS on 127.0.0.1 (HTTP/1.1 keep-alive) and prints exactly one line to standard output,
// `LISTENING <port>`, once it accepts connections; everything else goes to standard error. The secret is the
// file's content without its final line break.
//
//   POST /webhooks/github   X-Hub-Signature-256 checked with @octokit/webhooks-methods' verify():
//                           202 {"status":"accepted"}, 401 when the signature is missing or wrong,
//                           413 for a body over 1 MiB
// Anything else: 404 (405 for another method on the webhook path).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { parseArgs } from 'node:util';

import { verify } from '@octokit/webhooks-methods';

const usage = 'usage: node webhook-receiver.mjs --port <port|0> --cert <server.pem> --key <server-key.pem> '
  + '--secret-file <file>';
let args;
try {
  ({ values: args } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      cert: { type: 'string' },
      key: { type: 'string' },
      'secret-file': { type: 'string' },
    },
  }));
} catch (e) {
  console.error(`${e.message}\n${usage}`);
  process.exit(2);
}
const port = Number(args.port);
if (!args.cert || !args.key || !args['secret-file'] || !Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(usage);
  process.exit(2);
}

let secret;
let tlsOptions;
try {
  secret = readFileSync(args['secret-file'], 'utf8').replace(/\r?\n$/, '');
  tlsOptions = { cert: readFileSync(args.cert), key: readFileSync(args.key) };
} catch (e) {
  console.error(`cannot read: ${e.message}`);
  process.exit(2);
}
if (!secret) {
  console.error(`the secret file ${args['secret-file']} is empty`);
  process.exit(2);
}

const bodyLimit = 1024 * 1024;
const json = (res, status, body, headers = {}) => {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
};

// Refuses the rest of an oversized body without reading it: the answer closes the connection.
const tooLarge = (res) => json(res, 413, { error: 'body larger than 1 MiB' }, { Connection: 'close' });

function handle(req, res) {
  const path = req.url.split('?')[0];
  if (path !== '/webhooks/github') {
    json(res, 404, { error: 'not found' });
    return;
  }
  if (req.method !== 'POST') {
    json(res, 405, { error: 'method not allowed' }, { Allow: 'POST' });
    return;
  }
  if (Number(req.headers['content-length'] ?? 0) > bodyLimit) {
    tooLarge(res);
    return;
  }
  const chunks = [];
  let size = 0;
  let refused = false;
  req.on('data', (chunk) => {
    if (refused) return;
    size += chunk.length;
    if (size > bodyLimit) {
      refused = true;
      tooLarge(res);
      return;
    }
    chunks.push(chunk);
  });
  req.on('end', async () => {
    if (refused) return;
    const body = Buffer.concat(chunks, size).toString('utf8');
    const signature = req.headers['x-hub-signature-256'];
    let valid = false;
    try {
      // verify() throws for an empty body or signature: neither can be a valid delivery.
      valid = typeof signature === 'string' && (await verify(secret, body, signature));
    } catch {
      valid = false;
    }
    if (valid) json(res, 202, { status: 'accepted' });
    else json(res, 401, { error: 'invalid signature' });
  });
  req.on('error', () => {});
}

const server = createServer({ ...tlsOptions, keepAlive: true, noDelay: true }, handle);
// Expect: 100-continue (curl sends it for large bodies): refuse an oversized body before the client sends it.
server.on('checkContinue', (req, res) => {
  if (Number(req.headers['content-length'] ?? 0) > bodyLimit) {
    tooLarge(res);
    return;
  }
  res.writeContinue();
  handle(req, res);
});
server.keepAliveTimeout = 60_000; // Node's default of 5 s would drop a benchmark's idle connections
server.headersTimeout = 65_000;
server.on('error', (e) => {
  console.error(`cannot listen: ${e.message}`);
  process.exit(1);
});
server.on('tlsClientError', (e) => console.error(`TLS error: ${e.message}`));

server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`LISTENING ${server.address().port}\n`);
});

const stop = () => {
  server.close();
  server.closeAllConnections();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
