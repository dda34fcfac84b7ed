// The enhancement module's in-place forms, with JavaScript on: a form's result replaces the page
// without a reload, a double click sends the form once, the focus lands on the new page's
// heading, the browser's Back button returns to the page of the form, and a form the server has
// answered is never sent again.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoProblems, checkPrerequisites, msg, openPage, openPath, sendInPlace, setup, watchPosts } from './support.mjs';

checkPrerequisites();

const env = setup();

describe('in-place forms (JavaScript on)', () => {
  test('a double click on "send" sends the sign-in form once, in place, and focus and Back work', async () => {
    const browser = await env.browser(true);
    await browser.context.clearCookies();
    const opened = await openPage(browser);
    const { page, problems } = opened;
    const address = 'double-click@example.org';
    const posts = watchPosts(page);
    try {
      await openPath(env, opened, '/sign-in?lang=pt-PT', 'sign-in page');
      await page.locator('input#email').fill(address);
      const response = await sendInPlace(page, () => page.locator('main form button[type="submit"]').dblclick(), 'double click');
      assert.equal(response.headers()['x-ponte-location'], '/sign-in/code', 'the server redirected to the code page');
      assert.equal(new URL(page.url()).pathname, '/sign-in/code', 'the address is the code page’s');
      assert.deepEqual(await page.locator('h1').allInnerTexts(), [msg('pt-PT', 'accounts-check-title')], 'the code page is shown');
      assert.equal(posts.length, 1, `one POST for a double click, got ${posts.length}: ${posts.join(', ')}`);
      const email = await env.mail.waitFor(address);
      assert.ok(email, 'the sign-in email arrived');
      // The outbox worker polls every 200 ms: a second email, had the form gone twice, would be there.
      await new Promise((r) => setTimeout(r, 1_000));
      const emails = (await env.mail.messages()).filter((m) => m.to.includes(address));
      assert.equal(emails.length, 1, 'one email for a double click');
      const focused = await page.evaluate(() => ({ tag: document.activeElement?.tagName, text: document.activeElement?.textContent?.trim() }));
      assert.equal(focused.tag, 'H1', `the focus is on the new page's heading (it is on ${focused.tag} "${focused.text}")`);
      // Screen readers hear the new page's title, as after a page load.
      const announce = page.locator('#ponte-announce[aria-live="polite"]');
      await page.waitForFunction(() => document.getElementById('ponte-announce')?.textContent === document.title, null, { timeout: 5_000 });
      assert.equal(await announce.textContent(), await page.title(), 'the title is announced');

      await Promise.all([page.waitForURL((u) => u.pathname === '/sign-in', { timeout: 10_000 }), page.goBack()]);
      await page.locator('input#email').waitFor({ state: 'visible', timeout: 10_000 });
      assert.deepEqual(await page.locator('h1').allInnerTexts(), [msg('pt-PT', 'accounts-sign-in-title')], 'Back shows the sign-in page again');
      assertNoProblems(problems, 'in-place sign-in form');
    } finally {
      await page.close();
    }
  });

  test('when the page after a sent form fails to load, the form is not sent again', async () => {
    const browser = await env.browser(true);
    await browser.context.clearCookies();
    const opened = await openPage(browser);
    const { page } = opened;
    const address = 'lost-answer@example.org';
    const posts = watchPosts(page);
    try {
      await openPath(env, opened, '/sign-in?lang=pt-PT', 'sign-in page');
      // The module's fetch of the page the server redirects to fails once (a dropped connection).
      let dropped = 0;
      await page.route('**/sign-in/code', (route) => {
        if (route.request().resourceType() === 'fetch' && dropped === 0) {
          dropped += 1;
          return route.abort('connectionreset');
        }
        return route.continue();
      });
      await page.locator('input#email').fill(address);
      await page.locator('main form button[type="submit"]').click();
      await page.waitForURL((u) => u.pathname === '/sign-in/code', { timeout: 10_000 });
      await page.locator('input#code').waitFor({ state: 'visible', timeout: 10_000 });
      assert.equal(dropped, 1, 'the fetch of the code page was dropped once');
      assert.equal(posts.length, 1, `the form was posted once: ${posts.join(', ')}`);
      await env.mail.waitFor(address);
      await new Promise((r) => setTimeout(r, 1_000));
      const emails = (await env.mail.messages()).filter((m) => m.to.includes(address));
      assert.equal(emails.length, 1, 'one email');
    } finally {
      await page.unroute('**/sign-in/code');
      await page.close();
    }
  });
});
