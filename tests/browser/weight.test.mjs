// What each page costs a phone on its first visit (cache empty): every byte on the wire (headers
// included, as Chromium's network log counts them), with JavaScript on and off, compressed with
// brotli as browsers ask for it over HTTPS. Resident pages must stay within 100 KB in all and
// facilitator pages within 300 KB (issue 9). The test prints the figures it measured.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  FACILITATOR_PAGES,
  RESIDENT_PAGES,
  checkPrerequisites,
  launchContext,
  openPage,
  setup,
  signIn,
  waitForEnhancement,
} from './support.mjs';

checkPrerequisites();

const RESIDENT_BUDGET = 100 * 1024;
const FACILITATOR_BUDGET = 300 * 1024;
const ADMIN = 'weight-admin@example.org';
const env = setup({ admins: [ADMIN] });
const contexts = {};
const figures = [];

before(async () => {
  for (const js of [true, false]) {
    const browser = await launchContext({ javaScriptEnabled: js });
    // Chromium asks for brotli over HTTPS only; a real deployment is HTTPS.
    await browser.context.setExtraHTTPHeaders({ 'Accept-Encoding': 'br, gzip' });
    contexts[js] = browser;
  }
});

after(async () => {
  for (const browser of Object.values(contexts)) await browser.close();
  if (figures.length > 0) {
    const rows = figures.map((f) => `  ${f.who.padEnd(11)} ${f.js ? 'JS on ' : 'JS off'} ${(f.bytes / 1024).toFixed(1).padStart(7)} KB  ${String(f.requests).padStart(2)} requests  ${f.path}`);
    console.log(`Bytes on the wire per page, first visit, brotli:\n${rows.join('\n')}`);
  }
});

/** Loads `path` with an empty cache and adds up every response's bytes on the wire. */
async function weigh(browser, path, label) {
  const opened = await openPage(browser);
  const { page } = opened;
  const cdp = await browser.context.newCDPSession(page);
  const sizes = new Map();
  const encodings = new Map();
  try {
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    cdp.on('Network.responseReceived', (e) => encodings.set(e.response.url, e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding']));
    cdp.on('Network.loadingFinished', (e) => sizes.set(e.requestId, e.encodedDataLength));
    const response = await page.goto(env.url(path), { waitUntil: 'load' });
    assert.equal(response.status(), 200, `${label}: HTTP status`);
    if (browser.javaScriptEnabled) await waitForEnhancement(page, label);
    await page.waitForLoadState('networkidle');
    for (const [url, encoding] of encodings) {
      if (/\.(wasm|js|css)$/.test(new URL(url).pathname) || url === response.url()) {
        assert.equal(encoding, 'br', `${label}: ${url} came compressed with brotli`);
      }
    }
    return { bytes: [...sizes.values()].reduce((a, b) => a + b, 0), requests: sizes.size };
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}

describe('page weight', () => {
  for (const js of [true, false]) {
    test(`resident pages, JavaScript ${js ? 'on' : 'off'}: 100 KB at most`, async () => {
      await contexts[js].context.clearCookies();
      for (const path of RESIDENT_PAGES) {
        const label = `${path} (JavaScript ${js ? 'on' : 'off'})`;
        const { bytes, requests } = await weigh(contexts[js], path, label);
        figures.push({ who: 'resident', js, path, bytes, requests });
        assert.ok(bytes <= RESIDENT_BUDGET, `${label}: ${bytes} bytes, over the resident budget of ${RESIDENT_BUDGET}`);
      }
    });

    test(`facilitator pages, JavaScript ${js ? 'on' : 'off'}: 300 KB at most`, async () => {
      const browser = contexts[js];
      await browser.context.clearCookies();
      const opened = await openPage(browser);
      await signIn(env, opened, ADMIN, { lang: 'pt-PT', label: `sign in (JavaScript ${js ? 'on' : 'off'})` });
      await opened.page.close();
      for (const path of FACILITATOR_PAGES) {
        const label = `${path} as facilitator (JavaScript ${js ? 'on' : 'off'})`;
        const { bytes, requests } = await weigh(browser, path, label);
        figures.push({ who: 'facilitator', js, path, bytes, requests });
        assert.ok(bytes <= FACILITATOR_BUDGET, `${label}: ${bytes} bytes, over the facilitator budget of ${FACILITATOR_BUDGET}`);
      }
    });
  }
});
