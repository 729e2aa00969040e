/**
 * Lossless YAML edits (src/editor/yaml-edit/apply.ts): on every example file, one edit of each kind,
 * and for each the re-parsed data, and the exact text — every line outside the edited node
 * byte-identical. (diff.test.ts: the edits between two versions of the data.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isMap,
  isScalar,
  isSeq,
  parse,
  parseDocument,
  type Document,
  type ParsedNode,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { applyEdit, applyEdits } from '../../../../src/editor/yaml-edit/apply.ts';
import { changedPaths, diffData } from '../../../../src/editor/yaml-edit/diff.ts';
import { EditError, type Edit, type Path } from '../../../../src/editor/yaml-edit/edit.ts';
import { REPO } from '../../../helpers/fixtures.ts';
import { refApply, type Obj } from '../../../helpers/yaml-edit-reference.ts';

const STANDARDS = join(REPO, 'standards');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? yamlFiles(full) : name.endsWith('.yaml') ? [full] : [];
    })
    .sort();
}

const FILES = yamlFiles(STANDARDS).map((full) => ({
  name: relative(STANDARDS, full),
  text: readFileSync(full, 'utf8'),
}));

// ───────── edits checked against the independent reference (test/helpers/yaml-edit-reference.ts) ─────────

/** Applies the edit and checks the result reads back as the reference data. */
function edit(src: string, e: Edit): string {
  const out = applyEdit(src, e);
  expect(parse(out)).toEqual(refApply(parse(src), e));
  return out;
}

// ───────── finding nodes of each kind in a file ─────────

/** A node of the parsed file (null: a key without a value), where it is, and whether inside a flow collection. */
interface Found<N extends ParsedNode | null = ParsedNode | null> {
  path: Path;
  node: N;
  inFlow: boolean;
}

function nodes(doc: Document.Parsed): Found[] {
  const out: Found[] = [];
  const walk = (node: ParsedNode | null, path: Path, inFlow: boolean) => {
    out.push({ path, node, inFlow });
    if (isMap(node))
      for (const pair of node.items)
        walk(
          pair.value,
          [...path, String(isScalar(pair.key) ? pair.key.value : pair.key)],
          inFlow || Boolean(node.flow),
        );
    else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i], inFlow || Boolean(node.flow)));
  };
  walk(doc.contents, [], false);
  return out;
}

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length - 1;
const spliced = (text: string, from: number, to: number, insert: string) =>
  text.slice(0, from) + insert + text.slice(to);

/** The lines of a block-list item as a reader sees them: its dash line to its last line, with the comment lines right above it. */
function itemLines(text: string, seq: YAMLSeq.Parsed, index: number): [number, number] {
  const lines = text.split('\n');
  const dashLine = (i: number) => {
    const node = seq.items[i]!;
    // The dash is the last "-" before the item's value on or above its first line.
    let l = lineOf(text, node.range[0]);
    while (!/^\s*- /.test(lines[l]!) && !/^\s*-$/.test(lines[l]!)) l--;
    return l;
  };
  const col = (l: number) => lines[l]!.length - lines[l]!.trimStart().length;
  const first = (i: number) => {
    let l = dashLine(i);
    const c = col(dashLine(i));
    while (l > 0 && lines[l - 1]!.trim().startsWith('#') && col(l - 1) <= c) l--;
    return l;
  };
  const start = first(index);
  let end: number;
  if (index + 1 < seq.items.length) end = first(index + 1) - 1;
  else {
    const c = col(dashLine(index));
    end = dashLine(index);
    while (end + 1 < lines.length && lines[end + 1]!.trim() !== '' && col(end + 1) > c) end++;
  }
  return [start, end];
}

interface Kinds {
  plain?: Found<Scalar.Parsed> | undefined;
  quoted?: Found<Scalar.Parsed> | undefined;
  number?: Found<Scalar.Parsed> | undefined;
  boolean?: Found<Scalar.Parsed> | undefined;
  flowText?: Found<YAMLMap.Parsed> | undefined;
  blockText?: Found<YAMLMap.Parsed> | undefined;
  nestedField?: Found<Scalar.Parsed> | undefined;
  idList?: Found<YAMLSeq.Parsed> | undefined;
  mapList?: Found<YAMLSeq.Parsed> | undefined;
}

