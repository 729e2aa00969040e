/**
 * Has the build write the touchpoint and SOP pages Astro did not render (src/site/entity-pages.ts
 * says why and how), after Astro has written its own and before the after-build passes read them.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { pagesScanned, type PageScan } from './report.ts';

const WRITER_KEY = Symbol.for('touchstone.entityPages');
type Writer = (outDir: string, root: string) => Promise<{ written: Record<string, number>; scans: PageScan[] }>;

export function entityPages(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'touchstone-entity-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:generated': async ({ dir, logger }) => {
        if (process.env.TOUCHSTONE_ASTRO_PAGES === '1') return;
        // The routes' module registers the writer when Astro loads them for getStaticPaths.
        const write = (globalThis as unknown as { [WRITER_KEY]?: Writer })[WRITER_KEY];
        if (!write) return;
        const started = performance.now();
        const { written, scans } = await write(fileURLToPath(dir), root);
        pagesScanned(scans);
        const total = Object.values(written).reduce((a, b) => a + b, 0);
        const counts = Object.entries(written).map(([kind, n]) => `${kind} ${n}`).join(', ');
        logger.info(`Wrote ${total} pages from strings (${counts}) in ${((performance.now() - started) / 1000).toFixed(2)} s`);
      },
    },
  };
}
