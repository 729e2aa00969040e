/**
 * The search page's state as a URL: `?q=<query>&<filter>=<value>…`, a filter repeated for
 * several values. A search can be shared, reloaded, and linked to: the paged indexes link each
 * filter value to the search page (src/site/search-filters.ts searchHref writes the same shape).
 */
export interface SearchState {
  q: string;
  /** Filter name → values, as Pagefind's filters. */
  filters: Record<string, string[]>;
}

export function readSearchUrl(href: string): SearchState {
  const params = new URL(href).searchParams;
  // A Map, not an object: a filter named "constructor" or "__proto__" in a URL is just a name.
  const filters = new Map<string, string[]>();
  for (const [key, value] of params) {
    if (key === 'q' || value === '') continue;
    const values = filters.get(key) ?? [];
    if (!values.includes(value)) values.push(value);
    filters.set(key, values);
  }
  return { q: params.get('q')?.trim() ?? '', filters: Object.fromEntries(filters) };
}

/** `href` with its query replaced by the search's (its path and hash kept). */
export function writeSearchUrl(href: string, state: SearchState): URL {
  const url = new URL(href);
  url.search = '';
  if (state.q) url.searchParams.set('q', state.q);
  for (const [key, values] of Object.entries(state.filters))
    for (const value of values) url.searchParams.append(key, value);
  return url;
}