const foundScalar = (f: Found): f is Found<Scalar.Parsed> => isScalar(f.node);
const foundMap = (f: Found): f is Found<YAMLMap.Parsed> => isMap(f.node);
const foundSeq = (f: Found): f is Found<YAMLSeq.Parsed> => isSeq(f.node);

function kindsOf(text: string): Kinds {
  const doc = parseDocument(text);
  const all = nodes(doc);
  // Each sort of node in the file's order, as `all` has them.
  const scalars = all.filter(foundScalar);
  const maps = all.filter(foundMap);
  const seqs = all.filter(foundSeq);
  const k: Kinds = {};
  k.plain = scalars.find(
    (f) =>
      f.path.length === 1 &&
      f.node.type === 'PLAIN' &&
      typeof f.node.value === 'string' &&
      ['version', 'id'].includes(String(f.path[0])),
  );
  k.quoted =
    scalars.find((f) => f.node.type === 'QUOTE_DOUBLE' && f.path.at(-1) === 'threshold') ??
    scalars.find((f) => f.node.type === 'QUOTE_DOUBLE' && !f.inFlow);
  k.number = scalars.find((f) => typeof f.node.value === 'number');
  k.boolean = scalars.find((f) => typeof f.node.value === 'boolean');
  const isText = (f: Found<YAMLMap.Parsed>) =>
    f.node.has('en') && f.node.has('zh-CN') && f.node.items.length === 2 && f.path.length > 0;
  k.flowText = maps.find((f) => isText(f) && f.node.flow);
  k.blockText = maps.find(
    (f) =>
      isText(f) &&
      !f.node.flow &&
      !f.inFlow &&
      f.node.items.every((p) => lineOf(text, p.value!.range[0]) === lineOf(text, p.value!.range[1])),
  );
  const mapLists = seqs.filter((f) => !f.node.flow && f.node.items.length >= 4 && f.node.items.every((x) => isMap(x)));
  for (const list of mapLists) {
    const leaf = scalars.find(
      (f) =>
        f.path.length > list.path.length + 1 &&
        f.path[list.path.length] === 3 &&
        list.path.every((s, i) => f.path[i] === s) &&
        !f.inFlow &&
        f.path.at(-1) === 'en' &&
        f.node.type === 'PLAIN',
    );
    if (leaf) {
      k.nestedField = leaf;
      break;
    }
  }
  k.idList = seqs.find(
    (f) =>
      f.node.items.length >= 2 &&
      f.node.items.every((x) => isScalar(x) && typeof x.value === 'string' && /^[a-z0-9-]+$/.test(String(x.value))),
  );
  k.mapList = seqs.find((f) => !f.node.flow && f.node.items.length >= 3 && f.node.items.every((x) => isMap(x)));
  return k;
}

const KINDS = FILES.map((f) => ({ ...f, kinds: kindsOf(f.text) }));

it('the example files hold every kind of field that is edited below', () => {
  expect(FILES.length).toBeGreaterThanOrEqual(20);
  const count = (key: keyof Kinds) => KINDS.filter((f) => f.kinds[key]).length;
  expect(count('plain')).toBe(FILES.length);
  expect(count('quoted')).toBeGreaterThanOrEqual(5);
  expect(count('number')).toBeGreaterThanOrEqual(10);
  expect(count('boolean')).toBeGreaterThanOrEqual(10);
  expect(count('flowText')).toBeGreaterThanOrEqual(15);
  expect(count('blockText')).toBeGreaterThanOrEqual(20);
  expect(count('nestedField')).toBeGreaterThanOrEqual(15);
  expect(count('idList')).toBeGreaterThanOrEqual(15);
  expect(count('mapList')).toBe(FILES.length);
  expect(KINDS.some((f) => f.kinds.quoted?.path.at(-1) === 'threshold')).toBe(true);
  expect(
    KINDS.filter((f) => f.kinds.idList?.node.flow).length +
      KINDS.filter((f) => f.kinds.idList && !f.kinds.idList.node.flow).length,
  ).toBe(count('idList'));
});

