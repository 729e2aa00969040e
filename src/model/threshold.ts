/**
 * Thresholds of measured items as the standards write them (`>= 300 lux`, `<= 55 dB`,
 * `>= 1,000 lux`, `= 100 %`, `between 18 and 26 °C`, `every 15 days`): the one parser that the
 * gate (rules.ts, rule `threshold-invalid`), the scorer (scoring/score.ts), the audit widget and the
 * editor all use; deciding whether a reading meets a threshold; text for display.
 *
 * The grammar (the schema only says "a string"; this module is the definition):
 *
 *     threshold  = blank* ( comparison | range | period ) blank*
 *     comparison = operator blank* number ( blank* unit )?
 *     operator   = ">=" | "<=" | ">" | "<" | "="
 *     range      = "between" blank* number blank* "and" blank* number ( blank* unit )?
 *     period     = "every" blank* number blank* unit              the number not negative
 *     number     = "-"? integer ( "." digit+ )?                   finite; no "+", no exponent
 *     integer    = digit+ | digit digit? digit? ( "," digit digit digit )+
 *     digit      = "0" … "9"
 *     unit       = one or more characters up to the end (trailing blanks dropped), none of them
 *                  a digit of any script, "<", ">", "=", "≤", "≥" or a control character
 *     blank      = space, tab, line break, no-break space or ideographic space (U+3000)
 *
 * So a comma in a number is a thousands separator followed by exactly three digits (`1,000`,
 * `12,345.5`), never a decimal comma; `between 26 and 18` means 18 to 26; and a unit is free
 * text, which is why it may hold no digit or comparison sign: `<= 2h30m` (a duration in two
 * units), `= 1e400 %` (an exponent) and `>= 300 lux <= 100 lux` (a second bound) are errors, not
 * `<= 2 h30m`, `= 1 e400 %` and `>= 300 lux`. Every error names the problem, where it starts in
 * the text and, when one is certain, the corrected threshold (messages.ts `threshold-invalid`).
 *
 * The parser is hand-written: one cursor moving forward through the text (a single pass, no
 * regular expressions), so its time is linear in the length of the text.
 */
import type { Locale, Params } from '../i18n/locale.ts';
import { THRESHOLD_EVERY } from '../i18n/quantities.ts';
import { durationInOneUnit, isBlank, knownUnitNear } from './threshold-units.ts';

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

/** What is wrong with a text that is not a threshold (messages.ts words each one). */
export type ThresholdProblem =
  | 'empty'
  | 'operator'
  | 'number'
  | 'separator'
  | 'decimal'
  | 'exponent'
  | 'too-large'
  | 'negative-period'
  | 'and'
  | 'unit-missing'
  | 'duration'
  | 'second-bound'
  | 'unit-digit'
  | 'unit-character';

export interface ThresholdError {
  problem: ThresholdProblem;
  /** Where the problem starts in the text (0-based, UTF-16 code units). */
  offset: number;
  /** The part of the text the problem is about. */
  found: string;
  /** The whole threshold written correctly, when the correction is certain. */
  fix?: string;
}

export type ThresholdResult = { ok: true; threshold: Threshold } | { ok: false; error: ThresholdError };

/**
 * The parser's position in the text. Every read goes through it and it only moves forward, so
 * the work is proportional to the text's length (test/unit/model/threshold.property.test.ts counts the
 * calls).
 */
export class Cursor {
  pos = 0;
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }

  /** The UTF-16 unit `ahead` places on ('' past the end). */
  peek(ahead = 0): string {
    return this.text.charAt(this.pos + ahead);
  }

  /** The code point here (a whole character, also outside the BMP), and moves past it. */
  nextCodePoint(): string {
    const cp = this.text.codePointAt(this.pos)!;
    const ch = String.fromCodePoint(cp);
    this.pos += ch.length;
    return ch;
  }

  advance(count = 1): void {
    this.pos += count;
  }

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  skipBlanks(): void {
    while (isBlank(this.peek())) this.advance();
  }

  /** Whether `word` is next, and not the beginning of a longer word (`and` in `andy`). */
  atWord(word: string): boolean {
    return this.text.startsWith(word, this.pos) && !isLetter(this.text.charAt(this.pos + word.length));
  }
}

/** Thrown inside the parser only; readThreshold returns it as the error. */
class Stop {
  readonly error: ThresholdError;
  constructor(error: ThresholdError) {
    this.error = error;
  }
}

