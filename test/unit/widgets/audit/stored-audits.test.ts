/** Audits as the audit page keeps them (src/widgets/audit/stored-audits.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuditRecord } from '../../../../src/schema/types.generated.ts';
import type { StoredAudit } from '../../../../src/widgets/audit/audit.svelte.ts';
import { draftFor, importedAudit, newestFirst, startedAudit } from '../../../../src/widgets/audit/stored-audits.ts';
import { workedExample } from '../../../helpers/scorecards.ts';

describe('a new audit', () => {
  it("starts dated today, of the scorecard's kind or a self-assessment", () => {
    const { card } = workedExample();
    expect(draftFor(card, '2026-05-06')).toEqual({
      card,
      site: '',
      auditor: '',
      date: '2026-05-06',
      kind: 'self-assessment',
    });
    expect(draftFor({ ...card, kind: 'mystery-shopper' }, '2026-05-06').kind).toBe('mystery-shopper');
  });

  it('keeps the header of the start form, pinned to the scorecard, with no responses', () => {
    const { card } = workedExample();
    const draft = { ...draftFor(card, '2026-05-06'), site: 'Branch 1', auditor: 'Li' };
    const audit = startedAudit(draft, 'audit-1', '2026-05-06T08:00:00.000Z');
    expect(audit).toMatchObject({
      id: 'audit-1',
      created: '2026-05-06T08:00:00.000Z',
      updated: '2026-05-06T08:00:00.000Z',
    });
    expect(audit.record).toMatchObject({
      checklist: 'cl-test',
      site: 'Branch 1',
      auditor: 'Li',
      date: '2026-05-06',
      kind: 'self-assessment',
      responses: [],
    });
    expect(Object.keys(audit.record.fingerprints ?? {})).toEqual(['a/a1', 'a/a2', 'a/a3', 'b/b1', 'b/b2']);
  });
});

describe('importedAudit', () => {
  it('keeps the record under the id given, without an id of its own', () => {
    const record = { id: 'from-file', site: 'S', date: '2026-01-01', responses: [] } as unknown as AuditRecord;
    const audit = importedAudit(record, 'audit-2', 'now');
    expect(audit).toEqual({
      id: 'audit-2',
      created: 'now',
      updated: 'now',
      record: { site: 'S', date: '2026-01-01', responses: [] },
    });
    expect(record.id).toBe('from-file');
  });
});

describe('newestFirst', () => {
  it('puts the last updated first', () => {
    const stamp = fc
      .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString());
    fc.assert(
      fc.property(fc.uniqueArray(stamp, { maxLength: 8 }), (stamps) => {
        const audits = stamps.map(
          (updated, i) => ({ id: `a${i}`, created: updated, updated, record: {} }) as StoredAudit,
        );
        expect(newestFirst(audits).map((a) => a.updated)).toEqual([...stamps].sort().reverse());
      }),
    );
  });
});
