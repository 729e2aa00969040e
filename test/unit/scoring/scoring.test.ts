/**
 * The scoring engine against hand-computed cases: the worked example of SCORING.md first, then
 * one case per rule. Every expected number in this file was worked out by hand (in the comment
 * beside it), not copied from the engine's output.
 */
import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../../../src/gate/load-handbook.ts';
import type { HandbookModel } from '../../../src/model/model.ts';
import {
  addDuration,
  agreement,
  bandFor,
  cardFingerprints,
  DEFAULT_BANDS,
  itemFingerprint,
  scoreAudit,
  scorecardFor,
  versionChanges,
} from '../../../src/scoring/scoring.ts';
import type { AuditRecord, StandardItem } from '../../../src/schema/types.generated.ts';
import { MINIMAL } from '../../helpers/fixtures.ts';
import { card, item, r, section, workedExample } from '../../helpers/scorecards.ts';

describe('the worked example of SCORING.md', () => {
  it('pooled: A = 1.5 / 4 = 37.5, B = 1 / 1 = 100, overall 2.5 / 5 = 50.0, fail, red', () => {
    const { card: c, responses } = workedExample();
    const res = scoreAudit(c, responses, { date: '2026-01-01' });
    expect(res.method).toBe('pooled');
    const [a, b] = res.sections;
    expect(a).toMatchObject({ id: 'a', earned: 1.5, possible: 4, raw: 37.5, score: 37.5, zeroedBy: [], applicable: 3, answered: 3 });
    expect(b).toMatchObject({ id: 'b', earned: 1, possible: 1, raw: 100, score: 100, applicable: 1, answered: 1 });
    expect(b!.items[1]).toMatchObject({ item: 'b2', status: 'na', earned: 0, possible: 0 });
    expect(res.overall).toBe(50);
    expect(res.raw).toBe(50);
    expect(res.verdict).toBe('fail');
    expect(res.band?.id).toBe('red');
    expect(res.completion).toBe(1);
    expect(res.missing).toEqual([]);
    expect(res.problems).toEqual([]);
  });

  it('section weights A = 3, B = 1: (3 × 37.5 + 1 × 100) / 4 = 53.125, fail, red', () => {
    const { card: c, responses } = workedExample({ weights: [3, 1] });
    const res = scoreAudit(c, responses, { date: '2026-01-01' });
    expect(res.method).toBe('weighted');
    expect(res.overall).toBe(53.125);
    expect(res.raw).toBe(53.125);
    expect(res.overall!.toFixed(1)).toBe('53.1');
    expect(res.verdict).toBe('fail');
    expect(res.band?.id).toBe('red');
  });

  it('critical: section on the failed item zeroes A: pooled (0 + 1) / 5 = 20.0, raw stays 50.0', () => {
    const { card: c, responses } = workedExample({ critical: 'section' });
    const res = scoreAudit(c, responses, { date: '2026-01-01' });
    expect(res.sections[0]).toMatchObject({ raw: 37.5, score: 0, zeroedBy: ['a3'], earned: 1.5, possible: 4 });
    expect(res.overall).toBe(20);
    expect(res.raw).toBe(50);
    expect(res.verdict).toBe('fail');
    expect(res.band?.id).toBe('red');
    expect(res.redLinesFailed).toEqual([]);
  });

  it('critical: audit on the failed item: pooled stays 50.0, verdict fail, red band', () => {
    const { card: c, responses } = workedExample({ critical: 'audit' });
    const res = scoreAudit(c, responses, { date: '2026-01-01' });
    expect(res.overall).toBe(50);
    expect(res.raw).toBe(50);
    expect(res.verdict).toBe('fail');
    expect(res.band?.id).toBe('red');
    expect(res.redLinesFailed).toEqual([{ touchpoint: 'a', item: 'a3' }]);
    expect(res.actions.find((a) => a.item === 'a3')?.redLine).toBe(true);
  });

  it('a red line forces the red band even when the score would be green', () => {
    const c = card([section('a', [item('a', 'x', { weight: 100 }), item('a', 'line', { critical: 'audit', answers: 'binary' })])]);
    const res = scoreAudit(c, [r('a', 'x', 'conforms'), r('a', 'line', 'fails')], { date: '2026-01-01' });
    // 100 / 101 = 99.0 %: green by the number, red by the red line.
    expect(res.overall).toBeCloseTo(99.0099, 4);
    expect(res.band?.id).toBe('red');
    expect(res.verdict).toBe('fail');
  });

  it('corrective actions for every item below 1, in card order', () => {
    const { card: c, responses } = workedExample();
    const res = scoreAudit(c, responses, { date: '2026-01-01' });
    expect(res.actions.map((a) => [a.item, a.value, a.section, a.redLine])).toEqual([
      ['a2', 0.5, 'a', false],
      ['a3', 0, 'a', false],
    ]);
  });
});

