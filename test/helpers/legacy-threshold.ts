/**
 * The threshold parser as it was before issue 15 (regular expressions after the schema's old
 * pattern), kept only as the reference of differential tests: every threshold it read correctly
 * must read the same with src/model/threshold.ts. Do not use it elsewhere: it misreads
 * `>= 1,000 lux` as `>= 1`.
 */
import type { Threshold, ThresholdOp } from '../../src/model/threshold.ts';

const NUMBER = '(-?[0-9]+(?:\\.[0-9]+)?)';
const COMPARISON = new RegExp(`^(>=|<=|>|<|=) ?${NUMBER}(?: ?(\\S.*))?$`, 'u');
const RANGE = new RegExp(`^between ${NUMBER} and ${NUMBER}(?: ?(\\S.*))?$`, 'u');
const PERIOD = /^every ([0-9]+(?:\.[0-9]+)?) ?([^\s0-9.].*)$/u;

export function legacyParseThreshold(text: string): Threshold | undefined {
  let m = COMPARISON.exec(text);
  if (m) return { op: m[1] as ThresholdOp, value: Number(m[2]), unit: (m[3] ?? '').trim() };
  m = RANGE.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    return { op: 'between', value: Math.min(a, b), max: Math.max(a, b), unit: (m[3] ?? '').trim() };
  }
  m = PERIOD.exec(text);
  if (m) return { op: 'every', value: Number(m[1]), unit: (m[2] ?? '').trim() };
  return undefined;
}
