/**
 * Page weight from the built output: HTML bytes and JS bytes per page type, printed as a table;
 * reading pages (touchpoint, SOP, checklist, case, guide) load no JavaScript file before the
 * reader interacts, and carry at most 1 KB of inline script of their own, plus Astro's island
 * bootstrap when they have an island.
 *
 * JS of a page = inline scripts (and on* attributes) + the files of <script src>, <link
 * rel="modulepreload"> and Astro islands (component/renderer URLs), with their static imports.
 * Dynamic import() is lazy and not counted. JSON scripts (ld+json, importmap) are not JS.
 * Islands with `client:interaction` (client="interaction") fetch their files only when the
 * reader first clicks, focuses or types inside them: those files are counted apart, as JS on
 * interaction, not as JS the page loads (test/e2e/knowledge.test.ts checks that in Chromium).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { assertNone, classify, htmlFiles, READING, readSiteFile, scanHtml, site, urlOf } from './site.ts';

const INLINE_LIMIT = 1024;
/**
 * Inline script a page with an island may carry beyond INLINE_LIMIT: Astro's island bootstrap,
 * written once per page before the first island, which the pages cannot shrink — the
 * <astro-island> custom element (4,380 bytes as Astro 7.3 writes it, 1.8 KB gzipped) and the
 * client:interaction directive (374 bytes). 5 KB holds both with ~0.4 KB to spare for Astro
 * updates, so anything else inline still has to fit the 1 KB every reading page gets.
 */
const ISLAND_BOOTSTRAP_LIMIT = 5 * 1024;

interface Weight {
  file: string;
  type: string;
  html: number;
  inline: number;
  /** JS files loaded (site paths), static imports included. */
  files: string[];
  fileBytes: number;
  /** Why a file is loaded: `<script src>`, modulepreload, island. */
  loaders: string[];
  /** The page has Astro islands (and so Astro's inline bootstrap). */
  islands: number;
  /** JS files fetched only on interaction (client:interaction islands), static imports included. */
  onInteraction: string[];
  onInteractionBytes: number;
}

const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function typeOf(file: string): string {
  const { template } = classify(urlOf(file));
  if (
    template === 'root' ||
    template === 'home' ||
    template === 'search' ||
    template === 'reference' ||
    template === 'other'
  )
    return template;
  if (template.startsWith('index:')) return 'index pages';
  return Object.entries(READING).find(([, s]) => s === template)?.[0] ?? template;
}

/** Static imports of a JS text (import … from "x", import "x", export … from "x"). */
function staticImports(js: string): string[] {
  const out: string[] = [];
  for (const m of js.matchAll(/(?:^|[;\s{}])(?:import|export)\s*(?:[\w*${},\s]*?\bfrom\s*)?["']([^"']+)["']/g))
    out.push(m[1]!);
  return out;
}

function weigh(dir: string, file: string): Weight {
  const html = readSiteFile(dir, file);
  const { tags, scripts } = scanHtml(html);
  const base = `http://site.invalid${urlOf(file)}`;
  const files = new Set<string>();
  const lazy = new Set<string>();
  const loaders: string[] = [];
  let islands = 0;
  const follow = (url: string, from: string, into: Set<string> = files) => {
    let path: string;
    try {
      const u = new URL(url, from);
      if (u.origin !== 'http://site.invalid') return;
      path = decodeURIComponent(u.pathname);
    } catch {
      return;
    }
    if (into.has(path)) return;
    const full = join(dir, path.slice(1));
    if (!existsSync(full) || !statSync(full).isFile()) return;
    into.add(path);
    for (const imported of staticImports(readFileSync(full, 'utf8')))
      follow(imported, `http://site.invalid${path}`, into);
  };
  let inline = 0;
  for (const s of scripts) {
    const type = (s.attrs.get('type') ?? '').toLowerCase();
    if (!JS_TYPES.has(type) || s.attrs.has('src')) continue;
    inline += Buffer.byteLength(s.content);
    for (const imported of staticImports(s.content)) follow(imported, base);
  }
  for (const t of tags) {
    for (const [name, value] of t.attrs) if (/^on[a-z]+$/.test(name)) inline += Buffer.byteLength(value);
    const src = t.attrs.get('src');
    if (t.name === 'script' && src !== undefined && JS_TYPES.has((t.attrs.get('type') ?? '').toLowerCase())) {
      loaders.push(`<script src="${src}">`);
      follow(src, base);
    }
    const href = t.attrs.get('href');
    if (t.name === 'link' && href !== undefined && (t.attrs.get('rel') ?? '').split(/\s+/).includes('modulepreload')) {
      loaders.push(`<link rel="modulepreload" href="${href}">`);
      follow(href, base);
    }
    if (t.name === 'astro-island') {
      islands++;
      const onInteraction = t.attrs.get('client') === 'interaction';
      for (const a of ['component-url', 'renderer-url', 'before-hydration-url']) {
        const v = t.attrs.get(a);
        if (!v) continue;
        if (onInteraction) {
          follow(v, base, lazy);
        } else {
          loaders.push(`<astro-island ${a}="${v}">`);
          follow(v, base);
        }
      }
    }
  }
  const size = (paths: Iterable<string>) => [...paths].reduce((n, p) => n + statSync(join(dir, p.slice(1))).size, 0);
  const onInteraction = [...lazy].filter((p) => !files.has(p));
  return {
    file,
    type: typeOf(file),
    html: Buffer.byteLength(html),
    inline,
    files: [...files],
    fileBytes: size(files),
    loaders,
    islands,
    onInteraction,
    onInteractionBytes: size(onInteraction),
  };
}