describe('answer sets', () => {
  it('maturity: levels from the card; 2 × 0.5 + 1 × 0.25 + 1 × 1 = 2.25 of 4 = 56.25', () => {
    const c = card([section('m', [item('m', 'm1', { weight: 2, answers: 'maturity' }), item('m', 'm2', { answers: 'maturity' }), item('m', 'm3', { answers: 'maturity' })])]);
    const res = scoreAudit(c, [r('m', 'm1', 'defined'), r('m', 'm2', 'initial'), r('m', 'm3', 'optimised')], { date: '2026-01-01' });
    expect(res.sections[0]!.items.map((i) => i.value)).toEqual([0.5, 0.25, 1]);
    expect(res.sections[0]).toMatchObject({ earned: 2.25, possible: 4, raw: 56.25 });
    expect(res.overall).toBe(56.25);
    // A level the handbook does not define is not scored.
    const bad = scoreAudit(c, [r('m', 'm1', 'expert')], { date: '2026-01-01' });
    expect(bad.problems).toEqual([{ touchpoint: 'm', item: 'm1', code: 'bad-value' }]);
    expect(bad.sections[0]!.items[0]!.status).toBe('unanswered');
  });

  it('binary accepts conforms and fails only', () => {
    const c = card([section('b', [item('b', 'x', { answers: 'binary' }), item('b', 'y', { answers: 'binary' })])]);
    const res = scoreAudit(c, [r('b', 'x', 'fails'), r('b', 'y', 'partly')], { date: '2026-01-01' });
    expect(res.sections[0]!.items[0]).toMatchObject({ status: 'answered', value: 0 });
    expect(res.sections[0]!.items[1]!.status).toBe('unanswered');
    expect(res.problems).toEqual([{ touchpoint: 'b', item: 'y', code: 'bad-value' }]);
  });

  it('measured: the reading decides, against >=, <=, between (inclusive) and every', () => {
    const m = (id: string, threshold: string) => item('t', id, { answers: 'measured', threshold });
    const c = card([section('t', [m('lux', '>= 300 lux'), m('noise', '<= 55 dB'), m('temp-in', 'between 18 and 26 °C'), m('temp-out', 'between 18 and 26 °C'), m('service', 'every 15 days'), m('overdue', 'every 15 days')])]);
    const res = scoreAudit(
      c,
      [
        r('t', 'lux', undefined, { reading: 280 }), // 280 < 300: fails
        r('t', 'noise', undefined, { reading: 55 }), // 55 <= 55: passes
        r('t', 'temp-in', undefined, { reading: 26 }), // upper bound included: passes
        r('t', 'temp-out', undefined, { reading: 17.9 }), // below 18: fails
        r('t', 'service', undefined, { reading: 15 }), // 15 days since the last service: passes
        r('t', 'overdue', undefined, { reading: 16 }), // 16 > 15: fails
      ],
      { date: '2026-01-01' },
    );
    const items = res.sections[0]!.items;
    expect(items.map((i) => [i.item, i.value, i.reading, i.readingPasses])).toEqual([
      ['lux', 0, 280, false],
      ['noise', 1, 55, true],
      ['temp-in', 1, 26, true],
      ['temp-out', 0, 17.9, false],
      ['service', 1, 15, true],
      ['overdue', 0, 16, false],
    ]);
    // 3 of 6 = 50.0
    expect(res.overall).toBe(50);
    expect(res.actions.map((a) => a.item)).toEqual(['lux', 'temp-out', 'overdue']);
  });

  it('measured: na where allowed; neither reading nor na is unanswered; a value without a reading is a problem', () => {
    const c = card([
      section('t', [
        item('t', 'a', { answers: 'measured', threshold: '>= 1' }),
        item('t', 'b', { answers: 'measured', threshold: '>= 1' }),
        item('t', 'c', { answers: 'measured', threshold: '>= 1' }),
        item('t', 'd', { answers: 'measured', threshold: '>= 1' }),
      ]),
    ]);
    const res = scoreAudit(c, [r('t', 'a', 'na'), r('t', 'b', undefined, { note: 'meter broken' }), r('t', 'c', 'conforms'), r('t', 'd', undefined, { reading: 2 })], { date: '2026-01-01' });
    expect(res.sections[0]!.items.map((i) => i.status)).toEqual(['na', 'unanswered', 'unanswered', 'answered']);
    expect(res.problems).toEqual([{ touchpoint: 't', item: 'c', code: 'reading-missing' }]);
    expect(res.applicable).toBe(3);
    expect(res.answered).toBe(1);
    expect(res.verdict).toBe('incomplete');
  });
});

