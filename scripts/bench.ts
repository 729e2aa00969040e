/**
 * `npm run bench -- --pages N`: the scale benchmark (issue 6). Generates a synthetic handbook of
 * N entities (scripts/synthetic-handbook.ts) in a temporary folder and measures, in one run:
 *
 *   check     `touchstone check` on it (the CLI, as a process: what an author waits for)
 *   build     the full site build (`astro build`, Pagefind and the page-size report included) with
 *             TOUCHSTONE_HANDBOOK pointing at it, into a temporary outDir, with its own
 *             TOUCHSTONE_CACHE_DIR and the clean environment test/e2e/harness.ts buildSite uses
 *   index     Pagefind's part of the build (the integration logs it)
 *   memory    peak RSS of the build: the largest of the build's process tree (node + pagefind)
 *             summed, sampled every 100 ms, and of any one process's own high-water mark
 *   sizes     HTML bytes per page (median, max) and JS per page type (src/built-pages/page-sizes.ts)
 *   floor     the same entities built by a bare Astro project (generated next to the handbook:
 *             one minimal page per entity and locale with its title and prose as plain HTML,
 *             built with this project's astro), then indexed by Pagefind with its defaults
 *
 * Prints a table and one JSON line (`ratio` = our build total / the floor's total, both with
 * indexing). Options: --pages N (default 1000), --seed S, --no-floor, --keep (keep the temporary
 * folder and print it), --search (serve the build and time the first search query in Chromium),
 * --profile DIR (write V8 CPU profiles of the build into DIR), --rounds R (build ours and the
 * floor one after the other R times, each cold; the ratio is the median of the rounds' ratios).
 *
 * `npm run bench -- --lighthouse` measures instead the editor page's first load on a phone: the
 * example handbook built as `npm run build` builds it (or --site DIR, a built site), its JS on
 * load, and Lighthouse's mobile performance score, total blocking time and LCP on the editor with
 * a file open (scripts/editor-lighthouse.ts; --runs R, default 3, the medians count).
 * The temporary folder is in the OS temp dir, never in the repository, and is deleted at the end.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measurePages, type PageSize } from '../src/built-pages/page-sizes.ts';
import { formatSizes, summarizeSizes, type TypeSummary } from '../src/built-pages/size-table.ts';
import { generateHandbook, type FloorEntity, type SyntheticHandbook } from './synthetic-handbook.ts';

export const REPO = fileURLToPath(new URL('../', import.meta.url));
const ASTRO = join(REPO, 'node_modules', 'astro', 'bin', 'astro.mjs');
const CLI = join(REPO, 'bin', 'touchstone.mjs');

// ───────────────────────────── processes ─────────────────────────────

/**
 * The environment `npm run build` gives astro, as test/e2e/harness.ts buildSite makes it: the
 * project's bin and this Node first on PATH, no deploy base or site URL, no Vitest variables
 * (NODE_ENV=test would make development builds), telemetry and colours off.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: [join(REPO, 'node_modules', '.bin'), dirname(process.execPath), process.env['PATH'] ?? ''].join(delimiter),
  };
  for (const key of Object.keys(env))
    if (/^(VITEST|NODE_ENV$|TEST$|TOUCHSTONE_|NODE_OPTIONS$)/.test(key)) delete env[key];
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

export interface Measured {
  code: number | null;
  output: string;
  seconds: number;
  /** Peak resident memory of the process tree, in MB (see sampleMemory). */
  peakRssMb: number;
}

