/**
 * The editor form's values (src/widgets/editor/field-values.ts): every write is a copy that
 * changes only what it says, a localized text keeps its other locales. (What "Add" makes:
 * test/unit/editor/new-entry.test.ts.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Field } from '../../../../src/editor/form-model.ts';
import {
  asList,
  asObject,
  choicesOf,
  idsFromText,
  isUnknownChoice,
  localeText,
  moved,
  numberOrAbsent,
  orAbsent,
  toggled,
  withEntry,
  withItem,
  withLocaleText,
  withoutItem,
} from '../../../../src/widgets/editor/field-values.ts';

const key = fc.constantFrom('id', 'title', 'stage', 'items', 'note');
const record = fc.dictionary(key, fc.oneof(fc.string(), fc.integer(), fc.boolean()));
const list = fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 8 });
const LOCALES = ['zh-CN', 'en', 'ja'] as const;
const locale = fc.constantFrom(...LOCALES);
const localized = fc.oneof(fc.constant(undefined), fc.string(), fc.dictionary(locale, fc.string({ minLength: 1 })));

describe('writing objects and lists', () => {
  it('withEntry sets or removes one key of a copy', () => {
    fc.assert(
      fc.property(record, key, fc.option(fc.string(), { nil: undefined }), (before, k, value) => {
        const copy = structuredClone(before);
        const after = withEntry(before, k, value);
        expect(before).toEqual(copy);
        if (value === undefined) expect(k in after).toBe(false);
        else expect(after[k]).toBe(value);
        for (const other of Object.keys(before)) if (other !== k) expect(after[other]).toBe(before[other]);
      }),
    );
  });

  it('withItem replaces one entry and withoutItem drops one', () => {
    fc.assert(
      fc.property(
        list.filter((l) => l.length > 0),
        fc.nat(),
        fc.string(),
        (before, n, value) => {
          const i = n % before.length;
          expect(withItem(before, i, value)).toEqual(before.map((x, j) => (j === i ? value : x)));
          expect(withoutItem(before, i)).toEqual([...before.slice(0, i), ...before.slice(i + 1)]);
        },
      ),
    );
  });

  it('moved puts one entry at another place and keeps the rest in order', () => {
    fc.assert(
      fc.property(
        list.filter((l) => l.length > 0),
        fc.nat(),
        fc.integer({ min: -2, max: 10 }),
        (before, n, to) => {
          const from = n % before.length;
          const after = moved(before, from, to);
          if (to < 0 || to >= before.length) {
            expect(after).toBeUndefined();
          } else {
            expect(after![to]).toBe(before[from]);
            expect(withoutItem(after!, to)).toEqual(withoutItem(before, from));
          }
        },
      ),
    );
  });

  it('toggled checks an id in at the end, or out everywhere', () => {
    expect(toggled(['a', 'b'], 'c', true)).toEqual(['a', 'b', 'c']);
    expect(toggled(['a', 'b', 'a'], 'a', false)).toEqual(['b']);
  });

  it('reads a value of the wrong shape as empty', () => {
    expect(asObject(['a'])).toEqual({});
    expect(asObject('a')).toEqual({});
    expect(asObject({ a: 1 })).toEqual({ a: 1 });
    expect(asList({ a: 1 })).toEqual([]);
    expect(asList(['a'])).toEqual(['a']);
  });
});

describe('inputs', () => {
  it('an empty input is an absent value', () => {
    expect(orAbsent('')).toBeUndefined();
    expect(orAbsent(' ')).toBe(' ');
    expect(numberOrAbsent('')).toBeUndefined();
    expect(numberOrAbsent('2.5')).toBe(2.5);
  });

  it('a comma-separated list of ids is its ids, without blanks', () => {
    const ids = fc.array(fc.stringMatching(/^[a-z0-9-]{1,10}$/), { maxLength: 6 });
    fc.assert(
      fc.property(ids, fc.boolean(), (parts, had) => {
        expect(idsFromText(parts.join(' , ') + ', ,', had)).toEqual(parts.length || had ? parts : undefined);
      }),
    );
  });
});

describe('localized texts', () => {
  it('writing one locale reads back, and leaves the others as they were', () => {
    fc.assert(
      fc.property(localized, locale, fc.string(), locale, (before, l, text, defaultLocale) => {
        const after = withLocaleText(before, l, text, defaultLocale);
        expect(localeText(after, l, defaultLocale)).toBe(text);
        for (const other of LOCALES)
          if (other !== l)
            expect(localeText(after, other, defaultLocale)).toBe(localeText(before, other, defaultLocale));
      }),
    );
  });

  it('stays a plain string while only the default locale is written, and is absent when empty', () => {
    expect(withLocaleText(undefined, 'zh-CN', '营业厅', 'zh-CN')).toBe('营业厅');
    expect(withLocaleText('营业厅', 'en', 'Branch', 'zh-CN')).toEqual({ 'zh-CN': '营业厅', en: 'Branch' });
    expect(withLocaleText({ en: 'Branch' }, 'en', '', 'zh-CN')).toBeUndefined();
    expect(withLocaleText('营业厅', 'zh-CN', '', 'zh-CN')).toBeUndefined();
  });

  it('a required text emptied and typed again keeps its locales in their order', () => {
    fc.assert(
      fc.property(localized, locale, fc.string({ minLength: 1 }), (before, defaultLocale, text) => {
        const emptied = withLocaleText(before, defaultLocale, '', defaultLocale, true);
        const typed = withLocaleText(emptied, defaultLocale, text, defaultLocale, true);
        expect(localeText(emptied, defaultLocale, defaultLocale)).toBe('');
        if (before && typeof before === 'object' && defaultLocale in before)
          expect(Object.keys(typed as object)).toEqual(Object.keys(before));
      }),
    );
  });
});

describe('choices', () => {
  const options = [{ value: 'tp-a', label: 'A' }];
  const enumField = { key: 'x', kind: 'enum', enum: ['low', 'high'] } as Field;
  const refField = { key: 'x', kind: 'ref' } as Field;

  it('an enum offers its values, other fields their options', () => {
    expect(choicesOf(enumField, options)).toEqual([
      { value: 'low', label: 'low' },
      { value: 'high', label: 'high' },
    ]);
    expect(choicesOf(refField, options)).toBe(options);
  });

  it('a value the select does not offer is unknown; an empty one is not', () => {
    expect(isUnknownChoice('medium', enumField, options)).toBe(true);
    expect(isUnknownChoice('high', enumField, options)).toBe(false);
    expect(isUnknownChoice('tp-a', refField, options)).toBe(false);
    expect(isUnknownChoice('tp-b', refField, options)).toBe(true);
    expect(isUnknownChoice('', refField, options)).toBe(false);
    expect(isUnknownChoice(undefined, refField, options)).toBe(false);
  });
});
