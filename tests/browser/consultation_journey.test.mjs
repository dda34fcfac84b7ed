// The public consultation end to end (issue 12, 11): a resident comments on one objective of a
// measure (by the link beside it), an association's representative files the association's
// position, the plan's team answers the comment and links it as evidence for the measure, and the
// resident reads "How your input was used" filtered to the answers of that kind, then the
// measure's evidence with their comment among it. Once without JavaScript in Portuguese, once with
// JavaScript in Arabic (right to left). Every page on the way passes axe-core.

import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  PLAN,
  assertNoProblems,
  assertPageAccessible,
  checkPrerequisites,
  htmlLangDir,
  journey,
  msg,
  openPage,
  setup,
  signIn,
} from './support.mjs';

checkPrerequisites();

// One administrator per run: sign-in emails are limited per address.
const ADMINS = { 'pt-PT': 'consultation-admin-pt@example.org', ar: 'consultation-admin-ar@example.org' };
const env = setup({ admins: Object.values(ADMINS) });
const MEASURE = `/plans/${PLAN}/measures/VL-LIN-03`;

for (const [js, lang, entity] of [[false, 'pt-PT', 'convivencias'], [true, 'ar', 'radio-lirio-fm']]) {
  describe(`the consultation, JavaScript ${js ? 'on' : 'off'}, in ${lang}`, () => {
    test('comment on an objective, a position, an answer, how input was used', async () => {
      const browser = await env.browser(js);
      await browser.context.clearCookies();
      const opened = await openPage(browser);
      const { page, problems } = opened;
      const { send, go } = journey(env, opened, { js, lang });
      const ADMIN = ADMINS[lang];
      const resident = `residente-${lang.toLowerCase()}@example.org`;
      const rep = `representante-${lang.toLowerCase()}@example.org`;
      const words = `Turmas ao sábado de manhã, por favor (${lang}).`;
      try {
        // The administrator makes someone the representative of an association of the plan.
        await signIn(env, opened, ADMIN, { lang, label: 'administrator' });
        await go('/admin/people', 'people');
        await page.locator('#grant-email').fill(rep);
        await page.locator('#grant-role').selectOption('association_rep');
        await page.locator('#grant-scope').selectOption(`${PLAN}/${entity}`);
        await send('name the representative', page.locator('main form.stack button[type=submit]'));
        await browser.context.clearCookies();

        // A resident comments on the first objective, chosen by the link beside it.
        await signIn(env, opened, resident, { lang, label: 'resident' });
        await go(MEASURE, 'the measure');
        assert.deepEqual(await htmlLangDir(page), { lang, dir: lang === 'ar' ? 'rtl' : 'ltr' });
        const link = page.locator('#objective-1 a.comment-on');
        if (js) {
          await link.click();
          await page.waitForURL(/comment_on=objective-1/);
        } else {
          await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), link.click()]);
        }
        assert.equal(await page.locator('#comment-anchor').inputValue(), 'objective-1');
        await assertPageAccessible(env, opened, 'the measure with the comment form');
        await page.locator('#comment-body').fill(words);
        await send('comment', page.locator('#comment-form button[type=submit]'));
        const mine = page.locator('#consultation .comments > li', { hasText: words });
        await mine.first().waitFor();
        const id = (await mine.first().getAttribute('id')).replace('comment-', '');
        await browser.context.clearCookies();

        // The association's representative files its position.
        await signIn(env, opened, rep, { lang, label: 'representative' });
        await go(MEASURE, 'the measure, for a representative');
        await assertPageAccessible(env, opened, 'the position form');
        await page.locator('#position-stance-supports_with_changes').check();
        await page.locator('#position-statement').fill(`A associação apoia, com turmas ao fim de semana (${lang}).`);
        await send('file the position', page.locator('#position-form button[type=submit]'));
        await page.locator(`#position-${entity}`).waitFor();
        assert.match(await page.locator(`#position-${entity} .comment-body`).innerText(), /turmas ao fim de semana/);
        await browser.context.clearCookies();

        // The plan's team answers the comment.
        await signIn(env, opened, ADMIN, { lang, label: 'the plan team' });
        await go(MEASURE, 'the measure, for the team');
        await page.locator(`#comment-${id} .answer-form summary`).click();
        await page.locator(`#answer-comment-${id}-decision`).selectOption('partly_accepted');
        await page.locator(`#answer-comment-${id}-reason`).fill('Abrimos uma turma ao sábado na sede do concelho.');
        await assertPageAccessible(env, opened, 'the answer form');
        await send('answer', page.locator(`#comment-${id} .answer-form button[type=submit]`));
        await page.locator(`#comment-${id} .disposition`).waitFor();

        // The team links the comment as evidence for the measure, from how input was used: it
        // challenges the measure's timetable.
        const because = `Pedem turmas ao sábado de manhã (${lang}).`;
        await go(`/plans/${PLAN}/consultations/c1/inputs?measure=VL-LIN-03`, 'inputs, for the team');
        const input = page.locator(`#input-consultation_comment-${id}`);
        await input.locator('.link-evidence summary').click();
        await input.locator('select[name=measure]').selectOption('VL-LIN-03');
        await input.locator(`#link-consultation-comment-${id}-challenges`).check();
        await input.locator('textarea[name=rationale]').fill(because);
        await assertPageAccessible(env, opened, 'the form to link an input as evidence');
        await send('link as evidence', input.locator('.link-evidence button[type=submit]'));
        const used = page.locator(`#input-consultation_comment-${id} .linked-measures`);
        await used.waitFor();
        assert.match(await used.innerText(), /VL-LIN-03/);
        assert.ok((await used.innerText()).includes(msg(lang, 'evidence-stance-challenges')), await used.innerText());
        await browser.context.clearCookies();

        // The resident is told, in their language, with a one-click way to stop such emails.
        const told = await env.mail.waitFor(resident);
        assert.equal(told.subject, msg(lang, 'consultations-email-subject', { code: 'VL-LIN-03' }));
        assert.ok(told.text.includes(`${MEASURE}#comment-${id}`), told.text);
        assert.equal(told.htmlLang, lang);
        const raw = fs.readFileSync(path.join(env.mail.dir, told.file), 'utf8');
        assert.match(raw, /^List-Unsubscribe: <http[^>]+\/unsubscribe\/[^>]+>\r?$/m, 'RFC 8058: where');
        assert.match(raw, /^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m, 'RFC 8058: one click');

        // They read how their input was used (no need to sign in): answers of that kind, theirs among them.
        await go(`/plans/${PLAN}/consultations/c1/inputs`, 'how input was used');
        await page.locator('#filter-measure').selectOption('VL-LIN-03');
        await page.locator('#filter-decision').selectOption('partly_accepted');
        await Promise.all([page.waitForURL(/decision=partly_accepted/), page.locator('form.filters button[type=submit]').click()]);
        await page.waitForLoadState('load');
        const item = page.locator('ol.inputs > li', { hasText: words });
        await item.waitFor();
        assert.match(await item.innerText(), /Abrimos uma turma ao sábado/);
        await assertPageAccessible(env, opened, 'how input was used');

        // The measure says why it exists: their comment among its evidence, challenging it.
        await go(MEASURE, 'the measure and its evidence');
        const grounds = page.locator('ul[aria-labelledby=evidence-consultation_comment] > li', { hasText: because });
        await grounds.waitFor();
        assert.ok((await grounds.innerText()).includes(msg(lang, 'evidence-stance-challenges')), await grounds.innerText());
        assert.match(await grounds.innerText(), /Turmas ao sábado de manhã/);
        await assertPageAccessible(env, opened, 'the measure and its evidence');
        assertNoProblems(problems, `consultation journey (${lang})`);
      } finally {
        await page.close();
      }
    });
  });
}
