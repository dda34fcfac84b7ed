// Residents answering the demo survey (server/demo/survey.json, "your-voice": open access, 4 parts,
// 13 questions) with JavaScript on (the hydrated app: answers checked while typing, conditional
// questions shown at once) and off (plain forms: the server pages, checks and applies conditions):
// the whole survey in Urdu (right-to-left) and in Portuguese, a part answered with the keyboard
// only, a mistake explained in an error summary linked to the field, a question that appears
// after an answer, saving and continuing with the resume code in another browser, switching
// language in the middle, the results (mirrored bars in RTL), and axe-core on every page on the way.
//
// The survey is open: each browser answers once (a cookie), so every test starts from a context
// without cookies. All the responses go to the one server of this file; the results page counts them.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  LANGUAGES,
  PLAN,
  ROOT,
  assertNoProblems,
  assertPageAccessible,
  checkPrerequisites,
  dirOf,
  htmlLangDir,
  msg,
  openPage,
  openPath,
  sendInPlace,
  watchPosts,
  setup,
  tx,
  waitForEnhancement,
} from './support.mjs';

checkPrerequisites();
const env = setup();

const survey = JSON.parse(fs.readFileSync(path.join(ROOT, 'server/demo/survey.json'), 'utf8'));
const BASE = `/plans/${PLAN}/surveys/${survey.slug}`;
const PARTS = survey.sections.length;
const question = (id) => {
  const q = survey.sections.flatMap((s) => s.questions).find((x) => x.id === id);
  assert.ok(q, `the demo survey has a question ${id}`);
  return q;
};
const modeName = (js) => `JavaScript ${js ? 'on' : 'off'}`;

/** What a resident types in the text answers, per language. */
const TYPED = {
  'pt-PT': {
    other: 'Crioulo da Guiné-Bissau',
    where: 'Na fila do centro de saúde',
    first: 'Aulas de português ao fim do dia, perto de casa.',
  },
  ur: {
    other: 'پنجابی اور پشتو',
    where: 'صحت مرکز کی قطار میں',
    first: 'شام کے وقت گھر کے قریب پرتگالی زبان کی کلاسیں۔',
  },
};

/** A page in the shared context of that JavaScript mode, with no cookie: no answers, no language. */
async function fresh(js) {
  const browser = await env.browser(js);
  await browser.context.clearCookies();
  return openPage(browser);
}

/** How many responses the published results count (the server's HTML, in English). */
async function responseCount() {
  const res = await fetch(env.url(`${BASE}/results?lang=en`));
  assert.equal(res.status, 200, 'GET results');
  const m = /<p><strong>(\d+) responses<\/strong><\/p>/.exec(await res.text());
  assert.ok(m, 'the results page shows "N responses"');
  return Number(m[1]);
}

/**
 * Presses a submit button (with `key`, or a click). Without JavaScript: waits for the document
 * the server redirects to (303). With JavaScript: the enhancement module sends the form and puts
 * the page the redirect leads to in place, without a reload.
 */
async function send(opened, control, label, { key = null } = {}) {
  const { page } = opened;
  const press = () => (key ? control.press(key) : control.click());
  if (opened.javaScriptEnabled) {
    const response = await sendInPlace(page, press, label);
    assert.equal(response.status(), 200, `${label}: HTTP status of the post`);
    assert.ok(response.headers()['x-ponte-location'], `${label}: the server redirected (X-Ponte-Location)`);
    await waitForEnhancement(page, label);
    return;
  }
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load', timeout: 15_000 }), press()]);
  assert.ok(response, `${label}: the form loads a new document`);
  assert.equal(response.status(), 200, `${label}: HTTP status of ${page.url()}`);
  const sent = response.request().redirectedFrom();
  assert.equal(sent?.method(), 'POST', `${label}: the form was posted and the server redirected`);
}

