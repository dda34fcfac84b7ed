// Every public page × pt-PT, en, ar × JavaScript on and off: status, <html lang dir>, one visible
// non-empty h1, complete content, axe-core WCAG 2.1 A/AA; with JavaScript, no console or page
// errors, and the enhancement module loaded exactly on the pages with a form that posts (a page
// to read downloads no script at all).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CONTACT_EMAIL,
  PLAN,
  assertNoProblems,
  assertPageAccessible,
  checkPrerequisites,
  demo,
  dirOf,
  htmlLangDir,
  language,
  msg,
  openPage,
  setup,
  tx,
  waitForEnhancement,
} from './support.mjs';

checkPrerequisites();
const env = setup();

const LANGS = ['pt-PT', 'en', 'ar'];
const measure = (code) => demo.measures.find((m) => m.code === code);
const area = (code) => demo.areas.find((a) => a.code === code);

async function count(page, selector) {
  return page.locator(selector).count();
}

async function texts(page, selector) {
  return (await page.locator(selector).allTextContents()).map((t) => t.trim());
}

/** Every fallback note is in the page's language and names the language really shown. */
async function checkFallbackNotes(page, lang) {
  const notes = await page.locator('.fallback-note').evaluateAll((els) =>
    els.map((el) => ({ text: el.textContent.trim(), shown: el.previousElementSibling?.getAttribute('lang') ?? null })),
  );
  for (const note of notes) {
    assert.ok(note.shown, `a .fallback-note should follow the element of the untranslated text: ${note.text}`);
    assert.notEqual(note.shown, lang, `a .fallback-note follows a text that is in the page's language ${lang}`);
    assert.equal(note.text, msg(lang, 'core-fallback-note', { language: language(note.shown).name }), 'fallback note text');
  }
  return notes;
}

async function checkVisibleFallbackOnRd09(page, lang) {
  const notes = await checkFallbackNotes(page, lang);
  const description = measure('VL-RD-09').description;
  assert.deepEqual(Object.keys(description), ['pt-PT'], 'the demo data: VL-RD-09 has its description in Portuguese only');
  const paragraph = page.locator('p[lang="pt-PT"]', { hasText: description['pt-PT'].slice(0, 40) });
  assert.equal(await paragraph.count(), 1, 'the Portuguese description of VL-RD-09 is shown');
  if (lang === 'pt-PT') {
    assert.deepEqual(notes, [], 'no fallback note in Portuguese, the plan language');
  } else {
    const note = paragraph.locator('xpath=following-sibling::*[1]');
    assert.equal(await note.getAttribute('class'), 'fallback-note', 'the description is followed by its fallback note');
    assert.ok(await note.isVisible(), 'the fallback note is visible');
    assert.equal((await note.textContent()).trim(), msg(lang, 'core-fallback-note', { language: 'Português' }));
  }
}

async function checkMeasure(page, lang, code) {
  const m = measure(code);
  assert.equal(await count(page, 'article.measure'), 1, 'the measure article');
  assert.deepEqual(
    await texts(page, 'table.data tbody tr td:first-child > span[lang]'),
    m.indicators.map((i) => tx(i.name, lang).text),
    'the indicators table lists every indicator',
  );
  assert.deepEqual(
    await texts(page, 'table.data tbody tr td:nth-child(2) > span[lang]'),
    m.indicators.map((i) => tx(i.target, lang).text),
    'and their targets',
  );
  const summary = tx(m.summary, lang);
  assert.equal(await page.locator(`.summary p[lang="${summary.lang}"]`).textContent(), summary.text, 'the summary');
  assert.equal(await count(page, 'article.measure h2'), 9, 'every section of the measure, and its evidence');
  assert.equal(await count(page, 'article.measure section.evidence h2#evidence-heading'), 1, 'the evidence section');
}

const entityCards = 'main ul.cards > li.card[id^="entity-"]';

