/**
 * Long sections split into numbered pages. The touchpoint, SOP and case indexes list at most
 * `site.listPageSize` entries (handbook.yaml, default 100) per page: the first page at
 * /<locale>/<section>/, the others at /<locale>/<section>/page/<n>/. An index of thousands of
 * entries on one page was megabytes of HTML (5.4 MB for 7,298 touchpoints), and its filters
 * then only filter the page shown, so a paged index links each filter value to the search page
 * filtered by it instead (src/site/search-filters.ts).
 */
import type { Locale } from '../i18n/locale.ts';
import type { Entry, EntityKind } from '../model/model.ts';
import type { CaseFrontmatter, HandbookConfig, Sop, Touchpoint } from '../schema/types.generated.ts';
import { html, type Html } from './html.ts';
import { SEGMENTS } from './i18n.ts';
import { siteModel, type MdxDoc, type SiteModel } from './site-model.ts';
import type { PageContext } from './page.ts';
import { href } from './routes.ts';
import { searchHref, type FacetCount } from './search-filters.ts';

export const DEFAULT_LIST_PAGE_SIZE = 100;

export type ListSection = 'touchpoints' | 'sops' | 'cases';

/** The kind of entity a paged section lists (what its filter links search for). */
const LISTED_KIND: Record<ListSection, EntityKind> = { touchpoints: 'touchpoint', sops: 'sop', cases: 'case' };

export function listPageSize(config: HandbookConfig): number {
  return config.site?.listPageSize ?? DEFAULT_LIST_PAGE_SIZE;
}

/** Pages needed for `total` entries, `size` per page: at least one (an empty index is a page too). */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The entries on page `page` (1-based). */
export function pageSlice<T>(list: readonly T[], page: number, size: number): T[] {
  return list.slice((page - 1) * size, page * size);
}

/** Path after the locale segment (what Base.astro's language switch needs). */
export function listPagePath(section: ListSection, page: number): string {
  return page === 1 ? `${section}/` : `${section}/page/${page}/`;
}

export function listHref(locale: Locale, section: ListSection, page: number): string {
  return page === 1 ? href(locale, section) : `${href(locale, section)}page/${page}/`;
}

interface Listed {
  touchpoints: Entry<Touchpoint>;
  sops: Entry<Sop>;
  cases: MdxDoc<CaseFrontmatter>;
}

const listed = new WeakMap<SiteModel, { [S in ListSection]?: Listed[S][] }>();

/**
 * A section's entries in index order (cases newest first, the others in handbook order), once
 * per model: every page of a paged index slices the same list rather than copying and sorting the
 * whole section again.
 */
export function sectionEntries<S extends ListSection>(model: SiteModel, section: S): Listed[S][] {
  let lists = listed.get(model);
  if (!lists) listed.set(model, (lists = {}));
  const cached = lists[section] as Listed[S][] | undefined;
  if (cached) return cached;
  const made = (
    section === 'cases'
      ? [...model.cases.values()].sort((a, b) => (a.data.date < b.data.date ? 1 : -1))
      : [...model[section].values()]
  ) as Listed[S][];
  (lists as Record<S, Listed[S][]>)[section] = made;
  return made;
}

/** The entries on one page of a section's index, and how many the section has. */
export function sectionPage<S extends ListSection>(
  model: SiteModel,
  section: S,
  page: number,
): { entries: Listed[S][]; total: number } {
  const all = sectionEntries(model, section);
  return { entries: pageSlice(all, page, listPageSize(model.config)), total: all.length };
}

/** The title, breadcrumbs and path (for the language switch) of a page of a section's index. */
export function listPageHead(
  ctx: PageContext,
  section: ListSection,
  page: number,
  pages: number,
): { title: string; crumbs: { label: string; href?: string }[]; path: string } {
  const name = ctx.ui[section];
  return page === 1
    ? { title: name, crumbs: [{ label: name }], path: listPagePath(section, 1) }
    : {
        title: `${name} · ${ctx.ui.pageOf(page, pages)}`,
        crumbs: [{ label: name, href: listHref(ctx.locale, section, 1) }, { label: ctx.ui.pageNumber(page) }],
        path: listPagePath(section, page),
      };
}

/** getStaticPaths of a section index (`[...page].astro`): every locale × every page. */
export async function listPaths(section: ListSection) {
  const model = await siteModel();
  const pages = pageCount(model[section].size, listPageSize(model.config));
  return (model.config.locales as Locale[]).flatMap((locale) =>
    Array.from({ length: pages }, (_, i) => ({
      params: { lang: SEGMENTS[locale], page: i === 0 ? undefined : `page/${i + 1}` },
      props: { locale, page: i + 1, pages },
    })),
  );
}

/**
 * The page numbers a pagination shows: the first, the last, and the current one with its
 * neighbours; `null` where numbers are left out.
 */
export function pageWindow(page: number, pages: number): (number | null)[] {
  const shown = [...new Set([1, page - 1, page, page + 1, pages])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of shown) {
    const last = out[out.length - 1];
    if (typeof last === 'number' && n - last === 2) out.push(last + 1);
    else if (typeof last === 'number' && n - last > 2) out.push(null);
    out.push(n);
  }
  return out;
}

/** Previous, numbered and next links between a section's pages; nothing for a single page. */
export function pagination(ctx: PageContext, section: ListSection, page: number, pages: number): Html {
  if (pages <= 1) return html``;
  const { ui, locale } = ctx;
  const link = (n: number) => listHref(locale, section, n);
  const pageLink = (n: number | null) =>
    n === null
      ? html`<li><span class="pagination__gap" aria-hidden="true">…</span></li>`
      : n === page
        ? html`<li><a href="${link(n)}" aria-current="page" aria-label="${ui.pageNumber(n)}">${n}</a></li>`
        : html`<li><a href="${link(n)}" aria-label="${ui.pageNumber(n)}">${n}</a></li>`;
  return html`
    <nav class="pagination" aria-label="${ui.pagination}">
      <p class="pagination__status">${ui.pageOf(page, pages)}</p>
      <ul>
        ${page > 1 && html`<li><a href="${link(page - 1)}" rel="prev">${ui.previousPage}</a></li>`}
        ${pageWindow(page, pages).map(pageLink)}
        ${page < pages && html`<li><a href="${link(page + 1)}" rel="next">${ui.nextPage}</a></li>`}
      </ul>
    </nav>`;
}

/** Under a paged index's heading: a link down to its filter values (browseByFilters). */
export function browseJump(ctx: PageContext): Html {
  return html`<p><a href="#browse-by">${ctx.ui.browseJump}</a></p>`;
}

/**
 * On the first page of a paged index, after the list: every filter value with its count, each a link to the
 * search page showing every entry of the section that has it.
 */
export function browseByFilters(
  ctx: PageContext,
  section: ListSection,
  total: number,
  facets: readonly FacetCount[],
): Html {
  const { ui } = ctx;
  const kind = LISTED_KIND[section];
  return html`
    <section class="browse" aria-labelledby="browse-by">
      <h2 id="browse-by">${ui.browseBy}</h2>
      <p>${ui.browseHint(total)}</p>
      <div class="browse__groups">
        ${facets.map(
          (f) => html`
            <div class="browse__group">
              <h3>${f.name}</h3>
              <ul>
                ${f.values.map((v) => html`<li><a href="${searchHref(ctx, kind, f.name, v.value)}">${v.value}</a> <span class="browse__count">(${v.count})</span></li>`)}
              </ul>
            </div>`,
        )}
      </div>
    </section>`;
}
