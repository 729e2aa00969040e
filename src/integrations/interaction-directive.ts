/**
 * Registers the `client:interaction` directive (src/integrations/interaction.ts): an island with
 * it is server-rendered like any other, but its JavaScript is fetched only when the reader first
 * touches, clicks, focuses or types inside it. Reading pages then download no JavaScript file on
 * load; they carry Astro's small inline island bootstrap and this directive.
 *
 *   <KnowledgeCheck client:interaction … />
 *
 * hoistIslandStyle moves Astro's island style (`astro-island{display:contents}`, written as a
 * <style> right before the first island, i.e. in the body, where <style> is not conforming HTML)
 * into the page's <head>; the after-build pass over the pages applies it (report.ts builtPages).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { elements, ownText, parsePage, parsePart, type Element } from '../built-pages/html-tree.ts';

declare global {
  namespace Astro {
    interface ClientDirectives {
      /** Hydrate on the first pointerdown, focusin or keydown inside the island. */
      'client:interaction'?: boolean;
    }
  }
}

/** The CSS of Astro's island style (astro/dist/runtime/server/astro-island-styles.js). */
const ISLAND_CSS = 'astro-island,astro-slot,astro-static-slot{display:contents}';

/** The `<style>` elements holding Astro's island style among `nodes` (read by html-tree's parser). */
function islandStyles(root: Parameters<typeof elements>[0]): Element[] {
  return [...elements(root)].filter((e) => e.tagName === 'style' && ownText(e) === ISLAND_CSS);
}

/** `html` without the parts [start, end) given, in order. */
function without(html: string, cuts: { startOffset: number; endOffset: number }[]): string {
  let out = '';
  let at = 0;
  for (const cut of cuts) {
    out += html.slice(at, cut.startOffset);
    at = cut.endOffset;
  }
  return out + html.slice(at);
}

/**
 * The page with Astro's island style in its head instead of its body; unchanged without one (or
 * without a `</head>` to put it before). The page is read by an HTML parser: the same text in
 * an attribute or a `</head>` in a `<meta content>` is not markup.
 */
export function hoistIslandStyle(html: string): string {
  if (!html.includes(ISLAND_CSS)) return html; // (most pages: no island, nothing to parse)
  const page = parsePage(html);
  const head = [...elements(page)].find((e) => e.tagName === 'head');
  const headEnd = head?.sourceCodeLocation?.endTag?.startOffset;
  if (headEnd === undefined) return html;
  const inBody = islandStyles(page).flatMap((e) =>
    e.sourceCodeLocation && e.sourceCodeLocation.startOffset > headEnd ? [e.sourceCodeLocation] : [],
  );
  if (inBody.length === 0) return html;
  return `${html.slice(0, headEnd)}<style>${ISLAND_CSS}</style>${without(html, inBody).slice(headEnd)}`;
}

/**
 * Markup that Astro writes before an island (`prescripts`), without the island style, and the
 * style it held ('' if none): for a page whose `<head>` is written apart (src/site/written-pages/page-frame.ts).
 */
export function splitIslandStyle(prescripts: string): { style: string; rest: string } {
  if (!prescripts.includes(ISLAND_CSS)) return { style: '', rest: prescripts };
  const styles = islandStyles(parsePart(prescripts)).filter((e) => e.sourceCodeLocation);
  if (styles.length === 0) return { style: '', rest: prescripts };
  return {
    style: `<style>${ISLAND_CSS}</style>`,
    rest: without(
      prescripts,
      styles.map((e) => e.sourceCodeLocation!),
    ),
  };
}

export function interactionDirective(): AstroIntegration {
  return {
    name: 'touchstone-interaction-directive',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        // A file path: Astro hands the entrypoint to esbuild as an import specifier.
        addClientDirective({
          name: 'interaction',
          entrypoint: fileURLToPath(new URL('./interaction.ts', import.meta.url)),
        });
      },
    },
  };
}
