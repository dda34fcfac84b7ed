// A wrong resume code, with JavaScript on (in place) and off (a plain post): the survey's page
// comes back with the "continue" box open, the translated error next to the field and the code
// as typed, so the person can correct it rather than type it again.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEMO_SURVEY,
  assertNoProblems,
  assertAccessible,
  checkPrerequisites,
  msg,
  openPage,
  openPath,
  sendInPlace,
  setup,
  waitForEnhancement,
} from './support.mjs';

checkPrerequisites();

for (const js of [true, false]) {
  const mode = `JavaScript ${js ? 'on' : 'off'}`;
  describe(mode, () => {
    const env = setup();

    test('a_wrong_resume_code_is_explained_and_kept', async () => {
      const browser = await env.browser(js);
      await browser.context.clearCookies();
      const opened = await openPage(browser);
      const { page, problems } = opened;
      try {
        for (const lang of ['pt-PT', 'ar']) {
          const label = `${lang} (${mode})`;
          await openPath(env, opened, `${DEMO_SURVEY}?lang=${lang}`, label);
          if (js) await waitForEnhancement(page, label);
          await page.locator('details.resume summary').click();
          await page.locator('#code').fill('ABCD-EFGH-JKLM');
          const submit = page.locator('details.resume button[type="submit"]');
          if (js) await sendInPlace(page, () => submit.click(), label);
          else await Promise.all([page.waitForNavigation(), submit.click()]);
          assert.equal(await page.locator('details.resume').evaluate((d) => d.open), true, `${label}: the box is open`);
          assert.equal((await page.locator('#code-error').innerText()).trim(), msg(lang, 'errors-invalid-resume-code'), `${label}: the error`);
          assert.ok(await page.locator('#code-error').isVisible(), `${label}: the error is visible`);
          assert.equal(await page.locator('#code').inputValue(), 'ABCD-EFGH-JKLM', `${label}: the code as typed`);
          // The answer to a POST cannot be opened again for the no-JavaScript audit (axe needs
          // page JavaScript); the same server HTML is audited in place with JavaScript on.
          if (js) await assertAccessible(page, label);
        }
        // The refusal is a 422 (the page again): Chromium logs it for the in-place post.
        if (js) assertNoProblems(problems, mode, { expectedFailures: [{ url: env.url(`${DEMO_SURVEY}/resume`), status: 422 }] });
      } finally {
        await page.close();
      }
    });
  });
}
