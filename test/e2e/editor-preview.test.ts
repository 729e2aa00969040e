/**
 * The editor's preview tab speaks the reader's language: the labels it puts around the data being
 * edited (owner, version, effective date, threshold, red line, section critical, section weight)
 * are the reading pages' words in the page's locale, never the data's key names. Driven as a
 * person does: open the editor on a file, choose the preview tab, read what it shows.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EDITOR_STRINGS } from '../../src/i18n/editor.ts';
import { isLocale, type Locale } from '../../src/i18n/locale.ts';
import { STANDARD_FIELD_WORDS } from '../../src/i18n/standard-fields.ts';
import { formatViolations, launchBrowser, openPage, runAxe, type OpenedPage } from './harness.ts';
import { handbook, site, urlLocales } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The catalog locale of a URL locale ('zh-cn' → 'zh-CN'). */
function localeOf(urlLocale: string): Locale {
  const found = handbook().config.locales.find((l) => l.toLowerCase() === urlLocale);
  if (!found || !isLocale(found)) throw new Error(`no catalog for ${urlLocale}`);
  return found;
}

/** The first touchpoint (by id) with a red-line item and an item with a threshold: every label the preview has. */
function touchpointSubject() {
  const found = [...handbook().touchpoints.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .find(
      (t) =>
        t.data.items.some((i) => i.critical === 'audit' || i.critical === 'section') &&
        t.data.items.some((i) => i.threshold !== undefined),
    );
  if (!found) throw new Error('No touchpoint has both a critical item and a threshold.');
  return found;
}

/** The first checklist (by id) with a section weight. */
function checklistSubject() {
  const found = [...handbook().checklists.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .find((c) => c.data.sections.some((s) => s.weight !== undefined));
  if (!found) throw new Error('No checklist has a section weight.');
  return found;
}

/** Opens the editor on `file` and chooses the preview tab by its name. */
async function openPreview(urlLocale: string, file: string): Promise<OpenedPage> {
  const opened = await openPage(browser, `${site().url}/${urlLocale}/edit/?file=${file}`);
  await opened.page.locator('.editor-app[data-ready="true"]').waitFor();
  await opened.page.getByRole('tab', { name: EDITOR_STRINGS[localeOf(urlLocale)].preview }).click();
  return opened;
}

const preview = (page: Page) => page.getByRole('tabpanel').locator('.ed-preview-page');

describe.each(urlLocales())('the preview in %s', (urlLocale) => {
  const words = () => STANDARD_FIELD_WORDS[localeOf(urlLocale)];

  test("a touchpoint: its meta labels and item badges in the page's words", async () => {
    const tp = touchpointSubject();
    const opened = await openPreview(urlLocale, `touchpoints/${tp.id}.yaml`);
    const w = words();
    const panel = preview(opened.page);
    await expect.poll(() => panel.locator('dt').allTextContents()).toEqual([w.owner, w.version, w.effective]);
    await expect(panel.getByText(tp.data.version, { exact: true }).isVisible()).resolves.toBe(true);
    await expect(panel.getByText(tp.data.effective, { exact: true }).isVisible()).resolves.toBe(true);

    const thresholds = tp.data.items.filter((i) => i.threshold !== undefined);
    await expect(panel.getByText(`${w.threshold}:`).count()).resolves.toBe(thresholds.length);
    const redLines = tp.data.items.filter((i) => i.critical === 'audit').length;
    const sectionCritical = tp.data.items.filter((i) => i.critical === 'section').length;
    await expect(panel.getByText(`${w.redLine}: ${w.redLineHelp}`).count()).resolves.toBe(redLines);
    await expect(panel.getByText(`${w.criticalSection}: ${w.criticalSectionHelp}`).count()).resolves.toBe(
      sectionCritical,
    );

    const violations = await runAxe(opened.page);
    expect(violations, formatViolations(violations)).toEqual([]);
    expect(opened.errors).toEqual([]);
    await opened.close();
  });

  test("a checklist: its section weights labelled in the page's words", async () => {
    const cl = checklistSubject();
    const opened = await openPreview(urlLocale, `checklists/${cl.id}.yaml`);
    const w = words();
    const panel = preview(opened.page);
    const weights = cl.data.sections.filter((s) => s.weight !== undefined).map((s) => s.weight);
    await panel.locator('section').first().waitFor();
    for (const weight of new Set(weights))
      await expect(panel.getByText(`${w.sectionWeight} ${weight}`).count()).resolves.toBe(
        weights.filter((x) => x === weight).length,
      );
    expect(opened.errors).toEqual([]);
    await opened.close();
  });
});
