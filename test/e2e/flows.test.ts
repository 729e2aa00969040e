/** What readers and auditors do on the built site, in real Chromium. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, test } from 'vitest';
import { SEARCH_EXCLUDE } from '../../src/search/pagefind.ts';
import { askPagefind, launchBrowser, openPage } from './harness.ts';
import { decodeEntities, htmlFiles, site, urlOf } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** `html` without every element whose opening tag matches `open` (with its content, nested tags of its name counted). */
function withoutElements(html: string, open: RegExp): string {
  let out = html;
  for (;;) {
    const m = new RegExp(open.source, 'i').exec(out);
    if (!m) return out;
    const name = /^<([a-z][a-z0-9-]*)/i.exec(m[0])![1]!.toLowerCase();
    const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
    tags.lastIndex = m.index + m[0].length;
    let depth = 1;
    let end = out.length;
    for (let t = tags.exec(out); t; t = tags.exec(out)) {
      depth += t[1] ? -1 : 1;
      if (depth === 0) {
        end = t.index + t[0].length;
        break;
      }
    }
    out = out.slice(0, m.index) + ' ' + out.slice(end);
  }
}

// What Pagefind leaves out besides data-pagefind-ignore: SEARCH_EXCLUDE, as tag patterns.
test('the search exclusions this file mirrors are the ones the build uses', () => {
  expect(SEARCH_EXCLUDE).toEqual(['.meta-list > dt', '.item dt', '.item__id', '.item .badge--tier']);
});

/** The text Pagefind indexes on a page: <main> without the parts marked data-pagefind-ignore or SEARCH_EXCLUDE. */
function indexedText(html: string): string {
  const main = /<main\b[^>]*data-pagefind-body[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1];
  if (main === undefined) return '';
  let kept = withoutElements(main, /<[a-z][a-z0-9-]*\b[^>]*\sdata-pagefind-ignore\b[^>]*>/);
  // '.meta-list > dt' and '.item dt': reading pages have definition lists only there.
  kept = withoutElements(kept, /<dt\b[^>]*>/);
  kept = withoutElements(kept, /<[a-z]+\b[^>]*\sclass="item__id"[^>]*>/);
  kept = withoutElements(kept, /<[a-z]+\b[^>]*\sclass="badge badge--tier"[^>]*>/);
  return decodeEntities(kept.replace(/<[^>]+>/g, ' '));
}

/** Every page of a locale whose indexed text contains `term`, as URL paths. */
function pagesContaining(term: string, locale: string): string[] {
  const { dir } = site();
  return htmlFiles(dir)
    .map((f) => ({ url: urlOf(f), text: indexedText(readFileSync(join(dir, f), 'utf8')) }))
    .filter((p) => p.url.startsWith(`/${locale}/`) && p.text.includes(term))
    .map((p) => p.url)
    .sort();
}

async function pagefindUrls(locale: string, term: string, filters?: Record<string, string[]>): Promise<string[]> {
  return (await askPagefind(browser, site().url, locale, term, filters)).results.map((r) => r.url).sort();
}

