/**
 * The browser-test harness: build the site once, serve it on 127.0.0.1, drive it in Debian's
 * Chromium through playwright-core, and check pages with axe-core.
 *
 *   buildSite({ outDir? })     runs the project's own `npm run build` steps into outDir
 *                              (default: a new temporary folder); planBuild() shows how
 *   serve(dir)                 a static HTTP server on 127.0.0.1:<random port>
 *   launchBrowser()            Chromium (CHROMIUM_PATH or /usr/bin/chromium), headless
 *   openPage(browser, url, …)  a page in a fresh context that can reach 127.0.0.1 only
 *   runAxe(page)               axe-core violations for WCAG 2.0/2.1 A and AA (formatViolations)
 *   tabStops(page), focused()  keyboard focus order, with a visible-indicator verdict per stop
 *
 * test/e2e/global-setup.ts builds and serves the example handbook once per run and provides
 * `touchstoneSite` to the tests; test/e2e/site.ts reads it (`site()`) and knows the URL scheme.
 * This file is imported both by the global setup (main process) and by the tests (workers).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { delimiter, dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Result as AxeResult } from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page, type Response } from 'playwright-core';
import { onTestFinished } from 'vitest';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** What the global setup hands the tests: the built site and where it is served, or why not. */
export type SiteInfo =
  { ok: true; dir: string; url: string; buildMs: number; steps: string[] } | { ok: false; error: string };

declare module 'vitest' {
  export interface ProvidedContext {
    touchstoneSite: SiteInfo;
  }
}

// ───────────────────────────── build ─────────────────────────────

export interface BuildOptions {
  /** Output folder (created; emptied first); default: <tmp>/touchstone-site-XXXX/dist. */
  outDir?: string;
  /** Handbook folder (TOUCHSTONE_HANDBOOK); default: the environment's, else ./standards. */
  handbook?: string;
  /** Astro's cache folder (TOUCHSTONE_CACHE_DIR), so that this build shares nothing with others. */
  cacheDir?: string;
  /** Progress lines. */
  log?: (line: string) => void;
}

export interface BuildResult {
  dir: string;
  /** The commands run, as shown to a human. */
  steps: string[];
  ms: number;
  /** What the steps printed (the tail of each, as run() keeps it). */
  output: string;
}

/** Thrown when a build step fails; `output` is the tail of what the step printed. */
export class BuildError extends Error {
  readonly output: string;
  constructor(message: string, output: string) {
    super(`${message}\n${output}`);
    this.name = 'BuildError';
    this.output = output;
  }
}

type Step = { argv: string[] } | { copyDist: true };

/**
 * Turns package.json's "build" script into steps that write to outDir instead of dist/:
 * `astro build …` (or `node <flags> node_modules/astro/bin/astro.mjs build …`) gets `--outDir
 * <outDir>`, `pagefind …` and `node scripts/index-site.ts` get
 * `--site <outDir>`. A script with
 * any other step that names dist (or quotes, pipes, ;) cannot be redirected safely: then the
 * script runs as is (`npm run build`, into dist/) and dist/ is copied to outDir.
 * Without a build script: astro build, then pagefind.
 */
