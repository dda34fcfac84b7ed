// What visitors do, each with JavaScript on (the hydrated app) and off (server-rendered HTML).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  LANGUAGES,
  PLAN,
  assertNoProblems,
  checkPrerequisites,
  demo,
  ensureArtifacts,
  htmlLangDir,
  language,
  msg,
  openLanguagePicker,
  openPage,
  platformFonts,
  setup,
  waitForEnhancement,
} from './support.mjs';

checkPrerequisites();
const env = setup();

const MEASURE = 'VL-CA-01';
const measure = demo.measures.find((m) => m.code === MEASURE);
const FONT_FILE = /\.(woff2?|ttf|otf|eot)(\?|#|$)/i;

/** A page in the shared context of that JavaScript mode, with no language remembered. */
async function fresh(js) {
  const browser = await env.browser(js);
  await browser.context.clearCookies();
  return openPage(browser);
}

/** Opens `p` and, with JavaScript, waits for the app to hydrate. */
async function open(opened, p, label) {
  const response = await opened.page.goto(env.url(p), { waitUntil: 'load' });
  assert.equal(response.status(), 200, `${label}: HTTP status of ${p}`);
  if (opened.javaScriptEnabled) await waitForEnhancement(opened.page, `${label}: ${p}`);
  return response;
}

/** Follows a language-picker link (a full page load) and waits for the new document. */
async function pickLanguage(opened, tag, label) {
  const { page } = opened;
  await openLanguagePicker(page);
  const link = page.locator(`nav.language-picker a[hreflang="${tag}"]`);
  assert.equal((await link.textContent()).trim(), language(tag).name, `${label}: the picker names ${tag} in its own language`);
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), link.click()]);
  assert.ok(response, `${label}: choosing ${tag} loads a new document`);
  assert.equal(response.status(), 200);
  assert.equal(new URL(page.url()).searchParams.get('lang'), tag, `${label}: the URL carries lang=${tag}`);
  if (opened.javaScriptEnabled) await waitForEnhancement(page, `${label}: after choosing ${tag}`);
}

async function h1(page) {
  return (await page.locator('h1').innerText()).trim();
}

async function assertLanguage(page, tag, label) {
  assert.deepEqual(await htmlLangDir(page), { lang: tag, dir: language(tag).dir }, `${label}: <html lang dir>`);
  assert.equal(
    await page.locator(`nav.language-picker a[aria-current="true"]`).getAttribute('hreflang'),
    tag,
    `${label}: the picker marks ${tag} as current`,
  );
}

