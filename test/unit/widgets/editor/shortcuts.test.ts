/** The editor page's undo keys (src/widgets/editor/shortcuts.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { historyStep } from '../../../../src/widgets/editor/shortcuts.ts';

const key = (key: string, mods: { ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean } = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

describe('historyStep', () => {
  it('undoes on Ctrl+Z and ⌘Z, redoes with Shift', () => {
    expect(historyStep(key('z', { ctrlKey: true }))).toBe('undo');
    expect(historyStep(key('z', { metaKey: true }))).toBe('undo');
    expect(historyStep(key('z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    // What browsers report with Shift held.
    expect(historyStep(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(historyStep(key('Z', { metaKey: true, shiftKey: true }))).toBe('redo');
    expect(historyStep(key('y', { ctrlKey: true }))).toBe('redo');
  });

  it('leaves every other key alone', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 3 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (k, ctrlKey, metaKey, shiftKey) => {
          fc.pre(!['z', 'y'].includes(k.toLowerCase()) || !(ctrlKey || metaKey));
          expect(historyStep({ key: k, ctrlKey, metaKey, shiftKey })).toBeUndefined();
        },
      ),
    );
  });
});
