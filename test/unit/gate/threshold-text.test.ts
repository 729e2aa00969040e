/**
 * The rule `threshold-text-mismatch` (src/gate/rules.ts, with src/model/stated-figures.ts): an
 * item whose text states a figure in its threshold's unit with another number gets a warning at
 * its text — that locale's text for a locale map — naming both figures in zh-CN and en, from the
 * gate the editor runs (checkFileInBrowser) and `touchstone check` alike (the bad-input fixture
 * threshold-text-mismatch, compared with the browser by browser-gate-parity.test.ts). The example
 * handbook is free of it, though its texts state figures the rule reads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { handbookIndex } from '../../../src/gate/handbook-index.ts';
import { checkFileInBrowser, loadGateFor } from '../../../src/gate/in-browser.ts';
import { loadHandbook } from '../../../src/gate/load-handbook.ts';
import { renderMessage } from '../../../src/gate/messages.ts';
import { statedFigures } from '../../../src/model/stated-figures.ts';
import { parseThreshold } from '../../../src/model/threshold.ts';
import type { Touchpoint } from '../../../src/schema/types.generated.ts';
import { MINIMAL, REPO } from '../../helpers/fixtures.ts';

const TODAY = '2026-11-22';
const SEED = 20261218;
const RUNS = Math.min(Number(process.env['TOUCHSTONE_FUZZ_RUNS'] ?? 150), 1000);
const FILE = 'touchpoints/tp-gate.yaml';
const SOURCE = readFileSync(join(MINIMAL, FILE), 'utf8');
const INDEX = handbookIndex(loadHandbook(MINIMAL, { today: TODAY }).model!);

/** The minimal touchpoint with its measured item's text and threshold replaced. */
function withItem(text: string | Record<string, string>, threshold: string): string {
  const doc = parseDocument(SOURCE);
  doc.setIn(['items', 2, 'text'], text);
  doc.setIn(['items', 2, 'threshold'], threshold);
  return doc.toString();
}

/** 1-based line and column of the value at `path` in `yaml`. */
function placeOf(yaml: string, path: (string | number)[]): { line: number; column: number } {
  const node = parseDocument(yaml).getIn(path, true) as { range: [number, number, number] };
  const before = yaml.slice(0, node.range[0]).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** An item's text, and the figure it states (none for a text without one). */
interface Stated {
  text: string;
  figure?: { n: number; spelled: string };
}

// The browser gate checks a file once its kind's validator is loaded, as the editor does.
beforeAll(() => loadGateFor(FILE));

const mismatches = (yaml: string) =>
  checkFileInBrowser(FILE, yaml, INDEX, TODAY).diagnostics.filter((d) => d.code === 'threshold-text-mismatch');

describe('threshold-text-mismatch', () => {
  it('the cases of issue 17: another figure warns, the same figure or none does not', () => {
    const yaml = withItem('照度不低于 300 lux', '>= 350 lux');
    const [d, ...rest] = mismatches(yaml);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'warning', pointer: '/items/2/text', ...placeOf(yaml, ['items', 2, 'text']) });
    const zh = renderMessage('threshold-text-mismatch', d!.params, 'zh-CN');
    const en = renderMessage('threshold-text-mismatch', d!.params, 'en');
    for (const m of [zh, en]) {
      expect(m.message).toContain('300 lux');
      expect(m.message).toContain('>= 350 lux');
      expect(m.hint).toContain('300 lux');
      expect(m.hint).toContain('350 lux');
    }
    expect(zh.message).not.toBe(en.message);
    expect(mismatches(withItem('照度不低于 300 lux', '>= 300 lux'))).toEqual([]);
    expect(mismatches(withItem('照度达标。', '>= 350 lux'))).toEqual([]);
  });

  it('each locale of a text map, at that locale', () => {
    const yaml = withItem({ 'zh-CN': '照度不低于 300 lux。', en: 'At least 350 lux.' }, '>= 350 lux');
    const found = mismatches(yaml);
    expect(found.map((d) => d.pointer)).toEqual(['/items/2/text/zh-CN']);
    expect(found[0]).toMatchObject(placeOf(yaml, ['items', 2, 'text', 'zh-CN']));
    const both = mismatches(withItem({ 'zh-CN': '至少 300 勒克斯', en: 'At least 300 lx.' }, '>= 350 lux'));
    expect(both.map((d) => d.pointer)).toEqual(['/items/2/text/zh-CN', '/items/2/text/en']);
  });

  it('generated texts: a warning exactly when a locale states another figure in the unit', () => {
    /** The threshold units generated, and how the texts generated may spell each (written out here, not read from the code). */
    const SPELLED: Record<string, string[]> = {
      lux: ['lux', 'lx'],
      dB: ['dB', '分贝'],
      '%': ['%'],
      h: ['h', '小时', 'hours'],
      min: ['min', '分钟'],
      days: ['days', '天'],
    };
    const spellings = Object.values(SPELLED).flat();
    const value = fc.integer({ min: 0, max: 2_000 });
    /** A text, with the figure it states (none for a text without one). */
    const text: fc.Arbitrary<Stated> = fc.oneof(
      fc.constant({ text: '达标。' }),
      fc.tuple(value, fc.constantFrom(...spellings, 'kinds'), fc.constantFrom(0, 1, 2)).map(([n, spelled, form]) => ({
        text: [`${n} ${spelled}`, `不低于${n}${spelled}。`, `Within ${n} ${spelled} of the visit.`][form]!,
        figure: { n, spelled },
      })),
    );
    const threshold = fc.record({
      op: fc.constantFrom('>=', '<=', '='),
      n: value,
      unit: fc.constantFrom(...Object.keys(SPELLED)),
    });
    fc.assert(
      fc.property(
        fc.oneof(
          text.map((t) => ({ single: t })),
          fc.record({ 'zh-CN': text, en: text }).map((map) => ({ map })),
        ),
        threshold,
        (item, th) => {
          const written = `${th.op} ${th.n} ${th.unit}`;
          const texts: [string, Stated][] =
            'single' in item
              ? [['/items/2/text', item.single]]
              : Object.entries(item.map).map(([l, t]) => [`/items/2/text/${l}`, t]);
          const itemText =
            'single' in item ? item.single.text : { 'zh-CN': item.map['zh-CN'].text, en: item.map.en.text };
          const { diagnostics } = checkFileInBrowser(FILE, withItem(itemText, written), INDEX, TODAY);
          const expected = texts
            .filter(([, t]) => t.figure && SPELLED[th.unit]!.includes(t.figure.spelled) && t.figure.n !== th.n)
            .map(([pointer]) => pointer)
            .sort();
          const found = diagnostics.filter((d) => d.code === 'threshold-text-mismatch');
          expect(found.map((d) => d.pointer).sort(), JSON.stringify({ itemText, written })).toEqual(expected);
          expect(diagnostics.filter((d) => d.code !== 'threshold-text-mismatch')).toEqual([]);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('the example handbook is free of it, and its texts state figures the rule reads', () => {
    const result = loadHandbook(join(REPO, 'standards'), { today: TODAY });
    expect(result.diagnostics.filter((d) => d.code === 'threshold-text-mismatch')).toEqual([]);
    let checked = 0;
    for (const { data } of result.model!.touchpoints.values()) {
      for (const item of (data as Touchpoint).items) {
        const t = item.threshold === undefined ? undefined : parseThreshold(item.threshold);
        if (!t) continue;
        const texts = typeof item.text === 'string' ? [item.text] : Object.values(item.text);
        if (texts.some((x) => x !== undefined && statedFigures(x, t.unit).length > 0)) checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