export function planBuild(script: string | undefined, outDir: string): Step[] {
  if (script === undefined || script.trim() === '') {
    return [{ argv: ['astro', 'build', '--outDir', outDir] }, { argv: ['pagefind', '--site', outDir] }];
  }
  if (/["'`|;<>$\\]/.test(script) || /(^|[^&])&($|[^&])/.test(script)) return [{ copyDist: true }];
  const steps: Step[] = [];
  for (const segment of script.split('&&')) {
    let argv = segment.trim().split(/\s+/).filter(Boolean);
    if (argv[0] === 'npx') argv = argv.slice(1).filter((a, i) => !(i === 0 && a.startsWith('-')));
    const astroAt = argv.findIndex(
      (a) => a === 'node_modules/astro/bin/astro.mjs' || a === './node_modules/astro/bin/astro.mjs',
    );
    if (argv[0] === 'astro' && argv[1] === 'build') {
      steps.push({ argv: [...withoutFlag(argv, ['--outDir']), '--outDir', outDir] });
    } else if (
      argv[0] === 'node' &&
      astroAt > 0 &&
      argv[astroAt + 1] === 'build' &&
      argv.slice(1, astroAt).every((a) => a.startsWith('-'))
    ) {
      // `node <flags> node_modules/astro/bin/astro.mjs build`: astro build with Node flags.
      steps.push({ argv: [process.execPath, ...withoutFlag(argv.slice(1), ['--outDir']), '--outDir', outDir] });
    } else if (argv[0] === 'node' && argv[1] === 'scripts/index-site.ts') {
      // The project's own index step (Pagefind per language): takes --site like pagefind.
      steps.push({ argv: [process.execPath, ...withoutFlag(argv.slice(1), ['--site']), '--site', outDir] });
    } else if (argv[0] === 'pagefind') {
      if (argv.some((a) => a.startsWith('--output-path'))) return [{ copyDist: true }];
      steps.push({ argv: [...withoutFlag(argv, ['--site', '-s']), '--site', outDir] });
    } else if (argv.some((a) => /^(\.\/)?dist(\/|$)/.test(a))) {
      return [{ copyDist: true }];
    } else {
      steps.push({ argv });
    }
  }
  return steps;
}

function withoutFlag(argv: string[], names: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (names.includes(a)) {
      i++;
      continue;
    }
    if (names.some((n) => a.startsWith(`${n}=`))) continue;
    out.push(a);
  }
  return out;
}

/** The environment npm gives scripts: node_modules/.bin and the Node running us first on PATH. */
export function scriptEnv(handbook: string | undefined, cacheDir: string | undefined): NodeJS.ProcessEnv {
  const path = [join(REPO, 'node_modules', '.bin'), dirname(process.execPath), process.env['PATH'] ?? ''].join(
    delimiter,
  );
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: path,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  // The tests serve the site at the root of 127.0.0.1: no deploy sub-path, no absolute site URL.
  delete env['TOUCHSTONE_BASE'];
  delete env['TOUCHSTONE_SITE'];
  // Build what `npm run build` builds: Vitest's own variables (NODE_ENV=test, VITEST…) would make
  // Astro and Svelte produce development builds, and the budgets would measure the wrong thing.
  for (const key of Object.keys(env)) if (/^(VITEST|NODE_ENV$|TEST$)/.test(key)) delete env[key];
  if (handbook !== undefined) env['TOUCHSTONE_HANDBOOK'] = handbook;
  if (cacheDir !== undefined) env['TOUCHSTONE_CACHE_DIR'] = cacheDir;
  return env;
}

export function run(
  argv: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.length > 200_000) output = output.slice(-100_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => {
      output += `\n(killed after ${timeoutMs / 1000} s)`;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, output });
    });
  });
}

function tail(text: string, lines = 60): string {
  const clean = text
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .filter((l) => !/^npm warn/i.test(l));
  return clean.slice(-lines).join('\n');
}

/** Builds the handbook site (the project's own build steps) into options.outDir. */
export async function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  const started = Date.now();
  const outDir = resolve(options.outDir ?? join(mkdtempSync(join(tmpdir(), 'touchstone-site-')), 'dist'));
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const env = scriptEnv(options.handbook, options.cacheDir);
  const shown: string[] = [];
  let printed = '';
  for (const step of planBuild(pkg.scripts?.['build'], outDir)) {
    const argv = 'argv' in step ? step.argv : ['npm', 'run', 'build'];
    const text = argv.join(' ');
    shown.push('argv' in step ? text : `${text} && cp -r dist ${outDir}`);
    options.log?.(`  $ ${shown.at(-1)}`);
    let result: { code: number | null; output: string };
    try {
      result = await run(argv, env, 10 * 60_000);
    } catch (e) {
      throw new BuildError(`Build step could not start: ${text}`, String(e));
    }
    if (result.code !== 0)
      throw new BuildError(`Build step failed (exit ${result.code}): ${text}`, tail(result.output));
    printed += result.output;
    if (!('argv' in step)) cpSync(join(REPO, 'dist'), outDir, { recursive: true });
  }
  if (!existsSync(join(outDir, 'index.html'))) {
    throw new BuildError('The build finished but wrote no index.html', `(looked in ${outDir})`);
  }
  return { dir: outDir, steps: shown, ms: Date.now() - started, output: printed };
}

