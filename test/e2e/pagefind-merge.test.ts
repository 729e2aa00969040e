/**
 * The search index built in parts and merged (src/search/pagefind.ts, pagefind-merge.ts)
 * answers exactly as one Pagefind run over the same pages: the built example site indexed once in
 * one run and once in runs of 7 pages, then the same queries (Chinese, English, prefixes, filters)
 * asked of both through Pagefind's own pagefind.js in Chromium.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { encodeCbor, readPagefindFile } from '../../src/search/pagefind-format.ts';
import { mergeBundles } from '../../src/search/pagefind-merge.ts';
import { indexSite } from '../../src/search/pagefind.ts';
import { askPagefind, launchBrowser, serve, type PagefindAnswer, type StaticServer } from './harness.ts';
import { site } from './site.ts';

let work: string;
let browser: Browser;
const servers: Record<'one' | 'parts', StaticServer | undefined> = { one: undefined, parts: undefined };
let runs = 0;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'touchstone-pagefind-merge-'));
  for (const name of ['one', 'parts'] as const) {
    const dir = join(work, name);
    cpSync(site().dir, dir, { recursive: true });
    const result = await indexSite(dir, () => {}, { pagesPerRun: name === 'one' ? 100_000 : 7 });
    if (name === 'parts') runs = result.runs;
    servers[name] = await serve(dir);
  }
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await servers.one?.close();
  await servers.parts?.close();
  rmSync(work, { recursive: true, force: true });
});

type Answer = PagefindAnswer;

const bundleOf = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
const metaOf = (dir: string, hash: string) =>
  readPagefindFile(readFileSync(join(dir, `pagefind.${hash}.pf_meta`))) as [
    string,
    [string, number, string][],
    [string, string, string][],
  ];
/** A page's fragment: its URL (and the rest of what Pagefind shows). */
const fragmentOf = (dir: string, name: string) => {
  const raw = gunzipSync(readFileSync(join(dir, 'fragment', `${name}.pf_fragment`))).toString('utf8');
  return JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string };
};

/** What Pagefind answers on the site at `server` for the term, in its order, with the facet counts. */
function ask(server: StaticServer, locale: string, term: string | null, filters?: Record<string, string[]>) {
  return askPagefind(browser, server.url, locale, term, filters);
}

