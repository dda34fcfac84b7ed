// Loads each resident page in Debian's Chromium under Lighthouse's mobile throttling (see
// phone.sh) and prints what it measured. Usage: node bench/phone.mjs http://127.0.0.1:3918
import { chromium } from 'playwright-core';
import { RESIDENT_PAGES } from '../tests/browser/support.mjs';

const base = process.argv[2];
const RUNS = Number(process.env.RUNS ?? 3);

/** Records, in the page, long tasks and the moment the enhancement module starts. */
const PROBE = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
  // On the document (<html> does not exist yet when this runs).
  new MutationObserver(() => {
    if (document.documentElement?.hasAttribute('data-enhanced') && window.__enhancedAt === undefined) window.__enhancedAt = performance.now();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-enhanced'] });
})();`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`Resident pages on a throttled phone (median of ${RUNS} first visits, cache empty)`);
console.log(`${'page'.padEnd(52)} ${'KB'.padStart(6)} ${'FCP ms'.padStart(7)} ${'interactive ms'.padStart(15)} ${'TBT ms'.padStart(7)}`);
for (const path of RESIDENT_PAGES) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
    await context.setExtraHTTPHeaders({ 'Accept-Encoding': 'br, gzip' });
    await context.addInitScript(PROBE);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1638.4 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
    await page.goto(base + path, { waitUntil: 'load' });
    const enhances = await page.evaluate(() => document.querySelector('form[method=post]') !== null);
    if (enhances) await page.waitForFunction(() => window.__enhancedAt !== undefined, null, { timeout: 30_000 });
    await page.waitForTimeout(500);
    const m = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      const load = performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? NaN;
      const tbt = window.__longTasks.filter(([start]) => start >= fcp).reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
      return { fcp, load, enhanced: window.__enhancedAt, tbt };
    });
    runs.push({ bytes, fcp: m.fcp, interactive: enhances ? m.enhanced : m.load, tbt: m.tbt });
    await context.close();
  }
  const col = (k) => median(runs.map((r) => r[k]));
  console.log(
    `${path.padEnd(52)} ${(col('bytes') / 1024).toFixed(1).padStart(6)} ${col('fcp').toFixed(0).padStart(7)} ${col('interactive').toFixed(0).padStart(15)} ${col('tbt').toFixed(0).padStart(7)}`,
  );
}
await browser.close();
