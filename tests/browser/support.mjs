// Shared harness of the browser tests (run with `node --test --test-concurrency=1 tests/browser/`).
//
// Per test file: one real Ponte server (the debug binary) on a free port, with a fresh SQLite
// database seeded with the demo plan, sending its email over SMTP to its own real SMTP sink
// (tests/support/smtp_sink.py, aiosmtpd in .venv: nothing is written to data/mail), whose
// messages the tests read back with mailparser; and Debian's Chromium driven by playwright-core: one
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
/** The demo survey's pages. */
export const DEMO_SURVEY = `/plans/${PLAN}/surveys/your-voice`;

/** The pages residents use (issue 9's budget): reading the plan, a survey, signing in. */
export const RESIDENT_PAGES = [
  '/',
  `/plans/${PLAN}`,
  `/plans/${PLAN}/areas`,
  `/plans/${PLAN}/areas/CA`,
  `/plans/${PLAN}/measures/VL-CA-01`,
  // A measure under public consultation, with comments in four languages and a reply.
  `/plans/${PLAN}/measures/VL-LIN-03`,
  `/plans/${PLAN}/consultations`,
  `/plans/${PLAN}/consultations/c1`,
  // "How your input was used" on one measure: answers, and the measures inputs are evidence for.
  `/plans/${PLAN}/consultations/c1/inputs?measure=VL-LIN-03`,
  // How input was used across channels: each measure with its evidence and the answers given.
  `/plans/${PLAN}/input-used`,
  // The participation report: inputs by channel, language and month, small counts hidden.
  `/plans/${PLAN}/participation`,
  // The printable report of the participation phase.
  `/plans/${PLAN}/report`,
  // Open data: each plan's downloads, the API and the DCAT-AP catalogue.
  '/data',
  // Monitoring of the demo plan being carried out: the dashboard (measures by status, late ones,
  // indicator bars) and a measure's progress (charts, values, reports).
  '/plans/ribeira-alta-2024/monitoring',
  '/plans/ribeira-alta-2024/measures/RA-LIN-02/progress',
  // The public moderation log.
  `/plans/${PLAN}/moderation`,
  // Focus groups: the list, one open for registration, a date poll, a registration form and the
  // published minutes and findings of a held session.
  `/plans/${PLAN}/focus-groups`,
  `/plans/${PLAN}/focus-groups/g3`,
  `/plans/${PLAN}/focus-groups/g2/poll`,
  `/plans/${PLAN}/focus-groups/g3/register`,
  `/plans/${PLAN}/focus-groups/g1/findings`,
  // The forum: its threads, and a long thread (closed with an outcome) on its first and second
  // pages.
  `/plans/${PLAN}/forum`,
  `/plans/${PLAN}/forum/2`,
  `/plans/${PLAN}/forum/2?page=2`,
  `/plans/${PLAN}/forum/search?q=aulas`,
  `/plans/${PLAN}/surveys`,
  DEMO_SURVEY,
  `${DEMO_SURVEY}/answer`,
  `${DEMO_SURVEY}/thanks`,
  `${DEMO_SURVEY}/results`,
  '/sign-in',
];

