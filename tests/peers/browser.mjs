// Plays the browser's part of the OAuth flows against oidc-server.mjs, with fetch and a path-aware cookie jar.
//
//   node browser.mjs authorize --url '<authorization URL>' [--login alice] [--deny] [--tamper-state]
//                              [--no-follow-redirect]
//   node browser.mjs device --uri '<verification_uri>' --user-code ABCD-EFGH [--login alice] [--deny]
//
// The caller makes the test CA trusted with NODE_EXTRA_CA_CERTS. `authorize` follows the redirects, signs in on
// the dev interaction form, confirms the consent (or cancels it with --deny) and then calls the loopback redirect
// URI as a browser would, printing `REDIRECT <url>` and `LOOPBACK <status>`. `device` enters the user code,
// confirms it (or aborts with --deny), signs in and consents, printing `DEVICE approved` or `DEVICE denied`.
// Exit 0 on success; otherwise a message on standard error and exit 1 (2 for usage errors).
import { parseArgs } from 'node:util';

const USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) KeywardTestBrowser/1.0';
const STEP_TIMEOUT_MS = 15000;
const MAX_STEPS = 30;

class Failure extends Error {}

// ---- cookies (RFC 6265 §5.1.4 path matching, §5.2 attributes; host-only is enough on 127.0.0.1) ------------
class CookieJar {
  #cookies = new Map(); // `${host}|${path}|${name}` -> { host, path, name, value, secure, expires }

  static defaultPath(url) {
    const p = url.pathname;
    if (!p.startsWith('/') || p.lastIndexOf('/') === 0) return '/';
    return p.slice(0, p.lastIndexOf('/'));
  }

  static pathMatches(requestPath, cookiePath) {
    if (requestPath === cookiePath) return true;
    if (!requestPath.startsWith(cookiePath)) return false;
    return cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/';
  }

  store(url, setCookieHeaders) {
    for (const header of setCookieHeaders) {
      const [pair, ...attributes] = header.split(';');
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const cookie = {
        host: url.hostname,
        name: pair.slice(0, eq).trim(),
        value: pair.slice(eq + 1).trim(),
        path: CookieJar.defaultPath(url),
        secure: false,
        expires: undefined,
      };
      for (const attribute of attributes) {
        const [rawKey, ...rest] = attribute.split('=');
        const key = rawKey.trim().toLowerCase();
        const value = rest.join('=').trim();
        if (key === 'path' && value.startsWith('/')) cookie.path = value;
        else if (key === 'secure') cookie.secure = true;
        else if (key === 'max-age') cookie.expires = Date.now() + Number.parseInt(value, 10) * 1000;
        else if (key === 'expires' && cookie.expires === undefined) cookie.expires = Date.parse(value);
      }
      const id = `${cookie.host}|${cookie.path}|${cookie.name}`;
      if (cookie.expires !== undefined && cookie.expires <= Date.now()) this.#cookies.delete(id);
      else this.#cookies.set(id, cookie);
    }
  }

