/**
 * The changelog proposal (src/widgets/editor/VersionProposal.svelte) in real Chromium: the
 * component on a page of its own (test/helpers/VersionProposalHarness.svelte, bundled by Vite
 * with the Svelte plugin, as Astro bundles the editor), with the example handbook's index and a
 * touchpoint from it. A person edits the YAML, sees the box propose the next version and today's
 * date, types a reason and adds the entry; the file then holds the entry at the top of changelog
 * and the matching version, the box is gone, and a status line says so. Also: nothing is
 * proposed before a change; the button waits for a reason; axe finds nothing; screenshots at
 * 1280 and 360 px, light and dark (/tmp/version-proposal-*.png).
 *
 * It lives with the unit tests (it needs no site build) and starts one Chromium.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handbookIndex } from '../../../../src/gate/handbook-index.ts';
import { loadHandbook } from '../../../../src/gate/load-handbook.ts';
import { localDate } from '../../../../src/editor/version-proposal.ts';
import { VERSIONING_STRINGS } from '../../../../src/i18n/versioning.ts';
import { formatViolations, launchBrowser, openPage, runAxe, serve, type StaticServer } from '../../../e2e/harness.ts';
import { REPO } from '../../../helpers/fixtures.ts';
import { closeAndRemove } from '../../../helpers/teardown.ts';

const FILE = 'touchpoints/pm-elevator-car.yaml';
const TEXT = readFileSync(join(REPO, 'standards', FILE), 'utf8');
const INDEX = handbookIndex(loadHandbook(join(REPO, 'standards'), { today: '2026-11-22' }).model!);

let dir: string;
let site: StaticServer;
let browser: Browser;

/** Builds the page for `locale` into its own folder (the input sits beside it). */
async function buildPage(locale: 'zh-CN' | 'en'): Promise<string> {
  const out = join(dir, locale);
  await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [svelte({ configFile: false })],
    build: {
      outDir: out,
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      rollupOptions: {
        input: join(REPO, 'test/helpers/version-proposal-page.ts'),
        output: { entryFileNames: 'entry.js', assetFileNames: '[name][extname]' },
      },
    },
  });
  writeFileSync(join(out, 'input.json'), JSON.stringify({ file: FILE, index: INDEX, text: TEXT, locale }));
  writeFileSync(
    join(out, 'index.html'),
    `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>VersionProposal</title><link rel="stylesheet" href="./version-proposal-page.css"></head><body><script type="module" src="./entry.js"></script></body></html>`,
  );
  return `${site.url}/${locale}/index.html`;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'touchstone-version-proposal-'));
  site = await serve(dir);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await closeAndRemove(dir, browser, site);
});

/** The YAML view's text after replacing `from` with `to`, typed as a person edits: select all, type the new text. */
async function editYaml(page: Page, from: string, to: string) {
  const area = page.getByLabel('YAML');
  const text = await area.inputValue();
  expect(text).toContain(from);
  await area.fill(text.replace(from, to));
}

describe.each(['zh-CN', 'en'] as const)('the changelog proposal, %s', (locale) => {
  const s = VERSIONING_STRINGS[locale];
  let url: string;

  beforeAll(async () => {
    url = await buildPage(locale);
  }, 120_000);

  it('proposes the next version and today after a change, and adds the entry with the reason typed', async () => {
    const { page, errors, close } = await openPage(browser, url);
    try {
      await page.locator('body[data-ready="true"]').waitFor();
      await expect(page.getByRole('heading', { name: s.title }).count()).resolves.toBe(0);

      // A wording change: a patch.
      await editYaml(page, '  zh-CN: 电梯轿厢\n', '  zh-CN: 电梯轿厢（客梯）\n');
      const box = page.getByRole('region', { name: s.title });
      await box.waitFor();
      const today = await page.evaluate(() => new Date().toISOString());
      const date = localDate(new Date(today));
      await expect(box.getByText(s.proposal('1.2.1', date)).count()).resolves.toBe(1);
      await expect(box.getByText(s.patch).count()).resolves.toBe(1);

      // Adding an item: a minor version.
      await editYaml(
        page,
        '\nitems:\n',
        '\nitems:\n  - id: added-item\n    text: 新条目。\n    dimension: visual\n    tier: basic\n',
      );
      await expect(box.getByText(s.proposal('1.3.0', date)).count()).resolves.toBe(1);

      const button = box.getByRole('button', { name: s.add });
      expect(await button.isDisabled()).toBe(true);
      await box.getByLabel(s.reason).fill('  调整照明条目并新增一条。 ');
      expect(await button.isDisabled()).toBe(false);
      await button.click();

      await page.getByRole('status').getByText(s.added('1.3.0')).waitFor();
      await expect(page.getByRole('region', { name: s.title }).count()).resolves.toBe(0);
      const data = parse(await page.getByLabel('YAML').inputValue()) as {
        version: string;
        changelog: { version: string; date: string; reason: string }[];
      };
      expect(data.version).toBe('1.3.0');
      expect(data.changelog[0]).toEqual({ version: '1.3.0', date, reason: '调整照明条目并新增一条。' });
      expect(data.changelog.slice(1).map((e) => e.version)).toEqual(['1.2.0', '1.1.0', '1.0.0']);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the reason is submitted with Enter; axe finds nothing; 1280 and 360 px, light and dark', async () => {
    for (const [width, scheme] of [
      [1280, 'light'],
      [1280, 'dark'],
      [360, 'light'],
      [360, 'dark'],
    ] as const) {
      const { page, errors, close } = await openPage(browser, url, {
        viewport: { width, height: 800 },
        colorScheme: scheme,
      });
      try {
        await page.locator('body[data-ready="true"]').waitFor();
        await editYaml(page, '  zh-CN: 电梯轿厢\n', '  zh-CN: 电梯轿厢（客梯）\n');
        const box = page.getByRole('region', { name: s.title });
        await box.waitFor();
        expect(formatViolations(await runAxe(page))).toBe('');
        const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scroll).toBeLessThanOrEqual(width);
        await box.screenshot({ path: `/tmp/version-proposal-${locale}-${width}-${scheme}.png` });
        if (width === 360 && scheme === 'dark') {
          await box.getByLabel(s.reason).fill('Wording');
          await box.getByLabel(s.reason).press('Enter');
          await page.getByRole('status').getByText(s.added('1.2.1')).waitFor();
        }
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    }
  });
});
