/**
 * The index step gives Pagefind each reading page's search copy (src/integrations/search-copy.ts)
 * instead of the page: the built example site indexed both ways must give the same search index,
 * file for file and byte for byte, and every reading page must have had a copy.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { indexSite } from '../../src/integrations/pagefind.ts';
import { site } from './site.ts';

const work = mkdtempSync(join(tmpdir(), 'touchstone-search-copy-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? filesUnder(join(dir, f)) : [join(dir, f)]));
}

test('the search copies give Pagefind the same index as the pages themselves', async () => {
  const bundles: Record<'pages' | 'copies', Map<string, Buffer>> = { pages: new Map(), copies: new Map() };
  for (const name of ['pages', 'copies'] as const) {
    const dir = join(work, name);
    cpSync(site().dir, dir, { recursive: true, filter: (src) => !/[/\\](pagefind|_astro|data)$/.test(src) });
    const result = await indexSite(dir, () => {}, { copies: name === 'copies', pagesPerRun: 100_000 });
    expect(result.pages).toBeGreaterThan(50);
    expect(result.asIs, `${name}: pages read as they are`).toBe(name === 'copies' ? 0 : result.pages);
    const out = join(dir, 'pagefind');
    for (const file of filesUnder(out)) bundles[name].set(relative(out, file), readFileSync(file));
  }
  expect([...bundles.copies.keys()].sort()).toEqual([...bundles.pages.keys()].sort());
  expect([...bundles.pages.keys()].filter((f) => f.startsWith('fragment/')).length).toBeGreaterThan(50);
  const differing = [...bundles.pages].filter(([file, bytes]) => !bytes.equals(bundles.copies.get(file)!)).map(([file]) => file);
  expect(differing).toEqual([]);
}, 120_000);
