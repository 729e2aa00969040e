/**
 * src/site/html.ts writes the repeated parts of reading pages as strings. They must escape
 * exactly as Astro's own rendering does (the pages were Astro components before, and the built
 * HTML must not change): checked against Astro's escape and attribute functions themselves.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHTML } from '../../../node_modules/astro/dist/runtime/server/escape.js';
import { addAttribute } from '../../../node_modules/astro/dist/runtime/server/render/util.js';
import { attr, escapeAttr, escapeText, html, raw } from '../../../src/site/html.ts';

const text = fc.string({ unit: fc.constantFrom('a', '<', '>', '&', '"', "'", ' ', '中', '=', '/', '😀') });

describe('html.ts escapes as Astro does', () => {
  it('text: the same as Astro escapes an expression', () => {
    fc.assert(fc.property(text, (s) => {
        expect(escapeText(s)).toBe(String(escapeHTML(s)));
      }));
  });

  it('attributes: the same as Astro writes name={value}', () => {
    fc.assert(fc.property(text, (s) => {
        expect(attr('title', s).value).toBe(String(addAttribute(s, 'title')));
      }));
    expect(attr('lang', undefined).value).toBe(String(addAttribute(undefined, 'lang')));
    expect(attr('data-pagefind-body', '').value).toBe(String(addAttribute('', 'data-pagefind-body')));
    expect(escapeAttr('a&b"c<d')).toBe('a&amp;b&quot;c<d');
  });
});

describe('html``', () => {
  it('escapes interpolated text and numbers, inserts Html as is, joins arrays and skips false, null, undefined', () => {
    const items = ['<b>', 'x & y'];
    const out = html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>${false}${null}${undefined}${0}${raw('<hr>')}`;
    expect(out.value).toBe('<ul><li>&lt;b&gt;</li><li>x &amp; y</li></ul>0<hr>');
    expect(String(out)).toBe(out.value);
  });

  it('nests: an Html inside an Html is not escaped twice', () => {
    const inner = html`<em>${'a<b'}</em>`;
    expect(html`<p>${inner}${[inner, [inner]]}</p>`.value).toBe('<p><em>a&lt;b</em><em>a&lt;b</em><em>a&lt;b</em></p>');
  });
});