describe('reading', () => {
  it('opens a touchpoint from the index', async () => {
    const { page, close } = await openPage(browser, `${site().url}/zh-cn/touchpoints/`);
    try {
      await page.click('[data-touchpoint="pm-elevator-car"] a');
      await page.waitForURL('**/zh-cn/touchpoints/pm-elevator-car/');
      expect(await page.textContent('h1')).toContain('电梯');
      expect(await page.locator('.threshold', { hasText: '>= 300 lux' }).count()).toBeGreaterThan(0);
      expect(await page.locator('.badge--redline').count()).toBeGreaterThan(0);
    } finally {
      await close();
    }
  });

  it('filters the touchpoint index without JavaScript', async () => {
    const { page, close } = await openPage(browser, `${site().url}/en/touchpoints/`, { javaScriptEnabled: false });
    try {
      const cards = page.locator('[data-touchpoint]');
      const total = await cards.count();
      await page.check('#f-industry-banking');
      const visible = await cards.evaluateAll((els) =>
        els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.getAttribute('data-industry')),
      );
      expect(visible.length).toBeGreaterThan(0);
      expect(visible.length).toBeLessThan(total);
      expect(new Set(visible)).toEqual(new Set(['banking']));
      await page.check('#f-grade-important');
      const both = await cards.evaluateAll((els) =>
        els
          .filter((e) => (e as HTMLElement).offsetParent !== null)
          .map((e) => `${e.getAttribute('data-industry')}/${e.getAttribute('data-grade')}`),
      );
      for (const v of both) expect(v).toBe('banking/important');
    } finally {
      await close();
    }
  });

  it('switches language on the same page, and marks untranslated text with its own lang', async () => {
    const { page, close } = await openPage(browser, `${site().url}/zh-cn/sops/sop-complaint-loop/`);
    try {
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
      await page.click('a[data-lang-switch="en"]');
      await page.waitForURL('**/en/sops/sop-complaint-loop/');
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      const untranslated = await page
        .locator('.untranslated')
        .evaluateAll((els) => els.map((e) => e.getAttribute('lang')));
      for (const lang of untranslated) expect(lang).toBe('zh-CN');
    } finally {
      await close();
    }
  });

  it('"/" focuses the search box from a reading page', async () => {
    const { page, close } = await openPage(browser, `${site().url}/en/touchpoints/pm-pedestrian-gate/`);
    try {
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    } finally {
      await close();
    }
  });

  it('prints a checklist as a clean paper form', async () => {
    const { page, close } = await openPage(browser, `${site().url}/zh-cn/checklists/cl-pm-entrance-mystery/`);
    try {
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await page.locator('.crumbs').isVisible()).toBe(false);
      expect(await page.locator('.print-only').first().isVisible()).toBe(true);
      const breaks = await page
        .locator('.checklist-section')
        .evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore));
      expect(breaks.length).toBe(3);
      expect(breaks.slice(1)).toEqual(['page', 'page']);
      expect(await page.locator('.checklist-section .box').count()).toBeGreaterThan(24);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await close();
    }
  });
});

describe('search', () => {
  it.each(['投诉', '夜间照明', '道闸', '电梯', '回访', '红线'])(
    'finds every Chinese page that contains %s',
    async (term) => {
      const expected = pagesContaining(term, 'zh-cn');
      expect(expected.length, `no page contains ${term}`).toBeGreaterThan(0);
      const found = await pagefindUrls('zh-cn', term);
      expect(found.filter((u) => u.startsWith('/zh-cn/'))).toEqual(expect.arrayContaining(expected));
    },
  );

  it.each(['complaint', 'lighting', 'barrier'])('finds every English page that contains "%s"', async (term) => {
    const expected = pagesContaining(term, 'en').filter((u) =>
      indexedText(readFileSync(join(site().dir, u.slice(1), 'index.html'), 'utf8'))
        .toLowerCase()
        .includes(term),
    );
    expect(expected.length).toBeGreaterThan(0);
    const found = await pagefindUrls('en', term);
    expect(found).toEqual(expect.arrayContaining(expected));
  });

  it('narrows Chinese results with a facet in the search page, showing kind, breadcrumb and highlighted excerpt', async () => {
    const { page, close } = await openPage(browser, `${site().url}/zh-cn/search/?q=${encodeURIComponent('投诉')}`);
    try {
      await page.waitForSelector('#search-results > li');
      const all = await page.locator('#search-results > li').count();
      await page.locator('fieldset[data-facet-group="类型"] input[value="案例"]').check();
      await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length < n, all);
      const kinds = await page.locator('#search-results .result-kind').allTextContents();
      expect(kinds.length).toBeGreaterThan(0);
      expect(new Set(kinds)).toEqual(new Set(['案例']));
      expect(await page.locator('#search-results mark').first().textContent()).toContain('投诉');
      expect(await page.locator('#search-results .result-crumbs').first().textContent()).toContain('案例库');
      expect(page.url()).toContain('q=');
    } finally {
      await close();
    }
  });

  it('lands on the item: sub-results link to item headings', async () => {
    const { page, close } = await openPage(browser, `${site().url}/zh-cn/search/?q=${encodeURIComponent('照度')}`);
    try {
      await page.waitForSelector('#search-results .result-subs a');
      const hrefs = await page
        .locator('#search-results .result-subs a')
        .evaluateAll((els) => els.map((e) => e.getAttribute('href')));
      expect(hrefs.some((h) => /#item-/.test(h ?? ''))).toBe(true);
    } finally {
      await close();
    }
  });

  it('without JavaScript, the search page links to the indexes instead', async () => {
    const { page, close } = await openPage(browser, `${site().url}/en/search/`, { javaScriptEnabled: false });
    try {
      expect(await page.locator('[data-no-js]').isVisible()).toBe(true);
      expect(await page.locator('[data-no-js] a[href$="/en/touchpoints/"]').count()).toBe(1);
    } finally {
      await close();
    }
  });
});