// ───────────────────────────── serve ─────────────────────────────

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  // Standards files the editor loads from /data/source/.
  '.yaml': 'text/yaml; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.mdx': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  // Pagefind's index: binary chunks (and its WebAssembly, named *.pagefind).
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export function contentType(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** http://127.0.0.1:<port> (no trailing slash). */
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface ServeOptions {
  /**
   * Compress text responses (HTML, CSS, JS, JSON, SVG …) with gzip when the browser accepts it, as
   * static hosts do (scripts/bench.ts measures what search downloads this way). Off by default:
   * the tests read byte sizes as built.
   */
  gzip?: boolean;
}

/**
 * Serves dir read-only on 127.0.0.1 at a random free port. GET and HEAD only; `/a/` serves
 * a/index.html, `/a` redirects to `/a/` when a is a folder; no directory listings; anything
 * missing is a 404 with dir/404.html when there is one; a path with a `..` segment (raw or
 * percent-encoded), a NUL or a backslash is refused (400), and nothing outside dir is served.
 */
export async function serve(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = realpathSync(resolve(dir));
  const server = createServer((req, res) => {
    try {
      handle(root, req, res, options.gzip === true);
    } catch {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Internal error');
    }
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

function send(
  res: ServerResponse,
  req: IncomingMessage,
  status: number,
  headers: Record<string, string | number>,
  body: Buffer | string,
  gzip = false,
): void {
  let buf = typeof body === 'string' ? Buffer.from(body) : body;
  const type = String(headers['content-type'] ?? '');
  if (
    gzip &&
    /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) &&
    /^(text\/|application\/(javascript|json|manifest\+json|xml)|image\/svg)/.test(type)
  ) {
    buf = gzipSync(buf);
    headers = { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' };
  }
  res.writeHead(status, {
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-length': buf.length,
    ...headers,
  });
  res.end(req.method === 'HEAD' ? undefined : buf);
}

function handle(root: string, req: IncomingMessage, res: ServerResponse, gzip: boolean): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, req, 405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }, 'Method not allowed');
    return;
  }
  const raw = (req.url ?? '/').split(/[?#]/)[0]!;
  let segments: string[];
  try {
    segments = raw.split('/').map((s) => decodeURIComponent(s));
  } catch {
    send(res, req, 400, { 'content-type': 'text/plain; charset=utf-8' }, 'Bad request');
    return;
  }
  if (
    !raw.startsWith('/') ||
    segments.some((s) => s === '..' || s === '.' || s.includes('\0') || s.includes('\\') || s.includes('/'))
  ) {
    send(res, req, 400, { 'content-type': 'text/plain; charset=utf-8' }, 'Bad request');
    return;
  }
  const path = segments.join('/');
  const target = resolve(root, `.${path}`);
  const file = inside(root, target) ? existing(root, target) : undefined;
  if (file?.kind === 'dir') {
    if (!path.endsWith('/')) {
      const query = (req.url ?? '').slice(raw.length);
      send(res, req, 301, { location: `${raw}/${query}`, 'content-type': 'text/plain; charset=utf-8' }, 'Moved');
      return;
    }
    const index = existing(root, join(file.path, 'index.html'));
    if (index?.kind === 'file') {
      send(res, req, 200, { 'content-type': contentType(index.path) }, readFileSync(index.path), gzip);
      return;
    }
  } else if (file?.kind === 'file') {
    send(res, req, 200, { 'content-type': contentType(file.path) }, readFileSync(file.path), gzip);
    return;
  }
  const notFound = existing(root, join(root, '404.html'));
  if (notFound?.kind === 'file')
    send(res, req, 404, { 'content-type': 'text/html; charset=utf-8' }, readFileSync(notFound.path));
  else send(res, req, 404, { 'content-type': 'text/plain; charset=utf-8' }, 'Not found');
}

function inside(root: string, path: string): boolean {
  return path === root || path.startsWith(root + sep);
}

/** The real path of an existing file or folder inside root (symlinks out of root do not count). */
function existing(root: string, path: string): { kind: 'file' | 'dir'; path: string } | undefined {
  try {
    const real = realpathSync(path);
    if (!inside(root, real)) return undefined;
    const st = statSync(real);
    if (st.isDirectory()) return { kind: 'dir', path: real };
    if (st.isFile()) return { kind: 'file', path: real };
  } catch {
    // missing
  }
  return undefined;
}

// ───────────────────────────── browser ─────────────────────────────

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface PageOptions {
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  javaScriptEnabled?: boolean;
  reducedMotion?: 'reduce' | 'no-preference';
  /** Abort any later navigation of the main frame (a meta refresh, a redirecting script). */
  stayOnPage?: boolean;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** The main document's response (null for about:blank or a same-document navigation). */
  response: Response | null;
  /** Every request the page tried to make to a host other than 127.0.0.1 (all were aborted). */
  blocked: string[];
  /** Uncaught exceptions in the page. */
  errors: string[];
  /** Closes the context; throws when the page tried to reach another host. */
  close(): Promise<void>;
}

/** The only host pages may reach. */
export const ALLOWED_HOST = '127.0.0.1';

/**
 * Opens url in a new browser context. Every request to a host other than 127.0.0.1 (http,
 * WebSocket, service workers are blocked outright) is aborted and recorded in `blocked`; when
 * called inside a test, that test fails at its end if anything was blocked (close() throws it
 * earlier). Waits for the load event.
 */
export async function openPage(browser: Browser, url: string, options: PageOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    reducedMotion: options.reducedMotion ?? 'reduce',
    serviceWorkers: 'block',
  });
  const blocked: string[] = [];
  const errors: string[] = [];
  let navigated = false;
  await context.route(
    () => true,
    async (route) => {
      const request = route.request();
      const requestUrl = request.url();
      if (options.stayOnPage && request.isNavigationRequest() && request.frame().parentFrame() === null) {
        if (navigated) {
          await route.abort('aborted');
          return;
        }
        navigated = true;
      }
      if (hostOf(requestUrl) === ALLOWED_HOST) {
        await route.fallback();
      } else {
        blocked.push(requestUrl);
        await route.abort('blockedbyclient');
      }
    },
  );
  await context.routeWebSocket(
    () => true,
    (ws) => {
      if (hostOf(ws.url()) === ALLOWED_HOST) {
        ws.connectToServer();
      } else {
        blocked.push(ws.url());
        ws.close();
      }
    },
  );
  let reported = false;
  const blockedMessage = () =>
    `The page tried to reach hosts other than ${ALLOWED_HOST} (${url}):\n  ${blocked.join('\n  ')}`;
  try {
    onTestFinished(() => {
      if (!reported && blocked.length > 0) throw new Error(blockedMessage());
    });
  } catch {
    // Not inside a test (beforeAll or the global setup): close() reports instead.
  }
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  const response = await page.goto(url, { waitUntil: 'load' });
  return {
    page,
    context,
    response,
    blocked,
    errors,
    close: async () => {
      await context.close();
      if (blocked.length > 0 && !reported) {
        reported = true;
        throw new Error(blockedMessage());
      }
    },
  };
}