// ───────── every example file, every kind ─────────

/**
 * A test only for the files that hold that kind of field. Not `it.runIf`: a file without the
 * field gets no test at all instead of a skipped one (the test above checks every kind is
 * covered by enough files).
 */
function itIf(condition: unknown): (name: string, fn: () => void) => void {
  return condition ? (name, fn) => it(name, fn) : () => {};
}

describe.each(KINDS)('$name', ({ text, kinds }) => {
  it('sets a plain scalar: only the value changes', () => {
    const f = kinds.plain!;
    const [s, e] = f.node.range;
    const value = f.path[0] === 'version' ? '9.8.7' : 'renamed-id';
    expect(edit(text, { op: 'set', path: f.path, value })).toBe(spliced(text, s, e, value));
  });

  itIf(kinds.quoted)('sets a quoted scalar: it stays double-quoted', () => {
    const f = kinds.quoted!;
    const [s, e] = f.node.range;
    expect(edit(text, { op: 'set', path: f.path, value: '>= 301 lux' })).toBe(spliced(text, s, e, '">= 301 lux"'));
    // A value that would need no quotes keeps them too.
    expect(edit(text, { op: 'set', path: f.path, value: 'plain' })).toBe(spliced(text, s, e, '"plain"'));
  });

  itIf(kinds.number)('sets a number', () => {
    const f = kinds.number!;
    const [s, e] = f.node.range;
    const value = (f.node.value as number) + 1.5;
    expect(edit(text, { op: 'set', path: f.path, value })).toBe(spliced(text, s, e, String(value)));
    // A number-like string is quoted (it would read back as a number otherwise).
    expect(edit(text, { op: 'set', path: f.path, value: '42' })).toBe(spliced(text, s, e, '"42"'));
  });

  itIf(kinds.boolean)('sets a boolean', () => {
    const f = kinds.boolean!;
    const [s, e] = f.node.range;
    expect(edit(text, { op: 'set', path: f.path, value: !f.node.value })).toBe(
      spliced(text, s, e, String(!f.node.value)),
    );
  });

  itIf(kinds.flowText)('edits, adds and deletes a locale in a flow text map on its one line', () => {
    const f = kinds.flowText!;
    const en = f.node.get('en', true)!;
    const [s, e] = en.range!;
    // Needs quotes inside braces: a comma. Plain stays plain otherwise; quoted stays quoted.
    expect(edit(text, { op: 'set', path: [...f.path, 'en'], value: 'Changed, text' })).toBe(
      spliced(text, s, e, '"Changed, text"'),
    );
    const q = en.type === 'QUOTE_DOUBLE' ? '"' : '';
    expect(edit(text, { op: 'set', path: [...f.path, 'en'], value: 'Changed text' })).toBe(
      spliced(text, s, e, `${q}Changed text${q}`),
    );
    const last = f.node.items.at(-1)!.value!.range[1];
    expect(edit(text, { op: 'set', path: [...f.path, 'ja'], value: '日本語' })).toBe(
      spliced(text, last, last, ', ja: 日本語'),
    );
    // Delete the English entry and add it back: the file is what it was.
    const without = edit(text, { op: 'delete', path: [...f.path, 'en'] });
    expect(without.split('\n').filter((l, i) => l !== text.split('\n')[i])).toHaveLength(1);
    if (en.type === 'PLAIN') expect(edit(without, { op: 'set', path: [...f.path, 'en'], value: en.value })).toBe(text);
  });

  itIf(kinds.blockText)('edits, adds and deletes a locale in a block text map by its lines only', () => {
    const f = kinds.blockText!;
    const en = f.node.get('en', true)!;
    const [s, e] = en.range!;
    const q = en.type === 'QUOTE_DOUBLE' ? '"' : '';
    expect(edit(text, { op: 'set', path: [...f.path, 'en'], value: 'Changed text' })).toBe(
      spliced(text, s, e, `${q}Changed text${q}`),
    );
    expect(edit(text, { op: 'set', path: [...f.path, 'en'], value: 'Changed: text' })).toBe(
      spliced(text, s, e, '"Changed: text"'),
    );
    // A missing locale: a new line after the last entry, indented like its siblings.
    const lines = text.split('\n');
    const lastLine = lineOf(text, f.node.items.at(-1)!.value!.range[1]);
    const indent = lines[lineOf(text, f.node.items[0]!.key.range[0])]!.match(/^ */)![0];
    const added = [...lines.slice(0, lastLine + 1), `${indent}ja: 日本語`, ...lines.slice(lastLine + 1)].join('\n');
    expect(edit(text, { op: 'set', path: [...f.path, 'ja'], value: '日本語' })).toBe(added);
    // Delete the English line and add it back: the file is what it was.
    const enLine = lineOf(text, s);
    const without = edit(text, { op: 'delete', path: [...f.path, 'en'] });
    expect(without).toBe([...lines.slice(0, enLine), ...lines.slice(enLine + 1)].join('\n'));
    if (en.type === 'PLAIN') expect(edit(without, { op: 'set', path: [...f.path, 'en'], value: en.value })).toBe(text);
  });

  itIf(kinds.nestedField)('sets a text entry of the fourth item of a list', () => {
    const f = kinds.nestedField!;
    const [s, e] = f.node.range;
    expect(f.path).toContain(3);
    expect(edit(text, { op: 'set', path: f.path, value: 'Observe from the door; note the time.' })).toBe(
      spliced(text, s, e, 'Observe from the door; note the time.'),
    );
  });

  itIf(kinds.idList)('adds and removes ids in a list of ids', () => {
    const f = kinds.idList!;
    const items = f.node.items;
    const lines = text.split('\n');
    if (f.node.flow) {
      const at = items[1]!.range[0];
      expect(edit(text, { op: 'insert', path: f.path, index: 1, value: 'new-id' })).toBe(
        spliced(text, at, at, 'new-id, '),
      );
      const end = items.at(-1)!.range[1];
      expect(edit(text, { op: 'insert', path: f.path, index: items.length, value: 'new-id' })).toBe(
        spliced(text, end, end, ', new-id'),
      );
      expect(edit(text, { op: 'delete', path: [...f.path, 0] })).toBe(
        spliced(text, items[0]!.range[0], items[1]!.range[0], ''),
      );
    } else {
      const l1 = lineOf(text, items[1]!.range[0]);
      const dash = lines[l1]!.match(/^ *- */)![0];
      expect(edit(text, { op: 'insert', path: f.path, index: 1, value: 'new-id' })).toBe(
        [...lines.slice(0, l1), `${dash}new-id`, ...lines.slice(l1)].join('\n'),
      );
      const l0 = lineOf(text, items[0]!.range[0]);
      expect(edit(text, { op: 'delete', path: [...f.path, 0] })).toBe(
        [...lines.slice(0, l0), ...lines.slice(l0 + 1)].join('\n'),
      );
      // Through the form's diff: the same one-line change.
      const data = parse(text);
      const list = [...(f.path.reduce<unknown>((o, k) => (o as Obj)[k], data) as string[])];
      list.splice(1, 0, 'new-id');
      expect(diffData(data, refApply(data, { op: 'set', path: f.path, value: list }))).toEqual([
        { op: 'insert', path: f.path, index: 1, value: 'new-id' },
      ]);
    }
  });

  it('inserts an item into a list of maps: new lines only, right before the item it precedes', () => {
    const f = kinds.mapList!;
    const data = parse(text);
    const list = f.path.reduce<unknown>((o, k) => (o as Obj)[k], data) as Obj[];
    const item: Obj = { ...structuredClone(list[2]!), ...(list[2]!['id'] !== undefined ? { id: 'brand-new' } : {}) };
    const out = edit(text, { op: 'insert', path: f.path, index: 2, value: item });
    const lines = text.split('\n');
    const outLines = out.split('\n');
    const [start] = itemLines(text, f.node, 2);
    const addedCount = outLines.length - lines.length;
    expect(addedCount).toBeGreaterThan(0);
    expect(outLines.slice(0, start)).toEqual(lines.slice(0, start));
    expect(outLines.slice(start + addedCount)).toEqual(lines.slice(start));
    // Formatted like the item it precedes: the same lines apart from the id (and comments, which are not copied).
    const [s2, e2] = itemLines(text, f.node, 2);
    const neighbour = lines.slice(s2, e2 + 1).filter((l) => !l.trim().startsWith('#'));
    expect(
      outLines.slice(start, start + addedCount).map((l) => l.replace('brand-new', String(list[2]!['id']))),
    ).toEqual(neighbour);
  });

  it('deletes an item of a list of maps: exactly its lines go', () => {
    const f = kinds.mapList!;
    const lines = text.split('\n');
    const [s, e] = itemLines(text, f.node, 1);
    expect(edit(text, { op: 'delete', path: [...f.path, 1] })).toBe(
      [...lines.slice(0, s), ...lines.slice(e + 1)].join('\n'),
    );
  });

  it('moves an item of a list of maps: its lines move, nothing else changes', () => {
    const f = kinds.mapList!;
    const n = f.node.items.length;
    const lines = text.split('\n');
    const [s0, e0] = itemLines(text, f.node, 0);
    const [, eLast] = itemLines(text, f.node, n - 1);
    const block = lines.slice(s0, e0 + 1);
    const rest = lines.slice(e0 + 1, eLast + 1);
    const moved = [...lines.slice(0, s0), ...rest, ...block, ...lines.slice(eLast + 1)].join('\n');
    const out = edit(text, { op: 'move', path: f.path, from: 0, to: n - 1 });
    expect(out).toBe(moved);
    // …and back.
    expect(edit(out, { op: 'move', path: f.path, from: n - 1, to: 0 })).toBe(text);
  });

  it('a whole-document diff from the form touches only the changed line', () => {
    const f = kinds.plain!;
    const before = parse(text);
    const after = refApply(before, { op: 'set', path: f.path, value: 'changed-by-form' });
    const edits = diffData(before, after);
    expect(edits).toEqual([{ op: 'set', path: f.path, value: 'changed-by-form' }]);
    const [s, e] = f.node.range;
    expect(applyEdits(text, edits)).toBe(spliced(text, s, e, 'changed-by-form'));
    expect(changedPaths(before, after)).toEqual(['/' + String(f.path[0])]);
  });

  it('CRLF stays CRLF, and a file without a final line break stays without one', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    const bare = text.replace(/\n$/, '');
    const f = kinds.mapList!;
    const edits: Edit[] = [
      { op: 'set', path: kinds.plain!.path, value: '2.0.0' },
      { op: 'insert', path: f.path, index: f.node.items.length, value: { id: 'appended', note: 'at the end' } },
      { op: 'move', path: f.path, from: 0, to: 1 },
      { op: 'delete', path: [...f.path, 1] },
      { op: 'set', path: ['zz-new-key'], value: { list: ['a', 'b'], flag: true } },
    ];
    if (kinds.blockText) edits.push({ op: 'set', path: [...kinds.blockText.path, 'ja'], value: '日本語' });
    if (kinds.flowText) edits.push({ op: 'set', path: [...kinds.flowText.path, 'en'], value: 'x, y' });
    for (const e of edits) {
      const lf = applyEdit(text, e);
      expect(applyEdit(crlf, e), JSON.stringify(e)).toBe(lf.replace(/\n/g, '\r\n'));
      expect(applyEdit(bare, e), JSON.stringify(e)).toBe(lf.replace(/\n$/, ''));
    }
    const all = applyEdits(crlf, edits);
    expect(all.replace(/\r\n/g, '')).not.toContain('\n');
    expect(all).toBe(applyEdits(text, edits).replace(/\n/g, '\r\n'));
  });
});