describe('applicability and completion', () => {
  it('n/a on an item that does not allow it: a problem, and the item counts as unanswered', () => {
    const c = card([section('s', [item('s', 'must', { naAllowed: false }), item('s', 'other')])]);
    const res = scoreAudit(c, [r('s', 'must', 'na'), r('s', 'other', 'conforms')], { date: '2026-01-01' });
    expect(res.problems).toEqual([{ touchpoint: 's', item: 'must', code: 'na-not-allowed' }]);
    expect(res.sections[0]!.items[0]!.status).toBe('unanswered');
    expect(res.missing).toEqual([{ touchpoint: 's', item: 'must', section: 's' }]);
    // The score is over what was answered: 1 / 1 = 100, but the audit is incomplete at 1 of 2.
    expect(res.overall).toBe(100);
    expect(res.completion).toBe(0.5);
    expect(res.verdict).toBe('incomplete');
    expect(res.band?.id).toBe('green');
  });

  it('weight 0: recorded and counted for completion, but earns and risks nothing', () => {
    const c = card([section('s', [item('s', 'scored', { weight: 2 }), item('s', 'noted', { weight: 0 })])]);
    const res = scoreAudit(c, [r('s', 'scored', 'partly'), r('s', 'noted', 'fails', { note: 'seen' })], { date: '2026-01-01' });
    expect(res.sections[0]!.items[1]).toMatchObject({ status: 'answered', value: 0, earned: 0, possible: 0 });
    // 1 of 2 = 50.0, the weight-0 failure changes nothing.
    expect(res.overall).toBe(50);
    expect(res.applicable).toBe(2);
    expect(res.answered).toBe(2);
    expect(res.actions.map((a) => a.item)).toEqual(['scored', 'noted']);
    const missing = scoreAudit(c, [r('s', 'scored', 'partly')], { date: '2026-01-01' });
    expect(missing.completion).toBe(0.5);
    expect(missing.verdict).toBe('incomplete');
  });

  it('an all-n/a section is n/a (null) and drops out; section weights are renormalised', () => {
    const a = section('a', [item('a', 'x'), item('a', 'y')], { weight: 1 });
    const b = section('b', [item('b', 'z')], { weight: 3 });
    const responses = [r('a', 'x', 'conforms'), r('a', 'y', 'partly'), r('b', 'z', 'na')];
    const weighted = scoreAudit(card([a, b]), responses, { date: '2026-01-01' });
    expect(weighted.sections[1]).toMatchObject({ raw: null, score: null, applicable: 0, possible: 0 });
    // Only A applies: 1.5 / 2 = 75, whatever B's weight.
    expect(weighted.overall).toBe(75);
    expect(weighted.verdict).toBe('pass');
    expect(weighted.band?.id).toBe('amber');
    const { weight: _a, ...a0 } = a;
    const { weight: _b, ...b0 } = b;
    expect(scoreAudit(card([a0, b0]), responses, { date: '2026-01-01' }).overall).toBe(75);
  });

  it('nothing applicable: overall null, no band, completion 1, verdict nothing-to-score', () => {
    const c = card([section('a', [item('a', 'x')])]);
    const res = scoreAudit(c, [r('a', 'x', 'na')], { date: '2026-01-01' });
    expect(res).toMatchObject({ overall: null, raw: null, band: null, completion: 1, applicable: 0, verdict: 'nothing-to-score' });
  });

  it('incomplete with a failed red line is fail, not incomplete', () => {
    const c = card([section('a', [item('a', 'line', { critical: 'audit' }), item('a', 'later'), item('a', 'later-too')])]);
    const res = scoreAudit(c, [r('a', 'line', 'partly')], { date: '2026-01-01' });
    expect(res.missing.map((m) => m.item)).toEqual(['later', 'later-too']);
    expect(res.completion).toBeCloseTo(1 / 3, 12);
    expect(res.verdict).toBe('fail');
    expect(res.band?.id).toBe('red');
    // Without the red line failing, the same record is incomplete.
    expect(scoreAudit(c, [r('a', 'line', 'conforms')], { date: '2026-01-01' }).verdict).toBe('incomplete');
  });

  it('responses that fit nothing are listed and not scored', () => {
    const c = card([section('a', [item('a', 'x'), item('a', 'y')])]);
    const res = scoreAudit(c, [r('a', 'x', 'conforms'), r('a', 'ghost', 'fails'), r('zz', 'x', 'fails'), r('a', 'x', 'fails'), r('a', 'y', 'maybe')], { date: '2026-01-01' });
    expect(res.problems).toEqual([
      { touchpoint: 'a', item: 'ghost', code: 'unknown-item' },
      { touchpoint: 'zz', item: 'x', code: 'unknown-item' },
      { touchpoint: 'a', item: 'x', code: 'duplicate-response' },
      { touchpoint: 'a', item: 'y', code: 'bad-value' },
    ]);
    // The first response to x counts.
    expect(res.sections[0]!.items[0]!.value).toBe(1);
  });
});

