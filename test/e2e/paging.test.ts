/**
 * Long sections are paged (src/site/paging.ts). The example handbook built with
 * `site.listPageSize: 5` pages its 15 touchpoints and 7 cases (its 4 SOPs stay on one page):
 * every entry is listed on exactly one page of its section, the pages link to each other, and
 * the first page's filter values open the search page filtered by them, showing as many results
 * as the link said. The paged pages pass axe (light and dark), html-validate and fit a 360 px
 * screen.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadHandbook } from '../../src/gate/load-handbook.ts';
import { pageCount } from '../../src/site/paging.ts';
import {
  buildSite,
  formatViolations,
  launchBrowser,
  openPage,
  REPO,
  runAxe,
  serve,
  type StaticServer,
} from './harness.ts';
import { HTML_VALIDATE_CONFIG } from './html-validate-config.ts';
import { closeAndRemove } from '../helpers/teardown.ts';

const SIZE = 5;
const SECTIONS = {
  touchpoints: { list: 'touchpoint-list', attr: 'data-touchpoint' },
  sops: { list: 'sop-list', attr: 'data-entry' },
  cases: { list: 'case-list', attr: 'data-entry' },
} as const;
type Section = keyof typeof SECTIONS;

const work = mkdtempSync(join(tmpdir(), 'touchstone-paging-'));
const handbook = join(work, 'standards');
let dir: string;
let server: StaticServer;
let browser: Browser;
let counts: Record<Section, number>;
/** The touchpoints and SOPs with a knowledge check, in the model's order (what "My progress" lists). */
let checks: { touchpoint: { id: string; version: string }[]; sop: { id: string; version: string }[] };

function pagePath(locale: string, section: Section, page: number): string {
  return page === 1 ? `${locale}/${section}/` : `${locale}/${section}/page/${page}/`;
}

function listed(file: string, section: Section): string[] {
  const html = readFileSync(join(dir, file, 'index.html'), 'utf8');
  const { list, attr } = SECTIONS[section];
  expect(html, `${file}: no #${list}`).toContain(`<ul class="cards" id="${list}">`);
  return [...html.matchAll(new RegExp(`<li class="card" ${attr}="([^"]+)"`, 'g'))].map((m) => m[1]!);
}

beforeAll(async () => {
  cpSync(join(REPO, 'standards'), handbook, { recursive: true });
  writeFileSync(
    join(handbook, 'handbook.yaml'),
    `${readFileSync(join(handbook, 'handbook.yaml'), 'utf8')}\nsite:\n  listPageSize: ${SIZE}\n`,
  );
  const model = loadHandbook(handbook).model!;
  counts = { touchpoints: model.touchpoints.size, sops: model.sops.size, cases: model.cases.size };
  const withQuestions = (m: typeof model.touchpoints | typeof model.sops) =>
    [...m.values()]
      .filter((e) => (e.data.questions ?? []).length > 0)
      .map((e) => ({ id: e.id, version: e.data.version }));
  checks = { touchpoint: withQuestions(model.touchpoints), sop: withQuestions(model.sops) };
  expect(checks.touchpoint.length).toBeGreaterThan(2 * SIZE);
  expect(counts.touchpoints).toBeGreaterThan(2 * SIZE);
  expect(counts.sops).toBeLessThanOrEqual(SIZE);
  dir = (await buildSite({ handbook, cacheDir: join(work, 'cache') })).dir;
  server = await serve(dir);
  browser = await launchBrowser();
}, 600_000);

afterAll(() => closeAndRemove(work, browser, server));

describe.for(['zh-cn', 'en'])('%s', (locale) => {
  it.for(Object.keys(SECTIONS) as Section[])(
    '%s: every entry on exactly one page, no page past the last',
    (section) => {
      const pages = pageCount(counts[section], SIZE);
      const seen: string[] = [];
      for (let p = 1; p <= pages; p++) {
        const ids = listed(pagePath(locale, section, p), section);
        expect(ids.length, `${pagePath(locale, section, p)}`).toBeLessThanOrEqual(SIZE);
        expect(ids.length).toBeGreaterThan(0);
        seen.push(...ids);
      }
      expect(seen.length).toBe(counts[section]);
      expect(new Set(seen).size).toBe(counts[section]);
      expect(existsSync(join(dir, pagePath(locale, section, pages + 1), 'index.html'))).toBe(false);
      expect(existsSync(join(dir, `${locale}/${section}/page/1/index.html`))).toBe(false);
    },
  );
});

