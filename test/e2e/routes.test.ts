/**
 * The built site follows the URL scheme for the handbook it was built from: the root chooses a
 * language, every locale has its home, indexes, search and a page for every entry of the model,
 * both locales publish the same pages, and every page declares its language and has a title.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { localize } from '../../src/i18n/locale.ts';
import { localeOfSegment } from '../../src/site/i18n.ts';
import {
  assertNone,
  classify,
  handbook,
  htmlFiles,
  readSiteFile,
  scanHtml,
  SECTIONS,
  site,
  urlLocales,
  urlOf,
} from './site.ts';

const ENTRIES = {
  touchpoints: 'touchpoints',
  sops: 'sops',
  checklists: 'checklists',
  cases: 'cases',
  guides: 'guides',
} as const;

test('the root links to the default locale', () => {
  const { dir } = site();
  const root = join(dir, 'index.html');
  expect(existsSync(root), 'no index.html at the root').toBe(true);
  const home = `/${urlLocales()[0]}/`;
  const { tags } = scanHtml(readSiteFile(dir, 'index.html'));
  const links = tags.filter((t) => t.name === 'a').map((t) => t.attrs.get('href'));
  const refresh = tags
    .find((t) => t.name === 'meta' && t.attrs.get('http-equiv')?.toLowerCase() === 'refresh')
    ?.attrs.get('content');
  expect(links, `the root has no link to ${home}`).toContain(home);
  for (const locale of urlLocales()) expect(links, `the root has no link to /${locale}/`).toContain(`/${locale}/`);
  if (refresh !== undefined)
    expect(refresh, 'the root redirects elsewhere than the default locale').toMatch(
      new RegExp(`url=${home.replace(/\//g, '\\/')}$`, 'i'),
    );
});

describe.for(urlLocales())('%s', (locale) => {
  test('home, section indexes and search exist', () => {
    const { dir } = site();
    const missing = [`/${locale}/`, ...SECTIONS.map((s) => `/${locale}/${s}/`), `/${locale}/search/`].filter(
      (p) => !existsSync(join(dir, p.slice(1), 'index.html')),
    );
    assertNone(missing, 'missing pages');
  });

  test("a case gives each figure's unit in the page's language", () => {
    const { dir } = site();
    const model = handbook();
    const pageLocale = localeOfSegment(locale)!;
    const missing: string[] = [];
    let checked = 0;
    for (const [id, entry] of model.cases) {
      const html = readSiteFile(dir, `${locale}/cases/${id}/index.html`);
      const shown = [...html.matchAll(/<div class="figure__value">([\s\S]*?)<\/div>/g)].map((m) =>
        m[1]!.replace(/<[^>]+>/g, ''),
      );
      for (const [i, figure] of (entry.data.figures ?? []).entries()) {
        if (figure.unit === undefined) continue;
        checked++;
        const unit = localize(figure.unit, pageLocale, model.config.defaultLocale).text;
        if (!shown[i]?.trimEnd().endsWith(` ${unit}`))
          missing.push(`${id} figure ${i + 1}: “${unit}” in “${shown[i]?.trim()}”`);
      }
    }
    expect(checked).toBeGreaterThan(0);
    assertNone(missing, 'figures without their unit');
  });

  test('every entry of the handbook has its page', () => {
    const { dir } = site();
    const model = handbook();
    const missing: string[] = [];
    for (const [section, key] of Object.entries(ENTRIES)) {
      for (const id of model[key].keys()) {
        const path = `/${locale}/${section}/${id}/`;
        if (!existsSync(join(dir, path.slice(1), 'index.html'))) missing.push(path);
      }
    }
    assertNone(missing, 'entries without a page');
  });

  test('the reference has at least one page', () => {
    const { dir } = site();
    const pages = htmlFiles(dir).filter(
      (f) => classify(urlOf(f)).template === 'reference' && f.startsWith(`${locale}/`),
    );
    expect(pages.length, `no /${locale}/reference/<kind>/ page`).toBeGreaterThan(0);
  });

  test('every page declares its language and has a title, unique in the locale', () => {
    const { dir } = site();
    const problems: string[] = [];
    const titles = new Map<string, string[]>();
    for (const file of htmlFiles(dir).filter((f) => f.startsWith(`${locale}/`))) {
      const { tags } = scanHtml(readSiteFile(dir, file));
      const lang = tags.find((t) => t.name === 'html')?.attrs.get('lang');
      if (lang?.toLowerCase() !== locale) problems.push(`${file}: <html lang="${lang ?? ''}">, expected ${locale}`);
      const html = readSiteFile(dir, file);
      const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1]?.trim() ?? '';
      if (!title) problems.push(`${file}: no <title>`);
      else titles.set(title, [...(titles.get(title) ?? []), file]);
    }
    for (const [title, files] of titles)
      if (files.length > 1) problems.push(`title "${title}" is shared by ${files.join(', ')}`);
    assertNone(problems, 'language or title problems');
  });
});

test('every locale publishes the same pages', () => {
  const { dir } = site();
  const locales = urlLocales();
  const byLocale = new Map(
    locales.map((l) => [
      l,
      new Set(
        htmlFiles(dir)
          .filter((f) => f.startsWith(`${l}/`))
          .map((f) => f.slice(l.length)),
      ),
    ]),
  );
  const problems: string[] = [];
  for (const [l, pages] of byLocale) {
    for (const other of locales) {
      if (other === l) continue;
      for (const p of pages)
        if (!byLocale.get(other)!.has(p)) problems.push(`/${l}${urlOf(p.slice(1))} has no /${other}/ counterpart`);
    }
  }
  assertNone(problems, 'pages missing in a locale');
});
