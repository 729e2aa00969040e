/**
 * Vitest globalSetup of the 'e2e' project: builds the example handbook once per run into a
 * temporary folder (the project's own build steps, see harness.ts buildSite), serves it on
 * 127.0.0.1, and provides `touchstoneSite` ({ ok, dir, url } or { ok: false, error }) to every
 * e2e test file. A failed build does not stop the run: the harness's own tests still run, and
 * every site test fails with the build's output (site.ts `site()`).
 *
 * TOUCHSTONE_E2E_SITE=<folder>  test an already built site instead of building (e.g. dist)
 * TOUCHSTONE_E2E_KEEP=1         keep the temporary build folder (its path is printed)
 * TOUCHSTONE_HANDBOOK           the handbook to build (default ./standards), as for npm run build
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { BuildError, buildSite, serve, type SiteInfo, type StaticServer } from './harness.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const log = (line: string) => console.log(`[e2e] ${line}`);
  const given = process.env['TOUCHSTONE_E2E_SITE'];
  let dir: string | undefined;
  let temp: string | undefined;
  let server: StaticServer | undefined;
  let info: SiteInfo;
  try {
    if (given) {
      dir = resolve(given);
      if (!existsSync(join(dir, 'index.html')))
        throw new BuildError(`TOUCHSTONE_E2E_SITE=${given} has no index.html`, '');
      log(`testing the prebuilt site in ${dir}`);
      info = { ok: true, dir, url: '', buildMs: 0, steps: [] };
    } else {
      temp = mkdtempSync(join(tmpdir(), 'touchstone-site-'));
      dir = join(temp, 'dist');
      log(`building the site into ${dir}`);
      const built = await buildSite({ outDir: dir, cacheDir: join(temp, 'cache'), log });
      log(`built in ${(built.ms / 1000).toFixed(1)} s`);
      info = { ok: true, dir, url: '', buildMs: built.ms, steps: built.steps };
    }
    server = await serve(dir);
    info.url = server.url;
    log(`serving ${dir} at ${server.url}`);
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    log(`the site could not be built; every site test will fail with:\n${error}`);
    info = { ok: false, error };
  }
  project.provide('touchstoneSite', info);

  return async () => {
    await server?.close();
    if (temp) {
      if (process.env['TOUCHSTONE_E2E_KEEP']) log(`kept ${dir}`);
      else rmSync(temp, { recursive: true, force: true });
    }
  };
}
