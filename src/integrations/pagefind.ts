/**
 * Indexes the built site with Pagefind's Node API (the extended binary, which segments Chinese).
 * `npm run build` runs it after `astro build` (scripts/index-site.ts), in a process of its own.
 *
 * Pagefind holds the whole index of a run in memory while it builds it (~0.2–0.4 MB per page
 * here; README, Performance): all 20,000 pages of a 10,000-entity handbook in one run, next to
 * Astro's own memory, was 6 GB. So pages are indexed in runs of 2,500, two at a time, each in a
 * Pagefind process of its own, and the runs' bundles merged into one (pagefind-merge.ts): the
 * browser sees one bundle, as if one run had written it.
 */
import { spawn } from 'node:child_process';
import { closeSync, copyFileSync, linkSync, mkdirSync, openSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './built-files.ts';
import { mergeBundles } from './pagefind-merge.ts';
import { SEARCH_EXCLUDE, searchCopy } from './search-copy.ts';

export { SEARCH_EXCLUDE } from './search-copy.ts';

const BODY = Buffer.from('data-pagefind-body');

/** Whether the page has `data-pagefind-body`, read 32 KB at a time until it is found. */
export function hasBody(file: string): boolean {
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
 * memory is gone when it ends). Pagefind reads the pages' search copies (search-copy.ts), or a
 * page itself where it has none, from a folder of its own at the same relative paths, so their
 * URLs are the same; its options come from a pagefind.json in a folder of the run's own
 * (Pagefind reads its configuration from the working directory). `copies: false` indexes the
 * pages as they are (what the copies are tested against).
 */
async function indexPart(dir: string, files: readonly string[], out: string, copies = true): Promise<{ indexed: number; asIs: number }> {
  const staging = `${out}.pages`;
  const cwd = `${out}.config`;
  rmSync(staging, { recursive: true, force: true });
  rmSync(cwd, { recursive: true, force: true });
  const made = new Set<string>();
  let asIs = 0;
  for (const file of files) {
    const folder = dirname(join(staging, file));
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    // latin1: one character per byte, so the copy's bytes are the page's (search-copy.ts).
    const copy = copies ? searchCopy(readFileSync(join(dir, file), 'latin1')) : undefined;
    if (copy !== undefined) {
      writeFileSync(join(staging, file), copy, 'latin1');
      continue;
    }
    asIs++;
    try {
      linkSync(join(dir, file), join(staging, file));
    } catch {
      copyFileSync(join(dir, file), join(staging, file));
    }
  }
  mkdirSync(cwd, { recursive: true });
  // The copies have the excluded parts taken out already; matching the selectors costs Pagefind
  // ~10 % even where nothing matches, so they are only given when a page is read as it is.
  const exclude = asIs > 0 ? { exclude_selectors: SEARCH_EXCLUDE } : {};
  writeFileSync(join(cwd, 'pagefind.json'), JSON.stringify({ site: staging, output_path: out, root_selector: 'html', ...exclude }));
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
    const indexed = Number(/Indexed (\d+) pages?/.exec(output)?.[1] ?? -1);
    if (indexed !== files.length) throw new Error(`Pagefind indexed ${indexed} of ${files.length} pages:\n${output.slice(-2000)}`);
    return { indexed, asIs };
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
  /** Index the pages' search copies (default true; search-copy.ts). */
  copies?: boolean;
}

/**
 * Indexes the reading pages of the built site in `dir` into `dir/pagefind`. Like Pagefind, only
 * pages with `data-pagefind-body` when any page has one. Up to `pagesPerRun` pages are indexed
 * in one Pagefind run; more are indexed in parts, one run after the other, and merged
 * (pagefind-merge.ts).
 */
export async function indexSite(
  dir: string,
  log: (message: string) => void = () => {},
  options: IndexOptions = {},
): Promise<{ pages: number; ms: number; runs: number; /** Pages Pagefind read as they are, without a search copy. */ asIs: number }> {
  const started = performance.now();
  const perRun = options.pagesPerRun ?? 2500;
  const all = htmlFiles(dir);
  const withBody = all.filter((file) => hasBody(join(dir, file)));
  const files = withBody.length > 0 ? withBody : all;
  const out = join(dir, 'pagefind');
  rmSync(out, { recursive: true, force: true });
  const parts: string[][] = [];
  for (let i = 0; i < files.length; i += perRun) parts.push(files.slice(i, i + perRun));
  let mergeMs = 0;
  let asIs = 0;
  if (parts.length <= 1) {
    asIs = (await indexPart(dir, files, out, options.copies)).asIs;
  } else {
    const dirs = parts.map((_, i) => join(dir, `.pagefind-part-${i}`));
    try {
      let next = 0;
      const worker = async () => {
        while (next < parts.length) {
          const i = next++;
          rmSync(dirs[i]!, { recursive: true, force: true });
          // Awaited first: `asIs += await …` would read asIs before the other run adds to it.
          const part = await indexPart(dir, parts[i]!, dirs[i]!, options.copies);
          asIs += part.asIs;
        }
      };
      await Promise.all(Array.from({ length: Math.max(1, options.parallel ?? 2) }, worker));
      const merging = performance.now();
      await mergeBundles(dirs, out, { move: true });
      mergeMs = performance.now() - merging;
    } finally {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    }
  }
  const ms = performance.now() - started;
  // scripts/bench.ts reads this line for the indexing time: keep its shape.
  log(`Pagefind indexed ${files.length} pages in ${(ms / 1000).toFixed(2)} s (${parts.length} run${parts.length === 1 ? '' : 's'} of up to ${perRun} pages${parts.length > 1 ? `, ${Math.min(parts.length, Math.max(1, options.parallel ?? 2))} at a time, merged in ${(mergeMs / 1000).toFixed(2)} s` : ''})`);
  return { pages: files.length, ms, runs: parts.length, asIs };
}