let weights: Weight[] | undefined;
function allWeights(): Weight[] {
  const { dir } = site();
  weights ??= htmlFiles(dir).map((f) => weigh(dir, f));
  return weights;
}

const ORDER = [
  'root',
  'home',
  'touchpoint',
  'sop',
  'checklist',
  'case',
  'guide',
  'reference',
  'index pages',
  'search',
  'other',
];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

test('page weights per page type (table)', () => {
  const all = allWeights();
  const rows = ORDER.filter((t) => all.some((w) => w.type === t)).map((type) => {
    const ws = all.filter((w) => w.type === type);
    const html = ws.map((w) => w.html);
    const js = ws.map((w) => w.inline + w.fileBytes);
    const heaviest = ws.reduce((a, b) => (b.inline + b.fileBytes > a.inline + a.fileBytes ? b : a));
    return [
      type,
      String(ws.length),
      kb(html.reduce((a, b) => a + b, 0) / ws.length),
      kb(Math.max(...html)),
      kb(Math.max(...ws.map((w) => w.inline))),
      String(Math.max(...ws.map((w) => w.files.length))),
      kb(Math.max(...ws.map((w) => w.fileBytes))),
      kb(Math.max(...js)),
      kb(Math.max(...ws.map((w) => w.onInteractionBytes))),
      urlOf(heaviest.file),
    ];
  });
  const head = [
    'page type',
    'pages',
    'HTML avg',
    'HTML max',
    'inline JS max',
    'JS files max',
    'JS file bytes max',
    'JS total max',
    'JS on interaction max',
    'heaviest page (JS)',
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(
    ['Page weights (built output):', line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join(
      '\n',
    ),
  );
  expect(rows.length).toBeGreaterThan(0);
});

describe(`reading pages: no JavaScript file before interaction, at most ${INLINE_LIMIT} bytes of inline script (+ ${ISLAND_BOOTSTRAP_LIMIT} for Astro's island bootstrap)`, () => {
  test.for(Object.keys(READING))('%s pages', (type) => {
    const ws = allWeights().filter((w) => w.type === type);
    if (ws.length === 0) throw new Error(`No ${type} pages in the built site.`);
    const problems: string[] = [];
    for (const w of ws) {
      if (w.loaders.length > 0)
        problems.push(
          `${w.file}: loads JavaScript (${kb(w.fileBytes)} in ${w.files.length} file(s)) through ${w.loaders.join(', ')}`,
        );
      const limit = INLINE_LIMIT + (w.islands > 0 ? ISLAND_BOOTSTRAP_LIMIT : 0);
      if (w.inline > limit)
        problems.push(
          `${w.file}: ${w.inline} bytes of inline script (limit ${limit}${w.islands > 0 ? ', island bootstrap included' : ''})`,
        );
    }
    assertNone(problems, `${type} pages over budget (${ws.length} checked)`);
  });
});