// ───────── comments, blank lines, styles ─────────

const COMMENTED = `# header comment
id: demo # the id
version: '1.0' # quoted with single quotes
items:
  # about a
  - id: a # first
    text: A
  # about b
  # more about b
  - id: b
    text: { zh-CN: 乙, en: B } # flow text

  - id: c
    text: C
    # note under c
tail: end # last
`;

describe('comments and blank lines', () => {
  it('keeps the trailing comment of an edited line', () => {
    expect(edit(COMMENTED, { op: 'set', path: ['id'], value: 'other' })).toBe(
      COMMENTED.replace('id: demo # the id', 'id: other # the id'),
    );
    expect(edit(COMMENTED, { op: 'set', path: ['items', 0, 'id'], value: 'a2' })).toBe(
      COMMENTED.replace('- id: a # first', '- id: a2 # first'),
    );
    expect(edit(COMMENTED, { op: 'set', path: ['items', 1, 'text', 'en'], value: 'Bee' })).toBe(
      COMMENTED.replace('en: B }', 'en: Bee }'),
    );
    expect(edit(COMMENTED, { op: 'set', path: ['tail'], value: 'finish' })).toBe(
      COMMENTED.replace('tail: end', 'tail: finish'),
    );
  });

  it('keeps single quotes, and escapes inside them', () => {
    expect(edit(COMMENTED, { op: 'set', path: ['version'], value: "it's 2.0" })).toBe(
      COMMENTED.replace("'1.0'", "'it''s 2.0'"),
    );
    // A line break cannot be written in single quotes: double quotes then.
    expect(edit(COMMENTED, { op: 'set', path: ['version'], value: 'a\nb' })).toBe(
      COMMENTED.replace("'1.0'", '"a\\nb"'),
    );
  });

  it('moves the comment lines directly above an item with it', () => {
    const out = edit(COMMENTED, { op: 'move', path: ['items'], from: 1, to: 0 });
    expect(out).toBe(`# header comment
id: demo # the id
version: '1.0' # quoted with single quotes
items:
  # about b
  # more about b
  - id: b
    text: { zh-CN: 乙, en: B } # flow text
  # about a
  - id: a # first
    text: A

  - id: c
    text: C
    # note under c
tail: end # last
`);
  });

  it('deletes an item with its comments, and with one of the blank lines that set it off', () => {
    expect(edit(COMMENTED, { op: 'delete', path: ['items', 0] })).toBe(
      COMMENTED.replace('  # about a\n  - id: a # first\n    text: A\n', ''),
    );
    // c is set off by a blank line: the blank line goes with it; its indented comment too.
    expect(edit(COMMENTED, { op: 'delete', path: ['items', 2] })).toBe(
      COMMENTED.replace('\n  - id: c\n    text: C\n    # note under c\n', ''),
    );
  });

  it('inserts an item set off by a blank line like its neighbours', () => {
    const out = edit(COMMENTED, { op: 'insert', path: ['items'], index: 3, value: { id: 'd', text: 'D' } });
    expect(out).toBe(COMMENTED.replace('    # note under c\n', '    # note under c\n\n  - id: d\n    text: D\n'));
  });

  it('deletes a key with its lines, and adds one after the last key of its map', () => {
    expect(edit(COMMENTED, { op: 'delete', path: ['items', 1, 'text'] })).toBe(
      COMMENTED.replace('    text: { zh-CN: 乙, en: B } # flow text\n', ''),
    );
    expect(edit(COMMENTED, { op: 'set', path: ['items', 0, 'note'], value: 'new' })).toBe(
      COMMENTED.replace('    text: A\n', '    text: A\n    note: new\n'),
    );
    expect(edit(COMMENTED, { op: 'set', path: ['owner'], value: { 'zh-CN': '甲', en: 'A' } })).toBe(
      COMMENTED + 'owner:\n  zh-CN: 甲\n  en: A\n',
    );
    // The first key of an item: the next key moves up onto the dash line.
    expect(edit(COMMENTED, { op: 'delete', path: ['items', 2, 'id'] })).toBe(
      COMMENTED.replace('  - id: c\n    text: C', '  - text: C'),
    );
  });

  it('a new nested map is formatted like the same key in a sibling item (flow there, flow here)', () => {
    expect(edit(COMMENTED, { op: 'set', path: ['items', 2, 'text'], value: { 'zh-CN': '丙', en: 'C' } })).toBe(
      COMMENTED.replace('    text: C\n', '    text: { zh-CN: 丙, en: C }\n'),
    );
  });
});

