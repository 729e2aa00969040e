/**
 * One built page read for the page-size report (page-sizes.ts). The build scans the pages it
 * writes from strings as it writes them (src/site/written-pages/writer.ts), and every other page
 * after the build (src/integrations/after-build-pass.ts).
 */
import { attr, elements, ownText, parsePage } from './html-tree.ts';

/**
 * What the report needs of a page's HTML: its bytes, its inline scripts' bytes, the module files
 * it loads and its islands. sizeOf adds the module files' sizes.
 */
export interface PageScan {
  path: string;
  html: number;
  inline: number;
  scripts: string[];
  islands: { client: string; urls: string[] }[];
}

const JSON_SCRIPT = new Set(['application/json', 'application/ld+json', 'importmap']);

/**
 * Scans a page, read by an HTML parser (src/built-pages/html-tree.ts): a `<script` or
 * `<astro-island` in a text or an attribute value is not one. `encoding` is the string's:
 * 'latin1' when it holds the page's bytes one per character (as the build reads them), so byte
 * counts are lengths.
 */
export function scanPage(path: string, html: string, encoding: 'utf8' | 'latin1' = 'utf8'): PageScan {
  const scan: PageScan = { path, html: Buffer.byteLength(html, encoding), inline: 0, scripts: [], islands: [] };
  for (const element of elements(parsePage(html))) {
    if (element.tagName === 'script') {
      const src = attr(element, 'src');
      if (src?.startsWith('/')) scan.scripts.push(src);
      else if (src === undefined && !JSON_SCRIPT.has(attr(element, 'type') ?? ''))
        scan.inline += Buffer.byteLength(ownText(element), encoding);
    } else if (element.tagName === 'astro-island') {
      const urls = ['component-url', 'renderer-url'].flatMap((name) => attr(element, name) ?? []);
      scan.islands.push({ client: attr(element, 'client') ?? 'load', urls });
    }
  }
  return scan;
}
