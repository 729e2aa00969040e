/**
 * Sizes of the built site by page type: HTML bytes and the JavaScript each page loads (its
 * <script src> files plus inline scripts). Printed after every build; the budget tests use it.
 */
import type { AstroIntegration } from 'astro';
import { initSync as initModuleLexer, parse as parseModule } from 'es-module-lexer';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from '../built-pages/html-files.ts';
import { attr, elements, ownText, parsePage } from '../built-pages/html-tree.ts';
import { hoistIslandStyle } from './interaction-directive.ts';

export interface PageSize {
  path: string;
  type: string;
  html: number;
  /** JavaScript the page runs on load: script files, inline scripts, islands hydrated on load. */
  js: number;
  /** JavaScript that loads only when the reader interacts with an island (client:interaction etc.). */
  jsLater: number;
}

/** The template a built page comes from, from its path (`en/touchpoints/x/index.html` → touchpoint). */
export function pageType(path: string): string {
  const parts = path.split('/').filter((p) => p !== 'index.html');
  if (parts.length <= 1) return parts[0] === '404.html' ? '404' : parts.length === 0 ? 'root' : 'home';
  const section = parts[1]!;
  const single = { touchpoints: 'touchpoint', sops: 'sop', checklists: 'checklist', cases: 'case', guides: 'guide', reference: 'reference' }[section];
  if (section === 'search') return 'search';
  if (!single) return section;
  // <section>/page/<n>/: a later page of a paged index (src/site/paging.ts).
  return parts.length > 2 && parts[2] !== 'page' ? single : `${single} index`;
}

/** A module file's size and the relative modules it imports statically, read once per report. */
export type ModuleInfo = { size: number; imports: string[] } | undefined;

const isOwnChunk = (specifier: string): boolean => (specifier.startsWith('./') || specifier.startsWith('../')) && specifier.endsWith('.js');

function moduleInfo(local: string, cache: Map<string, ModuleInfo>): ModuleInfo {
  if (cache.has(local)) return cache.get(local);
  const stat = statSync(local, { throwIfNoEntry: false });
  let info: ModuleInfo;
  if (stat) {
    const code = readFileSync(local, 'utf8');
    initModuleLexer();
    // Static imports and re-exports (d === -1) of the build's own chunks; dynamic imports load later.
    const imports = parseModule(code)[0].flatMap((i) => (i.d === -1 && i.n !== undefined && isOwnChunk(i.n) ? [i.n] : []));
    info = { size: stat.size, imports };
  }
  cache.set(local, info);
  return info;
}

/**
 * A module and everything it imports statically (what the browser fetches with it), once each.
 * Files are read once per report (`cache`), not once per page: thousands of pages share a few
 * island modules.
 */
function moduleClosure(root: string, url: string, seen: Set<string>, cache: Map<string, ModuleInfo>): number {
  const local = join(root, url.replace(/^\/+/, '').split('?')[0]!);
  if (seen.has(local)) return 0;
  seen.add(local);
  const info = moduleInfo(local, cache);
  if (!info) return 0;
  let bytes = info.size;
  for (const imported of info.imports) bytes += moduleClosure(root, join(url.slice(0, url.lastIndexOf('/') + 1), imported), seen, cache);
  return bytes;
}

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
      else if (src === undefined && !JSON_SCRIPT.has(attr(element, 'type') ?? '')) scan.inline += Buffer.byteLength(ownText(element), encoding);
    } else if (element.tagName === 'astro-island') {
      const urls = ['component-url', 'renderer-url'].flatMap((name) => attr(element, name) ?? []);
      scan.islands.push({ client: attr(element, 'client') ?? 'load', urls });
    }
  }
  return scan;
}

/** A scanned page's sizes; `modules` caches the JavaScript modules read for earlier pages. */
export function sizeOf(root: string, scan: PageScan, modules: Map<string, ModuleInfo>): PageSize {
  const now = new Set<string>();
  let js = scan.inline;
  for (const src of scan.scripts) js += moduleClosure(root, src, now, modules);
  const later = new Set(now);
  let jsLater = 0;
  for (const island of scan.islands) {
    for (const u of island.urls) {
      if (island.client === 'load') js += moduleClosure(root, u, now, modules);
      else jsLater += moduleClosure(root, u, later, modules);
    }
  }
  return { path: scan.path, type: pageType(scan.path), html: scan.html, js, jsLater };
}

/** One page's sizes; `modules` caches the JavaScript modules read for earlier pages. */
export function measurePage(root: string, path: string, html: string, modules: Map<string, ModuleInfo>): PageSize {
  return sizeOf(root, scanPage(path, html), modules);
}

export function measurePages(dist: string): PageSize[] {
  const root = resolve(dist);
  const modules = new Map<string, ModuleInfo>();
  return htmlFiles(root).map((path) => measurePage(root, path, readFileSync(join(root, path), 'utf8'), modules));
}

export interface TypeSummary {
  type: string;
  pages: number;
  htmlMedian: number;
  htmlMax: number;
  jsMax: number;
  jsLaterMax: number;
}

export function summarizeSizes(pages: PageSize[]): TypeSummary[] {
  const byType = new Map<string, PageSize[]>();
  for (const p of pages) {
    const list = byType.get(p.type);
    if (list) list.push(p);
    else byType.set(p.type, [p]);
  }
  return [...byType]
    .map(([type, list]) => {
      const sorted = list.map((p) => p.html).sort((a, b) => a - b);
      return { type, pages: list.length, htmlMedian: sorted[Math.floor((sorted.length - 1) / 2)] ?? 0, htmlMax: sorted[sorted.length - 1] ?? 0, jsMax: list.reduce((m, p) => Math.max(m, p.js), 0), jsLaterMax: list.reduce((m, p) => Math.max(m, p.jsLater), 0) };
    })
    .sort((a, b) => a.type.localeCompare(b.type));
}

export function formatSizes(summary: TypeSummary[]): string {
  const kb = (n: number) => (n / 1024).toFixed(1).padStart(7);
  const lines = summary.map((s) => `${s.type.padEnd(18)}${String(s.pages).padStart(6)}${kb(s.htmlMedian)}${kb(s.htmlMax)}${kb(s.jsMax)}${kb(s.jsLaterMax)}`);
  return [`${'page type'.padEnd(18)}${'pages'.padStart(6)}${'html~'.padStart(7)}${'max'.padStart(7)}${'js'.padStart(7)}${'later'.padStart(7)}  (KB; html~ median; js on load; later = on interaction)`, ...lines].join('\n');
}

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
  return {
    name: 'touchstone-built-pages',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
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
        logger.info(`Page sizes by type (pages read, fixed and measured in ${((performance.now() - started) / 1000).toFixed(2)} s):\n${sizes}`);
      },
    },
  };
}
