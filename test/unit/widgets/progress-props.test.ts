/**
 * The progress page passes its list to the island packed (encodeGroups): what the widget decodes
 * must be what the page meant, for any titles (fallback texts with their lang included), and the
 * packing must stay small, since the page lists every touchpoint and SOP with a knowledge check.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProgressStatus } from '../../../src/scoring/quiz.ts';
import {
  decodeGroups,
  encodeGroups,
  entryHref,
  visibleEntries,
  type ProgressGroup,
} from '../../../src/widgets/knowledge/progress.svelte.ts';

const shown = fc.oneof(fc.string(), fc.record({ text: fc.string(), lang: fc.constantFrom('zh-CN', 'en') }));
const group: fc.Arbitrary<ProgressGroup> = fc.record({
  kind: fc.constantFrom('touchpoint' as const, 'sop' as const),
  title: fc.string(),
  base: fc.constantFrom('/zh-cn/touchpoints/', '/en/sops/', '/repo/en/touchpoints/'),
  entries: fc.array(
    fc.record({
      owner: fc.stringMatching(/^[a-z0-9-]{1,20}$/),
      title: shown,
      version: fc.stringMatching(/^\d\.\d\.\d$/),
      questions: fc.nat(20),
    }),
    { maxLength: 8 },
  ),
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
    const entries = Array.from({ length: 1000 }, (_, i) => ({
      owner: `tp-${String(i).padStart(5, '0')}`,
      title: '营业厅接待区回访关怀',
      version: '1.2.0',
      questions: 2,
    }));
    const encoded = encodeGroups([{ kind: 'touchpoint', title: '触点', base: '/zh-cn/touchpoints/', entries }]);
    // id (8) + title (10 characters) + version (5) + count (1), with JSON's quotes and commas.
    expect(encoded.length / entries.length).toBeLessThan(45);
  });
});

describe('what a long group shows (visibleEntries)', () => {
  const statuses = fc.constantFrom<ProgressStatus>('passed', 'not-passed', 'not-yet');
  const entries = fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z0-9]{1,6}$/), statuses), {
    selector: ([id]) => id,
    maxLength: 40,
  });

  it('every check taken, the first `limit` of the others, in order; hidden counts the rest', () => {
    fc.assert(
      fc.property(entries, fc.integer({ min: 1, max: 12 }), (list, limit) => {
        const status = new Map(list);
        const all = list.map(([owner]) => ({ owner, title: owner, version: '1.0.0', questions: 1 }));
        const { shown, hidden } = visibleEntries(all, (o) => status.get(o)!, limit);
        const fresh = list.filter(([, s]) => s === 'not-yet').map(([o]) => o);
        const taken = list.filter(([, s]) => s !== 'not-yet').map(([o]) => o);
        const ids = shown.map((e) => e.owner);
        // In the group's order …
        expect(ids).toEqual(list.map(([o]) => o).filter((o) => ids.includes(o)));
        // … all taken, and exactly the first `limit` not taken.
        expect(ids.filter((o) => status.get(o) !== 'not-yet')).toEqual(taken);
        expect(ids.filter((o) => status.get(o) === 'not-yet')).toEqual(fresh.slice(0, limit));
        expect(hidden).toBe(Math.max(0, fresh.length - limit));
      }),
    );
  });
});
