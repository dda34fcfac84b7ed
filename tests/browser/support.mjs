// Shared harness of the browser tests (run with `node --test --test-concurrency=1 tests/browser/`).
//
// Per test file: one real Ponte server (the debug binary) on a free port, with a fresh SQLite
// database seeded with the demo plan, and Debian's Chromium driven by playwright-core: one
// persistent context with JavaScript (the hydrated app) and one without (the server-rendered
// pages only), each with its own temporary profile. Everything is stopped in an `after` hook, and
// the server must exit with code 0 on SIGTERM.
//
// axe-core and JavaScript-off pages: with `javaScriptEnabled: false` Playwright's
// `page.evaluate` still runs (so the axe source can be evaluated into the page; `addScriptTag`
// adds the <script> element but it never executes), yet `axe.run` never settles because page
// timers do not fire while script execution is disabled. So the no-JS pages are audited in a
// third, auxiliary context: JavaScript on, but every `.wasm` request aborted, so the app never
// hydrates and the DOM stays exactly the server's HTML. `auditNoJs` loads the same URL there
// (with the no-JS context's cookies) and first asserts that its <body> is the same as the one
// the no-JS visitor got, so the audit is known to be of the right DOM.

import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const PLAN = 'vale-do-lirio-2026';
export const ARTIFACTS = path.join(ROOT, 'tests/browser/artifacts');
export const CONTACT_EMAIL = 'acessibilidade@example.org';

const CHROMIUM = '/usr/bin/chromium';
const SERVER_BIN = path.join(ROOT, 'target/debug/ponte');
const SITE_ROOT = path.join(ROOT, 'target/site');
const WASM = path.join(SITE_ROOT, 'pkg/ponte_bg.wasm');
const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const HEALTH_TIMEOUT_MS = 30_000;

/** Throws (failing the file) when something the browser tests need was not built or installed. */
export function checkPrerequisites() {
  const missing = [
    [CHROMIUM, 'Chromium'],
    [SERVER_BIN, 'the Ponte server (debug build)'],
    [WASM, 'the hydration bundle'],
    [AXE, 'axe-core'],
  ].filter(([file]) => !fs.existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `The browser tests cannot run: missing ${missing.map(([f, what]) => `${f} (${what})`).join(', ')}. ` +
        'Run `make test` (it installs the test tools and builds Ponte) — or `scripts/setup.sh test` ' +
        'then `scripts/build.sh debug`.',
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Messages: the simple one-line Fluent messages of locales/<lang>/*.ftl, for exact texts.

const messageCache = new Map();

/** The one-line messages of a UI language, as a Map id → text (placeables left as written). */
export function messages(lang) {
  if (!messageCache.has(lang)) {
    const dir = path.join(ROOT, 'locales', lang);
    const map = new Map();
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ftl')).sort()) {
      for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n')) {
        const m = /^([a-z][a-zA-Z0-9_-]*)\s*=\s*(.*)$/.exec(line);
        if (m && m[2].trim() !== '') map.set(m[1], m[2].trim());
      }
    }
    messageCache.set(lang, map);
  }
  return messageCache.get(lang);
}

/** One message; fails the test if the language lacks it. `args` fills `{ $name }` placeables. */
export function msg(lang, id, args = {}) {
  const text = messages(lang).get(id);
  assert.ok(text !== undefined, `locales/${lang} has no one-line message ${id}`);
  return text.replace(/\{\s*\$([a-z_]+)\s*\}/g, (_, name) => {
    assert.ok(name in args, `message ${id} needs $${name}`);
    return String(args[name]);
  });
}

/** The demo plan (server/demo/plan.json). */
export const demo = JSON.parse(fs.readFileSync(path.join(ROOT, 'server/demo/plan.json'), 'utf8'));

// ---------------------------------------------------------------------------------------------
// The server.

async function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function tail(text, max = 4000) {
  return text.length > max ? `…${text.slice(-max)}` : text;
}

