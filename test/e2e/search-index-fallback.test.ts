/**
 * The search index step never stops or corrupts a build because of its own optimisations
 * (src/search/pagefind.ts, pagefind-merge.ts):
 *   - with a Pagefind whose files the merge was not written for (simulated through the version
 *     the merge accepts), the site is indexed in one run, with one bilingual warning, and the
 *     index holds every page;
 *   - the merge itself refuses such bundles before writing anything;
 *   - a page that only quotes `data-pagefind-body` in its text is skipped as Pagefind skips it,
 *     and a page Pagefind leaves out although it has the attribute is named in the error.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { MERGEABLE_PAGEFIND, mergeBundles, NotMergeable } from '../../src/search/pagefind-merge.ts';
import { indexSite, pagefindVersion } from '../../src/search/pagefind.ts';
import { site } from './site.ts';

const work = mkdtempSync(join(tmpdir(), 'touchstone-index-fallback-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const copySite = (name: string) => {
  const dir = join(work, name);
  cpSync(site().dir, dir, { recursive: true, filter: (src) => !/[/\\](pagefind|_astro|data)$/.test(src) });
  return dir;
};
const entry = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    version: string;
    languages: Record<string, { page_count: number }>;
  };
const pageCount = (dir: string) => Object.values(entry(dir).languages).reduce((n, l) => n + l.page_count, 0);

describe('the search index with a Pagefind the merge does not know', () => {
  test('the merge is written for the installed Pagefind', () => {
    expect(pagefindVersion()).toBe(MERGEABLE_PAGEFIND);
  });

  test('is built in one run, with one warning in both languages, and holds every page', async () => {
    const parts = copySite('parts');
    const inParts = await indexSite(parts, () => {}, { pagesPerRun: 20 });
    expect(inParts.runs).toBeGreaterThan(1);

    const other = copySite('other');
    const log: string[] = [];
    const result = await indexSite(other, (m) => log.push(m), { pagesPerRun: 20, mergeable: '0.0.0-other' });
    expect(result.runs).toBe(1);
    const warnings = log.filter((m) => m.includes('one Pagefind run'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('0.0.0-other');
    expect(warnings[0]).toContain('搜索索引改为一次 Pagefind 运行');
    expect(result.pages).toBe(inParts.pages);
    expect(pageCount(other)).toBe(pageCount(parts));
    expect(entry(other).version).toBe(pagefindVersion());
  }, 240_000);

  test('the merge refuses bundles of another version before writing anything', async () => {
    const dir = copySite('refused');
    await indexSite(dir, () => {}, { pagesPerRun: 100_000 });
    const bundle = join(dir, 'pagefind');
    const out = join(work, 'refused-merged');
    await expect(mergeBundles([bundle, bundle], out, { understands: '0.0.0-other' })).rejects.toBeInstanceOf(
      NotMergeable,
    );
    expect(existsSync(out)).toBe(false);
  }, 120_000);
});

describe('pages Pagefind did not index', () => {
  const page = (main: string) =>
    `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>${main}</body></html>`;
  /** A site of English pages in `work/name`: en/<folder>/index.html for each folder, with its <main>. */
  const siteOf = (name: string, mains: Record<string, string>) => {
    const dir = join(work, name);
    for (const [folder, main] of Object.entries(mains)) {
      mkdirSync(join(dir, 'en', folder), { recursive: true });
      writeFileSync(join(dir, 'en', folder, 'index.html'), page(main));
    }
    return dir;
  };

  test('a page that only quotes data-pagefind-body is skipped as Pagefind skips it', async () => {
    const dir = siteOf('quoting', {
      a: '<main data-pagefind-body><p>Lobby lighting</p></main>',
      b: '<main><p>The attribute data-pagefind-body &lt;main data-pagefind-body&gt;</p></main>',
    });
    const result = await indexSite(dir);
    expect(result.pages).toBe(1);
  }, 60_000);

  test('a page with data-pagefind-body that Pagefind leaves out is named', async () => {
    const dir = siteOf('left-out', {
      a: '<main data-pagefind-body><p>Lobby lighting</p></main>',
      // Pagefind indexes no page without text.
      empty: '<main data-pagefind-body></main>',
    });
    await expect(indexSite(dir)).rejects.toThrow(
      /not indexed: en\/empty\/index\.html[\s\S]*未索引：en\/empty\/index\.html/,
    );
  }, 60_000);
});
