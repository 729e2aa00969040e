/**
 * The threshold grammar (src/model/threshold.ts) over generated inputs (fast-check, fixed seeds;
 * TOUCHSTONE_FUZZ_RUNS=100000 for a longer run):
 * - thresholds generated from the grammar (numbers with and without thousands separators, every
 *   operator, known and free-text units, blanks) read back as the values they were made from;
 * - whatever the parser accepts is written back by thresholdText to a text that reads the same;
 * - malformed thresholds (a digit in the unit, a second bound, an exponent, a duration in two
 *   units, a misplaced comma, two operators) are rejected with a diagnostic in both languages;
 * - the gate (schema + rules, as the editor runs it) reports `threshold-invalid` exactly for the
 *   texts the parser rejects, on the threshold's line;
 * - the parser's work grows linearly with the text (counted in cursor steps, not in time).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { handbookIndex } from '../../../src/gate/handbook-index.ts';
import { checkFileInBrowser } from '../../../src/gate/in-browser.ts';
import { loadEveryValidator } from '../../helpers/browser-gate.ts';
import { loadHandbook } from '../../../src/gate/load-handbook.ts';
import { renderMessage } from '../../../src/gate/messages.ts';
import {
  Cursor,
  plainDecimal,
  readThreshold,
  thresholdErrorParams,
  thresholdText,
  type Threshold,
  type ThresholdError,
  type ThresholdOp,
} from '../../../src/model/threshold.ts';
import { KNOWN_UNITS } from '../../../src/model/threshold-units.ts';
import { MINIMAL } from '../../helpers/fixtures.ts';

// The browser gate checks files of every kind here: every kind's validator first.
beforeAll(loadEveryValidator);

const SEED = 20261215;
const RUNS = Number(process.env['TOUCHSTONE_FUZZ_RUNS'] ?? 2000);
const settings = { seed: SEED, numRuns: RUNS };

// ── generators ──────────────────────────────────────────────────────────────────

const COMPARISONS: ThresholdOp[] = ['>=', '<=', '>', '<', '='];
const blanks = fc.constantFrom('', ' ', '  ', '\t', '\u00a0', '\u3000');
const someBlank = fc.constantFrom(' ', '  ', '\t', '\u3000');

/** Finite numbers of every size, with the ones that formatting gets wrong most easily. */
const finite = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -10_000_000, max: 10_000_000 }),
  fc.integer({ min: 0, max: 99_999_999 }).map((n) => n / 100),
  fc.constantFrom(0, -0, 1000, 12_345.5, 1e21, 1e-7, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE),
);

/** Free-text units: letters, CJK, symbols and inner blanks, but no digit, comparison sign, `.` or `,` first. */
const UNIT_CHARS = [...'abcdefhlmnsxyzABCDLX%°℃‰/()·-_\'"天次人分钟小时件'];
const freeUnit = fc
  .array(fc.oneof(fc.constantFrom(...UNIT_CHARS), fc.constantFrom(' ', '\u3000')), { minLength: 1, maxLength: 14 })
  .map((chars) => chars.join('').trim())
  .filter((u) => u !== '');
const unit = fc.oneof(fc.constantFrom(...Object.values(KNOWN_UNITS).flat()), freeUnit);

/** A number as an author may write it: plain digits, or with thousands separators. */
function written(x: number, grouped: boolean): string {
  const plain = plainDecimal(x);
  if (!grouped) return plain;
  const negative = plain.startsWith('-');
  const [int, fraction] = (negative ? plain.slice(1) : plain).split('.') as [string, string | undefined];
  let groupedInt = '';
  for (let i = int.length; i > 0; i -= 3)
    groupedInt = int.slice(Math.max(0, i - 3), i) + (groupedInt ? `,${groupedInt}` : '');
  return `${negative ? '-' : ''}${groupedInt}${fraction === undefined ? '' : `.${fraction}`}`;
}

const zero = (x: number) => (x === 0 ? 0 : x);

/** A threshold made from the grammar, with the value it must read as. */
const generated: fc.Arbitrary<{ text: string; want: Threshold }> = fc
  .record({
    kind: fc.constantFrom('comparison', 'comparison', 'range', 'period'),
    op: fc.constantFrom(...COMPARISONS),
    a: finite,
    b: finite,
    groupedA: fc.boolean(),
    groupedB: fc.boolean(),
    unit: fc.option(unit, { nil: undefined }),
    gaps: fc.array(blanks, { minLength: 6, maxLength: 6 }),
    around: fc.tuple(blanks, blanks),
  })
  .map(({ kind, op, a, b, groupedA, groupedB, unit: u, gaps, around }) => {
    const [g0, g1, g2, g3, g4] = gaps as [string, string, string, string, string];
    const wrap = (body: string) => `${around[0]}${body}${around[1]}`;
    if (kind === 'range') {
      const text = wrap(`between${g0}${written(a, groupedA)}${g1}and${g2}${written(b, groupedB)}${u ? g3 + u : ''}`);
      return {
        text,
        want: { op: 'between' as const, value: zero(Math.min(a, b)), max: zero(Math.max(a, b)), unit: u ?? '' },
      };
    }
    if (kind === 'period') {
      const period = Math.abs(a);
      const text = wrap(`every${g0}${written(period, groupedA)}${g1}${u ?? 'days'}`);
      return { text, want: { op: 'every' as const, value: zero(period), unit: u ?? 'days' } };
    }
    const text = wrap(`${op}${g0}${written(a, groupedA)}${u ? g4 + u : ''}`);
    return { text, want: { op, value: zero(a), unit: u ?? '' } };
  });

