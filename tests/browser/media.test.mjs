// A facilitator (here the administrator) adds an audio version to a measure's summary through
// the upload form, with JavaScript on (sent in place, multipart) and off (a plain form post):
// the notice and the player appear; a file that is not audio is refused with a translated,
// focused error and nothing is added. The page passes axe-core with the form and the player.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  PLAN,
  assertNoProblems,
  assertPageAccessible,
  checkPrerequisites,
  msg,
  openPage,
  openPath,
  sendInPlace,
  setup,
  signIn,
  waitForEnhancement,
} from './support.mjs';

checkPrerequisites();

const ADMIN = 'media-admin@example.org';
const MEASURE = `/plans/${PLAN}/measures/VL-LIN-03`;
/** The start of an MP3 file (an ID3 tag), then silence-like bytes. */
const MP3 = Buffer.concat([Buffer.from('ID3\x04\x00\x00\x00\x00\x00\x00', 'latin1'), Buffer.alloc(4000, 7)]);
const PNG = Buffer.from('\x89PNG\r\n\x1a\n0000', 'latin1');

for (const js of [true, false]) {
  const mode = `JavaScript ${js ? 'on' : 'off'}`;
  describe(mode, () => {
    const env = setup({ admins: [ADMIN] });

    test('facilitator_adds_an_audio_version_and_a_wrong_file_is_refused', async () => {
      const browser = await env.browser(js);
      await browser.context.clearCookies();
      const opened = await openPage(browser);
      const { page, problems } = opened;
      const send = async (label) => {
        const submit = page.getByRole('button', { name: msg('pt-PT', 'media-upload'), exact: true });
        if (js) await sendInPlace(page, () => submit.click(), label);
        else await Promise.all([page.waitForNavigation(), submit.click()]);
      };
      try {
        await signIn(env, opened, ADMIN, { lang: 'pt-PT', label: `sign in (${mode})` });
        await openPath(env, opened, `${MEASURE}?lang=pt-PT`, `measure (${mode})`);
        if (js) await waitForEnhancement(page, `measure (${mode})`);
        // A picture is not a recording: refused, said so, focused; the form is still there.
        await page.locator('#audio-file').setInputFiles({ name: 'photo.mp3', mimeType: 'audio/mpeg', buffer: PNG });
        await page.locator('#audio-transcript').fill('Aulas de português à noite.');
        await send(`wrong file (${mode})`);
        const error = page.locator('#audio-error');
        assert.equal((await error.innerText()).trim(), msg('pt-PT', 'errors-invalid-not-audio'), `${mode}: the error`);
        await page.waitForFunction(() => document.activeElement?.id === 'audio-error', null, { timeout: 5000 });
        assert.equal(await page.locator('#audio audio').count(), 0, `${mode}: nothing was added`);
        // Nothing typed is lost: the transcript is still there; only the file is chosen again.
        assert.equal(await page.locator('#audio-transcript').inputValue(), 'Aulas de português à noite.', `${mode}: the transcript`);
        // A recording: saved, announced, and playable on the page.
        await page.locator('#audio-file').setInputFiles({ name: 'aula.mp3', mimeType: 'audio/mpeg', buffer: MP3 });
        await send(`recording (${mode})`);
        assert.equal((await page.locator('#audio .notice').innerText()).trim(), msg('pt-PT', 'media-saved'), `${mode}: the notice`);
        assert.equal(await page.locator('#audio-error').count(), 0, `${mode}: no error left`);
        const src = await page.locator('#audio figure.audio audio').first().getAttribute('src');
        assert.match(src ?? '', /^\/media\/audio\/\d+$/, `${mode}: a player`);
        const played = await page.request.get(env.url(src), { headers: { range: 'bytes=0-9' } });
        assert.equal(played.status(), 206, `${mode}: the player can ask for a part`);
        await assertPageAccessible(env, opened, `measure with audio (${mode})`);
        // The refused upload's answer is a 422 (the page again, with the error): Chromium logs it.
        const upload = await page.locator('#audio form[enctype]').getAttribute('action');
        if (js) assertNoProblems(problems, `audio (${mode})`, { expectedFailures: [{ url: env.url(upload), status: 422 }] });
      } finally {
        await page.close();
      }
    });
  });
}
