/**
 * Has the build write the touchpoint pages Astro did not render (src/site/touchpoint-pages.ts says
 * why and how), after Astro has written its own and before the after-build passes read them all.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

const WRITER_KEY = Symbol.for('touchstone.touchpointPages');
type Writer = (outDir: string) => Promise<{ written: number }>;

export function touchpointPages(): AstroIntegration {
  return {
    name: 'touchstone-touchpoint-pages',
    hooks: {
      'astro:build:generated': async ({ dir, logger }) => {
        if (process.env.TOUCHSTONE_ASTRO_PAGES === '1') return;
        const write = (globalThis as unknown as { [WRITER_KEY]?: Writer })[WRITER_KEY];
        // The route's module registers the writer when Astro loads it for getStaticPaths.
        if (!write) return;
        const started = performance.now();
        const { written } = await write(fileURLToPath(dir));
        logger.info(`Wrote ${written} touchpoint pages in ${((performance.now() - started) / 1000).toFixed(2)} s`);
      },
    },
  };
}