function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'ws:' || u.protocol === 'wss:'
      ? u.hostname
      : null;
  } catch {
    return null;
  }
}

// ───────────────────────────── keyboard focus ─────────────────────────────

export interface FocusStyle {
  outlineStyle: string;
  outlineWidth: string;
  outlineColor: string;
  boxShadow: string;
}

/** The element that has focus, its style now and (after snapshotUnfocused) without focus. */
export interface Focused {
  tag: string;
  /** aria-label or text, whitespace collapsed, ≤ 60 characters. */
  label: string;
  href: string | null;
  inMain: boolean;
  isMain: boolean;
  /** Nothing focused (focus on body, or left the page). */
  isBody: boolean;
  /** Has a box on screen, not hidden, not transparent. */
  visible: boolean;
  /** Stable per element within the page. */
  key: string;
  before: FocusStyle | null;
  after: FocusStyle;
  /** The focused style differs visibly from the unfocused one (outline or box-shadow). */
  indicator: boolean;
}

const FOCUSABLE =
  'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]';

/** Remembers every focusable element's unfocused style (blurs first). */
export async function snapshotUnfocused(page: Page): Promise<void> {
  await page.evaluate((selector) => {
    (document.activeElement as HTMLElement | null)?.blur();
    const w = window as unknown as { __unfocused: Map<Element, unknown> };
    w.__unfocused = new Map();
    for (const el of document.querySelectorAll(selector)) {
      const cs = getComputedStyle(el);
      w.__unfocused.set(el, {
        outlineStyle: cs.outlineStyle,
        outlineWidth: cs.outlineWidth,
        outlineColor: cs.outlineColor,
        boxShadow: cs.boxShadow,
      });
    }
  }, FOCUSABLE);
}

/** What has focus now. */
export async function focused(page: Page): Promise<Focused> {
  const f = await page.evaluate(() => {
    const el = (document.activeElement ?? document.body) as HTMLElement;
    const cs = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const w = window as unknown as {
      __unfocused?: Map<Element, FocusStyle>;
      __keys?: WeakMap<Element, string>;
      __next?: number;
    };
    w.__keys ??= new WeakMap();
    w.__next ??= 0;
    if (!w.__keys.has(el)) w.__keys.set(el, String(w.__next++));
    const label = (el.getAttribute('aria-label') ?? el.textContent ?? el.getAttribute('name') ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 60);
    return {
      tag: el.tagName.toLowerCase(),
      label,
      href: el.getAttribute('href'),
      inMain: el.closest('main') !== null,
      isMain: el.tagName === 'MAIN',
      isBody: el === document.body || el === document.documentElement,
      visible:
        rect.width > 1 &&
        rect.height > 1 &&
        rect.bottom > 0 &&
        rect.right > 0 &&
        rect.left < innerWidth &&
        cs.visibility !== 'hidden' &&
        Number(cs.opacity) > 0,
      key: w.__keys.get(el)!,
      before: w.__unfocused?.get(el) ?? null,
      after: {
        outlineStyle: cs.outlineStyle,
        outlineWidth: cs.outlineWidth,
        outlineColor: cs.outlineColor,
        boxShadow: cs.boxShadow,
      },
    };
  });
  return { ...f, indicator: hasFocusIndicator(f.before, f.after) };
}

