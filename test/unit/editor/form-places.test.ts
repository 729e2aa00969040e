/**
 * Where the editor's form shows a problem (src/editor/form-places.ts): at the nearest place it
 * shows that holds the problem's pointer, never somewhere unrelated.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { elementIdOf, formPlaces, parentOf, placeOf, pointerOf } from '../../../src/editor/form-places.ts';
import { handbookIndex } from '../../../src/gate/handbook-index.ts';
import { checkFileInBrowser, loadGateFor } from '../../../src/gate/in-browser.ts';
import { loadHandbook } from '../../../src/gate/load-handbook.ts';
import { formFields } from '../../../src/widgets/editor/open-file.ts';

const ROOT = join(import.meta.dirname, '../../../standards');
const FILE = 'touchpoints/pm-elevator-car.yaml';
const segment = fc.oneof(fc.string({ maxLength: 6 }), fc.nat({ max: 20 }));

describe('form places', () => {
  it('a pointer is the path, escaped as RFC 6901 says, and its parent drops one segment', () => {
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), (path) => {
        const pointer = pointerOf(path);
        const back = pointer
          .split('/')
          .slice(1)
          .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
        expect(back).toEqual(path.map(String));
        expect(parentOf(pointer)).toBe(pointerOf(path.slice(0, -1)));
      }),
    );
  });

  it('a problem goes to the nearest place shown that holds it, or to the file', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(segment, { maxLength: 4 }), { maxLength: 12 }),
        fc.array(segment, { maxLength: 6 }),
        (shown, path) => {
          const places = new Set(shown.map(pointerOf));
          const pointer = pointerOf(path);
          const place = placeOf(pointer, places);
          const ancestors = path.map((_, k) => pointerOf(path.slice(0, path.length - k)));
          const nearest = ancestors.find((a) => places.has(a)) ?? '';
          expect(place).toBe(nearest);
        },
      ),
    );
  });

  it('every problem of a file with fields emptied, deleted or wrong is placed at a field the form shows', async () => {
    await loadGateFor(FILE);
    const index = handbookIndex(loadHandbook(ROOT).model!);
    const doc = parseDocument(readFileSync(join(ROOT, FILE), 'utf8'));
    doc.deleteIn(['items', 1, 'text']);
    doc.deleteIn(['title']);
    doc.setIn(['items', 2, 'dimension'], '');
    doc.setIn(['items', 0, 'weight'], -3);
    const { data, diagnostics } = checkFileInBrowser(FILE, doc.toString(), index);
    const places = formPlaces(formFields('touchpoint'), data);
    const placed = diagnostics.map((d) => placeOf(d.pointer, places));
    expect(placed).toEqual(
      expect.arrayContaining(['/title', '/items/1/text', '/items/2/dimension', '/items/0/weight']),
    );
    expect(placed.map(elementIdOf)).toContain('ed-items-1-text');
  });
});
