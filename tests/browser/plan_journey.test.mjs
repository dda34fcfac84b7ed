// A plan from nothing (issue 11, 10): an administrator creates a municipal plan and names its
// facilitator; the facilitator imports the local diagnosis from a spreadsheet (Windows-1252,
// semicolons, as Portuguese Excel saves it), writes two measures in Portuguese and English,
// publishes version 1, edits, publishes version 2; a resident reads what changed. Once without
// JavaScript in Portuguese, once with JavaScript in Arabic (right to left). Every new page passes
// axe-core.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertNoProblems,
  assertPageAccessible,
  checkPrerequisites,
  htmlLangDir,
  journey,
  msg,
  openPage,
  openPath,
  setup,
  signIn,
} from './support.mjs';

checkPrerequisites();

const ADMIN = 'journey-admin@example.org';
const env = setup({ admins: [ADMIN] });

// Latin-1 holds every character here, so `latin1` writes what Windows-1252 would.
const CSV = Buffer.from(
  'Nome;Tipo;Concelho;Áreas;Serviços;Email\n' +
    'Associação Cabo Verde Unido;Associação;Lisboa;LIN|SAU;Aulas de português|Apoio jurídico;geral@cvunido.example.pt\n' +
    'Centro de Saúde da Graça;health_unit;Lisboa;SAU;;\n' +
    'Clube sem tipo;clube;;;;\n',
  'latin1',
);