function transparent(color: string): boolean {
  return color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color) || /\/\s*0\)$/.test(color);
}

function outlineShows(s: FocusStyle): boolean {
  return s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) > 0 && !transparent(s.outlineColor);
}

/** Focused differs visibly from unfocused through its outline or its box-shadow. */
export function hasFocusIndicator(before: FocusStyle | null, after: FocusStyle): boolean {
  const outline =
    outlineShows(after) &&
    (before === null ||
      !outlineShows(before) ||
      before.outlineStyle !== after.outlineStyle ||
      before.outlineWidth !== after.outlineWidth ||
      before.outlineColor !== after.outlineColor);
  const shadow = after.boxShadow !== 'none' && after.boxShadow !== (before?.boxShadow ?? 'none');
  return outline || shadow;
}

/**
 * Presses Tab from the top of the page until focus leaves the page or comes back round, and
 * returns every stop (in order) with its focused and unfocused style.
 */
export async function tabStops(page: Page, max = 600): Promise<Focused[]> {
  await snapshotUnfocused(page);
  const stops: Focused[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f.isBody || seen.has(f.key)) break;
    seen.add(f.key);
    stops.push(f);
  }
  return stops;
}

// ───────────────────────────── axe ─────────────────────────────

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let axeSource: string | undefined;

/**
 * Runs axe-core (from node_modules) in the page; returns the WCAG 2.0/2.1 A/AA violations.
 * options.exclude: CSS selectors of parts to leave out (say why where you use it).
 */
export async function runAxe(page: Page, options: { exclude?: string[] } = {}): Promise<AxeResult[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ content: axeSource });
  return page.evaluate(
    async ({ tags, exclude }) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const context: import('axe-core').ElementContext = exclude.length > 0 ? { exclude } : document;
      const results = await axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return results.violations;
    },
    { tags: AXE_TAGS, exclude: options.exclude ?? [] },
  );
}

/** axe violations as readable lines: rule, impact, help, and the offending nodes. */
export function formatViolations(violations: AxeResult[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 8)
        .map((n) => `    ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').split('\n').join('\n      ')}`)
        .join('\n');
      const more = v.nodes.length > 8 ? `\n    … and ${v.nodes.length - 8} more` : '';
      return `  ${v.id} (${v.impact ?? 'n/a'}): ${v.help}  ${v.helpUrl}\n${nodes}${more}`;
    })
    .join('\n');
}

// ───────────────────────────── search ─────────────────────────────

export interface PagefindAnswer {
  url: string;
  /** Pagefind's score, rounded to 6 decimals so that answers compare exactly. */
  score: number;
  excerpt: string;
  meta: Record<string, string>;
  /** The sub-results' URLs. */
  subs: string[];
}

/**
 * Asks the built site's own Pagefind (pagefind.js, loaded in the locale's search page) for a term
 * (null: everything), with filters ({ facet: [values] }, any of them): its results in its order,
 * and the facet counts.
 */
export async function askPagefind(
  browser: Browser,
  siteUrl: string,
  locale: string,
  term: string | null,
  filters?: Record<string, string[]>,
): Promise<{ results: PagefindAnswer[]; filters: unknown }> {
  const opened = await openPage(browser, `${siteUrl}/${locale}/search/`);
  try {
    // A string, so that Vitest does not rewrite the dynamic import meant for the browser.
    const script = `(async () => {
      const pf = await import('/pagefind/pagefind.js');
      const filters = ${JSON.stringify(filters ?? null)};
      const opts = filters ? { filters: Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, { any: v }])) } : {};
      const r = await pf.search(${JSON.stringify(term)}, opts);
      const data = await Promise.all(r.results.map(async (x) => ({ score: x.score, d: await x.data() })));
      return {
        results: data.map(({ score, d }) => ({ url: d.url, score: Math.round(score * 1e6), excerpt: d.excerpt, meta: d.meta, subs: d.sub_results.map((s) => s.url) })),
        filters: r.filters,
      };
    })()`;
    return (await opened.page.evaluate(script)) as { results: PagefindAnswer[]; filters: unknown };
  } finally {
    await opened.close();
  }
}
