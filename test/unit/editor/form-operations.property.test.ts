/**
 * The editor's form and its YAML never disagree (fast-check, fixed seed; TOUCHSTONE_FUZZ_RUNS=50
 * for a longer run). On every example touchpoint, SOP and checklist — as published, and with
 * comments added before keys and after values — random sequences of what a person does in the
 * form (type into a field at any depth, pick a choice, tick an id, add an entry as "Add" makes it,
 * remove or move one, open or remove an optional group, empty a field) go through the form's own
 * write path: the helpers FieldEditor.svelte calls (field-values.ts, new-entry.ts), then
 * EditorState.update's `applyEdits(text, diffData(data, next))`. After every step:
 *  (a) the text reads back, through the gate's parser, as exactly the data the form made;
 *  (b) the gate's errors on the text are the errors it finds in the same data written afresh
 *      (so the form's verdict is the data's, not the text's), and each error with a place in the
 *      data is placed by form-places.ts at a field the form shows, never only at the file;
 *  (c) the lines that changed are within the entries at the changed paths (changedPaths), in the
 *      text before and after, and every comment outside a removed entry is still there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Document } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { formPlaces, placeOf } from '../../../src/editor/form-places.ts';
import { applyEdits } from '../../../src/editor/yaml-edit/apply.ts';
import { changedPaths, diffData } from '../../../src/editor/yaml-edit/diff.ts';
import { toPointer } from '../../../src/editor/yaml-edit/edit.ts';
import { handbookIndex } from '../../../src/gate/handbook-index.ts';
import { checkFileInBrowser, loadGateFor } from '../../../src/gate/in-browser.ts';
import { loadHandbook } from '../../../src/gate/load-handbook.ts';
import { EDITOR_STRINGS } from '../../../src/i18n/editor.ts';
import { fieldOptions } from '../../../src/widgets/editor/field-values.ts';
import { formFields, kindOf } from '../../../src/widgets/editor/open-file.ts';
import { perform, type FormWorld, type Operation, type Path } from '../../helpers/form-operations.ts';
import {
  changesOnly,
  entryLines,
  entryRange,
  isFlowOrEmpty,
  lineDiff,
  linesOf,
  pathOfPointer,
  withComments,
  type Lines,
} from '../../helpers/yaml-lines.ts';

const SEED = 20261215;
const RUNS = Number(process.env['TOUCHSTONE_FUZZ_RUNS'] ?? 2);
const ROOT = join(import.meta.dirname, '../../../standards');
const TODAY = '2026-12-08';
const index = handbookIndex(loadHandbook(ROOT).model!);
const defaultLocale = index.config.defaultLocale;

/** What EditorPage.newEntryContext gives "Add", with a fixed today. */
const world: FormWorld = {
  index,
  locale: 'zh-CN',
  newEntryContext: (root) => ({
    choices: (field, at) => fieldOptions(field, [...at], index, root, 'zh-CN'),
    placeholder: EDITOR_STRINGS[defaultLocale === 'en' ? 'en' : 'zh-CN'].placeholder,
    today: TODAY,
    version:
      typeof (root as { version?: unknown }).version === 'string' ? (root as { version: string }).version : undefined,
  }),
};

const files = ['touchpoints', 'sops', 'checklists'].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `${dir}/${f}`),
);

// ── what a person types ─────────────────────────────────────────────────────────

/** Texts for every kind of input: valid values of each format, and what is not one. */
const typed = fc.oneof(
  fc.constantFrom(
    '',
    '新的说明：按时完成。',
    'New wording, with a comma',
    'a: b # not a comment',
    '多行\n文字',
    "it's",
    '- dash',
    ' lead',
    'true',
    '123',
    '>= 300 lux',
    '<= 5 min',
    '>= 3 00',
    '95%',
    'P1D',
    'PT30M',
    'P',
    '2027-01-31',
    '2027-02-30',
    '1.3.0',
    '1.3.0.1',
    'PM-09',
    'pm 09',
    'new-entry-id',
    'Bad Id',
    '#1a2b3c',
  ),
  fc.string({ maxLength: 8 }),
);

