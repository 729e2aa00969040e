/**
 * Indexes the built site with Pagefind's Node API (the extended binary, which segments Chinese).
 * `npm run build` runs it after `astro build` (scripts/index-site.ts), in a process of its own.
 *
 * Pagefind holds the whole index of a run in memory while it builds it (~0.2–0.4 MB per page
 * here; README, Performance): all 20,000 pages of a 10,000-entity handbook in one run, next to
 * Astro's own memory, was 6 GB. So pages are indexed in runs of a few thousand, one after the
 * other, each in its own Pagefind process, and the runs' bundles merged into one
 * (pagefind-merge.ts): the browser sees one bundle, as if one run had written it.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { mergeBundles } from './pagefind-merge.ts';

/**
 * Parts of reading pages that are not searched, besides those marked data-pagefind-ignore: the
 * labels of definition lists (owner, version, how to check, weight …), item ids and each item's
 * tier badge (basic / value-added / emergency: a facet already), repeated on every page. As
 * selectors here rather than attributes on each element, they cost no HTML.
 * test/e2e/flows.test.ts mirrors this list when it works out what a page should be found by.
 */
export const SEARCH_EXCLUDE = ['.meta-list > dt', '.item dt', '.item__id', '.item .badge--tier'];

/** HTML files of the built site, relative, sorted; not Pagefind's own output nor /data/. */
export function htmlFiles(dir: string, sub = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(dir, sub)).sort()) {
    const rel = sub ? `${sub}/${name}` : name;
    if (!sub && (name === '_astro' || name === 'pagefind' || name === 'data' || name.startsWith('.'))) continue;
    if (statSync(join(dir, rel)).isDirectory()) out.push(...htmlFiles(dir, rel));
    else if (name.endsWith('.html')) out.push(rel);
  }
  return out;
}

/** Pids of this process's children named pagefind* (Linux /proc; elsewhere none are found). */
function pagefindChildren(): number[] {
  if (!existsSync('/proc/self/stat')) return [];
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid && comm.startsWith('pagefind')) pids.push(Number(name));
    } catch {
      // gone
    }
  }
  return pids;
}

/** Pagefind's close() signals its process and returns: wait until it is gone, with its memory. */
async function closed(): Promise<void> {
  for (let i = 0; i < 200 && pagefindChildren().length > 0; i++) await new Promise((r) => setTimeout(r, 25));
}

/**
 * One Pagefind run over `files` (relative to dir), written to `out`. Pagefind reads them from a
 * folder of hard links to them at the same relative paths (so their URLs are the same): reading a
 * folder is twice as fast as handing it each file's text through its Node API.
 */
async function indexPart(dir: string, files: readonly string[], out: string): Promise<number> {
  const staging = `${out}.pages`;
  rmSync(staging, { recursive: true, force: true });
  for (const file of files) {
    mkdirSync(dirname(join(staging, file)), { recursive: true });
    try {
      linkSync(join(dir, file), join(staging, file));
    } catch {
      copyFileSync(join(dir, file), join(staging, file));
    }
  }
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({ rootSelector: 'html', excludeSelectors: SEARCH_EXCLUDE });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: staging });
    if (added.errors.length) throw new Error(`Pagefind could not index ${dir}: ${added.errors.join('; ')}`);
    if (added.page_count !== files.length) throw new Error(`Pagefind indexed ${added.page_count} of ${files.length} pages`);
    const written = await index.writeFiles({ outputPath: out });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return files.length;
  } finally {
    // close() ends the Pagefind process, and its memory, before the next part starts one.
    await pagefind.close();
    await closed();
    rmSync(staging, { recursive: true, force: true });
  }
}

export interface IndexOptions {
  /** Pages per Pagefind run (default 2,500): what bounds Pagefind's memory. */
  pagesPerRun?: number;
}

/**
 * Indexes the reading pages of the built site in `dir` into `dir/pagefind`. Like Pagefind, only
 * pages with `data-pagefind-body` when any page has one. Up to `pagesPerRun` pages are indexed
 * in one Pagefind run; more are indexed in parts, one run after the other, and merged
 * (pagefind-merge.ts).
 */
export async function indexSite(dir: string, log: (message: string) => void = () => {}, options: IndexOptions = {}): Promise<{ pages: number; ms: number; runs: number }> {
  const started = performance.now();
  const perRun = options.pagesPerRun ?? 2500;
  const all = htmlFiles(dir);
  const withBody = all.filter((file) => readFileSync(join(dir, file), 'utf8').includes('data-pagefind-body'));
  const files = withBody.length > 0 ? withBody : all;
  const out = join(dir, 'pagefind');
  rmSync(out, { recursive: true, force: true });
  const parts: string[][] = [];
  for (let i = 0; i < files.length; i += perRun) parts.push(files.slice(i, i + perRun));
  let mergeMs = 0;
  if (parts.length <= 1) {
    await indexPart(dir, files, out);
  } else {
    const dirs = parts.map((_, i) => join(dir, `.pagefind-part-${i}`));
    try {
      for (const [i, part] of parts.entries()) {
        rmSync(dirs[i]!, { recursive: true, force: true });
        await indexPart(dir, part, dirs[i]!);
      }
      const merging = performance.now();
      mergeBundles(dirs, out);
      mergeMs = performance.now() - merging;
    } finally {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    }
  }
  const ms = performance.now() - started;
  // scripts/bench.ts reads this line for the indexing time: keep its shape.
  log(`Pagefind indexed ${files.length} pages in ${(ms / 1000).toFixed(2)} s (${parts.length} run${parts.length === 1 ? '' : 's'} of up to ${perRun} pages${parts.length > 1 ? `, merged in ${(mergeMs / 1000).toFixed(2)} s` : ''})`);
  return { pages: files.length, ms, runs: parts.length };
}
