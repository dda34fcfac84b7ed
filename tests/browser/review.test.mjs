// Reviewing responses (issue 10, 9): a facilitator lists the demo survey's paper responses,
// opens one, corrects it through the answer form and withdraws another. Without JavaScript the
// plain forms do it; with JavaScript every step shows its result in place (no reload) and a
// double click on "withdraw" sends one post. Both pages pass axe-core, fit a 360 px phone and
// are right-to-left in Arabic.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEMO_SURVEY,
  assertNoProblems,
  assertPageAccessible,
  checkPrerequisites,
  fitsThePhone,
  htmlLangDir,
  msg,
  openPage,
  openPath,
  sendInPlace,
  setup,
  signIn,
  watchPosts,
} from './support.mjs';

checkPrerequisites();

const ADMIN = 'review-admin@example.org';
const env = setup({ admins: [ADMIN] });

/** The text of the lead paragraph ("320 responses stored."). */
const lead = (page) => page.locator('main p.lead').innerText();

for (const js of [false, true]) {
  describe(`reviewing responses, JavaScript ${js ? 'on' : 'off'}`, () => {
    test('a facilitator lists, opens, corrects and withdraws responses, in Arabic on a phone', async () => {
      const browser = await env.browser(js);
      await browser.context.clearCookies();
      const opened = await openPage(browser);
      const { page, problems } = opened;
      const posts = watchPosts(page);
      await page.setViewportSize({ width: 360, height: 740 });
      // With JavaScript a form's answer replaces the page in place; without, the browser follows
      // the redirect. Either way `act` sends one form.
      const send = async (label, act) => {
        if (js) return sendInPlace(page, act, label);
        await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), act()]);
      };
      try {
        await signIn(env, opened, ADMIN, { lang: 'ar', label: 'sign in' });
        await openPath(env, opened, `${DEMO_SURVEY}?lang=ar`, 'survey');
        assert.equal((await page.locator('section.manage a[href$="/responses"]').innerText()).trim(), msg('ar', 'surveys-responses-title'));
        await page.locator('section.manage a[href$="/responses"]').click();
        await page.waitForURL(/\/responses/);
        assert.deepEqual(await htmlLangDir(page), { lang: 'ar', dir: 'rtl' });
        assert.equal((await page.locator('h1').innerText()).trim(), msg('ar', 'surveys-responses-title'));
        const before = await lead(page);
        const history = page.locator('#history > ul > li');
        const historyBefore = await history.count();

        // Paper responses only, then the first one.
        await page.locator('#channel').selectOption('paper');
        await Promise.all([page.waitForURL(/channel=paper/), page.locator('form.filters button').click()]);
        const listed = await page.locator('main table tbody tr').count();
        assert.ok(listed > 0, 'the demo has paper responses');
        assert.equal(await page.locator('main table tbody tr', { hasText: msg('ar', 'surveys-channel-online') }).count(), 0, 'only paper ones');
        await assertPageAccessible(env, opened, 'the list');
        await fitsThePhone(page, 'the list');
        const id = (await page.locator('main table tbody th a').first().innerText()).trim();
        await page.locator('main table tbody th a').first().click();
        await page.waitForURL(new RegExp(`/responses/${id}`));
        if (js) await page.waitForFunction(() => document.documentElement.hasAttribute('data-enhanced'));
        assert.equal((await page.locator('h1').innerText()).trim(), msg('ar', 'surveys-response-title', { response: id }));
        assert.ok((await page.locator('dl.answers dt').count()) > 5, 'every question is listed');
        const changesBefore = await history.count();
        await assertPageAccessible(env, opened, 'one response');
        await fitsThePhone(page, 'one response');

        // Correcting: no reason, refused and told; then the answer form opens with its answers.
        await page.locator('details.correct > summary').click();
        // Spaces pass the browser's own check of the required field; the server refuses them.
        await page.locator('#correct-reason').fill('   ');
        await send('correct without a reason', () => page.locator('details.correct button[type=submit]').click());
        assert.equal((await page.locator('#correct-reason-error').innerText()).trim(), msg('ar', 'errors-invalid-reason-missing'));
        await page.locator('#correct-reason').fill('أُدخل الجواب الخطأ من الاستمارة الورقية');
        await send('start the correction', () => page.locator('details.correct button[type=submit]').click());
        assert.match(new URL(page.url()).pathname, /\/answer$/, 'the answer form');
        assert.equal(
          (await page.locator('main p.notice[role=status]').first().innerText()).trim(),
          msg('ar', 'surveys-correcting-note', { response: id }),
          'the form says which response it corrects',
        );
        // A different place to live, then every section again as it was.
        const other = page.locator('input[name="q.where"]:not(:checked)').first();
        const where = await other.getAttribute('value');
        await other.check();
        for (let step = 0; step < 6 && !/\/responses\//.test(page.url()); step += 1) {
          await send(`next (${step})`, () => page.locator('button[name=_action][value=next]').click());
        }
        assert.match(page.url(), new RegExp(`/responses/${id}\\?corrected=1`), 'back on the response');
        assert.equal((await page.locator('#notice').innerText()).trim(), msg('ar', 'surveys-response-corrected'));
        assert.equal(await history.count(), changesBefore + 1, 'the correction is in its history');
        assert.ok((await page.locator('#history li li').count()) >= 1, 'with what changed');
        await assertPageAccessible(env, opened, 'a corrected response');
        assert.ok(where, 'the other answer has a code');

        // Withdrawing asks twice; a double click sends one post.
        const postsBefore = posts.length;
        await page.locator('details.confirm > summary').click();
        await page.locator('#withdraw-reason').fill('نسخة مكررة');
        const confirm = page.locator('details.confirm button[type=submit]');
        await send('withdraw', () => (js ? confirm.dblclick() : confirm.click()));
        await page.waitForTimeout(300);
        assert.equal(posts.length - postsBefore, 1, 'one post for the withdrawal');
        assert.match(page.url(), /\/responses\?withdrawn=1/, 'the list');
        assert.equal((await page.locator('#notice').innerText()).trim(), msg('ar', 'surveys-responses-withdrawn'));
        assert.notEqual(await lead(page), before, 'one response fewer');
        assert.equal(await history.count(), historyBefore + 2, 'the correction and the withdrawal are in the history');
        await assertPageAccessible(env, opened, 'after a withdrawal');
        await fitsThePhone(page, 'after a withdrawal');
        assertNoProblems(problems, 'review', { expectedFailures: [{ url: env.url('/api/surveys/correct_response'), status: 422 }] });
      } finally {
        await page.close();
      }
    });
  });
}