/** Pids of a process and all its descendants (Linux /proc). */
function tree(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    const p = out[i]!;
    try {
      for (const task of readdirSync(`/proc/${p}/task`)) {
        const children = readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
        if (children) out.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // gone
    }
  }
  return out;
}

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Runs a command, timing it and sampling the memory of its process tree every 100 ms. */
export function measure(
  argv: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number; onLine?: (line: string) => void },
): Promise<Measured> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(argv[0]!, argv.slice(1), {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let partial = '';
    const keep = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output += text;
      if (output.length > 400_000) output = output.slice(-200_000);
      if (options.onLine) {
        const lines = (partial + text).split('\n');
        partial = lines.pop() ?? '';
        for (const l of lines) options.onLine(l);
      }
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peakKb = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      let sum = 0;
      for (const pid of tree(child.pid)) {
        sum += statusKb(pid, 'VmRSS');
        peakKb = Math.max(peakKb, statusKb(pid, 'VmHWM'));
      }
      peakKb = Math.max(peakKb, sum);
    };
    const sampler = setInterval(sample, 100);
    const timer = setTimeout(
      () => {
        output += `\n(killed after ${(options.timeoutMs ?? 0) / 1000} s)`;
        child.kill('SIGKILL');
      },
      options.timeoutMs ?? 60 * 60_000,
    );
    child.on('error', (e) => {
      clearInterval(sampler);
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearInterval(sampler);
      clearTimeout(timer);
      resolvePromise({ code, output, seconds: (performance.now() - started) / 1000, peakRssMb: peakKb / 1024 });
    });
  });
}

function tail(text: string, lines = 40): string {
  return text
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .filter((l) => !/^npm warn/i.test(l))
    .slice(-lines)
    .join('\n');
}

// ───────────────────────────── steps ─────────────────────────────

export interface CheckResult {
  /** The median of the runs. */
  seconds: number;
  runs: number[];
  files: number;
  errors: number;
  warnings: number;
}

/**
 * `touchstone check <dir> --format json`, as a process (Node's start-up included): wall time, and
 * what it found. Run `times` times, the median reported: the first run after the handbook was
 * written competes with the kernel writing it back to disk.
 */
export async function timeCheck(dir: string, times = 3): Promise<CheckResult> {
  const runs: number[] = [];
  let parsed: { files: number; errors: number; warnings: number } | undefined;
  for (let i = 0; i < times; i++) {
    const run = await measure([process.execPath, CLI, 'check', dir, '--format', 'json'], {
      cwd: REPO,
      env: cleanEnv(),
    });
    try {
      parsed = JSON.parse(run.output.slice(run.output.indexOf('{'))) as {
        files: number;
        errors: number;
        warnings: number;
      };
    } catch {
      throw new Error(`touchstone check printed no JSON (exit ${run.code}):\n${tail(run.output)}`);
    }
    runs.push(run.seconds);
  }
  return { seconds: median(runs), runs, files: parsed!.files, errors: parsed!.errors, warnings: parsed!.warnings };
}

export interface BuildMeasure {
  dir: string;
  /** Wall time of the whole build, indexing and page-size report included. */
  seconds: number;
  /** Pagefind's part, as the integration logs it. */
  indexSeconds: number;
  peakRssMb: number;
  /** Of the astro step and of the index step. */
  astroPeakRssMb: number;
  indexPeakRssMb: number;
  /** The build's log, kept short (the last lines). */
  log: string;
}

/**
 * Builds the handbook site from `handbook` into `outDir` with the steps of package.json's "build"
 * script (what `npm run build` runs: `astro build` with its Node flags, then the search index in a
 * process of its own), redirected to outDir as test/e2e/harness.ts planBuild does. Time is the
 * sum, peak memory the larger of the steps (they never run at the same time).
 */
