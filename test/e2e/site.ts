/**
 * The built site as the tests see it: where it is (`site()`, from the global setup), its URL
 * scheme, its HTML files and a small tag scanner for static checks.
 *
 * URL scheme: `/` chooses a language; for each locale L (lower-cased, e.g. zh-cn, en):
 * `/L/` home; `/L/<section>/` index and `/L/<section>/<id>/` page for the sections below;
 * `/L/search/`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { inject } from 'vitest';
import { loadHandbook } from '../../src/gate/load-handbook.ts';
import type { HandbookModel } from '../../src/model/model.ts';
import { REPO } from './harness.ts';

/** The built site and its base URL (http://127.0.0.1:<port>); throws the build's error. */
export function site(): { dir: string; url: string } {
  const info = inject('touchstoneSite');
  if (!info)
    throw new Error('No site was provided: run the e2e tests through vitest (project "e2e" has the global setup).');
  if (!info.ok) throw new Error(`The site could not be built, so this cannot be tested:\n${info.error}`);
  return { dir: info.dir, url: info.url };
}

/** The site's folder when it was built, else undefined (for discovering tests at collection). */
export function siteDirOrUndefined(): string | undefined {
  const info = inject('touchstoneSite');
  return info?.ok ? info.dir : undefined;
}

let model: HandbookModel | undefined;

/** The handbook the site was built from (TOUCHSTONE_HANDBOOK or ./standards). */
export function handbook(): HandbookModel {
  if (model) return model;
  const dir = process.env['TOUCHSTONE_HANDBOOK'] ?? join(REPO, 'standards');
  const result = loadHandbook(dir);
  if (!result.model) throw new Error(`The handbook in ${dir} does not load; run npx touchstone check ${dir}`);
  model = result.model;
  return model;
}

/** The locales as they appear in URLs (lower case), default locale first. */
export function urlLocales(): string[] {
  const { config } = handbook();
  const all = [config.defaultLocale, ...config.locales.filter((l) => l !== config.defaultLocale)];
  return all.map((l) => l.toLowerCase());
}

/** Sections with an index page and one page per entry; `reference` has one page per kind. */
export const SECTIONS = ['touchpoints', 'sops', 'checklists', 'cases', 'guides', 'reference'] as const;
export type Section = (typeof SECTIONS)[number];

/** Reading pages: one standard or text each (budgets apply to them). */
export const READING: Record<string, Section> = {
  touchpoint: 'touchpoints',
  sop: 'sops',
  checklist: 'checklists',
  case: 'cases',
  guide: 'guides',
};

/** What kind of page a URL path is, by the URL scheme. */
export interface PageKind {
  /** e.g. root, home, index:touchpoints, touchpoints, reference, search, other */
  template: string;
  locale: string | null;
}

export function classify(urlPath: string, locales: string[] = urlLocales()): PageKind {
  if (urlPath === '/') return { template: 'root', locale: null };
  const parts = urlPath.split('/').filter(Boolean);
  const locale = parts[0] !== undefined && locales.includes(parts[0]) ? parts[0] : null;
  if (!locale || !urlPath.endsWith('/')) return { template: 'other', locale };
  const rest = parts.slice(1);
  if (rest.length === 0) return { template: 'home', locale };
  if (rest.length === 1 && rest[0] === 'search') return { template: 'search', locale };
  const section = SECTIONS.find((s) => s === rest[0]);
  if (section && rest.length === 1) return { template: `index:${section}`, locale };
  if (section && rest.length === 2) return { template: section, locale };
  return { template: 'other', locale };
}

/** Every template, in a stable order, for one locale. */
export function templatesOf(): string[] {
  return ['home', ...SECTIONS.map((s) => `index:${s}`), ...SECTIONS, 'search'];
}

/** A readable template name: "touchpoint page", "touchpoints index". */
export function templateLabel(template: string): string {
  if (template.startsWith('index:')) return `${template.slice(6)} index`;
  const singular = Object.entries(READING).find(([, s]) => s === template)?.[0];
  if (singular) return `${singular} page`;
  if (template === 'reference') return 'reference page';
  return template;
}

