/** What the editor's form calls a field and an entry (src/widgets/editor/field-labels.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entrySummary, fieldId, phrase, showsKey } from '../../../../src/widgets/editor/field-labels.ts';

describe('fieldId', () => {
  it('is a usable element id for any key', () => {
    fc.assert(
      fc.property(fc.string(), (key) => {
        const id = fieldId('ed-steps-0', key);
        expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(id.startsWith('ed-steps-0-')).toBe(true);
        expect(id.length).toBe(`ed-steps-0-${key}`.length);
      }),
    );
  });
});

describe('showsKey', () => {
  it('hides the YAML name when the label only spells it out', () => {
    expect(showsKey('Journey stage', 'journeyStage')).toBe(false);
    expect(showsKey('ID', 'id')).toBe(false);
    expect(showsKey('旅程阶段', 'journeyStage')).toBe(true);
    expect(showsKey('Stage of the journey', 'journeyStage')).toBe(true);
  });
});

describe('phrase', () => {
  it('writes two Chinese words together, and a space otherwise', () => {
    expect(phrase('添加', '步骤')).toBe('添加步骤');
    expect(phrase('添加', 'SOP')).toBe('添加 SOP');
    expect(phrase('Add', '步骤')).toBe('Add 步骤');
    expect(phrase('Add', 'step')).toBe('Add step');
  });
});

describe('entrySummary', () => {
  it('numbers the entry and shows its id and the start of its title', () => {
    expect(entrySummary({ id: 's1', title: 'Greet' }, 0, 'en')).toBe('1. s1 — Greet');
    expect(entrySummary({ id: 's2', text: { 'zh-CN': '问候', en: 'Greet' } }, 1, 'en')).toBe('2. s2 — Greet');
    expect(entrySummary({ id: 's3', name: { 'zh-CN': '问候' } }, 2, 'en')).toBe('3. s3 — 问候');
    expect(entrySummary({ id: 's4' }, 3, 'en')).toBe('4. s4');
    expect(entrySummary('a scalar', 4, 'en')).toBe('5. ');
    expect(entrySummary({ title: 'x'.repeat(80) }, 5, 'en')).toBe(`6.  — ${'x'.repeat(60)}`);
  });
});