it('a paged index has no in-page filters; a section that fits keeps them', () => {
  const paged = readFileSync(join(dir, 'zh-cn/touchpoints/index.html'), 'utf8');
  expect(paged).not.toContain('class="filters"');
  expect(paged).toContain('class="browse"');
  // The list comes first; a link under the heading leads down to the filter values.
  expect(paged.indexOf('href="#browse-by"')).toBeGreaterThan(-1);
  expect(paged.indexOf('href="#browse-by"')).toBeLessThan(paged.indexOf('id="touchpoint-list"'));
  expect(paged.indexOf('id="browse-by"')).toBeGreaterThan(paged.indexOf('id="touchpoint-list"'));
  expect(paged).toContain('class="pagination"');
  const single = readFileSync(join(dir, 'zh-cn/sops/index.html'), 'utf8');
  expect(single).not.toContain('class="pagination"');
  expect(single).not.toContain('class="browse"');
});

it('the pages link to each other: numbers, previous and next, the current one marked', async () => {
  const opened = await openPage(browser, `${server.url}/en/touchpoints/page/2/`);
  const { page } = opened;
  const nav = page.getByRole('navigation', { name: 'Pages' });
  await expect(nav.locator('[aria-current="page"]').textContent()).resolves.toBe('2');
  await nav.getByRole('link', { name: 'Next' }).click();
  await page.waitForURL(/\/en\/touchpoints\/page\/3\/$/);
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Page 1' }).click();
  await page.waitForURL(/\/en\/touchpoints\/$/);
  expect(await page.title()).not.toBe('');
  await opened.close();
});

describe('filter values on the first page open the search page filtered by them', () => {
  it.for([
    ['zh-cn', 'touchpoints'],
    ['en', 'cases'],
  ] as const)('%s %s', async ([locale, section]) => {
    const opened = await openPage(browser, `${server.url}/${locale}/${section}/`);
    const { page } = opened;
    const links = page.locator('.browse a');
    const total = await links.count();
    expect(total).toBeGreaterThan(2);
    // The first, a middle and the last value: their counts differ, and so must the results.
    for (const i of [0, Math.floor(total / 2), total - 1]) {
      await page.goto(`${server.url}/${locale}/${section}/`);
      const link = page.locator('.browse a').nth(i);
      const value = (await link.textContent())!.trim();
      const count = Number(/\((\d+)\)/.exec((await link.locator('xpath=..').textContent())!)![1]);
      await link.click();
      await page.waitForURL(/\/search\/\?/);
      await page.waitForFunction(
        () => /\d/.test(document.querySelector('#search-status')?.textContent ?? ''),
        undefined,
        { timeout: 15_000 },
      );
      const status = (await page.textContent('#search-status'))!;
      expect(Number(/\d+/.exec(status)![0]), `${value}: ${status}`).toBe(count);
      await page.waitForSelector('#search-facets input:checked');
      const checked = await page
        .locator('#search-facets input:checked')
        .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
      expect(checked).toContain(value);
      expect(checked).toHaveLength(2);
    }
    expect(opened.errors).toEqual([]);
    await opened.close();
  });
});

describe('paged pages: accessible, valid and fit a phone', () => {
  const pages = [
    'zh-cn/touchpoints/',
    'en/touchpoints/page/2/',
    'zh-cn/cases/page/2/',
    'en/cases/',
    'zh-cn/progress/',
    'en/progress/',
  ];
  const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);

  it.for(pages)('%s', async (path) => {
    const report = await validator.validateString(readFileSync(join(dir, path, 'index.html'), 'utf8'), path);
    expect(
      report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)),
    ).toEqual([]);
    for (const colorScheme of ['light', 'dark'] as const) {
      const opened = await openPage(browser, `${server.url}/${path}`, { colorScheme });
      const violations = await runAxe(opened.page);
      expect(violations, formatViolations(violations)).toEqual([]);
      await opened.close();
    }
    const phone = await openPage(browser, `${server.url}/${path}`, { viewport: { width: 360, height: 740 } });
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await phone.close();
  });
});

