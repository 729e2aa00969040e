import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../../src/lib/handbook.ts';
import { formatThreshold, meetsThreshold, parseThreshold } from '../../src/lib/threshold.ts';

/** The schema's own threshold pattern, so the module and the schema cannot drift apart. */
const defs = JSON.parse(readFileSync('schemas/defs.schema.json', 'utf8')) as { $defs: { threshold: { pattern: string } } };
const SCHEMA_THRESHOLD = new RegExp(defs.$defs.threshold.pattern, 'u');

describe('parseThreshold', () => {
  it.each([
    ['>= 300 lux', { op: '>=', value: 300, unit: 'lux' }],
    ['<= 55 dB', { op: '<=', value: 55, unit: 'dB' }],
    ['< 5 min', { op: '<', value: 5, unit: 'min' }],
    ['> 0', { op: '>', value: 0, unit: '' }],
    ['= 100 %', { op: '=', value: 100, unit: '%' }],
    ['=100%', { op: '=', value: 100, unit: '%' }],
    ['<= 0.3 %', { op: '<=', value: 0.3, unit: '%' }],
    ['>= -5 °C', { op: '>=', value: -5, unit: '°C' }],
    ['>= 24 h before the visit', { op: '>=', value: 24, unit: 'h before the visit' }],
    ['between 18 and 26 °C', { op: 'between', value: 18, max: 26, unit: '°C' }],
    ['between 26 and 18 °C', { op: 'between', value: 18, max: 26, unit: '°C' }],
    ['between -2.5 and 4', { op: 'between', value: -2.5, max: 4, unit: '' }],
    ['every 15 days', { op: 'every', value: 15, unit: 'days' }],
    ['every 0.5 h', { op: 'every', value: 0.5, unit: 'h' }],
  ])('%s', (text, want) => {
    expect(parseThreshold(text)).toEqual(want);
  });

  it.each(['', 'at least 300 lux', '300 lux', '>=', '=> 300', 'between 1 and', 'every days', 'Between 1 and 2', ' >= 1'])(
    'rejects %j',
    (text) => {
      expect(parseThreshold(text)).toBeUndefined();
    },
  );

  it('accepts exactly what the schema accepts (generated strings)', () => {
    const op = fc.constantFrom('>=', '<=', '>', '<', '=', 'between', 'every', 'at least', '=>');
    const number = fc.oneof(fc.integer({ min: -1000, max: 1000 }).map(String), fc.double({ min: -1000, max: 1000, noNaN: true }).map((x) => x.toFixed(2)));
    const unit = fc.constantFrom('', ' lux', 'lux', ' °C', ' days', ' h before', ' ', '  x');
    const text = fc.oneof(
      fc.tuple(op, fc.constantFrom(' ', ''), number, unit).map(([o, s, n, u]) => `${o}${s}${n}${u}`),
      fc.tuple(number, number, unit).map(([a, b, u]) => `between ${a} and ${b}${u}`),
      fc.string(),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(parseThreshold(t) !== undefined).toBe(SCHEMA_THRESHOLD.test(t));
      }),
    );
  });

  it('parses every threshold in the example handbook', () => {
    const model = loadHandbook('standards', { today: '2026-11-22' }).model!;
    const thresholds = [...model.touchpoints.values()].flatMap((t) => t.data.items.flatMap((i) => (i.threshold ? [i.threshold] : [])));
    expect(thresholds.length).toBeGreaterThan(10);
    for (const t of thresholds) expect(parseThreshold(t), t).toBeDefined();
  });
});

describe('meetsThreshold', () => {
  const check = (text: string, reading: number) => meetsThreshold(parseThreshold(text)!, reading);

  it('compares with each operator, bounds included where the operator says so', () => {
    expect(check('>= 300 lux', 300)).toBe(true);
    expect(check('>= 300 lux', 299.9)).toBe(false);
    expect(check('> 300 lux', 300)).toBe(false);
    expect(check('<= 55 dB', 55)).toBe(true);
    expect(check('<= 55 dB', 55.1)).toBe(false);
    expect(check('< 5 min', 5)).toBe(false);
    expect(check('< 5 min', 4.99)).toBe(true);
    expect(check('= 100 %', 100)).toBe(true);
    expect(check('= 100 %', 99.9)).toBe(false);
  });

  it('between is inclusive at both ends', () => {
    expect(check('between 18 and 26 °C', 18)).toBe(true);
    expect(check('between 18 and 26 °C', 26)).toBe(true);
    expect(check('between 18 and 26 °C', 22)).toBe(true);
    expect(check('between 18 and 26 °C', 17.9)).toBe(false);
    expect(check('between 18 and 26 °C', 26.1)).toBe(false);
    expect(check('between 26 and 18 °C', 20)).toBe(true);
  });

  it('every N: the reading is the time since the last time, and meets it up to N', () => {
    expect(check('every 15 days', 0)).toBe(true);
    expect(check('every 15 days', 15)).toBe(true);
    expect(check('every 15 days', 16)).toBe(false);
  });

  it('never passes a reading that is not a finite number', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(check('>= 0', bad)).toBe(false);
      expect(check('<= 0', bad)).toBe(false);
    }
  });
});

describe('formatThreshold', () => {
  it('shows symbols, ranges and periods', () => {
    expect(formatThreshold('>= 300 lux')).toBe('≥ 300 lux');
    expect(formatThreshold(parseThreshold('<= 55 dB')!)).toBe('≤ 55 dB');
    expect(formatThreshold('< 5 min')).toBe('< 5 min');
    expect(formatThreshold('= 100 %')).toBe('= 100 %');
    expect(formatThreshold('> 0')).toBe('> 0');
    expect(formatThreshold('between 18 and 26 °C')).toBe('18–26 °C');
    expect(formatThreshold('every 15 days')).toBe('every 15 days');
    expect(formatThreshold('every 15 天', 'zh-CN')).toBe('每 15 天');
    expect(formatThreshold('not a threshold')).toBe('not a threshold');
  });
});