/** The pages of a facilitator (signed in as an administrator). */
export const FACILITATOR_PAGES = [
  `${DEMO_SURVEY}/edit`,
  `${DEMO_SURVEY}/codes`,
  `${DEMO_SURVEY}/results`,
  `${DEMO_SURVEY}/responses`,
  // The plan, with the timeline's forms its facilitators get.
  `/plans/${PLAN}`,
  `/plans/${PLAN}/activity`,
  `/plans/${PLAN}/edit`,
  `/plans/${PLAN}/edit/areas?in=ar`,
  '/admin/plans/new',
  `/plans/${PLAN}/surveys/new`,
  '/admin/people',
  '/account',
  // A measure, with the audio versions' form facilitators get, and the consultation's forms.
  `/plans/${PLAN}/measures/VL-LIN-03`,
  // Drafting the plan: the draft measures, and one of them with its texts in Arabic.
  `/plans/${PLAN}/draft`,
  `/plans/${PLAN}/draft/3?in=ar`,
  // Public consultations, with the form to open one; a measure's inputs with the forms to link
  // them as evidence.
  `/plans/${PLAN}/consultations`,
  `/plans/${PLAN}/consultations/c1/inputs?measure=VL-LIN-03`,
  // The evidence checklist: the measures nothing is linked to yet.
  `/plans/${PLAN}/evidence`,
  // The reference population, its group names in Arabic (the Portuguese shown beside them).
  `/plans/${PLAN}/edit/population?in=ar`,
  // Moderation: the queue (a flagged comment) with its decision form, and the log.
  `/plans/${PLAN}/moderation`,
  // The local diagnosis: the entities, and one of them with its texts in Arabic.
  `/plans/${PLAN}/diagnosis`,
  `/plans/${PLAN}/diagnosis/claim-vale-do-lirio?in=ar`,
  // Focus groups: the form to set one up, a held session's roster and needs, an open one's
  // roster with the form to register someone, and a poll with who answered what.
  `/plans/${PLAN}/focus-groups`,
  `/plans/${PLAN}/focus-groups/g1`,
  `/plans/${PLAN}/focus-groups/g1/attendance`,
  `/plans/${PLAN}/focus-groups/g1/findings`,
  `/plans/${PLAN}/focus-groups/g3`,
  `/plans/${PLAN}/focus-groups/g2/poll`,
  // The forum: the form to open a thread; a closed thread with its outcome's forms and the
  // moderators' forms; a reply quoting a post; an edited post's earlier texts.
  `/plans/${PLAN}/forum`,
  `/plans/${PLAN}/forum/2`,
  `/plans/${PLAN}/forum/3?quote=3#reply`,
  `/plans/${PLAN}/forum/posts/2/history`,
];

const CHROMIUM = '/usr/bin/chromium';
const SERVER_BIN = path.join(ROOT, 'target/debug/ponte');
const SITE_ROOT = path.join(ROOT, 'target/site');
const WASM = path.join(SITE_ROOT, 'pkg/ponte_bg.wasm');
const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');
const MAILPARSER = path.join(ROOT, 'node_modules/mailparser/package.json');
const PYTHON = process.env.PONTE_TEST_PYTHON || path.join(ROOT, '.venv/bin/python');
const SMTP_SINK = path.join(ROOT, 'tests/support/smtp_sink.py');
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
const SINK_TIMEOUT_MS = 15_000;
/** How long a test waits for an email to reach the sink (the outbox worker polls every 200 ms). */
export const MAIL_TIMEOUT_MS = 10_000;

