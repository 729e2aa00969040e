/**
 * Astro content-layer loaders over the validation gate. YAML kinds are stored from the validated
 * model; MDX kinds (cases, guides) go through Astro's glob loader after the gate has passed, so
 * they render with MDX and may embed components. In `astro dev`, saving any file of the handbook
 * re-runs the gate and updates the pages.
 */
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { HandbookModel } from '../lib/model.ts';
import { gateModel, handbookDir, inHandbook } from './gate.ts';

type YamlKind = 'touchpoints' | 'sops' | 'checklists';

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

/** One entry per validated entity of a YAML kind. */
export function yamlLoader(kind: YamlKind): Loader {
  return {
    name: `touchstone-${kind}`,
    load: async (ctx) => {
      const sync = async () => {
        const model: HandbookModel = gateModel((w) => ctx.logger.warn(w));
        const entries = model[kind];
        for (const id of ctx.store.keys()) if (!entries.has(id)) ctx.store.delete(id);
        for (const entry of entries.values()) {
          const data = entry.data as unknown as Record<string, unknown>;
          ctx.store.set({ id: entry.id, data, filePath: relative(fileURLToPath(ctx.config.root), join(handbookDir(), entry.file)).split('\\').join('/'), digest: ctx.generateDigest(data) });
        }
      };
      await sync();
      watch(ctx, sync);
    },
  };
}

/** The handbook's configuration, as the single entry "handbook". */
export function configLoader(): Loader {
  return {
    name: 'touchstone-handbook',
    load: async (ctx) => {
      const sync = async () => {
        const model = gateModel();
        const data = model.config as unknown as Record<string, unknown>;
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