/** Follows a link: a new document loads (with JavaScript too: pages are server HTML). */
async function follow(opened, link, pathname, label) {
  const { page } = opened;
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), link.click()]);
  assert.equal(response?.status(), 200, `${label}: HTTP status of ${pathname}`);
  assert.equal(new URL(page.url()).pathname, pathname, `${label}: on ${pathname}`);
  if (opened.javaScriptEnabled) await waitForEnhancement(page, label);
}

async function h1(page) {
  return (await page.locator('h1').innerText()).trim();
}

async function assertLangDir(page, lang, label) {
  assert.deepEqual(await htmlLangDir(page), { lang, dir: dirOf(lang) }, `${label}: <html lang dir>`);
}

/** The id (or tag) of the focused element. */
const focused = (page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || null);

/** Presses Tab until the element matching `selector` has the focus. */
async function tabTo(page, selector, label, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  assert.fail(`${label}: Tab never reached ${selector} (${max} presses; the focus is on ${await focused(page)})`);
}

async function assertFocus(page, id, label) {
  assert.equal(await focused(page), id, `${label}: the focus should be on #${id}`);
}

async function assertChecked(page, ids, label) {
  for (const id of ids) assert.ok(await page.locator(`#${id}`).isChecked(), `${label}: #${id} is still checked`);
}

/** On the answer page: part `n` (0-based) of the survey in `lang`. */
async function expectPart(opened, lang, n, label) {
  const { page } = opened;
  const progress = msg(lang, 'surveys-progress', { current: n + 1, total: PARTS });
  await page.locator('p.progress', { hasText: progress }).waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {});
  assert.equal(new URL(page.url()).pathname, `${BASE}/answer`, `${label}: on the answer page`);
  await assertLangDir(page, lang, label);
  assert.equal((await page.locator('p.progress').innerText()).trim(), progress, `${label}: the progress line`);
  assert.equal(await h1(page), tx(survey.title, lang).text, `${label}: the h1 is the survey's title`);
  assert.equal((await page.locator('main h2').first().innerText()).trim(), tx(survey.sections[n].title, lang).text, `${label}: the part's title`);
  assert.equal(await page.locator('form.survey-form input[name="_section"]').inputValue(), String(n), `${label}: the form sends part ${n}`);
  const next = page.locator('form.survey-form button[name="_action"][value="next"]');
  assert.equal((await next.innerText()).trim(), msg(lang, n + 1 === PARTS ? 'surveys-send' : 'surveys-next'), `${label}: the main button`);
}

async function markDocument(page) {
  await page.evaluate(() => {
    window.__ponteNoReload = true;
  });
}

async function assertSameDocument(page, posts, label) {
  assert.deepEqual(posts, [], `${label}: nothing was sent to the server`);
  assert.equal(await page.evaluate(() => window.__ponteNoReload), true, `${label}: the page was not reloaded`);
}

/** A text answer control is written in the direction of what is typed. */
async function assertDirAuto(page, selector, label) {
  assert.equal(await page.locator(selector).getAttribute('dir'), 'auto', `${label}: ${selector} has dir="auto"`);
}

// ---------------------------------------------------------------------------------------------
// The parts of the demo survey, as a resident answers them.

