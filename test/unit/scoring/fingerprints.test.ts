/**
 * Item fingerprints (fingerprints.ts) and what they tell about a record's scorecard
 * (version-changes.ts).
 * Every expected number in this file was worked out by hand (in the comment beside it), not
 * copied from the engine's output.
 */
import { describe, expect, it } from 'vitest';
import { cardFingerprints, itemFingerprint } from '../../../src/scoring/fingerprints.ts';
import { versionChanges } from '../../../src/scoring/version-changes.ts';
import type { AuditRecord, StandardItem } from '../../../src/schema/types.generated.ts';
import { card, item, section } from '../../helpers/scorecards.ts';

describe('fingerprints and version changes', () => {
  const base: StandardItem = { id: 'x', text: { 'zh-CN': '整洁', en: 'Tidy' }, dimension: 'visual', tier: 'basic' };

  it('itemFingerprint is stable across key order and written defaults, and ignores how to check', () => {
    const fp = itemFingerprint(base);
    expect(fp).toMatch(/^[0-9a-f]{14}$/);
    expect(
      itemFingerprint({ tier: 'basic', dimension: 'visual', text: { en: 'Tidy', 'zh-CN': '整洁' }, id: 'x' }),
    ).toBe(fp);
    expect(itemFingerprint({ ...base, weight: 1, answers: 'graded', critical: 'none', naAllowed: true })).toBe(fp);
    expect(itemFingerprint({ ...base, check: 'look', evidence: 'photo', timeLimit: 'P1D', tier: 'value-added' })).toBe(
      fp,
    );
  });

  it('itemFingerprint changes with text, weight, answers, critical, naAllowed and threshold', () => {
    const fp = itemFingerprint(base);
    const variants: StandardItem[] = [
      { ...base, text: { 'zh-CN': '整洁', en: 'Neat' } },
      { ...base, weight: 2 },
      { ...base, answers: 'binary' },
      { ...base, critical: 'section' },
      { ...base, naAllowed: false },
      { ...base, answers: 'measured', threshold: '>= 300 lux' },
    ];
    const fps = variants.map(itemFingerprint);
    for (const v of fps) expect(v).not.toBe(fp);
    expect(new Set(fps).size).toBe(fps.length);
    expect(itemFingerprint({ ...base, answers: 'measured', threshold: '>= 301 lux' })).not.toBe(fps[5]);
  });

  const c = card(
    [
      section('a', [item('a', 'kept'), item('a', 'edited', { fingerprint: 'new-fp' }), item('a', 'fresh')], {
        touchpointVersion: '1.1.0',
      }),
    ],
    {
      scope: { checklist: 'cl-test', checklistVersion: '2.0.0' },
    },
  );
  const record: AuditRecord = {
    checklist: 'cl-test',
    checklistVersion: '1.0.0',
    handbookVersion: '1.0.0',
    standards: { a: '1.0.0' },
    site: 's',
    auditor: 'x',
    date: '2026-01-01',
    kind: 'internal-audit',
    responses: [],
    fingerprints: { 'a/kept': 'fp-kept', 'a/edited': 'old-fp', 'a/gone': 'fp-gone' },
  };

  it('versionChanges names items added, removed and changed, and the versions that moved', () => {
    expect(versionChanges(record, c)).toEqual({
      added: ['a/fresh'],
      removed: ['a/gone'],
      changed: ['a/edited'],
      exact: true,
      touchpoints: [{ id: 'a', from: '1.0.0', to: '1.1.0' }],
      checklist: { id: 'cl-test', from: '1.0.0', to: '2.0.0' },
    });
    expect(
      versionChanges(
        { ...record, checklistVersion: '2.0.0', standards: { a: '1.1.0' }, fingerprints: cardFingerprints(c) },
        c,
      ),
    ).toEqual({
      added: [],
      removed: [],
      changed: [],
      exact: true,
      touchpoints: [],
    });
  });

  it('versionChanges without fingerprints does not guess: only answered items that left the card', () => {
    const { fingerprints: _f, ...old } = record;
    const res = versionChanges(
      {
        ...old,
        responses: [
          { touchpoint: 'a', item: 'kept', value: 'conforms' },
          { touchpoint: 'a', item: 'gone', value: 'fails' },
        ],
      },
      c,
    );
    expect(res).toMatchObject({ added: [], removed: ['a/gone'], changed: [], exact: false });
  });
});
