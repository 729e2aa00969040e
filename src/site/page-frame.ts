/**
 * A page written from strings in the frame of a page Astro wrote (src/site/entity-pages.ts
 * says why): what Astro adds around the site's own strings is read from the template page Astro
 * rendered, and the template written again from strings must come out byte for byte the same.
 */
import { hoistIslandStyle } from '../integrations/interaction-directive.ts';
import type { KnowledgeSection } from './knowledge.ts';
import { layoutParts, type LayoutProps } from './layout.ts';

/** A reading page as strings: the layout's props, and the body around an optional knowledge check. */
export interface EntityPage {
  layout: LayoutProps;
  /** Before the knowledge check. */
  main: string;
  knowledge: KnowledgeSection | undefined;
  /** After the knowledge check. */
  after: string;
}

/** What Astro added to the template page, to add to the others. */
export interface Frame {
  /** Before `</head>` (the stylesheet). */
  head: string;
  /** Before the first island on a page (its style and scripts). */
  prescripts: string;
  /** The island element's attributes before and after its props (component, renderer, directive). */
  islandBefore: string;
  islandAfter: string;
}

/** The template is not the page these strings make: the build must not write pages from them. */
export class TemplateMismatch extends Error {}

const ISLAND_OPEN = /^<astro-island uid="[^"]*"([^>]*?) props="[^"]*"([^>]*)>/;

/** Reads the frame off `written`, the page Astro wrote for `page`. */
export function frameOf(written: string, page: EntityPage): Frame {
  const { head } = layoutParts(page.layout);
  const headAt = written.indexOf(head);
  const headEnd = written.indexOf('</head>');
  if (headAt < 0 || headEnd < headAt) throw new TemplateMismatch('its <head> is not the layout’s');
  const frame: Frame = { head: written.slice(headAt + head.length, headEnd), prescripts: '', islandBefore: '', islandAfter: '' };
  if (page.knowledge) {
    const at = written.indexOf(page.knowledge.open);
    const island = at < 0 ? -1 : written.indexOf('<astro-island', at);
    const tag = island < 0 ? null : ISLAND_OPEN.exec(written.slice(island));
    if (!tag) throw new TemplateMismatch('its knowledge check has no island where the page puts it');
    frame.prescripts = written.slice(at + page.knowledge.open.length, island);
    frame.islandBefore = tag[1]!;
    frame.islandAfter = tag[2]!;
  }
  return frame;
}

/**
 * The frame with Astro's island style moved from before the first island to the end of `<head>`,
 * as the after-build pass moves it on every page (hoistIslandStyle).
 */
export function hoistedFrame(frame: Frame): Frame {
  const style = hoistIslandStyle(`</head>${frame.prescripts}`);
  const head = style.indexOf('</head>');
  return { ...frame, head: frame.head + style.slice(0, head), prescripts: style.slice(head + '</head>'.length) };
}

/** The island element: Astro's attributes from the frame, this page's uid, props and server-rendered markup. */
export function islandElement(frame: Frame, uid: string, serializedProps: string, markup: string): string {
  const props = serializedProps.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  return `<astro-island uid="${uid}"${frame.islandBefore} props="${props}"${frame.islandAfter}>${markup}${markup ? '<!--astro:end-->' : ''}</astro-island>`;
}

/** The whole page, as Astro writes it; `island` gives the knowledge check's island element. */
export function pageHtml(page: EntityPage, frame: Frame, island: () => string): string {
  const k = page.knowledge;
  const { head, open, close } = layoutParts(page.layout);
  const body = page.main + (k ? k.open + frame.prescripts + island() + k.close : '') + page.after;
  return `<!DOCTYPE html><html lang="${page.layout.locale}"><head>${head}${frame.head}</head><body>${open}${body}${close}</body></html>`;
}

/** The build's error when the template does not match, in both languages. */
export function templateError(file: string, reason: string): Error {
  return new Error(
    `${file}: the build cannot write pages from strings: ${reason} (compared with the page Astro wrote). ` +
      `Build with TOUCHSTONE_ASTRO_PAGES=1 to have Astro render every page.\n` +
      `${file}：无法按字符串写出页面，与 Astro 写出的模板页不一致。设置 TOUCHSTONE_ASTRO_PAGES=1 即由 Astro 渲染全部页面。`,
  );
}
