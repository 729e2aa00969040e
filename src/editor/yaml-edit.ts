/**
 * Lossless edits of one YAML file, for the in-browser editor: every edit splices the source text
 * at the edited node (ranges from the `yaml` package's Document and CST), so everything else —
 * comments, blank lines, key order, quoting, flow style, line endings — stays byte-identical.
 *
 * After each edit the result is parsed again and compared with the intended data (the edit applied
 * to the parsed data with a small immutable setter); an edit that would give anything else, or that
 * cannot be made, throws an EditError with a reason. Browser-safe: only the `yaml` package.
 */
import {
  CST,
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
  type Pair,
  type ParsedNode,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';

export type Path = (string | number)[];
export type Edit =
  | { op: 'set'; path: Path; value: unknown }
  | { op: 'delete'; path: Path }
  | { op: 'insert'; path: Path; index: number; value: unknown }
  | { op: 'move'; path: Path; from: number; to: number };

/** An edit that cannot be made: the path does not exist, the source is not valid YAML, an alias is in the way… */
export class EditError extends Error {
  /** Why, in one sentence (without the path). */
  readonly reason: string;
  /** The path of the edit, when the error concerns one. */
  readonly path: Path | undefined;
  constructor(reason: string, path?: Path) {
    super(path ? `${ptr(path)}: ${reason}` : reason);
    this.name = 'EditError';
    this.reason = reason;
    this.path = path;
  }
}

/** Most alias expansions accepted when reading the data back (the gate allows 50). */
const MAX_ALIAS_COUNT = 100;

// ───────────────────────────── public API ─────────────────────────────

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

/**
 * Edits that turn `before` data into `after`: one 'set' per changed leaf (or per added key),
 * 'delete' for removed keys, and for lists: items matched by `id` when every item has a unique one
 * (insert, delete and the fewest moves), else by position with unchanged items kept in place
 * (longest common subsequence). Applied in order, the edits give `after` exactly.
 */
export function diffData(before: unknown, after: unknown, path: Path = []): Edit[] {
  const out: Edit[] = [];
  diffInto(before, after, [...path], out);
  return out;
}

/** JSON pointers of what differs: changed leaves, added or removed keys and items, moved items. */
export function changedPaths(before: unknown, after: unknown): string[] {
  const out: string[] = [];
  changedInto(before, after, [], out);
  return [...new Set(out)];
}

// ───────────────────────────── data helpers ─────────────────────────────

function toPointer(path: readonly (string | number)[]): string {
  return path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

function ptr(path: readonly (string | number)[]): string {
  return toPointer(path) || '/';
}

type PlainObject = Record<string, unknown>;

function isPlainObject(v: unknown): v is PlainObject {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

function hasOwn(o: PlainObject, k: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, k);
}

function definedKeys(o: PlainObject): string[] {
  return Object.keys(o).filter((k) => o[k] !== undefined);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = definedKeys(a);
    const kb = definedKeys(b);
    return ka.length === kb.length && ka.every((k) => hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

function isScalarValue(v: unknown): v is string | number | boolean | null {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

function isNonEmptyCollection(v: unknown): boolean {
  return (Array.isArray(v) && v.length > 0) || (isPlainObject(v) && definedKeys(v).length > 0);
}

/** A copy of a value as plain data: undefined object entries dropped, anything not JSON-like refused. */
function plainValue(v: unknown, path: Path): unknown {
  if (isScalarValue(v)) return v;
  if (Array.isArray(v)) {
    return v.map((x, i) => {
      if (x === undefined) throw new EditError('a list item is undefined; YAML cannot hold it', [...path, i]);
      return plainValue(x, [...path, i]);
    });
  }
  if (isPlainObject(v)) {
    const out: PlainObject = {};
    for (const k of Object.keys(v)) {
      const x = v[k];
      if (x !== undefined) Object.defineProperty(out, k, { value: plainValue(x, [...path, k]), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  throw new EditError(`the value is not plain data (${typeof v})`, path);
}

function withKey(o: PlainObject, k: string, v: unknown): PlainObject {
  const out: PlainObject = {};
  for (const key of Object.keys(o)) Object.defineProperty(out, key, { value: o[key], enumerable: true, writable: true, configurable: true });
  Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

function withoutKey(o: PlainObject, k: string): PlainObject {
  const out: PlainObject = {};
  for (const key of Object.keys(o)) if (key !== k) Object.defineProperty(out, key, { value: o[key], enumerable: true, writable: true, configurable: true });
  return out;
}

function listIndex(list: readonly unknown[], seg: string | number, at: Path, allowEnd = false): number {
  if (typeof seg !== 'number' || !Number.isInteger(seg) || seg < 0 || seg > list.length || (seg === list.length && !allowEnd)) {
    throw new EditError(`the list has ${list.length} item${list.length === 1 ? '' : 's'}; there is no item ${String(seg)}`, at);
  }
  return seg;
}

function getIn(data: unknown, path: Path): unknown {
  let cur = data;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    if (Array.isArray(cur)) cur = cur[listIndex(cur, seg, path.slice(0, i))];
    else if (isPlainObject(cur)) cur = hasOwn(cur, String(seg)) ? cur[String(seg)] : undefined;
    else return undefined;
  }
  return cur;
}

/** The immutable setter: `set` creates missing keys (and maps in place of missing or null values). */
function setIn(data: unknown, path: Path, value: unknown, at: Path = []): unknown {
  if (path.length === 0) return value;
  const [seg, ...rest] = path as [string | number, ...Path];
  const here = [...at, seg];
  if (Array.isArray(data)) {
    const i = listIndex(data, seg, at);
    const copy = [...data];
    copy[i] = setIn(data[i], rest, value, here);
    return copy;
  }
  if (isPlainObject(data)) return withKey(data, String(seg), setIn(hasOwn(data, String(seg)) ? data[String(seg)] : undefined, rest, value, here));
  if (data === null || data === undefined) {
    if (typeof seg === 'number') throw new EditError('no list here to set an item of', at);
    return withKey({}, seg, setIn(undefined, rest, value, here));
  }
  throw new EditError(`this is a ${typeof data}, not a map or a list`, at);
}

function updateIn(data: unknown, path: Path, fn: (v: unknown) => unknown, at: Path = []): unknown {
  if (path.length === 0) return fn(data);
  const [seg, ...rest] = path as [string | number, ...Path];
  if (Array.isArray(data)) {
    const i = listIndex(data, seg, at);
    const copy = [...data];
    copy[i] = updateIn(data[i], rest, fn, [...at, seg]);
    return copy;
  }
  if (isPlainObject(data) && hasOwn(data, String(seg))) return withKey(data, String(seg), updateIn(data[String(seg)], rest, fn, [...at, seg]));
  throw new EditError('does not exist', [...at, seg]);
}

function applyToData(data: unknown, edit: Edit): unknown {
  switch (edit.op) {
    case 'set':
      return setIn(data, edit.path, edit.value);
    case 'delete': {
      if (edit.path.length === 0) throw new EditError('the whole document cannot be deleted', edit.path);
      const parentPath = edit.path.slice(0, -1);
      const last = edit.path[edit.path.length - 1]!;
      return updateIn(data, parentPath, (parent) => {
        if (Array.isArray(parent)) {
          const i = listIndex(parent, last, parentPath);
          return parent.filter((_, k) => k !== i);
        }
        if (isPlainObject(parent) && hasOwn(parent, String(last))) return withoutKey(parent, String(last));
        throw new EditError('does not exist', edit.path);
      });
    }
    case 'insert': {
      const current = getIn(data, edit.path);
      if (current === undefined || current === null) {
        if (edit.index !== 0) throw new EditError(`there is no list here yet; insert at index 0`, edit.path);
        return setIn(data, edit.path, [edit.value]);
      }
      return updateIn(data, edit.path, (list) => {
        if (!Array.isArray(list)) throw new EditError('this is not a list', edit.path);
        const i = listIndex(list, edit.index, edit.path, true);
        return [...list.slice(0, i), edit.value, ...list.slice(i)];
      });
    }
    case 'move':
      return updateIn(data, edit.path, (list) => {
        if (!Array.isArray(list)) throw new EditError('this is not a list', edit.path);
        const from = listIndex(list, edit.from, edit.path);
        const to = listIndex(list, edit.to, edit.path);
        const copy = [...list];
        const [item] = copy.splice(from, 1);
        copy.splice(to, 0, item);
        return copy;
      });
  }
}

function checkEditShape(edit: Edit): void {
  const e = edit as { op?: unknown; path?: unknown; index?: unknown; from?: unknown; to?: unknown };
  if (!Array.isArray(e.path) || !e.path.every((s) => typeof s === 'string' || (typeof s === 'number' && Number.isInteger(s) && s >= 0))) {
    throw new EditError('an edit needs a path: a list of keys (strings) and item indexes (whole numbers ≥ 0)');
  }
  if (!['set', 'delete', 'insert', 'move'].includes(String(e.op))) throw new EditError(`unknown edit operation ${String(e.op)}`);
  const ints = e.op === 'insert' ? [e.index] : e.op === 'move' ? [e.from, e.to] : [];
  for (const n of ints) if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw new EditError('item indexes must be whole numbers ≥ 0', edit.path);
}

// ───────────────────────────── reading and checking ─────────────────────────────

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

interface Style {
  /** Indentation of a block map under its key. */
  step: number;
  /** Indentation of a block list's dashes under its key (0: `key:\n- a`). */
  seqIndent: number;
  /** `{ a: 1 }` rather than `{a: 1}`. */
  mapPad: boolean;
  /** `[ a ]` rather than `[a]`. */
  seqPad: boolean;
}

interface Parsed {
  text: string;
  eol: string;
  doc: Document.Parsed;
  data: unknown;
  /** Anchor names that some alias refers to. */
  used: Map<string, number>;
  style: Style;
  dashCache: WeakMap<object, number[]>;
}

interface Render {
  p: Parsed;
  /** Quote every string (the second try when the first rendering does not read back). */
  safe: boolean;
}

function parseText(text: string, eol: string): Parsed {
  const doc = parseDocument(text, { keepSourceTokens: true, uniqueKeys: true, prettyErrors: false });
  const err = doc.errors[0];
  if (err) throw new EditError(`the source is not valid YAML: ${err.message.split('\n')[0] ?? err.code}`);
  if (doc.contents === null) throw new EditError('the document is empty');
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    throw new EditError(`the source cannot be read: ${String((e as Error).message ?? e)}`);
  }
  const used = new Map<string, number>();
  visit(doc, {
    Alias(_, a) {
      used.set(a.source, (used.get(a.source) ?? 0) + 1);
    },
  });
  const p: Parsed = { text, eol, doc, data, used, style: { step: 2, seqIndent: 2, mapPad: true, seqPad: false }, dashCache: new WeakMap() };
  p.style = detectStyle(p);
  return p;
}

function mode(counts: Map<number, number>): number | undefined {
  let best: number | undefined;
  let n = 0;
  for (const [k, c] of counts) if (c > n) [best, n] = [k, c];
  return best;
}

function detectStyle(p: Parsed): Style {
  const steps = new Map<number, number>();
  const seqs = new Map<number, number>();
  let mapPad = 0;
  let mapTight = 0;
  let seqPad = 0;
  let seqTight = 0;
  const add = (m: Map<number, number>, k: number) => m.set(k, (m.get(k) ?? 0) + 1);
  const t = p.text;
  visit(p.doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !pair.key.range) return;
      const keyCol = column(t, pair.key.range[0]);
      const v = pair.value;
      if (isMap(v) && !v.flow) {
        const first = v.items[0];
        if (first && isScalar(first.key) && first.key.range) {
          const d = column(t, first.key.range[0]) - keyCol;
          if (d > 0 && lineStart(t, first.key.range[0]) > pair.key.range[0]) add(steps, d);
        }
      } else if (isSeq(v) && !v.flow && v.items.length > 0) {
        const dash = dashesOf(p, v)[0];
        if (dash !== undefined && lineStart(t, dash) > pair.key.range[0]) add(seqs, column(t, dash) - keyCol);
      }
    },
    Map(_, m) {
      if (m.flow && m.items.length > 0 && m.range) {
        if (t[m.range[0] + 1] === ' ') mapPad++;
        else mapTight++;
      }
    },
    Seq(_, s) {
      if (s.flow && s.items.length > 0 && s.range) {
        if (t[s.range[0] + 1] === ' ') seqPad++;
        else seqTight++;
      }
    },
  });
  const step = mode(steps) ?? 2;
  const seqIndent = mode(seqs) ?? step;
  return { step, seqIndent: seqIndent >= 0 ? seqIndent : step, mapPad: mapPad >= mapTight, seqPad: seqPad > seqTight };
}

// ───────────────────────────── text positions ─────────────────────────────

function lineStart(t: string, pos: number): number {
  return t.lastIndexOf('\n', pos - 1) + 1;
}

/** The end of the line holding `pos`, before its line break. */
function lineEnd(t: string, pos: number): number {
  const i = t.indexOf('\n', pos);
  if (i < 0) return t.length;
  return t[i - 1] === '\r' ? i - 1 : i;
}

function nextLineStart(t: string, pos: number): number {
  const i = t.indexOf('\n', pos);
  return i < 0 ? t.length : i + 1;
}

function column(t: string, pos: number): number {
  return pos - lineStart(t, pos);
}

function indentOf(line: string): number {
  return line.length - line.replace(/^ +/, '').length;
}

function isBlank(s: string): boolean {
  return /^[ \t\r\n]*$/.test(s);
}

function splice(t: string, from: number, to: number, insert: string): string {
  return t.slice(0, from) + insert + t.slice(to);
}

// ───────────────────────────── nodes and their extents ─────────────────────────────

type YNode = ParsedNode;
type AnyMap = YAMLMap<unknown, unknown>;
type AnySeq = YAMLSeq<unknown>;
type AnyPair = Pair<unknown, unknown>;

function range(node: unknown): [number, number, number] {
  const r = (node as { range?: [number, number, number] | null } | null)?.range;
  if (!r) throw new EditError('internal: a node has no source position');
  return r;
}

/** A node with nothing in the source: the value of `key:` or of `-`. */
function isZeroLength(node: unknown): boolean {
  if (node === null || node === undefined) return true;
  if (!isScalar(node)) return false;
  const r = range(node);
  return r[0] === r[1];
}

/** Null (written or not): a place where a map or list can be created. */
function isNullNode(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null);
}

function isBlockScalar(node: unknown): node is Scalar {
  return isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
}

function isNonEmptyFlow(node: unknown): boolean {
  return isCollection(node) && node.flow === true && node.items.length > 0;
}

function dashesOf(p: Parsed, seq: AnySeq): number[] {
  const cached = p.dashCache.get(seq);
  if (cached) return cached;
  const tok = seq.srcToken;
  if (!tok || tok.type !== 'block-seq') throw new EditError('internal: a block list has no source tokens');
  const out: number[] = [];
  for (const item of tok.items) {
    const dash = item.start.find((s) => s.type === 'seq-item-ind');
    if (dash) out.push(dash.offset);
  }
  if (out.length !== seq.items.length) throw new EditError('internal: list items and dashes do not match');
  p.dashCache.set(seq, out);
  return out;
}

function colonOf(pair: AnyPair): number | undefined {
  return pair.srcToken?.sep?.find((s) => s.type === 'map-value-ind')?.offset;
}

function keyStart(pair: AnyPair): number {
  if (!isScalar(pair.key) || !pair.key.range) throw new EditError('complex keys (`? …`) are not supported');
  return pair.key.range[0];
}

function keyString(key: unknown): string | undefined {
  return isScalar(key) ? String(key.value) : undefined;
}

/** Where the content of a node ends: past its last character, before its final line break. */
function endOf(p: Parsed, node: unknown): number {
  if (isScalar(node)) {
    const [s, e] = range(node);
    if (!isBlockScalar(node)) return e;
    let end = e;
    if (end > s && p.text[end - 1] === '\n') end--;
    if (end > s && p.text[end - 1] === '\r') end--;
    return end;
  }
  if (isAlias(node)) return range(node)[1];
  if (isMap(node) || isSeq(node)) {
    if (node.flow) return range(node)[1];
    const items = node.items as unknown[];
    const last = items[items.length - 1];
    if (last === undefined) return range(node)[1];
    if (isPair(last)) return pairEnd(p, last as AnyPair);
    if (isZeroLength(last)) return dashesOf(p, node as AnySeq)[items.length - 1]! + 1;
    return endOf(p, last);
  }
  throw new EditError('internal: unknown node');
}

function pairEnd(p: Parsed, pair: AnyPair): number {
  if (!isZeroLength(pair.value)) return endOf(p, pair.value);
  const colon = colonOf(pair);
  if (colon !== undefined) return colon + 1;
  return range(pair.key)[1];
}

type Slot = { kind: 'root' } | { kind: 'pair'; map: AnyMap; pair: AnyPair; index: number } | { kind: 'item'; seq: AnySeq; index: number };

interface Loc {
  node: YNode | null;
  slot: Slot;
  /** Inside a flow collection (`{…}`, `[…]`). */
  inFlow: boolean;
  path: Path;
}

type Resolved = { found: true; chain: Loc[] } | { found: false; chain: Loc[]; missingAt: number };

function nodeKind(node: unknown): string {
  if (isMap(node)) return 'map';
  if (isSeq(node)) return 'list';
  if (isAlias(node)) return 'alias';
  if (isScalar(node)) return node.value === null ? 'null' : typeof node.value === 'string' ? 'text' : String(typeof node.value);
  return 'value';
}

/** Refuses to look inside an alias, or to change a node whose anchor an alias refers to. */
function guard(p: Parsed, node: unknown, at: Path): void {
  if (isAlias(node)) {
    throw new EditError(`this is an alias (*${node.source}), a copy of the node anchored &${node.source}; a copy cannot be edited on its own: replace the alias as a whole, or edit the file by hand`, at);
  }
  const anchor = (node as { anchor?: string } | null)?.anchor;
  if (anchor && p.used.has(anchor)) {
    throw new EditError(`this node is anchored (&${anchor}) and reused through the alias *${anchor}; editing it here would change every copy, so edit the file by hand`, at);
  }
}

/** Refuses to remove or replace a node holding an anchor that aliases elsewhere refer to. */
function guardRemoval(p: Parsed, node: unknown, at: Path): void {
  if (!node || typeof node !== 'object') return;
  const anchors: string[] = [];
  const inner = new Map<string, number>();
  const collect = (n: unknown) => {
    const a = (n as { anchor?: string }).anchor;
    if (a) anchors.push(a);
    if (isAlias(n)) inner.set(n.source, (inner.get(n.source) ?? 0) + 1);
  };
  collect(node);
  if (isCollection(node)) visit(node, { Node: (_, n) => collect(n) });
  for (const a of anchors) {
    if ((p.used.get(a) ?? 0) > (inner.get(a) ?? 0)) {
      throw new EditError(`this would remove the anchor &${a}, which the alias *${a} elsewhere refers to`, at);
    }
  }
}

function resolve(p: Parsed, path: Path): Resolved {
  let loc: Loc = { node: p.doc.contents as YNode | null, slot: { kind: 'root' }, inFlow: false, path: [] };
  const chain: Loc[] = [loc];
  for (let i = 0; i < path.length; i++) {
    const node = loc.node;
    const seg = path[i]!;
    const at = path.slice(0, i);
    guard(p, node, at);
    const inFlow = loc.inFlow || (isCollection(node) && node.flow === true);
    if (isMap(node)) {
      const items = node.items as AnyPair[];
      const index = items.findIndex((pair) => keyString(pair.key) === String(seg));
      if (index < 0) return { found: false, chain, missingAt: i };
      const pair = items[index]!;
      loc = { node: (pair.value as YNode | null) ?? null, slot: { kind: 'pair', map: node as AnyMap, pair, index }, inFlow, path: path.slice(0, i + 1) };
    } else if (isSeq(node)) {
      const items = node.items as YNode[];
      if (typeof seg !== 'number') throw new EditError(`this is a list; "${seg}" is not an item index`, at);
      if (seg >= items.length) throw new EditError(`the list has ${items.length} item${items.length === 1 ? '' : 's'}; there is no item ${seg}`, at);
      loc = { node: items[seg] ?? null, slot: { kind: 'item', seq: node as AnySeq, index: seg }, inFlow, path: path.slice(0, i + 1) };
    } else if (isNullNode(node)) {
      return { found: false, chain, missingAt: i };
    } else {
      throw new EditError(`this is a ${nodeKind(node)}, not a map or a list`, at);
    }
    chain.push(loc);
  }
  return { found: true, chain };
}

/** Navigates without throwing (for style hints). */
function softGet(node: unknown, path: Path): unknown {
  let cur = node;
  for (const seg of path) {
    if (isMap(cur)) cur = (cur.items as AnyPair[]).find((pair) => keyString(pair.key) === String(seg))?.value;
    else if (isSeq(cur) && typeof seg === 'number') cur = cur.items[seg];
    else return undefined;
  }
  return cur ?? undefined;
}

/** The node at the same place in a sibling item of the nearest list (for formatting new nodes like their cousins). */
function cousinHint(p: Parsed, path: Path): unknown {
  for (let k = path.length - 1; k >= 0; k--) {
    const own = path[k];
    if (typeof own !== 'number') continue;
    const seq = softGet(p.doc.contents, path.slice(0, k));
    if (!isSeq(seq)) continue;
    const rest = path.slice(k + 1);
    const order = seq.items.map((_, j) => j).filter((j) => j !== own).sort((a, b) => Math.abs(a - own) - Math.abs(b - own) || a - b);
    for (const j of order) {
      const hit = softGet(seq.items[j], rest);
      if (hit !== undefined && !isZeroLength(hit)) return hit;
    }
  }
  return undefined;
}

function hintFor(hint: unknown, key: string): unknown {
  return isMap(hint) ? ((hint.items as AnyPair[]).find((pair) => keyString(pair.key) === key)?.value ?? undefined) : undefined;
}

function hintItem(hint: unknown, i: number): unknown {
  if (!isSeq(hint) || hint.items.length === 0) return undefined;
  return hint.items[Math.min(i, hint.items.length - 1)];
}

// ───────────────────────────── block collections as lines ─────────────────────────────

interface Span {
  /** The item's dash, or its key. */
  start: number;
  contentEnd: number;
  /** Column of `start`. */
  col: number;
  /** Something other than spaces comes before `start` on its line (`- - a`, `- key: v`). */
  sharesLine: boolean;
  /** Start of the item's first line, or of the comment lines directly above it. */
  blockStart: number;
  /** Start of the line after the item's last line (and after comment lines indented under it). */
  blockEnd: number;
}

/** Where the owner of a collection ends (the `:` of its key, the `-` of its item), for comments above its first item. */
function ownerEnd(p: Parsed, loc: Loc): number | undefined {
  const slot = loc.slot;
  if (slot.kind === 'pair') return colonOf(slot.pair);
  if (slot.kind === 'item' && !slot.seq.flow) return dashesOf(p, slot.seq)[slot.index];
  return undefined;
}

function blockSpans(p: Parsed, loc: Loc): Span[] {
  const coll = loc.node as AnyMap | AnySeq;
  const t = p.text;
  const owner = ownerEnd(p, loc);
  const items = coll.items as unknown[];
  const dashes = isSeq(coll) ? dashesOf(p, coll as AnySeq) : [];
  const spans: Span[] = [];
  items.forEach((item, i) => {
    let start: number;
    let contentEnd: number;
    if (isSeq(coll)) {
      start = dashes[i]!;
      contentEnd = isZeroLength(item) ? start + 1 : endOf(p, item);
    } else {
      const pair = item as AnyPair;
      start = keyStart(pair);
      contentEnd = pairEnd(p, pair);
    }
    const ls = lineStart(t, start);
    const sharesLine = t.slice(ls, start).trim() !== '';
    const col = start - ls;
    const prev = spans[i - 1];
    const floor = prev ? prev.blockEnd : owner === undefined ? ls : Math.min(ls, nextLineStart(t, owner));
    let blockStart = sharesLine ? start : ls;
    if (!sharesLine) {
      while (blockStart > floor) {
        const above = lineStart(t, blockStart - 1);
        if (above < floor) break;
        const line = t.slice(above, blockStart);
        if (!line.trim().startsWith('#') || indentOf(line) > col) break;
        blockStart = above;
      }
    }
    let blockEnd = nextLineStart(t, contentEnd);
    while (blockEnd < t.length) {
      const next = nextLineStart(t, blockEnd);
      const line = t.slice(blockEnd, next);
      if (!line.trim().startsWith('#') || indentOf(line) <= col) break;
      blockEnd = next;
    }
    spans.push({ start, contentEnd, col, sharesLine, blockStart, blockEnd });
  });
  return spans;
}

function gapsOf(t: string, spans: readonly Span[]): string[] {
  return spans.slice(0, -1).map((s, i) => t.slice(s.blockEnd, spans[i + 1]!.blockStart));
}

/** The separator to repeat around a new item: the neighbouring gap when it is only blank lines. */
function blankGap(gaps: readonly string[], i: number): string {
  const g = gaps[Math.max(0, Math.min(i, gaps.length - 1))];
  return g !== undefined && isBlank(g) ? g : '';
}

// ───────────────────────────── rendering new values ─────────────────────────────

const CONTROL = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;

function resolvesAsOther(p: Parsed, s: string): boolean {
  const test = (tag: unknown) => {
    const t = tag as { default?: unknown; tag?: string; test?: unknown };
    return Boolean(t.default) && t.tag !== 'tag:yaml.org,2002:str' && t.test instanceof RegExp && t.test.test(s);
  };
  return p.doc.schema.tags.some(test) || (p.doc.schema.compat ?? []).some(test);
}

/** Whether `s` can be written as a plain (unquoted) one-line scalar that reads back as the same string. */
function plainOk(p: Parsed, s: string, inFlow: boolean): boolean {
  if (s === '' || s.length > 1000 || CONTROL.test(s)) return false;
  if (/^[\t ,[\]{}#&*!|>'"%@`:]|^[?-]$|^[?-][ \t]|:[ \t]|[ \t]#|[\t :]$|^[ \t]|[ \t]$|^(?:---|\.\.\.)/.test(s)) return false;
  if (inFlow && /[,[\]{}:]/.test(s)) return false;
  return !resolvesAsOther(p, s);
}

function doubleQuoted(s: string): string {
  return JSON.stringify(s).replace(/[\x7f-\x9f\u2028\u2029\ufeff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

function singleQuoted(s: string): string | undefined {
  if (/[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ufeff]/.test(s)) return undefined;
  return `'${s.replace(/'/g, "''")}'`;
}

function numberText(n: number): string {
  if (Number.isNaN(n)) return '.nan';
  if (n === Infinity) return '.inf';
  if (n === -Infinity) return '-.inf';
  return String(n);
}

function renderScalar(r: Render, v: string | number | boolean | null, inFlow: boolean): string {
  if (typeof v === 'string') return !r.safe && plainOk(r.p, v, inFlow) ? v : doubleQuoted(v);
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return 'null';
}

function renderKey(r: Render, k: string, inFlow: boolean): string {
  const simple = r.safe ? /^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) && !resolvesAsOther(r.p, k) : plainOk(r.p, k, inFlow);
  return simple ? k : doubleQuoted(k);
}

/** One-line rendering: scalars, and collections in flow style. */
function renderInline(r: Render, v: unknown, inFlow: boolean): string {
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    const pad = r.p.style.seqPad ? ' ' : '';
    return `[${pad}${v.map((x) => renderInline(r, x, true)).join(', ')}${pad}]`;
  }
  if (isPlainObject(v)) {
    const keys = definedKeys(v);
    if (keys.length === 0) return '{}';
    const pad = r.p.style.mapPad ? ' ' : '';
    return `{${pad}${keys.map((k) => `${renderKey(r, k, true)}: ${renderInline(r, v[k], true)}`).join(', ')}${pad}}`;
  }
  if (isScalarValue(v)) return renderScalar(r, v, inFlow);
  throw new EditError(`cannot write a ${typeof v} as YAML`);
}

/** Block style for a new non-empty collection, unless its cousin is written in flow style. */
function blockForNew(v: unknown, hint: unknown): boolean {
  return isNonEmptyCollection(v) && !isNonEmptyFlow(hint);
}

/** Lines (with their indentation) of a non-empty collection in block style at column `col`. */
function blockLines(r: Render, v: unknown, col: number, hint: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap((item, i) => seqItemLines(r, item, col, 2, hintItem(hint, i)));
  const o = v as PlainObject;
  return definedKeys(o).flatMap((k) => pairLines(r, k, o[k], col, hintFor(hint, k)));
}

function seqItemLines(r: Render, item: unknown, dashCol: number, contentOffset: number, hint: unknown): string[] {
  const lead = ' '.repeat(dashCol) + '-' + ' '.repeat(Math.max(1, contentOffset - 1));
  if (blockForNew(item, hint)) {
    const inner = blockLines(r, item, dashCol + Math.max(2, contentOffset), hint);
    return [lead + inner[0]!.trimStart(), ...inner.slice(1)];
  }
  return [lead + renderInline(r, item, false)];
}

function pairLines(r: Render, k: string, v: unknown, col: number, hint: unknown): string[] {
  const head = ' '.repeat(col) + renderKey(r, k, false) + ':';
  if (blockForNew(v, hint)) {
    const child = col + (Array.isArray(v) ? r.p.style.seqIndent : r.p.style.step);
    return [head, ...blockLines(r, v, child, hint)];
  }
  return [head + ' ' + renderInline(r, v, false)];
}

/** Lines joined, the first without its indentation (it goes where the old node started). */
function joinFromColumn(lines: readonly string[], eol: string): string {
  return [lines[0]!.trimStart(), ...lines.slice(1)].join(eol);
}

// ───────────────────────────── scalars in place ─────────────────────────────

function parentColumn(p: Parsed, loc: Loc): number {
  if (loc.slot.kind === 'pair') return column(p.text, keyStart(loc.slot.pair));
  if (loc.slot.kind === 'item' && !loc.slot.seq.flow) return column(p.text, dashesOf(p, loc.slot.seq)[loc.slot.index]!);
  return 0;
}

function literalBlock(value: string, contentIndent: number, parentCol: number, headerComment: string, eol: string): string | undefined {
  if (value === '' || /[\r\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]/.test(value) || contentIndent < 1) return undefined;
  const body = value.endsWith('\n') ? value.slice(0, -1) : value;
  const chomp = !value.endsWith('\n') ? '-' : body === '' || body.endsWith('\n') ? '+' : '';
  const lines = body.split('\n');
  const first = lines.find((l) => l !== '');
  if (first === undefined) return undefined;
  let indicator = '';
  if (first.startsWith(' ')) {
    const d = contentIndent - parentCol;
    if (d < 1 || d > 9) return undefined;
    indicator = String(d);
  }
  return [`|${indicator}${chomp}${headerComment}`, ...lines.map((l) => (l === '' ? '' : ' '.repeat(contentIndent) + l))].join(eol);
}

function foldedBlock(value: string, contentIndent: number, headerComment: string, eol: string): string | undefined {
  if (value === '' || /[\r]/.test(value) || contentIndent < 1) return undefined;
  const token = CST.createScalarToken(value, { indent: contentIndent, type: 'BLOCK_FOLDED', end: [] });
  let src = CST.stringify(token);
  if (!src.startsWith('>')) return undefined;
  if (src.endsWith('\n')) src = src.slice(0, -1);
  const nl = src.indexOf('\n');
  const header = nl < 0 ? src : src.slice(0, nl);
  if (/\d/.test(header)) return undefined;
  return (header + headerComment + (nl < 0 ? '' : src.slice(nl))).replace(/\n/g, eol);
}

/** Source texts for a new scalar value in place of `node`, in order of preference. */
function scalarSources(r: Render, loc: Loc, node: Scalar, value: string | number | boolean | null): string[] {
  const p = r.p;
  if (typeof value !== 'string') return [renderScalar(r, value, loc.inFlow)];
  const dq = doubleQuoted(value);
  switch (node.type) {
    case 'QUOTE_DOUBLE':
      return [dq];
    case 'QUOTE_SINGLE': {
      const sq = singleQuoted(value);
      return sq ? [sq, dq] : [dq];
    }
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED': {
      const [s] = range(node);
      const headerLine = p.text.slice(s, lineEnd(p.text, s));
      const comment = /^[|>][0-9+-]*([ \t]+#.*)$/.exec(headerLine)?.[1] ?? '';
      const parentCol = parentColumn(p, loc);
      const src = (node.srcToken as { source?: string } | undefined)?.source ?? '';
      const firstContent = src.split('\n').find((l) => l.trim() !== '');
      const contentIndent = firstContent !== undefined ? indentOf(firstContent) : parentCol + p.style.step;
      const out: string[] = [];
      if (node.type === 'BLOCK_FOLDED') {
        const f = foldedBlock(value, contentIndent, comment, p.eol);
        if (f) out.push(f);
      }
      const l = literalBlock(value, contentIndent, parentCol, comment, p.eol);
      if (l) out.push(l);
      out.push(dq);
      return out;
    }
    default:
      return !r.safe && plainOk(p, value, loc.inFlow) ? [value, dq] : [dq];
  }
}

// ───────────────────────────── the edits ─────────────────────────────

function editText(text: string, eol: string, edit: Edit): { text: string; expected: unknown } {
  const p = parseText(text, eol);
  const e: Edit =
    edit.op === 'set' ? { ...edit, value: plainValue(edit.value, edit.path) } : edit.op === 'insert' ? { ...edit, value: plainValue(edit.value, edit.path) } : edit;
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
    if (typeof seg === 'number') throw new EditError('there is no list here to set an item of', path.slice(0, path.length - rest.length + i));
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
    const after = target.inFlow ? undefined : slot.kind === 'pair' ? colonOf(slot.pair) : slot.kind === 'item' ? dashesOf(p, slot.seq)[slot.index] : undefined;
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

function* performDelete(r: Render, path: Path): Generator<string> {
  const p = r.p;
  if (path.length === 0) throw new EditError('the whole document cannot be deleted', path);
  const res = resolve(p, path);
  if (!res.found) throw new EditError('does not exist', path);
  const target = res.chain[res.chain.length - 1]!;
  const parent = res.chain[res.chain.length - 2]!;
  if (!isAlias(target.node)) guard(p, target.node, path);
  guardRemoval(p, target.node, path);
  const coll = parent.node as AnyMap | AnySeq;
  const index = (target.slot as { index: number }).index;
  const n = coll.items.length;
  if (coll.flow) {
    yield flowDelete(r, coll, index);
    return;
  }
  if (n === 1) {
    yield* replaceNode(r, parent, isMap(coll) ? {} : []);
    return;
  }
  const t = p.text;
  const spans = blockSpans(p, parent);
  const s = spans[index]!;
  if (s.sharesLine) {
    // `- key: v` or `- - a`: the next item moves up onto this line.
    const next = spans[index + 1];
    if (!next) throw new EditError('internal: no next item');
    yield splice(t, s.start, next.blockStart + indentOf(t.slice(next.blockStart, lineEnd(t, next.blockStart))), '');
    return;
  }
  const gaps = gapsOf(t, spans);
  let from = s.blockStart;
  let to = s.blockEnd;
  // Items set off by blank lines: take one separator with the item, so the spacing stays even.
  if (index < n - 1) {
    const g = gaps[index]!;
    if (g !== '' && isBlank(g)) to = spans[index + 1]!.blockStart;
  } else {
    const g = gaps[index - 1];
    if (g !== undefined && g !== '' && isBlank(g)) from = spans[index - 1]!.blockEnd;
  }
  yield splice(t, from, to, '');
}

function* performInsert(r: Render, path: Path, index: number, value: unknown): Generator<string> {
  const p = r.p;
  const res = resolve(p, path);
  const target = res.chain[res.chain.length - 1]!;
  if (!res.found || isNullNode(target.node)) {
    if (index !== 0) throw new EditError('there is no list here yet; insert at index 0', path);
    yield* performSet(r, path, [value]);
    return;
  }
  const node = target.node;
  guard(p, node, path);
  if (!isSeq(node)) throw new EditError(`this is a ${nodeKind(node)}, not a list`, path);
  const seq = node as AnySeq;
  const n = seq.items.length;
  if (index > n) throw new EditError(`the list has ${n} item${n === 1 ? '' : 's'}; cannot insert at ${index}`, path);
  const t = p.text;
  if (seq.flow) {
    if (n === 0 && !target.inFlow && blockForEmpty([value], cousinHint(p, path))) {
      yield* replaceNode(r, target, [value]);
      return;
    }
    yield flowInsert(r, seq, index, renderInline(r, value, true));
    return;
  }
  const spans = blockSpans(p, target);
  const dashCol = spans[0]!.col;
  const first = seq.items[0];
  const contentOffset = !isZeroLength(first) && lineStart(t, range(first)[0]) === lineStart(t, spans[0]!.start) ? column(t, range(first)[0]) - dashCol : 2;
  const hint = seq.items[Math.min(index, n - 1)];
  const lines = seqItemLines(r, value, dashCol, contentOffset, hint);
  const gaps = gapsOf(t, spans);
  if (index < n) {
    const s = spans[index]!;
    if (s.sharesLine) {
      yield splice(t, s.start, s.start, joinFromColumn(lines, p.eol) + p.eol + ' '.repeat(dashCol));
      return;
    }
    yield splice(t, s.blockStart, s.blockStart, lines.join(p.eol) + p.eol + blankGap(gaps, index - 1));
    return;
  }
  const last = spans[n - 1]!;
  yield splice(t, last.blockEnd, last.blockEnd, blankGap(gaps, n - 2) + lines.join(p.eol) + p.eol);
}

function* performMove(r: Render, path: Path, from: number, to: number): Generator<string> {
  const p = r.p;
  const res = resolve(p, path);
  if (!res.found) throw new EditError('does not exist', path);
  const target = res.chain[res.chain.length - 1]!;
  const node = target.node;
  guard(p, node, path);
  if (!isSeq(node)) throw new EditError(`this is a ${nodeKind(node)}, not a list`, path);
  const seq = node as AnySeq;
  const n = seq.items.length;
  if (from >= n || to >= n) throw new EditError(`the list has ${n} item${n === 1 ? '' : 's'}; cannot move ${from} to ${to}`, path);
  const t = p.text;
  if (seq.flow) {
    const sp = flowSpans(p, seq);
    const texts = sp.map((s) => t.slice(s.start, s.end));
    const seps = sp.slice(0, -1).map((s, i) => t.slice(s.end, sp[i + 1]!.start));
    const [moved] = texts.splice(from, 1);
    texts.splice(to, 0, moved!);
    yield splice(t, sp[0]!.start, sp[n - 1]!.end, texts.map((x, i) => x + (seps[i] ?? '')).join(''));
    return;
  }
  const spans = blockSpans(p, target);
  if (!spans.some((s) => s.sharesLine)) {
    const blocks = spans.map((s) => t.slice(s.blockStart, s.blockEnd));
    const gaps = gapsOf(t, spans);
    const [moved] = blocks.splice(from, 1);
    blocks.splice(to, 0, moved!);
    yield splice(t, spans[0]!.blockStart, spans[n - 1]!.blockEnd, blocks.map((b, i) => b + (gaps[i] ?? '')).join(''));
    return;
  }
  // `- - a` (a list starting on its parent's line): write the list again.
  const list = [...(getIn(p.data, path) as unknown[])];
  const [item] = list.splice(from, 1);
  list.splice(to, 0, item);
  yield* replaceNode(r, target, list);
}

/** An empty `[]` or `{}` in block context turns into block style when it gets nested content. */
function blockForEmpty(value: unknown, hint: unknown): boolean {
  if (isNonEmptyFlow(hint)) return false;
  const items = Array.isArray(value) ? value : isPlainObject(value) ? Object.values(value) : [];
  return items.some((x) => isNonEmptyCollection(x));
}

function* addKey(r: Render, loc: Loc, key: string, value: unknown): Generator<string> {
  const p = r.p;
  const map = loc.node as AnyMap;
  guard(p, map, loc.path);
  const t = p.text;
  const hint = cousinHint(p, [...loc.path, key]);
  if (map.flow) {
    if (map.items.length === 0 && !loc.inFlow && blockForEmpty([value], cousinHint(p, loc.path))) {
      yield* replaceNode(r, loc, withKey({}, key, value));
      return;
    }
    yield flowInsert(r, map, map.items.length, `${renderKey(r, key, true)}: ${renderInline(r, value, true)}`);
    return;
  }
  const spans = blockSpans(p, loc);
  const last = spans[spans.length - 1]!;
  const lines = pairLines(r, key, value, spans[0]!.col, hint);
  const gaps = gapsOf(t, spans);
  yield splice(t, last.blockEnd, last.blockEnd, blankGap(gaps, gaps.length - 1) + lines.join(p.eol) + p.eol);
}

interface FlowSpan {
  start: number;
  end: number;
}

function flowSpans(p: Parsed, coll: AnyMap | AnySeq): FlowSpan[] {
  return (coll.items as unknown[]).map((item) => {
    if (isPair(item)) {
      const pair = item as AnyPair;
      const start = !isZeroLength(pair.key) ? range(pair.key)[0] : (pair.srcToken?.sep?.[0]?.offset ?? range(pair.value)[0]);
      return { start, end: pairEnd(p, pair) };
    }
    return { start: range(item)[0], end: endOf(p, item) };
  });
}

function flowInsert(r: Render, coll: AnyMap | AnySeq, index: number, itemText: string): string {
  const p = r.p;
  const t = p.text;
  const sp = flowSpans(p, coll);
  const n = sp.length;
  if (n === 0) {
    const [s, e] = range(coll);
    const pad = (isMap(coll) ? p.style.mapPad : p.style.seqPad) ? ' ' : '';
    const [open, close] = isMap(coll) ? ['{', '}'] : ['[', ']'];
    return splice(t, s, e, open + pad + itemText + pad + close);
  }
  let sep = n >= 2 ? t.slice(sp[0]!.end, sp[1]!.start) : ', ';
  if (sep.includes('#') || !sep.includes(',')) sep = ', ';
  if (index < n) return splice(t, sp[index]!.start, sp[index]!.start, itemText + sep);
  return splice(t, sp[n - 1]!.end, sp[n - 1]!.end, sep + itemText);
}

function flowDelete(r: Render, coll: AnyMap | AnySeq, index: number): string {
  const p = r.p;
  const t = p.text;
  const sp = flowSpans(p, coll);
  const n = sp.length;
  if (n === 1) {
    const [s, e] = range(coll);
    return splice(t, s, e, isMap(coll) ? '{}' : '[]');
  }
  if (index < n - 1) return splice(t, sp[index]!.start, sp[index + 1]!.start, '');
  return splice(t, sp[index - 1]!.end, sp[index]!.end, '');
}

/**
 * Writes `value` in place of the node at `loc` (a different kind of value, or a new one where there
 * was nothing): block style in block context unless the old node — or, for a new node, its cousin
 * in a sibling item — is written in flow style.
 */
function* replaceNode(r: Render, loc: Loc, value: unknown): Generator<string> {
  const p = r.p;
  const t = p.text;
  const eol = p.eol;
  const node = loc.node;
  guardRemoval(p, node, loc.path);
  const old = node;
  const oldBlock = isCollection(old) && !old.flow && old.items.length > 0;
  const hint = isCollection(old) && old.items.length > 0 ? old : cousinHint(p, loc.path);
  const empty = isZeroLength(node);
  let block: boolean;
  if (loc.inFlow || !isNonEmptyCollection(value)) block = false;
  else if (oldBlock) block = true;
  else if (isCollection(old) && old.flow) block = old.items.length === 0 ? blockForEmpty(value, hint) : false;
  else block = !isNonEmptyFlow(hint);
  const nodeStart = (): number => (oldBlock ? blockSpans(p, loc)[0]!.start : range(node)[0]);

  if (loc.inFlow) {
    if (empty) throw new EditError('cannot fill an empty value inside a flow collection', loc.path);
    yield splice(t, range(node)[0], endOf(p, node), renderInline(r, value, true));
    return;
  }
  const slot = loc.slot;
  if (slot.kind === 'root') {
    const s = nodeStart();
    const col = column(t, s);
    if (block) yield splice(t, s, endOf(p, node), joinFromColumn(blockLines(r, value, col, hint), eol));
    else yield splice(t, s, endOf(p, node), renderInline(r, value, false));
    return;
  }
  if (slot.kind === 'pair') {
    const colon = colonOf(slot.pair);
    if (colon === undefined) throw new EditError('a key without ":" is not supported', loc.path);
    const keyCol = column(t, keyStart(slot.pair));
    const end = empty ? colon + 1 : endOf(p, node);
    if (block) {
      const sameKind = oldBlock && isSeq(old) === Array.isArray(value);
      const col = sameKind ? column(t, nodeStart()) : keyCol + (Array.isArray(value) ? p.style.seqIndent : p.style.step);
      const lines = blockLines(r, value, col, hint);
      if (oldBlock) {
        yield splice(t, lineStart(t, nodeStart()), end, lines.join(eol));
      } else {
        const le = lineEnd(t, end);
        const trailing = t.slice(end, le).trim();
        const comment = trailing.startsWith('#') ? ' ' + trailing : '';
        yield splice(t, colon + 1, le, comment + eol + lines.join(eol));
      }
      return;
    }
    yield splice(t, colon + 1, end, ' ' + renderInline(r, value, false));
    return;
  }
  // An item of a block list.
  const dash = dashesOf(p, slot.seq)[slot.index]!;
  if (empty) {
    const le = lineEnd(t, dash);
    const rest = t.slice(dash + 1, le).trim();
    const comment = rest.startsWith('#') ? ' ' + rest : '';
    if (block) {
      const lines = blockLines(r, value, column(t, dash) + 2, hint);
      yield splice(t, dash + 1, le, comment ? comment + eol + lines.join(eol) : ' ' + joinFromColumn(lines, eol));
    } else {
      yield splice(t, dash + 1, le, ' ' + renderInline(r, value, false) + comment);
    }
    return;
  }
  const s = nodeStart();
  if (block) {
    yield splice(t, s, endOf(p, node), joinFromColumn(blockLines(r, value, column(t, s), hint), eol));
    // Props (`&a`, `!tag`) before the old node: the second try writes after the dash.
    yield splice(t, dash + 1, endOf(p, node), ' ' + joinFromColumn(blockLines(r, value, column(t, dash) + 2, hint), eol));
  } else {
    yield splice(t, s, endOf(p, node), renderInline(r, value, false));
    yield splice(t, dash + 1, endOf(p, node), ' ' + renderInline(r, value, false));
  }
}

// ───────────────────────────── diffs ─────────────────────────────

function idsOf(list: readonly unknown[]): string[] | undefined {
  const ids: string[] = [];
  for (const item of list) {
    if (!isPlainObject(item)) return undefined;
    const id = item['id'];
    if (typeof id !== 'string' && typeof id !== 'number') return undefined;
    ids.push(String(id));
  }
  return new Set(ids).size === ids.length ? ids : undefined;
}

/** Indexes (into `seq`) of one longest strictly increasing subsequence. */
function lisIndexes(seq: readonly number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array<number>(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    const v = seq[i]!;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const out = new Set<number>();
  let k = tails.length > 0 ? tails[tails.length - 1]! : -1;
  while (k >= 0) {
    out.add(k);
    k = prev[k]!;
  }
  return out;
}

type Step = { kind: 'keep'; b: number; a: number } | { kind: 'pair'; b: number; a: number } | { kind: 'del'; b: number } | { kind: 'ins'; a: number };

/** Aligns two lists: equal items kept (longest common subsequence), the rest paired by position, then deleted or inserted. */
function align(b: readonly unknown[], a: readonly unknown[]): Step[] {
  let pre = 0;
  while (pre < b.length && pre < a.length && deepEqual(b[pre], a[pre])) pre++;
  let suf = 0;
  while (suf < b.length - pre && suf < a.length - pre && deepEqual(b[b.length - 1 - suf], a[a.length - 1 - suf])) suf++;
  const bm = b.slice(pre, b.length - suf);
  const am = a.slice(pre, a.length - suf);
  const matches: [number, number][] = [];
  if (bm.length * am.length <= 250_000) {
    const m = bm.length;
    const n = am.length;
    const dp: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
    for (let i = m - 1; i >= 0; i--) {
      for (let j = n - 1; j >= 0; j--) {
        dp[i]![j] = deepEqual(bm[i], am[j]) ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < m && j < n) {
      if (deepEqual(bm[i], am[j])) {
        matches.push([i, j]);
        i++;
        j++;
      } else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) i++;
      else j++;
    }
  }
  const steps: Step[] = [];
  for (let k = 0; k < pre; k++) steps.push({ kind: 'keep', b: k, a: k });
  let bi = 0;
  let ai = 0;
  const gap = (bEnd: number, aEnd: number) => {
    while (bi < bEnd && ai < aEnd) steps.push({ kind: 'pair', b: pre + bi++, a: pre + ai++ });
    while (bi < bEnd) steps.push({ kind: 'del', b: pre + bi++ });
    while (ai < aEnd) steps.push({ kind: 'ins', a: pre + ai++ });
  };
  for (const [mb, ma] of matches) {
    gap(mb, ma);
    steps.push({ kind: 'keep', b: pre + bi++, a: pre + ai++ });
  }
  gap(bm.length, am.length);
  for (let k = 0; k < suf; k++) steps.push({ kind: 'keep', b: b.length - suf + k, a: a.length - suf + k });
  return steps;
}

function diffInto(b: unknown, a: unknown, path: Path, out: Edit[]): void {
  if (deepEqual(b, a)) return;
  if (isPlainObject(b) && isPlainObject(a)) {
    for (const k of definedKeys(b)) if (!hasOwn(a, k) || a[k] === undefined) out.push({ op: 'delete', path: [...path, k] });
    for (const k of definedKeys(a)) {
      if (!hasOwn(b, k) || b[k] === undefined) out.push({ op: 'set', path: [...path, k], value: a[k] });
      else diffInto(b[k], a[k], [...path, k], out);
    }
    return;
  }
  if (Array.isArray(b) && Array.isArray(a)) {
    const bIds = idsOf(b);
    const aIds = idsOf(a);
    if (bIds && aIds && (b.length > 0 || a.length > 0)) diffById(b, a, bIds, aIds, path, out);
    else diffByPosition(b, a, path, out);
    return;
  }
  out.push({ op: 'set', path, value: a });
}

function diffByPosition(b: readonly unknown[], a: readonly unknown[], path: Path, out: Edit[]): void {
  let cur = 0;
  for (const step of align(b, a)) {
    if (step.kind === 'keep') cur++;
    else if (step.kind === 'pair') diffInto(b[step.b], a[step.a], [...path, cur++], out);
    else if (step.kind === 'del') out.push({ op: 'delete', path: [...path, cur] });
    else out.push({ op: 'insert', path, index: cur++, value: a[step.a] });
  }
}

function diffById(b: readonly unknown[], a: readonly unknown[], bIds: string[], aIds: string[], path: Path, out: Edit[]): void {
  const inAfter = new Set(aIds);
  for (let i = b.length - 1; i >= 0; i--) if (!inAfter.has(bIds[i]!)) out.push({ op: 'delete', path: [...path, i] });
  const cur = bIds.filter((id) => inAfter.has(id));
  const kept = new Set(cur);
  const target = aIds.filter((id) => kept.has(id));
  const stable = lisIndexes(target.map((id) => cur.indexOf(id)));
  target.forEach((id, ti) => {
    if (stable.has(ti)) return;
    const from = cur.indexOf(id);
    cur.splice(from, 1);
    const to = ti === 0 ? 0 : cur.indexOf(target[ti - 1]!) + 1;
    cur.splice(to, 0, id);
    if (from !== to) out.push({ op: 'move', path, from, to });
  });
  aIds.forEach((id, t) => {
    if (!kept.has(id)) out.push({ op: 'insert', path, index: t, value: a[t] });
  });
  const before = new Map(bIds.map((id, i) => [id, b[i]]));
  aIds.forEach((id, t) => {
    if (kept.has(id)) diffInto(before.get(id), a[t], [...path, t], out);
  });
}

function changedInto(b: unknown, a: unknown, path: Path, out: string[]): void {
  if (deepEqual(b, a)) return;
  if (isPlainObject(b) && isPlainObject(a)) {
    const keys = [...definedKeys(b), ...definedKeys(a).filter((k) => !hasOwn(b, k) || b[k] === undefined)];
    for (const k of keys) {
      const inB = hasOwn(b, k) && b[k] !== undefined;
      const inA = hasOwn(a, k) && a[k] !== undefined;
      if (inB && inA) changedInto(b[k], a[k], [...path, k], out);
      else out.push(toPointer([...path, k]));
    }
    return;
  }
  if (Array.isArray(b) && Array.isArray(a)) {
    const bIds = idsOf(b);
    const aIds = idsOf(a);
    if (bIds && aIds) {
      const bIndex = new Map(bIds.map((id, i) => [id, i]));
      const inAfter = new Set(aIds);
      const keptAfter = aIds.map((id, t) => [id, t] as const).filter(([id]) => bIndex.has(id));
      const stable = lisIndexes(keptAfter.map(([id]) => bIndex.get(id)!));
      bIds.forEach((id, i) => {
        if (!inAfter.has(id)) out.push(toPointer([...path, i]));
      });
      const stableIds = new Set([...stable].map((k) => keptAfter[k]![0]));
      aIds.forEach((id, t) => {
        const bi = bIndex.get(id);
        if (bi === undefined || !stableIds.has(id)) out.push(toPointer([...path, t]));
        else changedInto(b[bi], a[t], [...path, t], out);
      });
      return;
    }
    for (const step of align(b, a)) {
      if (step.kind === 'pair') changedInto(b[step.b], a[step.a], [...path, step.a], out);
      else if (step.kind === 'del') out.push(toPointer([...path, step.b]));
      else if (step.kind === 'ins') out.push(toPointer([...path, step.a]));
    }
    return;
  }
  out.push(toPointer(path));
}

/** `text` without the line breaks (LF or CRLF) at its end; a loop, as a regex would be quadratic. */
function withoutTrailingLineBreaks(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '\n') end -= end > 1 && text[end - 2] === '\r' ? 2 : 1;
  return text.slice(0, end);
}
