/**
 * Filters that work without JavaScript: one radio group per facet, and CSS rules (`:has()`) that
 * hide the entries whose data attribute does not hold the checked value. The rules go in the
 * page's <head>.
 */
import type { Shown } from '../i18n/locale.ts';

export interface Facet {
  /** data-* attribute on the entries, e.g. "industry" for data-industry (space-separated values). */
  key: string;
  legend: string;
  values: { id: string; label: Shown }[];
}

export function filterCss(facets: readonly Facet[], scope: string, item: string): string {
  return facets
    .flatMap((f) =>
      f.values.map(
        (v) => `.${scope}:has(#f-${f.key}-${v.id}:checked) ${item}:not([data-${f.key}~="${v.id}"]){display:none}`,
      ),
    )
    .join('\n');
}
