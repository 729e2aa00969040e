/**
 * The figures an item's text states in its threshold's unit (`照度不低于 300 lux`, `within 24
 * hours`), and the ones that disagree with the threshold: the gate warns when a text says 300 lux
 * and the threshold 350 lux (rules.ts, rule `threshold-text-mismatch`), since an auditor reads one
 * and scores against the other.
 *
 * Numbers are read with the threshold grammar's own `number` (threshold.ts readNumberAt) and units
 * matched against the spellings threshold-units.ts knows for the threshold's unit, so a figure in
 * prose and a threshold are read alike. One pass forward through the text: linear in its length.
 */
import { plainDecimal, readNumberAt, type Threshold } from './threshold.ts';
import { isBlank, unitSpellings } from './threshold-units.ts';

/** A figure in a text: its number, and the figure as written (number and unit). */
export interface StatedFigure {
  value: number;
  /** Where the figure starts in the text (0-based, UTF-16 code units). */
  offset: number;
  /** The number and the unit as the text writes them (`300 lux`, `24 小时`). */
  written: string;
}

function isDigit(ch: string): boolean {
  return ch.length === 1 && ch >= '0' && ch <= '9';
}

function isAsciiLetter(ch: string): boolean {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

/**
 * Whether a number may start at `i`: not inside a longer token (`A4`, `v2`, the `5` of `1.5` or
 * of `1,500`). A `-` before a digit is its sign unless a word or a number stands right before
 * it (`温度 -5 °C`, not the dash of `18-26 °C` or `18 - 26 °C`, whose 26 is read on its own).
 */
function numberStart(text: string, i: number): number | undefined {
  const ch = text.charAt(i);
  const before = text.charAt(i - 1);
  if (isDigit(ch)) {
    if (isDigit(before) || isAsciiLetter(before) || before === '.' || before === ',') return undefined;
    return i;
  }
  if (ch !== '-' || !isDigit(text.charAt(i + 1))) return undefined;
  if (isAsciiLetter(before)) return undefined;
  let j = i - 1;
  while (j >= 0 && isBlank(text.charAt(j)) && i - j < 4) j--;
  return j >= 0 && isDigit(text.charAt(j)) ? undefined : i;
}

/** The spelling of the unit that `text` has at `at`, as a whole word (`h`, not the `h` of `hundred`). */
function unitAt(text: string, at: number, spellings: readonly string[]): string | undefined {
  let found: string | undefined;
  for (const s of spellings) {
    if (!text.startsWith(s, at) || (found !== undefined && found.length >= s.length)) continue;
    const last = s.charAt(s.length - 1);
    if (isAsciiLetter(last) && isAsciiLetter(text.charAt(at + s.length))) continue;
    found = s;
  }
  return found;
}

/** Every figure `text` states in `unit` (one of its spellings), in order. */
export function statedFigures(text: string, unit: string): StatedFigure[] {
  const spellings = unitSpellings(unit);
  const out: StatedFigure[] = [];
  if (spellings.length === 0) return out;
  let i = 0;
  while (i < text.length) {
    const start = numberStart(text, i);
    if (start === undefined) {
      i++;
      continue;
    }
    const read = readNumberAt(text, start);
    i = read.end;
    if (read.value === undefined) continue;
    let at = read.end;
    while (at < text.length && isBlank(text.charAt(at)) && at - read.end < 4) at++;
    const spelling = unitAt(text, at, spellings);
    if (spelling !== undefined) {
      out.push({ value: read.value, offset: start, written: text.slice(start, at + spelling.length) });
      i = at + spelling.length;
    }
  }
  return out;
}

/** The numbers a threshold names: its value, and for `between` its upper bound too. */
function thresholdNumbers(t: Threshold): number[] {
  return t.op === 'between' && t.max !== undefined ? [t.value, t.max] : [t.value];
}

/** The first figure `text` states in the threshold's unit with a number the threshold does not name. */
export function figureAtOdds(text: string, threshold: Threshold): StatedFigure | undefined {
  const numbers = thresholdNumbers(threshold);
  return statedFigures(text, threshold.unit).find((f) => !numbers.includes(f.value));
}

/** The threshold's figure as a text would state it (`350 lux`, `18–26 °C`), for a message. */
export function thresholdFigure(t: Threshold): string {
  const numbers = thresholdNumbers(t).map(plainDecimal).join('–');
  return t.unit ? `${numbers} ${t.unit}` : numbers;
}
