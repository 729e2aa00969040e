/**
 * Has the build write the touchpoint and SOP pages Astro did not render (src/site/entity-pages.ts
 * says why and how), after Astro has written its own and before the after-build passes read them.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { pagesScanned, type PageScan } from './report.ts';

/** Where src/site/entity-pages.ts, in the prerender bundle, leaves its writer for this integration. */
export const WRITER_KEY = Symbol.for('touchstone.entityPages');
/**
 * Writes the pages into `outDir` (Astro's output folder; `root` is the project's folder), as the
 * after-build pass leaves pages (the island style in `<head>`), and returns how many of each kind
 * and their scans for the report, so that it need not read them back; null when this build has
 * Astro render every page.
 */
export type Writer = (outDir: string, root: string) => Promise<{ written: Record<string, number>; scans: PageScan[] } | null>;

export function entityPages(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'touchstone-entity-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:generated': async ({ dir, logger }) => {
        // The routes' module registers the writer when Astro loads them for getStaticPaths.
        const write = (globalThis as unknown as { [WRITER_KEY]?: Writer })[WRITER_KEY];
        const started = performance.now();
        const result = await write?.(fileURLToPath(dir), root);
        if (!result) return;
        const { written, scans } = result;
        pagesScanned(scans);
        const total = Object.values(written).reduce((a, b) => a + b, 0);
        const counts = Object.entries(written).map(([kind, n]) => `${kind} ${n}`).join(', ');
        logger.info(`Wrote ${total} pages from strings (${counts}) in ${((performance.now() - started) / 1000).toFixed(2)} s`);
      },
    },
  };
}
