/**
 * Calibration between auditors: how far two audits of the same scorecard agree (percent
 * agreement and Cohen's kappa over the items both answered).
 */
import type { Response } from './scorecard.ts';

/** A response's category for agreement: its value (na included), else its reading; undefined when unanswered. */
function category(r: Response): string | undefined {
  if (r.value !== undefined) return r.value;
  if (r.reading !== undefined) return `reading:${r.reading}`;
  return undefined;
}

/**
 * Calibration: two records of the same scorecard. Over the items both answered (a value, n/a
 * included, or a reading; the first response per item counts), the percent agreement (0–100; 0
 * when nothing is shared) and Cohen's kappa, with the value strings as categories (null when
 * undefined: nothing shared, or both auditors used one and the same category throughout).
 * `disagreements` lists "touchpoint/item" in the order of `a`.
 */
export function agreement(
  a: readonly Response[],
  b: readonly Response[],
): { shared: number; percent: number; kappa: number | null; disagreements: string[] } {
  const firstOf = (list: readonly Response[]) => {
    const map = new Map<string, string>();
    for (const r of list) {
      const key = `${r.touchpoint}/${r.item}`;
      if (map.has(key)) continue;
      const c = category(r);
      if (c !== undefined) map.set(key, c);
    }
    return map;
  };
  const ca = firstOf(a);
  const cb = firstOf(b);
  const pairs: [string, string, string][] = [];
  for (const [key, x] of ca) {
    const y = cb.get(key);
    if (y !== undefined) pairs.push([key, x, y]);
  }
  const n = pairs.length;
  const disagreements = pairs.filter(([, x, y]) => x !== y).map(([key]) => key);
  if (n === 0) return { shared: 0, percent: 0, kappa: null, disagreements };
  const po = (n - disagreements.length) / n;
  const countA = new Map<string, number>();
  const countB = new Map<string, number>();
  for (const [, x, y] of pairs) {
    countA.set(x, (countA.get(x) ?? 0) + 1);
    countB.set(y, (countB.get(y) ?? 0) + 1);
  }
  let pe = 0;
  for (const [c, na] of countA) pe += (na / n) * ((countB.get(c) ?? 0) / n);
  const kappa = pe >= 1 ? null : (po - pe) / (1 - pe);
  return { shared: n, percent: po * 100, kappa, disagreements };
}
