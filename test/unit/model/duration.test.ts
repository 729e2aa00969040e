import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { durationToMinutes, formatDuration, parseDuration } from '../../../src/model/duration.ts';

/** The schema's own duration pattern, so the module and the schema cannot drift apart. */
const defs = JSON.parse(readFileSync('schemas/defs.schema.json', 'utf8')) as {
  $defs: { duration: { pattern: string } };
};
const SCHEMA_DURATION = new RegExp(defs.$defs.duration.pattern, 'u');

describe('parseDuration', () => {
  it('reads every unit the schema allows', () => {
    expect(parseDuration('PT15M')).toEqual({
      years: 0,
      months: 0,
      weeks: 0,
      days: 0,
      hours: 0,
      minutes: 15,
      seconds: 0,
    });
    expect(parseDuration('P1Y2M3W4DT5H6M7S')).toEqual({
      years: 1,
      months: 2,
      weeks: 3,
      days: 4,
      hours: 5,
      minutes: 6,
      seconds: 7,
    });
    expect(parseDuration('P3D')?.days).toBe(3);
    expect(parseDuration('PT1H30M')).toMatchObject({ hours: 1, minutes: 30 });
    expect(parseDuration('P2M')).toMatchObject({ months: 2, minutes: 0 });
    expect(parseDuration('PT2M')).toMatchObject({ months: 0, minutes: 2 });
  });

  it.each(['', 'P', 'PT', 'P1H', '15M', 'PT1.5H', 'pt15m', ' PT15M', 'PT15M ', 'P1DT', 'PT15M30H', 'P-1D', '1 day'])(
    'rejects %j',
    (text) => {
      expect(parseDuration(text)).toBeUndefined();
      expect(durationToMinutes(text)).toBeUndefined();
      expect(formatDuration(text, 'en')).toBe(text);
    },
  );
});

describe('durationToMinutes', () => {
  it('counts months as 30 days and years as 365 days', () => {
    expect(durationToMinutes('PT15M')).toBe(15);
    expect(durationToMinutes('PT24H')).toBe(1440);
    expect(durationToMinutes('P1D')).toBe(1440);
    expect(durationToMinutes('P1W')).toBe(7 * 1440);
    expect(durationToMinutes('P1M')).toBe(30 * 1440);
    expect(durationToMinutes('P1Y')).toBe(365 * 1440);
    expect(durationToMinutes('PT30S')).toBe(0.5);
    expect(durationToMinutes('PT1H30M')).toBe(90);
  });

  it('sorts time limits the way people read them', () => {
    const limits = ['P1D', 'PT15M', 'PT72H', 'PT2H', 'PT30M', 'P1W'];
    expect([...limits].sort((a, b) => durationToMinutes(a)! - durationToMinutes(b)!)).toEqual([
      'PT15M',
      'PT30M',
      'PT2H',
      'P1D',
      'PT72H',
      'P1W',
    ]);
  });
});

describe('formatDuration', () => {
  it.each([
    ['PT15M', '15 min', '15 分钟'],
    ['PT24H', '24 h', '24 小时'],
    ['P3D', '3 d', '3 天'],
    ['PT1H30M', '1 h 30 min', '1 小时 30 分钟'],
    ['P1D', '1 d', '1 天'],
    ['P2W', '2 wk', '2 周'],
    ['P1Y6M', '1 y 6 mo', '1 年 6 个月'],
    ['PT45S', '45 s', '45 秒'],
    ['PT1H0M', '1 h', '1 小时'],
    ['PT015M', '15 min', '15 分钟'],
    ['PT0M', '0 min', '0 分钟'],
    ['P0DT0H', '0 d', '0 天'],
  ])('%s → %j / %j', (iso, en, zh) => {
    expect(formatDuration(iso, 'en')).toBe(en);
    expect(formatDuration(iso, 'zh-CN')).toBe(zh);
  });

  it('keeps very long numbers exact', () => {
    expect(formatDuration('PT123456789012345678901M', 'en')).toBe('123456789012345678901 min');
  });
});

describe('properties', () => {
  // fast-check cannot generate from lookaheads: generate from the pattern without them, keep what the schema accepts.
  const valid = fc
    .stringMatching(/^P(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?(?:T(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+S)?)?$/)
    .filter((s) => SCHEMA_DURATION.test(s));

  it('formats every duration the schema accepts without throwing, in both locales', () => {
    fc.assert(
      fc.property(valid, (iso) => {
        expect(parseDuration(iso)).toBeDefined();
        for (const locale of ['en', 'zh-CN'] as const) {
          const text = formatDuration(iso, locale);
          expect(text.length).toBeGreaterThan(0);
          expect(text).toMatch(/^[0-9]+ \S+( [0-9]+ \S+)*$/);
          expect(text).not.toMatch(/undefined|NaN|Infinity/);
        }
        const minutes = durationToMinutes(iso);
        expect(minutes).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });

  it('accepts exactly what the schema pattern accepts', () => {
    const nearMiss = fc.stringMatching(/^P?[0-9YMWDTHS.-]{0,10}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), valid, nearMiss), (text) => {
        expect(parseDuration(text) !== undefined).toBe(SCHEMA_DURATION.test(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trips durations built from parts', () => {
    const part = fc.option(fc.nat({ max: 999 }), { nil: undefined });
    const parts = fc.record({
      years: part,
      months: part,
      weeks: part,
      days: part,
      hours: part,
      minutes: part,
      seconds: part,
    });
    fc.assert(
      fc.property(parts, (p) => {
        const date = [
          p.years !== undefined ? `${p.years}Y` : '',
          p.months !== undefined ? `${p.months}M` : '',
          p.weeks !== undefined ? `${p.weeks}W` : '',
          p.days !== undefined ? `${p.days}D` : '',
        ].join('');
        const time = [
          p.hours !== undefined ? `${p.hours}H` : '',
          p.minutes !== undefined ? `${p.minutes}M` : '',
          p.seconds !== undefined ? `${p.seconds}S` : '',
        ].join('');
        fc.pre(date !== '' || time !== '');
        const iso = `P${date}${time ? `T${time}` : ''}`;
        expect(iso).toMatch(SCHEMA_DURATION);
        const parsed = parseDuration(iso)!;
        expect(parsed).toEqual({
          years: p.years ?? 0,
          months: p.months ?? 0,
          weeks: p.weeks ?? 0,
          days: p.days ?? 0,
          hours: p.hours ?? 0,
          minutes: p.minutes ?? 0,
          seconds: p.seconds ?? 0,
        });
        const expected =
          parsed.years * 525600 +
          parsed.months * 43200 +
          parsed.weeks * 10080 +
          parsed.days * 1440 +
          parsed.hours * 60 +
          parsed.minutes +
          parsed.seconds / 60;
        expect(durationToMinutes(iso)).toBeCloseTo(expected, 6);
        const units = ['y', 'mo', 'wk', 'd', 'h', 'min', 's'] as const;
        const shown = (['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'] as const)
          .map((k, i) => (parsed[k] > 0 ? `${parsed[k]} ${units[i]}` : ''))
          .filter(Boolean);
        if (shown.length > 0) expect(formatDuration(iso, 'en')).toBe(shown.join(' '));
        else expect(formatDuration(iso, 'en')).toMatch(/^0 /);
      }),
      { numRuns: 500 },
    );
  });
});
