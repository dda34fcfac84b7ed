// The languages added for Portugal's large communities — Chinese (zh-Hans), Russian (ru) and
// Punjabi in Gurmukhi (pa-Guru) checked here; every language is checked for completeness by the
// locale tests — render on a 360 px phone with real glyphs (Chromium reports the font it drew
// the heading with: a Noto font that has the script, never a last-resort one), pass axe-core, and
// the language picker with every language stays on the screen and usable.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CONTENT_LANGUAGES,
  LANGUAGES,
  PLAN,
  assertPageAccessible,
  checkPrerequisites,
  htmlLangDir,
  language,
  msg,
  openLanguagePicker,
  openPage,
  openPath,
  platformFonts,
  setup,
} from './support.mjs';

checkPrerequisites();

/** The fonts each script must be drawn with (Debian's fonts-noto-core and fonts-noto-cjk). */
const FONTS = {
  'zh-Hans': /Noto Sans CJK SC|Noto Sans SC/,
  ru: /Noto|DejaVu|Liberation/,
  'pa-Guru': /Noto Sans Gurmukhi/,
};


for (const js of [true, false]) {
  describe(`new languages, JavaScript ${js ? 'on' : 'off'}`, () => {
    const env = setup();
    for (const lang of Object.keys(FONTS)) {
      test(`home and a measure in ${lang} on a phone`, async () => {
        const opened = await openPage(await env.browser(js));
        const { page } = opened;
        await page.setViewportSize({ width: 360, height: 740 });
        try {
          for (const [path, h1] of [
            [`/?lang=${lang}`, msg(lang, 'plans-home-title')],
            [`/plans/${PLAN}/measures/VL-CA-01?lang=${lang}`, null],
          ]) {
            const label = `${path} (JavaScript ${js ? 'on' : 'off'})`;
            await openPath(env, opened, path, label);
            assert.deepEqual(await htmlLangDir(page), { lang, dir: 'ltr' }, `${label}: <html lang dir>`);
            if (h1) assert.equal((await page.locator('h1').innerText()).trim(), h1, `${label}: the h1 in ${lang}`);
            // The footer is interface text in the page's language on every page.
            const fonts = await platformFonts(page, 'footer p');
            const drawn = fonts.map((f) => `${f.familyName} (${f.glyphCount})`).join(', ');
            assert.ok(fonts.length > 0 && fonts.every((f) => FONTS[lang].test(f.familyName) || /Noto Sans$|DejaVu Sans/.test(f.familyName)),
              `${label}: the footer is drawn with ${drawn}`);
            assert.ok(fonts.some((f) => FONTS[lang].test(f.familyName)), `${label}: the script's font draws the text (${drawn})`);
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            assert.ok(overflow <= 0, `${label}: the page is ${overflow}px wider than a 360 px phone`);
            await assertPageAccessible(env, opened, label);
          }
        } finally {
          await page.close();
        }
      });
    }

    test('a measure in Kabuverdianu, a content-only language, on a phone', async () => {
      const opened = await openPage(await env.browser(js));
      const { page } = opened;
      await page.setViewportSize({ width: 360, height: 740 });
      const label = `Kabuverdianu (JavaScript ${js ? 'on' : 'off'})`;
      try {
        await openPath(env, opened, `/plans/${PLAN}/measures/VL-LIN-03?lang=kea`, label);
        // The interface is Portuguese; the plan's texts in Kabuverdianu where they exist.
        assert.deepEqual(await htmlLangDir(page), { lang: 'pt-PT', dir: 'ltr' }, `${label}: <html lang dir>`);
        assert.equal(await page.locator('h1 span').getAttribute('lang'), 'kea', `${label}: the title's language`);
        const note = msg('pt-PT', 'core-content-only-note', { language: 'Kabuverdianu', interface: 'Português' });
        assert.equal((await page.locator('.content-language-note').innerText()).trim(), note, `${label}: the note`);
        assert.ok(await page.locator('.content-language-note').isVisible(), `${label}: the note is visible`);
        await assertPageAccessible(env, opened, label);
      } finally {
        await page.close();
      }
    });

    test(`the language picker offers all ${LANGUAGES.length} languages by their own names on a phone`, async () => {
      const opened = await openPage(await env.browser(js));
      const { page } = opened;
      await page.setViewportSize({ width: 360, height: 740 });
      try {
        await openPath(env, opened, '/?lang=pa-Guru', 'picker');
        // Closed, the picker is one line naming the current language: the header stays small.
        const summary = page.locator('.language-picker summary');
        assert.ok((await summary.innerText()).includes(language('pa-Guru').name), 'the closed picker names the current language');
        const header = await page.locator('header.masthead').boundingBox();
        assert.ok(header && header.height <= 160, `the header takes ${header?.height}px of a 740px phone screen`);
        await openLanguagePicker(page);
        const links = page.locator('.language-picker a');
        assert.equal(await links.count(), LANGUAGES.length + CONTENT_LANGUAGES.length);
        assert.equal(await page.locator('.language-picker ul').first().locator('a').count(), LANGUAGES.length, 'the UI languages come first');
        for (const l of [...LANGUAGES, ...CONTENT_LANGUAGES]) {
          const link = page.locator(`.language-picker a[hreflang="${l.tag}"]`);
          assert.equal((await link.innerText()).trim(), l.name, `${l.tag} is named in its own language`);
          assert.equal(await link.getAttribute('lang'), l.tag);
          const box = await link.boundingBox();
          assert.ok(box && box.x >= 0 && box.x + box.width <= 360, `${l.tag}: the link is on the screen (${JSON.stringify(box)})`);
          assert.ok(box.height >= 24 && box.width >= 24, `${l.tag}: a target a finger can hit (${JSON.stringify(box)})`);
        }
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `the header is ${overflow}px wider than the phone`);
      } finally {
        await page.close();
      }
    });
  });
}
