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
    fc.assert(
      fc.property(text, (s) => {
        expect(escapeText(s)).toBe(String(escapeHTML(s)));
      }),
    );
  });

  it('attributes: the same as Astro writes name={value}', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(attr('title', s).value).toBe(String(addAttribute(s, 'title')));
      }),
    );
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

  it('drops a line break and the indentation after it, and keeps every other space', () => {
    const markupPart = fc.string({ unit: fc.constantFrom('<', '>', 'p', '/', ' ', '·', '中', '=', '"', '\t') });
    const indent = fc.string({ unit: fc.constantFrom(' ', '\t'), maxLength: 8 });
    const template = (parts: string[]) =>
      Object.assign([...parts], { raw: [...parts] }) as unknown as TemplateStringsArray;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(markupPart, indent, markupPart), { minLength: 1, maxLength: 6 }),
        fc.array(text, { maxLength: 6 }),
        (lines, values) => {
          // Each template part is lines of markup joined by a break and an indentation.
          const parts = Array.from({ length: values.length + 1 }, (_, k) =>
            lines.map(([a, pad, b]) => `${a}\n${pad}${b}${k}`).join('\n'),
          );
          // The same, written on one line: each line after a break loses its indentation.
          const flat = parts.map((part) =>
            part
              .split('\n')
              .map((line, n) => (n === 0 ? line : line.replace(/^[ \t]*/, '')))
              .join(''),
          );
          expect(html(template(parts), ...values).value).toBe(html(template(flat), ...values).value);
          expect(html(template(flat), ...values).value).toBe(
            flat.map((f, k) => f + (k < values.length ? escapeText(values[k]!) : '')).join(''),
          );
        },
      ),
    );
  });

  it('writes one template with new values on every call', () => {
    const item = (label: string) => html`
      <li>
        ${label}
      </li>`;
    expect(item('a').value).toBe('<li>a</li>');
    expect(item('b & c').value).toBe('<li>b &amp; c</li>');
    expect(
      html`<p>
      <strong> · ${'x'}</strong>
    </p>`.value,
    ).toBe('<p><strong> · x</strong></p>');
  });
});
