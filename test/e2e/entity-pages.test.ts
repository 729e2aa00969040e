/**
 * In `astro build`, Astro renders one touchpoint page and one SOP page per locale and the build
 * writes the others from the same strings (src/site/written-pages/writer.ts). The example built that way
 * and built with Astro rendering every page (TOUCHSTONE_ASTRO_PAGES=1) must give the same site,
 * page for page and byte for byte, the after-build pass and its report included. One touchpoint and
 * one SOP lose their knowledge check, so that pages without an island are compared too.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadHandbook } from '../../src/gate/load-handbook.ts';
import { REPO, run, scriptEnv } from './harness.ts';

const ASTRO = join(REPO, 'node_modules/astro/bin/astro.mjs');
const work = mkdtempSync(join(tmpdir(), 'touchstone-entity-pages-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The example, with the last touchpoint and the last SOP (not the templates) without questions. */
function handbook(): string {
  const dir = join(work, 'handbook');
  cpSync(join(REPO, 'standards'), dir, { recursive: true });
  for (const folder of ['touchpoints', 'sops']) {
    const file = join(
      dir,
      folder,
      readdirSync(join(dir, folder))
        .filter((f) => f.endsWith('.yaml'))
        .sort()
        .at(-1)!,
    );
    // The top-level `questions:` block, up to the next top-level key.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^questions:\n(?:[ #].*\n|\n)*/m, ''));
  }
  return dir;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) =>
    statSync(join(dir, f)).isDirectory() ? filesUnder(join(dir, f)) : [join(dir, f)],
  );
}

async function astroBuild(
  source: string,
  name: string,
  env: Record<string, string>,
): Promise<{ dir: string; output: string }> {
  const dir = join(work, name);
  const result = await run(
    [process.execPath, ASTRO, 'build', '--outDir', dir],
    { ...scriptEnv(source, join(work, `${name}-cache`)), ...env },
    180_000,
  );
  if (result.code !== 0) throw new Error(`astro build (${name}) exited ${result.code}:\n${result.output.slice(-3000)}`);
  return { dir, output: result.output };
}

test('touchpoint and SOP pages the build writes are the pages Astro renders, byte for byte', async () => {
  // One after the other: builds in the same project share Astro's prerender folder (.astro/).
  const source = handbook();
  const model = loadHandbook(source).model!;
  const withoutQuestions = [...model.touchpoints.values(), ...model.sops.values()].filter(
    (e) => !e.data.questions?.length,
  );
  expect(withoutQuestions.map((e) => e.file)).toEqual([
    expect.stringMatching(/^touchpoints\//),
    expect.stringMatching(/^sops\//),
  ]);
  const written = await astroBuild(source, 'written', {});
  const rendered = await astroBuild(source, 'rendered', { TOUCHSTONE_ASTRO_PAGES: '1' });
  const locales = model.config.locales.length;
  const touchpoints = model.touchpoints.size;
  const sops = model.sops.size;
  expect(touchpoints).toBeGreaterThan(5);
  expect(sops).toBeGreaterThan(2);
  // The default build wrote all but one touchpoint and one SOP per locale itself; the other build none.
  const wrote = (touchpoints - 1 + sops - 1) * locales;
  expect(written.output).toContain(
    `Wrote ${wrote} pages from strings (touchpoints ${(touchpoints - 1) * locales}, sops ${(sops - 1) * locales})`,
  );
  expect(rendered.output).not.toMatch(/pages from strings/);

  const pages = (dir: string) =>
    filesUnder(dir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => relative(dir, f))
      .sort();
  expect(pages(written.dir)).toEqual(pages(rendered.dir));
  const entityPages = (section: string) =>
    pages(rendered.dir).filter((f) => new RegExp(`^[^/]+/${section}/(?!page/)[^/]+/index\\.html$`).test(f));
  expect(entityPages('touchpoints')).toHaveLength(touchpoints * locales);
  expect(entityPages('sops')).toHaveLength(sops * locales);
  // The after-build pass's report: the same sizes, whether it read the pages or was handed them.
  const report = (output: string) => {
    const lines = output.slice(output.indexOf('Page sizes by type')).split('\n').slice(1);
    return lines
      .slice(
        0,
        lines.findIndex((l) => /^\d\d:\d\d:\d\d /.test(l)),
      )
      .join('\n');
  };
  expect(report(written.output)).toContain('touchpoint');
  expect(report(written.output)).toBe(report(rendered.output));
  const differing = pages(rendered.dir).filter(
    (f) => !readFileSync(join(written.dir, f)).equals(readFileSync(join(rendered.dir, f))),
  );
  expect(differing).toEqual([]);
  // Not vacuous: the pages hold the knowledge check's island, server-rendered.
  const withIsland = [...entityPages('touchpoints'), ...entityPages('sops')].filter((f) =>
    readFileSync(join(written.dir, f), 'utf8').includes('<astro-island'),
  );
  expect(withIsland.length).toBeGreaterThan(4 * locales);
  expect(entityPages('touchpoints').length + entityPages('sops').length - withIsland.length).toBe(2 * locales);
}, 240_000);
