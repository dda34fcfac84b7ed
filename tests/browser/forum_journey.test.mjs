// The forum end to end (issue 14): a resident opens a thread about a measure, another follows it
// and quotes it in a reply, the first edits their post and replies, which reaches the follower
// by email (through the SMTP sink, in their language), and the plan's team closes the thread
// with an outcome and links it as evidence to the measure, whose page then shows it. On the way
// the follower flags a post (the team finds it in the moderation queue) and turns to a daily
// digest, which arrives after the team's reply, and stops all emails from the digest's link.
// Once without JavaScript in Portuguese, once with JavaScript in Bengali (sending the thread
// with a double click creates one). Every page on the way passes axe-core.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PLAN, assertNoProblems, assertPageAccessible, checkPrerequisites, journey, msg, openPage, sendInPlace, setup, signIn, variant } from './support.mjs';

checkPrerequisites();

// One administrator per run: sign-in emails are limited per address.
const ADMINS = { 'pt-PT': 'forum-admin-pt@example.org', bn: 'forum-admin-bn@example.org' };
// Due emails looked for every second, so the daily digest comes within the journey.
const env = setup({ admins: Object.values(ADMINS), dueEmailsSeconds: 1 });
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
        const readerCookies = await browser.context.cookies();
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

        // The follower flags the first post and turns to a daily digest.
        await browser.context.addCookies(readerCookies);
        await go(thread, 'the thread, for the follower again');
        await page.locator('#post-1 .flag-form summary').click();
        await page.locator('#post-1 .flag-form select').selectOption({ index: 1 });
        await assertPageAccessible(env, opened, 'the flag form');
        await send('flag', page.locator('#post-1 .flag-form button[type=submit]'));
        await page.locator('#post-1 [role=status]').waitFor();
        assert.equal((await page.locator('#post-1 [role=status]').innerText()).trim(), msg(lang, 'moderation-flagged'));
        await send('daily digest', page.locator('#follow button[value=daily]'));
        await page.locator('#follow [role=status]').waitFor();
        assert.equal((await page.locator('#follow > p:not([role])').innerText()).trim(), msg(lang, 'forum-following-daily'));
        await browser.context.clearCookies();

        // The plan's team closes it with an outcome and links the outcome to the measure.
        await signIn(env, opened, ADMINS[lang], { lang, label: 'the plan team' });
        await go(`/plans/${PLAN}/moderation`, 'the moderation queue');
        assert.ok((await page.locator('main').innerText()).includes('Não há autocarro antes das 7h, nem no verão.'), 'the flagged post waits in the queue');
        await go(thread, 'the thread, for the team');
        await page.locator('#reply-body').fill('Vamos falar com a empresa de autocarros.');
        await send('the team replies', page.locator('#reply button[type=submit]'));
        await page.locator('#post-4').waitFor();

        // The follower's daily digest names the thread, in their language, with a way out.
        const digest = await env.mail.waitFor(reader);
        assert.equal(digest.subject, variant(lang, 'forum-email-digest-subject', 'one'));
        assert.equal(digest.htmlLang, lang);
        assert.ok(digest.text.includes(title) && digest.text.includes(thread), digest.text);
        const stop = digest.text.match(/http:\/\/\S+\/unsubscribe\/[^\s>)]+/)?.[0];
        assert.ok(stop, `the digest has an unsubscribe link: ${digest.text}`);

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

        // From the digest's link, without signing in: no more emails.
        await go(new URL(stop).pathname, 'unsubscribe');
        await assertPageAccessible(env, opened, 'the unsubscribe page');
        await send('unsubscribe', page.locator('main form button[type=submit]'));
        await page.locator('main [role=status]').waitFor();
        assert.equal((await page.locator('main [role=status]').innerText()).trim(), msg(lang, 'accounts-unsubscribe-done'));
        assertNoProblems(problems, `forum journey (${lang})`);
      } finally {
        await page.close();
      }
    });
  });
}