/** Part 1 with the keyboard only: Tab to each question, arrows and Space to choose, Enter to go on. */
async function answerPart1ByKeyboard(opened, lang, label) {
  const { page } = opened;
  await tabTo(page, '#f-where-ribeira', `${label}: the first answer of the first question`);
  await page.keyboard.press('ArrowDown');
  assert.ok(await page.locator('#f-where-serra').isChecked(), `${label}: ArrowDown chose the next answer`);
  await assertFocus(page, 'f-where-serra', label);

  await page.keyboard.press('Tab');
  await assertFocus(page, 'f-years-lt1', `${label}: Tab goes on to the next question`);
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.ok(await page.locator('#f-years-3-5').isChecked(), `${label}: Space then ArrowDown twice chose "3 to 5 years"`);

  await page.keyboard.press('Tab');
  await assertFocus(page, 'f-info_language-pt', `${label}: Tab goes on to the checkboxes`);
  await page.keyboard.press('Space');
  await tabTo(page, '#f-info_language-ur', label, 12);
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await assertFocus(page, 'f-info_language-other', label);
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await assertFocus(page, 'f-info_language-other-text', `${label}: the "other" text box follows its checkbox`);
  await assertDirAuto(page, '#f-info_language-other-text', label);
  await page.keyboard.type(TYPED[lang].other);
  assert.equal(await page.locator('#f-info_language-other-text').inputValue(), TYPED[lang].other);
  await assertChecked(page, ['f-info_language-pt', 'f-info_language-ur', 'f-info_language-other'], label);

  await tabTo(page, '#f-portuguese-none', label, 4);
  await page.keyboard.press('ArrowDown');
  assert.ok(await page.locator('#f-portuguese-little').isChecked(), `${label}: "a little" Portuguese`);

  await tabTo(page, 'form.survey-form button[value="next"]', label, 4);
  await send(opened, page.locator('form.survey-form button[value="next"]'), `${label}: Enter on "next"`, { key: 'Enter' });
}

/**
 * Part 2: a matrix, a choice, and "unfair treatment: yes", which opens "Where did it happen?" —
 * at once with JavaScript, after a round trip (with a notice) without.
 */
async function answerPart2WithCondition(opened, lang, label) {
  const { page } = opened;
  const picks = ['f-ease-housing-difficult', 'f-ease-doctor-easy', 'f-ease-school-not_tried', 'f-ease-class-difficult', 'f-ease-council-easy', 'f-claim-known'];
  for (const id of picks) await page.locator(`#${id}`).check();
  const conditional = page.locator('#q-unfair_where');
  const shown = page.locator('form.survey-form input[name="_shown"]');
  assert.ok(await conditional.isHidden(), `${label}: "${tx(question('unfair_where').text, 'en').text}" is hidden at first`);
  assert.ok(!(await shown.inputValue()).split(' ').includes('unfair_where'), `${label}: the form says it did not show it`);

  if (opened.javaScriptEnabled) {
    const posts = watchPosts(page);
    await markDocument(page);
    await page.locator('#f-unfair-yes').check();
    await conditional.waitFor({ state: 'visible', timeout: 5_000 }).catch(() => {});
    assert.ok(await conditional.isVisible(), `${label}: answering Yes shows the question at once`);
    await assertSameDocument(page, posts, `${label}: the conditional question`);
    assert.ok((await shown.inputValue()).split(' ').includes('unfair_where'), `${label}: the form now says it shows it`);
    await page.locator('#f-unfair-no').check();
    await conditional.waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => {});
    assert.ok(await conditional.isHidden(), `${label}: answering No hides it again`);
    await page.locator('#f-unfair-yes').check();
    await conditional.waitFor({ state: 'visible', timeout: 5_000 });
    await assertSameDocument(page, posts, `${label}: the conditional question`);
  } else {
    await page.locator('#f-unfair-yes').check();
    assert.ok(await conditional.isHidden(), `${label}: without JavaScript the page cannot change by itself`);
    await send(opened, page.locator('form.survey-form button[value="next"]'), `${label}: "next" after answering Yes`);
    await expectPart(opened, lang, 1, `${label}: the same part again, with the new question`);
    const notice = page.locator('#more');
    assert.equal(await notice.getAttribute('role'), 'status', `${label}: the notice is a status message`);
    assert.equal((await notice.innerText()).trim(), msg(lang, 'surveys-more-questions'), `${label}: the notice`);
    await page.waitForFunction(() => document.activeElement?.id === 'more', null, { timeout: 5_000 });
    assert.equal(await notice.locator('a').getAttribute('href'), '#q-unfair_where', `${label}: the notice leads to the new question`);
    assert.ok(await conditional.isVisible(), `${label}: the new question is shown`);
    await assertChecked(page, [...picks, 'f-unfair-yes'], `${label}: after the round trip`);
    await assertPageAccessible(env, opened, `${label}: part 2 with the new question and the notice`);
  }
  const hint = msg(lang, 'surveys-only-if', { answer: msg(lang, 'surveys-yes') });
  assert.ok((await conditional.locator('.hint').innerText()).includes(hint), `${label}: the question says when to answer it`);
  const where = page.locator('#f-unfair_where');
  await assertDirAuto(page, '#f-unfair_where', label);
  assert.equal(await page.locator('label[for="f-unfair_where"]').count(), 1, `${label}: the text box has a label`);
  await where.fill(TYPED[lang].where);
  await send(opened, page.locator('form.survey-form button[value="next"]'), `${label}: "next"`);
}

