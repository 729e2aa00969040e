/**
 * The figures an item's text states in its threshold's unit (src/model/stated-figures.ts), on
 * generated texts (fast-check, fixed seed; TOUCHSTONE_FUZZ_RUNS for a longer run) and on the
 * cases of issue 17:
 * - a figure in one of the unit's spellings, with another number than the threshold's, is at odds;
 * - the threshold's own number (either bound of a range), a figure in another unit, or no figure
 *   at all, is not;
 * - a figure's number reads as the threshold grammar reads it (differential with readThreshold);
 * - any text and any unit: an answer, never an exception; work linear in the text's length.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { figureAtOdds, statedFigures, thresholdFigure } from '../../../src/model/stated-figures.ts';
import { Cursor, parseThreshold, plainDecimal, readThreshold, type Threshold } from '../../../src/model/threshold.ts';
import { unitSpellings } from '../../../src/model/threshold-units.ts';

const SEED = 20261217;
const RUNS = Number(process.env['TOUCHSTONE_FUZZ_RUNS'] ?? 1000);
const settings = { seed: SEED, numRuns: RUNS };

const threshold = (text: string): Threshold => {
  const t = parseThreshold(text);
  if (!t) throw new Error(`not a threshold: ${text}`);
  return t;
};

describe('the cases of issue 17', () => {
  it('a text with another figure in the same unit is at odds with the threshold', () => {
    expect(figureAtOdds('照度不低于 300 lux', threshold('>= 350 lux'))).toEqual({
      value: 300,
      offset: 6,
      written: '300 lux',
    });
  });

  it('the same figure, or no figure in that unit, is not', () => {
    expect(figureAtOdds('照度不低于 300 lux', threshold('>= 300 lux'))).toBeUndefined();
    expect(figureAtOdds('照度达标。', threshold('>= 350 lux'))).toBeUndefined();
    expect(figureAtOdds('噪声不超过 55 dB。', threshold('>= 350 lux'))).toBeUndefined();
  });

  it('reads the other spellings of a unit, in zh-CN and en', () => {
    const t = threshold('<= 24 h');
    expect(statedFigures('安装完成后 24 小时内回访', t.unit).map((f) => f.written)).toEqual(['24 小时']);
    expect(statedFigures('Within 24 hours of the visit', t.unit).map((f) => f.written)).toEqual(['24 hours']);
    expect(figureAtOdds('安装完成后 48 小时内回访', t)?.written).toBe('48 小时');
    expect(figureAtOdds('At least 1,000 lux at the desk', threshold('>= 1000 lux'))).toBeUndefined();
    expect(figureAtOdds('每 15 天巡检一次', threshold('every 15 days'))).toBeUndefined();
    expect(figureAtOdds('每 30 天巡检一次', threshold('every 15 days'))?.written).toBe('30 天');
    // The first word of a free-text unit, when it is a unit: `h` of `h before the visit`.
    expect(figureAtOdds('上门前至少 12 小时致电确认', threshold('>= 24 h before the visit'))?.written).toBe('12 小时');
  });

  it('a range: either bound is the threshold’s figure', () => {
    const t = threshold('between 18 and 26 °C');
    expect(figureAtOdds('室温保持在 18 °C 至 26 ℃ 之间', t)).toBeUndefined();
    expect(figureAtOdds('Keep the room at 18-26 °C', t)).toBeUndefined();
    expect(figureAtOdds('Keep the room at 18 - 26 °C', t)).toBeUndefined();
    expect(figureAtOdds('室温保持在 16 °C 至 26 ℃ 之间', t)?.written).toBe('16 °C');
    expect(thresholdFigure(t)).toBe('18–26 °C');
    expect(thresholdFigure(threshold('>= 1,000 lux'))).toBe('1000 lux');
  });

  it('a sign, a word boundary, a token that is not a figure', () => {
    expect(statedFigures('冷库温度不高于-18 °C', '°C').map((f) => f.value)).toEqual([-18]);
    expect(statedFigures('5 minutes, 5 m, 5 mm', 'm').map((f) => f.written)).toEqual(['5 m']);
    expect(statedFigures('3 steps in 3 s', 's').map((f) => f.written)).toEqual(['3 s']);
    expect(statedFigures('A4 lux v2 lux 1.5 lux', 'lux').map((f) => f.value)).toEqual([1.5]);
    expect(statedFigures('3 月 5 日前', 'months')).toEqual([]);
    expect(statedFigures('评分 9.2 分', 'min')).toEqual([]);
    expect(statedFigures('300 lux', '')).toEqual([]);
  });
});

// ── generated texts ─────────────────────────────────────────────────────────────

/** Units with the spellings threshold-units.ts gives them, and free-text units. */
const UNITS = ['lux', '°C', 'dB', '%', 's', 'min', 'h', 'days', 'weeks', 'months', 'mm', 'cm', 'm', 'km', 'g', 'kg'];
const FREE_UNITS = ['methods', 'people', '人', 'kinds of form'];

