/**
 * Paged section indexes (src/site/paging.ts) and the links from them into the search page
 * (src/site/search-filters.ts, read back by src/widgets/search-url.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { facetCounts, searchHref, touchpointFilters, type SearchFilters } from '../../../src/site/search-filters.ts';
import {
  listHref,
  listPageHead,
  pageCount,
  pageSlice,
  pageWindow,
  pagination,
  sectionEntries,
  sectionPage,
} from '../../../src/site/paging.ts';
import { pageContext } from '../../../src/site/page.ts';
import { readSearchUrl, writeSearchUrl } from '../../../src/widgets/search-url.ts';

describe('pageCount and pageSlice', () => {
  it('puts every entry on exactly one page, in order, no page over the size and none empty but a lone first', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 400 }), fc.integer({ min: 1, max: 60 }), (list, size) => {
        const pages = pageCount(list.length, size);
        const slices = Array.from({ length: pages }, (_, i) => pageSlice(list, i + 1, size));
        expect(slices.flat()).toEqual(list);
        for (const s of slices) expect(s.length).toBeLessThanOrEqual(size);
        if (list.length === 0) expect(slices).toEqual([[]]);
        else for (const s of slices) expect(s.length).toBeGreaterThan(0);
      }),
    );
  });

  it('counts pages by rounding up', () => {
    expect(pageCount(0, 100)).toBe(1);
    expect(pageCount(100, 100)).toBe(1);
    expect(pageCount(101, 100)).toBe(2);
    expect(pageCount(7298, 100)).toBe(73);
  });
});

describe('pageWindow', () => {
  it('shows the first, the last and the current page with its neighbours; a gap only where two or more pages are left out', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 500 })
          .chain((pages) => fc.tuple(fc.integer({ min: 1, max: pages }), fc.constant(pages))),
        ([page, pages]) => {
          const shown = pageWindow(page, pages);
          const numbers = shown.filter((n): n is number => n !== null);
          for (const must of [1, page - 1, page, page + 1, pages].filter((n) => n >= 1 && n <= pages))
            expect(numbers).toContain(must);
          expect(numbers).toEqual([...new Set(numbers)].sort((a, b) => a - b));
          shown.forEach((n, i) => {
            if (n !== null) return;
            const before = shown[i - 1] as number;
            const after = shown[i + 1] as number;
            expect(after - before).toBeGreaterThan(2);
          });
          for (let i = 1; i < shown.length; i++)
            if (shown[i] !== null && shown[i - 1] !== null)
              expect((shown[i] as number) - (shown[i - 1] as number)).toBe(1);
        },
      ),
    );
  });

  it('examples', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(5, 73)).toEqual([1, null, 4, 5, 6, null, 73]);
    expect(pageWindow(3, 73)).toEqual([1, 2, 3, 4, null, 73]);
  });
});

describe('pagination', async () => {
  const ctx = await pageContext('zh-CN');
  it('is nothing for a single page', () => {
    expect(pagination(ctx, 'touchpoints', 1, 1).value).toBe('');
  });
  it('marks the current page, and links to the previous and next ones', () => {
    const first = pagination(ctx, 'touchpoints', 1, 3).value;
    expect(first).toContain(`<a href="${listHref('zh-CN', 'touchpoints', 1)}" aria-current="page"`);
    expect(first).not.toContain('rel="prev"');
    expect(first).toContain(`<a href="${listHref('zh-CN', 'touchpoints', 2)}" rel="next">`);
    const last = pagination(ctx, 'sops', 3, 3).value;
    expect(last).toContain(`<a href="${listHref('zh-CN', 'sops', 2)}" rel="prev">`);
    expect(last).not.toContain('rel="next"');
    expect(last.match(/aria-current="page"/g)).toHaveLength(1);
    expect(listHref('zh-CN', 'sops', 3)).toMatch(/\/zh-cn\/sops\/page\/3\/$/);
    expect(listHref('en', 'cases', 1)).toMatch(/\/en\/cases\/$/);
  });
});

describe('facetCounts', () => {
  it('counts, for each filter value, the entries that have it (a value repeated in one entry counts once)', () => {
    const filters = fc.dictionary(
      fc.constantFrom('a', 'b', 'c'),
      fc.array(fc.constantFrom('x', 'y', 'z', ''), { maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(filters, { maxLength: 30 }), (all: SearchFilters[]) => {
        for (const facet of facetCounts(all)) {
          for (const { value, count } of facet.values)
            expect(count).toBe(all.filter((f) => f[facet.name]?.includes(value)).length);
          const counts = facet.values.map((v) => v.count);
          expect(counts).toEqual([...counts].sort((a, b) => b - a));
          expect(facet.values.map((v) => v.value)).not.toContain('');
        }
      }),
    );
  });
});

describe('links into the search page', async () => {
  const ctx = await pageContext('en');
  it('carry the kind and the filter value as the touchpoint pages are indexed with, and the search page reads them back', () => {
    const [, touchpoint] = [...ctx.model.touchpoints][0]!;
    const filters = touchpointFilters(ctx, touchpoint.data);
    for (const [name, values] of Object.entries(filters)) {
      for (const value of values) {
        const url = searchHref(ctx, 'touchpoint', name, value);
        expect(url).toMatch(/\/en\/search\/\?/);
        expect(readSearchUrl(new URL(url, 'http://127.0.0.1/').href)).toEqual({
          q: '',
          filters: { [ctx.ui.kind]: [ctx.ui.kinds['touchpoint']], [name]: [value] },
        });
      }
    }
  });

  it('round-trip any query and filters through the URL', () => {
    const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s !== 'q');
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }).map((s) => s.trim()),
        fc.dictionary(text, fc.uniqueArray(text, { minLength: 1, maxLength: 3 })),
        (q, filters) => {
          const url = writeSearchUrl('http://127.0.0.1/zh-cn/search/?old=1#top', { q, filters });
          expect(url.pathname).toBe('/zh-cn/search/');
          expect(url.hash).toBe('#top');
          expect(readSearchUrl(url.href)).toEqual({ q, filters });
        },
      ),
    );
  });
});

describe('a section as its index lists it', async () => {
  const ctx = await pageContext('zh-CN');
  const { model } = ctx;
  it('is made once per model, cases newest first, and pages slice it', () => {
    const cases = sectionEntries(model, 'cases');
    expect(sectionEntries(model, 'cases')).toBe(cases);
    expect(cases.map((c) => c.data.date)).toEqual([...cases.map((c) => c.data.date)].sort().reverse());
    expect(sectionEntries(model, 'touchpoints').map((e) => e.id)).toEqual([...model.touchpoints.keys()]);
    const first = sectionPage(model, 'touchpoints', 1);
    expect(first.total).toBe(model.touchpoints.size);
    expect(first.entries).toEqual(sectionEntries(model, 'touchpoints').slice(0, first.entries.length));
  });
  it('titles each page of an index differently and links later pages back to the first', () => {
    const heads = [1, 2, 3].map((p) => listPageHead(ctx, 'cases', p, 3));
    expect(new Set(heads.map((h) => h.title)).size).toBe(3);
    expect(heads[0]!.crumbs).toEqual([{ label: ctx.ui.cases }]);
    expect(heads[2]!.crumbs[0]!.href).toBe(listHref('zh-CN', 'cases', 1));
    expect(heads.map((h) => h.path)).toEqual(['cases/', 'cases/page/2/', 'cases/page/3/']);
  });
});