const PAGES = [
  {
    path: '/',
    h1: (lang) => msg(lang, 'plans-home-title'),
    async content(page, lang) {
      const link = page.locator(`main .card h2 a[href="/plans/${PLAN}"]`);
      assert.equal(await link.count(), 1, 'the demo plan card links to the plan');
      assert.equal((await link.textContent()).trim(), tx(demo.plan.title, lang).text);
    },
  },
  {
    path: `/plans/${PLAN}`,
    h1: (lang) => tx(demo.plan.title, lang).text,
    async content(page) {
      assert.deepEqual(
        await texts(page, 'table.data tbody th[scope="row"]'),
        demo.plan.municipalities.map((m) => m.name),
        'the municipalities table',
      );
      assert.deepEqual(
        await page.locator('.next-steps a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
        [`/plans/${PLAN}/areas`, `/plans/${PLAN}/surveys`, `/plans/${PLAN}/consultations`, `/plans/${PLAN}/focus-groups`, `/plans/${PLAN}/forum`, `/plans/${PLAN}/input-used`, `/plans/${PLAN}/participation`, `/plans/${PLAN}/report`, `/plans/${PLAN}/entities`],
        'the next steps',
      );
    },
  },
  {
    path: `/plans/${PLAN}/areas`,
    h1: (lang) => msg(lang, 'plans-areas-title'),
    async content(page, lang) {
      assert.deepEqual(
        await texts(page, 'main ul.cards > li.card h2 a'),
        demo.areas.map((a) => tx(a.name, lang).text),
        'every area is listed',
      );
    },
  },
  {
    path: `/plans/${PLAN}/areas/LIN`,
    h1: (lang) => tx(area('LIN').name, lang).text,
    async content(page, lang) {
      const measures = demo.measures.filter((m) => m.area === 'LIN');
      assert.ok(measures.length > 0);
      assert.deepEqual(
        await texts(page, 'main .measure-card h3 a > span[lang]'),
        measures.map((m) => tx(m.title, lang).text),
        'every measure of the area is listed',
      );
    },
  },
  {
    path: `/plans/${PLAN}/measures/VL-CA-01`,
    h1: (lang) => tx(measure('VL-CA-01').title, lang).text,
    content: (page, lang) => checkMeasure(page, lang, 'VL-CA-01'),
  },
  {
    path: `/plans/${PLAN}/measures/VL-RD-09`,
    h1: (lang) => tx(measure('VL-RD-09').title, lang).text,
    async content(page, lang) {
      await checkMeasure(page, lang, 'VL-RD-09');
      await checkVisibleFallbackOnRd09(page, lang);
    },
  },
  // The versions of the draft (issue 11, 6): the demo plan has two.
  {
    path: `/plans/${PLAN}/versions`,
    h1: (lang) => msg(lang, 'plans-versions-title'),
    async content(page) {
      assert.equal(await count(page, 'ol.versions > li'), 2, "the demo plan's two versions");
      assert.equal(await count(page, 'ol.versions > li:first-child a[href$="/changes?to=2"]'), 3, 'version 2 changed three measures');
    },
  },
  {
    path: `/plans/${PLAN}/versions/1/VL-UH-05`,
    h1: (lang) => tx(measure('VL-UH-05').title, lang).text,
    async content(page, lang) {
      assert.equal((await page.locator('article .meta .badge').first().textContent()).trim(), msg(lang, 'plans-level-2-badge'), 'level 2 in version 1');
      assert.equal(await count(page, `.version-note a[href="/plans/${PLAN}/measures/VL-UH-05"]`), 1, 'a link to the current version');
    },
  },
  {
    path: `/plans/${PLAN}/measures/VL-SAU-04/changes`,
    h1: (lang) => msg(lang, 'plans-diff-title', { code: 'VL-SAU-04' }),
    async content(page, lang) {
      assert.deepEqual(await texts(page, '.diff-field h2'), [msg(lang, 'plans-diff-field-indicators')], 'only the indicators changed');
      assert.equal(await count(page, '.diff-field ins'), 1, 'the new indicator, added');
      assert.equal(await count(page, '.diff-field del'), 0, 'nothing removed');
    },
  },
  {
    path: `/plans/${PLAN}/entities`,
    h1: (lang) => msg(lang, 'plans-entities-title'),
    async content(page) {
      assert.equal(await count(page, entityCards), demo.entities.length, 'every entity is listed');
      assert.equal(await page.locator('select#area-filter').inputValue(), '', 'the filter shows all areas');
      assert.equal(await count(page, 'select#area-filter option'), demo.areas.length + 1, 'the filter offers every area');
    },
  },
  {
    path: `/plans/${PLAN}/entities?area=SAU`,
    h1: (lang) => msg(lang, 'plans-entities-title'),
    async content(page) {
      const expected = demo.entities.filter((e) => e.areas.includes('SAU')).map((e) => `entity-${e.slug}`);
      assert.ok(expected.length > 0 && expected.length < demo.entities.length);
      assert.deepEqual(
        (await page.locator(entityCards).evaluateAll((lis) => lis.map((li) => li.id))).sort(),
        expected.sort(),
        'only the entities working in health are listed',
      );
      assert.equal(await page.locator('select#area-filter').inputValue(), 'SAU', 'the filter keeps the chosen area');
    },
  },
  // Focus groups (issue 13): the demo's three, a held one, an open poll, a registration form.
  {
    path: `/plans/${PLAN}/focus-groups`,
    h1: (lang) => msg(lang, 'focus-groups-title'),
    async content(page, lang) {
      assert.equal(await count(page, 'main li.card'), 3, "the demo's three focus groups");
      assert.deepEqual(
        (await texts(page, 'main li.card .badge')).sort(),
        ['past', 'poll', 'open'].map((s) => msg(lang, `focus-groups-state-${s}`)).sort(),
        'held, choosing a date, open for registration',
      );
    },
  },
  {
    path: `/plans/${PLAN}/focus-groups/g1`,
    h1: () => 'Mulheres das comunidades nepalesa',
    async content(page, lang) {
      assert.equal((await page.locator('main .badge').first().textContent()).trim(), msg(lang, 'focus-groups-state-past'));
      assert.equal(await count(page, '#roster'), 0, 'the roster is for facilitators');
      assert.equal(await count(page, 'main a.button[href$="/register"]'), 0, 'held: no registration');
    },
  },
  {
    path: `/plans/${PLAN}/focus-groups/g2/poll`,
    h1: (lang) => msg(lang, 'focus-groups-poll-title'),
    async content(page) {
      assert.equal(await count(page, 'main table.data tbody tr'), 3, 'three times, with their totals');
      assert.equal(await count(page, 'main form fieldset.slot input[type="radio"]'), 9, 'yes / if need be / no for each');
    },
  },
  {
    path: `/plans/${PLAN}/focus-groups/g3/register`,
    h1: (lang) => msg(lang, 'focus-groups-register-title'),
    async content(page, lang) {
      assert.equal(await count(page, 'main form input#register-name[required]'), 1, 'the name field');
      assert.equal(await page.locator('main form select#register-lang').inputValue(), lang, 'the language of the page is chosen');
    },
  },
  {
    path: '/accessibility',
    h1: (lang) => msg(lang, 'site-a11y-title'),
    async content(page, lang) {
      const email = page.locator(`main a[href="mailto:${CONTACT_EMAIL}"]`);
      assert.equal(await email.count(), 1, 'the contact address (loaded from the server) is shown');
      assert.ok((await page.locator('main').textContent()).includes(msg(lang, 'site-a11y-feedback')));
    },
  },
  {
    path: '/sign-in',
    h1: (lang) => msg(lang, 'accounts-sign-in-title'),
    async content(page, lang) {
      const input = page.locator('main form input#email[type="email"][name="email"]');
      assert.equal(await input.count(), 1, 'the email field');
      assert.equal((await page.locator('label[for="email"]').textContent()).trim(), msg(lang, 'accounts-email-label'));
      assert.equal(await page.locator('main form input[name="lang"]').inputValue(), lang, 'the email will be in this language');
    },
  },
  {
    path: '/sign-in/code',
    h1: (lang) => msg(lang, 'accounts-check-title'),
    async content(page, lang) {
      const input = page.locator('main form input#code[name="code"][autocomplete="one-time-code"]');
      assert.equal(await input.count(), 1, 'the code field');
      assert.equal((await page.locator('label[for="code"]').textContent()).trim(), msg(lang, 'accounts-code-label'));
    },
  },
  {
    path: '/sign-in/link/not-a-real-token',
    h1: (lang) => msg(lang, 'accounts-link-title'),
    async content(page, lang) {
      assert.equal(await page.locator('main form input[name="token"]').inputValue(), 'not-a-real-token');
      assert.equal((await page.locator('main form button').textContent()).trim(), msg(lang, 'accounts-link-submit'));
    },
  },
  {
    path: '/account',
    status: 401,
    h1: (lang) => msg(lang, 'accounts-account-title'),
    async content(page, lang) {
      assert.ok((await page.locator('main').textContent()).includes(msg(lang, 'errors-unauthenticated')));
      assert.equal(await count(page, 'main a[href="/sign-in"]'), 1, 'a way to sign in');
    },
  },
  // Monitoring (issue 15): the demo's plan being carried out — every status, a late measure —
  // and one measure's progress with its charts and reports.
  {
    path: '/plans/ribeira-alta-2024/monitoring',
    h1: (lang) => msg(lang, 'monitoring-title'),
    async content(page, lang) {
      const badges = new Set(await texts(page, 'main td .badge'));
      for (const s of ['not_started', 'in_progress', 'completed', 'suspended', 'late']) {
        const key = s === 'late' ? 'monitoring-late' : `monitoring-status-${s}`;
        assert.ok(badges.has(msg(lang, key)), `${key} among ${[...badges]}`);
      }
    },
  },
  {
    path: '/plans/ribeira-alta-2024/measures/RA-LIN-02/progress',
    h1: (lang) => msg(lang, 'monitoring-measure-title', { code: 'RA-LIN-02' }),
    async content(page) {
      assert.equal(await count(page, 'main section[id^="indicator-"] svg.line-chart'), 2, "each indicator's chart");
      assert.equal(await count(page, 'main form'), 0, 'no form for a visitor');
    },
  },
  {
    path: '/no-such-page/here',
    status: 404,
    h1: (lang) => msg(lang, 'errors-not-found-title'),
    async content(page, lang) {
      assert.equal(await count(page, '.error-page[role="alert"]'), 1, 'the error page');
      assert.equal((await page.locator('.error-page a[href="/"]').textContent()).trim(), msg(lang, 'core-back-home'));
    },
  },
];

function withLang(path, lang) {
  return `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
}

async function checkPage(opened, spec, lang, label) {
  const { page } = opened;
  const { lang: htmlLang, dir } = await htmlLangDir(page);
  assert.equal(htmlLang, lang, `${label}: <html lang>`);
  assert.equal(dir, dirOf(lang), `${label}: <html dir>`);
  const h1 = page.locator('h1');
  assert.equal(await h1.count(), 1, `${label}: exactly one h1`);
  assert.ok(await h1.isVisible(), `${label}: the h1 is visible`);
  const heading = (await h1.innerText()).trim();
  assert.notEqual(heading, '', `${label}: the h1 is not empty`);
  assert.ok(
    heading.startsWith(spec.h1(lang)),
    `${label}: the h1 should be ${JSON.stringify(spec.h1(lang))}, is ${JSON.stringify(heading)}`,
  );
  assert.equal(await page.locator('.loading').count(), 0, `${label}: no loading placeholder (.loading)`);
  await spec.content(page, lang);
  await checkFallbackNotes(page, lang);
}

for (const js of [true, false]) {
  describe(`pages, JavaScript ${js ? 'on' : 'off'}`, () => {
    for (const spec of PAGES) {
      for (const lang of LANGS) {
        const path = withLang(spec.path, lang);
        const label = `${path} (JavaScript ${js ? 'on' : 'off'})`;
        test(`${spec.path} in ${lang}`, async () => {
          const opened = await openPage(await env.browser(js));
          const { page, problems, requests } = opened;
          const url = env.url(path);
          try {
            const response = await page.goto(url, { waitUntil: 'load' });
            assert.equal(response.status(), spec.status ?? 200, `${label}: HTTP status`);
            const module = () => requests.filter((u) => /^\/pkg\/.*ponte(_bg\.wasm|\.js)$/.test(new URL(u).pathname));
            if (js && (await waitForEnhancement(page, label))) {
              assert.ok(module().some((u) => /^\/pkg\/[0-9a-f]{12}\/ponte_bg\.wasm$/.test(new URL(u).pathname)), `${label}: the versioned wasm was requested`);
            } else {
              assert.deepEqual(module(), [], `${label}: no form to enhance (or no JavaScript): the enhancement module is not downloaded`);
            }
            await checkPage(opened, spec, lang, label);
            await assertPageAccessible(env, opened, label);
            if (js) {
              assertNoProblems(problems, label, { expected404: spec.status ? url : undefined });
            }
          } finally {
            await page.close();
          }
        });
      }
    }
  });
}

