/**
 * Astro content-layer loaders over the validation gate. The YAML kinds are not stored (pages read
 * them from the gate); one entry records the gate's load. MDX kinds (cases, guides) go through
 * Astro's glob loader after the gate has passed, so they render with MDX and may embed
 * components. In `astro dev`, saving any file of the handbook re-runs the gate and updates the
 * pages.
 */
import { join } from 'node:path';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { gateGeneration, gateModel, handbookDir, inHandbook } from './gate.ts';

function watch(ctx: LoaderContext, sync: () => Promise<void>) {
  if (!ctx.watcher) return;
  ctx.watcher.add(handbookDir());
  const onChange = (path: string) => {
    if (!inHandbook(path)) return;
    sync().catch((error: unknown) => ctx.logger.error(String((error as Error).message ?? error)));
  };
  ctx.watcher.on('change', onChange);
  ctx.watcher.on('add', onChange);
  ctx.watcher.on('unlink', onChange);
}

/**
 * The validated handbook's version, as the single entry "handbook". Pages read the YAML kinds
 * from the gate itself (src/site/model.ts), not from the content layer: storing 10,000 entities
 * in Astro's data store, serializing it and reading it back cost seconds and a second copy of the
 * handbook in memory. This entry's digest changes whenever the gate reloads the folder, which is
 * what makes `astro dev` re-render pages when a YAML file is saved.
 */
export function handbookLoader(): Loader {
  return {
    name: 'touchstone-handbook',
    load: async (ctx) => {
      const sync = async () => {
        gateModel((w) => ctx.logger.warn(w));
        const data = { generation: gateGeneration() };
        ctx.store.set({ id: 'handbook', data, digest: ctx.generateDigest(data) });
      };
      await sync();
      watch(ctx, sync);
    },
  };
}

/**
 * Cases or guides, with their translations (`<id>.<locale>.mdx`, entry id `<id>.<locale>`).
 * The gate runs first: a broken handbook stops here with file:line:col, before MDX compiles.
 */
export function mdxLoader(folder: 'cases' | 'guides'): Loader {
  const inner = glob({
    pattern: '**/*.mdx',
    base: join(handbookDir(), folder),
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  });
  return {
    name: `touchstone-${folder}`,
    load: async (ctx) => {
      gateModel();
      await inner.load(ctx);
    },
  };
}
