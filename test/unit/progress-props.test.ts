/**
 * The progress page passes its list to the island packed (encodeGroups): what the widget decodes
 * must be what the page meant, for any titles (fallback texts with their lang included), and the
 * packing must stay small, since the page lists every touchpoint and SOP with a knowledge check.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeGroups, encodeGroups, entryHref, type ProgressGroup } from '../../src/widgets/knowledge/progress.svelte.ts';

const shown = fc.oneof(fc.string(), fc.record({ text: fc.string(), lang: fc.constantFrom('zh-CN', 'en') }));
const group: fc.Arbitrary<ProgressGroup> = fc.record({
  kind: fc.constantFrom('touchpoint' as const, 'sop' as const),
  title: fc.string(),
  base: fc.constantFrom('/zh-cn/touchpoints/', '/en/sops/', '/repo/en/touchpoints/'),
  entries: fc.array(fc.record({ owner: fc.stringMatching(/^[a-z0-9-]{1,20}$/), title: shown, version: fc.stringMatching(/^\d\.\d\.\d$/), questions: fc.nat(20) }), { maxLength: 8 }),
});

describe('progress page props', () => {
  it('decode(encode(groups)) is the groups', () => {
    fc.assert(
      fc.property(fc.array(group, { maxLength: 3 }), (groups) => {
        expect(decodeGroups(encodeGroups(groups))).toEqual(groups);
      }),
    );
  });

  it('links each entry to its knowledge check under its section', () => {
    const g: ProgressGroup = { kind: 'sop', title: 'SOP', base: '/en/sops/', entries: [] };
    expect(entryHref(g, 'sop-complaint')).toBe('/en/sops/sop-complaint/#knowledge-check');
  });

  it('packs an entry into its id, title, version and count', () => {
    const entries = Array.from({ length: 1000 }, (_, i) => ({ owner: `tp-${String(i).padStart(5, '0')}`, title: '营业厅接待区回访关怀', version: '1.2.0', questions: 2 }));
    const encoded = encodeGroups([{ kind: 'touchpoint', title: '触点', base: '/zh-cn/touchpoints/', entries }]);
    // id (8) + title (10 characters) + version (5) + count (1), with JSON's quotes and commas.
    expect(encoded.length / entries.length).toBeLessThan(45);
  });
});
