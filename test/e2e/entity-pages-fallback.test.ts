/**
 * When the template check fails (a new Astro or Svelte writing pages differently from the
 * strings; simulated with TOUCHSTONE_TEST_ASTRO_CHANGED=1, which reads the template page Astro
 * wrote as if it ended in a newline), the build does not stop: Astro renders every touchpoint and
 * SOP page, with one warning in both languages, and the site is the one the default build makes.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { REPO, run, scriptEnv } from './harness.ts';
import { site } from './site.ts';

const ASTRO = join(REPO, 'node_modules/astro/bin/astro.mjs');
const work = mkdtempSync(join(tmpdir(), 'touchstone-entity-fallback-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) =>
    statSync(join(dir, f)).isDirectory() ? filesUnder(join(dir, f)) : [join(dir, f)],
  );
}

test('a template that does not match has Astro render every page, with one warning, and the site is complete', async () => {
  const dir = join(work, 'dist');
  const env = { ...scriptEnv(join(REPO, 'standards'), join(work, 'cache')), TOUCHSTONE_TEST_ASTRO_CHANGED: '1' };
  const result = await run([process.execPath, ASTRO, 'build', '--outDir', dir], env, 400_000);
  expect(result.code, result.output.slice(-3000)).toBe(0);
  expect(result.output.match(/rendered by Astro one by one/g)).toHaveLength(1);
  expect(result.output).toContain('触点与 SOP 页面改由 Astro 逐页渲染');
  expect(result.output).not.toMatch(/pages from strings \(/);

  // Every touchpoint and SOP page, as the default build (global setup) wrote them.
  const entityPages = (root: string) =>
    filesUnder(root)
      .map((f) => relative(root, f))
      .filter((f) => /^[^/]+\/(?:touchpoints|sops)\/[^/]+\/index\.html$/.test(f) && !/\/page\//.test(f))
      .sort();
  const expected = entityPages(site().dir);
  expect(expected.length).toBeGreaterThan(20);
  expect(entityPages(dir)).toEqual(expected);
  const differing = expected.filter((f) => !readFileSync(join(dir, f)).equals(readFileSync(join(site().dir, f))));
  expect(differing).toEqual([]);
  expect(existsSync(join(dir, 'index.html'))).toBe(true);
}, 600_000);
