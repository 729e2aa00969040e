/**
 * Astro content-layer loaders over the validation gate. The YAML kinds are not stored (pages read
 * them from the gate); one entry records the gate's load. Cases and guides are stored after the
 * gate has passed: plain Markdown bodies rendered to HTML, others compiled by MDX and free to
 * embed components. In `astro dev`, saving any file of the handbook re-runs the gate and updates
 * the pages.
 */
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { gateGeneration, gateModel, handbookDir, inHandbook } from './gate-cache.ts';
import { plainMarkdown } from './markdown-body.ts';

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
 * from the gate itself (src/site/site-model.ts), not from the content layer: storing 10,000 entities
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
 * Cases or guides, with their translations (`<id>.<locale>.mdx`, entry id `<id>.<locale>`),
 * from the gate's model: a broken handbook stops here with file:line:col, before MDX compiles.
 * A body that is plain Markdown (markdown-body.ts) is rendered to HTML here, once, and stored
 * with the entry; any other is left to the MDX integration, which compiles the file into a module
 * (`deferredRender`, as Astro's glob loader stores MDX). Unchanged files are not rendered again.
 */
/** The entry id of a case or guide file (relative to the handbook): `<id>` or `<id>.<locale>`. */
export function mdxEntryId(folder: 'cases' | 'guides', file: string): string {
  return file.slice(folder.length + 1).replace(/\.mdx$/, '');
}

export function mdxLoader(folder: 'cases' | 'guides'): Loader {
  return {
    name: `touchstone-${folder}`,
    load: async (ctx) => {
      const sync = async () => {
        const model = gateModel();
        const seen = new Set<string>();
        const put = async (file: string, data: Record<string, unknown>, body: string) => {
          const id = mdxEntryId(folder, file);
          seen.add(id);
          const path = join(model.root, file);
          const filePath = relative(fileURLToPath(ctx.config.root), path).split(sep).join('/');
          // The store keeps an entry whose digest is unchanged as it is (path and all): the digest
          // covers where the file is, not only what it says, and how it is rendered.
          const markdown = plainMarkdown(body);
          const digest = ctx.generateDigest({ filePath, data, body, markdown: markdown !== undefined });
          const existing = ctx.store.get(id);
          if (existing && existing.digest === digest) {
            if (existing.deferredRender) ctx.store.addModuleImport(filePath);
            return;
          }
          if (markdown === undefined) ctx.store.set({ id, data, body, filePath, digest, deferredRender: true });
          else
            ctx.store.set({
              id,
              data,
              body,
              filePath,
              digest,
              rendered: await ctx.renderMarkdown(markdown, { fileURL: pathToFileURL(path) }),
            });
        };
        for (const entry of model[folder].values()) {
          await put(entry.file, entry.data as unknown as Record<string, unknown>, entry.body);
          for (const t of entry.translations.values())
            await put(
              t.file,
              { translationOf: entry.id, ...(t.title !== undefined ? { title: t.title } : {}) },
              t.body,
            );
        }
        for (const id of ctx.store.keys()) if (!seen.has(id)) ctx.store.delete(id);
      };
      await sync();
      watch(ctx, sync);
    },
  };
}