/** Words before and after a figure, in zh-CN and en, none of them glued to it as a letter. */
const before = fc.constantFrom(
  '',
  '照度不低于 ',
  '等候不超过',
  'At least ',
  'within ',
  '（',
  '- ',
  '每 ',
  'No more than ',
);
const after = fc.constantFrom('', '。', '.', ' before the visit', '，且每天检查', ' at the desk', ')', '内回复');

/** A number as an author may write it: a whole number, a decimal, with thousands separators. */
const authorNumber = fc.oneof(
  fc.integer({ min: 0, max: 100_000 }).map((n) => ({ value: n, text: String(n) })),
  fc.integer({ min: 1_000, max: 9_999_999 }).map((n) => ({ value: n, text: n.toLocaleString('en-US') })),
  fc.integer({ min: 0, max: 99_999 }).map((n) => ({ value: n / 100, text: plainDecimal(n / 100) })),
);

/** A text stating one figure in a spelling of `unit`. */
const stating = (unit: string) =>
  fc.record({
    number: authorNumber,
    spelling: fc.constantFrom(...unitSpellings(unit)),
    gap: fc.constantFrom('', ' ', '\u00a0'),
    before,
    after,
  });

const textOf = (s: { number: { text: string }; spelling: string; gap: string; before: string; after: string }) =>
  `${s.before}${s.number.text}${s.gap}${s.spelling}${s.after}`;