/**
 * Part 3: four priorities where three at most are allowed. With JavaScript the error shows while
 * choosing; sent anyway (or without JavaScript), the server sends the part back with an error
 * summary whose link leads to the field. Then the resident corrects it and goes on.
 */
async function answerPart3WithMistake(opened, lang, label) {
  const { page } = opened;
  const q = question('priorities');
  assert.equal(q.max_choices, 3, 'the demo data: three priorities at most');
  const four = ['CA', 'LIN', 'SAU', 'EDU'].map((k) => `f-priorities-${k}`);
  const error = page.locator('#q-priorities-error');
  const fieldset = page.locator('#q-priorities fieldset').first();
  const problem = msg(lang, 'surveys-problem-too-many-choices');
  const assertInlineError = async (where) => {
    await error.waitFor({ state: 'visible', timeout: 5_000 }).catch(() => {});
    assert.ok(await error.isVisible(), `${where}: the error under the question`);
    assert.equal((await error.innerText()).trim(), problem, `${where}: the error's text`);
    assert.equal(await fieldset.getAttribute('aria-invalid'), 'true', `${where}: the question is marked invalid`);
    const describedBy = ((await fieldset.getAttribute('aria-describedby')) ?? '').split(/\s+/);
    assert.ok(describedBy.includes('q-priorities-error'), `${where}: aria-describedby (${describedBy}) names the error`);
  };
  for (const id of four.slice(0, 3)) await page.locator(`#${id}`).check();
  assert.equal(await error.count(), 0, `${label}: three choices are fine`);

  if (opened.javaScriptEnabled) {
    const posts = watchPosts(page);
    await markDocument(page);
    await page.locator(`#${four[3]}`).check();
    await assertInlineError(`${label}: a fourth choice, checked while choosing`);
    await assertSameDocument(page, posts, `${label}: the instant check`);
    await assertPageAccessible(env, opened, `${label}: part 3 with the instant error`);
  } else {
    await page.locator(`#${four[3]}`).check();
  }

  // Sent as it is: the server refuses it and explains.
  await send(opened, page.locator('form.survey-form button[value="next"]'), `${label}: "next" with four choices`);
  await expectPart(opened, lang, 2, `${label}: part 3 sent back`);
  const summary = page.locator('.error-summary');
  assert.equal(await summary.count(), 1, `${label}: one error summary`);
  await page.waitForFunction(() => document.activeElement?.id === 'problems', null, { timeout: 5_000 }).catch(() => {});
  assert.equal(await focused(page), 'problems', `${label}: the focus is on the error summary`);
  assert.equal(await summary.getAttribute('role'), 'alert', `${label}: the summary is announced`);
  assert.equal((await summary.locator('h2').innerText()).trim(), msg(lang, 'surveys-problems-title'), `${label}: the summary's title`);
  const links = summary.locator('a');
  assert.equal(await links.count(), 1, `${label}: one problem listed`);
  assert.equal(await links.getAttribute('href'), `#${four[0]}`, `${label}: the link leads to the question's first answer`);
  const linkText = (await links.innerText()).trim();
  assert.ok(linkText.includes(tx(q.text, lang).text) && linkText.includes(problem), `${label}: the link names the question and the problem: ${linkText}`);
  await assertInlineError(`${label}: from the server`);
  await assertChecked(page, four, `${label}: what was chosen is kept`);
  await assertPageAccessible(env, opened, `${label}: part 3 with the error summary`);

  await tabTo(page, '.error-summary a', `${label}: the summary's link`);
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.activeElement?.id === id, four[0], { timeout: 5_000 }).catch(() => {});
  await assertFocus(page, four[0], `${label}: following the summary's link`);
  assert.equal(new URL(page.url()).hash, `#${four[0]}`, `${label}: the address names the field`);

  // Corrected with the keyboard: from the first priority to the fourth, Space unchecks it.
  await tabTo(page, `#${four[3]}`, label, 12);
  await page.keyboard.press('Space');
  assert.ok(!(await page.locator(`#${four[3]}`).isChecked()), `${label}: the fourth priority is unchecked`);
  if (opened.javaScriptEnabled) {
    await error.waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => {});
    assert.equal(await error.isVisible(), false, `${label}: the error goes away once corrected`);
  }
  for (const id of ['f-take_part-my_language', 'f-take_part-whatsapp']) await page.locator(`#${id}`).check();
  await assertDirAuto(page, '#f-first_thing', label);
  await page.locator('#f-first_thing').click();
  await page.keyboard.type(TYPED[lang].first);
  await send(opened, page.locator('form.survey-form button[value="next"]'), `${label}: "next" after correcting`);
}

