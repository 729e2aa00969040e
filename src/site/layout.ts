/**
 * The page layout as strings: Base.astro renders it around its slot, and the build writes
 * touchpoint pages with it directly (src/site/written-pages/writer.ts says why). One source, so a page
 * Astro renders and a page the build writes cannot drift apart.
 *
 * The markup is what Base.astro wrote as Astro markup, byte for byte: attributes escaped as Astro
 * escapes them (`attr`), whitespace as Astro's compressed HTML leaves it.
 */
import type { Locale } from '../i18n/locale.ts';
import type { EntityKind } from '../model/model.ts';
import { attr, html, raw, type Html } from './html.ts';
import { SEGMENTS } from './i18n.ts';
import { asset, href, hrefFor, type Section } from './routes.ts';
import { kindLabel, type SearchFilters } from './search-filters.ts';
import { UI } from '../i18n/site.ts';

export interface Crumb {
  label: string;
  href?: string;
  lang?: string;
}
export interface SideLink {
  label: string;
  href: string;
  current?: boolean;
  lang?: string;
}
export interface LayoutProps {
  locale: Locale;
  locales: readonly Locale[];
  /** Path after the locale segment, for the language switcher and hreflang links. */
  path: string;
  title: string;
  siteTitle: string;
  description?: string;
  section?: Section;
  crumbs?: Crumb[];
  side?: { title: string; links: SideLink[]; more?: string };
  /** Pagefind: index this page (reading pages), with these filters and meta. */
  search?: { kind: EntityKind; filters?: SearchFilters; meta?: Record<string, string> };
  wide?: boolean;
  /** Page-specific CSS for the head (generated filter rules). */
  headCss?: string | undefined;
}

export interface LayoutParts {
  /** Inside `<head>`, before what Astro adds there (the stylesheet). */
  head: string;
  /** From `<body>`'s start to the opening of `<main>` and its search spans. */
  open: string;
  /** From `</main>` to the end of `<body>`'s content. */
  close: string;
}

const NAV: { section: Section; label: (ui: (typeof UI)[Locale]) => string }[] = [
  { section: 'touchpoints', label: (ui) => ui.touchpoints },
  { section: 'sops', label: (ui) => ui.sopsShort },
  { section: 'checklists', label: (ui) => ui.checklists },
  { section: 'cases', label: (ui) => ui.cases },
  { section: 'guides', label: (ui) => ui.guides },
  { section: 'reference', label: (ui) => ui.reference },
  { section: 'progress', label: (ui) => ui.progressNav },
];

// The only script on reading pages, as Base.astro wrote it (an inline script keeps its whitespace).
const SLASH_SCRIPT = `<script>
      // The only script on reading pages: "/" focuses the search box (search itself loads on the search page).
      addEventListener('keydown', function (e) {
        var t = e.target;
        if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !(t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)))) {
          e.preventDefault();
          document.getElementById('site-search-q').focus();
        }
      });
    </script>`;

