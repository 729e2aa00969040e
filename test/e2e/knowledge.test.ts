/**
 * Knowledge checks in Chromium: the widget's JavaScript is fetched only when the reader engages
 * (client:interaction), the questions can be answered and graded with the keyboard alone, a wrong
 * answer fails at the handbook's pass mark, progress survives a reload and shows on the progress
 * page in every locale, and the graded page is axe-clean. Without JavaScript the questions and
 * the answers (in <noscript>) are still there.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { localize } from '../../src/i18n/locale.ts';
import type { Question } from '../../src/schema/types.generated.ts';
import { formatViolations, launchBrowser, openPage, runAxe } from './harness.ts';
import { handbook, site, urlLocales } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const ISLAND = '#knowledge-check-slot astro-island';
const HYDRATED = `${ISLAND}:not([ssr])`;

/** The touchpoint the tests answer: the first (by id) with a multiple-choice and a single-choice question. */
function subject(): {
  id: string;
  questions: Question[];
  passMark: number;
  text: (t: Question['prompt'], locale: string) => string;
} {
  const model = handbook();
  const found = [...model.touchpoints.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .find((t) => (t.data.questions ?? []).some((q) => q.multiple) && (t.data.questions ?? []).some((q) => !q.multiple));
  if (!found) throw new Error('No touchpoint in the handbook has both a single- and a multiple-choice question.');
  const fallback = model.config.defaultLocale;
  const localeKey = (urlLocale: string) => model.config.locales.find((l) => l.toLowerCase() === urlLocale) ?? fallback;
  return {
    id: found.id,
    questions: found.data.questions!,
    passMark: model.config.knowledgeCheck?.passMark ?? 80,
    text: (t, urlLocale) => localize(t, localeKey(urlLocale), fallback).text,
  };
}

const pathOf = (locale: string, id: string) => `/${locale}/touchpoints/${id}/`;

interface Loaded {
  name: string;
  bytes: number;
}

/** Every script the page has fetched so far (Resource Timing; the test server sends no-store). */
async function scriptsLoaded(page: Page): Promise<Loaded[]> {
  return page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => e.initiatorType === 'script' || e.initiatorType === 'link' || /\.m?js(\?|$)/.test(e.name))
      .filter((e) => /\.m?js(\?|$)/.test(new URL(e.name).pathname))
      .map((e) => ({ name: new URL(e.name).pathname, bytes: e.encodedBodySize })),
  );
}

/**
 * Answers with the keyboard only: from the focus start at #knowledge-check, Tab into each question;
 * a radio group is answered with Space (first option) and ArrowDown (the next ones), checkboxes
 * with Space on each one to tick and Tab between them. `pick` says which option ids to choose.
 */
async function answerWithKeyboard(page: Page, questions: Question[], pick: (q: Question) => string[]): Promise<void> {
  for (const [i, q] of questions.entries()) {
    await page.keyboard.press('Tab');
    if (i === 0) await page.waitForSelector(HYDRATED, { timeout: 10_000 });
    const ids = pick(q);
    if (q.multiple) {
      for (const [j, o] of q.options.entries()) {
        if (j > 0) await page.keyboard.press('Tab');
        if (ids.includes(o.id)) await page.keyboard.press('Space');
      }
    } else {
      const target = q.options.findIndex((o) => o.id === ids[0]);
      await page.keyboard.press('Space');
      for (let k = 0; k < target; k++) await page.keyboard.press('ArrowDown');
    }
  }
}

const rightIds = (q: Question) => q.options.filter((o) => o.correct).map((o) => o.id);
const wrongIds = (q: Question) => {
  const wrong = q.options.find((o) => !o.correct)!.id;
  return q.multiple ? [...rightIds(q), wrong] : [wrong];
};

async function expectAxeClean(page: Page, what: string): Promise<void> {
  const violations = await runAxe(page);
  if (violations.length > 0)
    throw new Error(`axe found ${violations.length} violation(s) on ${what}:\n${formatViolations(violations)}`);
}

