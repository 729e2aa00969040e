/**
 * The scoring engine (score.ts) against hand-computed cases: the worked example of SCORING.md
 * first, then one case per rule.
 * Every expected number in this file was worked out by hand (in the comment beside it), not
 * copied from the engine's output.
 */
import { describe, expect, it } from 'vitest';
import { bandFor, scoreAudit } from '../../../src/scoring/score.ts';
import { DEFAULT_BANDS } from '../../../src/scoring/scorecard.ts';
import { card, item, r, section, workedExample } from '../../helpers/scorecards.ts';

describe('the worked example of SCORING.md', () => {
  it('pooled: A = 1.5 / 4 = 37.5, B = 1 / 1 = 100, overall 2.5 / 5 = 50.0, fail, red', () => {
    const { card: c, responses } = workedExample();
    const res = scoreAudit(c, responses, { date: '2026-01-01' });
    expect(res.method).toBe('pooled');
    const [a, b] = res.sections;
    expect(a).toMatchObject({
      id: 'a',
      earned: 1.5,
      possible: 4,
      raw: 37.5,
      score: 37.5,
      zeroedBy: [],
      applicable: 3,
      answered: 3,
    });
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
    const c = card([
      section('a', [item('a', 'x', { weight: 100 }), item('a', 'line', { critical: 'audit', answers: 'binary' })]),
    ]);
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
    const c = card([
      section('m', [
        item('m', 'm1', { weight: 2, answers: 'maturity' }),
        item('m', 'm2', { answers: 'maturity' }),
        item('m', 'm3', { answers: 'maturity' }),
      ]),
    ]);
    const res = scoreAudit(c, [r('m', 'm1', 'defined'), r('m', 'm2', 'initial'), r('m', 'm3', 'optimised')], {
      date: '2026-01-01',
    });
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
    const c = card([
      section('t', [
        m('lux', '>= 300 lux'),
        m('noise', '<= 55 dB'),
        m('temp-in', 'between 18 and 26 °C'),
        m('temp-out', 'between 18 and 26 °C'),
        m('service', 'every 15 days'),
        m('overdue', 'every 15 days'),
      ]),
    ]);
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
    const res = scoreAudit(
      c,
      [
        r('t', 'a', 'na'),
        r('t', 'b', undefined, { note: 'meter broken' }),
        r('t', 'c', 'conforms'),
        r('t', 'd', undefined, { reading: 2 }),
      ],
      { date: '2026-01-01' },
    );
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
    const res = scoreAudit(c, [r('s', 'scored', 'partly'), r('s', 'noted', 'fails', { note: 'seen' })], {
      date: '2026-01-01',
    });
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
    expect(res).toMatchObject({
      overall: null,
      raw: null,
      band: null,
      completion: 1,
      applicable: 0,
      verdict: 'nothing-to-score',
    });
  });

  it('incomplete with a failed red line is fail, not incomplete', () => {
    const c = card([
      section('a', [item('a', 'line', { critical: 'audit' }), item('a', 'later'), item('a', 'later-too')]),
    ]);
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
    const res = scoreAudit(
      c,
      [
        r('a', 'x', 'conforms'),
        r('a', 'ghost', 'fails'),
        r('zz', 'x', 'fails'),
        r('a', 'x', 'fails'),
        r('a', 'y', 'maybe'),
      ],
      { date: '2026-01-01' },
    );
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
    const near = card([
      section('a', [item('a', 'x', { weight: 899_999_999 }), item('a', 'y', { weight: 100_000_001 })]),
    ]);
    const res2 = scoreAudit(near, [r('a', 'x', 'conforms'), r('a', 'y', 'fails')], { date: '2026-01-01' });
    expect(res2.overall).toBeCloseTo(89.9999999, 9);
    expect(res2.overall).toBeLessThan(90);
    expect(res2.band?.id).toBe('green');
    const below = card([
      section('a', [item('a', 'x', { weight: 89_999_999 }), item('a', 'y', { weight: 10_000_001 })]),
    ]);
    const res3 = scoreAudit(below, [r('a', 'x', 'conforms'), r('a', 'y', 'fails')], { date: '2026-01-01' });
    expect(res3.overall).toBeCloseTo(89.999999, 9);
    expect(res3.band?.id).toBe('amber');
  });

  it('passes at the pass mark exactly (3 of 4 = 75), fails just below (74 of 99 ≈ 74.7)', () => {
    const c = card([section('a', [item('a', 'x', { weight: 3 }), item('a', 'y')])]);
    expect(scoreAudit(c, [r('a', 'x', 'conforms'), r('a', 'y', 'fails')], { date: '2026-01-01' }).verdict).toBe('pass');
    const c2 = card([section('a', [item('a', 'x', { weight: 74 }), item('a', 'y', { weight: 25 })])]);
    expect(scoreAudit(c2, [r('a', 'x', 'conforms'), r('a', 'y', 'fails')], { date: '2026-01-01' }).verdict).toBe(
      'fail',
    );
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
