/**
 * A page written from strings in the frame of a page Astro wrote (src/site/written-pages/writer.ts
 * says why): what Astro adds around the site's own strings is read from the template page Astro
 * rendered, and the template written again from strings must come out byte for byte the same.
 */
import { elements, parsePage } from '../../built-pages/html-tree.ts';
import { splitIslandStyle } from '../../integrations/interaction-directive.ts';
import type { KnowledgeSection } from '../knowledge.ts';
import { layoutParts, type LayoutProps } from '../layout.ts';

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

/**
 * Reads the frame off `written`, the page Astro wrote for `page`, with an HTML parser
 * (src/built-pages/html-tree.ts): a `</head>` or `<astro-island` in a text is not markup.
 */
export function frameOf(written: string, page: EntityPage): Frame {
  const { head } = layoutParts(page.layout);
  const tree = parsePage(written);
  const all = [...elements(tree)];
  const headEnd = all.find((e) => e.tagName === 'head')?.sourceCodeLocation?.endTag?.startOffset ?? -1;
  const headAt = written.lastIndexOf(head, headEnd - head.length);
  if (headAt < 0 || headEnd < 0) throw new TemplateMismatch('its <head> is not the layout’s');
  const frame: Frame = {
    head: written.slice(headAt + head.length, headEnd),
    prescripts: '',
    islandBefore: '',
    islandAfter: '',
  };
  if (page.knowledge) {
    const location = all.find((e) => e.tagName === 'astro-island')?.sourceCodeLocation;
    const tag = location?.startTag;
    const at = tag ? written.lastIndexOf(page.knowledge.open, tag.startOffset) : -1;
    const uid = location?.attrs?.['uid'];
    const props = location?.attrs?.['props'];
    // The element's own start tag: `<astro-island uid="…"` Astro's attributes ` props="…"` Astro's attributes `>`.
    if (
      !tag ||
      at < 0 ||
      !uid ||
      !props ||
      written.slice(tag.startOffset, uid.startOffset) !== '<astro-island ' ||
      written[props.startOffset - 1] !== ' ' ||
      uid.endOffset > props.startOffset
    ) {
      throw new TemplateMismatch('its knowledge check has no island where the page puts it');
    }
    frame.prescripts = written.slice(at + page.knowledge.open.length, tag.startOffset);
    frame.islandBefore = written.slice(uid.endOffset, props.startOffset - 1);
    frame.islandAfter = written.slice(props.endOffset, tag.endOffset - 1);
  }
  return frame;
}

/**
 * The frame with Astro's island style moved from before the first island to the end of `<head>`,
 * as the after-build pass moves it on every page (hoistIslandStyle).
 */
export function hoistedFrame(frame: Frame): Frame {
  const { style, rest } = splitIslandStyle(frame.prescripts);
  return { ...frame, head: frame.head + style, prescripts: rest };
}

/** The island element: Astro's attributes from the frame, this page's uid, props and server-rendered markup. */
export function islandElement(frame: Frame, uid: string, serializedProps: string, markup: string): string {
  const props = serializedProps
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
  return `<astro-island uid="${uid}"${frame.islandBefore} props="${props}"${frame.islandAfter}>${markup}${markup ? '<!--astro:end-->' : ''}</astro-island>`;
}

/** The whole page, as Astro writes it; `island` gives the knowledge check's island element. */
export function pageHtml(page: EntityPage, frame: Frame, island: () => string): string {
  const k = page.knowledge;
  const { head, open, close } = layoutParts(page.layout);
  const body = page.main + (k ? k.open + frame.prescripts + island() + k.close : '') + page.after;
  return `<!DOCTYPE html><html lang="${page.layout.locale}"><head>${head}${frame.head}</head><body>${open}${body}${close}</body></html>`;
}