describe('bands and the pass mark', () => {
  const bands = DEFAULT_BANDS;
  it('compares after rounding to 6 decimals', () => {
    expect(bandFor(bands, 90)?.id).toBe('green');
    expect(bandFor(bands, 89.9999999)?.id).toBe('green'); // rounds to 90.000000
    expect(bandFor(bands, 89.999999)?.id).toBe('amber'); // already 6 decimals: below 90
    expect(bandFor(bands, 89.9999994)?.id).toBe('amber'); // rounds to 89.999999
    expect(bandFor(bands, 75)?.id).toBe('amber');
    expect(bandFor(bands, 74.9999999)?.id).toBe('amber');
    expect(bandFor(bands, 74.99)?.id).toBe('red');
    expect(bandFor(bands, 0)?.id).toBe('red');
    expect(bandFor(bands, null)).toBeNull();
    // Bands in any order.
    expect(bandFor([...bands].reverse(), 91)?.id).toBe('green');
  });

  it('an audit scoring exactly 90 is green, and 89.9999999 (899999999 of 1000000000 points) is green too', () => {
    const exact = card([section('a', [item('a', 'x', { weight: 9 }), item('a', 'y', { weight: 1 })])]);
    const res = scoreAudit(exact, [r('a', 'x', 'conforms'), r('a', 'y', 'fails')], { date: '2026-01-01' });
    expect(res.overall).toBe(90);
    expect(res.band?.id).toBe('green');
    const near = card([section('a', [item('a', 'x', { weight: 899_999_999 }), item('a', 'y', { weight: 100_000_001 })])]);
    const res2 = scoreAudit(near, [r('a', 'x', 'conforms'), r('a', 'y', 'fails')], { date: '2026-01-01' });
    expect(res2.overall).toBeCloseTo(89.9999999, 9);
    expect(res2.overall).toBeLessThan(90);
    expect(res2.band?.id).toBe('green');
    const below = card([section('a', [item('a', 'x', { weight: 89_999_999 }), item('a', 'y', { weight: 10_000_001 })])]);
    const res3 = scoreAudit(below, [r('a', 'x', 'conforms'), r('a', 'y', 'fails')], { date: '2026-01-01' });
    expect(res3.overall).toBeCloseTo(89.999999, 9);
    expect(res3.band?.id).toBe('amber');
  });

  it('passes at the pass mark exactly (3 of 4 = 75), fails just below (74 of 99 ≈ 74.7)', () => {
    const c = card([section('a', [item('a', 'x', { weight: 3 }), item('a', 'y')])]);
    expect(scoreAudit(c, [r('a', 'x', 'conforms'), r('a', 'y', 'fails')], { date: '2026-01-01' }).verdict).toBe('pass');
    const c2 = card([section('a', [item('a', 'x', { weight: 74 }), item('a', 'y', { weight: 25 })])]);
    expect(scoreAudit(c2, [r('a', 'x', 'conforms'), r('a', 'y', 'fails')], { date: '2026-01-01' }).verdict).toBe('fail');
    // A scorecard's own pass mark and bands.
    const strict = card([section('a', [item('a', 'x', { weight: 3 }), item('a', 'y')])], {
      passMark: 80,
      bands: [
        { id: 'ok', min: 60, label: 'ok' },
        { id: 'bad', min: 0, label: 'bad' },
      ],
    });
    const res = scoreAudit(strict, [r('a', 'x', 'conforms'), r('a', 'y', 'fails')], { date: '2026-01-01' });
    expect(res.verdict).toBe('fail');
    expect(res.band?.id).toBe('ok');
  });
});

