/**
 * Hostile content: a copy of the example handbook with every human-text field (found through the
 * schemas: every property whose schema is a `text` or `textList`; YAML walked with the `yaml`
 * library's Document API so the files stay valid), the MDX frontmatter and the MDX bodies
 * holding `>`, `<`, `&`, quotes, `</script>`, `</head>`, `{{ }}`, `${}`, `data-pagefind-body` and
 * markup that would run if it were not escaped. The project's own build must succeed, Pagefind
 * (asked through its own pagefind.js in Chromium) must hold every reading page, and nothing may
 * run in Chromium on any page.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isMap, isScalar, isSeq, parseDocument, visit, type Node as YamlNode } from 'yaml';
import { buildSite, launchBrowser, openPage, REPO, serve, type StaticServer } from './harness.ts';
import { classify, htmlFiles, READING, urlOf } from './site.ts';
import { closeAndRemove } from '../helpers/teardown.ts';

/** Text that is markup, a template or a script wherever it is not escaped. */
const HOSTILE = ` > 90% < 5 & "q" 'q' </script><script>window.__pwned=1</script><img src=x onerror=window.__pwned=1> </head> {{ x }} \${y} data-pagefind-body`;
/** The example handbook's locales: the keys of a text given per locale. */
const LOCALES = new Set(['zh-CN', 'en']);

/** Property names whose schema is human text (`$defs/text` or `$defs/textList`), in every schema. */
function textFields(): Set<string> {
  const names = new Set<string>();
  const walk = (schema: unknown): void => {
    if (!schema || typeof schema !== 'object') return;
    const properties = (schema as { properties?: Record<string, unknown> }).properties;
    for (const [name, sub] of Object.entries(properties ?? {})) {
      if (/\$defs\/(?:text|textList)"/.test(JSON.stringify(sub))) names.add(name);
    }
    for (const value of Object.values(schema)) walk(value);
  };
  for (const file of readdirSync(join(REPO, 'schemas')))
    walk(JSON.parse(readFileSync(join(REPO, 'schemas', file), 'utf8')));
  return names;
}

/** Appends HOSTILE to a text value: a string, a locale map's strings, a list's. */
function poison(node: unknown): void {
  if (isScalar(node) && typeof node.value === 'string') {
    node.value += HOSTILE;
  } else if (isMap(node)) {
    for (const pair of node.items) if (isScalar(pair.key) && LOCALES.has(String(pair.key.value))) poison(pair.value);
  } else if (isSeq(node)) {
    for (const item of node.items) poison(item);
  }
}

/** The YAML text with every human-text field poisoned; throws if the result does not parse back. */
function poisonYaml(text: string, fields: Set<string>): { text: string; changed: number } {
  const doc = parseDocument(text);
  let changed = 0;
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && fields.has(String(pair.key.value))) {
        poison(pair.value as YamlNode);
        changed++;
      }
    },
  });
  const out = doc.toString();
  expect(parseDocument(out).errors).toEqual([]);
  return { text: out, changed };
}

/** MDX text: frontmatter poisoned as YAML, and a paragraph and a code span of hostile text in the body. */
function poisonMdx(text: string, fields: Set<string>): string {
  const match = /^---\n([\s\S]*?\n)---\n/.exec(text);
  const front = match ? poisonYaml(match[1]!, fields).text : '';
  const body = match ? text.slice(match[0].length) : text;
  // As an author writes these characters as text in MDX: `<`, `{` and `}` escaped with a backslash.
  const paragraph = HOSTILE.replace(/[<{}]/g, (c) => `\\${c}`);
  return `${match ? `---\n${front}---\n` : ''}${body}\n\nHostile text:${paragraph}\n\nAs code: \`${HOSTILE}\`\n`;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) =>
    statSync(join(dir, f)).isDirectory() ? filesUnder(join(dir, f)) : [join(dir, f)],
  );
}

const work = mkdtempSync(join(tmpdir(), 'touchstone-hostile-'));
let dir = '';
let server: StaticServer;
let browser: Browser;
let poisoned = 0;

