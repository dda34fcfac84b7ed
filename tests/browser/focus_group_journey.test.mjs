// Focus groups end to end (issue 13, 9), as a participant without an account: answer the date
// poll of one session, register for another with needs (an interpreter, a child in the
// childcare corner, food), receive the confirmation with its calendar invitation, and cancel
// from the email's link — once without JavaScript in Portuguese, once with JavaScript in Nepali,
// once with JavaScript in Urdu (right to left). A facilitator checks people in, then writes a
// finding (a double click adds one) and links it to a measure as evidence. Every page on the way
// passes axe-core.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  PLAN,
  assertNoProblems,
  assertPageAccessible,
  checkPrerequisites,
  dirOf,
  htmlLangDir,
  journey,
  msg,
  openPage,
  sendInPlace,
  setup,
  signIn,
} from './support.mjs';

checkPrerequisites();
// One administrator per run: sign-in emails are limited per address.
const ADMINS = { 'pt-PT': 'focus-admin-pt@example.org', ne: 'focus-admin-ne@example.org', ur: 'focus-admin-ur@example.org' };
const env = setup({ admins: Object.values(ADMINS) });

for (const [js, lang, interpreter] of [[false, 'pt-PT', 'ne'], [true, 'ne', 'ne'], [true, 'ur', 'bn']]) {
  describe(`focus groups, JavaScript ${js ? 'on' : 'off'}, in ${lang}`, () => {
    test('answer a date poll, register with needs, cancel from the email', async () => {
      const browser = await env.browser(js);
      await browser.context.clearCookies();
      const opened = await openPage(browser);
      const { page, problems } = opened;
      const { send, go } = journey(env, opened, { js, lang });
      const address = `participante-${lang.toLowerCase()}@example.org`;
      try {
        // The date poll of the young adults' session: two answers, a name, no account.
        await go(`/plans/${PLAN}/focus-groups/g2/poll`, 'the poll');
        assert.deepEqual(await htmlLangDir(page), { lang, dir: dirOf(lang) });
        const before = await page.locator('#totals').textContent();
        await page.locator('#ballot-name').fill(`Pessoa ${lang}`);
        const slots = page.locator('fieldset.slot');
        await slots.nth(0).locator('input[value="yes"]').check();
        await slots.nth(1).locator('input[value="maybe"]').check();
        await send('answer the poll', page.locator('main form button[type=submit]'));
        await page.locator('[role=status]').waitFor();
        assert.equal((await page.locator('[role=status]').textContent()).trim(), msg(lang, 'focus-groups-poll-thanks'));
        assert.notEqual(await page.locator('#totals').textContent(), before, 'one more person has answered');
        await assertPageAccessible(env, opened, 'the poll, answered');

        // The families' session: register, with an interpreter, a child and food.
        await go(`/plans/${PLAN}/focus-groups/g3`, 'the session');
        const register = page.locator('main a.button[href$="/register"]');
        await Promise.all([page.waitForURL(/\/register/), register.click()]);
        await page.locator('#register-name').waitFor();
        await assertPageAccessible(env, opened, 'the registration form');
        await page.locator('#register-name').fill(`Participante ${lang}`);
        await page.locator('#register-email').fill(address);
        await page.locator('#register-interpret').selectOption(interpreter);
        await page.locator('#register-children').fill('1');
        await page.locator('#register-ages').fill('4');
        await page.locator('#register-diet').fill('Halal');
        await send('register', page.locator('main form button[type=submit]'));
        await page.waitForURL(/\/registration\//);
        const status = page.locator('[role=status]');
        await status.waitFor();
        assert.ok((await status.textContent()).includes(msg(lang, 'focus-groups-registration-confirmed')), await status.textContent());
        await assertPageAccessible(env, opened, 'the registration');

        // The confirmation, in the page's language, with the invitation and the cancel link.
        const email = await env.mail.waitFor(address);
        assert.ok(email.subject.includes('Famílias e escola'), `the session's topic: ${email.subject}`);
        assert.equal(email.htmlLang, lang);
        const invite = email.attachments.find((a) => a.filename === 'invite.ics');
        assert.ok(invite, 'the calendar invitation is attached');
        assert.match(invite.contentType, /^text\/calendar/);
        assert.match(invite.content, /METHOD:REQUEST/);
        const link = new RegExp(`${env.url('/').replace(/\/$/, '')}/plans/${PLAN}/focus-groups/g3/registration/[A-Za-z0-9_-]{43}`).exec(email.text)?.[0];
        assert.ok(link, `the email carries the registration's link:\n${email.text}`);

        // Later, from the email: cancel.
        await browser.context.clearCookies();
        const fromEmail = new URL(link);
        await go(fromEmail.pathname, 'the registration, from the email');
        await send('cancel', page.locator('main form button.danger'));
        await page.locator('.seat-cancelled').waitFor();
        assert.ok((await page.locator('[role=status]').textContent()).includes(msg(lang, 'focus-groups-registration-cancelled')));
        assert.equal(await page.locator('main form button.danger').count(), 0, 'nothing left to cancel');
        await assertPageAccessible(env, opened, 'the registration, cancelled');
        const withdrawn = await env.mail.waitFor(address);
        assert.match(withdrawn.attachments.find((a) => a.filename === 'invite.ics')?.content ?? '', /METHOD:CANCEL/, 'the invitation is withdrawn');
        if (js) assertNoProblems(problems, `focus groups in ${lang}`);
      } finally {
        await page.close();
      }
    });

    test("a facilitator's roster, poll and attendance sheet; checking someone in", async () => {
      const browser = await env.browser(js);
      await browser.context.clearCookies();
      const opened = await openPage(browser);
      const { page, problems } = opened;
      const { send, go } = journey(env, opened, { js, lang });
      try {
        await signIn(env, opened, ADMINS[lang], { lang, label: 'administrator' });
        await go(`/plans/${PLAN}/focus-groups/g3`, 'the roster');
        assert.ok((await page.locator('#roster tbody tr').count()) >= 4, 'who registered');
        await assertPageAccessible(env, opened, 'the roster, with the form to register someone');
        await go(`/plans/${PLAN}/focus-groups/g2/poll`, 'the poll, managed');
        assert.ok((await page.locator('#slots tbody tr').count()) >= 3, 'who answered what');
        await assertPageAccessible(env, opened, 'the poll with who answered what');
        await go(`/plans/${PLAN}/focus-groups/g1/attendance`, 'the attendance sheet');
        const count = () => page.locator('#attendance-count').textContent();
        const before = await count();
        const row = page.locator('table.attendance tbody tr').last();
        const id = await row.getAttribute('id');
        const wasHere = (await row.getAttribute('class')) === 'attended';
        await send('check in', row.locator('button[type=submit]'));
        await page.locator(`#${id}${wasHere ? ':not(.attended)' : '.attended'}`).waitFor();
        assert.notEqual(await count(), before, 'the count follows');
        await assertPageAccessible(env, opened, 'the attendance sheet');
        if (js) assertNoProblems(problems, `the facilitator's pages in ${lang}`);
      } finally {
        await page.close();
      }
    });

    test('a facilitator writes a finding and links it to a measure as evidence', async () => {
      const browser = await env.browser(js);
      await browser.context.clearCookies();
      const opened = await openPage(browser);
      const { page, problems } = opened;
      const { send, go } = journey(env, opened, { js, lang });
      try {
        await signIn(env, opened, ADMINS[lang], { lang, label: 'administrator' });
        await go(`/plans/${PLAN}/focus-groups/g1/findings`, 'the minutes and findings');
        await assertPageAccessible(env, opened, 'the minutes and findings, with their forms');
        const findings = page.locator('ol.findings > li');
        const before = await findings.count();
        const statement = `Buses after 20:00 are rare (${lang}).`;
        await page.locator('#finding-statement').fill(statement);
        await page.locator('#finding-lang').selectOption('pt-PT');
        await page.locator('#finding-measure-VL-UH-05').check();
        const add = page.locator('#add-finding-heading + form button[type=submit]');
        if (js) await sendInPlace(page, () => add.dblclick(), 'add a finding (double click)');
        else await send('add a finding', add);
        await findings.nth(before).waitFor();
        assert.equal(await findings.count(), before + 1, 'one finding added');
        const added = findings.last();
        assert.ok((await added.locator('p').first().textContent()).includes(statement));
        await added.locator('details.link-evidence > summary').click();
        await added.locator('select[name=measure]').selectOption('VL-UH-05');
        await added.locator('textarea[name=rationale]').fill('Sem transporte à noite não se chega às aulas.');
        await send('link the finding', added.locator('details.link-evidence button[type=submit]'));
        await findings.last().locator('.linked-measures a[href$="/measures/VL-UH-05"]').waitFor();
        await assertPageAccessible(env, opened, 'the finding, linked');
        if (js) assertNoProblems(problems, `the findings in ${lang}`);
      } finally {
        await page.close();
      }
    });
  });
}
