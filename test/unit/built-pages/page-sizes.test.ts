/**
 * The page-size report's scan and sizes (src/built-pages/page-scan.ts, page-sizes.ts): the build
 * reads pages as latin1 (one character per byte) and must count what it would count from their text.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attr as escapedAttr, html as escapedHtml } from '../../../src/site/html.ts';
import { scanPage } from '../../../src/built-pages/page-scan.ts';
import { measurePage, sizeOf } from '../../../src/built-pages/page-sizes.ts';

const STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';
const PAGE = `<!DOCTYPE html><html lang="zh-CN"><head><title>电梯轿厢</title></head><body><h1>电梯轿厢 · 服务</h1>${STYLE}<script>console.log("岗位")</script><astro-island uid="a" component-url="/_astro/k.js" renderer-url="/_astro/r.js" client="interaction"><p>知识检查</p></astro-island></body></html>`;

describe('scanPage', () => {
  it('counts the same bytes from the page’s latin1 string as from its text', () => {
    const latin1 = Buffer.from(PAGE, 'utf8').toString('latin1');
    const a = scanPage('p/index.html', PAGE);
    const b = scanPage('p/index.html', latin1, 'latin1');
    expect(b).toEqual(a);
    expect(a.html).toBe(Buffer.byteLength(PAGE));
    expect(a.inline).toBe(Buffer.byteLength('console.log("岗位")'));
    expect(a.islands).toEqual([{ client: 'interaction', urls: ['/_astro/k.js', '/_astro/r.js'] }]);
  });

  it('reads the page with an HTML parser: markup-like text in attribute values and text is not markup', () => {
    // The site escapes attribute values as Astro does (& and " only): `<`, `>` and `</script>` stay.
    const text = fc
      .array(
        fc.constantFrom(
          '<script>x()</script>',
          '</script>',
          '<astro-island client="load" component-url="/_astro/evil.js">',
          '>',
          '<',
          '&',
          '"',
          "'",
          'a',
          '中',
        ),
        { maxLength: 10 },
      )
      .map((p) => p.join(''));
    fc.assert(
      fc.property(text, text, (description, title) => {
        const hostile = PAGE.replace('<title>', `<meta${escapedAttr('content', description).value}><title>`).replace(
          '<h1>电梯轿厢 · 服务</h1>',
          escapedHtml`<h1 title="${title}">${title}</h1>`.value,
        );
        const scan = scanPage('p/index.html', hostile);
        const plain = scanPage('p/index.html', PAGE);
        expect({ ...scan, html: 0 }).toEqual({ ...plain, html: 0 });
      }),
      { seed: 15, numRuns: 200 },
    );
  });
});

describe('sizeOf', () => {
  it('sizes a page with its module files once each, islands on interaction apart', () => {
    const root = mkdtempSync(join(tmpdir(), 'touchstone-report-'));
    mkdirSync(join(root, '_astro'));
    writeFileSync(join(root, '_astro', 'k.js'), 'import "./r.js";export default 1;');
    writeFileSync(join(root, '_astro', 'r.js'), 'export const r = 2;');
    const size = sizeOf(root, scanPage('zh-cn/touchpoints/x/index.html', PAGE), new Map());
    expect(size).toEqual({
      path: 'zh-cn/touchpoints/x/index.html',
      type: 'touchpoint',
      html: Buffer.byteLength(PAGE),
      js: Buffer.byteLength('console.log("岗位")'),
      jsLater: 33 + 19,
    });
    expect(measurePage(root, 'zh-cn/touchpoints/x/index.html', PAGE, new Map())).toEqual(size);
  });

  it('follows the static imports a module really has, read as JavaScript', () => {
    const root = mkdtempSync(join(tmpdir(), 'touchstone-report-'));
    mkdirSync(join(root, '_astro'));
    // Minified static imports and a re-export are followed; an import inside a string, a dynamic
    // import and a bare package name are not.
    const k =
      'import{a as b}from"./a.js";export*from"./e.js";const s="import \'./s.js\'";import("./d.js");import"pkg";export default b;';
    writeFileSync(join(root, '_astro', 'k.js'), k);
    for (const [name, body] of [
      ['a.js', 'export const a=1;'],
      ['e.js', 'export const e=2;'],
      ['s.js', 'x'.repeat(1000)],
      ['d.js', 'y'.repeat(1000)],
    ] as const)
      writeFileSync(join(root, '_astro', name), body);
    const size = sizeOf(root, scanPage('zh-cn/touchpoints/x/index.html', PAGE), new Map());
    expect(size.jsLater).toBe(Buffer.byteLength(k) + 'export const a=1;'.length + 'export const e=2;'.length);
  });
});
