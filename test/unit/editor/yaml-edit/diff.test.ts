/**
 * The edits between two versions of the data (src/editor/yaml-edit/diff.ts): one per changed leaf,
 * lists matched by id or by position, the JSON pointers of what changed; and, applied to an example
 * file, the new data with the rest of the file left alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyEdits } from '../../../../src/editor/yaml-edit/apply.ts';
import { changedPaths, diffData } from '../../../../src/editor/yaml-edit/diff.ts';
import { REPO } from '../../../helpers/fixtures.ts';
import { refApply } from '../../../helpers/yaml-edit-reference.ts';

describe('diffData and changedPaths', () => {
  const before = {
    id: 't',
    title: { 'zh-CN': '甲', en: 'A' },
    items: [
      { id: 'a', text: 'A' },
      { id: 'b', text: 'B' },
      { id: 'c', text: 'C' },
    ],
    sops: ['x', 'y'],
    changelog: [{ version: '1.0.0' }],
  };

  it('one set per changed leaf, id-matched list edits, position-matched lists keep unchanged items', () => {
    const after = {
      id: 't',
      title: { 'zh-CN': '甲', en: 'A2', ja: 'エー' },
      items: [
        { id: 'c', text: 'C' },
        { id: 'a', text: 'A!' },
        { id: 'd', text: 'D' },
      ],
      sops: ['x', 'z', 'y'],
      changelog: [{ version: '1.1.0' }, { version: '1.0.0' }],
    };
    const edits = diffData(before, after);
    expect(edits).toEqual([
      { op: 'set', path: ['title', 'en'], value: 'A2' },
      { op: 'set', path: ['title', 'ja'], value: 'エー' },
      { op: 'delete', path: ['items', 1] },
      { op: 'move', path: ['items'], from: 1, to: 0 },
      { op: 'insert', path: ['items'], index: 2, value: { id: 'd', text: 'D' } },
      { op: 'set', path: ['items', 1, 'text'], value: 'A!' },
      { op: 'insert', path: ['sops'], index: 1, value: 'z' },
      { op: 'insert', path: ['changelog'], index: 0, value: { version: '1.1.0' } },
    ]);
    expect(edits.reduce(refApply, before)).toEqual(after);
    expect(changedPaths(before, after)).toEqual([
      '/title/en',
      '/title/ja',
      '/items/1',
      '/items/0',
      '/items/1/text',
      '/items/2',
      '/sops/1',
      '/changelog/0',
    ]);
    expect(changedPaths(before, before)).toEqual([]);
    expect(changedPaths({ 'a/b': 1 }, { 'a/b': 2 })).toEqual(['/a~1b']);
  });

  it('applied to the source, the diff gives the new data and leaves the rest of the file alone', () => {
    const src = readFileSync(join(REPO, 'standards', 'touchpoints', 'pm-pedestrian-gate.yaml'), 'utf8');
    const data = parse(src);
    const after = structuredClone(data);
    after.items[3].check.en = 'Changed check.';
    after.items.splice(5, 1);
    after.items.unshift({ ...structuredClone(after.items[1]), id: 'first-now' });
    after.sops.push('sop-follow-up-verification');
    after.title.ja = '歩行者入口';
    const out = applyEdits(src, diffData(data, after));
    expect(parse(out)).toEqual(after);
    const changed = out.split('\n').filter((l) => !src.split('\n').includes(l));
    expect(changed).toContain('      en: Changed check.');
    expect(changed).toContain('  ja: 歩行者入口');
    expect(changed).toContain('  - sop-follow-up-verification');
    expect(changed).toContain('  - id: first-now');
  });

  // What the form does one step at a time (test/unit/editor/form-operations.property.test.ts found
  // both): an entry keeps its comments and layout when its id is typed over or it is moved.
  const notes = [
    'items:',
    '  # the first',
    '  - id: a',
    '    text: { en: A } # flow',
    '  - id: b',
    '    text: B',
    'changelog:',
    '  # newest',
    '  - version: 1.1.0 # minor',
    '    reason: { en: Second }',
    '  - version: 1.0.0',
    '',
  ].join('\n');

  it('an id typed over in place sets that id: the entry is not removed and written anew', () => {
    const data = parse(notes);
    const after = structuredClone(data);
    after.items[0].id = 'a2';
    expect(diffData(data, after)).toEqual([{ op: 'set', path: ['items', 0, 'id'], value: 'a2' }]);
    expect(changedPaths(data, after)).toEqual(['/items/0/id']);
    expect(applyEdits(notes, diffData(data, after))).toBe(notes.replace('- id: a', '- id: a2'));
  });

  it('an entry of a list without ids moved is moved, with its comments', () => {
    const data = parse(notes);
    const after = structuredClone(data);
    after.changelog.reverse();
    expect(diffData(data, after)).toEqual([{ op: 'move', path: ['changelog'], from: 0, to: 1 }]);
    const out = applyEdits(notes, diffData(data, after));
    expect(parse(out)).toEqual(after);
    expect(out.split('\n').slice(6)).toEqual([
      'changelog:',
      '  - version: 1.0.0',
      '  # newest',
      '  - version: 1.1.0 # minor',
      '    reason: { en: Second }',
      '',
    ]);
  });
});
