// Drafting the plan (issue 11, 5–6): a facilitator adds a measure, writes it in Portuguese and in
// Arabic (right to left, the interface staying Portuguese), publishes a version, rewords an
// objective and publishes again; a resident reads the measure in Arabic and its word-by-word
// changes. Without JavaScript the plain forms do it; with JavaScript each form's answer shows in
// place and a double click creates or publishes once. Then the facilitator withdraws the measure
// with a reason and publishes; the resident reads in Arabic why it went. Every page passes
// axe-core and fits a 360 px phone.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  PLAN,
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

const ADMIN = 'drafting-admin@example.org';
const env = setup({ admins: [ADMIN] });

for (const js of [false, true]) {
  describe(`drafting, JavaScript ${js ? 'on' : 'off'}`, () => {
    test('a facilitator writes a measure in two languages and publishes two versions; a resident reads the changes in Arabic', async () => {
      const browser = await env.browser(js);
      await browser.context.clearCookies();
      const opened = await openPage(browser);
      const { page, problems } = opened;
      const posts = watchPosts(page);
      await page.setViewportSize({ width: 360, height: 740 });
      const code = js ? 'VL-SAU-31' : 'VL-SAU-30';
      // One form sent: in place with JavaScript (a double click sending one post), else by the
      // browser following the redirect.
      const send = async (label, locator, { twice = false } = {}) => {
        const before = posts.length;
        if (js) {
          await sendInPlace(page, () => (twice ? locator.dblclick() : locator.click()), label);
          await page.waitForTimeout(300);
        } else {
          await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), locator.click()]);
        }
        assert.equal(posts.length - before, 1, `${label}: one POST`);
      };
      const check = async (label) => {
        await assertPageAccessible(env, opened, label);
        await fitsThePhone(page, label);
      };
      try {
        await signIn(env, opened, ADMIN, { lang: 'pt-PT', label: 'sign in' });
        await openPath(env, opened, `/plans/${PLAN}?lang=pt-PT`, 'plan');
        await Promise.all([page.waitForURL(/\/draft/), page.locator(`a[href="/plans/${PLAN}/draft"]`).click()]);
        assert.equal((await page.locator('h1').innerText()).trim(), msg('pt-PT', 'plans-draft-title'));
        await check('the drafts');

        // A new measure, double-clicked with JavaScript: one draft, and its form opens.
        await page.locator('#new-draft-area').selectOption('SAU');
        await page.locator('#new-draft-title').fill('Rastreios de saúde nos bairros');
        await page.locator('#new-draft-code').fill(code);
        await send('new measure', page.locator('section:has(#new-draft-title) button[type=submit]'), { twice: js });
        assert.match(page.url(), /\/draft\/\d+\?in=pt-PT/);
        assert.equal((await page.locator('h1').innerText()).trim(), msg('pt-PT', 'plans-draft-edit-title', { code }));
        await check('a new draft');

        // Its texts in Portuguese, and its level.
        await page.locator('#draft-summary').fill('Rastreios gratuitos nos bairros, com mediadores que falam as línguas de quem vive lá.');
        await page.locator('#draft-objective-new').fill('Fazer 20 sessões de rastreio por ano.');
        await page.locator('#draft-indicator-new-name').fill('Sessões de rastreio');
        await page.locator('#draft-indicator-new-target').fill('20 por ano');
        await page.locator('#draft-level-1').check();
        await send('save in Portuguese', page.locator('form.draft-form button[type=submit]'));
        assert.deepEqual(await page.locator('main p.notice[role=status]').allInnerTexts(), [msg('pt-PT', 'plans-edit-saved')]);
        assert.equal(await page.locator('#draft-objective-0').inputValue(), 'Fazer 20 sessões de rastreio por ano.');

        // The same measure in Arabic: right to left, the interface still Portuguese, the
        // Portuguese text shown beside each field.
        await Promise.all([page.waitForURL(/in=ar/), page.locator('nav[aria-labelledby="draft-languages-heading"] a[lang=ar]').click()]);
        if (js) await page.waitForFunction(() => document.documentElement.hasAttribute('data-enhanced'));
        assert.deepEqual(await htmlLangDir(page), { lang: 'pt-PT', dir: 'ltr' });
        assert.equal(await page.locator('#draft-title').getAttribute('dir'), 'rtl');
        assert.equal(await page.locator('#draft-title').getAttribute('lang'), 'ar');
        assert.ok((await page.locator('form.draft-form .source').first().innerText()).includes('Rastreios de saúde nos bairros'));
        await page.locator('#draft-title').fill('فحوصات صحية في الأحياء');
        await page.locator('#draft-objective-0').fill('تنظيم 20 جلسة فحص في السنة.');
        await send('save in Arabic', page.locator('form.draft-form button[type=submit]'));
        assert.equal(await page.locator('#draft-title').inputValue(), 'فحوصات صحية في الأحياء');
        await check('a draft in Arabic');

        // Publish: a double click publishes one version.
        await openPath(env, opened, `/plans/${PLAN}/draft?lang=pt-PT`, 'drafts');
        await page.locator('#publish-note').fill('Nova medida de rastreios.');
        await send('publish', page.locator('section:has(#publish-note) button[type=submit]'), { twice: js });
        const first = Number(new URL(page.url()).searchParams.get('published'));
        assert.ok(first >= 3, `published as version ${first}`);
        assert.deepEqual(await page.locator('main p.notice[role=status]').allInnerTexts(), [msg('pt-PT', 'plans-draft-published', { number: first })]);

        // Reword the objective; publish again.
        await Promise.all([page.waitForURL(/\/draft\/\d+/), page.locator(`main table a`, { hasText: code }).click()]);
        await page.locator('#draft-objective-0').fill('Fazer 24 sessões de rastreio por ano, ao sábado.');
        await send('reword', page.locator('form.draft-form button[type=submit]'));
        await openPath(env, opened, `/plans/${PLAN}/draft?lang=pt-PT`, 'drafts');
        await send('publish again', page.locator('section:has(#publish-note) button[type=submit]'));
        assert.equal(Number(new URL(page.url()).searchParams.get('published')), first + 1);

        // A resident reads the measure in Arabic, then what changed.
        const facilitator = await browser.context.cookies();
        await browser.context.clearCookies();
        await openPath(env, opened, `/plans/${PLAN}/measures/${code}?lang=ar`, 'the measure in Arabic');
        assert.deepEqual(await htmlLangDir(page), { lang: 'ar', dir: 'rtl' });
        assert.equal((await page.locator('h1').innerText()).trim(), 'فحوصات صحية في الأحياء');
        await check('the published measure');
        await Promise.all([page.waitForURL(/\/changes/), page.locator('.version-note a[href$="/changes"]').click()]);
        assert.equal((await page.locator('#diff-summary').innerText()).trim(), msg('ar', 'plans-diff-between', { from: first, to: first + 1 }));
        assert.deepEqual(await page.locator('.diff-field h2').allInnerTexts(), [msg('ar', 'plans-diff-field-objectives')]);
        // Only the Portuguese objective was reworded: the change shows in Portuguese, marked so.
        assert.equal(await page.locator('.diff-field .diff').getAttribute('lang'), 'pt-PT');
        await check('the changes, in Arabic');
        await openPath(env, opened, `/plans/${PLAN}/measures/${code}/changes?lang=pt-PT`, 'the changes in Portuguese');
        assert.deepEqual(await page.locator('.diff-field del').allTextContents(), [`${msg('pt-PT', 'plans-diff-removed')} 20`, `${msg('pt-PT', 'plans-diff-removed')} ano.`]);
        assert.ok((await page.locator('.diff-field ins').allTextContents()).some((t) => t.includes('24')));
        await check('the changes, in Portuguese');
        await openPath(env, opened, `/plans/${PLAN}/versions?lang=ar`, 'the versions');
        assert.ok((await page.locator('ol.versions > li').count()) >= first + 1);
        await check('the versions');

        // The facilitator withdraws the measure with a reason; the next version leaves it out.
        await browser.context.addCookies(facilitator);
        await openPath(env, opened, `/plans/${PLAN}/draft?lang=pt-PT`, 'drafts, to withdraw');
        await Promise.all([page.waitForURL(/\/draft\/\d+/), page.locator(`main table a`, { hasText: code }).click()]);
        await page.locator('details.confirm summary').click();
        await page.locator('#draft-withdraw-reason').fill('Juntou-se à medida de saúde nos bairros.');
        await check('the withdrawal form');
        await send('withdraw', page.locator('details.confirm button[type=submit]'));
        assert.deepEqual(await page.locator('main p.notice[role=status]').allInnerTexts(), [msg('pt-PT', 'plans-draft-withdrawn-notice')]);
        assert.equal((await page.locator('#draft-restore-heading').innerText()).trim(), msg('pt-PT', 'plans-draft-restore-heading'));
        await check('the withdrawn draft');
        await openPath(env, opened, `/plans/${PLAN}/draft?lang=pt-PT`, 'drafts, to publish the withdrawal');
        await page.locator('#publish-note').fill('Medida retirada.');
        await send('publish the withdrawal', page.locator('section:has(#publish-note) button[type=submit]'));
        assert.equal(Number(new URL(page.url()).searchParams.get('published')), first + 2);

        // A resident reads in Arabic why it went, with its last text still there.
        await browser.context.clearCookies();
        await openPath(env, opened, `/plans/${PLAN}/measures/${code}?lang=ar`, 'the withdrawn measure in Arabic');
        const notice = (await page.locator('#withdrawn').innerText()).trim();
        assert.ok(notice.startsWith(msg('ar', 'plans-measure-withdrawn', { number: first + 2 })), notice);
        assert.ok(notice.includes('Juntou-se à medida de saúde nos bairros.'), notice);
        assert.equal((await page.locator('h1').innerText()).trim(), 'فحوصات صحية في الأحياء');
        await check('the withdrawn measure');
        await openPath(env, opened, `/plans/${PLAN}/areas/SAU?lang=ar`, 'its area');
        assert.equal(await page.locator(`main a[href$="/measures/${code}"]`).count(), 0, 'the area no longer lists it');
        assertNoProblems(problems, `drafting (JavaScript ${js ? 'on' : 'off'})`);
      } finally {
        await page.close();
      }
    });
  });
}