  header(url) {
    const now = Date.now();
    const matching = [...this.#cookies.values()]
      .filter((c) => c.host === url.hostname
        && CookieJar.pathMatches(url.pathname, c.path)
        && (!c.secure || url.protocol === 'https:')
        && (c.expires === undefined || c.expires > now))
      .sort((a, b) => b.path.length - a.path.length); // §5.4: longer paths first
    return matching.map((c) => `${c.name}=${c.value}`).join('; ');
  }
}

// ---- a tiny HTML reader: the forms and links of oidc-provider's own pages ----------------------------------
function decodeEntities(text) {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#([0-9]+);/g, (_, dec) => String.fromCodePoint(Number.parseInt(dec, 10)))
    .replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function attributesOf(tag) {
  const attributes = {};
  for (const m of tag.matchAll(/([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    attributes[m[1].toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attributes;
}

function formsOf(html) {
  const forms = [];
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const attributes = attributesOf(m[1]);
    const inputs = [];
    for (const input of m[2].matchAll(/<input\b([^>]*)>/gi)) {
      const a = attributesOf(input[1]);
      if (a.name) inputs.push({ name: a.name, value: a.value ?? '', type: (a.type ?? 'text').toLowerCase() });
    }
    forms.push({
      id: attributes.id, action: attributes.action, method: (attributes.method ?? 'get').toLowerCase(), inputs,
    });
  }
  return forms;
}

function titleOf(html) {
  return decodeEntities(/<title>([\s\S]*?)<\/title>/i.exec(html)?.[1]?.trim() ?? '');
}

function textOf(html) {
  return decodeEntities(html.replace(/<style[\s\S]*?<\/style>/gi, '').replace(/<script[\s\S]*?<\/script>/gi, '')
    .replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
}

// ---- the browser ----------------------------------------------------------------------------------------------
class Browser {
  jar = new CookieJar();

  async request(url, { method = 'GET', form } = {}) {
    const target = new URL(url);
    const headers = { 'User-Agent': USER_AGENT, Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };
    const cookie = this.jar.header(target);
    if (cookie) headers.Cookie = cookie;
    let body;
    if (form) {
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(form).toString();
    }
    let response;
    try {
      response = await fetch(target, {
        method, headers, body, redirect: 'manual', signal: AbortSignal.timeout(STEP_TIMEOUT_MS),
      });
    } catch (e) {
      throw new Failure(`${method} ${target.origin}${target.pathname} failed: ${e.cause?.message ?? e.message}`);
    }
    this.jar.store(target, response.headers.getSetCookie());
    const text = await response.text();
    const location = response.headers.get('location');
    return {
      url: target,
      status: response.status,
      location: location ? new URL(location, target) : undefined,
      text,
    };
  }

  submit(page, form, overrides = {}) {
    const values = {};
    for (const input of form.inputs) {
      if (input.type !== 'submit' && input.type !== 'button') values[input.name] = input.value;
    }
    Object.assign(values, overrides);
    const action = new URL(form.action || page.url.href, page.url);
    if (form.method === 'post') return this.request(action, { method: 'POST', form: values });
    for (const [k, v] of Object.entries(values)) action.searchParams.set(k, v);
    return this.request(action);
  }
}

function describe(page) {
  const text = textOf(page.text).slice(0, 300);
  return `HTTP ${page.status} at ${page.url.pathname} ("${titleOf(page.text)}"): ${text}`;
}

// Answers one of oidc-provider's interaction pages (sign-in, consent); returns the next page, or undefined when
// the page is none of those.
function answerInteraction(browser, page, options) {
  const forms = formsOf(page.text);
  const login = forms.find((f) => f.inputs.some((i) => i.name === 'prompt' && i.value === 'login'));
  if (login) {
    return browser.submit(page, login, { login: options.login, password: 'any password' });
  }
  const consent = forms.find((f) => f.inputs.some((i) => i.name === 'prompt' && i.value === 'consent'));
  if (consent) {
    if (options.deny) {
      // The dev interaction pages offer "[ Cancel ]", a link to /interaction/<uid>/abort.
      const cancel = /<a\b[^>]*href="([^"]*\/abort)"/i.exec(page.text);
      if (!cancel) throw new Failure(`the consent page has no cancel link: ${describe(page)}`);
      return browser.request(new URL(decodeEntities(cancel[1]), page.url));
    }
    return browser.submit(page, consent);
  }
  return undefined;
}

async function authorize(options) {
  if (!options.url) throw new Failure('authorize needs --url');
  const browser = new Browser();
  const start = new URL(options.url);
  let page = await browser.request(start);

  for (let step = 0; step < MAX_STEPS; step += 1) {
    if (page.location && page.status >= 300 && page.status < 400) {
      if (page.location.origin === start.origin) {
        page = await browser.request(page.location);
        continue;
      }
      // Leaving the authorization server: the redirect to the client's redirect URI.
      const redirect = new URL(page.location);
      if (options['tamper-state']) {
        const state = redirect.searchParams.get('state') ?? '';
        redirect.searchParams.set('state', `${state}tampered`);
      }
      process.stdout.write(`REDIRECT ${redirect.href}\n`);
      if (options['no-follow-redirect']) return;
      let loopback;
      try {
        loopback = await fetch(redirect, {
          headers: { 'User-Agent': USER_AGENT, Accept: 'text/html' },
          redirect: 'manual',
          signal: AbortSignal.timeout(STEP_TIMEOUT_MS),
        });
        await loopback.arrayBuffer();
      } catch (e) {
        throw new Failure(`the redirect URI did not answer: ${e.cause?.message ?? e.message}`);
      }
      process.stdout.write(`LOOPBACK ${loopback.status}\n`);
      return;
    }
    if (page.status !== 200) throw new Failure(`unexpected answer: ${describe(page)}`);
    const next = answerInteraction(browser, page, options);
    if (!next) throw new Failure(`unexpected page: ${describe(page)}`);
    page = await next;
  }
  throw new Failure(`no redirect to the client after ${MAX_STEPS} steps`);
}

async function device(options) {
  if (!options.uri) throw new Failure('device needs --uri');
  const browser = new Browser();
  const start = new URL(options.uri);
  let page = await browser.request(start);
  let codeEntered = false;

  for (let step = 0; step < MAX_STEPS; step += 1) {
    if (page.location && page.status >= 300 && page.status < 400) {
      if (page.location.origin !== start.origin) throw new Failure(`redirected away to ${page.location.href}`);
      page = await browser.request(page.location);
      continue;
    }
    if (page.status !== 200) throw new Failure(`unexpected answer: ${describe(page)}`);
    const text = textOf(page.text);
    if (titleOf(page.text) === 'Sign-in Success') {
      process.stdout.write('DEVICE approved\n');
      return;
    }
    if (text.includes('The Sign-in request was interrupted')) {
      if (options.deny) {
        process.stdout.write('DEVICE denied\n');
        return;
      }
      throw new Failure(`the device sign-in was interrupted: ${describe(page)}`);
    }
    const forms = formsOf(page.text);
    const input = forms.find((f) => f.id === 'op.deviceInputForm');
    if (input) {
      if (codeEntered || text.includes('incorrect') || text.includes('error processing')) {
        throw new Failure(`the user code was refused: ${describe(page)}`);
      }
      if (!options['user-code']) throw new Failure('device needs --user-code');
      codeEntered = true;
      page = await browser.submit(page, input, { user_code: options['user-code'] });
      continue;
    }
    const confirm = forms.find((f) => f.id === 'op.deviceConfirmForm');
    if (confirm) {
      // The device flow's own "[ Abort ]" button is where a user says no to a device.
      page = await browser.submit(page, confirm, options.deny ? { abort: 'yes' } : {});
      continue;
    }
    const next = answerInteraction(browser, page, { ...options, deny: false });
    if (next) {
      page = await next;
      continue;
    }
    // verification_uri_complete answers with an auto-submitting form (the form_post page).
    if (forms.length === 1 && forms[0].method === 'post' && forms[0].inputs.every((i) => i.type === 'hidden')) {
      codeEntered = true;
      page = await browser.submit(page, forms[0]);
      continue;
    }
    throw new Failure(`unexpected page: ${describe(page)}`);
  }
  throw new Failure(`the device flow did not finish after ${MAX_STEPS} steps`);
}

const usage = `usage:
  node browser.mjs authorize --url <authorization URL> [--login NAME] [--deny] [--tamper-state] [--no-follow-redirect]
  node browser.mjs device --uri <verification_uri> --user-code CODE [--login NAME] [--deny]`;

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      uri: { type: 'string' },
      'user-code': { type: 'string' },
      login: { type: 'string', default: 'alice' },
      deny: { type: 'boolean', default: false },
      'tamper-state': { type: 'boolean', default: false },
      'no-follow-redirect': { type: 'boolean', default: false },
    },
  });
} catch (e) {
  process.stderr.write(`browser.mjs: ${e.message}\n${usage}\n`);
  process.exit(2);
}

const [command] = parsed.positionals;
const commands = { authorize, device };
if (!commands[command]) {
  process.stderr.write(`${usage}\n`);
  process.exit(2);
}
try {
  await commands[command](parsed.values);
} catch (e) {
  process.stderr.write(`browser.mjs ${command}: ${e instanceof Failure ? e.message : e.stack}\n`);
  process.exitCode = 1;
}