const operation: fc.Arbitrary<Operation> = fc.record({
  op: fc.constantFrom('set', 'set', 'set', 'add', 'delete', 'move', 'move', 'clear'),
  pick: fc.nat({ max: 10_000 }),
  choice: fc.nat({ max: 1000 }),
  typed,
  number: fc.constantFrom('', '0', '1', '2.5', '-1', '100', '101', '1000', '1001', '1e2'),
});

// ── what the step must keep ─────────────────────────────────────────────────────

const withFinalNewline = (text: string) => (text === '' || text.endsWith('\n') ? text : `${text}\n`);
const check = (file: string, text: string) => checkFileInBrowser(file, text, index, TODAY);
const errorsOf = (diagnostics: readonly { severity: string; code: string; pointer: string }[]) =>
  diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => `${d.code} ${d.pointer}`)
    .sort();

/** The lines an edit of the entries at `pointers` may touch in one version of the text. */
function allowedLines(lines: Lines, other: Lines, pointers: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const pointer of pointers) {
    const path = pathOfPointer(pointer);
    for (const l of entryLines(lines, path)) out.add(l);
    // An entry added to or removed from a list or map written as [] / {} / [a, b], or made so:
    // the line that holds the collection changes too.
    const parent = path.slice(0, -1);
    if (isFlowOrEmpty(lines, parent) || isFlowOrEmpty(other, parent))
      for (const l of parent.length ? entryLines(lines, parent) : []) out.add(l);
  }
  return out;
}

/** The comment marks in `text` that are not inside the entries at `pointers` (those may go with them). */
function commentsOutside(text: string, marks: readonly string[], lines: Lines, pointers: readonly string[]): string[] {
  const ranges = pointers.flatMap((p) => {
    const r = entryRange(lines, pathOfPointer(p));
    return r ? [r] : [];
  });
  return marks.filter((mark) => {
    const at = text.indexOf(`# ${mark}`);
    return at >= 0 && !ranges.some(([s, e]) => at >= s && at < e);
  });
}

/**
 * The entries of lists whose order changed (the same entries, some elsewhere): changedPaths names
 * the entry moved, but the line diff of a move may as well show its neighbour moving the other way.
 */
function reordered(before: unknown, after: unknown, at: Path = []): string[] {
  if (Array.isArray(before) && Array.isArray(after)) {
    const key = (v: unknown) => JSON.stringify(v);
    const same =
      before.length === after.length && [...before.map(key)].sort().join() === [...after.map(key)].sort().join();
    if (same) return before.flatMap((v, k) => (key(v) === key(after[k]) ? [] : [toPointer([...at, k])]));
    return before.flatMap((v, k) => (k < after.length ? reordered(v, after[k], [...at, k]) : []));
  }
  if (before && after && typeof before === 'object' && typeof after === 'object')
    return Object.keys(before).flatMap((k) =>
      reordered((before as Record<string, unknown>)[k], (after as Record<string, unknown>)[k], [...at, k]),
    );
  return [];
}

/** A text in the editor, the data the form reads from it, and its lines. */
interface Editing {
  text: string;
  data: unknown;
  lines: Lines;
}

const opened = (file: string, text: string): Editing => ({
  text,
  data: check(file, withFinalNewline(text)).data,
  lines: linesOf(text),
});