/** Text made of the grammar's pieces in any order: mostly not thresholds, some are. */
const soup = fc
  .array(
    fc.oneof(
      fc.constantFrom('>=', '<=', '>', '<', '=', '≥', '=>', 'between', 'and', 'every', 'Between', 'at least', '不超过'),
      fc.constantFrom(
        '1',
        '15',
        '300',
        '1,000',
        ',',
        ',00',
        '.',
        '.5',
        '-',
        '+',
        'e',
        'e4',
        'E-3',
        'h',
        'm',
        'min',
        '30',
      ),
      fc.constantFrom(
        'lux',
        '1ux',
        'dB',
        '%',
        '°C',
        'days',
        '天',
        ' ',
        '  ',
        '\t',
        '\u3000',
        '\n',
        '\u0007',
        '𝟏',
        '\u00a0',
      ),
    ),
    { maxLength: 9 },
  )
  .map((parts) => parts.join(''));

// ── properties ──────────────────────────────────────────────────────────────────

describe('thresholds generated from the grammar', () => {
  it('read back as the values they were written from', () => {
    fc.assert(
      fc.property(generated, ({ text, want }) => {
        const read = readThreshold(text);
        expect(read, text).toEqual({ ok: true, threshold: want });
      }),
      settings,
    );
  });

  it('what the parser accepts, thresholdText writes back to a text that reads the same', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          generated.map((g) => g.text),
          soup,
          fc.string({ unit: 'binary', maxLength: 40 }),
        ),
        (text) => {
          const read = readThreshold(text);
          if (!read.ok) return;
          const again = thresholdText(read.threshold);
          expect(readThreshold(again), `${text} → ${again}`).toEqual(read);
          expect(thresholdText(read.threshold)).toBe(again);
        },
      ),
      settings,
    );
  });
});

/** A rejected text: its diagnostic is complete in both languages, and any fix it offers is a threshold. */
function expectDiagnostic(text: string): ThresholdError {
  const read = readThreshold(text);
  if (read.ok) throw new Error(`accepted ${JSON.stringify(text)} as ${JSON.stringify(read.threshold)}`);
  expect(read.error.offset).toBeGreaterThanOrEqual(0);
  expect(read.error.offset).toBeLessThanOrEqual(text.length);
  for (const locale of ['zh-CN', 'en'] as const) {
    const { message, hint } = renderMessage('threshold-invalid', thresholdErrorParams(text, read.error), locale);
    expect(message).toContain(text);
    expect(`${message} ${hint}`).not.toMatch(/undefined|\[object/);
    expect(hint.length).toBeGreaterThan(5);
  }
  if (read.error.fix !== undefined) expect(readThreshold(read.error.fix).ok, read.error.fix).toBe(true);
  return read.error;
}

describe('malformed thresholds are rejected with a diagnostic', () => {
  const base = generated.filter(({ want }) => want.unit !== '');

  it('a digit in the unit', () => {
    fc.assert(
      fc.property(base, fc.integer({ min: 0, max: 9 }), fc.nat(), ({ text }, digit, at) => {
        const read = readThreshold(text.trimEnd());
        if (!read.ok) return;
        const t = read.threshold;
        const pos = at % (t.unit.length + 1);
        const bad = thresholdText({ ...t, unit: t.unit.slice(0, pos) + String(digit) + t.unit.slice(pos) });
        expect(['unit-digit', 'duration', 'separator', 'decimal', 'exponent']).toContain(expectDiagnostic(bad).problem);
      }),
      settings,
    );
  });

  it('a second bound after the first', () => {
    fc.assert(
      fc.property(
        generated,
        someBlank,
        fc.constantFrom(...COMPARISONS),
        finite,
        fc.option(unit),
        ({ text }, gap, op, x, u) => {
          const bad = `${text.trimEnd()}${gap}${op} ${plainDecimal(x)}${u ? ` ${u}` : ''}`;
          const error = expectDiagnostic(bad);
          expect(error.problem, bad).toBe('second-bound');
          expect(error.found.startsWith(op)).toBe(true);
        },
      ),
      settings,
    );
  });

  it('a number with an exponent', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COMPARISONS, 'every'),
        fc.integer({ min: 0, max: 9999 }),
        fc.constantFrom('e', 'E'),
        fc.constantFrom('', '+', '-'),
        fc.integer({ min: 0, max: 999 }),
        unit,
        (op, n, e, sign, exp, u) => {
          expect(expectDiagnostic(`${op} ${n}${e}${sign}${exp} ${u}`).problem).toBe('exponent');
        },
      ),
      settings,
    );
  });

  it('a duration in two units, with a fix in one unit that means the same', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COMPARISONS),
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 1, max: 59 }),
        blanks,
        (op, h, m, gap) => {
          const error = expectDiagnostic(`${op} ${h}h${gap}${m}m`);
          expect(error.problem).toBe('duration');
          expect(readThreshold(error.fix!)).toEqual({ ok: true, threshold: { op, value: h * 60 + m, unit: 'min' } });
        },
      ),
      settings,
    );
  });

  it('a comma that is not a thousands separator', () => {
    const group = (n: number, width: number) => String(n).padStart(width, '0').slice(-width);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 0, max: 99_999 }),
        fc.constantFrom(1, 2, 4, 5),
        unit,
        (lead, rest, width, u) => {
          expect(expectDiagnostic(`>= ${lead},${group(rest, width)} ${u}`).problem).toBe('separator');
        },
      ),
      settings,
    );
  });

  it('two operators, or none', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COMPARISONS),
        fc.constantFrom(...COMPARISONS),
        someBlank,
        finite,
        unit,
        (a, b, gap, x, u) => {
          expectDiagnostic(`${a}${gap}${b} ${plainDecimal(x)} ${u}`);
          expectDiagnostic(`${plainDecimal(x)} ${u}`);
        },
      ),
      settings,
    );
  });

  it('any text at all: a threshold or a diagnostic, never an exception', () => {
    fc.assert(
      fc.property(fc.oneof(soup, fc.string({ unit: 'binary', maxLength: 60 })), (text) => {
        if (!readThreshold(text).ok) expectDiagnostic(text);
      }),
      settings,
    );
  });
});