/** Throws (failing the file) when something the browser tests need was not built or installed. */
export function checkPrerequisites() {
  const missing = [
    [CHROMIUM, 'Chromium'],
    [SERVER_BIN, 'the Ponte server (debug build)'],
    [WASM, 'the enhancement module'],
    [AXE, 'axe-core'],
    [MAILPARSER, 'mailparser'],
    [PYTHON, 'the Python of the SMTP sink (.venv with aiosmtpd)'],
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

/**
 * One message; fails the test if the language lacks it. `args` fills `{ $name }` placeables;
 * numbers are written as the language writes them (the browser's CLDR data: digits, grouping).
 */
export function msg(lang, id, args = {}) {
  const text = messages(lang).get(id);
  assert.ok(text !== undefined, `locales/${lang} has no one-line message ${id}`);
  return text.replace(/\{\s*\$([a-z_]+)\s*\}/g, (_, name) => {
    assert.ok(name in args, `message ${id} needs $${name}`);
    const value = args[name];
    return typeof value === 'number' ? new Intl.NumberFormat(lang).format(value) : String(value);
  });
}

/**
 * The variant `key` (`one`, `other`…) of a message that selects on a number, as written (no
 * placeables filled); fails the test if the language lacks it.
 */
export function variant(lang, id, key) {
  const dir = path.join(ROOT, 'locales', lang);
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ftl'))) {
    const lines = fs.readFileSync(path.join(dir, file), 'utf8').split('\n');
    const start = lines.findIndex((l) => l.startsWith(`${id} =`));
    if (start < 0) continue;
    for (const line of lines.slice(start + 1)) {
      if (!/^\s/.test(line)) break;
      const m = /^\s*\*?\[([^\]]+)\]\s*(.*)$/.exec(line);
      if (m && m[1] === key) return m[2].trim();
    }
  }
  assert.fail(`locales/${lang} has no variant [${key}] of ${id}`);
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

/**
 * Starts Ponte on a free port with a fresh, seeded SQLite database, sending email by SMTP to a
 * new SMTP sink (`server.mail`). `admins`: addresses made administrators (`ponte admin create`)
 * before the server starts.
 */
export async function startServer({ admins = [], dueEmailsSeconds } = {}) {
  checkPrerequisites();
  const mail = await startSmtpSink();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ponte-browser-db-'));
  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: `sqlite://${path.join(dir, 'ponte.db')}?mode=rwc`,
    PONTE_ADDR: `127.0.0.1:${port}`,
    PONTE_SITE_ROOT: SITE_ROOT,
    PONTE_CONTACT_EMAIL: CONTACT_EMAIL,
    PONTE_MAIL_TRANSPORT: 'smtp',
    PONTE_SMTP_HOST: '127.0.0.1',
    PONTE_SMTP_PORT: String(mail.port),
    PONTE_SMTP_TLS: 'none',
    PONTE_OUTBOX_POLL_MS: '200',
    RUST_LOG: process.env.RUST_LOG ?? 'warn',
  };
  // The links in the emails point at this server; no outside mail setting leaks in.
  env.PONTE_PUBLIC_URL = `http://127.0.0.1:${port}`;
  for (const key of ['PONTE_MAIL_DIR', 'PONTE_MAIL_FROM', 'PONTE_SMTP_USER', 'PONTE_SMTP_PASSWORD', 'PONTE_COOKIE_SECURE', 'PONTE_DUE_EMAILS_SECONDS']) delete env[key];
  // Due emails (reminders, digests) looked for this often, for a journey that waits for one.
  if (dueEmailsSeconds) env.PONTE_DUE_EMAILS_SECONDS = String(dueEmailsSeconds);
  const failSetup = async (message) => {
    fs.rmSync(dir, { recursive: true, force: true });
    await mail.stop();
    throw new Error(message);
  };
  const commands = [['seed-demo'], ...admins.map((email) => ['admin', 'create', '--email', email])];
  for (const args of commands) {
    const run = spawnSync(SERVER_BIN, args, { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
    if (run.status !== 0) {
      const said = `${tail(run.stderr ?? '')}${tail(run.stdout ?? '')}`;
      await failSetup(`\`ponte ${args.join(' ')}\` failed (status ${run.status}, signal ${run.signal}):\n${said}`);
    }
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
      await failSetup(`ponte serve exited before it was ready (code ${exit.code}, signal ${exit.signal}). Its output:\n${output}`);
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
      await failSetup(`ponte serve was not ready (GET /healthz → 200) within ${HEALTH_TIMEOUT_MS / 1000} s. Its output:\n${output}`);
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
    /** The SMTP sink this server sends its email to (see `startSmtpSink`). */
    mail,
    /** Throws with the server's output when it is no longer running. */
    assertRunning() {
      if (exit) throw new Error(`ponte serve exited unexpectedly (code ${exit.code}, signal ${exit.signal}). Its output:\n${output}`);
    },
    url: (p) => new URL(p, baseURL).href,
    output: () => output,
    /** SIGTERM, then the exit status (SIGKILL after 15 s); then stops the SMTP sink. */
    async stop() {
      stopping = true;
      if (!exit) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const result = await exited;
      clearTimeout(timer);
      fs.rmSync(dir, { recursive: true, force: true });
      await mail.stop();
      return { ...result, output };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Email: a real SMTP server (tests/support/smtp_sink.py) per Ponte server, and its messages,
// parsed as a mail client would (mailparser).

/**
 * Starts the SMTP sink on a free port and waits for its `ready <port>` line. Returns
 * { port, dir, messages(), waitFor(address), stop() }.
 */
export async function startSmtpSink() {
  checkPrerequisites();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ponte-browser-mail-'));
  const port = await freePort();
  const child = spawn(PYTHON, [SMTP_SINK, '--port', String(port), '--dir', dir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let exit = null;
  const exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exit = { code, signal };
      resolve(exit);
    });
  });
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the SMTP sink did not print "ready ${port}" within ${SINK_TIMEOUT_MS / 1000} s. Its output:\n${output}`)),
      SINK_TIMEOUT_MS,
    );
    const keep = (chunk) => {
      output = tail(output + chunk.toString(), 16_000);
      if (output.split('\n').includes(`ready ${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      const why = `code ${code}, signal ${signal}`;
      reject(new Error(`the SMTP sink (${PYTHON} ${SMTP_SINK}) exited before it was ready (${why}). Its output:\n${output}`));
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`the SMTP sink could not be started with ${PYTHON}: ${e.message}`));
    });
  });
  const stop = async () => {
    if (!exit) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await ready;
  } catch (e) {
    await stop();
    throw e;
  }

  const parsed = new Map(); // file name → parsed message
  const returned = new Set(); // files already handed out by waitFor
  const { simpleParser } = await import('mailparser');

  /** Every message received so far, oldest first, parsed (see `parseEmail`). */
  async function messages() {
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.eml')).sort();
    for (const file of files) {
      if (!parsed.has(file)) parsed.set(file, await parseEmail(simpleParser, file, fs.readFileSync(path.join(dir, file))));
    }
    return files.map((f) => parsed.get(f));
  }

  return {
    port,
    dir,
    messages,
    /**
     * The next message to `address` that `waitFor` has not returned before (and whose subject
     * is `subject`, if given: other mail to the address stays for later), polling the sink for
     * up to `timeout` ms; fails with what the sink did receive.
     */
    async waitFor(address, { timeout = MAIL_TIMEOUT_MS, subject } = {}) {
      const wanted = address.toLowerCase();
      const deadline = Date.now() + timeout;
      for (;;) {
        if (exit) throw new Error(`the SMTP sink exited (code ${exit.code}, signal ${exit.signal}). Its output:\n${output}`);
        const found = (await messages()).find((m) => !returned.has(m.file) && m.to.includes(wanted) && (subject === undefined || m.subject === subject));
        if (found) {
          returned.add(found.file);
          return found;
        }
        if (Date.now() > deadline) {
          const seen = (await messages()).map((m) => `  - to ${m.to.join(', ')}: ${m.subject}`).join('\n') || '  (none)';
          throw new Error(`no new email to ${address} reached the SMTP sink within ${timeout / 1000} s. It received:\n${seen}`);
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    stop,
  };
}

/**
 * A message as the tests use it: { file, from, to (lower-cased addresses), subject, text, html,
 * htmlLang, htmlDir (of the HTML part's <html>), headers (Map) }.
 */
async function parseEmail(simpleParser, file, raw) {
  const m = await simpleParser(raw);
  const addresses = (field) =>
    (Array.isArray(field) ? field : field ? [field] : []).flatMap((f) => f.value.map((v) => (v.address ?? '').toLowerCase()));
  const html = typeof m.html === 'string' ? m.html : '';
  const root = /<html\b([^>]*)>/i.exec(html)?.[1] ?? '';
  const attr = (name) => new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`, 'i').exec(root)?.[1] ?? null;
  return {
    file,
    from: addresses(m.from),
    to: addresses(m.to),
    subject: m.subject ?? '',
    text: m.text ?? '',
    html,
    htmlLang: attr('lang'),
    htmlDir: attr('dir'),
    headers: m.headers,
    attachments: (m.attachments ?? []).map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content.toString('utf8') })),
  };
}

/**
 * The secrets of a sign-in email sent by the server at `baseURL`: the link (in the text part, and
 * the same link in the HTML part), its token, and the six-digit code as shown ("123 456").
 */
export function signInSecrets(email, baseURL) {
  const prefix = `${baseURL}/sign-in/link/`;
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const link = new RegExp(`${escaped}[A-Za-z0-9_-]+`).exec(email.text)?.[0];
  assert.ok(link, `the sign-in email's text should contain a link ${prefix}<token>:\n${email.text}`);
  assert.ok(email.html.includes(`href="${link}"`), `the sign-in email's HTML part should link to ${link}`);
  const code = /(?<![0-9])([0-9]{3}) ([0-9]{3})(?![0-9])/.exec(email.text);
  assert.ok(code, `the sign-in email's text should show a six-digit code as "123 456":\n${email.text}`);
  return { link, token: link.slice(prefix.length), code: code[0] };
}

// ---------------------------------------------------------------------------------------------
// The browser.

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
  if (blockWasm) await context.route('**/*.wasm', (route) => route.abort());
  const close = async () => {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, javaScriptEnabled, close };
}

/**
 * Registers `before`/`after` hooks for a test file: the server (with its SMTP sink, `env.mail`)
 * and, lazily, one browser context per JavaScript mode. Returns an object filled in by the
 * `before` hook. `options` go to `startServer` (`admins`).
 */
export function setup(options = {}) {
  const env = {
    server: null,
    /** The server's SMTP sink: `env.mail.waitFor(address)`. */
    get mail() {
      return this.server.mail;
    },
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
    env.server = await startServer(options);
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
 * single "Failed to load resource … 404" line that Chromium logs for that document through;
 * `expectedFailures` ([{ url, status }]) lets through the same line for other answers the test
 * expects, such as the 422 of a server function given invalid input.
 */
export function assertNoProblems(problems, label, { expected404, expectedFailures = [] } = {}) {
  const failedLoad = (p, url, status) =>
    p.kind === 'console error' &&
    p.url === url &&
    new RegExp(`^Failed to load resource: the server responded with a status of ${status}\\b`).test(p.text);
  const real = problems.filter(
    (p) =>
      !(
        (expected404 && failedLoad(p, expected404, '40[14]')) ||
        expectedFailures.some((f) => failedLoad(p, f.url, String(f.status)))
      ),
  );
  assert.deepEqual(
    real,
    [],
    `${label}: console errors or page errors:\n${real.map((p) => `  - ${p.kind} (${p.url}): ${p.text}`).join('\n')}`,
  );
}

/**
 * On a page with a form that posts, waits until the enhancement module has started
 * (`<html data-enhanced>`); fails with a clear message. A page without such a form loads no
 * module: returns false at once.
 */
export async function waitForEnhancement(page, label, timeout = 20_000) {
  if (!(await page.evaluate(() => document.querySelector('form[method=post]') !== null))) return false;
  try {
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-enhanced'), null, { timeout, polling: 50 });
  } catch (e) {
    throw new Error(`${label}: the enhancement module (ponte_bg.wasm) did not start within ${timeout / 1000} s: ${e.message}`);
  }
  return true;
}

/** Fails when the page is wider than the phone's 360 px, naming what sticks out. */
export async function fitsThePhone(page, label) {
  const { width, culprits } = await page.evaluate(() => {
    const screen = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > screen + 1 && !e.closest('.table-scroll, .visually-hidden, .skip-link'))
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${String(e.className).split(' ').join('.')}`);
    return { width: document.documentElement.scrollWidth, culprits: wide };
  });
  assert.ok(width <= 360, `${label}: the page is ${width} px wide on a 360 px phone: ${culprits.join(', ')}`);
}

/** Records the URL of every POST `page` sends, in the returned array. */
export function watchPosts(page) {
  const posts = [];
  page.on('request', (r) => {
    if (r.method() === 'POST') posts.push(r.url());
  });
  return posts;
}

/**
 * With JavaScript: does `act` (a click or key press that sends a form) and waits until the
 * enhancement module has put the server's answer in place of the body, in the same document
 * (no reload). Returns the POST's response (200, with `X-Ponte-Location` when the server
 * redirected).
 */
/**
 * A journey's two moves in `opened` (JavaScript `js`, language `lang`): `send(label, locator)`
 * clicks a form's button and waits for its answer (in place with JavaScript, a new page without),
 * and `go(path, label)` opens a path of the site in `lang`.
 */
export function journey(env, opened, { js, lang }) {
  const { page } = opened;
  return {
    async send(label, locator) {
      if (js) return sendInPlace(page, () => locator.click(), label);
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), locator.click()]);
    },
    go: (p, label) => openPath(env, opened, `${p}${p.includes('?') ? '&' : '?'}lang=${lang}`, label),
  };
}

export async function sendInPlace(page, act, label, timeout = 15_000) {
  await page.evaluate(() => {
    window.__ponteSameDocument = true;
    document.body.dataset.ponteOld = '';
  });
  const posted = page.waitForResponse((r) => r.request().method() === 'POST', { timeout });
  await act();
  const response = await posted;
  try {
    await page.waitForFunction(() => !('ponteOld' in document.body.dataset), null, { timeout, polling: 50 });
  } catch (e) {
    throw new Error(`${label}: the answer to the form never replaced the page: ${e.message}`);
  }
  assert.equal(await page.evaluate(() => window.__ponteSameDocument), true, `${label}: the page was not reloaded`);
  return response;
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
 * axe for a page opened with JavaScript off: audits the very document that page shows, served at
 * the same URL in the auxiliary context (page JavaScript on, wasm blocked, same cookies) — also a
 * page that answered a form post, which a new request could not show again.
 */
export async function assertAccessibleNoJs(env, noJsPage, label) {
  const off = await env.browser(false);
  const audit = await env.browser('audit');
  await audit.context.clearCookies();
  await audit.context.addCookies(await off.context.cookies());
  const page = await audit.context.newPage();
  try {
    const html = await noJsPage.evaluate(() => `<!DOCTYPE html>${document.documentElement.outerHTML}`);
    const url = noJsPage.url().split('#')[0];
    await page.route((u) => u.href.split('#')[0] === url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
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
// Signing in, as a resident does: the form, the email (from the SMTP sink), the link's button.

/** Opens `p` (status `status`) and, with JavaScript, waits for the app to hydrate. */
export async function openPath(env, opened, p, label, { status = 200 } = {}) {
  const response = await opened.page.goto(env.url(p), { waitUntil: 'load' });
  assert.equal(response.status(), status, `${label}: HTTP status of ${p}`);
  if (opened.javaScriptEnabled) await waitForEnhancement(opened.page, `${label}: ${p}`);
  return response;
}

/** Opens the header's language picker (a `<details>`), if it is closed. */
export async function openLanguagePicker(page) {
  const details = page.locator('nav.language-picker details');
  if (!(await details.evaluate((d) => d.open))) await page.locator('nav.language-picker summary').click();
}

/** Waits (10 s at most) until the page's only h1 reads `text`, at `pathname`. */
export async function waitForPage(page, pathname, text, label) {
  await page.waitForURL((u) => u.pathname === pathname, { timeout: 10_000 }).catch(() => {});
  assert.equal(new URL(page.url()).pathname, pathname, `${label}: should be on ${pathname}`);
  await page
    .locator('h1', { hasText: text })
    .waitFor({ state: 'visible', timeout: 10_000 })
    .catch(() => {});
  assert.deepEqual(await page.locator('h1').allInnerTexts(), [text], `${label}: the h1 of ${pathname}`);
}

/** On /sign-in: types `address`, sends the form and lands on /sign-in/code. */
export async function submitSignInRequest(opened, address, lang, label) {
  const { page } = opened;
  assert.equal(await page.locator('main form input[name="lang"]').inputValue(), lang, `${label}: the email will be in ${lang}`);
  await page.locator('input#email').fill(address);
  await page.locator('main form button[type="submit"]').click();
  await waitForPage(page, '/sign-in/code', msg(lang, 'accounts-check-title'), `${label}: after sending the sign-in form`);
  assert.equal(await page.locator('input#code').count(), 1, `${label}: the code page has the code field`);
}

/** Opens the emailed sign-in link: the page with one confirm button. */
export async function openSignInLink(env, opened, link, lang, label) {
  assert.ok(link.startsWith(`${env.server.baseURL}/`), `${label}: the link ${link} points at this server`);
  await openPath(env, opened, new URL(link).pathname, label);
  await waitForPage(opened.page, new URL(link).pathname, msg(lang, 'accounts-link-title'), `${label}: the link page`);
}

/** On the link page: presses the confirm button and lands on /account, signed in as `address`. */
export async function confirmSignInLink(opened, address, lang, label) {
  const button = opened.page.locator('main form button[type="submit"]');
  assert.equal((await button.innerText()).trim(), msg(lang, 'accounts-link-submit'), `${label}: the confirm button`);
  await button.click();
  await waitForSignedIn(opened, address, lang, `${label}: after confirming the link`);
}

/** Waits until /account shows that the browser is signed in as `address`. */
export async function waitForSignedIn(opened, address, lang, label) {
  const { page } = opened;
  await waitForPage(page, '/account', msg(lang, 'accounts-account-title'), label);
  const signedInAs = msg(lang, 'accounts-signed-in-as', { email: address });
  await page
    .locator('main p', { hasText: signedInAs })
    .first()
    .waitFor({ state: 'visible', timeout: 10_000 })
    .catch(() => {});
  const paragraphs = (await page.locator('main p').allInnerTexts()).map((t) => t.trim());
  assert.ok(
    paragraphs.includes(signedInAs),
    `${label}: /account should say ${JSON.stringify(signedInAs)}; it says:\n${paragraphs.join('\n')}`,
  );
}

/**
 * Signs `address` in by the emailed link, with the sign-in page in `lang`; ends on /account.
 * Returns the sign-in email.
 */
export async function signIn(env, opened, address, { lang = 'en', label = `sign in as ${address}` } = {}) {
  await openPath(env, opened, `/sign-in?lang=${lang}`, label);
  await submitSignInRequest(opened, address, lang, label);
  // Only the sign-in email: a digest or a reminder to the same address may come first.
  const email = await env.mail.waitFor(address, { subject: msg(lang, 'accounts-email-subject') });
  const { link } = signInSecrets(email, env.server.baseURL);
  await openSignInLink(env, opened, link, lang, label);
  await confirmSignInLink(opened, address, lang, label);
  return email;
}

// ---------------------------------------------------------------------------------------------
// Languages (locales/languages.toml) and multilingual content, as the app resolves it.

/** The `[[language]]` (UI) or `[[content]]` (content-only) entries of locales/languages.toml. */
function parseLanguages(table) {
  const toml = fs.readFileSync(path.join(ROOT, 'locales/languages.toml'), 'utf8');
  return toml
    .split(/^\[\[/m)
    .filter((block) => block.startsWith(`${table}]]`))
    .map((block) => {
      const get = (key) => new RegExp(`^${key}\\s*=\\s*(.+)$`, 'm').exec(block)?.[1].trim();
      const str = (v) => JSON.parse(v);
      return { tag: str(get('tag')), name: str(get('name')), dir: str(get('dir')), fallback: JSON.parse(get('fallback')) };
    });
}

/** The UI languages. */
export const LANGUAGES = parseLanguages('language');
/** The content-only languages (plan texts in them, the interface in another). */
export const CONTENT_LANGUAGES = parseLanguages('content');
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

/** The platform fonts Chromium used for the text of the first element matching `selector`. */
export async function platformFonts(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    assert.ok(nodeId, `no element matches ${selector}`);
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts;
  } finally {
    await cdp.detach();
  }
}