for (const [js, lang] of [[false, 'pt-PT'], [true, 'ar']]) {
  describe(`a plan from nothing, JavaScript ${js ? 'on' : 'off'}, in ${lang}`, () => {
    test('created, staffed, diagnosed, drafted, published twice, compared', async () => {
      const browser = await env.browser(js);
      await browser.context.clearCookies();
      const opened = await openPage(browser);
      const { page, problems } = opened;
      const slug = `jornada-${js ? 'ar' : 'pt'}`;
      const facilitator = `facilitadora-${slug}@example.org`;
      const { send, go } = journey(env, opened, { js, lang });
      try {
        // The administrator creates the plan and names its facilitator.
        await signIn(env, opened, ADMIN, { lang, label: 'administrator' });
        await go('/admin/plans/new', 'new plan');
        await page.locator('#plan-title').fill(`Plano Municipal para a Integração de Migrantes (${slug})`);
        await page.locator('#plan-slug').fill(slug);
        await page.locator('#plan-kind').selectOption('municipal');
        await page.locator('#plan-municipalities').selectOption(['1106']);
        await page.locator('#plan-lang').selectOption('pt-PT');
        await page.locator('#plan-start').fill('2027-01-01');
        await page.locator('#plan-end').fill('2029-12-31');
        await send('create the plan', page.locator('main form button[type=submit]'));
        assert.match(new URL(page.url()).pathname, new RegExp(`^/plans/${slug}`));
        await go('/admin/people', 'people');
        await page.locator('#grant-email').fill(facilitator);
        await page.locator('#grant-role').selectOption('facilitator');
        await page.locator('#grant-scope').selectOption(slug);
        await send('name the facilitator', page.locator('main form.stack button[type=submit]'));
        await browser.context.clearCookies();

        // The facilitator imports the diagnosis: a preview first, then two of three rows.
        await signIn(env, opened, facilitator, { lang, label: 'facilitator' });
        await go(`/plans/${slug}/diagnosis`, 'diagnosis');
        assert.deepEqual(await htmlLangDir(page), { lang, dir: lang === 'ar' ? 'rtl' : 'ltr' });
        await assertPageAccessible(env, opened, 'the empty diagnosis');
        await page.locator('#import-file').setInputFiles({ name: 'entidades.csv', mimeType: 'text/csv', buffer: CSV });
        await Promise.all([page.waitForURL(/\/diagnosis\/import\/\d+/), page.locator('form[enctype="multipart/form-data"] button[type=submit]').click()]);
        await page.waitForLoadState('load');
        const rows = page.locator('main table tbody tr');
        assert.equal(await rows.count(), 3);
        assert.ok((await rows.first().innerText()).includes('Associação Cabo Verde Unido'), 'accents read from Windows-1252');
        assert.equal(await page.locator('main table tbody tr.refused').count(), 1, 'the row with an unknown kind');
        await assertPageAccessible(env, opened, 'the import preview');
        await send('confirm the import', page.locator('main form button.primary'));
        assert.equal(await page.locator('main p.notice[role=status]').count(), 1, 'how many were imported');
        assert.equal(await page.locator('main table tbody tr').count(), 2);

        // Two measures, in Portuguese and English.
        for (const [area, title, en] of [
          ['LIN', 'Aulas de português ao sábado', 'Portuguese classes on Saturdays'],
          ['SAU', 'Mediadores nos centros de saúde', 'Mediators in health centres'],
        ]) {
          await go(`/plans/${slug}/draft`, 'drafts');
          await page.locator('#new-draft-area').selectOption(area);
          await page.locator('#new-draft-title').fill(title);
          await send(`new measure ${area}`, page.locator('section:has(#new-draft-title) button[type=submit]'));
          assert.match(page.url(), /\/draft\/\d+\?in=pt-PT/);
          await page.locator('#draft-summary').fill(`${title}: resumo.`);
          await page.locator('#draft-objective-new').fill('Chegar a 100 pessoas por ano.');
          await page.locator('#draft-responsible').selectOption('associacao-cabo-verde-unido');
          await send(`save ${area} in Portuguese`, page.locator('form.draft-form button[type=submit]'));
          const english = page.url().replace('in=pt-PT', 'in=en').replace(/&saved=1/, '');
          await openPath(env, opened, new URL(english).pathname + new URL(english).search, 'English texts');
          await page.locator('#draft-title').fill(en);
          await page.locator('#draft-objective-0').fill('Reach 100 people a year.');
          await send(`save ${area} in English`, page.locator('form.draft-form button[type=submit]'));
          await assertPageAccessible(env, opened, `measure ${area} in English`);
        }

        // Version 1, an edit, version 2.
        const publish = async (label, note) => {
          await go(`/plans/${slug}/draft`, 'drafts');
          await page.locator('#publish-note').fill(note);
          await send(label, page.locator('section:has(#publish-note) button[type=submit]'));
          return Number(new URL(page.url()).searchParams.get('published'));
        };
        assert.equal(await publish('version 1', 'Primeira versão.'), 1);
        await page.locator('main table a', { hasText: '-LIN-' }).click();
        await page.waitForURL(/\/draft\/\d+/);
        const code = (await page.locator('#draft-code').inputValue()).trim();
        await page.locator('#draft-objective-0').fill('Chegar a 150 pessoas por ano.');
        await page.locator('#draft-level-1').check();
        await send('reword', page.locator('form.draft-form button[type=submit]'));
        assert.equal(await publish('version 2', 'Mais pessoas; nível 1.'), 2);

        // A resident reads what changed.
        await browser.context.clearCookies();
        await go(`/plans/${slug}/measures/${code}/changes`, 'the changes');
        assert.deepEqual(await htmlLangDir(page), { lang, dir: lang === 'ar' ? 'rtl' : 'ltr' });
        assert.deepEqual(await page.locator('.diff-field h2').allInnerTexts(), [msg(lang, 'plans-diff-field-level'), msg(lang, 'plans-diff-field-objectives')]);
        assert.ok((await page.locator('.diff-field del').allTextContents()).some((t) => t.includes('100')));
        assert.ok((await page.locator('.diff-field ins').allTextContents()).some((t) => t.includes('150')));
        await assertPageAccessible(env, opened, 'the changes');
        assertNoProblems(problems, `journey (JavaScript ${js ? 'on' : 'off'})`);
      } finally {
        await page.close();
      }
    });
  });
}