describe('"My progress" with more knowledge checks than a page holds', () => {
  const shownOwners = (page: import('playwright-core').Page, kind: string) =>
    page
      .locator(`section[aria-labelledby="progress-${kind}"] .pg__entry`)
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-owner')));

  it("the page does not carry the list; the island fetches it from the locale's data file", () => {
    for (const locale of ['zh-cn', 'en']) {
      const html = readFileSync(join(dir, locale, 'progress/index.html'), 'utf8');
      expect(html).not.toContain('class="pg__entry');
      expect(html).not.toContain(checks.touchpoint.at(-1)!.id);
      expect(html).toContain(`/data/progress/${locale}.json`);
      const listed = JSON.parse(readFileSync(join(dir, 'data/progress', `${locale}.json`), 'utf8')) as [
        string,
        string,
        string,
        [string][],
      ][];
      expect(listed.map(([kind, , , entries]) => [kind, entries.map(([id]) => id)])).toEqual([
        ['touchpoint', checks.touchpoint.map((c) => c.id)],
        ['sop', checks.sop.map((c) => c.id)],
      ]);
    }
  });

  it('shows the checks taken and a page of the others at a time, until every check is shown once', async () => {
    const opened = await openPage(browser, `${server.url}/en/progress/`);
    const { page } = opened;
    const taken = checks.touchpoint.at(-1)!;
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key!, value!),
      [
        `touchstone:quiz:${taken.id}`,
        JSON.stringify({
          best: 1,
          passed: true,
          attempts: 1,
          lastAt: '2026-11-01T09:00:00Z',
          version: taken.version,
          last: 1,
        }),
      ],
    );
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector(`[data-owner="${taken.id}"][data-status="passed"]`);
    const total = checks.touchpoint.length + checks.sop.length;
    expect(await page.locator('[data-progress-summary]').innerText()).toBe(`1 of ${total} checks passed`);
    // The first SIZE not taken, then the one taken (last in order).
    expect(await shownOwners(page, 'touchpoint')).toEqual([
      ...checks.touchpoint.slice(0, SIZE).map((c) => c.id),
      taken.id,
    ]);
    const more = page.locator('[data-progress-more="touchpoint"]');
    const left = checks.touchpoint.length - 1 - SIZE;
    expect(await more.innerText()).toBe(`Show ${Math.min(SIZE, left)} more not yet taken (${left} left)`);
    while (await more.count()) await more.click();
    expect(await shownOwners(page, 'touchpoint')).toEqual(checks.touchpoint.map((c) => c.id));
    expect(
      await page.locator('section[aria-labelledby="progress-touchpoint"] .pg__entry[data-status="not-yet"]').count(),
    ).toBe(checks.touchpoint.length - 1);
    expect(await page.getAttribute(`[data-owner="${taken.id}"] a`, 'href')).toBe(
      `/en/touchpoints/${taken.id}/#knowledge-check`,
    );
    // The SOPs fit on one page: no button.
    expect(await shownOwners(page, 'sop')).toEqual(checks.sop.map((c) => c.id));
    expect(await page.locator('[data-progress-more="sop"]').count()).toBe(0);
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    expect(opened.errors).toEqual([]);
    await opened.close();
  });

  it('says so when the list cannot be loaded', async () => {
    const opened = await openPage(browser, `${server.url}/zh-cn/progress/`);
    const { page } = opened;
    await page.route('**/data/progress/*.json', (route) => route.fulfill({ status: 503, body: '' }));
    await page.reload({ waitUntil: 'load' });
    await expect
      .poll(() => page.locator('[data-progress-summary]').innerText())
      .toBe('知识测验列表载入失败（HTTP 503）。请刷新页面重试。');
    expect(await page.locator('.pg__entry').count()).toBe(0);
    await opened.close();
  });

  it('without JavaScript, leads to the sections whose pages carry the checks', async () => {
    const opened = await openPage(browser, `${server.url}/en/progress/`, { javaScriptEnabled: false });
    const links = await opened.page.locator('main a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(links).toEqual(['/en/touchpoints/', '/en/sops/']);
    await opened.close();
  });
});