for (const js of [true, false]) {
  const mode = `JavaScript ${js ? 'on' : 'off'}`;
  describe(mode, () => {
    test('visitor_switches_language_from_portuguese_to_arabic_and_back', async () => {
      const opened = await fresh(js);
      const { page, problems } = opened;
      const label = `language switch (${mode})`;
      try {
        await open(opened, `/plans/${PLAN}/measures/${MEASURE}`, label);
        await assertLanguage(page, 'pt-PT', `${label}, Portuguese by default (Accept-Language: pt-PT)`);
        const portuguese = await h1(page);
        assert.equal(portuguese, measure.title['pt-PT']);

        await pickLanguage(opened, 'ar', label);
        await assertLanguage(page, 'ar', `${label}, after choosing العربية`);
        const arabic = await h1(page);
        assert.notEqual(arabic, portuguese, `${label}: the h1 changed language`);
        assert.equal(arabic, measure.title.ar);
        assert.equal(new URL(page.url()).pathname, `/plans/${PLAN}/measures/${MEASURE}`, `${label}: same page`);

        // The choice is remembered: another page opened without ?lang= is in Arabic.
        await open(opened, `/plans/${PLAN}/areas`, label);
        await assertLanguage(page, 'ar', `${label}, next page without ?lang=`);
        assert.equal(await h1(page), msg('ar', 'plans-areas-title'));

        await pickLanguage(opened, 'en', label);
        await assertLanguage(page, 'en', `${label}, after choosing English`);
        assert.equal(await h1(page), msg('en', 'plans-areas-title'));
        await open(opened, `/plans/${PLAN}/measures/${MEASURE}`, label);
        await assertLanguage(page, 'en', `${label}, English remembered`);
        assert.equal(await h1(page), measure.title.en);

        await pickLanguage(opened, 'pt-PT', label);
        await assertLanguage(page, 'pt-PT', `${label}, back to Português`);
        assert.equal(await h1(page), portuguese);
        if (js) assertNoProblems(problems, label);
      } finally {
        await page.close();
      }
    });

    test('visitor_filters_entities_by_area', async () => {
      for (const [lang, areaName] of [
        ['pt-PT', 'Saúde'],
        ['en', 'Health'],
      ]) {
        const opened = await fresh(js);
        const { page, problems } = opened;
        const label = `entities filter in ${lang} (${mode})`;
        try {
          await open(opened, `/plans/${PLAN}/entities?lang=${lang}`, label);
          const cards = page.locator('main ul.cards > li.card[id^="entity-"]');
          const before = await cards.count();
          assert.equal(before, demo.entities.length, `${label}: every entity before filtering`);
          const select = page.locator('select#area-filter');
          assert.equal(await page.locator('label[for="area-filter"]').innerText(), msg(lang, 'plans-entities-filter-label'));
          await select.selectOption({ label: areaName });
          const button = page.locator('form button[type="submit"]');
          assert.equal((await button.innerText()).trim(), msg(lang, 'plans-entities-filter-apply'));
          await button.click();
          await page.waitForURL((u) => u.searchParams.get('area') === 'SAU', { timeout: 10_000 });
          const expected = demo.entities.filter((e) => e.areas.includes('SAU')).map((e) => `entity-${e.slug}`).sort();
          // With JavaScript the router fetches the filtered list after the URL changed.
          await page.waitForFunction(
            (n) => document.querySelectorAll('main ul.cards > li.card[id^="entity-"]').length === n,
            expected.length,
            { timeout: 10_000 },
          ).catch(() => {});
          const after = (await cards.evaluateAll((lis) => lis.map((li) => li.id))).sort();
          assert.ok(after.length < before, `${label}: fewer entities after filtering (${after.length} of ${before})`);
          assert.deepEqual(after, expected, `${label}: exactly the entities working in health`);
          const url = new URL(page.url());
          assert.equal(url.pathname, `/plans/${PLAN}/entities`, `${label}: same page`);
          assert.equal(url.searchParams.get('area'), 'SAU', `${label}: the URL has area=SAU`);
          assert.equal(await select.inputValue(), 'SAU', `${label}: the select keeps the chosen area`);
          assert.equal(
            (await select.locator('option:checked').innerText()).trim(),
            areaName,
            `${label}: the chosen option is shown`,
          );
          assert.equal(
            (await page.locator('main h2[aria-live]').innerText()).trim(),
            `${msg(lang, 'plans-entities-in-area', { area: areaName })} (${expected.length} ${lang === 'en' ? 'organisations' : 'organizações'})`,
            `${label}: the heading names the area and the count`,
          );
          assert.deepEqual(await htmlLangDir(page), { lang, dir: 'ltr' }, `${label}: still in ${lang}`);
          if (js) assertNoProblems(problems, label);
        } finally {
          await page.close();
        }
      }
    });

    test('keyboard_user_skips_to_content', async (t) => {
      const opened = await fresh(js);
      const { page, problems } = opened;
      const label = `keyboard (${mode})`;
      const p = `/plans/${PLAN}/measures/${MEASURE}?lang=pt-PT`;
      const skip = page.locator('a.skip-link');
      try {
        await t.test('the first Tab focuses the skip link, which shows on screen', async () => {
          await open(opened, p, label);
          await page.keyboard.press('Tab');
          assert.ok(await skip.evaluate((el) => el === document.activeElement), `${label}: the first Tab focuses the skip link`);
          assert.equal((await skip.innerText()).trim(), msg('pt-PT', 'core-skip-to-content'));
          assert.equal(await skip.getAttribute('href'), '#main');
          await assertInViewport(page, skip, `${label}: the focused skip link`);
        });

        await t.test('Enter on the skip link moves the focus to the main content', async () => {
          await open(opened, p, label);
          await page.keyboard.press('Tab');
          assert.ok(await skip.evaluate((el) => el === document.activeElement), `${label}: the first Tab focuses the skip link`);
          await page.keyboard.press('Enter');
          await page.waitForFunction(() => location.hash === '#main', null, { timeout: 5_000 });
          await assertInViewport(page, page.locator('main#main'), `${label}: #main after the skip link`, { topOnly: true });
          const focusAfterEnter = await page.evaluate(DESCRIBE_FOCUS);
          await page.keyboard.press('Tab');
          const next = await page.evaluate(DESCRIBE_FOCUS);
          const story = `after Enter on the skip link the focus is on ${focusAfterEnter.text}; the next Tab reaches ${next.text}`;
          assert.ok(focusAfterEnter.inMain, `${label}: after Enter on the skip link the focus should move to #main (${story})`);
          assert.ok(next.inMain && next.id !== 'main', `${label}: the Tab after the skip link should reach main content (${story})`);
        });

        await t.test('Tab reaches the skip link, the brand, the language picker and its languages, then every link of the page', async () => {
          await open(opened, p, label);
          const expected = await page.evaluate(() => {
            const focusable = [...document.querySelectorAll('a[href], button, select, input, textarea, summary, [tabindex]')].filter(
              // checkVisibility: not inside a closed <details>, not display:none, not visibility:hidden.
              (el) => el.tabIndex >= 0 && !el.disabled && el.checkVisibility({ visibilityProperty: true }),
            );
            focusable.forEach((el, i) => el.setAttribute('data-kbd', String(i)));
            return focusable.map((el) => ({
              i: el.dataset.kbd,
              where: el.closest('main') ? 'main' : el.closest('header') ? 'header' : el.closest('footer') ? 'footer' : 'body',
              name: `${el.tagName.toLowerCase()}${el.className ? `.${el.className}` : ''}${el.hreflang ? `[hreflang=${el.hreflang}]` : ''} ${(el.textContent ?? '').trim().slice(0, 50)}`,
            }));
          });
          const reached = [];
          for (let n = 0; n < expected.length + 3; n++) {
            await page.keyboard.press('Tab');
            const kbd = await page.evaluate(() => document.activeElement?.getAttribute('data-kbd') ?? null);
            if (kbd === null || reached.includes(kbd)) break;
            reached.push(kbd);
          }
          const names = (ids) => ids.map((i) => expected.find((e) => e.i === i)?.name ?? `#${i}`);
          assert.deepEqual(names(reached), names(expected.map((e) => e.i)), `${label}: Tab order`);
          const where = expected.map((e) => e.where);
          assert.deepEqual(
            expected.filter((e) => e.where === 'header').map((e) => e.name.split(' ')[0]),
            ['a.brand', 'a.account-link', 'summary'],
            `${label}: the header has the brand, the account link, then the language picker (closed)`,
          );
          // Enter opens the picker; Tab then goes through every language, in the order of languages.toml.
          await page.locator('nav.language-picker summary').focus();
          await page.keyboard.press('Enter');
          const languages = [];
          for (let n = 0; n < LANGUAGES.length; n++) {
            await page.keyboard.press('Tab');
            languages.push(await page.evaluate(() => document.activeElement?.getAttribute('hreflang')));
          }
          assert.deepEqual(languages, LANGUAGES.map((l) => l.tag), `${label}: Tab through the open picker`);
          assert.deepEqual(
            [...new Set(where)],
            ['body', 'header', 'main', 'footer'],
            `${label}: skip link, header, main content, footer, in this order`,
          );
          assert.ok(where.filter((w) => w === 'main').length >= 5, `${label}: the main content has links`);
        });
        if (js) assertNoProblems(problems, label);
      } finally {
        await page.close();
      }
    });

    test('rtl_layout_mirrors', async () => {
      const opened = await fresh(js);
      const { page, problems } = opened;
      try {
        for (const lang of ['ar', 'en']) {
          const label = `layout in ${lang} (${mode})`;
          await open(opened, `/plans/${PLAN}?lang=${lang}`, label);
          await openLanguagePicker(page);
          const { brand, picker, row, first, last, direction } = await page.evaluate(() => {
            const box = (el) => {
              const r = el.getBoundingClientRect();
              return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
            };
            const rowEl = document.querySelector('header .header-row');
            const style = getComputedStyle(rowEl);
            const rowBox = box(rowEl);
            const links = document.querySelectorAll('header nav.language-picker a');
            return {
              brand: box(document.querySelector('header .brand')),
              // the account link and the language picker travel together
              picker: box(document.querySelector('header .header-tools')),
              // the content box of the header row: where inline-start and inline-end are
              row: { left: rowBox.left + parseFloat(style.paddingLeft), right: rowBox.right - parseFloat(style.paddingRight) },
              first: box(links[0]),
              last: box(links[links.length - 1]),
              direction: getComputedStyle(document.body).direction,
            };
          });
          const boxes = `brand x=${brand.left}..${brand.right} y=${brand.top}..${brand.bottom}, picker x=${picker.left}..${picker.right} y=${picker.top}..${picker.bottom}`;
          const sameRow = picker.top < brand.bottom && brand.top < picker.bottom;
          const near = (a, b) => Math.abs(a - b) <= 1;
          const rtl = lang === 'ar';
          assert.equal(direction, rtl ? 'rtl' : 'ltr', `${label}: body direction`);
          // The brand starts the header row: at its right edge in Arabic, at its left edge in English.
          assert.ok(
            rtl ? near(brand.right, row.right) : near(brand.left, row.left),
            `${label}: the brand should be at the ${rtl ? 'right' : 'left'} edge of the header (${row.left}..${row.right}); ${boxes}`,
          );
          if (sameRow) {
            assert.ok(
              rtl ? brand.left >= picker.right : brand.right <= picker.left,
              `${label}: the brand should be ${rtl ? 'right' : 'left'} of the language picker; ${boxes}`,
            );
          } else {
            // The picker wrapped under the brand: it starts at the same (mirrored) edge.
            assert.ok(picker.top >= brand.bottom, `${label}: the picker is under the brand; ${boxes}`);
            assert.ok(
              rtl ? near(picker.right, row.right) : near(picker.left, row.left),
              `${label}: the wrapped picker should start at the ${rtl ? 'right' : 'left'} edge; ${boxes}`,
            );
          }
          // The languages themselves run in the page's direction: Português first, at inline-start.
          const sameLine = first.top < last.bottom && last.top < first.bottom;
          if (sameLine) {
            assert.ok(
              rtl ? first.left > last.left : first.left < last.left,
              `${label}: the first language (Português) should be ${rtl ? 'right' : 'left'}most in the picker`,
            );
          }
        }
        if (js) assertNoProblems(problems, `layout (${mode})`);
      } finally {
        await page.close();
      }
    });

    test('devanagari_bengali_and_arabic_render_with_system_fonts', async () => {
      const dir = ensureArtifacts();
      const scripts = { hi: /Devanagari/, bn: /Bengali/, ur: /Arabic|Nastaliq|Naskh|Urdu/ };
      for (const [lang, family] of Object.entries(scripts)) {
        const opened = await fresh(js);
        const { page, problems, requests } = opened;
        const label = `plan page in ${lang} (${mode})`;
        try {
          await open(opened, `/plans/${PLAN}?lang=${lang}`, label);
          await page.evaluate(() => document.fonts.ready.then(() => undefined)).catch(() => {});
          assert.deepEqual(await htmlLangDir(page), { lang, dir: language(lang).dir }, `${label}: <html lang dir>`);
          assert.equal(await h1(page), demo.plan.title[lang], `${label}: the plan title in ${lang}`);
          const fonts = requests.filter((u) => FONT_FILE.test(new URL(u).pathname));
          assert.deepEqual(fonts, [], `${label}: no font file is downloaded`);
          // What Chromium really drew the h1 with: installed (not web) fonts of that script.
          const used = await platformFonts(page, 'h1 span[lang]');
          assert.ok(used.length > 0, `${label}: Chromium reports the fonts of the h1`);
          for (const f of used) assert.equal(f.isCustomFont, false, `${label}: ${f.familyName} is a web font`);
          assert.ok(
            used.some((f) => family.test(f.familyName) && f.glyphCount > 0),
            `${label}: the h1 should be drawn with a ${family} system font, used: ${JSON.stringify(used)}`,
          );
          await page.screenshot({ path: path.join(dir, `plan-${lang}-js-${js ? 'on' : 'off'}.png`), fullPage: false });
          if (js) assertNoProblems(problems, label);
        } finally {
          await page.close();
        }
      }
    });
  });
}


/** Where the keyboard focus is: { inMain, id, text }. */
const DESCRIBE_FOCUS = () => {
  const el = document.activeElement;
  const main = document.getElementById('main');
  return {
    inMain: !!(el && main && main.contains(el)),
    id: el?.id ?? '',
    text: el ? `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ''}${el.className ? ` class="${el.className}"` : ''}> ${(el.textContent ?? '').trim().slice(0, 40)}` : 'nothing',
  };
};

/** Fails unless the element's box is on screen (entirely, or its top only). */
async function assertInViewport(page, locator, label, { topOnly = false } = {}) {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  const scroll = await page.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
  assert.ok(box && box.width > 0 && box.height > 0, `${label}: has a box`);
  const inside =
    box.x >= -1 &&
    box.y >= -1 &&
    box.y < viewport.height &&
    (topOnly || (box.x + box.width <= viewport.width && box.y + box.height <= viewport.height));
  assert.ok(inside, `${label}: should be inside the ${viewport.width}×${viewport.height} viewport, box ${JSON.stringify(box)} (scroll ${JSON.stringify(scroll)})`);
}