describe('due dates', () => {
  it('adds durations exactly, months and years calendar-wise', () => {
    expect(addDuration('2026-11-18', 'PT24H')).toBe('2026-11-19');
    expect(addDuration('2026-11-18', 'PT2H')).toBe('2026-11-18');
    expect(addDuration('2026-11-18', 'PT23H59M59S')).toBe('2026-11-18');
    expect(addDuration('2026-11-18', 'PT25H')).toBe('2026-11-19');
    expect(addDuration('2026-11-18', 'PT48H')).toBe('2026-11-20');
    expect(addDuration('2026-11-18', 'P3D')).toBe('2026-11-21');
    expect(addDuration('2026-12-31', 'P1D')).toBe('2027-01-01');
    expect(addDuration('2026-12-25', 'P1W')).toBe('2027-01-01');
    expect(addDuration('2026-01-31', 'P1M')).toBe('2026-02-28');
    expect(addDuration('2028-01-31', 'P1M')).toBe('2028-02-29');
    expect(addDuration('2026-03-31', 'P1M')).toBe('2026-04-30');
    expect(addDuration('2026-11-30', 'P3M')).toBe('2027-02-28');
    expect(addDuration('2026-10-15', 'P14M')).toBe('2027-12-15');
    expect(addDuration('2028-02-29', 'P1Y')).toBe('2029-02-28');
    expect(addDuration('2026-01-31', 'P1M1D')).toBe('2026-03-01');
    expect(addDuration('2026-03-28', 'P1DT24H')).toBe('2026-03-30');
    expect(addDuration('2026-02-30', 'P1D')).toBeUndefined();
    expect(addDuration('2026-11-18', '3 days')).toBeUndefined();
  });

  it('due = audit date + item time limit, else + the section SOP limit, else none', () => {
    const c = card([
      section('a', [item('a', 'own', { timeLimit: 'P1M' }), item('a', 'sop'), item('a', 'ok')], { sopLimit: 'PT2H' }),
      section('b', [item('b', 'none')]),
    ]);
    const res = scoreAudit(c, [r('a', 'own', 'fails', { note: 'n', evidence: ['p.jpg'] }), r('a', 'sop', 'partly'), r('a', 'ok', 'conforms'), r('b', 'none', 'fails')], { date: '2026-01-31' });
    expect(res.actions).toEqual([
      { touchpoint: 'a', item: 'own', section: 'a', value: 0, note: 'n', evidence: ['p.jpg'], due: '2026-02-28', limit: 'P1M', redLine: false },
      { touchpoint: 'a', item: 'sop', section: 'a', value: 0.5, due: '2026-01-31', limit: 'PT2H', redLine: false },
      { touchpoint: 'b', item: 'none', section: 'b', value: 0, redLine: false },
    ]);
  });

  it('counts from today when no date is given', () => {
    const c = card([section('a', [item('a', 'x', { timeLimit: 'P1D' })])]);
    const due = scoreAudit(c, [r('a', 'x', 'fails')]).actions[0]!.due!;
    const now = new Date();
    const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
    const pad = (n: number) => String(n).padStart(2, '0');
    expect(due).toBe(`${tomorrow.getFullYear()}-${pad(tomorrow.getMonth() + 1)}-${pad(tomorrow.getDate())}`);
  });
});