describe('block scalars and other styles', () => {
  const SRC = `literal: |
  first line
  second line
folded: >
  some folded
  text
stripped: |- # keep me
  no final newline
list: [a, b, c]
empty: []
nothing:
seq:
  - x
`;

  it('a literal block stays a literal block, with the right chomping', () => {
    expect(edit(SRC, { op: 'set', path: ['literal'], value: 'one\ntwo\nthree\n' })).toBe(
      SRC.replace('  first line\n  second line\n', '  one\n  two\n  three\n'),
    );
    expect(edit(SRC, { op: 'set', path: ['literal'], value: 'no newline' })).toBe(
      SRC.replace('|\n  first line\n  second line\n', '|-\n  no newline\n'),
    );
    expect(edit(SRC, { op: 'set', path: ['stripped'], value: 'still\nstripped' })).toBe(
      SRC.replace('  no final newline\n', '  still\n  stripped\n'),
    );
  });

  it('a folded block stays folded', () => {
    expect(edit(SRC, { op: 'set', path: ['folded'], value: 'new folded text\n' })).toBe(
      SRC.replace('  some folded\n  text\n', '  new folded text\n'),
    );
    const out = edit(SRC, { op: 'set', path: ['folded'], value: 'para one\npara two\n' });
    expect(out).toContain('folded: >\n  para one\n\n  para two\n');
  });

  it('flow lists: insert, delete, move inside the brackets', () => {
    expect(edit(SRC, { op: 'insert', path: ['list'], index: 0, value: 'z' })).toBe(
      SRC.replace('[a, b, c]', '[z, a, b, c]'),
    );
    expect(edit(SRC, { op: 'delete', path: ['list', 2] })).toBe(SRC.replace('[a, b, c]', '[a, b]'));
    expect(edit(SRC, { op: 'move', path: ['list'], from: 2, to: 0 })).toBe(SRC.replace('[a, b, c]', '[c, a, b]'));
    expect(edit(SRC, { op: 'insert', path: ['empty'], index: 0, value: 'first' })).toBe(
      SRC.replace('empty: []', 'empty: [first]'),
    );
    expect(edit(SRC, { op: 'insert', path: ['list'], index: 1, value: 'needs, quotes' })).toBe(
      SRC.replace('[a, b, c]', '[a, "needs, quotes", b, c]'),
    );
  });

  it('the last item of a block list goes: the list becomes []', () => {
    expect(edit(SRC, { op: 'delete', path: ['seq', 0] })).toBe(SRC.replace('seq:\n  - x\n', 'seq: []\n'));
  });

  it("the last item of a block list or map goes: the comment on its key's line stays", () => {
    // Found by test/unit/editor/form-operations.property.test.ts: the form removing the last entry.
    const text = 'sops: # which SOPs apply\n  # the one\n  - a\nowner: # who\n  en: B\nnext: 1\n';
    expect(edit(text, { op: 'delete', path: ['sops', 0] })).toBe(
      'sops: [] # which SOPs apply\nowner: # who\n  en: B\nnext: 1\n',
    );
    expect(edit(text, { op: 'delete', path: ['owner', 'en'] })).toBe(
      'sops: # which SOPs apply\n  # the one\n  - a\nowner: {} # who\nnext: 1\n',
    );
  });

  it('fills an empty value, and changes the kind of a value', () => {
    expect(edit(SRC, { op: 'set', path: ['nothing'], value: 'now' })).toBe(SRC.replace('nothing:\n', 'nothing: now\n'));
    expect(edit(SRC, { op: 'insert', path: ['nothing'], index: 0, value: 'item' })).toBe(
      SRC.replace('nothing:\n', 'nothing:\n  - item\n'),
    );
    expect(edit(SRC, { op: 'set', path: ['nothing', 'deep', 'er'], value: 1 })).toBe(
      SRC.replace('nothing:\n', 'nothing:\n  deep:\n    er: 1\n'),
    );
    expect(edit(SRC, { op: 'set', path: ['list'], value: { a: 1 } })).toBe(
      SRC.replace('list: [a, b, c]', 'list: { a: 1 }'),
    );
    expect(edit(SRC, { op: 'set', path: ['seq'], value: 'scalar now' })).toBe(
      SRC.replace('seq:\n  - x\n', 'seq: scalar now\n'),
    );
    expect(edit(SRC, { op: 'set', path: ['literal'], value: { a: [1, 2] } })).toBe(
      SRC.replace('literal: |\n  first line\n  second line\n', 'literal:\n  a:\n    - 1\n    - 2\n'),
    );
  });

  it('detects the indentation of the file', () => {
    const four = 'a:\n    b: 1\nlist:\n- x\n';
    expect(edit(four, { op: 'set', path: ['c'], value: { d: { e: 1 }, f: ['y'] } })).toBe(
      four + 'c:\n    d:\n        e: 1\n    f:\n    - y\n',
    );
  });
});

