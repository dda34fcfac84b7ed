// Monitoring after approval (issue 15, item 6) end to end: an administrator marks the plan
// approved; the dashboard appears on the plan page; on a measure's progress page they set an
// indicator's baseline and target (first with a figure the form refuses, named in their
// language, what they typed kept) and publish a progress report with a value; the report, the
// value in the table and the chart show on the page, and the dashboard counts the measure in
// progress. Without JavaScript in Portuguese, with JavaScript in Arabic (right to left; every
// answer shown in place, a double click publishing one report). Every page passes axe-core and
// fits a 360 px phone.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PLAN, assertNoProblems, assertPageAccessible, checkPrerequisites, fitsThePhone, htmlLangDir, msg, openPage, openPath, sendInPlace, setup, signIn, watchPosts } from './support.mjs';

checkPrerequisites();

const ADMIN = 'monitoring-admin@example.org';
const MEASURE = 'VL-SAI-02';
const env = setup({ admins: [ADMIN] });

const CASES = [
  { js: false, lang: 'pt-PT', note: 'Visitámos seis freguesias rurais.' },
  { js: true, lang: 'ar', note: 'زرنا ست أبرشيات ريفية.' },
];

for (const { js, lang, note } of CASES) {
  describe(`monitoring, JavaScript ${js ? 'on' : 'off'}, ${lang}`, () => {
    test('the plan approved, an indicator gets its figures and the measure a progress report', async () => {
      const browser = await env.browser(js);
      await browser.context.clearCookies();
      const opened = await openPage(browser);
      const { page, problems } = opened;
      const posts = watchPosts(page);
      const number = (n) => new Intl.NumberFormat(lang).format(n);
      await page.setViewportSize({ width: 360, height: 740 });
      const send = async (label, act) => {
        const before = posts.length;
        if (js) {
          await sendInPlace(page, act, label);
          await page.waitForTimeout(300);
        } else {
          await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), act()]);
        }
        assert.equal(posts.length - before, 1, `${label}: one POST`);
      };
      const check = async (label) => {
        await assertPageAccessible(env, opened, label);
        await fitsThePhone(page, label);
      };
      try {
        await signIn(env, opened, ADMIN, { lang, label: 'sign in' });
        // The plan is approved: its status changes on the plan's edit page.
        await openPath(env, opened, `/plans/${PLAN}/edit?lang=${lang}`, 'edit the plan');
        await page.locator('#plan-edit-status').selectOption('approved');
        await send('approve the plan', () => page.locator('#plan-edit-status ~ button[type=submit]').click());

        await openPath(env, opened, `/plans/${PLAN}?lang=${lang}`, 'plan');
        await Promise.all([page.waitForURL(/\/monitoring/), page.locator(`a[href="/plans/${PLAN}/monitoring"]`).click()]);
        assert.equal((await page.locator('h1').innerText()).trim(), msg(lang, 'monitoring-title'));
        assert.deepEqual(await htmlLangDir(page), { lang, dir: lang === 'ar' ? 'rtl' : 'ltr' });
        await check('the dashboard');
        await Promise.all([page.waitForURL(/\/progress/), page.locator(`table[aria-labelledby=measures-heading] a[href="/plans/${PLAN}/measures/${MEASURE}/progress"]`).click()]);
        assert.equal((await page.locator('h1').innerText()).trim(), msg(lang, 'monitoring-measure-title', { code: MEASURE }));
        await check('the measure\'s progress');

        // A baseline the form cannot read: refused, named, what was typed kept; then right.
        await page.locator('#figures-1-unit').fill('atendimentos');
        await page.locator('#figures-1-baseline').fill('muitos');
        await page.locator('#figures-1-target').fill('1200');
        await send('refused figures', () => page.locator('#figures-1 button[type=submit]').click());
        assert.equal((await page.locator('#figures-1-error').innerText()).trim(), msg(lang, 'errors-invalid-figure'));
        assert.equal(await page.locator('#figures-1-baseline').inputValue(), 'muitos', 'the typed baseline is kept');
        assert.equal(await page.locator('#figures-1-target').inputValue(), '1200', 'the typed target is kept');
        await check('the refused figures');
        await page.locator('#figures-1-baseline').fill('120');
        await send('the figures', () => page.locator('#figures-1 button[type=submit]').click());
        assert.deepEqual(await page.locator('#figures-1 p.notice[role=status]').allInnerTexts(), [msg(lang, 'monitoring-saved')]);
        assert.equal(await page.locator('#indicator-1 dl.facts').count(), 1, 'the indicator shows its figures');

        // A progress report with a value (a double click with JavaScript publishes it once).
        const reports = await page.locator('#reports-heading ~ ol > li').count();
        await page.locator('#progress-status-in_progress').check();
        await page.locator('#progress-note').fill(note);
        await page.locator('#progress-indicator').selectOption('1');
        await page.locator('#progress-value').fill('310');
        const submit = page.locator('#add-progress-heading ~ form button[type=submit]');
        await send('the report', () => (js ? submit.dblclick() : submit.click()));
        assert.equal(await page.locator('#reports-heading ~ ol > li').count(), reports + 1, 'one report published');
        assert.deepEqual(await page.locator('#reports-heading ~ p.notice[role=status]').allInnerTexts(), [msg(lang, 'monitoring-added')]);
        assert.equal((await page.locator('#reports-heading ~ ol > li').first().locator('.pre-line').innerText()).trim(), note);
        assert.ok(await page.locator('#indicator-1 svg.line-chart circle').count() >= 1, 'the value is drawn');
        assert.ok((await page.locator('#indicator-1 table tbody').innerText()).includes(number(310)), 'and listed');
        assert.equal((await page.locator('dl.facts dd .badge').first().innerText()).trim(), msg(lang, 'monitoring-status-in_progress'));
        await check('the published report');

        // The dashboard, signed out: the measure in progress.
        await browser.context.clearCookies();
        await openPath(env, opened, `/plans/${PLAN}/monitoring?lang=${lang}`, 'the dashboard again');
        const row = page.locator('table[aria-labelledby=measures-heading] tbody tr', { hasText: MEASURE });
        assert.equal((await row.locator('.badge.execution-in_progress').innerText()).trim(), msg(lang, 'monitoring-status-in_progress'));
        assert.ok((await page.locator('table[aria-labelledby=indicators-heading] tbody tr', { hasText: MEASURE }).innerText()).includes(number(310)));
        await check('the dashboard with the report');
        assertNoProblems(problems, `monitoring (${lang})`, { expectedFailures: [{ url: env.url('/api/monitoring/figures'), status: 422 }] });
      } finally {
        await opened.page.close();
      }
    });
  });
}