describe('fingerprints and version changes', () => {
  const base: StandardItem = { id: 'x', text: { 'zh-CN': '整洁', en: 'Tidy' }, dimension: 'visual', tier: 'basic' };

  it('itemFingerprint is stable across key order and written defaults, and ignores how to check', () => {
    const fp = itemFingerprint(base);
    expect(fp).toMatch(/^[0-9a-f]{14}$/);
    expect(itemFingerprint({ tier: 'basic', dimension: 'visual', text: { en: 'Tidy', 'zh-CN': '整洁' }, id: 'x' })).toBe(fp);
    expect(itemFingerprint({ ...base, weight: 1, answers: 'graded', critical: 'none', naAllowed: true })).toBe(fp);
    expect(itemFingerprint({ ...base, check: 'look', evidence: 'photo', timeLimit: 'P1D', tier: 'value-added' })).toBe(fp);
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

  const c = card([section('a', [item('a', 'kept'), item('a', 'edited', { fingerprint: 'new-fp' }), item('a', 'fresh')], { touchpointVersion: '1.1.0' })], {
    scope: { checklist: 'cl-test', checklistVersion: '2.0.0' },
  });
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
    expect(versionChanges({ ...record, checklistVersion: '2.0.0', standards: { a: '1.1.0' }, fingerprints: cardFingerprints(c) }, c)).toEqual({
      added: [],
      removed: [],
      changed: [],
      exact: true,
      touchpoints: [],
    });
  });

  it('versionChanges without fingerprints does not guess: only answered items that left the card', () => {
    const { fingerprints: _f, ...old } = record;
    const res = versionChanges({ ...old, responses: [{ touchpoint: 'a', item: 'kept', value: 'conforms' }, { touchpoint: 'a', item: 'gone', value: 'fails' }] }, c);
    expect(res).toMatchObject({ added: [], removed: ['a/gone'], changed: [], exact: false });
  });
});

