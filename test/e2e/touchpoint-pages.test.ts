/**
 * In `astro build`, Astro renders one touchpoint page per locale and the build writes the others
 * from the same strings (src/site/touchpoint-pages.ts). The example built that way and built with
 * Astro rendering every page (TOUCHSTONE_ASTRO_PAGES=1) must give the same site, page for page and
 * byte for byte.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/handbook.ts';
import { REPO, scriptEnv } from './harness.ts';

const ASTRO = join(REPO, 'node_modules/astro/bin/astro.mjs');
const work = mkdtempSync(join(tmpdir(), 'touchstone-touchpoint-pages-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? filesUnder(join(dir, f)) : [join(dir, f)]));
}

function astroBuild(name: string, env: Record<string, string>): Promise<{ dir: string; output: string }> {
  const dir = join(work, name);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ASTRO, 'build', '--outDir', dir], {
      cwd: REPO,
      env: { ...scriptEnv(join(REPO, 'standards'), join(work, `${name}-cache`)), ...env },
      stdio: 'pipe',
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve({ dir, output }) : reject(new Error(`astro build (${name}) exited ${code}:\n${output.slice(-3000)}`))));
  });
}

test('touchpoint pages the build writes are the pages Astro renders, byte for byte', async () => {
  // One after the other: builds in the same project share Astro's prerender folder (.astro/).
  const written = await astroBuild('written', {});
  const rendered = await astroBuild('rendered', { TOUCHSTONE_ASTRO_PAGES: '1' });
  const model = loadHandbook(join(REPO, 'standards')).model!;
  const locales = model.config.locales.length;
  const touchpoints = model.touchpoints.size;
  expect(touchpoints).toBeGreaterThan(5);
  // The default build wrote all but one touchpoint per locale itself; the other build none.
  expect(written.output).toContain(`Wrote ${(touchpoints - 1) * locales} touchpoint pages`);
  expect(rendered.output).not.toMatch(/Wrote \d+ touchpoint pages/);

  const pages = (dir: string) => filesUnder(dir).filter((f) => f.endsWith('.html')).map((f) => relative(dir, f)).sort();
  expect(pages(written.dir)).toEqual(pages(rendered.dir));
  const touchpointPages = pages(rendered.dir).filter((f) => /^[^/]+\/touchpoints\/(?!page\/)[^/]+\/index\.html$/.test(f));
  expect(touchpointPages).toHaveLength(touchpoints * locales);
  const differing = pages(rendered.dir).filter((f) => !readFileSync(join(written.dir, f)).equals(readFileSync(join(rendered.dir, f))));
  expect(differing).toEqual([]);
  // Not vacuous: the pages hold the knowledge check's island, server-rendered.
  const withIsland = touchpointPages.filter((f) => readFileSync(join(written.dir, f), 'utf8').includes('<astro-island'));
  expect(withIsland.length).toBeGreaterThan(locales);
}, 240_000);
