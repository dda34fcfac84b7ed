// The consultation's small actions with JavaScript on (issue 12, 8): a resident reacts to a
// measure, replies to a comment and flags another, each shown in place without a reload (the
// enhancement module's `sendInPlace`), as the plain form's redirect would show it. Each is
// double-clicked and sends one POST: one reaction, one reply, one flag.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PLAN, assertNoProblems, assertPageAccessible, checkPrerequisites, msg, openPage, openPath, sendInPlace, setup, signIn, watchPosts } from './support.mjs';

checkPrerequisites();

const env = setup({ admins: [] });
const MEASURE = `/plans/${PLAN}/measures/VL-LIN-03`;
const RESIDENT = 'inplace-resident@example.org';
const LANG = 'en';

describe('the consultation on a measure, JavaScript on', () => {
  test('react, reply and flag in place; a double click sends each once', async () => {
    const browser = await env.browser(true);
    await browser.context.clearCookies();
    const opened = await openPage(browser);
    const { page, problems } = opened;
    const posts = watchPosts(page);
    const once = async (label, act) => {
      const before = posts.length;
      await sendInPlace(page, act, label);
      // The module ignores a second submit while the first is under way; give a stray one time to go.
      await page.waitForTimeout(300);
      assert.equal(posts.length - before, 1, `${label}: one POST, got ${posts.slice(before).join(', ')}`);
    };
    const total = (reaction, count) =>
      msg(LANG, 'consultations-reaction-total', { reaction: msg(LANG, `consultations-reaction-${reaction}`), count });
    try {
      await signIn(env, opened, RESIDENT, { lang: LANG, label: 'resident' });
      await openPath(env, opened, `${MEASURE}?lang=${LANG}`, 'the measure');

      // Reacting: the totals and "your reaction" change where they are.
      const totals = await page.locator('#reactions li').allInnerTexts();
      const support = Number(totals[0].match(/(\d+)\s*$/)[1]);
      await once('support (double click)', () => page.locator('#reactions button[value=support]').dblclick());
      assert.equal(await page.locator('#reactions li').first().innerText(), total('support', support + 1));
      assert.equal(
        await page.locator('#reactions > p').innerText(),
        msg(LANG, 'consultations-reaction-mine', { reaction: msg(LANG, 'consultations-reaction-support') }),
      );

      // Replying: the reply shows under the comment, once.
      // Only visible comments take replies and flags (a hidden or removed one shows a placeholder).
      const comments = page.locator('#consultation .comments > li');
      const replyable = comments.filter({ has: page.locator(':scope > .reply-form') });
      const first = (await replyable.nth(0).getAttribute('id')).replace('comment-', '');
      const flaggable = comments.filter({ has: page.locator(':scope > .comment-actions .flag-form') });
      const second = (await flaggable.nth(1).getAttribute('id')).replace('comment-', '');
      const words = 'Concordo: e também ao domingo à tarde.';
      await page.locator(`#comment-${first} .reply-form summary`).click();
      await page.locator(`#reply-${first}-body`).fill(words);
      await once('reply (double click)', () => page.locator(`#comment-${first} .reply-form button[type=submit]`).dblclick());
      assert.equal(await page.locator(`#comment-${first} .replies > li`, { hasText: words }).count(), 1, 'one reply');
      await assertPageAccessible(env, opened, 'the measure after a reply');

      // Flagging: thanked in place, one flag.
      await page.locator(`#comment-${second} .flag-form summary`).click();
      await page.locator(`#flag-consultation_comment-${second}-reason`).selectOption({ index: 1 });
      await once('flag (double click)', () => page.locator(`#comment-${second} .flag-form button[type=submit]`).dblclick());
      assert.equal(await page.locator(`#comment-${second} p.notice[role=status]`).innerText(), msg(LANG, 'moderation-flagged'));
      await assertPageAccessible(env, opened, 'the measure after a flag');
      assertNoProblems(problems, 'consultation in place');
    } finally {
      await page.close();
    }
  });
});
