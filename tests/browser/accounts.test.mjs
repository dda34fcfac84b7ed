// Password-less sign-in as residents and administrators do it, each with JavaScript on (the
// hydrated app) and off (server-rendered HTML): the sign-in form, the email as the server's SMTP
// sink received it, the emailed link or code, the account page, signing out, the people page.
//
// Each JavaScript mode has its own server (and SMTP sink): the browser is one IP address, and
// the product allows 10 sign-in emails per IP address (3 per email address) in 15 minutes.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertNoProblems,
  assertPageAccessible,
  checkPrerequisites,
  confirmSignInLink,
  dirOf,
  htmlLangDir,
  msg,
  openPage,
  openPath,
  openSignInLink,
  setup,
  signIn,
  signInSecrets,
  submitSignInRequest,
  waitForPage,
  waitForSignedIn,
} from './support.mjs';

checkPrerequisites();

const ADMIN = 'admin@example.org';

/** A different address per test, language and mode: each gets its own per-address limit. */
const address = (who, lang, js) => `${who}.${lang.toLowerCase()}.js-${js ? 'on' : 'off'}@example.org`;

/** The header's account link: { href, text }. */
async function accountLink(page) {
  const link = page.locator('header a.account-link');
  assert.equal(await link.count(), 1, 'the header has one account link');
  return { href: await link.getAttribute('href'), text: (await link.innerText()).trim() };
}

/** Waits until the header's account link goes to `href` (with JavaScript it follows the session). */
async function waitForAccountLink(page, href) {
  await page
    .locator(`header a.account-link[href="${href}"]`)
    .waitFor({ state: 'visible', timeout: 10_000 })
    .catch(() => {});
  return accountLink(page);
}

