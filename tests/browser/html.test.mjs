// Standard HTML: every page as the server sends it (the raw response, not the DOM), in pt-PT and
// Arabic, for a visitor and for a facilitator, passes the Nu Html Checker (vnu.jar from the
// `vnu-jar` npm package, run with Java) with 0 errors. Each page also carries no hydration state
// (its only scripts are the enhancement module's loader and JSON data) and no `rel="external"`
// on a link to this site.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  DEMO_SURVEY,
  FACILITATOR_PAGES,
  PLAN,
  RESIDENT_PAGES,
  ROOT,
  checkPrerequisites,
  launchContext,
  openPage,
  setup,
  signIn,
} from './support.mjs';

checkPrerequisites();

const VNU = path.join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');
const ADMIN = 'html-admin@example.org';
const LANGS = ['pt-PT', 'ar'];

const VISITOR_PAGES = [
  ...RESIDENT_PAGES,
  `/plans/${PLAN}/entities`,
  `/plans/${PLAN}/versions`,
  `/plans/${PLAN}/versions/1/VL-LIN-03`,
  `/plans/${PLAN}/measures/VL-LIN-03/changes`,
  '/sign-in/code',
  '/accessibility',
  '/no-such-page',
];
const FACILITATOR_ONLY = [...FACILITATOR_PAGES, `${DEMO_SURVEY}/answer?preview=1&section=1`];

const env = setup({ admins: [ADMIN] });
let browser;
let dir;

before(async () => {
  assert.ok(fs.existsSync(VNU), `the Nu Html Checker is missing (${VNU}): run scripts/setup.sh test`);
  browser = await launchContext({ javaScriptEnabled: false });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ponte-html-'));
});

after(async () => {
  await browser?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Saves each page's raw HTML (as `browser`'s cookies get it) and checks what a test can see in it. */
async function collect(pages, who) {
  const files = [];
  for (const lang of LANGS) {
    for (const p of pages) {
      const url = env.url(`${p}${p.includes('?') ? '&' : '?'}lang=${lang}`);
      const response = await browser.context.request.get(url, { maxRedirects: 0 });
      assert.ok([200, 404].includes(response.status()), `${who} ${p} in ${lang}: HTTP status ${response.status()}`);
      const html = await response.text();
      const label = `${who} ${p} in ${lang}`;
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
      for (const attributes of scripts) {
        assert.ok(
          /type="module"/.test(attributes) || /type="application\/(json|ld\+json|octet-stream)"/.test(attributes),
          `${label}: a script that is neither the module loader nor JSON data (hydration state?): <script${attributes}>`,
        );
      }
      assert.doesNotMatch(html, /__RESOLVED_RESOURCES|data-hk=/, `${label}: hydration state in the page`);
      assert.doesNotMatch(html, /rel="external"/, `${label}: a link marked rel="external"`);
      const file = path.join(dir, `${who}-${lang}-${files.length}.html`);
      fs.writeFileSync(file, html);
      files.push({ file, label });
    }
  }
  return files;
}

/** Runs vnu.jar on `files`; fails listing every error with its page. */
function check(files) {
  const run = spawnSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...files.map((f) => f.file)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.ok(run.error === undefined, `the Nu Html Checker could not run (is Java installed?): ${run.error}`);
  const report = JSON.parse(run.stderr || run.stdout || '{"messages":[]}');
  const labelOf = (url) => files.find((f) => url.endsWith(path.basename(f.file)))?.label ?? url;
  const errors = report.messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
  assert.deepEqual(
    errors.map((m) => `${labelOf(m.url ?? '')}: ${m.message} [${m.extract ?? ''}]`),
    [],
    'the Nu Html Checker found errors',
  );
  console.log(`Nu Html Checker: ${files.length} pages, 0 errors`);
}

describe('Nu Html Checker', () => {
  test('every page a visitor sees, in pt-PT and ar', async () => {
    await browser.context.clearCookies();
    check(await collect(VISITOR_PAGES, 'visitor'));
  });

  test('every page a facilitator sees, in pt-PT and ar', async () => {
    await browser.context.clearCookies();
    const opened = await openPage(browser);
    await signIn(env, opened, ADMIN, { lang: 'pt-PT', label: 'sign in' });
    await opened.page.close();
    check(await collect(FACILITATOR_ONLY, 'facilitator'));
  });
});
