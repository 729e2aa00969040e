/**
 * "Add" in the editor's form (src/editor/new-entry.ts): on every list of every example file of
 * every kind the form edits, the entry it appends keeps the file as valid as it was, as the
 * browser gate judges it, and its id is new in its list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { allFields, optionsFor, type Field } from '../../../src/editor/form-model.ts';
import { entryName, freshId, newEntry, newObject, type NewEntryContext } from '../../../src/editor/new-entry.ts';
import { applyEdits } from '../../../src/editor/yaml-edit/apply.ts';
import { diffData } from '../../../src/editor/yaml-edit/diff.ts';
import { handbookIndex } from '../../../src/gate/handbook-index.ts';
import { checkFileInBrowser, loadGateFor } from '../../../src/gate/in-browser.ts';
import { loadHandbook } from '../../../src/gate/load-handbook.ts';
import { formFields, kindOf } from '../../../src/widgets/editor/open-file.ts';

const ROOT = join(import.meta.dirname, '../../../standards');
const loaded = loadHandbook(ROOT);
const index = handbookIndex(loaded.model!);
const TODAY = '2026-12-08';

const context = (root: unknown): NewEntryContext => ({
  choices: (field, at) => optionsFor({ ...field, path: [...at] }, index, root, 'zh-CN'),
  placeholder: '待填写',
  today: TODAY,
  version: (root as { version?: string }).version,
});

/** The YAML files the form edits, by path under the handbook folder. */
const files = ['touchpoints', 'sops', 'checklists'].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `${dir}/${f}`),
);

/** Every concrete place of a list field in `data`: '*' in its path stands for each entry. */
function placesOf(field: Field, data: unknown): (string | number)[][] {
  const walk = (value: unknown, rest: readonly (string | number)[], at: (string | number)[]): (string | number)[][] => {
    if (rest.length === 0) return [at];
    const [head, ...tail] = rest;
    if (head === '*') return Array.isArray(value) ? value.flatMap((v, i) => walk(v, tail, [...at, i])) : [];
    if (value && typeof value === 'object' && !Array.isArray(value))
      return walk((value as Record<string, unknown>)[head as string], tail, [...at, head!]);
    return [];
  };
  return walk(data, field.path, []);
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], data);
}

function withValueAt(data: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(data) as Record<string | number, unknown>;
  let parent = copy;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  parent[path.at(-1)!] = value;
  return copy;
}

const errorsOf = (file: string, text: string) =>
  checkFileInBrowser(file, text, index, TODAY).diagnostics.filter((d) => d.severity === 'error');

describe('Add in the form', () => {
  beforeAll(async () => {
    for (const file of files) await loadGateFor(file);
  });

  it('the example handbook loads without errors (what the cases below start from)', () => {
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(files.length).toBeGreaterThan(5);
  });

  for (const file of files) {
    it(`${file}: every list gets an entry that keeps the file valid, with a new id`, () => {
      const text = readFileSync(join(ROOT, file), 'utf8');
      const data = checkFileInBrowser(file, text, index, TODAY).data;
      const lists = allFields(formFields(kindOf(file))).filter((f) => f.kind === 'list');
      let tried = 0;
      for (const list of lists) {
        for (const at of placesOf(list, data)) {
          const existing = (valueAt(data, at) as unknown[] | undefined) ?? [];
          if (!Array.isArray(existing)) continue;
          if (list.max !== undefined && existing.length >= list.max) continue;
          const entry = newEntry(list, at, existing, context(data));
          const next = withValueAt(data, at, [...existing, entry]);
          const written = applyEdits(text, diffData(data, next));
          expect(errorsOf(file, written), `${file} ${at.join('.')} + ${JSON.stringify(entry)}`).toEqual([]);
          const id = (entry as { id?: unknown }).id;
          if (id !== undefined) expect(existing.map((e) => (e as { id?: unknown }).id)).not.toContain(id);
          tried++;
        }
      }
      expect(tried).toBeGreaterThan(0);
    });
  }

  it('an optional object opened by Add holds its required fields and nothing else', () => {
    for (const kind of ['touchpoint', 'sop', 'checklist', 'case'] as const) {
      for (const field of allFields(formFields(kind)).filter((f) => f.kind === 'object' && !f.required)) {
        const made = newObject(field, field.path, context({})) as Record<string, unknown>;
        expect(Object.keys(made).sort()).toEqual(
          (field.fields ?? [])
            .filter((f) => f.required)
            .map((f) => f.key)
            .sort(),
        );
      }
    }
  });
});

describe('freshId', () => {
  const id = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/);

  it('is never one of the ids taken, and is an id', () => {
    fc.assert(
      fc.property(fc.array(id, { maxLength: 12 }), id, (taken, stem) => {
        const made = freshId(taken, stem);
        expect(taken).not.toContain(made);
        expect(made).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }),
    );
  });

  it('numbers after the last numbered id, as wide as it was', () => {
    expect(freshId(['pm-eg-01', 'pm-eg-02'], 'item')).toBe('pm-eg-03');
    expect(freshId(['s9'], 'step')).toBe('s10');
    expect(freshId(['a', 'b'], 'option')).toBe('option-3');
    expect(freshId([], 'item')).toBe('item-1');
  });

  it('takes linear time on long runs of digits', () => {
    const taken = [`${'1'.repeat(5000)}x`, '9'.repeat(5000)];
    expect(freshId(taken, 'item')).not.toBe(taken[1]);
  });

  it('names an entry of a list', () => {
    expect([entryName('items'), entryName('priorities'), entryName('steps'), entryName('')]).toEqual([
      'item',
      'priority',
      'step',
      'entry',
    ]);
  });
});
