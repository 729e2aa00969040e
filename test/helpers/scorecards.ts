/** Hand-built scorecards for the scoring engine's tests. */
import {
  DEFAULT_BANDS,
  type Response,
  type Scorecard,
  type ScorecardItem,
  type ScorecardSection,
} from '../../src/scoring/scorecard.ts';

/** An item with the engine's defaults (weight 1, graded, not critical, n/a allowed). */
export function item(touchpoint: string, id: string, over: Partial<ScorecardItem> = {}): ScorecardItem {
  return {
    id,
    touchpoint,
    text: id,
    weight: 1,
    answers: 'graded',
    critical: 'none',
    naAllowed: true,
    fingerprint: `fp-${id}`,
    ...over,
  };
}

/** A section of one touchpoint (the section id is the touchpoint id unless given). */
export function section(
  touchpoint: string,
  items: ScorecardItem[],
  over: Partial<ScorecardSection> = {},
): ScorecardSection {
  return { id: touchpoint, touchpoint, touchpointVersion: '1.0.0', title: touchpoint, items, ...over };
}

export const MATURITY: Scorecard['maturity'] = [
  { id: 'none', label: 'none', value: 0 },
  { id: 'initial', label: 'initial', value: 0.25 },
  { id: 'defined', label: 'defined', value: 0.5 },
  { id: 'optimised', label: 'optimised', value: 1 },
];

export function card(sections: ScorecardSection[], over: Partial<Scorecard> = {}): Scorecard {
  return {
    scope: { checklist: 'cl-test', checklistVersion: '1.0.0' },
    title: 'test',
    handbookVersion: '1.0.0',
    defaultLocale: 'en',
    sections,
    bands: DEFAULT_BANDS.map((b) => ({ ...b })),
    passMark: 75,
    maturity: MATURITY,
    ...over,
  };
}

export function r(touchpoint: string, itemId: string, value?: string, extra: Partial<Response> = {}): Response {
  const out: Response = { touchpoint, item: itemId, ...extra };
  if (value !== undefined) out.value = value;
  return out;
}

/**
 * The worked example of SCORING.md. Section A (weights 1, 1, 2): conforms, partly, fails.
 * Section B (weights 1, 1): conforms, n/a. `a3` is the failed item; `critical` makes it critical.
 */
export function workedExample(options: { weights?: [number, number]; critical?: 'none' | 'section' | 'audit' } = {}): {
  card: Scorecard;
  responses: Response[];
} {
  const a = section('a', [
    item('a', 'a1'),
    item('a', 'a2'),
    item('a', 'a3', { weight: 2, critical: options.critical ?? 'none' }),
  ]);
  const b = section('b', [item('b', 'b1'), item('b', 'b2')]);
  if (options.weights) {
    a.weight = options.weights[0];
    b.weight = options.weights[1];
  }
  return {
    card: card([a, b]),
    responses: [
      r('a', 'a1', 'conforms'),
      r('a', 'a2', 'partly'),
      r('a', 'a3', 'fails'),
      r('b', 'b1', 'conforms'),
      r('b', 'b2', 'na'),
    ],
  };
}
