// Every page fits a 360 px phone: nothing makes the page wider than the screen (which would
// make it scroll sideways and shrink what matters), in Portuguese, Arabic (right to left) and
// Nepali, for visitors and for a facilitator (here the administrator). Wide tables scroll inside
// their own box; long selects and inputs shrink to the screen.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FACILITATOR_PAGES, RESIDENT_PAGES, checkPrerequisites, openPage, openPath, setup, signIn } from './support.mjs';

checkPrerequisites();

const ADMIN = 'phone-admin@example.org';
const LANGS = ['pt-PT', 'ar', 'ne'];

/** The elements that stick out of a 360 px screen: what makes the page scroll sideways. */
async function overflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wider = document.documentElement.scrollWidth - width;
    if (wider <= 0) return { wider, culprits: [] };
    const culprits = [...document.querySelectorAll('body *')]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && (r.right > width + 1 || r.left < -1) && !e.closest('.table-scroll, .visually-hidden, .skip-link');
      })
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className ? `.${String(e.className).split(' ').join('.')}` : ''} (${Math.round(e.getBoundingClientRect().width)} px)`);
    return { wider, culprits };
  });
}

describe('360 px phone', () => {
  const env = setup({ admins: [ADMIN] });

  for (const js of [false, true]) {
    test(`no page is wider than the phone (JavaScript ${js ? 'on' : 'off'})`, async () => {
      const opened = await openPage(await env.browser(js));
      const { page } = opened;
      await page.setViewportSize({ width: 360, height: 740 });
      const problems = [];
      try {
        const check = async (pages, who) => {
          for (const lang of LANGS) {
            for (const p of pages) {
              const path = `${p}${p.includes('?') ? '&' : '?'}lang=${lang}`;
              await openPath(env, opened, path, `${who} ${path}`);
              const { wider, culprits } = await overflow(page);
              if (wider > 0) problems.push(`${who} ${path}: ${wider} px too wide; ${culprits.join(', ')}`);
            }
          }
        };
        await check(RESIDENT_PAGES, 'visitor');
        await signIn(env, opened, ADMIN, { lang: 'pt-PT', label: `sign in (JavaScript ${js ? 'on' : 'off'})` });
        await check(FACILITATOR_PAGES, 'facilitator');
        assert.deepEqual(problems, [], `pages wider than a 360 px phone:\n${problems.join('\n')}`);
      } finally {
        await page.close();
      }
    });
  }
});