/**
 * Part 4: answered, then "save and continue later": the saved page with its code, back to the
 * start page, "continue where you stopped", and the answers are still there; then sent.
 */
async function answerPart4SaveAndSend(opened, lang, label) {
  const { page } = opened;
  const picks = ['f-age_band-25-44', 'f-gender-pnts'];
  for (const id of picks) await page.locator(`#${id}`).check();
  const save = page.locator('form.survey-form button[value="save"]');
  assert.equal((await save.innerText()).trim(), msg(lang, 'surveys-save'), `${label}: the save button`);
  await send(opened, save, `${label}: "save and continue later"`);
  await expectSaved(opened, lang, label);

  const back = page.locator('main a', { hasText: msg(lang, 'surveys-back-to-survey') });
  await follow(opened, back, BASE, `${label}: back to the survey`);
  const resume = page.locator('main a.button', { hasText: msg(lang, 'surveys-continue') });
  await resume.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {});
  assert.equal(await resume.getAttribute('href'), `${BASE}/answer`, `${label}: the start page offers to continue`);
  await follow(opened, resume, `${BASE}/answer`, `${label}: continue where I stopped`);
  await expectPart(opened, lang, 3, `${label}: back on the last part`);
  await assertChecked(page, picks, `${label}: after saving and coming back`);
  await send(opened, page.locator('form.survey-form button[value="next"]'), `${label}: "send my answers"`);
}

/** The saved page: its title and a resume code; returns the code. */
async function expectSaved(opened, lang, label) {
  const { page } = opened;
  assert.equal(new URL(page.url()).pathname, `${BASE}/saved`, `${label}: on the saved page`);
  await assertLangDir(page, lang, `${label}: saved page`);
  assert.equal(await h1(page), msg(lang, 'surveys-saved-title'), `${label}: the saved page's h1`);
  const codeBox = page.locator('p.resume-code');
  assert.equal(await codeBox.count(), 1, `${label}: the saved page shows a resume code`);
  const code = (await codeBox.innerText()).trim();
  assert.match(code, /^[A-Z0-9]{4}(-[A-Z0-9]{4}){2}$/, `${label}: the code looks like ABCD-EFGH-2345`);
  assert.equal(await codeBox.getAttribute('dir'), 'ltr', `${label}: the code reads left to right in any language`);
  await assertPageAccessible(env, opened, `${label}: the saved page`);
  return code;
}

