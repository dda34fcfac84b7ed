// Representativeness (issue 15, item 3) end to end, then the printable report (item 7): a facilitator enters a group of the plan's
// reference population — first with a number the form refuses (named in their language, what
// they typed kept), then right — and the public participation report shows it against the
// inputs, marked under-represented. Without JavaScript in Portuguese, with JavaScript in Arabic
// (right to left; the answers shown in place, a double click adding one group). The printable
// report, with JavaScript and without in both languages: printed on A4 part by part, then from
// it to a measure and its evidence. Every page passes axe-core and fits a 360 px phone.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PLAN, assertNoProblems, assertPageAccessible, checkPrerequisites, fitsThePhone, htmlLangDir, msg, openPage, openPath, sendInPlace, setup, signIn, watchPosts } from './support.mjs';

checkPrerequisites();

const ADMIN = 'report-admin@example.org';
const env = setup({ admins: [ADMIN] });

const CASES = [
  { js: false, lang: 'pt-PT', name: 'Roménia', tongue: 'ro' },
  { js: true, lang: 'ar', name: 'الصين', tongue: 'zh-Hans' },
];

for (const { js, lang, name, tongue } of CASES) {
  describe(`reference population, JavaScript ${js ? 'on' : 'off'}, ${lang}`, () => {
    test('a facilitator adds a group; the participation report compares it and marks it', async () => {
      const browser = await env.browser(js);
      await browser.context.clearCookies();
      const opened = await openPage(browser);
      const { page, problems } = opened;
      const posts = watchPosts(page);
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
        await openPath(env, opened, `/plans/${PLAN}?lang=${lang}`, 'plan');
        await Promise.all([page.waitForURL(/\/edit\/population/), page.locator(`a[href="/plans/${PLAN}/edit/population"]`).click()]);
        assert.equal((await page.locator('h1').innerText()).trim(), msg(lang, 'report-population-edit-title'));
        assert.deepEqual(await htmlLangDir(page), { lang, dir: lang === 'ar' ? 'rtl' : 'ltr' });
        await check('the reference population');
        const groups = await page.locator('main ol > li.card').count();

        // A number the form cannot read: refused, named, what was typed kept.
        await page.locator('#add-group-name').fill(name);
        await page.locator('#add-group-population').fill('muitos');
        await page.locator('#add-group-year').fill('2024');
        await page.locator('#add-group-source').fill('AIMA, RMA 2024');
        await page.locator(`#add-group-lang-${tongue.replace(/[^A-Za-z0-9]/g, '-')}`).check();
        await send('a refused group', () => page.locator('#add-group-heading + form button[type=submit]').click());
        assert.equal((await page.locator('#add-group-error').innerText()).trim(), msg(lang, 'errors-invalid-population'));
        assert.equal(await page.locator('#add-group-population').inputValue(), 'muitos', 'the typed number is kept');
        assert.equal(await page.locator('#add-group-name').inputValue(), name, 'the typed name is kept');
        assert.equal(await page.locator(`#add-group-lang-${tongue.replace(/[^A-Za-z0-9]/g, '-')}`).isChecked(), true, 'the ticked language stays ticked');
        assert.equal(await page.locator('main ol > li.card').count(), groups, 'nothing added');
        await check('the refused group');

        // Right this time (a double click with JavaScript adds it once).
        await page.locator('#add-group-population').fill('50000');
        await send('add the group', () => (js ? page.locator('#add-group-heading + form button[type=submit]').dblclick() : page.locator('#add-group-heading + form button[type=submit]').click()));
        assert.equal(await page.locator('main ol > li.card').count(), groups + 1, 'one group added');
        assert.equal((await page.locator('main ol > li.card').last().locator('h3').innerText()).trim(), name);
        assert.deepEqual(await page.locator('main p.notice[role=status]').allInnerTexts(), [msg(lang, 'plans-edit-saved')]);

        // The public report, signed out: the group against the inputs, marked in words.
        await browser.context.clearCookies();
        await openPath(env, opened, `/plans/${PLAN}/participation?lang=${lang}`, 'the participation report');
        const row = page.locator('table[aria-labelledby=representation-heading] tbody tr', { hasText: name });
        assert.equal(await row.count(), 1, 'the group has its row');
        assert.equal((await row.locator('.badge').innerText()).trim(), msg(lang, 'report-representation-under'));
        assert.ok((await row.innerText()).includes('AIMA, RMA 2024'), 'the source is named');
        await check('the participation report');
        assertNoProblems(problems, `reference population (${lang})`, { expectedFailures: [{ url: env.url('/api/report/add_population_group'), status: 422 }] });
      } finally {
        await opened.page.close();
      }
    });
  });
}

// The printable report (issue 15, item 7): on A4 paper the site's header, footer and
// breadcrumbs stay out, each of the three parts starts a new sheet and nothing is wider than
// the sheet; then on to a measure's evidence. In Portuguese and in Arabic (right to left).
for (const [js, lang] of [[false, 'pt-PT'], [false, 'ar'], [true, 'pt-PT'], [true, 'ar']]) {
  describe(`printable report, JavaScript ${js ? 'on' : 'off'}, ${lang}`, () => {
    test('prints on A4, part by part, and leads to the measures and their evidence', async () => {
      const browser = await env.browser(js);
      await browser.context.clearCookies();
      const opened = await openPage(browser);
      const { page, problems } = opened;
      try {
        await openPath(env, opened, `/plans/${PLAN}?lang=${lang}`, 'plan');
        await Promise.all([page.waitForURL(/\/report/), page.locator(`a[href="/plans/${PLAN}/report"]`).click()]);
        assert.ok((await page.locator('h1').innerText()).startsWith(msg(lang, 'report-printable-title')));
        await assertPageAccessible(env, opened, 'the printable report');
        // A4 less its margins (210 mm − 2 × 14 mm) at 96 dpi: 688 px.
        await page.setViewportSize({ width: 688, height: 1000 });
        await page.emulateMedia({ media: 'print' });
        for (const chrome of ['header.masthead', 'footer.colophon', 'nav.breadcrumbs']) {
          assert.equal(await page.locator(chrome).count(), 1, `${chrome} is on the page`);
          assert.equal(await page.locator(chrome).isVisible(), false, `${chrome} is not printed`);
        }
        assert.equal(await page.locator('h1').isVisible(), true, 'the title is printed');
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 688, `the report is ${width} px wide on an A4 sheet`);
        const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
        const sheets = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
        assert.ok(sheets >= 3, `each part on its own sheet: ${sheets} sheets`);

        // On screen again: from the report to a measure's evidence, grouped by kind.
        await page.emulateMedia({ media: 'screen' });
        await page.setViewportSize({ width: 360, height: 740 });
        await Promise.all([page.waitForURL(/\/measures\/VL-LIN-03/), page.locator(`section.used h2 a[href="/plans/${PLAN}/measures/VL-LIN-03"]`).click()]);
        assert.equal((await page.locator('#evidence-consultation_comment').innerText()).trim(), msg(lang, 'evidence-kind-consultation_comment', { count: 1 }));
        assert.equal((await page.locator('#evidence-association_position').innerText()).trim(), msg(lang, 'evidence-kind-association_position', { count: 1 }));
        assert.equal(await page.locator('section.evidence .badge.stance-challenges').count(), 1, 'the comment challenges the measure');
        await assertPageAccessible(env, opened, 'the measure and its evidence');
        await fitsThePhone(page, 'the measure and its evidence');
        assertNoProblems(problems, `printable report (${lang}, JavaScript ${js ? 'on' : 'off'})`);
      } finally {
        await opened.page.close();
      }
    });
  });
}
