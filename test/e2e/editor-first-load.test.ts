/**
 * The editor's first load (issue 17, Speed): the form shows the file before the gate has loaded,
 * and nothing leaves the editor until the gate has checked it. The gate's code arrives apart,
 * after the form; here its validator is held back on the wire (as a slow phone connection would
 * hold it) while a person looks at the page, then let through.
 */
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handbook, site } from './site.ts';
import { ALLOWED_HOST, launchBrowser } from './harness.ts';
import { EDITOR_STRINGS } from '../../src/i18n/editor.ts';
import { localize } from '../../src/i18n/locale.ts';
import { SUBMIT_STRINGS } from '../../src/i18n/submit.ts';

const FILE = 'touchpoints/pm-elevator-car.yaml';
/** The kinds' validators, one chunk each (src/gate/validators/load-validator.ts). */
const VALIDATOR = /\/[a-z]+\.generated\.[^/]*\.js$/;
/** A slow machine may take seconds to draw the form. */
const WAIT = { timeout: 30_000 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the editor with the validators' requests held until `release()`; other hosts are refused. */
async function openHeld(locale: string): Promise<{
  page: Page;
  context: BrowserContext;
  requested: Promise<void>;
  release(): void;
  outside: string[];
}> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const outside: string[] = [];
  const held: Route[] = [];
  let released = false;
  let onRequested = () => {};
  const requested = new Promise<void>((r) => (onRequested = r));
  await context.route(
    () => true,
    async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname !== ALLOWED_HOST) {
        outside.push(url.href);
        await route.abort('blockedbyclient');
      } else if (VALIDATOR.test(url.pathname) && !released) {
        held.push(route);
        onRequested();
      } else await route.fallback();
    },
  );
  const page = await context.newPage();
  await page.goto(`${site().url}/${locale}/edit/?file=${FILE}`);
  return {
    page,
    context,
    requested,
    outside,
    release() {
      released = true;
      for (const route of held.splice(0)) void route.fallback();
    },
  };
}

describe.each([
  ['en', 'en'],
  ['zh-cn', 'zh-CN'],
] as const)('the editor before and after the gate (%s)', (urlLocale, locale) => {
  const s = EDITOR_STRINGS[locale];
  const t = SUBMIT_STRINGS[locale];
  const name = localize(handbook().touchpoints.get('pm-elevator-car')!.data.title, locale, 'zh-CN').text;

  it('shows the form first, checks after, and hands nothing on unchecked', async () => {
    const opened = await openHeld(urlLocale);
    const { page } = opened;
    try {
      await opened.requested;
      // The gate is held: the file is shown in the form all the same.
      await page.getByRole('heading', { name: s.editing(name) }).waitFor();
      await expect.poll(() => page.getByRole('tabpanel').getByRole('textbox').count(), WAIT).toBeGreaterThan(5);
      expect(await page.getByRole('status').filter({ hasText: s.checking }).count()).toBe(1);
      // Nothing leaves unchecked: download and copy are off, and the panel says why.
      const download = page.getByRole('button', { name: t.download });
      expect(await download.isDisabled()).toBe(true);
      expect(await page.getByRole('button', { name: t.copyPatch }).isDisabled()).toBe(true);
      expect(await page.getByText(t.blockedByChecking).isVisible()).toBe(true);
      expect(await page.locator('.editor-app').getAttribute('data-ready')).toBe('false');

      opened.release();
      // The gate has run: its verdict is shown, the file may be downloaded.
      await page.locator('.editor-app[data-ready="true"]').waitFor();
      expect(await page.getByRole('status').filter({ hasText: s.checking }).count()).toBe(0);
      expect(await page.locator('[data-errors]').getAttribute('data-errors')).toBe('0');
      await expect.poll(() => download.isEnabled(), WAIT).toBe(true);
      expect(await page.getByText(t.blockedByChecking).count()).toBe(0);
      expect(opened.outside).toEqual([]);
    } finally {
      opened.release();
      await opened.context.close();
    }
  });
});
