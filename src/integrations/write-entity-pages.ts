/**
 * Has the build write the touchpoint and SOP pages Astro did not render (src/site/written-pages/writer.ts
 * says why and how), after Astro has written its own and before the after-build passes read them.
 *
 * When the template check fails (a new Astro or Svelte writes pages differently from the strings),
 * nothing is written from strings; Astro renders every page instead, in a second `astro build`
 * with TOUCHSTONE_ASTRO_PAGES=1 into a folder of its own, and the pages this build lacks are
 * copied from it. The build is slower, but complete, with one warning: an optimisation must never
 * stop or corrupt a user's build.
 */
import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inBothLanguages } from '../gate/messages.ts';
import type { PageScan } from '../built-pages/page-scan.ts';
import { pagesScanned } from './after-build-pass.ts';
import { secondsSince } from './build-done-step.ts';

/** Where src/site/written-pages/writer.ts, in the prerender bundle, leaves its writer for this integration. */
export const WRITER_KEY = Symbol.for('touchstone.entityPages');
/**
 * Writes the pages into `outDir` (Astro's output folder; `root` is the project's folder), as the
 * after-build pass leaves pages (the island style in `<head>`), and returns how many of each kind
 * and their scans for the report, so that it need not read them back; `mismatch` (having written
 * nothing) when a template written from strings is not the page Astro wrote; null when this build
 * has Astro render every page.
 */
export type Writer = (
  outDir: string,
  root: string,
) => Promise<
  { written: Record<string, number>; scans: PageScan[] } | { mismatch: { file: string; reason: string } } | null
>;

/** `astro build` as `npm run build` runs it, with Astro rendering every page, into `outDir`. */
function astroRendersEveryPage(root: string, outDir: string, cacheDir: string): Promise<void> {
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const env = { ...process.env, TOUCHSTONE_ASTRO_PAGES: '1', TOUCHSTONE_CACHE_DIR: cacheDir };
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, ['--max-old-space-size=2048', astro, 'build', '--outDir', outDir], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => void (output = (output + chunk.toString('utf8')).slice(-20_000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0
        ? ok()
        : fail(new Error(`astro build with TOUCHSTONE_ASTRO_PAGES=1 failed (exit ${code}):\n${output.slice(-4000)}`)),
    );
  });
}

/** Copies into `into` every file of `from` that `into` does not have (the pages Astro did not render). */
function addMissing(from: string, into: string): void {
  cpSync(from, into, { recursive: true, force: false, errorOnExist: false });
}

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
        const outDir = fileURLToPath(dir);
        const result = await write?.(outDir, root);
        if (!result) return;
        if ('mismatch' in result) {
          logger.warn(inBothLanguages('build-pages-by-astro', result.mismatch));
          const work = mkdtempSync(join(tmpdir(), 'touchstone-astro-pages-'));
          try {
            await astroRendersEveryPage(root, join(work, 'dist'), join(work, 'cache'));
            if (!existsSync(join(work, 'dist')))
              throw new Error('astro build with TOUCHSTONE_ASTRO_PAGES=1 wrote nothing');
            addMissing(join(work, 'dist'), outDir);
          } finally {
            rmSync(work, { recursive: true, force: true });
          }
          logger.info(`Astro rendered every page in ${secondsSince(started)} s`);
          return;
        }
        const { written, scans } = result;
        pagesScanned(scans);
        const total = Object.values(written).reduce((a, b) => a + b, 0);
        const counts = Object.entries(written)
          .map(([kind, n]) => `${kind} ${n}`)
          .join(', ');
        logger.info(`Wrote ${total} pages from strings (${counts}) in ${secondsSince(started)} s`);
      },
    },
  };
}
