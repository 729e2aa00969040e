/**
 * Indexes the built site with Pagefind's Node API (the extended binary, which segments Chinese)
 * right after `astro build`, so every build is searchable.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatSizes, measurePages, summarizeSizes } from './report.ts';

/**
 * Parts of reading pages that are not searched, besides those marked data-pagefind-ignore: the
 * labels of definition lists (owner, version, how to check, weight …) and item ids, repeated on
 * every page. As selectors here rather than attributes on each element, they cost no HTML.
 * test/e2e/flows.test.ts mirrors this list when it works out what a page should be found by.
 */
export const SEARCH_EXCLUDE = ['.meta-list > dt', '.item dt', '.item__id'];

export async function indexSite(dir: string, log: (message: string) => void = () => {}): Promise<{ pages: number; ms: number }> {
  const started = performance.now();
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({ rootSelector: 'html', excludeSelectors: SEARCH_EXCLUDE });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) throw new Error(`Pagefind could not index ${dir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${dir.replace(/\/$/, '')}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    const ms = performance.now() - started;
    // scripts/bench.ts reads this line for the indexing time: keep its shape.
    log(`Pagefind indexed ${added.page_count} pages in ${(ms / 1000).toFixed(2)} s`);
    return { pages: added.page_count, ms };
  } finally {
    await pagefind.close();
  }
}

export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'touchstone-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        await indexSite(out, (m) => logger.info(m));
        const started = performance.now();
        const sizes = formatSizes(summarizeSizes(measurePages(out)));
        logger.info(`Page sizes by type (measured in ${((performance.now() - started) / 1000).toFixed(2)} s):\n${sizes}`);
      },
    },
  };
}