/** The results page: total, tables, bars (mirrored in right-to-left pages), the typed idea. */
async function checkResults(opened, lang, expectedTotal, label) {
  const { page } = opened;
  await openPath(env, opened, `${BASE}/results?lang=${lang}`, label);
  await assertLangDir(page, lang, `${label}: results`);
  assert.equal(await h1(page), msg(lang, 'surveys-results-title'), `${label}: the results' h1`);
  const total = (await page.locator('main p > strong').first().innerText()).trim();
  assert.ok(total.includes(String(expectedTotal)), `${label}: the results count ${expectedTotal} responses: ${total}`);
  const charted = survey.sections.flatMap((s) => s.questions).filter((q) => !['short_text', 'long_text'].includes(q.type));
  assert.equal(await page.locator('table.data.results').count(), charted.length, `${label}: a table per question with choices`);
  assert.ok((await page.locator('table.data.results tbody tr').count()) > charted.length, `${label}: the tables have rows`);
  assert.equal(await page.locator('table.data.results thead th[scope="col"]').first().count(), 1, `${label}: with column headers`);
  const bars = page.locator('table.data.results svg.bar');
  assert.ok((await bars.count()) > 0, `${label}: bars beside the numbers`);
  const transforms = new Set(await bars.evaluateAll((svgs) => svgs.map((s) => getComputedStyle(s).transform)));
  const expected = dirOf(lang) === 'rtl' ? 'matrix(-1, 0, 0, 1, 0, 0)' : 'none';
  assert.deepEqual([...transforms], [expected], `${label}: the bars ${expected === 'none' ? 'grow from the left' : 'are mirrored (scaleX(-1))'}`);
  const ideas = await page.locator('#r-first_thing ~ ul.texts p[dir="auto"]').allInnerTexts();
  assert.ok(ideas.map((t) => t.trim()).includes(TYPED[lang].first), `${label}: the idea just sent is listed`);
  await assertPageAccessible(env, opened, `${label}: the results page`);
}

// ---------------------------------------------------------------------------------------------