describe('generated item texts and thresholds', () => {
  const unitAndText = fc
    .constantFrom(...UNITS, ...FREE_UNITS)
    .chain((unit) => fc.record({ unit: fc.constant(unit), stated: stating(unit) }));

  it('same unit, another number: at odds, with the figure as written', () => {
    fc.assert(
      fc.property(unitAndText, authorNumber, fc.constantFrom('>=', '<=', '<', '>', '='), ({ unit, stated }, t, op) => {
        fc.pre(t.value !== stated.number.value);
        const text = textOf(stated);
        const odd = figureAtOdds(text, threshold(`${op} ${t.text} ${unit}`));
        expect(odd, text).toBeDefined();
        expect(odd!.value).toBe(stated.number.value);
        expect(odd!.written).toBe(`${stated.number.text}${stated.gap}${stated.spelling}`);
        expect(text.slice(odd!.offset).startsWith(odd!.written)).toBe(true);
      }),
      settings,
    );
  });

  it('the same number, as a bound or a period: not at odds', () => {
    fc.assert(
      fc.property(unitAndText, authorNumber, fc.boolean(), ({ unit, stated }, other, low) => {
        const text = textOf(stated);
        const n = stated.number.text;
        for (const t of [`= ${n} ${unit}`, `>= ${n} ${unit}`, `every ${n} ${unit}`]) {
          expect(figureAtOdds(text, threshold(t)), `${text} / ${t}`).toBeUndefined();
        }
        const range = low ? `between ${n} and ${other.text} ${unit}` : `between ${other.text} and ${n} ${unit}`;
        expect(figureAtOdds(text, threshold(range)), `${text} / ${range}`).toBeUndefined();
      }),
      settings,
    );
  });

  it('a figure in another unit, or none: not at odds', () => {
    const twoUnits = fc
      .tuple(fc.constantFrom(...UNITS, ...FREE_UNITS), fc.constantFrom(...UNITS, ...FREE_UNITS))
      .filter(([a, b]) => a !== b && !unitSpellings(a).includes(b));
    fc.assert(
      fc.property(
        twoUnits.chain(([a, b]) => fc.record({ unit: fc.constant(b), stated: stating(a) })),
        authorNumber,
        ({ unit, stated }, t) => {
          const text = textOf(stated);
          expect(figureAtOdds(text, threshold(`>= ${t.text} ${unit}`)), `${text} / ${unit}`).toBeUndefined();
          expect(figureAtOdds(`${stated.before}${stated.after}`, threshold(`>= ${t.text} ${unit}`))).toBeUndefined();
        },
      ),
      settings,
    );
  });

  it("a figure's number is the number the threshold grammar reads (differential)", () => {
    fc.assert(
      fc.property(unitAndText, ({ unit, stated }) => {
        const [figure] = statedFigures(textOf(stated), unit);
        const read = readThreshold(`= ${stated.number.text} ${unit}`);
        expect(read.ok && figure?.value).toBe(read.ok ? read.threshold.value : undefined);
      }),
      settings,
    );
  });

  it('any text, any unit: figures, never an exception', () => {
    const piece = fc.constantFrom(
      '300',
      '1,000',
      '1,00',
      ',',
      '.',
      '-',
      '-5',
      '1e5',
      'e',
      ' ',
      '\u3000',
      'lux',
      'lx',
      '小时',
      'h',
      'hours',
      'x',
      '分',
      '月',
      '℃',
      '°C',
      '%',
      '１２',
      '\u0000',
      '≥',
    );
    const text = fc.oneof(
      fc.array(piece, { maxLength: 20 }).map((p) => p.join('')),
      fc.string({ maxLength: 40 }),
    );
    const unit = fc.oneof(fc.constantFrom(...UNITS, ...FREE_UNITS, ''), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(text, unit, (t, u) => {
        for (const f of statedFigures(t, u)) {
          expect(Number.isFinite(f.value)).toBe(true);
          expect(t.slice(f.offset).startsWith(f.written)).toBe(true);
        }
      }),
      settings,
    );
  });
});

describe('linear time', () => {
  afterEach(() => vi.restoreAllMocks());

  /** Every character the scan and the number reader look at goes through these methods. */
  function steps(text: string, unit: string): number {
    const spies = [
      ...(['peek', 'advance', 'nextCodePoint', 'atEnd'] as const).map((m) => vi.spyOn(Cursor.prototype, m)),
      vi.spyOn(String.prototype, 'charAt'),
      vi.spyOn(String.prototype, 'startsWith'),
    ];
    statedFigures(text, unit);
    const count = spies.reduce((sum, s) => sum + s.mock.calls.length, 0);
    for (const s of spies) s.mockRestore();
    return count;
  }

  const ADVERSARIAL: Record<string, (n: number) => string> = {
    'one long number': (n) => '9'.repeat(n),
    'broken separators': (n) => '1,1'.repeat(n),
    'grouped number': (n) => `1${',000'.repeat(n)} lux`,
    dots: (n) => '1.1'.repeat(n),
    'dashes and digits': (n) => '-1 '.repeat(n),
    'dashes and blanks': (n) => ` - ${' -'.repeat(n)}1`,
    'many figures': (n) => '300 lux，'.repeat(n),
    'numbers and blanks': (n) => `1${'   '.repeat(n)}`,
    exponents: (n) => '1e5'.repeat(n),
  };

  it.each(Object.keys(ADVERSARIAL))('%s: steps grow in proportion to the length', (name) => {
    const make = ADVERSARIAL[name]!;
    const small = make(1_000);
    const large = make(10_000);
    const a = steps(small, 'lux');
    const b = steps(large, 'lux');
    expect(b).toBeLessThanOrEqual(40 * large.length + 100);
    expect(b / Math.max(a, 1)).toBeLessThan(1.3 * (large.length / small.length));
  });
});