/** One operation through the form's write path; the text after it (the same when the form did nothing). */
function step(file: string, now: Editing, marks: readonly string[], o: Operation, trail: string[]): Editing {
  const { text, data } = now;
  const fields = formFields(kindOf(file));
  const done = perform(world, fields, data, o);
  if (!done) return now;
  trail.push(done.what);
  const said = `${file}: ${trail.join(' ; ')}`;
  const { next } = done;
  // EditorState.update: only what differs is written, through lossless edits.
  let written = text;
  expect(() => (written = applyEdits(text, diffData(data, next))), said).not.toThrow();

  // (a) The form reads the text as exactly what it wrote.
  const after = check(file, written);
  expect(after.data, said).toStrictEqual(next);

  // (b) The gate's verdict on the text is the verdict on the data, written afresh.
  const fresh = new Document(next).toString();
  const oracle = check(file, fresh);
  expect(oracle.data, `${said} (the data written afresh)`).toStrictEqual(next);
  expect(errorsOf(after.diagnostics), said).toEqual(errorsOf(oracle.diagnostics));
  const places = formPlaces(fields, after.data);
  for (const d of after.diagnostics.filter((x) => x.severity === 'error' && x.pointer !== ''))
    expect(placeOf(d.pointer, places), `${said}: ${d.code} at ${d.pointer}`).not.toBe('');

  // (c) Only the changed entries' lines change, and comments outside removed entries stay.
  const changed = [...new Set([...changedPaths(data, next), ...changedPaths(next, data), ...reordered(data, next)])];
  const beforeLines = now.lines;
  const afterLines = linesOf(written);
  const mayDelete = allowedLines(beforeLines, afterLines, changed);
  const mayInsert = allowedLines(afterLines, beforeLines, changed);
  if (!changesOnly(text, written, mayDelete, mayInsert)) {
    const { deleted, inserted } = lineDiff(text, written);
    const lines = [
      ...deleted.filter((l) => !mayDelete.has(l)).map((l) => `-${l}: ${text.split('\n')[l - 1]}`),
      ...inserted.filter((l) => !mayInsert.has(l)).map((l) => `+${l}: ${written.split('\n')[l - 1]}`),
    ];
    expect(lines, `${said}: lines changed outside ${changed.join(', ')}`).toEqual([]);
  }
  // Removed: the entry the form deleted, and keys that are gone (a map's keys are not renumbered).
  const removed = [
    ...(done.removed ? [toPointer(done.removed)] : []),
    ...changed.filter((p) => {
      const path = pathOfPointer(p);
      const parent = path.slice(0, -1).reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], data);
      return !Array.isArray(parent) && entryRange(afterLines, path) === undefined;
    }),
  ];
  for (const mark of commentsOutside(text, marks, beforeLines, removed))
    expect(written, `${said}: comment ${mark}`).toContain(`# ${mark}`);
  return { text: written, data: after.data, lines: afterLines };
}

describe('form operations keep the YAML and the form in agreement', () => {
  beforeAll(async () => {
    for (const file of files) await loadGateFor(file);
  });

  it('covers every example touchpoint, SOP and checklist', () => {
    expect(files.filter((f) => f.startsWith('touchpoints/')).length).toBeGreaterThan(3);
    expect(files.filter((f) => f.startsWith('sops/')).length).toBeGreaterThan(1);
    expect(files.filter((f) => f.startsWith('checklists/')).length).toBeGreaterThan(0);
  });

  files.forEach((file, k) => {
    const published = readFileSync(join(ROOT, file), 'utf8');
    const commented = withComments(published, 3);

    it(`${file}: comments added for the test leave its data as it was`, () => {
      expect(commented.marks.length).toBeGreaterThan(3);
      expect(check(file, commented.text).data).toStrictEqual(check(file, published).data);
    });

    it(`${file}: every step keeps text, data and verdict in agreement`, () => {
      const startPublished = opened(file, published);
      const startCommented = opened(file, commented.text);
      let steps = 0;
      fc.assert(
        fc.property(
          fc.constantFrom(true, true, false),
          fc.array(operation, { minLength: 3, maxLength: 6 }),
          (notes, ops) => {
            const marks = notes ? commented.marks : [];
            const trail: string[] = [];
            let now = notes ? startCommented : startPublished;
            for (const o of ops) now = step(file, now, marks, o, trail);
            steps += trail.length;
          },
        ),
        // A seed of its own for each file: the same operations on every file would test less.
        { seed: SEED + k, numRuns: RUNS },
      );
      // The form did something at most steps (an operation it offers nothing for is skipped).
      expect(steps).toBeGreaterThan(RUNS);
    });
  });
});
