/**
 * An auditor's day in real Chromium: score a whole checklist with the keyboard only, reload and
 * find every answer, lose the network and keep scoring, export the record, check it scores the
 * same with `touchstone score`, and import it back.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { CHROMIUM_ARGS, CHROMIUM, runAxe, formatViolations } from './harness.ts';
import { site } from './site.ts';
import { chromium } from 'playwright-core';

let browser: Browser;
let context: BrowserContext;
let page: Page;
const blocked: string[] = [];
const work = mkdtempSync(join(tmpdir(), 'touchstone-audit-'));

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  // Service workers allowed here (offline scoring needs one); every other host is still refused.
  context = await browser.newContext({ viewport: { width: 360, height: 740 }, acceptDownloads: true });
  await context.route(
    () => true,
    async (route) => {
      const host = new URL(route.request().url()).hostname;
      if (host === '127.0.0.1') await route.fallback();
      else {
        blocked.push(route.request().url());
        await route.abort();
      }
    },
  );
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
  expect(blocked).toEqual([]);
});

async function overall(): Promise<string> {
  return (await page.locator('[data-testid="overall"]').textContent()) ?? '';
}

describe('an audit with the checklist cl-pm-entrance-mystery', () => {
  let itemCount = 0;
  let exported = '';

  it('starts from the checklist page and is scored with the keyboard only', async () => {
    await page.goto(`${site().url}/en/checklists/cl-pm-entrance-mystery/`);
    await page.locator('[data-score-checklist]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/audit\/\?checklist=cl-pm-entrance-mystery/);
    await page.locator('input[name="site"]').waitFor();
    await page.locator('input[name="site"]').focus();
    await page.keyboard.type('East gate');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Li Hua');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?id=audit-/);
    await page.locator('.audit-item').first().waitFor();
    itemCount = await page.locator('.audit-item').count();
    expect(itemCount).toBe(24);
    // Jump to the first unanswered item, then answer every item with number keys.
    await page.getByRole('button', { name: 'Next unanswered item' }).focus();
    await page.keyboard.press('Enter');
    for (let i = 0; i < itemCount; i++) {
      const focused = await page.evaluate(() =>
        document.activeElement?.closest('.audit-item')?.getAttribute('data-item'),
      );
      expect(focused, `item ${i} has focus`).toBeTruthy();
      await page.keyboard.press(i === 3 ? '3' : i % 5 === 1 ? '2' : '1');
    }
    expect(await page.locator('[data-testid="completion"]').textContent()).toBe('100%');
    expect(await page.locator('[data-testid="verdict"]').textContent()).not.toBe('Incomplete');
    expect(await overall()).toMatch(/^\d+\.\d%$/);
  });

  it('keeps a photo taken for an item, downscaled, across a reload', async () => {
    const png = join(work, 'gate.png');
    // A 2-by-2 PNG (red, green, blue, white).
    writeFileSync(
      png,
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANBAEB8mmV5QAAAABJRU5ErkJggg==',
        'base64',
      ),
    );
    const item = page.locator('.audit-item').nth(2);
    await item.locator('summary').click();
    await item.locator('input[type="file"]').setInputFiles(png);
    await item.locator('.audit-photos img').waitFor();
    await page.reload();
    const again = page.locator('.audit-item').nth(2);
    await again.locator('.audit-photos img').waitFor();
    const size = await again.locator('.audit-photos img').evaluate((img) => (img as HTMLImageElement).naturalWidth);
    expect(size).toBe(2);
  });

  it('keeps every answer across a reload', async () => {
    const before = await page
      .locator('.audit-choice input:checked')
      .evaluateAll((els) =>
        els.map((e) => `${e.closest('.audit-item')?.getAttribute('data-item')}=${(e as HTMLInputElement).value}`),
      );
    const score = await overall();
    await page.reload();
    await page.locator('.audit-item').first().waitFor();
    const after = await page
      .locator('.audit-choice input:checked')
      .evaluateAll((els) =>
        els.map((e) => `${e.closest('.audit-item')?.getAttribute('data-item')}=${(e as HTMLInputElement).value}`),
      );
    expect(after).toEqual(before);
    expect(after).toHaveLength(itemCount);
    expect(await overall()).toBe(score);
  });

  it('works offline once visited', async () => {
    // The page says it works offline once its cache is filled; the worker must control it too.
    await page.waitForFunction(
      () =>
        navigator.serviceWorker.controller !== null &&
        (document.querySelector('.audit-offline')?.textContent ?? '').startsWith('Works offline'),
      null,
      { timeout: 20_000 },
    );
    await context.setOffline(true);
    try {
      await page.reload();
      await page.locator('.audit-item').first().waitFor();
      const first = page.locator('.audit-item').first();
      await first.locator('.audit-choice[data-value="fails"] input').check();
      expect(await page.locator('.audit-offline').textContent()).toContain('Offline');
      await page.reload();
      await page.locator('.audit-item').first().waitFor();
      expect(await page.locator('.audit-item').first().locator('input:checked').inputValue()).toBe('fails');
    } finally {
      await context.setOffline(false);
    }
  });

  it('exports a record that `touchstone score` scores the same', async () => {
    const shown = await overall();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export YAML' }).click(),
    ]);
    const file = join(work, 'exported.yaml');
    await download.saveAs(file);
    exported = readFileSync(file, 'utf8');
    const r = await runCli(['score', file, '--format', 'json']);
    expect(r.code, r.err + r.out).toBe(0);
    const scored = JSON.parse(r.out) as { overall: number; verdict: string; completion: number };
    expect(`${scored.overall.toFixed(1)}%`).toBe(shown);
    expect(scored.completion).toBe(1);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csvFile = join(work, 'exported.csv');
    await csv.saveAs(csvFile);
    expect(readFileSync(csvFile, 'utf8').split('\n').filter(Boolean).length).toBe(itemCount + 1);
  });

  it("imports the record back, and refuses a broken one with the gate's message", async () => {
    await page.goto(`${site().url}/en/audit/`);
    const input = page.locator('input[type="file"]');
    const broken = join(work, 'broken.yaml');
    writeFileSync(broken, exported.replace(/kind: \S+/, 'kind: surprise-visit'));
    await input.setInputFiles(broken);
    await expect.poll(() => page.locator('[role="alert"]').textContent()).toMatch(/:\d+:\d+/);
    const good = join(work, 'exported.yaml');
    await input.setInputFiles(good);
    // The same audit is still in progress here: importing must ask instead of overwriting it.
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('same id');
    await dialog.getByRole('button', { name: 'Import as new' }).click();
    await page.waitForURL(/\?id=audit-/);
    await page.locator('.audit-item').first().waitFor();
    expect(await page.locator('.audit-choice input:checked').count()).toBe(itemCount);
  });

  it('is accessible while scoring', async () => {
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);
  });

  it('asks before deleting', async () => {
    await page.getByRole('button', { name: 'Delete' }).first().click();
    await page.locator('dialog[open]').getByRole('button', { name: 'Cancel' }).click();
    expect(await page.locator('.audit-item').count()).toBe(itemCount);
    await page.getByRole('button', { name: 'Delete' }).first().click();
    await page.locator('dialog[open]').getByRole('button', { name: 'Delete' }).click();
    await page.waitForURL((u) => !u.search.includes('id='));
  });
});
