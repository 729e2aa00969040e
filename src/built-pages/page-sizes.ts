/**
 * Sizes of the built site's pages: HTML bytes and the JavaScript each page loads (its
 * <script src> files plus inline scripts), by the template the page comes from. Printed after
 * every build (src/integrations/after-build-pass.ts, as size-table.ts lays them out); the
 * budget tests and `scripts/bench.ts sizes` use them.
 */
import { initSync as initModuleLexer, parse as parseModule } from 'es-module-lexer';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { htmlFiles } from './html-files.ts';
import { scanPage, type PageScan } from './page-scan.ts';

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
  const single = {
    touchpoints: 'touchpoint',
    sops: 'sop',
    checklists: 'checklist',
    cases: 'case',
    guides: 'guide',
    reference: 'reference',
  }[section];
  if (section === 'search') return 'search';
  if (!single) return section;
  // <section>/page/<n>/: a later page of a paged index (src/site/paging.ts).
  return parts.length > 2 && parts[2] !== 'page' ? single : `${single} index`;
}

/** A module file's size and the relative modules it imports statically, read once per report. */
export type ModuleInfo = { size: number; imports: string[] } | undefined;

const isOwnChunk = (specifier: string): boolean =>
  (specifier.startsWith('./') || specifier.startsWith('../')) && specifier.endsWith('.js');

function moduleInfo(local: string, cache: Map<string, ModuleInfo>): ModuleInfo {
  if (cache.has(local)) return cache.get(local);
  const stat = statSync(local, { throwIfNoEntry: false });
  let info: ModuleInfo;
  if (stat) {
    const code = readFileSync(local, 'utf8');
    initModuleLexer();
    // Static imports and re-exports (d === -1) of the build's own chunks; dynamic imports load later.
    const imports = parseModule(code)[0].flatMap((i) =>
      i.d === -1 && i.n !== undefined && isOwnChunk(i.n) ? [i.n] : [],
    );
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
  for (const imported of info.imports)
    bytes += moduleClosure(root, join(url.slice(0, url.lastIndexOf('/') + 1), imported), seen, cache);
  return bytes;
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