describe('a search index built in parts and merged', () => {
  test('was built in several runs', () => {
    expect(runs).toBeGreaterThan(3);
  });

  test.each([
    ['zh-cn', '投诉'],
    ['zh-cn', '电梯'],
    ['zh-cn', '夜间照明'],
    ['zh-cn', '回访'],
    ['en', 'complaint'],
    ['en', 'light'],
    ['en', 'barrier gate'],
    ['en', 'guard'],
  ])('answers %s “%s” as one run does: same pages, order, scores, excerpts and sub-results', async (locale, term) => {
    const one = await ask(servers.one!, locale, term);
    const parts = await ask(servers.parts!, locale, term);
    expect(one.results.length, `no results for ${term}`).toBeGreaterThan(0);
    expect(parts).toEqual(one);
  });

  test('leaves out what SEARCH_EXCLUDE names: an item id, shown on its page, finds nothing', async () => {
    const html = readFileSync(join(site().dir, 'zh-cn', 'touchpoints', 'pm-elevator-car', 'index.html'), 'utf8');
    const id = /<p class="item__id">([^<]+)<\/p>/.exec(html)?.[1];
    expect(id, 'an item id on the page').toBeTruthy();
    // The id's own words would otherwise be found (Pagefind splits "pm-elev-01" into words).
    expect((await ask(servers.parts!, 'zh-cn', id!)).results.map((r) => r.url)).not.toContain(
      '/zh-cn/touchpoints/pm-elevator-car/',
    );
    expect((await ask(servers.one!, 'zh-cn', id!)).results.map((r) => r.url)).not.toContain(
      '/zh-cn/touchpoints/pm-elevator-car/',
    );
  });

  test('filters, and facet counts without a query, are the same', async () => {
    const one = await ask(servers.one!, 'zh-cn', null, { 类型: ['案例'] });
    const parts = await ask(servers.parts!, 'zh-cn', null, { 类型: ['案例'] });
    expect(one.results.length).toBeGreaterThan(0);
    // Without a query every score is 0 and Pagefind lists pages in index order: the order a run
    // met them in, or in the merged bundle their word counts. Compared as sets.
    const byUrl = (a: Answer, b: Answer) => a.url.localeCompare(b.url);
    expect([...parts.results].sort(byUrl)).toEqual([...one.results].sort(byUrl));
    expect(parts.filters).toEqual(one.filters);
    const narrowed = await ask(servers.parts!, 'en', 'complaint', { Kind: ['Case'] });
    expect(narrowed.results.length).toBeGreaterThan(0);
    expect(narrowed).toEqual(await ask(servers.one!, 'en', 'complaint', { Kind: ['Case'] }));
  });

  test('reads and writes Pagefind’s own files byte for byte (metadata, word chunks, filters)', () => {
    const dir = join(work, 'one', 'pagefind');
    const files = [
      ...readdirSync(dir)
        .filter((f) => f.endsWith('.pf_meta'))
        .map((f) => join(dir, f)),
      ...readdirSync(join(dir, 'index')).map((f) => join(dir, 'index', f)),
      ...readdirSync(join(dir, 'filter')).map((f) => join(dir, 'filter', f)),
    ];
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const raw = gunzipSync(readFileSync(file));
      expect(
        Buffer.concat([Buffer.from('pagefind_dcd'), encodeCbor(readPagefindFile(readFileSync(file), file))]).equals(
          raw,
        ),
        file,
      ).toBe(true);
    }
  });

  test('chunks words as Pagefind does: one run’s bundle, “merged” alone, has the same chunk ranges and postings', async () => {
    const source = join(work, 'one', 'pagefind');
    const again = join(work, 'again');
    await mergeBundles([source], again);
    // Page numbers differ (the merged bundle numbers pages by word count), so each posting is
    // compared by its page's URL, read from the page's fragment.
    type Postings = [number, unknown, unknown][];
    const chunksOf = (dir: string) =>
      Object.entries(bundleOf(dir).languages).map(([language, { hash }]) => {
        const meta = metaOf(dir, hash);
        const urls = meta[1].map(([fragment]) => fragmentOf(dir, fragment).url);
        const postings = (list: Postings) => {
          let page = 0;
          return list
            .map(([delta, locs, metaLocs]) => [urls[(page += delta)], locs, metaLocs])
            .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
        };
        return {
          language,
          chunks: meta[2].map(([from, to, name]) => {
            const [words] = readPagefindFile(readFileSync(join(dir, 'index', `${name}.pf_index`))) as [
              [string, Postings, [string, Postings][]][],
            ];
            return {
              from,
              to,
              words: words.map(([word, list, variants]) => [
                word,
                postings(list),
                variants.map(([form, l]) => [form, postings(l)]),
              ]),
            };
          }),
        };
      });
    const original = chunksOf(source);
    expect(original.some((l) => l.chunks.length > 1)).toBe(true);
    expect(
      original.flatMap((l) => l.chunks).some((c) => c.words.some((w) => (w[1] as unknown[]).length > 5)),
      'words on several pages',
    ).toBe(true);
    expect(chunksOf(again)).toEqual(original);
  });

  test('numbers pages by word count, so the page list every first search downloads packs small', () => {
    const dir = join(work, 'parts', 'pagefind');
    const one = join(work, 'one', 'pagefind');
    for (const [language, { hash }] of Object.entries(bundleOf(dir).languages)) {
      const pages = metaOf(dir, hash)[1].map(([fragment, words]) => ({ url: fragmentOf(dir, fragment).url, words }));
      const counts = pages.map((p) => p.words);
      expect(counts.length, language).toBeGreaterThan(20);
      expect(new Set(counts).size, language).toBeGreaterThan(5);
      expect(counts, language).toEqual([...counts].sort((a, b) => a - b));
      // …and each page keeps its own count: the one its URL has in one run's bundle.
      const byUrl = new Map(
        metaOf(one, bundleOf(one).languages[language]!.hash)[1].map(([fragment, words]) => [
          fragmentOf(one, fragment).url,
          words,
        ]),
      );
      expect(pages).toEqual(pages.map(({ url }) => ({ url, words: byUrl.get(url) })));
    }
  });
});