describe('anchors and aliases', () => {
  const SRC = `defaults: &defaults
  tier: basic
  weight: 1
items:
  - id: a
    extra: *defaults
  - id: b
    tier: value-added
`;

  it('edits a field that no alias shares', () => {
    expect(edit(SRC, { op: 'set', path: ['items', 1, 'tier'], value: 'basic' })).toBe(
      SRC.replace('tier: value-added', 'tier: basic'),
    );
    expect(edit(SRC, { op: 'set', path: ['items', 0, 'id'], value: 'a2' })).toBe(SRC.replace('id: a\n', 'id: a2\n'));
  });

  it('refuses to edit an anchored node that an alias reuses, or to edit through the alias', () => {
    const reason = (e: Edit) => {
      try {
        applyEdit(SRC, e);
      } catch (err) {
        expect(err).toBeInstanceOf(EditError);
        return (err as EditError).reason;
      }
      throw new Error('no EditError');
    };
    expect(reason({ op: 'set', path: ['defaults', 'tier'], value: 'x' })).toMatch(
      /anchored \(&defaults\).*alias \*defaults.*every copy/,
    );
    expect(reason({ op: 'set', path: ['items', 0, 'extra', 'tier'], value: 'x' })).toMatch(/alias \(\*defaults\)/);
    expect(reason({ op: 'delete', path: ['defaults'] })).toMatch(/anchor/);
    // The alias itself can be replaced as a whole.
    expect(edit(SRC, { op: 'set', path: ['items', 0, 'extra'], value: 'none' })).toBe(
      SRC.replace('extra: *defaults', 'extra: none'),
    );
  });
});

