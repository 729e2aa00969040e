/**
 * Properties of the scoring engine over generated scorecards and responses (fast-check): what
 * must hold for every audit, not only for the hand-computed ones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreAudit, type AuditResult } from '../../../src/scoring/score.ts';
import type { Response, Scorecard, ScorecardItem, ScorecardSection } from '../../../src/scoring/scorecard.ts';
import { card, MATURITY } from '../../helpers/scorecards.ts';

const DATE = { date: '2026-01-01' };
const THRESHOLDS = ['>= 300 lux', '<= 55 dB', '< 5 min', '= 100 %', 'between 18 and 26 °C', 'every 15 days'];

/** An item without ids (they are given by position). */
const itemShape = fc.record({
  weight: fc.oneof(fc.constantFrom(0, 0.5, 1, 2, 3), fc.double({ min: 0, max: 1000, noNaN: true })),
  answers: fc.constantFrom('binary', 'graded', 'maturity', 'measured') as fc.Arbitrary<ScorecardItem['answers']>,
  critical: fc.constantFrom('none', 'none', 'section', 'audit') as fc.Arbitrary<ScorecardItem['critical']>,
  naAllowed: fc.boolean(),
  threshold: fc.constantFrom(...THRESHOLDS),
});

/** What an auditor may write for an item: nothing, n/a, a fitting answer, a reading, or something that does not fit. */
const answerShape = fc.record({
  kind: fc.constantFrom('none', 'na', 'fit', 'fit', 'fit', 'misfit'),
  pick: fc.nat(),
  reading: fc.double({ min: -50, max: 400, noNaN: true }),
});

type ItemShape = typeof itemShape extends fc.Arbitrary<infer T> ? T : never;
type AnswerShape = typeof answerShape extends fc.Arbitrary<infer T> ? T : never;

const VALUES: Record<string, string[]> = {
  binary: ['conforms', 'fails'],
  graded: ['conforms', 'partly', 'fails'],
  maturity: MATURITY.map((m) => m.id),
};

function buildItem(tp: string, i: number, s: ItemShape): ScorecardItem {
  const out: ScorecardItem = {
    id: `i${i}`,
    touchpoint: tp,
    text: `i${i}`,
    weight: s.weight,
    answers: s.answers,
    critical: s.critical,
    naAllowed: s.naAllowed,
    fingerprint: `f${i}`,
  };
  if (s.answers === 'measured') out.threshold = s.threshold;
  return out;
}

function buildResponse(it: ScorecardItem, a: AnswerShape): Response | undefined {
  const base = { touchpoint: it.touchpoint, item: it.id };
  switch (a.kind) {
    case 'none':
      return undefined;
    case 'na':
      return { ...base, value: 'na' };
    case 'misfit':
      return it.answers === 'measured' ? { ...base, value: 'conforms' } : { ...base, value: 'maybe' };
    default:
      if (it.answers === 'measured') return { ...base, reading: Math.round(a.reading * 10) / 10 };
      return { ...base, value: VALUES[it.answers]![a.pick % VALUES[it.answers]!.length]! };
  }
}

/** A scorecard (1–4 sections of 1–6 items, weighted or not) and responses to it. */
const audit = fc
  .record({
    sections: fc.array(fc.array(fc.tuple(itemShape, answerShape), { minLength: 1, maxLength: 6 }), {
      minLength: 1,
      maxLength: 4,
    }),
    weights: fc.option(fc.array(fc.double({ min: 0.1, max: 10, noNaN: true }), { minLength: 4, maxLength: 4 }), {
      nil: undefined,
    }),
  })
  .map(({ sections, weights }) => {
    const responses: Response[] = [];
    const built: ScorecardSection[] = sections.map((items, si) => {
      const tp = `t${si}`;
      const list = items.map(([shape, answer], ii) => {
        const it = buildItem(tp, ii, shape);
        const resp = buildResponse(it, answer);
        if (resp) responses.push(resp);
        return it;
      });
      const section: ScorecardSection = {
        id: `s${si}`,
        touchpoint: tp,
        touchpointVersion: '1.0.0',
        title: tp,
        items: list,
      };
      if (weights) section.weight = weights[si]!;
      return section;
    });
    return { card: card(built), responses };
  });

const inRange = (x: number | null) => x === null || (x >= 0 && x <= 100);

function scores(res: AuditResult) {
  return { overall: res.overall, raw: res.raw, sections: res.sections.map((s) => [s.raw, s.score]) };
}

