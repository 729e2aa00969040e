/**
 * src/site/written-pages/page-frame.ts: the build writes touchpoint and SOP pages from strings in the frame of a
 * template page Astro wrote. The frame must be read back exactly, a template that is not the page
 * the strings make must be refused (the build then has Astro render every page), and the island's
 * props must be escaped as Astro escapes them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHTML } from '../../../../node_modules/astro/dist/runtime/server/escape.js';
import type { KnowledgeCheckProps } from '../../../../src/widgets/knowledge/knowledge.svelte.ts';
import { layoutParts } from '../../../../src/site/layout.ts';
import { hoistIslandStyle } from '../../../../src/integrations/interaction-directive.ts';
import {
  frameOf,
  hoistedFrame,
  islandElement,
  pageHtml,
  TemplateMismatch,
  type EntityPage,
} from '../../../../src/site/written-pages/page-frame.ts';

const props: KnowledgeCheckProps = {
  owner: 'tp-a',
  kind: 'touchpoint',
  locale: 'en',
  version: '1.0.0',
  q: '[]',
  passMark: 80,
};
const page = (title: string, withKnowledge = true): EntityPage => ({
  layout: {
    locale: 'en',
    locales: ['zh-CN', 'en'],
    siteTitle: 'Handbook',
    title,
    path: 'touchpoints/tp-a/',
    section: 'touchpoints',
    search: { kind: 'touchpoint' },
  },
  main: `<h1>${title}</h1>`,
  knowledge: withKnowledge
    ? {
        props,
        open: '<section id="knowledge-check-slot"><h2>Check</h2>',
        close: '<noscript>answers</noscript></section>',
      }
    : undefined,
  after: '<section>changelog</section>',
});
const ASSETS = '<link rel="stylesheet" href="/_astro/site.abc.css">';
const PRESCRIPTS =
  '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style><script>directive()</script><script>island()</script>';
const ISLAND =
  '<astro-island uid="Z1" component-url="/_astro/K.js" component-export="default" renderer-url="/_astro/client.js" props="{&quot;owner&quot;:[0,&quot;tp-a&quot;]}" ssr client="interaction" opts="{&quot;name&quot;:&quot;KnowledgeCheck&quot;}" await-children><form>q</form><!--astro:end--></astro-island>';

/** A page as Astro writes it: the layout's strings, with Astro's stylesheet, scripts and island. */
function astroWrote(p: EntityPage): string {
  const { head, open, close } = layoutParts(p.layout);
  const k = p.knowledge;
  return `<!DOCTYPE html><html lang="en"><head>${head}${ASSETS}</head><body>${open}${p.main}${k ? k.open + PRESCRIPTS + ISLAND + k.close : ''}${p.after}${close}</body></html>`;
}

describe('page-frame', () => {
  it('reads what Astro added and writes the template again byte for byte', () => {
    const template = page('Lobby');
    const frame = frameOf(astroWrote(template), template);
    expect(frame.head).toBe(ASSETS);
    expect(frame.prescripts).toBe(PRESCRIPTS);
    expect(frame.islandBefore).toBe(
      ' component-url="/_astro/K.js" component-export="default" renderer-url="/_astro/client.js"',
    );
    expect(frame.islandAfter).toBe(
      ' ssr client="interaction" opts="{&quot;name&quot;:&quot;KnowledgeCheck&quot;}" await-children',
    );
    const island = () => islandElement(frame, 'Z1', '{"owner":[0,"tp-a"]}', '<form>q</form>');
    expect(pageHtml(template, frame, island)).toBe(astroWrote(template));
    // Another page in the same frame: its own strings, Astro's parts.
    const other = page('Parking <B>');
    expect(pageHtml(other, frame, island)).toBe(astroWrote(other));
    const without = page('No check', false);
    expect(pageHtml(without, frame, () => 'unused')).toBe(astroWrote(without));
  });

  it('writes pages as the after-build pass leaves them, the island style in <head>', () => {
    const template = page('Lobby');
    const frame = hoistedFrame(frameOf(astroWrote(template), template));
    expect(frame.head).toBe(`${ASSETS}<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>`);
    expect(frame.prescripts).toBe('<script>directive()</script><script>island()</script>');
    for (const p of [template, page('Parking')]) {
      const island = () => islandElement(frame, 'Z1', '{"owner":[0,"tp-a"]}', '<form>q</form>');
      expect(pageHtml(p, frame, island)).toBe(hoistIslandStyle(astroWrote(p)));
    }
  });

  it('refuses a template whose head or island is not where the strings put them', () => {
    const template = page('Lobby');
    const written = astroWrote(template);
    expect(() => frameOf(written.replace('<title>Lobby', '<title>Changed'), template)).toThrow(TemplateMismatch);
    expect(() => frameOf(written.replace('<astro-island uid', '<astro-islet uid'), template)).toThrow(/no island/);
    expect(() => frameOf(written.replace(template.knowledge!.open, '<section>'), template)).toThrow(/no island/);
    // A template without a knowledge check gives a frame without island parts.
    const plain = page('Plain', false);
    expect(frameOf(astroWrote(plain), plain)).toEqual({
      head: ASSETS,
      prescripts: '',
      islandBefore: '',
      islandAfter: '',
    });
  });

  it('reads the frame with an HTML parser: markup-like text in the title and description is not markup', () => {
    // Generated texts made of what confused the old string search: `</head>`, `<astro-island`, `>` and quotes.
    const text = fc
      .array(
        fc.constantFrom(
          '</head>',
          '<astro-island uid="x" props="y">',
          '>',
          '<',
          '&',
          '"',
          "'",
          '</script>',
          'a',
          '中',
          ' ',
        ),
        { maxLength: 12 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (title, description) => {
        // Only in the layout's title and description, which the layout escapes as the site does.
        const template = { ...page('Lobby'), layout: { ...page('Lobby').layout, title, description } };
        const written = astroWrote(template);
        const frame = frameOf(written, template);
        expect(frame.head).toBe(ASSETS);
        expect(frame.prescripts).toBe(PRESCRIPTS);
        const island = () => islandElement(frame, 'Z1', '{"owner":[0,"tp-a"]}', '<form>q</form>');
        expect(pageHtml(template, frame, island)).toBe(written);
        expect(pageHtml(template, hoistedFrame(frame), island)).toBe(hoistIslandStyle(written));
      }),
      { seed: 15, numRuns: 200 },
    );
  });

  it("escapes the island's props as Astro does", () => {
    const text = fc.string({ unit: fc.constantFrom('a', '<', '>', '&', '"', "'", ' ', '中', '\\') });
    fc.assert(
      fc.property(text, (s) => {
        const element = islandElement({ head: '', prescripts: '', islandBefore: '', islandAfter: '' }, 'u', s, '');
        expect(element).toBe(`<astro-island uid="u" props="${String(escapeHTML(s))}"></astro-island>`);
      }),
    );
  });
});