/** Starts Ponte on a free port with a fresh, seeded SQLite database. */
export async function startServer() {
  checkPrerequisites();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ponte-browser-db-'));
  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: `sqlite://${path.join(dir, 'ponte.db')}?mode=rwc`,
    PONTE_ADDR: `127.0.0.1:${port}`,
    PONTE_SITE_ROOT: SITE_ROOT,
    PONTE_CONTACT_EMAIL: CONTACT_EMAIL,
    RUST_LOG: process.env.RUST_LOG ?? 'warn',
  };
  const seed = spawnSync(SERVER_BIN, ['seed-demo'], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
  if (seed.status !== 0) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `\`ponte seed-demo\` failed (status ${seed.status}, signal ${seed.signal}):\n${tail(seed.stderr ?? '')}${tail(seed.stdout ?? '')}`,
    );
  }

  const child = spawn(SERVER_BIN, ['serve'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk) => {
    output = tail(output + chunk.toString(), 64_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  let exit = null;
  exited.then((e) => {
    exit = e;
  });

  const baseURL = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  for (;;) {
    if (exit) {
      fs.rmSync(dir, { recursive: true, force: true });
      throw new Error(
        `ponte serve exited before it was ready (code ${exit.code}, signal ${exit.signal}). Its output:\n${output}`,
      );
    }
    try {
      const res = await fetch(`${baseURL}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
      throw new Error(`ponte serve was not ready (GET /healthz → 200) within ${HEALTH_TIMEOUT_MS / 1000} s. Its output:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  let stopping = false;
  exited.then(({ code, signal }) => {
    if (!stopping) {
      process.stderr.write(`\n!!! ponte serve (${baseURL}) exited unexpectedly: code ${code}, signal ${signal}. Its output:\n${output}\n`);
    }
  });

  return {
    baseURL,
    /** Throws with the server's output when it is no longer running. */
    assertRunning() {
      if (exit) throw new Error(`ponte serve exited unexpectedly (code ${exit.code}, signal ${exit.signal}). Its output:\n${output}`);
    },
    url: (p) => new URL(p, baseURL).href,
    output: () => output,
    /** SIGTERM, then the exit status (SIGKILL after 15 s). */
    async stop() {
      stopping = true;
      if (!exit) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const result = await exited;
      clearTimeout(timer);
      fs.rmSync(dir, { recursive: true, force: true });
      return { ...result, output };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The browser.

/**
 * Records, in the page, when the hydration bundle's WebAssembly module has been instantiated and
 * the task that instantiated it is over: by then the app's `hydrate()` (called in the same chain of
 * promise reactions) has run. `waitForHydration` waits for this flag.
 */
const HYDRATION_PROBE = `(() => {
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const original = WebAssembly[name];
    if (typeof original !== 'function') continue;
    WebAssembly[name] = function (...args) {
      const result = original.apply(this, args);
      result.then(() => setTimeout(() => { window.__ponteWasmReady = true; }, 0), () => {});
      return result;
    };
  }
})();`;

/** A fresh persistent Chromium context with its own temporary profile. */
export async function launchContext({ javaScriptEnabled, blockWasm = false }) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ponte-browser-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    javaScriptEnabled,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    locale: 'pt-PT',
  });
  if (javaScriptEnabled) await context.addInitScript(HYDRATION_PROBE);
  if (blockWasm) await context.route('**/*.wasm', (route) => route.abort());
  const close = async () => {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, javaScriptEnabled, close };
}

/**
 * Registers `before`/`after` hooks for a test file: the server and, lazily, one browser context
 * per JavaScript mode. Returns an object filled in by the `before` hook.
 */
export function setup() {
  const env = {
    server: null,
    contexts: new Map(),
    /** The shared context for `js` (true: JavaScript on), launched on first use. */
    async browser(js) {
      const key = js === 'audit' ? 'audit' : js ? 'on' : 'off';
      if (!this.contexts.has(key)) {
        const launching =
          key === 'audit'
            ? launchContext({ javaScriptEnabled: true, blockWasm: true })
            : launchContext({ javaScriptEnabled: js });
        this.contexts.set(key, launching);
      }
      return this.contexts.get(key);
    },
    url(p) {
      this.server.assertRunning();
      return this.server.url(p);
    },
  };
  before(async () => {
    env.server = await startServer();
  });
  after(async () => {
    const closing = [...env.contexts.values()].map(async (c) => (await c).close());
    const results = await Promise.allSettled(closing);
    env.contexts.clear();
    if (env.server) {
      const { code, signal, output } = await env.server.stop();
      assert.equal(code, 0, `ponte serve should exit with code 0 on SIGTERM (got code ${code}, signal ${signal}). Its output:\n${output}`);
    }
    for (const r of results) if (r.status === 'rejected') throw r.reason;
  });
  return env;
}

/**
 * A new page in `browser` (from `env.browser`) that records console errors, uncaught page errors
 * and every request URL. Close it with `page.close()`.
 */
export async function openPage(browser) {
  const page = await browser.context.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push({ kind: 'console error', text: m.text(), url: m.location()?.url ?? '' });
  });
  page.on('pageerror', (e) => problems.push({ kind: 'page error', text: String(e?.stack ?? e), url: page.url() }));
  page.on('request', (r) => requests.push(r.url()));
  return { page, problems, requests, javaScriptEnabled: browser.javaScriptEnabled };
}

/**
 * Asserts that no console error or uncaught exception happened. `expected404` (a URL) lets the
 * single "Failed to load resource … 404" line that Chromium logs for that document through.
 */
export function assertNoProblems(problems, label, { expected404 } = {}) {
  const real = problems.filter(
    (p) =>
      !(
        expected404 &&
        p.kind === 'console error' &&
        p.url === expected404 &&
        /^Failed to load resource: the server responded with a status of 40[14]\b/.test(p.text)
      ),
  );
  assert.deepEqual(
    real,
    [],
    `${label}: console errors or page errors:\n${real.map((p) => `  - ${p.kind} (${p.url}): ${p.text}`).join('\n')}`,
  );
}

/** Waits until the page was hydrated (see HYDRATION_PROBE); fails with a clear message. */
export async function waitForHydration(page, label, timeout = 20_000) {
  try {
    await page.waitForFunction(() => window.__ponteWasmReady === true, null, { timeout, polling: 50 });
  } catch (e) {
    throw new Error(`${label}: the hydration bundle (ponte_bg.wasm) was not instantiated within ${timeout / 1000} s: ${e.message}`);
  }
}

// ---------------------------------------------------------------------------------------------
// axe-core.

const axeSource = () => fs.readFileSync(AXE, 'utf8');

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page; returns the violations. */
export async function runAxe(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    // A string is evaluated as a script, so this works with or without page JavaScript; the
    // <script> element of addScriptTag would only run with page JavaScript on.
    await page.evaluate(axeSource());
  }
  return page.evaluate(
    (tags) =>
      window.axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((r) =>
          r.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            helpUrl: v.helpUrl,
            nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary, html: n.html })),
          })),
        ),
    AXE_TAGS,
  );
}

