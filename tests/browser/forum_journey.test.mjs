// The forum end to end (issue 14): a resident opens a thread about a measure, another follows it
// and quotes it in a reply, the first edits their post and replies, which reaches the follower
// by email (through the SMTP sink, in their language), and the plan's team closes the thread
// with an outcome and links it as evidence to the measure, whose page then shows it. Once without JavaScript in
// Portuguese, once with JavaScript in Bengali (sending the thread with a double click creates
// one). Every page on the way passes axe-core.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PLAN, assertNoProblems, assertPageAccessible, checkPrerequisites, journey, msg, openPage, sendInPlace, setup, signIn } from './support.mjs';

checkPrerequisites();

// One administrator per run: sign-in emails are limited per address.
const ADMINS = { 'pt-PT': 'forum-admin-pt@example.org', bn: 'forum-admin-bn@example.org' };
const env = setup({ admins: Object.values(ADMINS) });
const FORUM = `/plans/${PLAN}/forum`;

for (const [js, lang] of [[false, 'pt-PT'], [true, 'bn']]) {
  describe(`the forum, JavaScript ${js ? 'on' : 'off'}, in ${lang}`, () => {
    test('open a thread, quote it, edit it, close it with an outcome that is evidence', async () => {
      const browser = await env.browser(js);
      await browser.context.clearCookies();
      const opened = await openPage(browser);
      const { page, problems } = opened;
      const { send, go } = journey(env, opened, { js, lang });
      const title = `Autocarro para as estufas às 5h (${lang})`;
      try {
        // A resident opens a thread in the employment area, about its measure.
        await signIn(env, opened, `forum-author-${lang.toLowerCase()}@example.org`, { lang, label: 'author' });
        await go(FORUM, 'the forum');
        await page.locator('#thread-category').selectOption('MTE');
        await page.locator('#new-thread summary, #new-thread details > summary').first().click();
        await page.locator('#new-thread input[value="VL-MTE-06"]').check();
        await page.locator('#thread-title').fill(title);
        await page.locator('#thread-body').fill('Não há **autocarro** antes das 7h.');
        await assertPageAccessible(env, opened, 'the forum with the new-thread form');
        const submit = page.locator('#new-thread button[type=submit]');
        if (js) {
          await sendInPlace(page, () => submit.dblclick(), 'open the thread (double click)');
        } else {
          await send('open the thread', submit);
        }
        await page.locator('#post-1').waitFor();
        assert.equal((await page.locator('h1').innerText()).trim(), title);
        assert.equal(await page.locator('#post-1 .comment-body strong').innerText(), 'autocarro');
        const thread = new URL(page.url()).pathname;
        await go(FORUM, 'the forum again');
        assert.equal(await page.locator('.thread-card h2 a', { hasText: title }).count(), 1, 'one thread, however many clicks');
        await browser.context.clearCookies();

        // Someone else follows it (an email per post) and quotes it in a reply.
        const reader = `forum-reader-${lang.toLowerCase()}@example.org`;
        await signIn(env, opened, reader, { lang, label: 'reader' });
        await go(thread, 'the thread');
        await send('follow', page.locator('#follow button[value=instant]'));
        await page.locator('#follow [role=status]').waitFor();
        assert.equal((await page.locator('#follow > p:not([role])').innerText()).trim(), msg(lang, 'forum-following-instant'));
        await Promise.all([page.waitForURL(/quote=/), page.locator('#post-1 a[href*="quote="]').click()]);
        await page.waitForLoadState('load');
        assert.match(await page.locator('#reply-body').inputValue(), /^> Não há \*\*autocarro\*\*/m);
        await assertPageAccessible(env, opened, 'the reply form with a quote');
        await page.locator('#reply-body').fill(`${await page.locator('#reply-body').inputValue()}Eu também preciso.`);
        await send('reply', page.locator('#reply button[type=submit]'));
        await page.locator('#post-2').waitFor();
        assert.equal((await page.locator('#post-2 p.muted a').innerText()).trim(), msg(lang, 'forum-in-reply-to', { number: 1 }));
        await browser.context.clearCookies();

        // The author edits their post: it says so.
        await signIn(env, opened, `forum-author-${lang.toLowerCase()}@example.org`, { lang, label: 'author again' });
        await go(thread, 'the thread, for its author');
        await Promise.all([page.waitForURL(/edit=/), page.locator('#post-1 a[href*="edit="]').click()]);
        await page.waitForLoadState('load');
        const editor = page.locator('#post-1 textarea');
        await editor.fill('Não há autocarro antes das 7h, nem no verão.');
        await assertPageAccessible(env, opened, 'editing a post');
        await send('edit', page.locator('#post-1 .edit-form button[type=submit]'));
        await page.locator('#post-1 .comment-meta .badge').waitFor();
        assert.equal((await page.locator('#post-1 .comment-body').innerText()).trim(), 'Não há autocarro antes das 7h, nem no verão.');
        await page.locator('#reply-body').fill('Obrigado a todos.');
        await send('reply', page.locator('#reply button[type=submit]'));
        await page.locator('#post-3').waitFor();
        await browser.context.clearCookies();

        // The follower is told, in their language, with a link to the new post.
        const told = await env.mail.waitFor(reader);
        assert.equal(told.subject, msg(lang, 'forum-email-reply-subject', { title }));
        assert.ok(told.text.includes(`${thread}#post-3`), told.text);
        assert.equal(told.htmlLang, lang);

        // The plan's team closes it with an outcome and links the outcome to the measure.
        await signIn(env, opened, ADMINS[lang], { lang, label: 'the plan team' });
        await go(thread, 'the thread, for the team');
        await page.locator('.close-form summary').click();
        await page.locator('#close-lang').selectOption('pt-PT');
        await page.locator('#close-outcome').fill('Um autocarro às 5h15 a partir de março.');
        await assertPageAccessible(env, opened, 'the close form');
        await send('close', page.locator('.close-form button[type=submit]'));
        await page.locator('#outcome').waitFor();
        assert.match(await page.locator('#outcome').innerText(), /5h15/);
        assert.equal(await page.locator('#reply').count(), 0, 'no replies once closed');
        await page.locator('#outcome .link-evidence summary').click();
        await page.locator('#outcome select[name=measure]').selectOption('VL-MTE-06');
        await page.locator('#outcome textarea[name=rationale]').fill('Os trabalhadores pediram-no no fórum.');
        await send('link the outcome', page.locator('#outcome .link-evidence button[type=submit]'));
        await page.locator('#outcome .linked-measures').waitFor();
        await assertPageAccessible(env, opened, 'the closed thread with its evidence');
        await browser.context.clearCookies();
        await go(`/plans/${PLAN}/measures/VL-MTE-06`, 'the measure');
        assert.ok(await page.locator(`a[href="${thread}#outcome"]`).count() >= 1, 'the measure links the outcome');
        assertNoProblems(problems, `forum journey (${lang})`);
      } finally {
        await page.close();
      }
    });
  });
}
