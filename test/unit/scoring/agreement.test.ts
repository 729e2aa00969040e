/**
 * Agreement between two auditors (agreement.ts): percent agreement and Cohen's kappa.
 * Every expected number in this file was worked out by hand (in the comment beside it), not
 * copied from the engine's output.
 */
import { describe, expect, it } from 'vitest';
import { agreement } from '../../../src/scoring/agreement.ts';
import { r } from '../../helpers/scorecards.ts';

/** One auditor's responses on touchpoint `t`, item by item (undefined: seen, not answered). */
const answers = (values: Record<string, string | undefined>) =>
  Object.entries(values).map(([item, value]) => r('t', item, value));

describe('agreement between auditors', () => {
  it('percent agreement and Cohen’s kappa over the items both answered', () => {
    const a = answers({ x1: 'conforms', x2: 'conforms', x3: 'fails', x4: 'partly', 'only-a': 'fails' });
    const b = answers({ x1: 'conforms', x2: 'fails', x3: 'fails', x4: 'partly', 'only-b': 'fails', x5: undefined });
    const res = agreement(a, b);
    // Shared x1..x4, 3 agree: po = 3/4. Marginals A: conforms 2, fails 1, partly 1; B: conforms 1, fails 2, partly 1.
    // pe = (2·1 + 1·2 + 1·1) / 16 = 5/16; kappa = (12/16 − 5/16) / (11/16) = 7/11.
    expect(res.shared).toBe(4);
    expect(res.percent).toBe(75);
    expect(res.kappa).toBeCloseTo(7 / 11, 12);
    expect(res.disagreements).toEqual(['t/x2']);
  });

  it('kappa is null when undefined; perfect agreement over two categories is 1', () => {
    expect(agreement([r('t', 'x', 'conforms')], [r('t', 'x', 'conforms')])).toEqual({
      shared: 1,
      percent: 100,
      kappa: null,
      disagreements: [],
    });
    expect(agreement([], [r('t', 'x', 'conforms')])).toEqual({ shared: 0, percent: 0, kappa: null, disagreements: [] });
    const two = [r('t', 'x', 'conforms'), r('t', 'y', 'na')];
    expect(agreement(two, two)).toMatchObject({ shared: 2, percent: 100, kappa: 1 });
  });
});
