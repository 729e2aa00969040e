/**
 * The search filters of each kind of reading page (Base.astro writes them as
 * `data-pagefind-filter`), and links to the search page filtered by them. The pages and the
 * indexes that link into the search page take them from here, so that a link's filter is exactly
 * the one the pages were indexed with.
 */
import type { EntityKind } from '../model/model.ts';
import type { CaseFrontmatter as Case, Sop, Touchpoint } from '../schema/types.generated.ts';
import type { PageContext } from './page.ts';
import { href } from './routes.ts';
import type { Strings } from '../i18n/site.ts';

/** Filter name → values, as Pagefind's filters (names and values are the locale's labels). */
export type SearchFilters = Record<string, string[]>;

/** The kind of a page as its search filter and meta show it ("触点", "Touchpoint"). */
export function kindLabel(ui: Strings, kind: EntityKind): string {
  return ui.kinds[kind] ?? kind;
}

export function touchpointFilters(ctx: PageContext, t: Touchpoint): SearchFilters {
  const { ui, model } = ctx;
  const tx = model.config.taxonomies;
  return {
    [ui.industry]: [ctx.term(tx.industries, t.industry).text],
    [ui.category]: [ctx.plain(tx.categories.find((c) => c.id === t.category)?.label)],
    [ui.journeyStage]: [ctx.plain(tx.journeyStages.find((c) => c.id === t.journeyStage)?.label)],
    [ui.grade]: [ctx.plain(model.config.grading.grades.find((g) => g.id === model.grades.get(t.id))?.label)],
    [ui.tier]: [...new Set(t.items.map((i) => ctx.plain(tx.tiers.find((x) => x.id === i.tier)?.label)))],
  };
}

export function sopFilters(ctx: PageContext, sop: Sop): SearchFilters {
  return { [ctx.ui.tier]: [ctx.plain(ctx.model.config.taxonomies.tiers.find((t) => t.id === sop.tier)?.label)] };
}

export function caseFilters(ctx: PageContext, c: Case): SearchFilters {
  return {
    [ctx.ui.industry]: [ctx.term(ctx.model.config.taxonomies.industries, c.industry).text],
    ...(c.tags?.length ? { [ctx.ui.tag]: c.tags } : {}),
  };
}

/**
 * The search page showing every page of `kind` with `value` for filter `name` (src/widgets/
 * search.ts reads the filters from the URL: `?<filter>=<value>`, repeatable, beside `q`).
 */
export function searchHref(ctx: PageContext, kind: EntityKind, name: string, value: string): string {
  const params = new URLSearchParams();
  params.append(ctx.ui.kind, kindLabel(ctx.ui, kind));
  params.append(name, value);
  return `${href(ctx.locale, 'search')}?${params.toString()}`;
}

export interface FacetCount {
  name: string;
  /** Values with the number of entries that have each, most first (then by label). */
  values: { value: string; count: number }[];
}

/** How many entries have each value of each filter, over a section's entries' filters. */
export function facetCounts(all: Iterable<SearchFilters>): FacetCount[] {
  const byName = new Map<string, Map<string, number>>();
  for (const filters of all) {
    for (const [name, values] of Object.entries(filters)) {
      let counts = byName.get(name);
      if (!counts) byName.set(name, (counts = new Map()));
      for (const value of new Set(values)) if (value !== '') counts.set(value, (counts.get(value) ?? 0) + 1);
    }
  }
  return [...byName].map(([name, counts]) => ({
    name,
    values: [...counts]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
  }));
}