export async function buildSiteMeasured(
  handbook: string,
  outDir: string,
  cacheDir: string,
  options: { profileDir?: string } = {},
): Promise<BuildMeasure> {
  const { planBuild } = await import('../test/e2e/harness.ts');
  const script = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
    .scripts['build'];
  const extra: Record<string, string> = { TOUCHSTONE_HANDBOOK: handbook, TOUCHSTONE_CACHE_DIR: cacheDir };
  if (options.profileDir) extra['NODE_OPTIONS'] = `--cpu-prof --cpu-prof-dir=${options.profileDir}`;
  let seconds = 0;
  let astro: Measured | undefined;
  let index: Measured | undefined;
  let output = '';
  for (const step of planBuild(script, outDir)) {
    if (!('argv' in step)) throw new Error(`The build script cannot be redirected to another folder: ${script}`);
    const argv =
      step.argv[0] === 'astro'
        ? [process.execPath, ASTRO, ...step.argv.slice(1)]
        : step.argv[0] === 'node'
          ? [process.execPath, ...step.argv.slice(1)]
          : step.argv;
    const run = await measure(argv, { cwd: REPO, env: cleanEnv(extra) });
    if (run.code !== 0) throw new Error(`Build step failed (exit ${run.code}): ${argv.join(' ')}\n${tail(run.output)}`);
    seconds += run.seconds;
    output += run.output;
    if (argv.some((a) => a.endsWith('index-site.ts'))) index = run;
    else if (argv.some((a) => a.endsWith('astro.mjs'))) astro = run;
  }
  if (!astro || !index) throw new Error(`Expected an astro build step and an index step in: ${script}`);
  if (!/Pagefind indexed \d+ pages in [\d.]+ s/.test(index.output))
    throw new Error(`The index step did not log what it indexed:\n${tail(index.output)}`);
  return {
    dir: outDir,
    seconds,
    indexSeconds: index.seconds,
    peakRssMb: Math.max(astro.peakRssMb, index.peakRssMb),
    astroPeakRssMb: astro.peakRssMb,
    indexPeakRssMb: index.peakRssMb,
    log: tail(output, 30),
  };
}

/**
 * The floor: a bare Astro project with one page per entity and locale (the handbook site has
 * one per entity and locale too), its title and prose as plain HTML (FloorEntity), indexed by
 * Pagefind in one run with its defaults, built with this project's astro (node_modules linked
 * in).
 */
export async function buildFloor(
  entities: readonly FloorEntity[],
  work: string,
): Promise<BuildMeasure & { buildSeconds: number }> {
  const root = join(work, 'floor');
  mkdirSync(join(root, 'src', 'pages', '[lang]', '[kind]'), { recursive: true });
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
  writeFileSync(
    join(root, 'package.json'),
    JSON.stringify({ name: 'touchstone-floor', private: true, type: 'module' }),
  );
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `export default { build: { format: 'directory' }, cacheDir: ${JSON.stringify(join(work, 'floor-cache'))} };\n`,
  );
  const data = join(root, 'entities.json');
  writeFileSync(data, JSON.stringify(entities));
  writeFileSync(
    join(root, 'src', 'pages', '[lang]', '[kind]', '[id].astro'),
    `---
import { readFileSync } from 'node:fs';
export function getStaticPaths() {
  const entities = JSON.parse(readFileSync(${JSON.stringify(data)}, 'utf8'));
  return ['zh-CN', 'en'].flatMap((lang) => entities.map((e) => ({ params: { lang: lang.toLowerCase(), kind: e.kind, id: e.id }, props: { lang, e } })));
}
const { lang, e } = Astro.props;
const t = (text) => text[lang] ?? text['zh-CN'];
---
<!doctype html>
<html lang={lang}>
  <head><meta charset="utf-8" /><title>{t(e.title)}</title></head>
  <body><main><h1>{t(e.title)}</h1>{e.items.map((i) => <p>{t(i)}</p>)}</main></body>
</html>
`,
  );
  const out = join(root, 'dist'); // inside the project, so the prerender chunks resolve node_modules
  const run = await measure([process.execPath, ASTRO, 'build', '--outDir', out], { cwd: root, env: cleanEnv() });
  if (run.code !== 0) throw new Error(`The floor's astro build failed (exit ${run.code}):\n${tail(run.output)}`);
  // Indexed in a process of its own, so that its memory (Pagefind's included) is measured too.
  // Indexed by Pagefind as it comes (one run over the folder, default options), not by our index
  // step: the floor is what a bare Astro site with Pagefind costs.
  const code = `const pagefind = await import('pagefind'); const { index } = await pagefind.createIndex(); const added = await index.addDirectory({ path: ${JSON.stringify(out)} }); await index.writeFiles({ outputPath: ${JSON.stringify(join(out, 'pagefind'))} }); await pagefind.close(); console.log('Pagefind indexed ' + added.page_count + ' pages');`;
  const index = await measure([process.execPath, '--input-type=module', '-e', code], { cwd: REPO, env: cleanEnv() });
  if (index.code !== 0) throw new Error(`Pagefind failed on the floor (exit ${index.code}):\n${tail(index.output)}`);
  const indexSeconds = index.seconds;
  return {
    dir: out,
    seconds: run.seconds + indexSeconds,
    buildSeconds: run.seconds,
    indexSeconds,
    peakRssMb: Math.max(run.peakRssMb, index.peakRssMb),
    astroPeakRssMb: run.peakRssMb,
    indexPeakRssMb: index.peakRssMb,
    log: tail(run.output, 10),
  };
}

