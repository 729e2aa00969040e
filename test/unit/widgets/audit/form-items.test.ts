/** What the audit form shows (src/widgets/audit/form-items.ts) and the name of an export (export-file.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreAudit } from '../../../../src/scoring/score.ts';
import { exportFileName } from '../../../../src/widgets/audit/export-file.ts';
import {
  anyChanges,
  clampIndex,
  itemIndex,
  itemResultOf,
  itemsOf,
  percentText,
  shownPhotos,
  visibleItems,
  withPhoto,
  withoutPhoto,
} from '../../../../src/widgets/audit/form-items.ts';
import { r, workedExample } from '../../../helpers/scorecards.ts';

const { card, responses } = workedExample();
const items = itemsOf(card);

describe('the run of items', () => {
  it('is every item, section after section, and finds each by touchpoint and id', () => {
    expect(items.map((x) => `${x.sec.touchpoint}/${x.item.id}`)).toEqual(['a/a1', 'a/a2', 'a/a3', 'b/b1', 'b/b2']);
    items.forEach((x, i) => expect(itemIndex(items, x.sec.touchpoint, x.item.id)).toBe(i));
    expect(itemIndex(items, 'b', 'a1')).toBe(-1);
  });

  it('holds a place to the first and the last item', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10, max: 20 }), fc.integer({ min: 1, max: 10 }), (index, length) => {
        const held = clampIndex(index, length);
        expect(held).toBeGreaterThanOrEqual(0);
        expect(held).toBeLessThan(length);
        if (index >= 0 && index < length) expect(held).toBe(index);
      }),
    );
  });

  it("shows a section's items in the list view, and only the current item one at a time", () => {
    const [a, b] = card.sections;
    expect(visibleItems(a!, 'list', items[3])).toEqual(a!.items);
    expect(visibleItems(a!, 'one', items[3])).toEqual([]);
    expect(visibleItems(b!, 'one', items[3])).toEqual([b!.items[0]]);
    expect(visibleItems(b!, 'one', undefined)).toEqual([]);
  });
});

describe('results and photos', () => {
  it("finds an item's result", () => {
    const result = scoreAudit(card, responses, { date: '2026-01-01' });
    expect(itemResultOf(result, 'a', 'a3')).toMatchObject({
      touchpoint: 'a',
      item: 'a3',
      status: 'answered',
      value: 0,
    });
    expect(itemResultOf(result, 'a', 'b1')).toBeUndefined();
  });

  it('says whether the scorecard changed under the record', () => {
    expect(anyChanges({ added: [], removed: [], changed: [], exact: true, touchpoints: [] })).toBe(false);
    expect(anyChanges({ added: [], removed: ['a/a1'], changed: [], exact: true, touchpoints: [] })).toBe(true);
  });

  it('shows a percentage with one decimal, and none as —', () => {
    expect(percentText(null)).toBe('—');
    expect(percentText(0)).toBe('0.0%');
    expect(percentText(66.666)).toBe('66.7%');
  });

  it('shows each photo once, and only those with an image', () => {
    const response = r('a', 'a1', 'conforms', { evidence: ['p1.jpg', 'p2.jpg', 'p1.jpg'] });
    expect(shownPhotos(response, { 'p1.jpg': 'blob:1' })).toEqual([{ ref: 'p1.jpg', url: 'blob:1' }]);
    expect(shownPhotos(undefined, { 'p1.jpg': 'blob:1' })).toEqual([]);
  });

  it('adds a photo at the end of the evidence, and removes one', () => {
    const response = r('a', 'a1', 'conforms', { evidence: ['p1.jpg', 'p2.jpg'] });
    expect(withPhoto(response, 'p3.jpg')).toEqual(['p1.jpg', 'p2.jpg', 'p3.jpg']);
    expect(withPhoto(undefined, 'p3.jpg')).toEqual(['p3.jpg']);
    expect(withoutPhoto(response, 'p1.jpg')).toEqual(['p2.jpg']);
    expect(response.evidence).toEqual(['p1.jpg', 'p2.jpg']);
  });
});

describe('exportFileName', () => {
  it('is the date and the site, in letters, digits and dashes', () => {
    expect(exportFileName({ date: '2026-01-02', site: '营业厅 (North) / 3' }, 'yaml')).toBe(
      '2026-01-02-营业厅-North-3.yaml',
    );
    expect(exportFileName({ date: '', site: '' }, 'csv')).toBe('audit.csv');
  });

  it('never holds a character a file system may refuse', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.constantFrom('yaml', 'json', 'csv'), (date, site, ext) => {
        const name = exportFileName({ date, site }, ext);
        expect(name.endsWith(`.${ext}`)).toBe(true);
        expect(name).not.toMatch(/[/\\:*?"<>|\s]/);
      }),
    );
  });
});