describe("the gate reports exactly what the parser rejects, on the threshold's line", () => {
  const file = 'touchpoints/tp-gate.yaml';
  const source = readFileSync(join(MINIMAL, file), 'utf8');
  const index = handbookIndex(loadHandbook(MINIMAL, { today: '2026-11-22' }).model!);

  it('editor and gate agree with readThreshold (generated thresholds and soup)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          generated.map((g) => g.text),
          soup,
        ),
        (text) => {
          const doc = parseDocument(source);
          doc.setIn(['items', 2, 'threshold'], text);
          const yaml = doc.toString();
          const line = yaml.split('\n').findIndex((l) => l.trimStart().startsWith('threshold:')) + 1;
          const { diagnostics } = checkFileInBrowser(file, yaml, index, '2026-11-22');
          const reported = diagnostics.filter((d) => d.code === 'threshold-invalid');
          expect(diagnostics.filter((d) => d.code !== 'threshold-invalid').map((d) => d.code)).toEqual([]);
          expect(reported.length, text).toBe(readThreshold(text).ok ? 0 : 1);
          for (const d of reported) expect(d.line).toBe(line);
        },
      ),
      { seed: SEED, numRuns: Math.min(RUNS, 400) },
    );
  });
});

describe('linear time', () => {
  afterEach(() => vi.restoreAllMocks());

  /** Cursor operations for one parse: every character the parser looks at goes through them. */
  function steps(text: string): number {
    const spies = (['peek', 'advance', 'nextCodePoint', 'atEnd'] as const).map((m) => vi.spyOn(Cursor.prototype, m));
    readThreshold(text);
    const count = spies.reduce((sum, s) => sum + s.mock.calls.length, 0);
    for (const s of spies) s.mockRestore();
    return count;
  }

  const ADVERSARIAL: Record<string, (n: number) => string> = {
    'long grouped number': (n) => `>= 1${',000'.repeat(n)} lux`,
    'long number': (n) => `>= ${'9'.repeat(n)}`,
    'long decimal': (n) => `>= 0.${'1'.repeat(n)} %`,
    'blanks then a sign': (n) => `>= 1${' '.repeat(n)}x <`,
    'words then a second bound': (n) => `>= 1 ${'lux '.repeat(n)}<= 2`,
    'repeated and': (n) => `between 1${' and 1'.repeat(n)}`,
    'a long duration': (n) => `every 1${'h1'.repeat(n)}m`,
    'a look-alike operator and blanks': (n) => `≥${' '.repeat(n)}1 lux`,
    'operators only': (n) => '='.repeat(n),
    'unit with digits': (n) => `>= 1 ${'x1'.repeat(n)}`,
    'long free unit': (n) => `<= 5 ${'天'.repeat(n)}`,
  };

  it.each(Object.keys(ADVERSARIAL))('%s: steps grow in proportion to the length', (name) => {
    const make = ADVERSARIAL[name]!;
    const small = make(2_000);
    const large = make(20_000);
    const a = steps(small);
    const b = steps(large);
    expect(b).toBeLessThanOrEqual(12 * large.length + 100);
    expect(b / Math.max(a, 1)).toBeLessThan(1.2 * (large.length / small.length));
  });
});
