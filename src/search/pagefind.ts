/**
 * Indexes the built site with Pagefind's Node API (the extended binary, which segments Chinese).
 * `npm run build` runs it after `astro build` (scripts/index-site.ts), in a process of its own.
 *
 * Pagefind holds the whole index of a run in memory while it builds it (~0.2–0.4 MB per page
 * here; README, Performance): all 20,000 pages of a 10,000-entity handbook in one run, next to
 * Astro's own memory, was 6 GB. So pages are indexed in runs of 2,500, two at a time, each in a
 * Pagefind process of its own, and the runs' bundles merged into one (pagefind-merge.ts): the
 * browser sees one bundle, as if one run had written it. With a Pagefind whose index files the
 * merge was not written for, the whole site is indexed in one run instead (one warning).
 *
 * Pagefind reads the pages themselves. Giving it "search copies" (the pages without what it
 * skips, made by a hand-written HTML reader) saved ~20 % of its time, but that reader broke on a
 * `>` in an attribute; made with a real HTML parser the copies cost more than they saved
 * (docs/performance.md), so there are none.
 */
import { spawn } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inBothLanguages } from '../gate/messages.ts';
import { htmlFiles } from '../built-pages/html-files.ts';
import { attr, elements, parsePage } from '../built-pages/html-tree.ts';
import { readFragment } from './pagefind-format.ts';
import { MERGEABLE_PAGEFIND, mergeBundles, NotMergeable } from './pagefind-merge.ts';

/**
 * Parts of reading pages that are not searched, besides those marked data-pagefind-ignore: the
 * labels of definition lists (owner, version, how to check, weight …), item ids and each item's
 * tier badge (basic / value-added / emergency: a facet already), repeated on every page. As
 * selectors here rather than attributes on each element, they cost no HTML.
 */
export const SEARCH_EXCLUDE: readonly string[] = ['.meta-list > dt', '.item dt', '.item__id', '.item .badge--tier'];

const BODY = Buffer.from('data-pagefind-body');

/**
 * Whether the page's bytes mention `data-pagefind-body`, read 32 KB at a time until found: every
 * page with the attribute does, and so may a page whose text merely quotes it (Pagefind skips
 * those; indexPart tells them apart with a parser only when Pagefind indexed fewer pages).
 */
export function mentionsBody(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const chunk = Buffer.alloc(32 * 1024);
    let kept = Buffer.alloc(0);
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) return false;
      // The tail of the previous read, so that a match across two reads is found.
      const window = Buffer.concat([kept, chunk.subarray(0, n)]);
      if (window.includes(BODY)) return true;
      kept = window.subarray(Math.max(0, window.length - BODY.length + 1));
    }
  } finally {
    closeSync(fd);
  }
}

/** Whether the page, read by an HTML parser, has an element with `data-pagefind-body`. */
export function hasBodyElement(html: string): boolean {
  for (const element of elements(parsePage(html))) if (attr(element, 'data-pagefind-body') !== undefined) return true;
  return false;
}