describe('scoring properties', () => {
  it('every score is within 0–100 (overall, raw, sections) and completion within 0..1', () => {
    fc.assert(
      fc.property(audit, ({ card: c, responses }) => {
        const res = scoreAudit(c, responses, DATE);
        expect(inRange(res.overall)).toBe(true);
        expect(inRange(res.raw)).toBe(true);
        for (const s of res.sections) {
          expect(inRange(s.raw)).toBe(true);
          expect(inRange(s.score)).toBe(true);
          if (s.score !== null && s.raw !== null) expect(s.score).toBeLessThanOrEqual(s.raw);
        }
        expect(res.completion).toBeGreaterThanOrEqual(0);
        expect(res.completion).toBeLessThanOrEqual(1);
        expect(res.answered).toBeLessThanOrEqual(res.applicable);
        if (res.overall !== null && res.raw !== null) expect(res.overall).toBeLessThanOrEqual(res.raw + 1e-9);
      }),
    );
  });

  it('adding an item answered n/a never changes any score', () => {
    fc.assert(
      fc.property(audit, fc.nat(), itemShape, ({ card: c, responses }, where, shape) => {
        const before = scoreAudit(c, responses, DATE);
        const target = where % c.sections.length;
        const extra = buildItem(c.sections[target]!.touchpoint, 99, { ...shape, naAllowed: true });
        const sections = c.sections.map((s, i) => (i === target ? { ...s, items: [...s.items, extra] } : s));
        const after = scoreAudit(
          { ...c, sections },
          [...responses, { touchpoint: extra.touchpoint, item: extra.id, value: 'na' }],
          DATE,
        );
        expect(scores(after)).toEqual(scores(before));
        expect(after.completion).toBe(before.completion);
        expect(after.verdict).toBe(before.verdict);
        expect(after.band?.id).toBe(before.band?.id);
      }),
    );
  });

  it('raising one answer (fails → partly → conforms) never lowers its section’s raw score', () => {
    fc.assert(
      fc.property(audit, fc.nat(), fc.nat(), ({ card: c, responses }, sPick, iPick) => {
        const si = sPick % c.sections.length;
        const section = c.sections[si]!;
        const ii = iPick % section.items.length;
        const graded = { ...section.items[ii]!, answers: 'graded' as const };
        const sections = c.sections.map((s, i) =>
          i === si ? { ...s, items: s.items.map((it, j) => (j === ii ? graded : it)) } : s,
        );
        const others = responses.filter((x) => !(x.touchpoint === graded.touchpoint && x.item === graded.id));
        const raws = ['fails', 'partly', 'conforms'].map(
          (value) =>
            scoreAudit({ ...c, sections }, [...others, { touchpoint: graded.touchpoint, item: graded.id, value }], DATE)
              .sections[si]!.raw,
        );
        for (let k = 1; k < raws.length; k++) {
          if (raws[k - 1] === null || raws[k] === null) expect(raws[k]).toBe(raws[k - 1]);
          else expect(raws[k]!).toBeGreaterThanOrEqual(raws[k - 1]! - 1e-9);
        }
      }),
    );
  });

  it('pooled equals weighted when each section’s weight is its possible points', () => {
    fc.assert(
      fc.property(audit, ({ card: c, responses }) => {
        const plain: Scorecard = { ...c, sections: c.sections.map(({ weight: _w, ...s }) => s) };
        const pooled = scoreAudit(plain, responses, DATE);
        const weightedCard: Scorecard = {
          ...plain,
          sections: plain.sections.map((s, i) => ({ ...s, weight: pooled.sections[i]!.possible || 1 })),
        };
        const weighted = scoreAudit(weightedCard, responses, DATE);
        expect(pooled.method).toBe('pooled');
        expect(weighted.method).toBe('weighted');
        for (const key of ['overall', 'raw'] as const) {
          if (pooled[key] === null) expect(weighted[key]).toBeNull();
          else expect(weighted[key]!).toBeCloseTo(pooled[key]!, 8);
        }
      }),
    );
  });

  it('the verdict is fail whenever a red-line item is answered below 1', () => {
    fc.assert(
      fc.property(audit, ({ card: c, responses }) => {
        const res = scoreAudit(c, responses, DATE);
        const redLineBelow1 = res.sections.some((s, si) =>
          s.items.some(
            (it, ii) => c.sections[si]!.items[ii]!.critical === 'audit' && it.status === 'answered' && it.value! < 1,
          ),
        );
        if (redLineBelow1) {
          expect(res.verdict).toBe('fail');
          expect(res.band).toEqual(c.bands.reduce((low, b) => (b.min < low.min ? b : low)));
        }
        expect(redLineBelow1).toBe(res.redLinesFailed.length > 0);
      }),
    );
    // The same, with a red-line failure forced into every generated audit.
    fc.assert(
      fc.property(audit, fc.nat(), fc.constantFrom('fails', 'partly'), ({ card: c, responses }, pick, value) => {
        const si = pick % c.sections.length;
        const line: ScorecardItem = {
          id: 'red-line',
          touchpoint: c.sections[si]!.touchpoint,
          text: 'red line',
          weight: 1,
          answers: 'graded',
          critical: 'audit',
          naAllowed: false,
          fingerprint: 'rl',
        };
        const sections = c.sections.map((s, i) => (i === si ? { ...s, items: [...s.items, line] } : s));
        const res = scoreAudit(
          { ...c, sections },
          [...responses, { touchpoint: line.touchpoint, item: line.id, value }],
          DATE,
        );
        expect(res.verdict).toBe('fail');
      }),
    );
  });

  it('completion is answered / applicable, and the verdict is incomplete only while something is missing (or nothing applies)', () => {
    fc.assert(
      fc.property(audit, ({ card: c, responses }) => {
        const res = scoreAudit(c, responses, DATE);
        expect(res.completion).toBe(res.applicable === 0 ? 1 : res.answered / res.applicable);
        expect(res.missing.length).toBe(res.applicable - res.answered);
        if (res.verdict === 'incomplete') expect(res.missing.length > 0 || res.overall === null).toBe(true);
        if (res.verdict === 'pass') expect(res.missing).toEqual([]);
      }),
    );
  });
});