// ───────────────────────────── the run ─────────────────────────────

export interface BenchResult {
  /** Entities asked for (N). */
  pages: number;
  html_pages: number;
  files: number;
  source_mb: number;
  counts: SyntheticHandbook['counts'];
  gate_errors: number;
  gate_warnings: number;
  /** Median of three runs of `touchstone check`. */
  check_s: number;
  check_runs_s: number[];
  build_s: number;
  index_s: number;
  floor_s: number | null;
  floor_build_s: number | null;
  floor_index_s: number | null;
  floor_html_pages: number | null;
  /** build_s / floor_s: both totals include Pagefind indexing (with rounds, the median of the rounds' ratios). */
  ratio: number | null;
  rounds: number;
  /** Each round's build and floor, in seconds, and their ratio. */
  build_runs_s: number[];
  floor_runs_s: number[];
  ratio_runs: number[];
  html_kb_median: number;
  html_kb_max: number;
  /** The heaviest page (path). */
  html_max_page: string;
  peak_rss_mb: number;
  /** Of the two build steps: `astro build`, and the search index. */
  peak_rss_astro_mb: number;
  peak_rss_index_mb: number;
  floor_peak_rss_mb: number | null;
  /** Median HTML per page type, KB. */
  html_kb_median_by_type: Record<string, number>;
  /** Largest JS a page of the type loads up front / on interaction, KB. */
  js_kb_by_type: Record<string, { load: number; interaction: number }>;
  seed: number;
  node: string;
  search?: SearchMeasure;
  /** Every query of SEARCH_QUERIES, each in a fresh browser context (nothing cached). */
  search_all?: SearchMeasure[];
  /** The largest first-query download of them, KB, and the slowest time to results, ms. */
  search_kb_max?: number;
  search_ms_max?: number;
}

/**
 * Queries for the first-search measure: a term of a few pages' worth, two common ones (服务 is on
 * nearly every page: its index chunk is the largest) and an English one on the English pages.
 */
export const SEARCH_QUERIES: readonly [string, string][] = [
  ['投诉', 'zh-cn'],
  ['电梯', 'zh-cn'],
  ['服务', 'zh-cn'],
  ['complaint', 'en'],
];

export interface BenchOptions {
  pages: number;
  seed?: number;
  floor?: boolean;
  keep?: boolean;
  search?: boolean;
  profileDir?: string;
  log?: (line: string) => void;
  /** Parent of the temporary folder (default: the OS temp dir). */
  tmp?: string;
  /**
   * Builds of ours and of the floor, one after the other, this many times (default 1), each from
   * a cold cache; times and the ratio are the medians (the ratio of each round's pair). On a
   * machine whose speed drifts over minutes, a pair built close together compares better.
   */
  rounds?: number;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = (sorted.length - 1) / 2;
  return (sorted[Math.floor(mid)]! + sorted[Math.ceil(mid)]!) / 2;
}

export interface SearchMeasure {
  query: string;
  /**
   * Bytes of /pagefind/ responses (bodies and headers, as transferred: the test server gzips text
   * as static hosts do; Pagefind's own files are gzipped already) from opening the search page
   * until the first query's results show: loading Pagefind (pagefind.js, its WebAssembly, entry,
   * metadata) and the query (index chunks, the fragments of the results shown).
   */
  bytes: number;
  /** The same files' sizes as built (pagefind.js uncompressed). */
  bytesOnDisk: number;
  /** The part of `bytes` fetched before the query was typed. */
  loadBytes: number;
  requests: number;
  /** From typing the query (Pagefind loaded) to the first results on screen, ms (the widget's 120 ms debounce not counted). */
  ms: number;
  /** From opening the page to Pagefind ready, ms. */
  loadMs: number;
  results: number;
  /** Fetched for the facets (every filter's index), which the widget loads once the results show. */
  facetBytes: number;
}

