/**
 * Every user-facing text lives in a catalog: the UI's in src/i18n/ (one module per surface: site,
 * audit, editor, knowledge, cli, reference, local-save, quantities …), the gate's diagnostics in
 * src/gate/messages.ts. A newcomer who wants to change a Chinese word changes it there, once.
 *
 * How: every string literal and every piece of template text of src/ that holds a CJK character
 * (ideographs, CJK punctuation such as 、（）：, full-width forms) is found with the TypeScript
 * compiler, in .ts/.js files as written and in .svelte and .astro files as their own compilers
 * (svelte/compiler, Astro's compiler) turn them into JavaScript, so a component's markup counts
 * too. Comments do not count. Any found outside the catalogs fails, unless its file is listed below
 * with the reason its text stays where it is.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { scriptsOf, sourceFiles } from '../../helpers/source-scripts.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SRC = join(ROOT, 'src');

/** One character class, no quantifier: linear on any text. */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** The catalogs: the only places user-facing text belongs. */
const CATALOGS = ['src/i18n/', 'src/gate/messages.ts'];

/** Code generated from schemas/ (npm run types, npm run validators): its texts are the schemas'. */
const GENERATED = '.generated.';

/**
 * Files (or folders, ending in /) whose CJK text stays outside the catalogs, each with why. An
 * entry that no longer covers any must leave this list (a test below says so): it only shrinks.
 */
const KEPT: Record<string, string> = {
  // Vocabulary the parsers read from standards, not text shown to anyone.
  'src/model/threshold-units.ts':
    'unit names a threshold may be written with (分钟, 小时, 1天12小时): input the parser accepts',
  'src/model/threshold.ts':
    'comparison words a threshold may be written with (不少于, 至多, 每): input the parser accepts',
  // Not yet moved: text shown, written inline.
  'src/site/sop.ts':
    'the list separator 、 between an SOP’s touchpoints, in every locale (an en page too: a fix changes pages, so it is its own change; then it moves to src/i18n/site.ts)',
};

interface Found {
  file: string;
  line: number;
  text: string;
}

/** The string literals and template texts of one script that hold a CJK character. */
function cjkTextsOfScript(file: string, code: string): Found[] {
  const kind = /\.(js|mjs)$/.test(file) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, kind);
  const found: Found[] = [];
  const visit = (n: ts.Node): void => {
    const isText =
      ts.isStringLiteral(n) ||
      ts.isNoSubstitutionTemplateLiteral(n) ||
      ts.isTemplateHead(n) ||
      ts.isTemplateMiddle(n) ||
      ts.isTemplateTail(n) ||
      ts.isJsxText(n);
    if (isText && CJK.test(n.text)) {
      found.push({ file, line: source.getLineAndCharacterOfPosition(n.getStart(source)).line + 1, text: n.text });
    }
    ts.forEachChild(n, visit);
  };
  visit(source);
  return found;
}

/** Every CJK text of one file, .svelte and .astro ones through their compilers. */
function cjkTextsOf(path: string, text: string): Found[] {
  const file = relative(ROOT, path);
  return scriptsOf(path, text).flatMap((code) => cjkTextsOfScript(file, code));
}

const isCatalog = (file: string) => CATALOGS.some((c) => file.startsWith(c)) || file.includes(GENERATED);
/** The KEPT entry that covers a file: the file itself or a folder it is in. */
const keptEntry = (file: string) => Object.keys(KEPT).find((k) => (k.endsWith('/') ? file.startsWith(k) : file === k));

describe('user-facing text lives in the catalogs', () => {
  const found = sourceFiles(SRC).flatMap((path) => cjkTextsOf(path, readFileSync(path, 'utf8')));
  const files = new Set(found.map((f) => f.file));

  test('the scan finds the catalogs themselves (it is not vacuous)', () => {
    for (const catalog of [
      'src/i18n/site.ts',
      'src/i18n/audit.ts',
      'src/i18n/editor.ts',
      'src/i18n/knowledge.ts',
      'src/i18n/cli.ts',
      'src/gate/messages.ts',
    ]) {
      expect(files, catalog).toContain(catalog);
    }
    expect(found.filter((f) => f.file === 'src/i18n/site.ts').length).toBeGreaterThan(100);
  });

  test('the scan sees the markup of .svelte and .astro files, and not comments', () => {
    const svelte = cjkTextsOf(
      join(SRC, 'widgets', 'Probe.svelte'),
      '<script lang="ts">// 注释\nlet n = $state(1);</script>\n<p>第 {n} 步</p>',
    );
    expect(svelte.some((f) => f.text.includes('第'))).toBe(true);
    expect(svelte.some((f) => f.text.includes('注释'))).toBe(false);
    const astro = cjkTextsOf(
      join(SRC, 'pages', 'probe.astro'),
      '---\n// 注释\nconst n = 1;\n---\n<p title="标题">第 {n} 步</p>',
    );
    expect(astro.some((f) => f.text.includes('第'))).toBe(true);
    expect(astro.some((f) => f.text.includes('注释'))).toBe(false);
  });

  test('no CJK text outside the catalogs and the files kept with a reason', () => {
    const stray = found
      .filter((f) => !isCatalog(f.file) && keptEntry(f.file) === undefined)
      .map((f) => `${f.file}:${f.line} ${JSON.stringify(f.text.slice(0, 60))}`);
    expect(stray).toEqual([]);
  });

  test('every file kept with a reason still has CJK text (the list only shrinks)', () => {
    const used = new Set(found.filter((f) => !isCatalog(f.file)).map((f) => keptEntry(f.file)));
    const stale = Object.keys(KEPT).filter((entry) => !used.has(entry));
    expect(stale).toEqual([]);
  });
});
