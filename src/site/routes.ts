/** Every URL the site links to is built here, so the scheme lives in one place. */
import type { Locale } from '../i18n/locale.ts';
import { SEGMENTS } from './i18n.ts';

export type Section =
  'touchpoints' | 'sops' | 'checklists' | 'cases' | 'guides' | 'reference' | 'search' | 'audit' | 'progress' | 'edit';

const BASE = (import.meta.env.BASE_URL ?? '/').replace(/\/?$/, '/');

/** Path after the locale segment, e.g. `touchpoints/pm-lobby/`; '' for the locale's home. */
export function pagePath(section?: Section, id?: string): string {
  if (!section) return '';
  return id ? `${section}/${id}/` : `${section}/`;
}

export function href(locale: Locale, section?: Section, id?: string): string {
  return `${BASE}${SEGMENTS[locale]}/${pagePath(section, id)}`;
}

/** The same page in another locale. */
export function hrefFor(locale: Locale, path: string): string {
  return `${BASE}${SEGMENTS[locale]}/${path}`;
}

export function asset(path: string): string {
  return `${BASE}${path.replace(/^\//, '')}`;
}