export function formatViolations(violations) {
  return violations
    .map(
      (v) =>
        `  - ${v.id} [${v.impact}] ${v.help} (${v.helpUrl})\n` +
        v.nodes.map((n) => `      at ${n.target}\n        ${n.html}\n        ${(n.summary ?? '').replace(/\n/g, '\n        ')}`).join('\n'),
    )
    .join('\n');
}

/** Fails with a readable list when axe finds any WCAG 2.1 A/AA violation on the page. */
export async function assertAccessible(page, label) {
  const violations = await runAxe(page);
  assert.equal(violations.length, 0, `${label}: ${violations.length} axe-core violation(s):\n${formatViolations(violations)}`);
}

/**
 * axe for a page opened with JavaScript off: audits the same URL in the auxiliary context (page
 * JavaScript on, wasm blocked, same cookies), after checking it shows the very same <body>.
 */
export async function assertAccessibleNoJs(env, noJsPage, label) {
  const off = await env.browser(false);
  const audit = await env.browser('audit');
  await audit.context.clearCookies();
  await audit.context.addCookies(await off.context.cookies());
  const page = await audit.context.newPage();
  try {
    await page.goto(noJsPage.url(), { waitUntil: 'load' });
    const [seen, audited] = await Promise.all([
      noJsPage.evaluate(() => document.body.outerHTML),
      page.evaluate(() => document.body.outerHTML),
    ]);
    assert.equal(audited, seen, `${label}: the axe audit page (JavaScript on, wasm blocked) should show the no-JS page's exact <body>`);
    const attrs = (p) => p.evaluate(() => [document.documentElement.lang, document.documentElement.dir, document.title]);
    assert.deepEqual(await attrs(page), await attrs(noJsPage), `${label}: the audit page should have the same <html lang dir> and title`);
    await assertAccessible(page, `${label} (audited with JavaScript on and the wasm blocked)`);
  } finally {
    await page.close();
  }
}

/** The audit of the current page, whichever the JavaScript mode. */
export async function assertPageAccessible(env, opened, label) {
  if (opened.javaScriptEnabled) await assertAccessible(opened.page, label);
  else await assertAccessibleNoJs(env, opened.page, label);
}

// ---------------------------------------------------------------------------------------------
// Small page helpers.

export async function htmlLangDir(page) {
  return page.evaluate(() => ({ lang: document.documentElement.getAttribute('lang'), dir: document.documentElement.getAttribute('dir') }));
}

export const RTL = new Set(['ar', 'ur']);
export const dirOf = (lang) => (RTL.has(lang) ? 'rtl' : 'ltr');

export function ensureArtifacts() {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return ARTIFACTS;
}

// ---------------------------------------------------------------------------------------------
// Languages (locales/languages.toml) and multilingual content, as the app resolves it.

function parseLanguages() {
  const toml = fs.readFileSync(path.join(ROOT, 'locales/languages.toml'), 'utf8');
  return toml
    .split('[[language]]')
    .slice(1)
    .map((block) => {
      const get = (key) => new RegExp(`^${key}\\s*=\\s*(.+)$`, 'm').exec(block)?.[1].trim();
      const str = (v) => JSON.parse(v);
      return { tag: str(get('tag')), name: str(get('name')), dir: str(get('dir')), fallback: JSON.parse(get('fallback')) };
    });
}

export const LANGUAGES = parseLanguages();
export const language = (tag) => {
  const l = LANGUAGES.find((x) => x.tag === tag);
  assert.ok(l, `locales/languages.toml has no language ${tag}`);
  return l;
};

/**
 * A multilingual text of the demo plan in `lang`: the language itself, then its fallbacks, then the
 * plan's default language (pt-PT). Returns { text, lang }.
 */
export function tx(translated, lang) {
  for (const tag of [lang, ...language(lang).fallback, 'pt-PT']) {
    if (translated[tag]) return { text: translated[tag], lang: tag };
  }
  throw new Error(`no text in ${lang} nor its fallbacks: ${JSON.stringify(translated)}`);
}