describe('knowledge check', () => {
  test('a touchpoint page loads no widget JavaScript until the reader interacts with it', async () => {
    const { id } = subject();
    const path = pathOf('en', id);
    const opened = await openPage(browser, `${site().url}${path}`);
    const { page } = opened;
    const requested: string[] = [];
    page.on('request', (r) => {
      if (/\.m?js(\?|$)/.test(new URL(r.url()).pathname)) requested.push(new URL(r.url()).pathname);
    });
    // Reading: scroll the check into view, hover it, wait. Nothing of that is engagement.
    await page.locator('#knowledge-check').scrollIntoViewIfNeeded();
    await page.locator(`${ISLAND} label`).first().hover();
    await page.waitForTimeout(500);
    const before = await scriptsLoaded(page);
    expect(before, `${path} fetched JavaScript before any interaction`).toEqual([]);
    expect(requested).toEqual([]);
    expect(await page.locator(`${ISLAND}[ssr]`).count(), 'the island is still server-rendered').toBe(1);
    // The questions are readable before hydration.
    await expect(page.locator(`${ISLAND} fieldset`).count()).resolves.toBeGreaterThan(0);

    // Engaging: a click on the first option hydrates the island (and checks the option).
    await page.locator(`${ISLAND} label`).first().click();
    await page.waitForSelector(HYDRATED, { timeout: 10_000 });
    const after = await scriptsLoaded(page);
    expect(
      after.some((s) => /KnowledgeCheck/.test(s.name)),
      `the widget's module was not fetched on interaction: ${after.map((s) => s.name).join(', ')}`,
    ).toBe(true);
    expect(await page.locator(`${ISLAND} input`).first().isChecked(), 'the choice made while hydrating was lost').toBe(
      true,
    );
    const html = (await opened.response?.body())?.length ?? 0;
    const total = after.reduce((n, s) => n + s.bytes, 0);
    console.log(
      `[knowledge] ${path}: HTML ${html} B; JS files before interaction: 0 B; after: ${total} B in ${after.length} file(s)\n  ${after.map((s) => `${s.name} ${s.bytes} B`).join('\n  ')}`,
    );
    expect(opened.errors).toEqual([]);
    await opened.close();
  });

  test.for(urlLocales())(
    '%s: keyboard only — answer, check, see every explanation and the score; passing is stored',
    async (locale) => {
      const { id, questions, text } = subject();
      const path = pathOf(locale, id);
      const opened = await openPage(browser, `${site().url}${path}#knowledge-check`);
      const { page } = opened;
      await answerWithKeyboard(page, questions, rightIds);
      await page.keyboard.press('Tab');
      const focusedText = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
      expect(
        await page.evaluate(() => document.activeElement?.getAttribute('type')),
        `Tab after the last question reached "${focusedText}", not the check button`,
      ).toBe('submit');
      await page.keyboard.press('Enter');

      const summary = page.locator('[data-kc-summary]');
      await summary.waitFor({ timeout: 5_000 });
      expect(
        await page.evaluate(() => document.activeElement?.hasAttribute('data-kc-summary')),
        'focus did not move to the result',
      ).toBe(true);
      const result = await summary.innerText();
      expect(result).toContain(`${questions.length}`);
      expect(result).toContain('100%');
      const section = await page.locator('#knowledge-check-slot').innerText();
      for (const q of questions) expect(section, `explanation of ${q.id}`).toContain(text(q.explanation, locale));
      expect(await page.locator('.kc__question--right').count()).toBe(questions.length);

      const stored = await page.evaluate((key) => localStorage.getItem(key), `touchstone:quiz:${id}`);
      expect(JSON.parse(stored ?? 'null')).toMatchObject({ best: 1, passed: true, attempts: 1 });
      expect(opened.errors).toEqual([]);
      await opened.close();
    },
  );

  test('one wrong answer fails at the pass mark of 80; Try again clears the form', async () => {
    const { id, questions, passMark } = subject();
    expect(passMark, 'the example handbook sets knowledgeCheck.passMark: 80').toBe(80);
    const path = pathOf('en', id);
    const opened = await openPage(browser, `${site().url}${path}`);
    const { page } = opened;
    // Mouse this time: the first click hydrates the island.
    for (const [i, q] of questions.entries()) {
      const ids = i === 0 ? wrongIds(q) : rightIds(q);
      for (const o of ids) {
        await page.locator(`${ISLAND} input[value="${o}"][name="kc-${id}-${q.id}${q.multiple ? '[]' : ''}"]`).click();
        await page.waitForSelector(HYDRATED, { timeout: 10_000 });
      }
    }
    await page.getByRole('button', { name: 'Check my answers' }).click();
    const result = await page.locator('[data-kc-summary]').innerText();
    const right = questions.length - 1;
    expect(result).toContain(`${right} of ${questions.length} right`);
    expect(Math.floor((right / questions.length) * 100)).toBeLessThan(80);
    expect(result).toContain('Not passed (pass mark 80%)');
    expect(await page.locator('.kc__question--wrong').count()).toBe(1);
    expect(await page.locator('.kc__question--wrong').innerText()).toContain('Incorrect');
    const stored = JSON.parse(
      (await page.evaluate((key) => localStorage.getItem(key), `touchstone:quiz:${id}`)) ?? 'null',
    );
    expect(stored).toMatchObject({ passed: false, attempts: 1 });

    await page.getByRole('button', { name: 'Try again' }).click();
    expect(await page.locator('[data-kc-summary]').count()).toBe(0);
    expect(await page.locator(`${ISLAND} input:checked`).count()).toBe(0);
    expect(await page.locator(`${ISLAND} input:disabled`).count()).toBe(0);
    expect(opened.errors).toEqual([]);
    await opened.close();
  });

  test('progress survives a reload and shows on the progress page in every locale; axe-clean after grading', async () => {
    const { id, questions } = subject();
    const model = handbook();
    const path = pathOf('en', id);
    const opened = await openPage(browser, `${site().url}${path}#knowledge-check`);
    const { page } = opened;
    await answerWithKeyboard(page, questions, rightIds);
    await page.getByRole('button', { name: 'Check my answers' }).press('Enter');
    await page.locator('[data-kc-summary]').waitFor();
    await expectAxeClean(page, `${path} after grading (light)`);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectAxeClean(page, `${path} after grading (dark)`);
    await page.emulateMedia({ colorScheme: 'light' });

    await page.reload({ waitUntil: 'load' });
    const stored = JSON.parse(
      (await page.evaluate((key) => localStorage.getItem(key), `touchstone:quiz:${id}`)) ?? 'null',
    );
    expect(stored).toMatchObject({ best: 1, passed: true, attempts: 1 });
    // After the reload the widget shows the earlier result once the reader engages.
    await page.locator(`${ISLAND} label`).first().click();
    await page.waitForSelector(HYDRATED);
    await expect(page.locator('#knowledge-check-slot .kc__best').innerText()).resolves.toMatch(
      /passed this check.*100%.*1 attempt/,
    );

    const withChecks = [...model.touchpoints.values(), ...model.sops.values()].filter(
      (e) => (e.data.questions ?? []).length > 0,
    );
    for (const locale of urlLocales()) {
      await page.goto(`${site().url}/${locale}/progress/`, { waitUntil: 'load' });
      await page.waitForSelector(`[data-owner="${id}"][data-status]`, { timeout: 10_000 });
      expect(await page.getAttribute(`[data-owner="${id}"]`, 'data-status'), `${locale}: status of ${id}`).toBe(
        'passed',
      );
      expect(
        await page.locator('.pg__entry').count(),
        `${locale}: every touchpoint and SOP with questions is listed`,
      ).toBe(withChecks.length);
      expect(await page.locator('.pg__entry[data-status="not-yet"]').count()).toBe(withChecks.length - 1);
      const link = await page.getAttribute(`[data-owner="${id}"] a`, 'href');
      expect(link).toBe(`/${locale}/touchpoints/${id}/#knowledge-check`);
      const summary = await page.locator('[data-progress-summary]').innerText();
      expect(summary).toContain(`1`);
      expect(summary).toContain(`${withChecks.length}`);
      await expectAxeClean(page, `/${locale}/progress/`);
    }
    // The link lands on the check.
    await page.click(`[data-owner="${id}"] a`);
    await page.waitForURL(`**/touchpoints/${id}/#knowledge-check`);
    expect(opened.errors).toEqual([]);
    await opened.close();
  });

  test('without JavaScript the questions are readable and the answers are in <details>', async () => {
    const { id, questions, text } = subject();
    const path = pathOf('en', id);
    const opened = await openPage(browser, `${site().url}${path}`, { javaScriptEnabled: false });
    const { page } = opened;
    expect(await page.locator(`${ISLAND} fieldset`).count()).toBe(questions.length);
    expect(await page.locator(`${ISLAND} button`).isVisible(), 'a check button that could not work is shown').toBe(
      false,
    );
    const details = page.locator('#knowledge-check-slot details');
    expect(await details.count()).toBe(questions.length);
    await details.first().locator('summary').click();
    expect(await details.first().innerText()).toContain(text(questions[0]!.explanation, 'en'));
    await opened.close();
  });

  test('at 360 px every option is a touch target at least 44 px tall and nothing overflows', async () => {
    const { id } = subject();
    const opened = await openPage(browser, `${site().url}${pathOf('zh-cn', id)}`, {
      viewport: { width: 360, height: 740 },
    });
    const { page } = opened;
    const boxes = await page
      .locator(`${ISLAND} label`)
      .evaluateAll((labels) =>
        labels.map((l) => l.getBoundingClientRect()).map((r) => ({ h: r.height, right: r.right })),
      );
    expect(boxes.length).toBeGreaterThan(0);
    for (const b of boxes) {
      expect(b.h).toBeGreaterThanOrEqual(44);
      expect(b.right).toBeLessThanOrEqual(360);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await opened.close();
  });
});
