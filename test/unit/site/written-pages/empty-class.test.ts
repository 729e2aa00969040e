/**
 * withoutEmptyClasses does exactly what Astro's Svelte renderer does with its regex
 * (`/\s+class=""/g`), differentially on generated markup, and in linear time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutEmptyClasses } from '../../../../src/site/written-pages/empty-class.ts';

const astros = (html: string): string => html.replace(/\s+class=""/g, '');

describe('withoutEmptyClasses', () => {
  it('gives what Astro’s Svelte renderer gives, on generated markup', () => {
    const piece = fc.constantFrom(
      ' ',
      '\t',
      '\n',
      '\u00a0',
      '\u3000',
      'class=""',
      'class="',
      'class=""x',
      '""',
      '<p',
      '>',
      'a',
      '中',
      '=',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const html = pieces.join('');
        expect(withoutEmptyClasses(html)).toBe(astros(html));
      }),
      { seed: 20261207, numRuns: 3000 },
    );
  });

  it('passes over a long run of whitespace once (the regex retries it from every position)', () => {
    // 200,000 spaces then no class: the regex way takes on the order of 2·10^10 steps.
    const html = `<p>${' '.repeat(200_000)}x</p><b class="">y</b>`;
    expect(withoutEmptyClasses(html)).toBe(`<p>${' '.repeat(200_000)}x</p><b>y</b>`);
  });
});