for (const js of [true, false]) {
  const mode = modeName(js);
  describe(mode, () => {
    for (const [lang, name] of [['ur', 'urdu'], ['pt-PT', 'portuguese']]) {
      test(`anonymous_resident_answers_the_whole_survey_in_${name}`, async () => {
        const opened = await fresh(js);
        const { page, problems } = opened;
        const label = `the survey in ${lang} (${mode})`;
        try {
          const before = await responseCount();
          await openPath(env, opened, `${BASE}?lang=${lang}`, label);
          await assertLangDir(page, lang, `${label}: start page`);
          assert.equal(await h1(page), tx(survey.title, lang).text, `${label}: the start page's h1`);
          await assertPageAccessible(env, opened, `${label}: the start page`);

          // The start link, by keyboard.
          const start = page.locator('main a.button.primary', { hasText: msg(lang, 'surveys-start') });
          assert.equal(await start.getAttribute('href'), `${BASE}/answer`, `${label}: the start link`);
          await tabTo(page, 'main a.button.primary', `${label}: the start link`);
          await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
          if (js) await waitForEnhancement(page, `${label}: part 1`);
          await expectPart(opened, lang, 0, `${label}: part 1`);
          await assertPageAccessible(env, opened, `${label}: part 1`);
          await answerPart1ByKeyboard(opened, lang, `${label}: part 1`);

          await expectPart(opened, lang, 1, `${label}: part 2`);
          await assertPageAccessible(env, opened, `${label}: part 2`);
          await answerPart2WithCondition(opened, lang, `${label}: part 2`);

          await expectPart(opened, lang, 2, `${label}: part 3`);
          await assertPageAccessible(env, opened, `${label}: part 3`);
          await answerPart3WithMistake(opened, lang, `${label}: part 3`);

          await expectPart(opened, lang, 3, `${label}: part 4`);
          await assertPageAccessible(env, opened, `${label}: part 4`);
          await answerPart4SaveAndSend(opened, lang, `${label}: part 4`);

          assert.equal(new URL(page.url()).pathname, `${BASE}/thanks`, `${label}: on the thank-you page`);
          await assertLangDir(page, lang, `${label}: thank-you page`);
          assert.equal(await h1(page), msg(lang, 'surveys-thanks-title'), `${label}: the thank-you page's h1`);
          await assertPageAccessible(env, opened, `${label}: the thank-you page`);
          assert.equal(await responseCount(), before + 1, `${label}: one more response is stored`);

          const back = page.locator('main a', { hasText: msg(lang, 'surveys-back-to-survey') });
          await follow(opened, back, BASE, `${label}: back to the survey`);
          const already = page.locator('main p.notice', { hasText: msg(lang, 'surveys-already-answered') });
          await already.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {});
          assert.ok(await already.isVisible(), `${label}: the start page says this browser has answered`);
          assert.equal(await page.locator(`main a[href="${BASE}/answer"]`).count(), 0, `${label}: and offers no new answers`);

          await checkResults(opened, lang, before + 1, label);
          if (js) assertNoProblems(problems, label);
        } finally {
          await page.close();
        }
      });
    }

    test('resident_switches_language_in_the_middle_and_keeps_the_answers', async () => {
      const [from, to] = js ? ['pt-PT', 'ur'] : ['ur', 'pt-PT'];
      const opened = await fresh(js);
      const { page, problems } = opened;
      const label = `language switch ${from} → ${to} (${mode})`;
      const next = page.locator('form.survey-form button[value="next"]');
      try {
        await openPath(env, opened, `${BASE}/answer?lang=${from}`, label);
        await expectPart(opened, from, 0, `${label}: part 1`);
        const part1 = ['f-years-1-3', 'f-info_language-other'];
        for (const id of part1) await page.locator(`#${id}`).check();
        await page.locator('#f-info_language-other-text').fill(TYPED[from].other);
        await send(opened, next, `${label}: part 1, "next"`);
        await expectPart(opened, from, 1, `${label}: part 2`);
        const part2 = ['f-ease-doctor-difficult', 'f-claim-used', 'f-unfair-no'];
        for (const id of part2) await page.locator(`#${id}`).check();
        await send(opened, next, `${label}: part 2, "next"`);
        await expectPart(opened, from, 2, `${label}: part 3`);
        const part3 = ['f-priorities-LIN', 'f-priorities-SAU'];
        for (const id of part3) await page.locator(`#${id}`).check();
        await page.locator('#f-first_thing').fill(TYPED[from].first);

        const group = page.locator('form.survey-form .form-languages[role="group"]');
        assert.equal((await group.locator('#answer-in').innerText()).trim(), msg(from, 'surveys-answer-in'), `${label}: the buttons' label`);
        const offered = await group.locator('button').evaluateAll((bs) => bs.map((b) => [b.value, b.lang, b.dir, b.textContent.trim()]));
        assert.deepEqual(
          offered,
          survey.languages.filter((l) => l !== from).map((l) => {
            const known = LANGUAGES.find((x) => x.tag === l);
            return [`lang:${l}`, l, known.dir, known.name];
          }),
          `${label}: a button for every other language of the survey, each in its own language`,
        );
        await send(opened, group.locator(`button[value="lang:${to}"]`), `${label}: the ${to} button`);
        await expectPart(opened, to, 2, `${label}: part 3 in ${to}`);
        await assertChecked(page, part3, `${label}: part 3 in ${to}`);
        assert.equal(await page.locator('#f-first_thing').inputValue(), TYPED[from].first, `${label}: the text typed is kept`);
        assert.equal(await page.locator('.error-summary').count(), 0, `${label}: no error`);

        await send(opened, page.locator('form.survey-form button[value="back"]'), `${label}: "back"`);
        await expectPart(opened, to, 1, `${label}: part 2 in ${to}`);
        await assertChecked(page, part2, `${label}: part 2 in ${to}`);
        await send(opened, page.locator('form.survey-form button[value="back"]'), `${label}: "back"`);
        await expectPart(opened, to, 0, `${label}: part 1 in ${to}`);
        await assertChecked(page, part1, `${label}: part 1 in ${to}`);
        assert.equal(await page.locator('#f-info_language-other-text').inputValue(), TYPED[from].other, `${label}: part 1's text is kept`);
        if (js) assertNoProblems(problems, label);
      } finally {
        await page.close();
      }
    });
  });
}

