/**
 * The after-build pass over the built pages (builtPages), and how the pages the build wrote from
 * strings are handed to it already scanned (pagesScanned). The measuring is
 * src/built-pages/page-sizes.ts; the table, size-table.ts.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles } from '../built-pages/html-files.ts';
import { scanPage, type PageScan } from '../built-pages/page-scan.ts';
import { sizeOf, type ModuleInfo } from '../built-pages/page-sizes.ts';
import { formatSizes, summarizeSizes } from '../built-pages/size-table.ts';
import { buildDoneStep } from './build-done-step.ts';
import { hoistIslandStyle } from './interaction-directive.ts';

/** Pages the build wrote itself, already as this pass leaves them (src/site/written-pages/writer.ts). */
const scanned: PageScan[] = [];
export function pagesScanned(scans: readonly PageScan[]): void {
  scanned.push(...scans);
}

/**
 * After `astro build`, each page once (but those handed over by pagesScanned): Astro's island style moved into its <head>
 * (hoistIslandStyle), then measured for the page-size report printed at the end of the build.
 * Pages are read and written as latin1 (one character per byte, the page's bytes unchanged):
 * neither UTF-8 decoding nor encoding 456 MB of mostly Chinese pages at 10,000 entities.
 *
 * Doing this as Astro renders each page (a prerenderer wrapping Astro's, `setPrerenderer`) was
 * measured and not kept: reading each page's Response and handing Astro a new one cost the
 * render more than the read-back saved.
 */
export function builtPages(): AstroIntegration {
  return buildDoneStep('touchstone-built-pages', (root) => {
    const modules = new Map<string, ModuleInfo>();
    const known = new Map(scanned.splice(0).map((scan) => [scan.path, scan]));
    const pages = htmlFiles(root).map((path) => {
      const written = known.get(path);
      if (written) return sizeOf(root, written, modules);
      const file = join(root, path);
      const html = readFileSync(file, 'latin1');
      const hoisted = hoistIslandStyle(html);
      if (hoisted !== html) writeFileSync(file, hoisted, 'latin1');
      return sizeOf(root, scanPage(path, hoisted, 'latin1'), modules);
    });
    const sizes = formatSizes(summarizeSizes(pages));
    return (seconds) => `Page sizes by type (pages read, fixed and measured in ${seconds} s):\n${sizes}`;
  });
}
