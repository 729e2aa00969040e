/**
 * Weights within the schemas' bounds always score: for any item weights (touchpoint.schema.json)
 * and section weights (checklist.schema.json) the gate accepts, every score is a finite number in
 * 0–100, or null when there is nothing to score, and then the verdict says so instead of
 * "incomplete". The bounds are read from the schemas, so loosening them is tested too.
 * Fixed seed; more runs with TOUCHSTONE_FUZZ_RUNS.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import checklistSchema from '../../../schemas/checklist.schema.json' with { type: 'json' };
import touchpointSchema from '../../../schemas/touchpoint.schema.json' with { type: 'json' };
import { scoreAudit } from '../../../src/scoring/score.ts';
import type { Response, ScorecardItem, ScorecardSection } from '../../../src/scoring/scorecard.ts';
import { card, item, r, section } from '../../helpers/scorecards.ts';

const SEED = 20261215;
const RUNS = Number(process.env['TOUCHSTONE_FUZZ_RUNS'] ?? 300);
const DATE = { date: '2026-01-01' };

interface NumberSchema {
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
}

/** The schema of the first property named `weight` anywhere in a schema. */
function weightSchema(schema: unknown): NumberSchema | undefined {
  if (!schema || typeof schema !== 'object') return undefined;
  const props = (schema as { properties?: Record<string, unknown> }).properties;
  if (props?.['weight']) return props['weight'] as NumberSchema;
  for (const value of Object.values(schema)) {
    const found = weightSchema(value);
    if (found) return found;
  }
  return undefined;
}

const ITEM = weightSchema(touchpointSchema)!;
const SECTION = weightSchema(checklistSchema)!;

describe('the schemas bound weights', () => {
  it('give items and sections a finite maximum', () => {
    expect(ITEM.maximum).toBeTypeOf('number');
    expect(SECTION.maximum).toBeTypeOf('number');
    expect(ITEM.maximum!).toBeLessThan(1e6);
    expect(SECTION.maximum!).toBeLessThan(1e6);
  });
});

/** An item weight the schema accepts: its ends and anything between. */
const itemWeight = fc.oneof(
  fc.constantFrom(ITEM.minimum ?? 0, ITEM.maximum ?? Number.MAX_VALUE),
  fc.double({ min: ITEM.minimum ?? 0, max: ITEM.maximum ?? Number.MAX_VALUE, noNaN: true }),
);
/** A section weight the schema accepts (above 0). */
const sectionWeight = fc.oneof(
  fc.constant(SECTION.maximum ?? Number.MAX_VALUE),
  fc.double({
    min: SECTION.exclusiveMinimum ?? 0,
    max: SECTION.maximum ?? Number.MAX_VALUE,
    noNaN: true,
    minExcluded: true,
  }),
);
const answer = fc.constantFrom<string | undefined>('conforms', 'partly', 'fails', 'na', undefined);

/** A scorecard of 1–4 sections of 1–8 items, section weights on all sections or none, with responses. */
const audit = fc
  .record({
    sections: fc.array(
      fc.array(
        fc.tuple(itemWeight, answer, fc.constantFrom<ScorecardItem['critical']>('none', 'none', 'section', 'audit')),
        { minLength: 1, maxLength: 8 },
      ),
      { minLength: 1, maxLength: 4 },
    ),
    weights: fc.option(fc.array(sectionWeight, { minLength: 4, maxLength: 4 }), { nil: undefined }),
  })
  .map(({ sections, weights }) => {
    const responses: Response[] = [];
    const built: ScorecardSection[] = sections.map((items, si) => {
      const tp = `t${si}`;
      const list = items.map(([weight, value, critical], ii) => {
        if (value !== undefined) responses.push(r(tp, `i${ii}`, value));
        return item(tp, `i${ii}`, { weight, critical });
      });
      return section(tp, list, weights ? { weight: weights[si]! } : {});
    });
    return { card: card(built), responses };
  });

const score = (x: number | null) => x === null || (Number.isFinite(x) && x >= 0 && x <= 100);

describe('scoring with weights within the schemas’ bounds', () => {
  it('gives finite scores in 0–100, and a verdict that names an audit with nothing to score', () => {
    fc.assert(
      fc.property(audit, ({ card: c, responses }) => {
        const res = scoreAudit(c, responses, DATE);
        expect(score(res.overall), `overall ${res.overall}`).toBe(true);
        expect(score(res.raw), `raw ${res.raw}`).toBe(true);
        for (const s of res.sections) {
          expect(score(s.raw), `section raw ${s.raw}`).toBe(true);
          expect(score(s.score), `section ${s.score}`).toBe(true);
        }
        const complete = res.missing.length === 0 && res.redLinesFailed.length === 0;
        expect(res.verdict === 'nothing-to-score').toBe(complete && res.overall === null);
        if (res.verdict === 'incomplete') expect(res.missing.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('scores the largest weights the schemas allow like any others', () => {
    const max = ITEM.maximum!;
    const c = card([
      section('a', [item('a', 'x', { weight: max }), item('a', 'y', { weight: max })], { weight: SECTION.maximum! }),
    ]);
    const res = scoreAudit(c, [r('a', 'x', 'conforms'), r('a', 'y', 'fails')], DATE);
    expect(res.overall).toBe(50);
    expect(res.verdict).toBe('fail');
  });
});

describe('an audit with nothing to score', () => {
  it('all weights 0, all answered: nothing to score at 100 % completion, no band', () => {
    const c = card([section('a', [item('a', 'x', { weight: 0 }), item('a', 'y', { weight: 0 })])]);
    const res = scoreAudit(c, [r('a', 'x', 'conforms'), r('a', 'y', 'fails')], DATE);
    expect([res.verdict, res.overall, res.band, res.completion]).toEqual(['nothing-to-score', null, null, 1]);
  });

  it('every item n/a: nothing to score', () => {
    const c = card([section('a', [item('a', 'x'), item('a', 'y', { weight: 3 })])]);
    const res = scoreAudit(c, [r('a', 'x', 'na'), r('a', 'y', 'na')], DATE);
    expect([res.verdict, res.overall, res.completion]).toEqual(['nothing-to-score', null, 1]);
  });

  it('still incomplete while an item is unanswered, and still a fail when a red line fails', () => {
    const c = card([section('a', [item('a', 'x', { weight: 0 }), item('a', 'y', { weight: 0, critical: 'audit' })])]);
    expect(scoreAudit(c, [r('a', 'x', 'conforms')], DATE).verdict).toBe('incomplete');
    expect(scoreAudit(c, [r('a', 'x', 'conforms'), r('a', 'y', 'fails')], DATE).verdict).toBe('fail');
  });
});