/** The URL Pagefind gives a page file (`en/x/index.html` → `/en/x/`). */
export function urlOfFile(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The URLs a Pagefind bundle holds pages for, from its fragments. */
function indexedUrls(bundle: string): Set<string> {
  const folder = join(bundle, 'fragment');
  if (!existsSync(folder)) return new Set();
  return new Set(readdirSync(folder).map((name) => readFragment(readFileSync(join(folder, name)), name).url));
}

/**
 * When Pagefind indexed fewer pages than it was given: the pages it left out that do have a
 * `data-pagefind-body` element (the others only mention it in their text, and are skipped as
 * Pagefind skips them). Throws, naming them, if there are any.
 */
function checkIndexed(dir: string, files: readonly string[], out: string, indexed: number): void {
  const urls = indexedUrls(out);
  const left = files.filter(
    (file) => !urls.has(urlOfFile(file)) && hasBodyElement(readFileSync(join(dir, file), 'utf8')),
  );
  if (left.length === 0) return;
  const pages = left.slice(0, 20).join(', ') + (left.length > 20 ? ` … (+${left.length - 20})` : '');
  throw new Error(inBothLanguages('search-index-pages-missing', { indexed, total: indexed + left.length, pages }));
}

/** Pagefind's own command (its npm wrapper, which runs the extended binary). */
function pagefindCommand(): string {
  try {
    return join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner', 'bin.cjs');
  } catch {
    return fileURLToPath(new URL('../../node_modules/pagefind/lib/runner/bin.cjs', import.meta.url));
  }
}

/**
 * One Pagefind run over `files` (relative to dir), written to `out`, as a process of its own (its
 * memory is gone when it ends). Pagefind reads the pages from a folder of the run's own, linked at
 * the same relative paths (so their URLs are the same); its options come from a pagefind.json in
 * another folder of the run's own (Pagefind reads its configuration from the working directory).
 * Returns how many pages Pagefind indexed.
 */
async function indexPart(dir: string, files: readonly string[], out: string): Promise<number> {
  const staging = `${out}.pages`;
  const cwd = `${out}.config`;
  rmSync(staging, { recursive: true, force: true });
  rmSync(cwd, { recursive: true, force: true });
  const made = new Set<string>();
  for (const file of files) {
    const folder = dirname(join(staging, file));
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    try {
      linkSync(join(dir, file), join(staging, file));
    } catch {
      copyFileSync(join(dir, file), join(staging, file));
    }
  }
  mkdirSync(cwd, { recursive: true });
  writeFileSync(
    join(cwd, 'pagefind.json'),
    JSON.stringify({ site: staging, output_path: out, root_selector: 'html', exclude_selectors: SEARCH_EXCLUDE }),
  );
  try {
    const { code, output } = await new Promise<{ code: number | null; output: string }>((ok, fail) => {
      const child = spawn(process.execPath, [pagefindCommand()], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
      let text = '';
      child.stdout.on('data', (c: Buffer) => (text += c.toString('utf8')));
      child.stderr.on('data', (c: Buffer) => (text += c.toString('utf8')));
      child.on('error', fail);
      child.on('close', (status) => ok({ code: status, output: text }));
    });
    if (code !== 0) throw new Error(`Pagefind failed (exit ${code}):\n${output.slice(-2000)}`);
    const indexed = Number(/Indexed (\d+) pages?/.exec(output)?.[1] ?? 0);
    if (indexed !== files.length) checkIndexed(dir, files, out, indexed);
    return indexed;
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(cwd, { recursive: true, force: true });
  }
}

export interface IndexOptions {
  /** Pages per Pagefind run (default 2,500): what bounds each run's memory (~1.1 GB). */
  pagesPerRun?: number;
  /** Runs at a time (default 2): a run keeps ~1.5 cores busy; two at once use two. */
  parallel?: number;
  /** The Pagefind version whose index files the merge reads (default MERGEABLE_PAGEFIND; tests change it). */
  mergeable?: string;
}

/** The installed Pagefind's version (its npm package's, which runs the binary of the same version). */
export function pagefindVersion(): string {
  const pkg = join(dirname(pagefindCommand()), '..', '..', 'package.json');
  return (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
}

/** Runs `work` on each part, `parallel` at a time; returns their results in the parts' order. */
async function eachPart<T>(
  parts: readonly string[][],
  parallel: number,
  work: (files: string[], i: number) => Promise<T>,
): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < parts.length) {
      const i = next++;
      results[i] = await work(parts[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, parallel) }, worker));
  return results;
}

/**
 * Indexes the reading pages of the built site in `dir` into `dir/pagefind`. Like Pagefind, only
 * pages with `data-pagefind-body` when any page has one. Up to `pagesPerRun` pages are indexed
 * in one Pagefind run; more are indexed in parts, two runs at a time, and merged
 * (pagefind-merge.ts), unless the merge does not know this Pagefind's files: then in one run.
 */
export async function indexSite(
  dir: string,
  log: (message: string) => void = () => {},
  options: IndexOptions = {},
): Promise<{ pages: number; ms: number; runs: number }> {
  const started = performance.now();
  const perRun = options.pagesPerRun ?? 2500;
  const parallel = Math.max(1, options.parallel ?? 2);
  const mergeable = options.mergeable ?? MERGEABLE_PAGEFIND;
  const all = htmlFiles(dir);
  const withBody = all.filter((file) => mentionsBody(join(dir, file)));
  const files = withBody.length > 0 ? withBody : all;
  const out = join(dir, 'pagefind');
  rmSync(out, { recursive: true, force: true });
  const inOneRun = async (found: string) => {
    log(inBothLanguages('search-index-one-run', { expected: mergeable, found }));
    rmSync(out, { recursive: true, force: true });
    return { pages: await indexPart(dir, files, out), runs: 1, mergeMs: 0 };
  };
  const inParts = async () => {
    const parts: string[][] = [];
    for (let i = 0; i < files.length; i += perRun) parts.push(files.slice(i, i + perRun));
    if (parts.length <= 1) return { pages: await indexPart(dir, files, out), runs: 1, mergeMs: 0 };
    const dirs = parts.map((_, i) => join(dir, `.pagefind-part-${i}`));
    try {
      const counts = await eachPart(
        parts,
        parallel,
        (part, i) => (rmSync(dirs[i]!, { recursive: true, force: true }), indexPart(dir, part, dirs[i]!)),
      );
      const merging = performance.now();
      await mergeBundles(dirs, out, { move: true, understands: mergeable });
      return { pages: counts.reduce((a, b) => a + b, 0), runs: parts.length, mergeMs: performance.now() - merging };
    } catch (e) {
      if (e instanceof NotMergeable) return inOneRun(e.found);
      throw e;
    } finally {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    }
  };
  const installed = pagefindVersion();
  const { pages, runs, mergeMs } =
    files.length > perRun && installed !== mergeable ? await inOneRun(installed) : await inParts();
  const ms = performance.now() - started;
  // scripts/bench.ts reads this line for the indexing time: keep its shape.
  log(
    `Pagefind indexed ${pages} pages in ${(ms / 1000).toFixed(2)} s (${runs} run${runs === 1 ? '' : 's'} of up to ${runs === 1 ? files.length : perRun} pages${runs > 1 ? `, ${Math.min(runs, parallel)} at a time, merged in ${(mergeMs / 1000).toFixed(2)} s` : ''})`,
  );
  return { pages, ms, runs };
}
