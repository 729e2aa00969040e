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

declare global {
  namespace Astro {
    interface ClientDirectives {
      /** Hydrate on the first pointerdown, focusin or keydown inside the island. */
      'client:interaction'?: boolean;
    }
  }
}

/** Astro's island style as it writes it (astro/dist/runtime/server/astro-island-styles.js). */
const ISLAND_STYLE = /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/g;

/** The page with Astro's island style in its head instead of its body; unchanged without one. */
export function hoistIslandStyle(html: string): string {
  const head = html.indexOf('</head>');
  if (head < 0) return html;
  const body = html.slice(head);
  const found = body.match(ISLAND_STYLE);
  if (!found) return html;
  return `${html.slice(0, head)}${found[0]}${body.replace(ISLAND_STYLE, '')}`;
}

export function interactionDirective(): AstroIntegration {
  return {
    name: 'touchstone-interaction-directive',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        // A file path: Astro hands the entrypoint to esbuild as an import specifier.
        addClientDirective({ name: 'interaction', entrypoint: fileURLToPath(new URL('./interaction.ts', import.meta.url)) });
      },
    },
  };
}