/**
 * Serves a built site on 127.0.0.1, opens the search page in headless Chromium and runs one
 * Chinese query: what the first query downloads from /pagefind/ and how long until results show.
 */
export async function measureSearch(dir: string, query = '投诉', locale = 'zh-cn'): Promise<SearchMeasure> {
  const { serve, launchBrowser } = await import('../test/e2e/harness.ts');
  const server = await serve(dir, { gzip: true });
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    // Filter indexes are fetched only for the facets, which the widget loads after the first
    // results are on screen: they are counted apart (facetBytes), whenever they arrive.
    const sizes: Promise<number>[] = [];
    const onDisk: number[] = [];
    const facetSizes: Promise<number>[] = [];
    page.on('requestfinished', (request) => {
      const path = new URL(request.url()).pathname;
      if (!path.includes('/pagefind/')) return;
      if (path.includes('/pagefind/filter/'))
        facetSizes.push(
          request.sizes().then(
            (s) => s.responseBodySize + s.responseHeadersSize,
            () => 0,
          ),
        );
      else {
        sizes.push(
          request.sizes().then(
            (s) => s.responseBodySize + s.responseHeadersSize,
            () => 0,
          ),
        );
        onDisk.push(statSync(join(dir, decodeURIComponent(path))).size);
      }
    });
    const sum = async (list: Promise<number>[]) => (await Promise.all(list)).reduce((a, b) => a + b, 0);
    const total = () => sum(sizes);
    const opened = Date.now();
    await page.goto(`${server.url}/${locale}/search/`);
    // Ready: the widget clears its "loading" status once Pagefind is imported and configured.
    await page.waitForFunction(
      () =>
        document.querySelector('[data-with-js]:not([hidden])') !== null &&
        (document.querySelector('#search-status')?.textContent ?? 'x') === '',
      undefined,
      { timeout: 60_000 },
    );
    const loadMs = Date.now() - opened;
    await page.waitForTimeout(300);
    const loadBytes = await total();
    const started = Date.now();
    await page.locator('#search-input').fill(query);
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 0, undefined, {
      timeout: 60_000,
    });
    // The widget waits 120 ms after the last keystroke before it searches (debounce): not Pagefind's time.
    const ms = Date.now() - started - 120;
    const requests = sizes.length;
    const bytes = await total();
    const bytesOnDisk = onDisk.reduce((a, b) => a + b, 0);
    const results = await page.locator('#search-results > li').count();
    await page.waitForSelector('#search-facets fieldset', { timeout: 60_000 });
    await page.waitForTimeout(300);
    const facetBytes = await sum(facetSizes);
    await context.close();
    return { query, bytes, bytesOnDisk, loadBytes, requests, ms, loadMs, results, facetBytes };
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const log = options.log ?? (() => {});
  const seed = options.seed ?? 20261101;
  const work = mkdtempSync(join(options.tmp ?? tmpdir(), 'touchstone-bench-'));
  try {
    const handbook = join(work, 'handbook');
    log(`generating ${options.pages} entities (seed ${seed}) in ${handbook}`);
    const generated = generateHandbook(handbook, options.pages, seed);
    log(`  ${generated.files} files, ${(generated.bytes / 1e6).toFixed(1)} MB: ${JSON.stringify(generated.counts)}`);

    log('touchstone check …');
    const check = await timeCheck(handbook);
    log(
      `  ${check.seconds.toFixed(2)} s (median of ${check.runs.map((r) => r.toFixed(2)).join(', ')}), ${check.errors} errors, ${check.warnings} warnings`,
    );

    const rounds = Math.max(1, Math.floor(options.rounds ?? 1));
    const buildOptions: { profileDir?: string } = {};
    if (options.profileDir) buildOptions.profileDir = resolve(options.profileDir);
    const builds: BuildMeasure[] = [];
    const floors: (BuildMeasure & { buildSeconds: number })[] = [];
    for (let r = 1; r <= rounds; r++) {
      const of = rounds > 1 ? ` (round ${r} of ${rounds})` : '';
      log(`site build (astro build + Pagefind + page sizes)${of} …`);
      for (const d of ['dist', 'cache']) rmSync(join(work, d), { recursive: true, force: true });
      const b = await buildSiteMeasured(handbook, join(work, 'dist'), join(work, 'cache'), buildOptions);
      builds.push(b);
      log(`  ${b.seconds.toFixed(1)} s (Pagefind ${b.indexSeconds.toFixed(1)} s), peak ${b.peakRssMb.toFixed(0)} MB`);
      if (options.floor !== false) {
        log(`floor (bare Astro, one page per entity and locale, + Pagefind)${of} …`);
        for (const d of ['floor', 'floor-cache']) rmSync(join(work, d), { recursive: true, force: true });
        const f = await buildFloor(generated.entities, work);
        floors.push(f);
        log(
          `  ${f.seconds.toFixed(1)} s (build ${f.buildSeconds.toFixed(1)} s, Pagefind ${f.indexSeconds.toFixed(1)} s), peak ${f.peakRssMb.toFixed(0)} MB`,
        );
      }
    }
    // The round whose time is the median stands for all (its page sizes are the same in every round).
    const middle = <T extends { seconds: number }>(list: readonly T[]): T =>
      [...list].sort((a, b) => a.seconds - b.seconds)[Math.floor((list.length - 1) / 2)]!;
    const build = { ...middle(builds), peakRssMb: Math.max(...builds.map((b) => b.peakRssMb)) };
    const ratios = floors.map((f, i) => builds[i]!.seconds / f.seconds);

    const pages: PageSize[] = measurePages(build.dir);
    const summary: TypeSummary[] = summarizeSizes(pages);
    const heaviest = pages.reduce((a, b) => (b.html > a.html ? b : a));

    const floor =
      floors.length > 0 ? { ...middle(floors), peakRssMb: Math.max(...floors.map((f) => f.peakRssMb)) } : undefined;
    const floorPages = floor ? measurePages(floor.dir).length : 0;

    const result: BenchResult = {
      pages: options.pages,
      html_pages: pages.length,
      files: generated.files,
      source_mb: round(generated.bytes / 1e6, 1),
      counts: generated.counts,
      gate_errors: check.errors,
      gate_warnings: check.warnings,
      check_s: round(check.seconds),
      check_runs_s: check.runs.map((r) => round(r)),
      build_s: round(build.seconds),
      index_s: round(build.indexSeconds),
      floor_s: floor ? round(floor.seconds) : null,
      floor_build_s: floor ? round(floor.buildSeconds) : null,
      floor_index_s: floor ? round(floor.indexSeconds) : null,
      floor_html_pages: floor ? floorPages : null,
      ratio: floor ? round(median(ratios)) : null,
      rounds,
      build_runs_s: builds.map((b) => round(b.seconds)),
      floor_runs_s: floors.map((f) => round(f.seconds)),
      ratio_runs: ratios.map((r) => round(r)),
      html_kb_median: round(median(pages.map((p) => p.html)) / 1024, 1),
      html_kb_max: round(heaviest.html / 1024, 1),
      html_max_page: heaviest.path,
      peak_rss_mb: Math.round(build.peakRssMb),
      peak_rss_astro_mb: Math.round(build.astroPeakRssMb),
      peak_rss_index_mb: Math.round(build.indexPeakRssMb),
      floor_peak_rss_mb: floor ? Math.round(floor.peakRssMb) : null,
      html_kb_median_by_type: Object.fromEntries(summary.map((s) => [s.type, round(s.htmlMedian / 1024, 1)])),
      js_kb_by_type: Object.fromEntries(
        summary.map((s) => [s.type, { load: round(s.jsMax / 1024, 1), interaction: round(s.jsLaterMax / 1024, 1) }]),
      ),
      seed,
      node: process.version,
    };
    if (options.search) {
      log('first search query in Chromium …');
      const all: SearchMeasure[] = [];
      for (const [query, locale] of SEARCH_QUERIES) {
        const s = await measureSearch(build.dir, query, locale);
        all.push(s);
        log(
          `  “${query}” (/${locale}/search/): ${(s.bytes / 1024).toFixed(1)} KB transferred, ${(s.bytesOnDisk / 1024).toFixed(1)} KB as built (${(s.loadBytes / 1024).toFixed(1)} KB of it before the query) in ${s.requests} requests; ${s.ms} ms to results; ${s.results} results shown; then ${(s.facetBytes / 1024).toFixed(1)} KB for the facets`,
        );
      }
      result.search = all[0]!;
      result.search_all = all;
      result.search_kb_max = round(Math.max(...all.map((s) => s.bytes)) / 1024, 1);
      result.search_ms_max = Math.max(...all.map((s) => s.ms));
    }
    log(`page sizes:\n${formatSizes(summary)}`);
    return result;
  } finally {
    if (options.keep) log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

/** The human-readable table. */
export function formatResult(r: BenchResult): string {
  const rows: [string, string][] = [
    [
      'entities (N)',
      `${r.pages} (${r.counts.touchpoints} touchpoints, ${r.counts.sops} SOPs, ${r.counts.cases} cases, ${r.counts.checklists} checklists, ${r.counts.guides} guides)`,
    ],
    ['source files', `${r.files} (${r.source_mb} MB)`],
    ['HTML pages', `${r.html_pages} (floor ${r.floor_html_pages ?? '–'})`],
    ['gate', `${r.gate_errors} errors, ${r.gate_warnings} warnings`],
    ['touchstone check', `${r.check_s.toFixed(2)} s (median of ${r.check_runs_s.map((x) => x.toFixed(2)).join(', ')})`],
    ['site build (total)', `${r.build_s.toFixed(1)} s`],
    ['  of which Pagefind', `${r.index_s.toFixed(1)} s`],
    [
      'floor (bare Astro + Pagefind)',
      r.floor_s === null
        ? '–'
        : `${r.floor_s.toFixed(1)} s (build ${r.floor_build_s!.toFixed(1)} s + Pagefind ${r.floor_index_s!.toFixed(1)} s)`,
    ],
    [
      'ratio (build / floor)',
      r.ratio === null
        ? '–'
        : `${r.ratio.toFixed(2)}${r.rounds > 1 ? ` (median of ${r.ratio_runs.map((x) => x.toFixed(2)).join(', ')}; builds ${r.build_runs_s.map((x) => x.toFixed(1)).join(', ')} s; floors ${r.floor_runs_s.map((x) => x.toFixed(1)).join(', ')} s)` : ''}`,
    ],
    ['HTML per page', `median ${r.html_kb_median} KB, max ${r.html_kb_max} KB (${r.html_max_page})`],
    [
      'peak RSS (build)',
      `${r.peak_rss_mb} MB (astro build ${r.peak_rss_astro_mb} MB, search index ${r.peak_rss_index_mb} MB; floor ${r.floor_peak_rss_mb ?? '–'} MB)`,
    ],
  ];
  for (const s of r.search_all ?? (r.search ? [r.search] : [])) {
    rows.push([
      `first search “${s.query}”`,
      `${(s.bytes / 1024).toFixed(1)} KB transferred (${(s.bytesOnDisk / 1024).toFixed(1)} KB as built) in ${s.requests} requests (${(s.loadBytes / 1024).toFixed(1)} KB before the query), ${s.ms} ms to results (${s.results} shown; page to Pagefind ready ${s.loadMs} ms); facets then ${(s.facetBytes / 1024).toFixed(1)} KB`,
    ]);
  }
  const width = Math.max(...rows.map(([k]) => k.length));
  const js = Object.entries(r.js_kb_by_type)
    .map(
      ([type, v]) =>
        `  ${type.padEnd(18)} ${String(r.html_kb_median_by_type[type]).padStart(8)} ${String(v.load).padStart(8)} ${String(v.interaction).padStart(8)}`,
    )
    .join('\n');
  return [
    ...rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`),
    '',
    `  ${'page type'.padEnd(18)} ${'html~ KB'.padStart(8)} ${'js KB'.padStart(8)} ${'later KB'.padStart(8)}`,
    js,
  ].join('\n');
}

const USAGE = `npm run bench -- [options]   the scale benchmark: check, build, floor, sizes, memory

  --pages N     entities in the synthetic handbook (default 1000, at least 10)
  --seed S      the generator's seed (default 20261101)
  --rounds R    build ours and the floor in turn R times; the ratio is the median of the pairs
  --search      serve the build and time the first search query in Chromium
  --no-floor    skip the bare Astro + Pagefind floor build
  --keep        keep the temporary folder and print where it is
  --profile DIR write V8 CPU profiles of the build into DIR
  --lighthouse  instead: the editor page's first load on a phone (Lighthouse, mobile), on the
                example handbook built into a temporary folder
  --site DIR    with --lighthouse: measure this built site instead of building
  --runs R      with --lighthouse: Lighthouse runs (default 3; the medians count)
  -h, --help    this text

Prints a table, then one JSON line.`;

/**
 * `--lighthouse`: the example handbook's site (built into a temporary folder unless `site` names
 * a built one), the editor page's JS on load (the build's size table, "edit" row) and Lighthouse
 * on the editor with a file open. Prints the numbers, then one JSON line.
 */
async function editorBench(site: string | undefined, runs: number): Promise<void> {
  const log = (l: string) => console.error(`[bench] ${l}`);
  // Loaded here: the scale benchmark (and scale.test.ts, which imports this file) needs neither.
  const { EDITOR_PAGE, formatLighthouse, measureLighthouse } = await import('./editor-lighthouse.ts');
  const work = site === undefined ? mkdtempSync(join(tmpdir(), 'touchstone-bench-')) : undefined;
  try {
    let dir = site === undefined ? '' : resolve(site);
    if (work) {
      const { buildSite } = await import('../test/e2e/harness.ts');
      log('building the example handbook (npm run build) …');
      dir = (await buildSite({ outDir: join(work, 'dist'), cacheDir: join(work, 'cache'), log })).dir;
    }
    const edit = summarizeSizes(measurePages(dir)).find((s) => s.type === 'edit');
    log(`Lighthouse (mobile, performance) on ${EDITOR_PAGE}, ${runs} runs …`);
    const lighthouse = await measureLighthouse(dir, EDITOR_PAGE, runs);
    console.log(`editor page JS on load: ${((edit?.jsMax ?? 0) / 1024).toFixed(1)} KB`);
    console.log(formatLighthouse(lighthouse));
    console.log(JSON.stringify({ edit_js_kb: round((edit?.jsMax ?? 0) / 1024, 1), lighthouse, node: process.version }));
  } finally {
    if (work) rmSync(work, { recursive: true, force: true });
  }
}

async function cli(): Promise<void> {
  const { values } = parseArgs({
    options: {
      pages: { type: 'string', default: '1000' },
      seed: { type: 'string' },
      'no-floor': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      search: { type: 'boolean', default: false },
      profile: { type: 'string' },
      rounds: { type: 'string', default: '1' },
      lighthouse: { type: 'boolean', default: false },
      site: { type: 'string' },
      runs: { type: 'string', default: '3' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (values.lighthouse) {
    const runs = Number(values.runs);
    if (!Number.isInteger(runs) || runs < 1) {
      console.error('--runs must be a whole number ≥ 1');
      process.exit(2);
    }
    await editorBench(values.site, runs);
    return;
  }
  const pages = Number(values.pages);
  if (!Number.isInteger(pages) || pages < 10) {
    console.error('--pages must be a whole number ≥ 10');
    process.exit(2);
  }
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) {
    console.error('--rounds must be a whole number ≥ 1');
    process.exit(2);
  }
  const options: BenchOptions = {
    pages,
    rounds,
    floor: !values['no-floor'],
    keep: values.keep,
    search: values.search,
    log: (l) => console.error(`[bench] ${l}`),
  };
  if (values.seed !== undefined) options.seed = Number(values.seed);
  if (values.profile !== undefined) options.profileDir = values.profile;
  const result = await runBench(options);
  console.log(formatResult(result));
  console.log(JSON.stringify(result));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(ASTRO)) throw new Error(`astro is not installed (${ASTRO}): run npm install`);
  await cli();
}
