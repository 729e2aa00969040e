/**
 * Indexes the built site with Pagefind's Node API (the extended binary, which segments Chinese)
 * right after `astro build`, so every build is searchable.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatSizes, measurePages, summarizeSizes } from './report.ts';

export async function indexSite(dir: string, log: (message: string) => void = () => {}): Promise<{ pages: number }> {
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({ rootSelector: 'html' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) throw new Error(`Pagefind could not index ${dir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${dir.replace(/\/$/, '')}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    log(`Pagefind indexed ${added.page_count} pages`);
    return { pages: added.page_count };
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
        logger.info(`Page sizes by type:\n${formatSizes(summarizeSizes(measurePages(out)))}`);
      },
    },
  };
}
