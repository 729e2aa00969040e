/**
 * On a small phone (360×740 CSS pixels) no template page scrolls sideways: one page per
 * template (the largest of its kind) in every locale.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage } from './harness.ts';
import { requirePage, site, siteDirOrUndefined, templatePages } from './site.ts';

const WIDTH = 360;
const HEIGHT = 740;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe(`no horizontal overflow at ${WIDTH}×${HEIGHT}`, () => {
  test.for(templatePages(siteDirOrUndefined()))('$name', async (t) => {
    const path = requirePage(t);
    const opened = await openPage(browser, `${site().url}${path}`, {
      viewport: { width: WIDTH, height: HEIGHT },
      stayOnPage: true,
    });
    expect(opened.response?.status(), `HTTP status of ${path}`).toBe(200);
    const { page } = opened;
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const result = await page.evaluate((width) => {
      const scrollWidth = document.documentElement.scrollWidth;
      // The outermost elements sticking out past the right edge, to say where to look.
      const sticking: string[] = [];
      const describe = (el: Element) => {
        const id = el.id ? `#${el.id}` : '';
        const cls =
          typeof el.className === 'string' && el.className.trim()
            ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}`
            : '';
        return `${el.tagName.toLowerCase()}${id}${cls}`;
      };
      for (const el of document.body.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.right <= width + 0.5) continue;
        const parent = el.parentElement;
        if (parent && parent !== document.body && parent.getBoundingClientRect().right > width + 0.5) continue;
        const path: string[] = [];
        for (let e: Element | null = el; e && e !== document.body && path.length < 4; e = e.parentElement)
          path.unshift(describe(e));
        sticking.push(`${path.join(' > ')}  (right edge at ${Math.round(r.right)} px, ${Math.round(r.width)} px wide)`);
        if (sticking.length >= 8) break;
      }
      return { scrollWidth, sticking };
    }, WIDTH);
    if (result.scrollWidth > WIDTH) {
      throw new Error(
        `${path} is ${result.scrollWidth} px wide at a ${WIDTH} px viewport. Sticking out:\n  ${result.sticking.join('\n  ') || '(nothing found: a pseudo-element or a transform?)'}`,
      );
    }
    await opened.close();
  });
});
