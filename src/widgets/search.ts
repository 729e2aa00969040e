import { readSearchUrl, writeSearchUrl } from './search-url.ts';
/**
 * The search page's client: Pagefind (loaded from the built site, its index chosen by the page's
 * language), facets from the index, results with kind, breadcrumb, highlighted excerpt and
 * item-level sub-results. Loaded only on the search page.
 *
 * What the first query downloads stays small on a large handbook: results are fetched ten at a time
 * (each is a fragment request; "more" fetches the next ten), and the facets (every filter's index,
 * which grows with the handbook) load only once the first results are on screen.
 */
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: { url: string; title: string; excerpt: string }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    q: string | null,
    o?: { filters?: Record<string, { any: string[] }> },
  ): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

const root = document.querySelector<HTMLElement>('[data-search]')!;
const input = root.querySelector<HTMLInputElement>('#search-input')!;
const facetsBox = root.querySelector<HTMLElement>('#search-facets')!;
const list = root.querySelector<HTMLOListElement>('#search-results')!;
const status = root.querySelector<HTMLElement>('#search-status')!;
const base = root.dataset.base ?? '/';
const strings = JSON.parse(root.dataset.strings ?? '{}') as {
  results: string;
  none: string;
  loading: string;
  kindKey: string;
  more: string;
};
/** Results shown (and fetched) at a time. */
const PAGE = 10;

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const selected = new Map<string, Set<string>>();

async function load(): Promise<Pagefind> {
  const url = `${base}pagefind/pagefind.js`;
  const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pf.options({ baseUrl: base, excerptLength: 30 });
  return pf;
}

function renderFacets(index: Record<string, Record<string, number>>) {
  // Values chosen in the URL that the index does not have still get a box, so they can be unchecked.
  const filters = new Map(Object.entries(index).map(([key, values]) => [key, new Map(Object.entries(values))]));
  for (const [key, values] of selected) {
    const known = filters.get(key) ?? new Map<string, number>();
    for (const value of values) if (!known.has(value)) known.set(value, 0);
    filters.set(key, known);
  }
  const keys = [...filters.keys()].sort((a, b) =>
    a === strings.kindKey ? -1 : b === strings.kindKey ? 1 : a.localeCompare(b),
  );
  facetsBox.innerHTML = keys
    .map((key, k) => {
      const values = [...(filters.get(key) ?? [])].sort((a, b) => b[1] - a[1]);
      const boxes = values
        .map(
          ([value, count], v) =>
            `<label><input type="checkbox" data-facet="${escape(key)}" value="${escape(value)}" id="facet-${k}-${v}"${selected.get(key)?.has(value) ? ' checked' : ''}> ${escape(value)} <span class="result-crumbs">(${count})</span></label>`,
        )
        .join('<br>');
      return `<fieldset data-facet-group="${escape(key)}"><legend>${escape(key)}</legend>${boxes}</fieldset>`;
    })
    .join('');
}

/** The chosen values of each facet (the URL's shape; Pagefind takes them as `{ any }`). */
function currentFilters(): Record<string, string[]> {
  return Object.fromEntries(
    [...selected].filter(([, values]) => values.size > 0).map(([key, values]) => [key, [...values]]),
  );
}

let generation = 0;
let shown = 0;
let pending: { data(): Promise<PagefindResult> }[] = [];
let facetsLoaded: Promise<void> | undefined;

function renderResult(r: PagefindResult): string {
  const subs = r.sub_results.filter((s) => s.url !== r.url && !s.url.endsWith('#main')).slice(0, 3);
  return `<li>
        <span class="badge result-kind">${escape(r.meta.kind ?? '')}</span>
        <h2 class="result-title"><a href="${escape(r.url)}">${escape(r.meta.title ?? r.url)}</a></h2>
        ${r.meta.crumbs ? `<div class="result-crumbs">${escape(r.meta.crumbs)}</div>` : ''}
        <p class="result-excerpt">${r.excerpt}</p>
        ${subs.length ? `<ul class="result-subs">${subs.map((s) => `<li><a href="${escape(s.url)}">${escape(s.title)}</a><br><span class="result-excerpt">${s.excerpt}</span></li>`).join('')}</ul>` : ''}
      </li>`;
}

/**
 * Shows the next PAGE results (fetching their fragments), replacing the list for a new search only
 * once they are there, and the "more" button while there are more.
 */
async function showMore(mine: number, replace = false) {
  const from = replace ? 0 : shown;
  const next = pending.slice(from, from + PAGE);
  const data = await Promise.all(next.map((r) => r.data()));
  if (mine !== generation) return;
  const html = data.map(renderResult).join('');
  if (replace) list.innerHTML = html;
  else list.insertAdjacentHTML('beforeend', html);
  shown = from + next.length;
  moreButton.hidden = shown >= pending.length;
}

async function run(pf: Pagefind) {
  const mine = ++generation;
  const q = input.value.trim();
  const filters = currentFilters();
  history.replaceState(null, '', writeSearchUrl(location.href, { q, filters }));
  if (!q && Object.keys(filters).length === 0) {
    list.innerHTML = '';
    status.textContent = '';
    moreButton.hidden = true;
    return;
  }
  const search = await pf.search(q || null, {
    filters: Object.fromEntries(Object.entries(filters).map(([key, any]) => [key, { any }])),
  });
  if (mine !== generation || !search) return;
  pending = search.results;
  await showMore(mine, true);
  if (mine !== generation) return;
  status.textContent = search.results.length
    ? strings.results.replace('{n}', String(search.results.length))
    : strings.none;
  // The facets, once the first results are on screen.
  facetsLoaded ??= pf.filters().then(renderFacets, () => {});
}

const moreButton = document.createElement('button');
moreButton.type = 'button';
moreButton.className = 'search-more';
moreButton.textContent = strings.more;
moreButton.hidden = true;
list.after(moreButton);
moreButton.addEventListener('click', () => void showMore(generation));

async function main() {
  status.textContent = strings.loading;
  const pf = await load();
  status.textContent = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(pf), 120);
  };
  input.addEventListener('input', schedule);
  root.querySelector('form')!.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(pf);
  });
  facetsBox.addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    const key = box.dataset.facet;
    if (!key) return;
    const set = selected.get(key) ?? new Set<string>();
    if (box.checked) set.add(box.value);
    else set.delete(box.value);
    selected.set(key, set);
    void run(pf);
  });
  const { q, filters } = readSearchUrl(location.href);
  if (q) input.value = q;
  for (const [key, values] of Object.entries(filters)) selected.set(key, new Set(values));
  if (input.value || selected.size) await run(pf);
}

root.querySelector<HTMLElement>('[data-no-js]')?.setAttribute('hidden', '');
root.querySelector<HTMLElement>('[data-with-js]')?.removeAttribute('hidden');
main().catch((error: unknown) => {
  status.textContent = String((error as Error).message ?? error);
});
