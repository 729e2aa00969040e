/** What every page needs: the model, its locale's strings, and text helpers. */
import type { Locale, LocalizedText, Shown } from '../i18n/locale.ts';
import type { Terms } from '../schema/types.generated.ts';
import { SEGMENTS, localeOfSegment, termLabel, textIn } from './i18n.ts';
import { siteModel, type SiteModel } from './site-model.ts';
import { href } from './routes.ts';
import { UI, type Strings } from '../i18n/site.ts';

export interface PageContext {
  model: SiteModel;
  locale: Locale;
  ui: Strings;
  show: (text: LocalizedText | undefined) => Shown;
  /** Plain text of a localized text (for attributes and titles). */
  plain: (text: LocalizedText | undefined) => string;
  term: (terms: Terms, id: string | undefined) => Shown;
  siteTitle: string;
  locales: Locale[];
  /** The props every page passes to the Base layout: `<Base {...ctx.base} …>`. */
  base: { locale: Locale; locales: Locale[]; siteTitle: string };
}

export async function pageContext(locale: Locale): Promise<PageContext> {
  const model = await siteModel();
  const show = textIn(model.config, locale);
  const siteTitle = show(model.config.title).text;
  const locales = model.config.locales as Locale[];
  return {
    model,
    locale,
    ui: UI[locale],
    show,
    plain: (t) => show(t).text,
    term: (terms, id) => termLabel(terms, id, show),
    siteTitle,
    locales,
    base: { locale, locales, siteTitle },
  };
}

/** The locale of the page being rendered, from its URL (for components embedded in MDX). */
export function localeOfUrl(url: URL, fallback: Locale): Locale {
  const base = (import.meta.env.BASE_URL ?? '/').replace(/\/?$/, '/');
  const segment = url.pathname.slice(base.length).split('/')[0] ?? '';
  return localeOfSegment(segment) ?? fallback;
}

/** Paths for every locale × every id of a collection. */
export async function entityPaths(pick: (m: SiteModel) => Iterable<string>) {
  const model = await siteModel();
  const ids = [...pick(model)];
  return (model.config.locales as Locale[]).flatMap((locale) =>
    ids.map((id) => ({ params: { lang: SEGMENTS[locale], id }, props: { locale, id } })),
  );
}

export async function localePaths() {
  const model = await siteModel();
  return (model.config.locales as Locale[]).map((locale) => ({
    params: { lang: SEGMENTS[locale] },
    props: { locale },
  }));
}

/** The in-browser editor for a standards file (path relative to the handbook folder). */
export function editorHref(locale: Locale, file: string): string {
  return `${href(locale, 'edit')}?file=${encodeURI(file)}`;
}

/** The "edit this standard" URL on the configured repository, if any. */
export function editUrl(model: SiteModel, folder: string, file: string): string | undefined {
  const repo = model.config.repository;
  if (!repo) return undefined;
  const base = (repo.basePath ?? 'standards').replace(/^\/|\/$/g, '');
  return `https://github.com/${repo.owner}/${repo.name}/edit/${repo.branch ?? 'main'}/${base ? base + '/' : ''}${folder}/${file}`;
}
