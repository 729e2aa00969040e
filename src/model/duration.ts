/**
 * ISO 8601 durations as the standards write them (`PT15M`, `PT24H`, `P3D`, `PT1H30M`): parsing,
 * a number of minutes for sorting and due dates, and short human text for pages and diagrams.
 * Pure: it imports only the units' names (i18n/quantities.ts). The accepted syntax is exactly the
 * schema's (defs.schema.json#/$defs/duration).
 */
import type { Locale } from '../i18n/locale.ts';
import { DURATION_UNITS } from '../i18n/quantities.ts';

/** The parts of a duration; a part not written is 0. */
export interface DurationParts {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

type Unit = keyof DurationParts;

const UNITS: readonly Unit[] = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'];

/** The schema's duration pattern, with one capture group per unit in the order of `UNITS`. */
const PATTERN =
  /^P(?!$)(?:([0-9]+)Y)?(?:([0-9]+)M)?(?:([0-9]+)W)?(?:([0-9]+)D)?(?:T(?=[0-9])(?:([0-9]+)H)?(?:([0-9]+)M)?(?:([0-9]+)S)?)?$/;

/** Minutes per unit: a month counts as 30 days and a year as 365 days. */
const MINUTES: Readonly<Record<Unit, number>> = {
  years: 365 * 24 * 60,
  months: 30 * 24 * 60,
  weeks: 7 * 24 * 60,
  days: 24 * 60,
  hours: 60,
  minutes: 1,
  seconds: 1 / 60,
};

/** The units' names, checked here to cover every unit. */
const UNIT_TEXT: Readonly<Record<Locale, Readonly<Record<Unit, string>>>> = DURATION_UNITS;

/** The digits written for each unit (undefined when the unit is not written), or undefined for invalid text. */
function match(iso: string): (string | undefined)[] | undefined {
  if (typeof iso !== 'string') return undefined;
  const m = PATTERN.exec(iso);
  return m ? UNITS.map((_, i) => m[i + 1]) : undefined;
}

/** The parts of an ISO 8601 duration such as `PT1H30M`; undefined when it is not one (per the schema's pattern). */
export function parseDuration(iso: string): DurationParts | undefined {
  const digits = match(iso);
  if (!digits) return undefined;
  const parts: DurationParts = { years: 0, months: 0, weeks: 0, days: 0, hours: 0, minutes: 0, seconds: 0 };
  UNITS.forEach((unit, i) => {
    const d = digits[i];
    if (d !== undefined) parts[unit] = Number(d);
  });
  return parts;
}

/**
 * The duration in minutes (months = 30 days, years = 365 days; seconds give fractions), for sorting
 * and due dates; undefined when `iso` is not a duration.
 */
export function durationToMinutes(iso: string): number | undefined {
  const parts = parseDuration(iso);
  if (!parts) return undefined;
  return UNITS.reduce((sum, unit) => sum + parts[unit] * MINUTES[unit], 0);
}

/**
 * Short human text for a duration, unit by unit as written: `PT15M` → "15 min" / "15 分钟",
 * `PT24H` → "24 h" / "24 小时", `P3D` → "3 d" / "3 天", `PT1H30M` → "1 h 30 min" / "1 小时 30 分钟".
 * Parts written as 0 are left out (an all-zero duration shows its first part, "0 min"). Text that
 * is not a duration is returned unchanged. Never throws.
 */
export function formatDuration(iso: string, locale: Locale): string {
  const digits = match(iso);
  if (!digits) return String(iso);
  const names = UNIT_TEXT[locale] ?? UNIT_TEXT.en;
  const written: string[] = [];
  const nonZero: string[] = [];
  UNITS.forEach((unit, i) => {
    const d = digits[i];
    if (d === undefined) return;
    // Leading zeros dropped; the digits are kept as text so that very long numbers stay exact.
    const n = d.replace(/^0+(?=[0-9])/, '');
    const text = `${n} ${names[unit]}`;
    written.push(text);
    if (n !== '0') nonZero.push(text);
  });
  return nonZero.length > 0 ? nonZero.join(' ') : (written[0] ?? String(iso));
}