describe('errors', () => {
  const SRC = 'a: 1\nlist:\n  - x\n';
  it('throws EditError with a reason for impossible edits', () => {
    const cases: [string, Edit, RegExp][] = [
      ['a: [\n', { op: 'set', path: ['a'], value: 1 }, /not valid YAML/],
      [SRC, { op: 'delete', path: ['b'] }, /does not exist/],
      [SRC, { op: 'set', path: ['a', 'b'], value: 1 }, /number, not a map or a list/],
      [SRC, { op: 'insert', path: ['list'], index: 5, value: 'y' }, /1 item/],
      [SRC, { op: 'set', path: ['list', 3], value: 'y' }, /no item 3/],
      [SRC, { op: 'insert', path: ['a'], index: 0, value: 'y' }, /not a list/],
      [SRC, { op: 'move', path: ['list'], from: 0, to: 2 }, /1 item/],
      [SRC, { op: 'set', path: ['a'], value: new Date() }, /not plain data/],
      [SRC, { op: 'delete', path: [] }, /whole document/],
    ];
    for (const [src, e, re] of cases) {
      expect(() => applyEdit(src, e), JSON.stringify(e)).toThrow(EditError);
      try {
        applyEdit(src, e);
      } catch (err) {
        expect((err as EditError).reason, JSON.stringify(e)).toMatch(re);
      }
    }
  });

  it('an edit that changes nothing returns the source as it was', () => {
    expect(applyEdit(SRC, { op: 'set', path: ['a'], value: 1 })).toBe(SRC);
    expect(applyEdit(SRC, { op: 'move', path: ['list'], from: 0, to: 0 })).toBe(SRC);
  });
});