function stop(problem: ThresholdProblem, offset: number, found: string, fix?: string): never {
  throw new Stop(fix === undefined ? { problem, offset, found } : { problem, offset, found, fix });
}

const COMPARISONS: readonly ThresholdOp[] = ['>=', '<=', '>', '<', '='];

function isDigit(ch: string): boolean {
  return ch.length === 1 && ch >= '0' && ch <= '9';
}

function isLetter(ch: string): boolean {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

/** Characters a unit may not hold: a digit in any script, a comparison sign, a control character. */
const NOT_IN_UNIT = {
  digit: /^\p{Nd}$/u,
  sign: new Set(['<', '>', '=', '≤', '≥', '＜', '＞', '＝', '≦', '≧']),
  control: /^\p{Cc}$/u,
};

/** The text of the threshold as written: what `readThreshold` reads, or why it is not one. */
export function readThreshold(text: string): ThresholdResult {
  if (typeof text !== 'string') return { ok: false, error: { problem: 'empty', offset: 0, found: '' } };
  try {
    return { ok: true, threshold: threshold(new Cursor(text)) };
  } catch (e) {
    if (e instanceof Stop) return { ok: false, error: withFix(text, e.error) };
    throw e;
  }
}

/** The parts of a threshold, or undefined when the text is not one (readThreshold says why). */
export function parseThreshold(text: string): Threshold | undefined {
  const r = readThreshold(text);
  return r.ok ? r.threshold : undefined;
}

/**
 * The grammar's `number` read where it starts at `offset` inside a longer text (a figure in an
 * item's text: stated-figures.ts), so that a figure in prose and a threshold are read alike.
 * `end` is where reading stopped: after the number, or where it stopped being one (then `value`
 * is undefined); it is always past `offset`, so a scan that resumes there moves forward.
 */
export function readNumberAt(text: string, offset: number): { value?: number; end: number } {
  const c = new Cursor(text);
  c.pos = offset;
  try {
    const value = number(c);
    return { value, end: c.pos };
  } catch (e) {
    if (e instanceof Stop) return { end: Math.max(c.pos, offset + 1) };
    throw e;
  }
}

// ── the grammar, one function per rule ──────────────────────────────────────────

function threshold(c: Cursor): Threshold {
  c.skipBlanks();
  if (c.atEnd()) stop('empty', 0, '');
  if (c.atWord('between')) return range(c);
  if (c.atWord('every')) return period(c);
  return comparison(c);
}

function comparison(c: Cursor): Threshold {
  const op = COMPARISONS.find((o) => c.text.startsWith(o, c.pos));
  // `=>`, `==`, `<>`: not an operator followed by a number, but an operator written wrongly.
  if (!op || NOT_IN_UNIT.sign.has(c.peek(op.length))) stop('operator', c.pos, wordsBeforeNumber(c));
  c.advance(op.length);
  c.skipBlanks();
  const start = c.pos;
  const value = number(c);
  return { op, value, unit: unit(c, { required: false, durationFrom: start }) };
}

function range(c: Cursor): Threshold {
  c.advance('between'.length);
  c.skipBlanks();
  const a = number(c);
  c.skipBlanks();
  if (!c.atWord('and')) stop('and', c.pos, c.text.slice(c.pos, c.pos + 12));
  c.advance('and'.length);
  c.skipBlanks();
  const b = number(c);
  // No duration check here: a fix for `between 1 and 2h30m` would change what the 1 means.
  return { op: 'between', value: Math.min(a, b), max: Math.max(a, b), unit: unit(c, { required: false }) };
}

function period(c: Cursor): Threshold {
  c.advance('every'.length);
  c.skipBlanks();
  const start = c.pos;
  const value = number(c);
  if (value < 0) stop('negative-period', start, c.text.slice(start, c.pos));
  return { op: 'every', value, unit: unit(c, { required: true, durationFrom: start }) };
}

/** What stands where the operator should (`≥`, `=>`, `at least`): the text up to the first digit, at most 12 characters. */
function wordsBeforeNumber(c: Cursor): string {
  let end = c.pos;
  while (end < c.text.length && end < c.pos + 12 && !isDigit(c.text.charAt(end)) && c.text.charAt(end) !== '-') end++;
  return c.text.slice(c.pos, end).trimEnd();
}

/** A number (see the grammar), read to its end; the cursor stops right after it. */
function number(c: Cursor): number {
  const start = c.pos;
  let digits = '';
  if (c.peek() === '-') {
    digits = '-';
    c.advance();
  }
  if (!isDigit(c.peek())) {
    if (c.peek() === '.' && isDigit(c.peek(1))) stop('decimal', start, c.text.slice(start, c.pos + 2));
    stop('number', start, c.text.slice(start, start + 12));
  }
  digits += integerDigits(c, start);
  if (c.peek() === '.') {
    if (!isDigit(c.peek(1))) stop('decimal', start, c.text.slice(start, c.pos + 1));
    digits += '.';
    c.advance();
    while (isDigit(c.peek())) {
      digits += c.peek();
      c.advance();
    }
    if (c.peek() === ',') stop('separator', start, c.text.slice(start, c.pos + 1));
  }
  const e = c.peek();
  const sign = c.peek(1) === '+' || c.peek(1) === '-';
  if ((e === 'e' || e === 'E') && isDigit(c.peek(sign ? 2 : 1))) {
    c.advance(sign ? 2 : 1);
    while (isDigit(c.peek())) c.advance();
    stop('exponent', start, c.text.slice(start, c.pos));
  }
  const value = Number(digits);
  if (!Number.isFinite(value)) stop('too-large', start, c.text.slice(start, Math.min(c.pos, start + 12)));
  return value === 0 ? 0 : value; // never -0: "-0" is 0
}

/** The digits of the integer part without its thousands separators (each `,` then exactly 3 digits). */
function integerDigits(c: Cursor, numberStart: number): string {
  let digits = '';
  let group = 0;
  let grouped = false;
  for (;;) {
    const ch = c.peek();
    if (isDigit(ch)) {
      digits += ch;
      group++;
      c.advance();
    } else if (ch === ',') {
      const threeFollow = isDigit(c.peek(1)) && isDigit(c.peek(2)) && isDigit(c.peek(3)) && !isDigit(c.peek(4));
      if (!threeFollow || (grouped ? group !== 3 : group > 3)) stop('separator', numberStart, separatorContext(c));
      grouped = true;
      group = 0;
      c.advance();
    } else {
      return digits;
    }
  }
}

/** The number around a misplaced comma, for the message (`1,00`, `1234,567`). */
function separatorContext(c: Cursor): string {
  let end = c.pos + 1;
  while (end < c.text.length && end < c.pos + 8 && (isDigit(c.text.charAt(end)) || c.text.charAt(end) === ',')) end++;
  let start = c.pos;
  while (
    start > 0 &&
    (isDigit(c.text.charAt(start - 1)) ||
      c.text.charAt(start - 1) === ',' ||
      c.text.charAt(start - 1) === '.' ||
      c.text.charAt(start - 1) === '-')
  )
    start--;
  return c.text.slice(start, end);
}

/**
 * The unit after a number: the rest of the text, trailing blanks dropped ('' when nothing
 * follows; an error when `required`). `durationFrom` is where the number began, to recognise a
 * duration written in several units (`2h30m` is read from the 2).
 */
function unit(c: Cursor, options: { required: boolean; durationFrom?: number }): string {
  c.skipBlanks();
  const start = c.pos;
  let end = start;
  let sign = -1;
  let digit = -1;
  let control = -1;
  while (!c.atEnd()) {
    const at = c.pos;
    const ch = c.nextCodePoint();
    if (isBlank(ch)) continue; // inside a unit (`h before the visit`) or trailing
    end = c.pos;
    if (sign < 0 && NOT_IN_UNIT.sign.has(ch)) sign = at;
    else if (digit < 0 && NOT_IN_UNIT.digit.test(ch)) digit = at;
    else if (control < 0 && NOT_IN_UNIT.control.test(ch)) control = at;
  }
  const written = c.text.slice(start, end);
  if (sign >= 0) stop('second-bound', sign, c.text.slice(sign, end));
  if (digit >= 0) {
    const from = options.durationFrom;
    const duration = from === undefined ? undefined : durationInOneUnit(c.text.slice(from, end));
    if (from !== undefined && duration !== undefined)
      stop('duration', from, c.text.slice(from, end), canonical(c.text.slice(0, from) + duration));
    const near = knownUnitNear(written);
    stop('unit-digit', start, written, near === undefined ? undefined : canonical(c.text.slice(0, start) + near));
  }
  if (control >= 0) stop('unit-character', control, written);
  if (options.required && written === '') stop('unit-missing', c.pos, '');
  return written;
}

// ── corrections ─────────────────────────────────────────────────────────────────

/** Ways of writing an operator that people use and the grammar does not, with the grammar's word. */
const LOOKALIKES: readonly [string, string][] = [
  ['at least', '>='],
  ['at most', '<='],
  ['no more than', '<='],
  ['no less than', '>='],
  ['≥', '>='],
  ['≤', '<='],
  ['≧', '>='],
  ['≦', '<='],
  ['=>', '>='],
  ['=<', '<='],
  ['==', '='],
  ['＞＝', '>='],
  ['＜＝', '<='],
  ['＞', '>'],
  ['＜', '<'],
  ['＝', '='],
  ['不少于', '>='],
  ['不低于', '>='],
  ['至少', '>='],
  ['不超过', '<='],
  ['不高于', '<='],
  ['至多', '<='],
  ['每', 'every'],
  ['Between', 'between'],
  ['BETWEEN', 'between'],
  ['Every', 'every'],
  ['EVERY', 'every'],
];

/**
 * Adds the corrected threshold to an operator error when replacing a look-alike (`≥`, `=>`,
 * `at least`, `不超过`) gives a text that parses.
 */
function withFix(text: string, error: ThresholdError): ThresholdError {
  if (error.problem !== 'operator' || error.fix !== undefined) return error;
  const at = error.offset;
  const match = LOOKALIKES.find(([written]) => text.startsWith(written, at));
  if (!match) return error;
  const fix = canonical(`${match[1]} ${text.slice(at + match[0].length)}`);
  return fix === undefined ? error : { ...error, fix };
}

/** `text` written the grammar's way, when it is a threshold (corrections are offered only then). */
function canonical(text: string): string | undefined {
  const r = readThreshold(text);
  return r.ok ? thresholdText(r.threshold) : undefined;
}

/** The params of a `threshold-invalid` diagnostic for `text` (messages.ts words them). */
export function thresholdErrorParams(text: string, error: ThresholdError): Params {
  const params: Params = { threshold: text, problem: error.problem, found: error.found };
  if (error.fix !== undefined) params.fix = error.fix;
  return params;
}

// ── numbers and text ────────────────────────────────────────────────────────────

/**
 * A finite number in plain decimal digits, as the grammar writes it: `1e21` → `1000000000000000000000`,
 * `1e-7` → `0.0000001`. The digits are JavaScript's shortest ones for the number, so reading
 * them back gives the same number.
 */
export function plainDecimal(x: number): string {
  const s = String(x === 0 ? 0 : x);
  const e = s.indexOf('e');
  if (e < 0) return s;
  const negative = s.startsWith('-');
  const mantissa = s.slice(negative ? 1 : 0, e);
  const exponent = Number(s.slice(e + 1));
  const point = mantissa.indexOf('.');
  const digits = point < 0 ? mantissa : mantissa.slice(0, point) + mantissa.slice(point + 1);
  const position = (point < 0 ? mantissa.length : point) + exponent;
  const body =
    position <= 0
      ? `0.${'0'.repeat(-position)}${digits}`
      : position >= digits.length
        ? digits + '0'.repeat(position - digits.length)
        : `${digits.slice(0, position)}.${digits.slice(position)}`;
  return negative ? `-${body}` : body;
}

/** The threshold written the grammar's way (`>= 1000 lux`, `between 18 and 26 °C`): it parses back to itself. */
export function thresholdText(t: Threshold): string {
  const unit = t.unit ? ` ${t.unit}` : '';
  switch (t.op) {
    case 'between':
      return `between ${plainDecimal(t.value)} and ${plainDecimal(t.max ?? t.value)}${unit}`;
    case 'every':
      return `every ${plainDecimal(t.value)}${unit}`;
    default:
      return `${t.op} ${plainDecimal(t.value)}${unit}`;
  }
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
      return `${plainDecimal(t.value)}–${plainDecimal(t.max ?? t.value)}${unit}`;
    case 'every':
      return `${THRESHOLD_EVERY[locale] ?? THRESHOLD_EVERY.en} ${plainDecimal(t.value)}${unit}`;
    default:
      return `${SYMBOLS[t.op]} ${plainDecimal(t.value)}${unit}`;
  }
}
