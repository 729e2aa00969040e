/** What the audit page's URL asks for (src/widgets/audit/page-route.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adHocQuery, routeOf, scopeOf } from '../../../../src/widgets/audit/page-route.ts';

const id = fc.stringMatching(/^[a-z0-9-]{1,12}$/);

describe('routeOf', () => {
  it('opens an audit by id, before anything else the URL says', () => {
    expect(routeOf(new URLSearchParams('id=audit-1&checklist=cl-a'))).toEqual({ kind: 'audit', id: 'audit-1' });
  });

  it('starts an audit of a checklist, or of the touchpoints listed', () => {
    expect(routeOf(new URLSearchParams('checklist=cl-a&touchpoints=tp-a'))).toEqual({
      kind: 'new',
      scope: { checklist: 'cl-a' },
    });
    expect(routeOf(new URLSearchParams('touchpoints=tp-a,,tp-b,'))).toEqual({
      kind: 'new',
      scope: { touchpoints: ['tp-a', 'tp-b'] },
    });
  });

  it('lists the audits when it asks for nothing', () => {
    for (const query of ['', 'id=', 'touchpoints=,,', 'checklist=', 'other=1'])
      expect(routeOf(new URLSearchParams(query)), query).toEqual({ kind: 'list' });
  });

  it('reads back the touchpoints a new ad-hoc audit was asked for', () => {
    fc.assert(
      fc.property(fc.array(id, { minLength: 1, maxLength: 6 }), (picked) => {
        expect(routeOf(new URLSearchParams(adHocQuery(picked)))).toEqual({
          kind: 'new',
          scope: { touchpoints: picked },
        });
      }),
    );
  });
});

describe('scopeOf', () => {
  it("is the record's checklist, else its touchpoints", () => {
    expect(scopeOf({ checklist: 'cl-a', touchpoints: ['tp-a'] })).toEqual({ checklist: 'cl-a' });
    expect(scopeOf({ touchpoints: ['tp-a'] })).toEqual({ touchpoints: ['tp-a'] });
    expect(scopeOf({})).toEqual({ touchpoints: [] });
  });
});