describe('agreement between auditors', () => {
  it('percent agreement and Cohen’s kappa over the items both answered', () => {
    const a = [r('t', 'x1', 'conforms'), r('t', 'x2', 'conforms'), r('t', 'x3', 'fails'), r('t', 'x4', 'partly'), r('t', 'only-a', 'fails')];
    const b = [r('t', 'x1', 'conforms'), r('t', 'x2', 'fails'), r('t', 'x3', 'fails'), r('t', 'x4', 'partly'), r('t', 'only-b', 'fails'), r('t', 'x5')];
    const res = agreement(a, b);
    // Shared x1..x4, 3 agree: po = 3/4. Marginals A: conforms 2, fails 1, partly 1; B: conforms 1, fails 2, partly 1.
    // pe = (2·1 + 1·2 + 1·1) / 16 = 5/16; kappa = (12/16 − 5/16) / (11/16) = 7/11.
    expect(res.shared).toBe(4);
    expect(res.percent).toBe(75);
    expect(res.kappa).toBeCloseTo(7 / 11, 12);
    expect(res.disagreements).toEqual(['t/x2']);
  });

  it('kappa is null when undefined; perfect agreement over two categories is 1', () => {
    expect(agreement([r('t', 'x', 'conforms')], [r('t', 'x', 'conforms')])).toEqual({ shared: 1, percent: 100, kappa: null, disagreements: [] });
    expect(agreement([], [r('t', 'x', 'conforms')])).toEqual({ shared: 0, percent: 0, kappa: null, disagreements: [] });
    const two = [r('t', 'x', 'conforms'), r('t', 'y', 'na')];
    expect(agreement(two, two)).toMatchObject({ shared: 2, percent: 100, kappa: 1 });
  });
});

