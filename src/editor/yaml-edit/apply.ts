/**
 * Lossless edits of one YAML file, for the in-browser editor: every edit splices the source text
 * at the edited node (ranges from the `yaml` package's Document and CST), so everything else —
 * comments, blank lines, key order, quoting, flow style, line endings — stays byte-identical.
 *
 * After each edit the result is parsed again and compared with the intended data (the edit applied
 * to the parsed data with a small immutable setter); an edit that would give anything else, or that
 * cannot be made, throws an EditError with a reason. Browser-safe: only the `yaml` package.
 *
 * This module makes an edit and checks it; the others in this folder are its parts (item-edits.ts,
 * replace-node.ts, scalars.ts …), and diff.ts gives the edits between two versions of the data.
 */
import { isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { diffData } from './diff.ts';
import { checkEditShape, EditError, type Edit, type Path } from './edit.ts';
import { applyToData, getIn } from './intended-data.ts';
import { addKey, insertItem, listToInsertInto, performDelete, performMove } from './item-edits.ts';
import { colonOf, dashesOf, endOf, isZeroLength, range } from './node-extents.ts';
import { MAX_ALIAS_COUNT, parseText, type Render } from './parsed-source.ts';
import { deepEqual, isPlainObject, isScalarValue, plainValue, withKey } from './plain-data.ts';
import { replaceNode } from './replace-node.ts';
import { guard, resolve } from './resolve-path.ts';
import { scalarSources } from './scalars.ts';
import { splice, withoutTrailingLineBreaks } from './text-positions.ts';

/** Applies one edit to YAML source text; throws EditError when it cannot be made exactly. */
export function applyEdit(source: string, edit: Edit): string {
  checkEditShape(edit);
  const bom = source.startsWith('\ufeff') ? '\ufeff' : '';
  const raw = bom ? source.slice(1) : source;
  const eol = /\r\n/.test(raw.slice(0, raw.indexOf('\n') + 1)) ? '\r\n' : '\n';
  // Work on text that ends with a line break (so that every item ends with one), then take the
  // added line break off again — unless that would change what the text means.
  let text = raw;
  let added = false;
  if (raw.length > 0 && !raw.endsWith('\n')) {
    const a = readData(raw);
    const b = readData(raw + eol);
    if (a.ok && b.ok && deepEqual(a.data, b.data)) {
      text = raw + eol;
      added = true;
    }
  }
  const result = editText(text, eol, edit);
  let out = result.text;
  if (added && out.endsWith('\n')) {
    for (const stripped of [withoutTrailingLineBreaks(out), out.slice(0, -eol.length)]) {
      if (check(stripped, result.expected) === undefined) {
        out = stripped;
        break;
      }
    }
  }
  return bom + out;
}

/** Applies edits in order (each one sees the result of the previous ones). */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  let text = source;
  for (const edit of edits) text = applyEdit(text, edit);
  return text;
}

type ReadResult = { ok: true; data: unknown } | { ok: false; reason: string };

function readData(text: string): ReadResult {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  const err = doc.errors[0];
  if (err) return { ok: false, reason: err.message.split('\n')[0] ?? err.code };
  try {
    return { ok: true, data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (e) {
    return { ok: false, reason: String((e as Error).message ?? e) };
  }
}

/** Undefined when `text` reads back as exactly `expected`; else why not. */
function check(text: string, expected: unknown): string | undefined {
  const r = readData(text);
  if (!r.ok) return `the result would not be valid YAML (${r.reason})`;
  if (!deepEqual(r.data, expected)) return 'the result would not read back as the intended data';
  return undefined;
}

function editText(text: string, eol: string, edit: Edit): { text: string; expected: unknown } {
  const p = parseText(text, eol);
  const e: Edit =
    edit.op === 'set'
      ? { ...edit, value: plainValue(edit.value, edit.path) }
      : edit.op === 'insert'
        ? { ...edit, value: plainValue(edit.value, edit.path) }
        : edit;
  const expected = applyToData(p.data, e);
  if (deepEqual(expected, p.data)) return { text, expected };
  let reason = 'no way to write it was found';
  const seen = new Set<string>();
  for (const safe of [false, true]) {
    const r: Render = { p, safe };
    for (const candidate of perform(r, e)) {
      if (seen.has(candidate)) continue;
      seen.add(candidate);
      const why = check(candidate, expected);
      if (why === undefined) return { text: candidate, expected };
      reason = why;
    }
  }
  throw new EditError(`cannot ${e.op} here: ${reason}`, e.path);
}

function perform(r: Render, e: Edit): Iterable<string> {
  switch (e.op) {
    case 'set':
      return performSet(r, e.path, e.value);
    case 'delete':
      return performDelete(r, e.path);
    case 'insert':
      return performInsert(r, e.path, e.index, e.value);
    case 'move':
      return performMove(r, e.path, e.from, e.to);
  }
}

/** A value for the missing keys `rest` below an existing place. */
function nest(rest: Path, value: unknown, path: Path): unknown {
  let v = value;
  for (let i = rest.length - 1; i >= 0; i--) {
    const seg = rest[i]!;
    if (typeof seg === 'number')
      throw new EditError('there is no list here to set an item of', path.slice(0, path.length - rest.length + i));
    v = withKey({}, seg, v);
  }
  return v;
}

function* performSet(r: Render, path: Path, value: unknown): Generator<string> {
  const p = r.p;
  const res = resolve(p, path);
  if (!res.found) {
    const last = res.chain[res.chain.length - 1]!;
    const rest = path.slice(res.missingAt);
    if (isMap(last.node)) {
      const [key, ...more] = rest as [string | number, ...Path];
      yield* addKey(r, last, String(key), nest(more, value, path));
    } else {
      yield* replaceNode(r, last, nest(rest, value, path));
    }
    return;
  }
  const target = res.chain[res.chain.length - 1]!;
  const node = target.node;
  if (!isAlias(node)) guard(p, node, path);
  if (isScalarValue(value) && isScalar(node) && !isZeroLength(node)) {
    const [s] = range(node);
    const e = endOf(p, node);
    const sources = scalarSources(r, target, node, value);
    for (const src of sources) yield splice(p.text, s, e, src);
    // A tag that does not fit the new value (`!!str 5` → 6): write the value without it.
    const slot = target.slot;
    const after = target.inFlow
      ? undefined
      : slot.kind === 'pair'
        ? colonOf(slot.pair)
        : slot.kind === 'item'
          ? dashesOf(p, slot.seq)[slot.index]
          : undefined;
    if (node.tag && after !== undefined) for (const src of sources) yield splice(p.text, after + 1, e, ' ' + src);
    return;
  }
  if ((isMap(node) && isPlainObject(value)) || (isSeq(node) && Array.isArray(value))) {
    // Same kind of collection: change only what differs, field by field.
    if (r.safe) return;
    let text = p.text;
    for (const sub of diffData(getIn(p.data, path), value, path)) text = editText(text, p.eol, sub).text;
    yield text;
    return;
  }
  yield* replaceNode(r, target, value);
}

function* performInsert(r: Render, path: Path, index: number, value: unknown): Generator<string> {
  const target = listToInsertInto(r.p, path, index);
  if (target) yield* insertItem(r, target, path, index, value);
  else yield* performSet(r, path, [value]);
}