/** Every HTML file of the site, as paths relative to dir with '/' (Pagefind's own files excluded). */
export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) {
        if (d === dir && name === 'pagefind') continue;
        walk(full);
      } else if (name.endsWith('.html')) {
        out.push(relative(dir, full).split(sep).join('/'));
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** The URL path a file is served at: a/b/index.html → /a/b/, 404.html → /404.html. */
export function urlOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** One page standing for a template in a locale; `page` is null (with a reason) when missing. */
export interface TemplatePage {
  template: string;
  locale: string | null;
  /** URL path, e.g. /en/touchpoints/pm-lobby/ */
  page: string | null;
  missing?: string;
  /** Test name: "en · touchpoint page". */
  name: string;
}

/**
 * One page per template per locale (plus the root chooser). For entry pages the largest HTML
 * file of the section is chosen: the most content, the likeliest to break.
 */
export function templatePages(dir: string | undefined, locales: string[] = urlLocales()): TemplatePage[] {
  const files = dir ? htmlFiles(dir) : [];
  const byTemplate = new Map<string, string[]>();
  for (const f of files) {
    const kind = classify(urlOf(f), locales);
    const key = `${kind.locale ?? ''}|${kind.template}`;
    byTemplate.set(key, [...(byTemplate.get(key) ?? []), f]);
  }
  const pick = (locale: string | null, template: string): TemplatePage => {
    const name = `${locale ?? '(no locale)'} · ${templateLabel(template)}`;
    const candidates = byTemplate.get(`${locale ?? ''}|${template}`) ?? [];
    if (!dir) return { template, locale, page: null, missing: 'the site was not built', name };
    if (candidates.length === 0) {
      const where =
        template === 'root'
          ? '/'
          : template === 'home'
            ? `/${locale}/`
            : template === 'search'
              ? `/${locale}/search/`
              : template.startsWith('index:')
                ? `/${locale}/${template.slice(6)}/`
                : `/${locale}/${template}/<id>/`;
      return { template, locale, page: null, missing: `no page at ${where} in the built site`, name };
    }
    const largest = candidates
      .map((f) => ({ f, size: statSync(join(dir, f)).size }))
      .sort((a, b) => b.size - a.size || a.f.localeCompare(b.f))[0]!.f;
    return { template, locale, page: urlOf(largest), name };
  };
  return [pick(null, 'root'), ...locales.flatMap((l) => templatesOf().map((t) => pick(l, t)))];
}

/** The site's HTML files grouped by template, in a stable order (for one test per group). */
export interface PageGroup {
  /** "en · touchpoint pages", "root", "other pages" */
  name: string;
  files: string[];
  /** The URL scheme promises at least one page here. */
  required: boolean;
}

export function pageGroups(dir: string | undefined, locales: string[] = urlLocales()): PageGroup[] {
  const files = dir ? htmlFiles(dir) : [];
  const groups = new Map<string, PageGroup>();
  const add = (key: string, name: string, required: boolean) => groups.set(key, { name, files: [], required });
  add('|root', 'root (language chooser)', true);
  for (const l of locales) {
    for (const t of templatesOf()) {
      const label = templateLabel(t);
      add(`${l}|${t}`, `${l} · ${SECTIONS.includes(t as Section) ? label.replace(/page$/, 'pages') : label}`, true);
    }
  }
  add('other', 'other pages (404 and anything outside the URL scheme)', false);
  for (const f of files) {
    const kind = classify(urlOf(f), locales);
    const group = groups.get(`${kind.locale ?? ''}|${kind.template}`) ?? groups.get('other')!;
    group.files.push(f);
  }
  return [...groups.values()];
}

/** The files of a group, or a failure when the URL scheme promises pages and there are none. */
export function requireFiles(group: PageGroup): string[] {
  if (group.required && group.files.length === 0) throw new Error(`No ${group.name} in the built site.`);
  return group.files;
}

/** The page's URL path, or a failure naming what is missing. */
export function requirePage(t: TemplatePage): string {
  if (t.page === null) {
    site(); // the build's own error first, when there is one
    throw new Error(`Missing ${t.name}: ${t.missing}`);
  }
  return t.page;
}

// ───────────────────────────── static HTML scanning ─────────────────────────────

export interface Tag {
  name: string;
  attrs: Map<string, string>;
  line: number;
}

export interface InlineScript {
  attrs: Map<string, string>;
  content: string;
  line: number;
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/**
 * A small HTML tokenizer for well-formed generated output: start tags with decoded attribute
 * values and line numbers, skipping comments and the content of script/style/textarea/title
 * (returned separately for inline scripts).
 */
export function scanHtml(html: string): { tags: Tag[]; scripts: InlineScript[] } {
  const tags: Tag[] = [];
  const scripts: InlineScript[] = [];
  const lineStarts: number[] = [0];
  for (let i = 0; i < html.length; i++) if (html.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineAt = (pos: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?' || html[lt + 1] === '/') {
      const end = html.indexOf('>', lt);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    const nameMatch = /^<([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(lt, lt + 100));
    if (!nameMatch) {
      i = lt + 1;
      continue;
    }
    const name = nameMatch[1]!.toLowerCase();
    let p = lt + nameMatch[0].length;
    // The start tag ends at the first '>' outside quotes.
    let quote = '';
    for (; p < html.length; p++) {
      const c = html[p]!;
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") {
        quote = c;
      } else if (c === '>') {
        break;
      }
    }
    const inner = html.slice(lt + nameMatch[0].length, p);
    p++;
    const attrs = new Map<string, string>();
    for (const m of inner.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
      const key = m[1]!.toLowerCase();
      if (!attrs.has(key)) attrs.set(key, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
    }
    const tag = { name, attrs, line: lineAt(lt) };
    tags.push(tag);
    i = p;
    if (RAW_TEXT.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, i);
      const end = close < 0 ? html.length : close;
      if (name === 'script') scripts.push({ attrs, content: html.slice(i, end), line: tag.line });
      i = end;
    }
  }
  return { tags, scripts };
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X')) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(Number.parseInt(body.slice(1), 10));
    return NAMED[body] ?? whole;
  });
}

/** Ids (and <a name>s) in a page, for #fragment checks. */
export function anchorsOf(html: string): Set<string> {
  const ids = new Set<string>();
  for (const t of scanHtml(html).tags) {
    const id = t.attrs.get('id');
    if (id !== undefined) ids.add(id);
    const name = t.attrs.get('name');
    if (t.name === 'a' && name !== undefined) ids.add(name);
  }
  return ids;
}

// ───────────────────────────── links ─────────────────────────────

/** Attributes that hold a URL, by element (`*` for any element). */
const URL_ATTRS: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  base: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  embed: ['src'],
  input: ['src'],
  form: ['action'],
  object: ['data'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
  'astro-island': ['component-url', 'renderer-url', 'before-hydration-url'],
};

export interface Link {
  file: string;
  line: number;
  tag: string;
  attr: string;
  value: string;
}

export function linksOf(dir: string, file: string): Link[] {
  const links: Link[] = [];
  for (const t of scanHtml(readSiteFile(dir, file)).tags) {
    for (const attr of URL_ATTRS[t.name] ?? []) {
      const raw = t.attrs.get(attr);
      if (raw === undefined) continue;
      const values =
        attr === 'srcset'
          ? raw
              .split(',')
              .map((c) => c.trim().split(/\s+/)[0] ?? '')
              .filter(Boolean)
          : [raw.trim()];
      for (const value of values) links.push({ file, line: t.line, tag: t.name, attr, value });
    }
  }
  return links;
}

const SELF = 'http://site.invalid';
const anchorCache = new Map<string, Set<string>>();

/** Where an internal URL path lands: the file, or why none. */
function resolveFile(dir: string, path: string): { file: string } | { error: string } {
  if (path.endsWith('/')) {
    const index = `${path.slice(1)}index.html`;
    return existsSync(join(dir, index)) ? { file: index } : { error: 'no such page' };
  }
  const full = join(dir, path.slice(1));
  if (existsSync(full) && statSync(full).isFile()) return { file: path.slice(1) };
  if (existsSync(join(full, 'index.html')))
    return { error: `folder link without the trailing slash (the site uses trailingSlash: 'always'); write ${path}/` };
  return { error: 'no such file' };
}

/** Checks one link; returns a problem or null, and collects external ones. */
export function checkLink(dir: string, link: Link, external: Link[]): string | null {
  const at = `${link.file}:${link.line}  <${link.tag} ${link.attr}="${link.value}">`;
  const { value } = link;
  if (value === '' || /^(mailto|tel):/i.test(value)) return null;
  if (/^data:/i.test(value)) return link.attr === 'href' && link.tag === 'a' ? `${at}  data: URL in a link` : null;
  if (/^javascript:/i.test(value)) return `${at}  javascript: URL`;
  if (link.file === '404.html' && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(value)) {
    return `${at}  relative URL on the 404 page, which is served at any path: make it root-relative`;
  }
  let url: URL;
  try {
    url = new URL(value, `${SELF}${urlOf(link.file)}`);
  } catch {
    return `${at}  not a valid URL`;
  }
  if (url.origin !== SELF) {
    if (url.protocol === 'http:' || url.protocol === 'https:') {
      external.push(link);
      return null;
    }
    return `${at}  unsupported scheme ${url.protocol}`;
  }
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return `${at}  badly percent-encoded path`;
  }
  const target = resolveFile(dir, path);
  if ('error' in target) return `${at}  → ${path}: ${target.error}`;
  if (url.hash.length > 1 && target.file.endsWith('.html')) {
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment === 'top') return null;
    const key = `${dir}\0${target.file}`;
    let ids = anchorCache.get(key);
    if (!ids) {
      ids = anchorsOf(readSiteFile(dir, target.file));
      anchorCache.set(key, ids);
    }
    if (!ids.has(fragment)) return `${at}  → #${fragment} is not an id in ${target.file}`;
  }
  return null;
}

export function readSiteFile(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}

/** Fails with one line per problem (the first 300) when there are any. */
export function assertNone(problems: string[], what: string): void {
  if (problems.length === 0) return;
  const shown = problems.slice(0, 300).join('\n');
  const more = problems.length > 300 ? `\n… and ${problems.length - 300} more` : '';
  throw new Error(`${what}: ${problems.length}\n${shown}${more}`);
}