export function layoutParts(p: LayoutProps): LayoutParts {
  const {
    locale,
    locales,
    path,
    title,
    siteTitle,
    description,
    section,
    crumbs = [],
    side,
    search,
    wide = false,
    headCss,
  } = p;
  const ui = UI[locale];
  const fullTitle = title === siteTitle ? title : `${title} · ${siteTitle}`;
  const head = html`
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light dark">
    <title>${fullTitle}</title>
    ${description && html`<meta name="description"${attr('content', description)}>`}
    <link rel="icon"${attr('href', asset('favicon.svg'))} type="image/svg+xml">
    ${locales.map((l) => html`<link rel="alternate"${attr('hreflang', l)}${attr('href', hrefFor(l, path))}>`)}
    ${headCss && html`<style>${raw(headCss)}</style>`}`;
  const pageClass = ['page', wide && 'page--wide', side && 'page--side'].filter(Boolean).join(' ');
  const header = html`
    <header class="site-header">
      <div class="site-header__inner">
        <a class="site-title"${attr('href', href(locale))}>${siteTitle}</a>
        <form class="site-search" role="search"${attr('action', href(locale, 'search'))} method="get">
          <label for="site-search-q" class="visually-hidden">${ui.searchLabel}</label>
          <input id="site-search-q" name="q" type="search"${attr('placeholder', ui.searchPlaceholder)} autocomplete="off">
          <button type="submit">${ui.search}</button>
        </form>
        <nav class="lang-switch"${attr('aria-label', ui.switchLanguage)}>
          ${locales
            .filter((l) => l !== locale)
            .map(
              (l) =>
                html`<a${attr('href', hrefFor(l, path))}${attr('hreflang', l)}${attr('lang', l)}${attr('data-lang-switch', SEGMENTS[l])}>${UI[l].languageName}</a>`,
            )}
        </nav>
      </div>
      <nav class="site-nav"${attr('aria-label', ui.mainNav)}>
        <ul>
          ${NAV.map(
            (n) =>
              html`<li><a${attr('href', href(locale, n.section))}${attr('aria-current', n.section === section ? 'page' : undefined)}>${n.label(ui)}</a></li>`,
          )}
        </ul>
      </nav>
    </header>`;
  const breadcrumbs =
    crumbs.length > 0 &&
    html`
      <nav class="crumbs"${attr('aria-label', ui.breadcrumbs)}>
        <ol>
          <li><a${attr('href', href(locale))}>${ui.home}</a></li>
          ${crumbs.map((c) =>
            c.href
              ? html`<li><a${attr('href', c.href)}${attr('lang', c.lang)}>${c.label}</a></li>`
              : html`<li aria-current="page"${attr('lang', c.lang)}>${c.label}</li>`,
          )}
        </ol>
      </nav>`;
  const sectionNav =
    side &&
    html`
      <nav class="side"${attr('aria-label', ui.sectionNav)}>
        <h2 class="side__title">${side.title}</h2>
        <ul>
          ${side.links.map(
            (l) =>
              html`<li><a${attr('href', l.href)}${attr('lang', l.lang)}${attr('aria-current', l.current ? 'page' : undefined)}>${l.label}</a></li>`,
          )}
        </ul>
        ${side.more && html`<a class="side__more"${attr('href', side.more)}>${ui.moreInSection} →</a>`}
      </nav>`;
  // What Pagefind reads of the page besides its text: its kind, filters and meta, in hidden spans.
  const searchData = html`
    ${search && html`<span hidden${attr('data-pagefind-filter', `${ui.kind}:${kindLabel(ui, search.kind)}`)}></span>`}
    ${search?.filters && Object.entries(search.filters).map(([k, values]) => values.map((v) => html`<span hidden${attr('data-pagefind-filter', `${k}:${v}`)}></span>`))}
    ${search && html`<span hidden${attr('data-pagefind-meta', `kind:${kindLabel(ui, search.kind)}`)}></span>`}
    ${search?.meta && Object.entries(search.meta).map(([k, v]) => html`<span hidden${attr('data-pagefind-meta', `${k}:${v}`)}></span>`)}`;
  const open = html`
    <a class="skip-link" href="#main">${ui.skipToContent}</a>
    ${header}
    <div${attr('class', pageClass)}>
      ${breadcrumbs}
      ${sectionNav}
      <main id="main" tabindex="-1"${attr('data-pagefind-body', search ? '' : undefined)}${attr('data-pagefind-ignore', search ? undefined : 'all')}>
        ${searchData}`;
  const close = html`
      </main>
    </div>
    <footer class="site-footer"><p>${ui.footerNote}</p></footer>
    ${raw(SLASH_SCRIPT)}`;
  return { head: head.value, open: open.value, close: close.value };
}

/** A whole page: `<head>` gets `assets` (what Astro adds there) after the layout's own. */
export function layoutPage(p: LayoutProps, assets: string, body: string | Html): string {
  const { head, open, close } = layoutParts(p);
  return `<!DOCTYPE html><html lang="${p.locale}"><head>${head}${assets}</head><body>${open}${body}${close}</body></html>`;
}
