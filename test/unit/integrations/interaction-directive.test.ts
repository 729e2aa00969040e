import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { attr } from '../../../src/site/html.ts';
import { hoistIslandStyle } from '../../../src/integrations/interaction-directive.ts';
import interaction from '../../../src/integrations/interaction.ts';

const STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

describe('hoistIslandStyle', () => {
  it("moves Astro's island style from the body into the head", () => {
    const page = `<html><head><title>t</title></head><body><main>${STYLE}<script>1</script><astro-island></astro-island></main></body></html>`;
    const out = hoistIslandStyle(page);
    expect(out).toBe(
      `<html><head><title>t</title>${STYLE}</head><body><main><script>1</script><astro-island></astro-island></main></body></html>`,
    );
    expect(hoistIslandStyle(out), 'idempotent').toBe(out);
  });

  it('reads the page with an HTML parser: `</head>` or the style itself in an attribute value is not markup', () => {
    // Attribute values escaped as the site escapes them (& and " only), so `<`, `>`, `</head>` stay.
    const text = fc
      .array(fc.constantFrom('</head>', STYLE, '<head>', '>', '<', '&', '"', "'", 'a', '中'), { maxLength: 10 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(text, (value) => {
        const meta = `<meta${attr('content', value).value}>`;
        const page = `<html><head>${meta}<title>t</title></head><body><p${attr('title', value).value}>x</p>${STYLE}<astro-island></astro-island></body></html>`;
        expect(hoistIslandStyle(page)).toBe(
          `<html><head>${meta}<title>t</title>${STYLE}</head><body><p${attr('title', value).value}>x</p><astro-island></astro-island></body></html>`,
        );
      }),
      { seed: 15, numRuns: 200 },
    );
  });

  it('leaves pages without islands, or without a head, alone', () => {
    const plain = '<html><head></head><body><style>p{}</style></body></html>';
    expect(hoistIslandStyle(plain)).toBe(plain);
    expect(hoistIslandStyle(`<body>${STYLE}</body>`)).toBe(`<body>${STYLE}</body>`);
  });
});

/** A stand-in for the <astro-island> element: an EventTarget with contains(). */
function island(focusedInside = false) {
  const el = new EventTarget() as EventTarget & { contains(node: unknown): boolean };
  const inner = {};
  el.contains = (node) => node === inner;
  vi.stubGlobal('document', { activeElement: focusedInside ? inner : null });
  return el as unknown as HTMLElement;
}

describe('client:interaction', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it.each(['pointerdown', 'focusin', 'keydown'])('hydrates once, on the first %s inside the island', async (type) => {
    const el = island();
    const hydrate = vi.fn(async () => {});
    const load = vi.fn(async () => hydrate);
    interaction(load, { name: 'KnowledgeCheck', value: '' }, el);
    el.dispatchEvent(new Event('mouseover'));
    el.dispatchEvent(new Event('scroll'));
    expect(load).not.toHaveBeenCalled();
    el.dispatchEvent(new Event(type));
    el.dispatchEvent(new Event('pointerdown'));
    el.dispatchEvent(new Event('keydown'));
    await vi.waitFor(() => expect(hydrate).toHaveBeenCalledTimes(1));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('hydrates at once when focus is already inside (a restored page)', async () => {
    const el = island(true);
    const hydrate = vi.fn(async () => {});
    interaction(async () => hydrate, { name: 'KnowledgeCheck', value: '' }, el);
    await vi.waitFor(() => expect(hydrate).toHaveBeenCalledTimes(1));
  });
});