for (const js of [true, false]) {
  const mode = `JavaScript ${js ? 'on' : 'off'}`;
  describe(mode, () => {
    const env = setup({ admins: [ADMIN] });

    /** A page in this mode's shared context, with no session, pending sign-in or language remembered. */
    async function fresh() {
      const browser = await env.browser(js);
      await browser.context.clearCookies();
      return openPage(browser);
    }

    test('resident_signs_in_with_the_emailed_link', async () => {
      for (const lang of ['pt-PT', 'ar']) {
        const opened = await fresh();
        const { page, problems } = opened;
        const who = address('ana.link', lang, js);
        const label = `sign in by link in ${lang} (${mode})`;
        try {
          await openPath(env, opened, `/sign-in?lang=${lang}`, label);
          assert.deepEqual(await htmlLangDir(page), { lang, dir: dirOf(lang) }, `${label}: <html lang dir> of /sign-in`);
          const signInLink = { href: '/sign-in', text: msg(lang, 'accounts-sign-in-title') };
          assert.deepEqual(await accountLink(page), signInLink, `${label}: the header offers to sign in`);
          await assertPageAccessible(env, opened, `${label}: /sign-in`);

          await submitSignInRequest(opened, who, lang, label);
          assert.deepEqual(await htmlLangDir(page), { lang, dir: dirOf(lang) }, `${label}: <html lang dir> of /sign-in/code`);
          await assertPageAccessible(env, opened, `${label}: /sign-in/code`);

          const email = await env.mail.waitFor(who);
          assert.deepEqual(email.to, [who], `${label}: the email goes to the address typed`);
          assert.equal(email.subject, msg(lang, 'accounts-email-subject'), `${label}: the subject is in ${lang}`);
          assert.equal(email.htmlLang, lang, `${label}: <html lang> of the email's HTML part`);
          assert.equal(email.htmlDir, dirOf(lang), `${label}: <html dir> of the email's HTML part`);
          const { link, code } = signInSecrets(email, env.server.baseURL);
          assert.ok(email.text.includes(msg(lang, 'accounts-email-code', { code })), `${label}: the code sentence is in ${lang}`);

          await openSignInLink(env, opened, link, lang, label);
          assert.deepEqual(await htmlLangDir(page), { lang, dir: dirOf(lang) }, `${label}: <html lang dir> of the link page`);
          assert.deepEqual(await accountLink(page), signInLink, `${label}: opening the link alone does not sign in`);
          await assertPageAccessible(env, opened, `${label}: the link page`);

          await confirmSignInLink(opened, who, lang, label);
          assert.deepEqual(await htmlLangDir(page), { lang, dir: dirOf(lang) }, `${label}: <html lang dir> of /account`);
          assert.deepEqual(
            await waitForAccountLink(page, '/account'),
            { href: '/account', text: msg(lang, 'accounts-account-title') },
            `${label}: the header link now leads to the account`,
          );
          await assertPageAccessible(env, opened, `${label}: /account, signed in`);
          if (js) assertNoProblems(problems, label);
        } finally {
          await page.close();
        }
      }
    });

    test('resident_signs_in_with_the_code', async () => {
      const lang = 'en';
      const opened = await fresh();
      const { page, problems } = opened;
      const who = address('bruno.code', lang, js);
      const label = `sign in by code (${mode})`;
      try {
        await openPath(env, opened, `/sign-in?lang=${lang}`, label);
        await submitSignInRequest(opened, who, lang, label);
        const email = await env.mail.waitFor(who);
        assert.equal(email.subject, msg(lang, 'accounts-email-subject'), `${label}: the subject`);
        const { code } = signInSecrets(email, env.server.baseURL);
        assert.match(code, /^[0-9]{3} [0-9]{3}$/, `${label}: the code as the email shows it`);

        assert.equal((await page.locator('label[for="code"]').innerText()).trim(), msg(lang, 'accounts-code-label'));
        await page.locator('input#code').fill(code);
        const button = page.locator('main form button[type="submit"]');
        assert.equal((await button.innerText()).trim(), msg(lang, 'accounts-code-submit'), `${label}: the code form's button`);
        await button.click();
        await waitForSignedIn(opened, who, lang, `${label}: after typing the code`);
        assert.deepEqual(
          await waitForAccountLink(page, '/account'),
          { href: '/account', text: msg(lang, 'accounts-account-title') },
          `${label}: the header link now leads to the account`,
        );
        if (js) assertNoProblems(problems, label);
      } finally {
        await page.close();
      }
    });

    test('bad_email_is_explained_next_to_the_field', async () => {
      for (const lang of ['pt-PT', 'ar']) {
        const opened = await fresh();
        const { page, problems } = opened;
        const label = `bad email in ${lang} (${mode})`;
        const posts = [];
        page.on('request', (r) => {
          if (r.method() === 'POST') posts.push(r.url());
        });
        const input = page.locator('input#email');
        const button = page.locator('main form button[type="submit"]');
        try {
          await openPath(env, opened, `/sign-in?lang=${lang}`, label);

          // "ana@" is not even sent: <input type="email"> stops it in the browser.
          await input.fill('ana@');
          await button.click();
          await page.waitForTimeout(500);
          assert.deepEqual(posts, [], `${label}: Chromium does not send "ana@" (type="email" validation)`);
          assert.equal(new URL(page.url()).pathname, '/sign-in', `${label}: still on /sign-in after "ana@"`);
          assert.ok(await input.evaluate((el) => el.validity.typeMismatch), `${label}: the browser marks "ana@" as not an address`);

          // "ana@example" passes the browser's check; the server refuses it (no dot in the domain).
          await input.fill('ana@example');
          await button.click();
          const error = page.locator('main p.field-error[role="alert"]');
          await error.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {});
          assert.equal(posts.length, 1, `${label}: the form was sent once`);
          // With JavaScript the address stays /sign-in; without, the page answers the post.
          const url = new URL(page.url());
          assert.equal(url.pathname, js ? '/sign-in' : '/api/accounts/request_sign_in', `${label}: address (${page.url()})`);
          assert.equal(await input.inputValue(), 'ana@example', `${label}: what was typed is kept`);
          assert.deepEqual(await htmlLangDir(page), { lang, dir: dirOf(lang) }, `${label}: still in ${lang}`);
          assert.equal(await error.count(), 1, `${label}: one error next to the field`);
          assert.equal((await error.innerText()).trim(), msg(lang, 'errors-invalid-email'), `${label}: the error text`);
          const errorId = await error.getAttribute('id');
          assert.ok(errorId, `${label}: the error has an id`);
          assert.equal(await input.getAttribute('aria-invalid'), 'true', `${label}: the field is marked invalid`);
          const describedBy = (await input.getAttribute('aria-describedby') ?? '').split(/\s+/);
          assert.ok(
            describedBy.includes(errorId),
            `${label}: aria-describedby (${describedBy.join(' ')}) should name the error #${errorId}`,
          );
          assert.ok(
            await error.evaluate((el) => {
              const field = document.getElementById('email');
              return el.closest('form') === field.closest('form');
            }),
            `${label}: the error is in the field's form`,
          );
          assert.equal(await page.locator('h1').innerText(), msg(lang, 'accounts-sign-in-title'), `${label}: the sign-in page`);
          await assertPageAccessible(env, opened, `${label}: /sign-in with the error`);
          const refused = (await env.mail.messages()).filter((m) => m.to.some((a) => a.startsWith('ana@')));
          assert.deepEqual(refused, [], `${label}: no email was sent`);
          if (js) assertNoProblems(problems, label, { expectedFailures: [{ url: posts[0], status: 422 }] });
        } finally {
          await page.close();
        }
      }
    });

    test('resident_signs_out', async () => {
      const lang = 'en';
      const opened = await fresh();
      const { page, problems } = opened;
      const who = address('carla.out', lang, js);
      const label = `sign out (${mode})`;
      try {
        await signIn(env, opened, who, { lang, label });
        const signOut = page.getByRole('button', { name: msg(lang, 'accounts-sign-out'), exact: true });
        assert.equal(await signOut.count(), 1, `${label}: one sign-out button`);
        await signOut.click();
        await waitForPage(page, '/', msg(lang, 'plans-home-title'), `${label}: after signing out`);
        assert.deepEqual(
          await waitForAccountLink(page, '/sign-in'),
          { href: '/sign-in', text: msg(lang, 'accounts-sign-in-title') },
          `${label}: the header offers to sign in again`,
        );
        assert.equal(
          (await opened.page.context().cookies()).filter((c) => c.value !== '' && /session/i.test(c.name)).length,
          0,
          `${label}: no session cookie is left`,
        );

        const accountUrl = env.url('/account');
        await openPath(env, opened, '/account', label, { status: 401 });
        await waitForPage(page, '/account', msg(lang, 'accounts-account-title'), `${label}: /account after signing out`);
        const main = await page.locator('main').innerText();
        assert.ok(main.includes(msg(lang, 'errors-unauthenticated')), `${label}: /account says the visitor is not signed in:\n${main}`);
        assert.ok(!main.includes(who), `${label}: /account no longer shows the address`);
        assert.equal(await page.locator('main a[href="/sign-in"]').count(), 1, `${label}: /account offers to sign in`);
        if (js) assertNoProblems(problems, label, { expected404: accountUrl });
      } finally {
        await page.close();
      }
    });

    test('admin_sees_people_and_roles', async () => {
      const lang = js ? 'en' : 'pt-PT';
      const opened = await fresh();
      const { page, problems } = opened;
      const label = `people page in ${lang} (${mode})`;
      try {
        await signIn(env, opened, ADMIN, { lang, label });
        const people = page.locator('main a[href="/admin/people"]');
        assert.equal(await people.count(), 1, `${label}: /account links an administrator to the people page`);
        assert.equal((await people.innerText()).trim(), msg(lang, 'accounts-people-title'));
        await people.click();
        await waitForPage(page, '/admin/people', msg(lang, 'accounts-people-title'), `${label}: after following the link`);
        if (js) {
          assertNoProblems(problems, `${label}: following the link`);
          // and the page as loaded from the server
          await openPath(env, opened, '/admin/people', label);
        }
        await waitForPage(page, '/admin/people', msg(lang, 'accounts-people-title'), label);
        assert.deepEqual(await htmlLangDir(page), { lang, dir: dirOf(lang) }, `${label}: <html lang dir>`);
        await page.locator('main table tbody tr').first().waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {});
        const rows = await page.locator('main table tbody tr').evaluateAll((trs) =>
          trs.map((tr) => ({
            email: tr.cells[0]?.textContent.trim(),
            roles: [...(tr.cells[2]?.querySelectorAll('strong') ?? [])].map((s) => s.textContent.trim()),
          })),
        );
        const admin = rows.filter((r) => r.email === ADMIN);
        assert.equal(admin.length, 1, `${label}: the administrator is in the table once: ${JSON.stringify(rows)}`);
        assert.deepEqual(admin[0].roles, [msg(lang, 'accounts-role-admin')], `${label}: with the administrator role`);
        assert.deepEqual(
          await page.locator('main table thead th').allInnerTexts(),
          [msg(lang, 'accounts-email-label'), msg(lang, 'accounts-name-label'), msg(lang, 'accounts-roles')],
          `${label}: the table's column headers`,
        );
        assert.equal(await page.locator('main form select#grant-role').count(), 1, `${label}: the grant-role form`);
        await assertPageAccessible(env, opened, `${label}: /admin/people`);
        if (js) assertNoProblems(problems, label);
      } finally {
        await page.close();
      }
    });
  });
}