describe('save and continue later', () => {
  for (const [lang, savedWithJs] of [['pt-PT', false], ['ur', true]]) {
    const label = `saved in ${lang} with ${modeName(savedWithJs)}, continued with ${modeName(!savedWithJs)}`;
    test(`resident_saves_in_${lang}_and_continues_with_the_code_in_another_browser (${modeName(savedWithJs)} → ${modeName(!savedWithJs)})`, async () => {
      const saving = await fresh(savedWithJs);
      let code;
      const part1 = ['f-where-both', 'f-years-gt5'];
      const part2 = ['f-ease-housing-easy', 'f-claim-unknown', 'f-unfair-pnts'];
      try {
        const { page } = saving;
        await openPath(env, saving, `${BASE}/answer?lang=${lang}`, label);
        for (const id of part1) await page.locator(`#${id}`).check();
        await send(saving, page.locator('form.survey-form button[value="next"]'), `${label}: part 1, "next"`);
        await expectPart(saving, lang, 1, `${label}: part 2`);
        for (const id of part2) await page.locator(`#${id}`).check();
        await send(saving, page.locator('form.survey-form button[value="save"]'), `${label}: "save and continue later"`);
        code = await expectSaved(saving, lang, label);
        if (savedWithJs) assertNoProblems(saving.problems, `${label}: saving`);
      } finally {
        await saving.page.close();
      }

      const other = await fresh(!savedWithJs);
      const { page, problems } = other;
      try {
        await openPath(env, other, `${BASE}?lang=${lang}`, `${label}: the other browser`);
        await assertLangDir(page, lang, `${label}: start page in the other browser`);
        const details = page.locator('details.resume');
        const summary = details.locator('summary');
        assert.equal((await summary.innerText()).trim(), msg(lang, 'surveys-resume-heading'), `${label}: the resume section`);
        await tabTo(page, 'details.resume summary', `${label}: the resume section`);
        await page.keyboard.press('Enter');
        assert.equal(await details.evaluate((d) => d.open), true, `${label}: Enter opens the resume section`);
        await page.keyboard.press('Tab');
        await assertFocus(page, 'code', `${label}: Tab goes to the code field`);
        // Typed as someone copying it from paper: small letters.
        await page.keyboard.type(code.toLowerCase());
        const submit = details.locator('button[type="submit"]');
        assert.equal((await submit.innerText()).trim(), msg(lang, 'surveys-resume-submit'), `${label}: the resume button`);
        if (savedWithJs) {
          // Without JavaScript the form is a plain POST answered by a redirect.
          await send(other, submit, `${label}: continue with the code`);
        } else {
          await submit.click();
          await page.waitForURL((u) => u.pathname === `${BASE}/answer`, { timeout: 10_000 });
          if (new URL(page.url()).pathname === `${BASE}/answer`) await page.waitForLoadState('load');
          await waitForEnhancement(page, `${label}: continue with the code`);
        }
        await expectPart(other, lang, 1, `${label}: continued on part 2`);
        await assertChecked(page, part2, `${label}: part 2 as saved in the other browser`);
        await send(other, page.locator('form.survey-form button[value="back"]'), `${label}: "back"`);
        await expectPart(other, lang, 0, `${label}: part 1`);
        await assertChecked(page, part1, `${label}: part 1 as answered in the other browser`);
        if (!savedWithJs) assertNoProblems(problems, `${label}: continuing`);
      } finally {
        await page.close();
      }
    });
  }
});