beforeAll(async () => {
  const handbook = join(work, 'standards');
  cpSync(join(REPO, 'standards'), handbook, { recursive: true });
  const fields = textFields();
  for (const file of filesUnder(handbook)) {
    if (file.includes(`${join(handbook, 'audits')}`)) continue; // audit records are not pages
    const text = readFileSync(file, 'utf8');
    if (/\.ya?ml$/.test(file)) {
      const { text: out, changed } = poisonYaml(text, fields);
      poisoned += changed;
      writeFileSync(file, out);
    } else if (file.endsWith('.mdx')) {
      writeFileSync(file, poisonMdx(text, fields));
      poisoned++;
    }
  }
  dir = (await buildSite({ handbook, outDir: join(work, 'dist'), cacheDir: join(work, 'cache') })).dir;
  server = await serve(dir);
  browser = await launchBrowser();
}, 600_000);

afterAll(() => closeAndRemove(work, browser, server));

/** Reading pages of the built site, as URL paths. */
function readingPages(): string[] {
  const reading = new Set(Object.values(READING));
  return htmlFiles(dir)
    .map(urlOf)
    .filter((url) => reading.has(classify(url, ['zh-cn', 'en']).template as never));
}

describe('a handbook whose every text holds markup, quotes, templates and scripts', () => {
  test('builds (the build above succeeded), with hundreds of texts poisoned', () => {
    expect(poisoned).toBeGreaterThan(200);
    expect(readingPages().length).toBeGreaterThan(40);
  });

  test('every reading page is in the search index, as Pagefind itself answers', async () => {
    const indexed = new Set<string>();
    for (const locale of ['zh-cn', 'en']) {
      const opened = await openPage(browser, `${server.url}/${locale}/search/`);
      try {
        // Every page by every value of every filter (each reading page has its kind): Pagefind's own API.
        const script = `(async () => {
          const pf = await import('/pagefind/pagefind.js');
          const all = await pf.filters();
          const urls = [];
          for (const [name, values] of Object.entries(all)) {
            const r = await pf.search(null, { filters: { [name]: { any: Object.keys(values) } } });
            for (const x of r.results) urls.push((await x.data()).url);
          }
          return urls;
        })()`;
        for (const url of (await opened.page.evaluate(script)) as string[]) indexed.add(url);
        expect(opened.errors).toEqual([]);
      } finally {
        await opened.close();
      }
    }
    const missing = readingPages().filter((url) => !indexed.has(url));
    expect(missing).toEqual([]);
  }, 120_000);

  test('nothing runs in Chromium: no injected script, no error, on every page', async () => {
    const ran: string[] = [];
    for (const file of htmlFiles(dir)) {
      const url = urlOf(file);
      // stayOnPage: the root page sends readers on to their language.
      const opened = await openPage(browser, `${server.url}${url}`, { stayOnPage: true });
      try {
        const pwned = await opened.page.evaluate('window.__pwned');
        if (pwned !== undefined || opened.errors.length > 0)
          ran.push(`${url}: __pwned=${String(pwned)} ${opened.errors.join(' | ')}`);
      } finally {
        await opened.close();
      }
    }
    expect(ran).toEqual([]);
  }, 300_000);

  test('nor when the knowledge check wakes up, nor in search results', async () => {
    const touchpoint = readingPages().find(
      (url) =>
        classify(url, ['zh-cn', 'en']).template === 'touchpoints' &&
        readFileSync(join(dir, url, 'index.html'), 'utf8').includes('<astro-island'),
    )!;
    const opened = await openPage(browser, `${server.url}${touchpoint}`);
    try {
      await opened.page.locator('astro-island input, astro-island button').first().focus();
      await opened.page.waitForFunction(() => !document.querySelector('astro-island[ssr]'), undefined, {
        timeout: 15_000,
      });
      expect(await opened.page.evaluate('window.__pwned')).toBeUndefined();
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
    const search = await openPage(browser, `${server.url}/en/search/?q=script`);
    try {
      await search.page.waitForLoadState('networkidle');
      await search.page.waitForFunction(() => document.querySelectorAll('main a[href*="/en/"]').length > 3, undefined, {
        timeout: 15_000,
      });
      expect(await search.page.evaluate('window.__pwned')).toBeUndefined();
      expect(search.errors).toEqual([]);
    } finally {
      await search.close();
    }
  }, 120_000);
});