describe('scorecardFor', () => {
  const minimal = loadHandbook(MINIMAL, { today: '2026-11-22' }).model!;
  const example = loadHandbook('standards', { today: '2026-11-22' }).model!;

  it('builds a checklist scorecard with defaults applied, versions, fingerprints and handbook settings', () => {
    const c = scorecardFor(minimal, { checklist: 'cl-gate' })!;
    expect(c.scope).toEqual({ checklist: 'cl-gate', checklistVersion: '1.0.0' });
    expect(c.kind).toBe('mystery-shopper');
    expect(c.handbookVersion).toBe('1.0.0');
    expect(c.defaultLocale).toBe('zh-CN');
    expect(c.passMark).toBe(75);
    expect(c.bands.map((b) => [b.id, b.min])).toEqual([
      ['green', 90],
      ['amber', 75],
      ['red', 0],
    ]);
    expect(c.maturity).toEqual([
      { id: 'none', label: '无', value: 0 },
      { id: 'full', label: '完善', value: 1 },
    ]);
    const [s] = c.sections;
    expect(s).toMatchObject({ id: 'gate', touchpoint: 'tp-gate', touchpointVersion: '1.0.0', title: { 'zh-CN': '大门', en: 'Gate' } });
    expect(s!.sopLimit).toBeUndefined(); // sop-reply has no priorities
    expect(s!.items.map((i) => [i.id, i.weight, i.answers, i.critical, i.naAllowed])).toEqual([
      ['uniform', 1, 'graded', 'none', true],
      ['greeting', 2, 'graded', 'none', true],
    ]);
    expect(s!.items[0]!.fingerprint).toBe(itemFingerprint(minimal.touchpoints.get('tp-gate')!.data.items[0]!));
    expect(scorecardFor(minimal, { checklist: 'nope' })).toBeUndefined();
  });

  it('builds an ad-hoc scorecard of touchpoints, one section each, titled in every locale', () => {
    const c = scorecardFor(example, { touchpoints: ['pm-pedestrian-gate', 'pm-elevator-car'] })!;
    expect(c.scope).toEqual({ touchpoints: ['pm-pedestrian-gate', 'pm-elevator-car'] });
    expect(c.kind).toBeUndefined();
    expect(c.title).toEqual({ 'zh-CN': '人行出入口、电梯轿厢', en: 'Pedestrian entrance · Elevator car' });
    expect(c.sections.map((s) => [s.id, s.items.length])).toEqual([
      ['pm-pedestrian-gate', 9],
      ['pm-elevator-car', example.touchpoints.get('pm-elevator-car')!.data.items.length],
    ]);
    const lux = c.sections[1]!.items.find((i) => i.threshold === '>= 300 lux')!;
    expect(lux.answers).toBe('measured');
    expect(scorecardFor(example, { touchpoints: ['pm-pedestrian-gate', 'nope'] })).toBeUndefined();
    expect(scorecardFor(example, { touchpoints: [] })).toBeUndefined();
  });

  it('takes the shortest resolve limit of the touchpoint’s SOPs (PT2H from the complaint classes)', () => {
    const c = scorecardFor(example, { touchpoints: ['pm-elevator-car', 'pm-roads-squares'] })!;
    expect(c.sections[0]!.sopLimit).toBe('PT2H');
    expect(c.sections[1]!.sopLimit).toBeUndefined();
  });

  it('follows SOP links written on either side', () => {
    const sop = minimal.sops.get('sop-reply')!;
    const tp = minimal.touchpoints.get('tp-gate')!;
    const { sops: _s, ...tpNoLink } = tp.data;
    const priorities = [
      { id: 'slow', label: 'slow', resolve: 'P2D' },
      { id: 'fast', label: 'fast', resolve: 'PT24H' },
      { id: 'none', label: 'none' },
    ];
    // Only the SOP names the touchpoint.
    const fromSop: HandbookModel = { ...minimal, sops: new Map([['sop-reply', { ...sop, data: { ...sop.data, priorities } }]]), touchpoints: new Map([['tp-gate', { ...tp, data: tpNoLink }]]) };
    expect(scorecardFor(fromSop, { checklist: 'cl-gate' })!.sections[0]!.sopLimit).toBe('PT24H');
    // Only the touchpoint names the SOP.
    const fromTp: HandbookModel = { ...minimal, sops: new Map([['sop-reply', { ...sop, data: { ...sop.data, touchpoints: ['other'], priorities } }]]) };
    expect(scorecardFor(fromTp, { checklist: 'cl-gate' })!.sections[0]!.sopLimit).toBe('PT24H');
  });

  it('uses the checklist’s bands over the handbook’s', () => {
    const cl = minimal.checklists.get('cl-gate')!;
    const bands: [{ id: string; min: number; label: string }, ...{ id: string; min: number; label: string }[]] = [
      { id: 'pass', min: 60, label: '合格' },
      { id: 'fail', min: 0, label: '不合格' },
    ];
    const model: HandbookModel = { ...minimal, checklists: new Map([['cl-gate', { ...cl, data: { ...cl.data, bands } }]]) };
    expect(scorecardFor(model, { checklist: 'cl-gate' })!.bands.map((b) => b.id)).toEqual(['pass', 'fail']);
  });

  it('scores the example audit record: 27 / 33 = 81.8, amber, pass, fingerprints current', () => {
    const record = example.audits.get('2026-11-pm-entrance-east-gate')!.data;
    const c = scorecardFor(example, { checklist: record.checklist! })!;
    const res = scoreAudit(c, record.responses, { date: record.date });
    // Pedestrian 8.5 / 11, vehicle 12.5 / 14, roads 6 / 8.
    expect(res.sections.map((s) => [s.id, s.earned, s.possible])).toEqual([
      ['pedestrian-gate', 8.5, 11],
      ['vehicle-gate', 12.5, 14],
      ['roads-squares', 6, 8],
    ]);
    expect(res.overall).toBeCloseTo((27 / 33) * 100, 10);
    expect(res.band?.id).toBe('amber');
    expect(res.verdict).toBe('pass');
    expect(res.problems).toEqual([]);
    expect(res.actions.map((a) => [a.item, a.due ?? null])).toEqual([
      ['friendly-greeting', null],
      ['clean-ground', null],
      ['night-lighting', '2026-11-19'],
      ['traffic-signs', '2026-11-21'],
      ['green-surroundings', null],
      ['suspicious-and-uncivil', null],
      ['surface-and-kerbs', '2026-11-21'],
    ]);
    expect(versionChanges(record, c)).toEqual({ added: [], removed: [], changed: [], exact: true, touchpoints: [] });
  });
});
