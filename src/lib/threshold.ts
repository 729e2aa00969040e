/**
 * Thresholds of measured items as the standards write them (`>= 300 lux`, `<= 55 dB`, `< 5 min`,
 * `= 100 %`, `between 18 and 26 °C`, `every 15 days`): parsing, deciding whether a reading meets
 * one, and short text for display. Pure, no dependencies. The accepted syntax is exactly the
 * schema's (defs.schema.json#/$defs/threshold).
 */
import type { Locale } from './locale.ts';

export type ThresholdOp = '>=' | '<=' | '>' | '<' | '=' | 'between' | 'every';

export interface Threshold {
  op: ThresholdOp;
  /** The number compared with; for `between`, the lower bound; for `every`, the longest period allowed. */
  value: number;
  /** `between` only: the upper bound (bounds are put in order, so `between 26 and 18` reads as 18–26). */
  max?: number;
  /** The unit as written (`lux`, `°C`, `days`, `h before the visit`); '' when none is written. */
  unit: string;
}

const NUMBER = '(-?[0-9]+(?:\\.[0-9]+)?)';
/** The schema's alternatives, each with capture groups: comparison, range, period. */
const COMPARISON = new RegExp(`^(>=|<=|>|<|=) ?${NUMBER}(?: ?(\\S.*))?$`, 'u');
const RANGE = new RegExp(`^between ${NUMBER} and ${NUMBER}(?: ?(\\S.*))?$`, 'u');
const PERIOD = /^every ([0-9]+(?:\.[0-9]+)?) ?([^\s0-9.].*)$/u;

/** The parts of a threshold, or undefined when the text is not one (per the schema's pattern). */
export function parseThreshold(text: string): Threshold | undefined {
  if (typeof text !== 'string') return undefined;
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

/**
 * Whether a reading meets the threshold. `between` includes both bounds; for `every` the reading is
 * the time since the last occurrence, in the threshold's unit, and meets it when at most the period.
 * A reading that is not a finite number never meets a threshold.
 */
export function meetsThreshold(t: Threshold, reading: number): boolean {
  if (typeof reading !== 'number' || !Number.isFinite(reading)) return false;
  switch (t.op) {
    case '>=':
      return reading >= t.value;
    case '<=':
      return reading <= t.value;
    case '>':
      return reading > t.value;
    case '<':
      return reading < t.value;
    case '=':
      return reading === t.value;
    case 'between':
      return reading >= t.value && reading <= (t.max ?? t.value);
    case 'every':
      return reading <= t.value;
  }
}

const SYMBOLS: Record<'>=' | '<=' | '>' | '<' | '=', string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=' };

/**
 * Short text for a threshold: `≥ 300 lux`, `≤ 55 dB`, `18–26 °C`, `every 15 days` (zh-CN: `每 15 days`;
 * the unit is the author's). Accepts the parsed threshold or the text (text that is not a
 * threshold is returned unchanged).
 */
export function formatThreshold(threshold: Threshold | string, locale: Locale = 'en'): string {
  const t = typeof threshold === 'string' ? parseThreshold(threshold) : threshold;
  if (!t) return String(threshold);
  const unit = t.unit ? ` ${t.unit}` : '';
  switch (t.op) {
    case 'between':
      return `${t.value}–${t.max ?? t.value}${unit}`;
    case 'every':
      return locale === 'zh-CN' ? `每 ${t.value}${unit}` : `every ${t.value}${unit}`;
    default:
      return `${SYMBOLS[t.op]} ${t.value}${unit}`;
  }
}
