/**
 * Accessibility in real Chromium: axe-core (WCAG 2.0/2.1 A and AA) on one page per template in
 * every locale, in the light and the dark color scheme, plus the search page showing results;
 * and the keyboard: a skip link first, moving focus to main, and a visible focus indicator on
 * every element Tab reaches.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { focused, formatViolations, launchBrowser, openPage, runAxe, tabStops } from './harness.ts';
import { handbook, requirePage, site, siteDirOrUndefined, templatePages, urlLocales } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SCHEMES = ['light', 'dark'] as const;
const pages = templatePages(siteDirOrUndefined());
const cases = pages.flatMap((p) => SCHEMES.map((scheme) => ({ ...p, scheme, title: `${p.name} · ${scheme}` })));

/** A page ready for checks: opened, fonts loaded, no later navigation (the root's meta refresh). */
async function open(path: string, scheme: 'light' | 'dark' = 'light') {
  const opened = await openPage(browser, `${site().url}${path}`, { colorScheme: scheme, stayOnPage: true });
  expect(opened.response?.status(), `HTTP status of ${path}`).toBe(200);
  await opened.page.evaluate(() => document.fonts.ready.then(() => undefined));
  expect(new URL(opened.page.url()).pathname, 'the page navigated away').toBe(path.split('?')[0]);
  return opened;
}

async function expectNoViolations(page: Page, what: string): Promise<void> {
  const violations = await runAxe(page);
  if (violations.length > 0)
    throw new Error(`axe found ${violations.length} violation(s) on ${what}:\n${formatViolations(violations)}`);
}

describe('axe: one page per template', () => {
  test.for(cases)('$title', async (c) => {
    const path = requirePage(c);
    const opened = await open(path, c.scheme);
    await expectNoViolations(opened.page, `${path} (${c.scheme})`);
    await opened.close();
  });
});

/** A word to search for in a locale: the title of the first touchpoint. */
function searchTerm(locale: string): string {
  const model = handbook();
  const first = [...model.touchpoints.values()].sort((a, b) => a.id.localeCompare(b.id))[0];
  if (!first) return 'service';
  const title = first.data.title;
  if (typeof title === 'string') return title;
  const key = Object.keys(title).find((k) => k.toLowerCase() === locale) ?? model.config.defaultLocale;
  return (title as Record<string, string>)[key] ?? Object.values(title)[0] ?? 'service';
}

describe('axe: the search page with results', () => {
  const searchPages = pages.filter((p) => p.template === 'search');
  test.for(
    searchPages.flatMap((p) => SCHEMES.map((scheme) => ({ ...p, scheme, title: `${p.name} · results · ${scheme}` }))),
  )('$title', async (c) => {
    const path = requirePage(c);
    const term = searchTerm(c.locale ?? '');
    const opened = await open(`${path}?q=${encodeURIComponent(term)}`, c.scheme);
    await opened.page
      .waitForFunction(() => document.querySelector('main a[href*="/touchpoints/"]') !== null, undefined, {
        timeout: 15_000,
      })
      .catch(() => {
        throw new Error(`${path}?q=${term} showed no result linking to a touchpoint within 15 s`);
      });
    await expectNoViolations(opened.page, `${path}?q=${term} (${c.scheme})`);
    await opened.close();
  });
});

// ───────────────────────────── keyboard ─────────────────────────────

const touchpointPages = urlLocales().map((locale) =>
  pages.find((p) => p.locale === locale && p.template === 'touchpoints')!,
);

describe('keyboard', () => {
  test.for(touchpointPages)('$name: the first Tab reaches a visible skip link that moves focus to main', async (t) => {
    const path = requirePage(t);
    const opened = await open(path);
    const { page } = opened;
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first.tag, `first Tab stop on ${path} is <${first.tag}> "${first.label}", not a skip link`).toBe('a');
    expect(first.href ?? '', `first Tab stop "${first.label}" is not an in-page link`).toMatch(/^#./);
    expect(first.label, 'the skip link has no text').not.toBe('');
    expect(first.visible, `the skip link "${first.label}" is not visible when focused`).toBe(true);
    const id = decodeURIComponent(first.href!.slice(1));
    const targetInMain = await page.evaluate(
      (target) => document.getElementById(target)?.closest('main') !== null && document.getElementById(target) !== null,
      id,
    );
    expect(targetInMain, `the skip link points at #${id}, which is not main or inside it`).toBe(true);
    await page.keyboard.press('Enter');
    const after = await focused(page);
    if (!after.isMain && !after.inMain) {
      // Not focusable itself: then the next Tab must continue from main (sequential focus start).
      await page.keyboard.press('Tab');
      const next = await focused(page);
      expect(
        next.inMain,
        `after the skip link, focus is on <${after.tag}> and the next Tab reaches <${next.tag}> "${next.label}", outside main`,
      ).toBe(true);
    }
    await opened.close();
  });

  test.for(touchpointPages.flatMap((t) => SCHEMES.map((scheme) => ({ ...t, scheme, title: `${t.name} · ${scheme}` }))))(
    '$title: every element Tab reaches shows a visible focus indicator',
    async (t) => {
      const path = requirePage(t);
      const opened = await open(path, t.scheme);
      const { page } = opened;
      const stops = await tabStops(page);
      const problems: string[] = [];
      for (const f of stops) {
        const what = `<${f.tag}${f.href !== null ? ` href="${f.href}"` : ''}> "${f.label}"`;
        if (!f.visible) problems.push(`${what}: focused but not visible`);
        else if (!f.indicator)
          problems.push(
            `${what}: no focus indicator (outline ${f.after.outlineStyle} ${f.after.outlineWidth} ${f.after.outlineColor}; box-shadow ${f.after.boxShadow})`,
          );
      }
      expect(stops.length, `Tab reached nothing on ${path}`).toBeGreaterThan(0);
      if (problems.length > 0)
        throw new Error(
          `${problems.length} of ${stops.length} focus stops on ${path} (${t.scheme}) have no visible indicator:\n${problems.join('\n')}`,
        );
      await opened.close();
    },
  );
});
