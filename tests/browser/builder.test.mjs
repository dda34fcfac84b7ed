// A facilitator (here the administrator) in the survey builder, with JavaScript on and off: the
// demo survey's editor in its own language (Portuguese) and as a translation into Urdu
// (right-to-left), and the new-survey form, each checked with axe-core. The demo survey has a
// conditional question: its condition lists the codes of the earlier question's choices with
// their labels.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  PLAN,
  ROOT,
  assertNoProblems,
  assertPageAccessible,
  checkPrerequisites,
  dirOf,
  htmlLangDir,
  openPage,
  openPath,
  setup,
  signIn,
} from './support.mjs';

checkPrerequisites();

const ADMIN = 'builder-admin@example.org';
const survey = JSON.parse(fs.readFileSync(path.join(ROOT, 'server/demo/survey.json'), 'utf8'));
const EDIT = `/plans/${PLAN}/surveys/${survey.slug}/edit`;
const conditional = survey.sections.flatMap((s) => s.questions).find((q) => q.condition);

for (const js of [true, false]) {
  const mode = `JavaScript ${js ? 'on' : 'off'}`;
  describe(mode, () => {
    const env = setup({ admins: [ADMIN] });

    test('facilitator_edits_the_demo_survey_and_its_urdu_translation', async () => {
      const browser = await env.browser(js);
      await browser.context.clearCookies();
      const opened = await openPage(browser);
      const { page, problems } = opened;
      try {
        await signIn(env, opened, ADMIN, { lang: 'pt-PT', label: `sign in (${mode})` });
        for (const lang of ['pt-PT', 'ur']) {
          const label = `builder in ${lang} (${mode})`;
          await openPath(env, opened, `${EDIT}?lang=${lang}`, label);
          assert.deepEqual(await htmlLangDir(page), { lang, dir: dirOf(lang) }, `${label}: <html lang dir>`);
          assert.ok((await page.locator(`details[id^="edit-"]`).count()) >= 10, `${label}: one editor per question`);
          await assertPageAccessible(env, opened, label);
        }
        if (conditional) {
          const label = `condition of ${conditional.id} (${mode})`;
          await openPath(env, opened, `${EDIT}?lang=pt-PT`, label);
          const answers = page.locator(`#edit-${conditional.id} fieldset.choice-answers input[type=checkbox]`);
          assert.ok((await answers.count()) > 0, `${label}: the earlier question's answers are offered as check boxes`);
          assert.ok((await answers.locator('xpath=..').locator('label').first().textContent()).trim().length > 0, `${label}: by their labels`);
        }
        await openPath(env, opened, `/plans/${PLAN}/surveys/new?lang=pt-PT`, `new survey (${mode})`);
        await assertPageAccessible(env, opened, `new survey (${mode})`);
        if (js) assertNoProblems(problems, `builder (${mode})`);
      } finally {
        await page.close();
      }
    });
  });
}
