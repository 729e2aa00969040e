/**
 * Lines of YAML text and the nodes on them, read with the `yaml` library (Document, LineCounter),
 * for tests of what an edit touches: the lines a node at a path spans, a line diff, and comments
 * added to a file at places the parser confirms (before keys, after values), each with a mark of
 * its own so that a test can tell whether it survived.
 */
import { isCollection, isMap, isScalar, isSeq, LineCounter, parseDocument, Parser, visit, type Node } from 'yaml';
import type { Path } from './form-operations.ts';

/** A parsed text with the line of each offset (1-based lines), and which lines hold only a comment. */
export interface Lines {
  doc: ReturnType<typeof parseDocument>;
  lineOf: (offset: number) => number;
  /** The offset where a line starts. */
  startOf: (line: number) => number;
  commentLines: ReadonlySet<number>;
}

/** Every comment token of the parser's syntax tree (CST), wherever it sits. */
function commentOffsets(tree: unknown, out: number[] = []): number[] {
  if (Array.isArray(tree)) for (const t of tree) commentOffsets(t, out);
  else if (tree && typeof tree === 'object') {
    const token = tree as { type?: unknown; offset?: unknown };
    if (token.type === 'comment' && typeof token.offset === 'number') out.push(token.offset);
    for (const value of Object.values(tree)) if (value && typeof value === 'object') commentOffsets(value, out);
  }
  return out;
}

export function linesOf(text: string): Lines {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, keepSourceTokens: true });
  const lineOf = (offset: number) => counter.linePos(offset).line;
  const startOf = (line: number) => counter.lineStarts[line - 1] ?? text.length;
  const commentLines = new Set(
    commentOffsets([...new Parser().parse(text)])
      .filter((at) => text.slice(startOf(lineOf(at)), at).trim() === '')
      .map(lineOf),
  );
  return { doc, lineOf, startOf, commentLines };
}

/** The path of a JSON pointer (its segments unescaped; list indexes stay strings). */
export function pathOfPointer(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

interface Found {
  /** The node at the path (null for a key without a value). */
  node: Node | null;
  /** Where the entry that holds it starts: its key, or the item itself. */
  start: number;
  /** Where it ends (after its value, with the value's trailing comment). */
  end: number;
  /** The collection that holds it. */
  parent: Node;
}

/**
 * Where an entry starts with the comment lines directly above it (no blank line between): they
 * belong to the entry, and go and move with it, as the editor writes them (block-spans.ts).
 */
function withCommentsAbove(lines: Lines, start: number): number {
  let line = lines.lineOf(start);
  while (line > 1 && lines.commentLines.has(line - 1)) line--;
  return Math.min(start, lines.startOf(line));
}

/** The node at `path` in a document, with the extent of the entry that holds it. */
function find(lines: Lines, path: readonly string[]): Found | undefined {
  let node = lines.doc.contents as Node | null;
  let found: Found | undefined;
  for (const seg of path) {
    if (!node) return undefined;
    if (isMap(node)) {
      const at = node.items.findIndex((p) => isScalar(p.key) && String(p.key.value) === seg);
      const pair = node.items[at];
      if (!pair || !isScalar(pair.key)) return undefined;
      const value = (pair.value ?? null) as Node | null;
      const start = withCommentsAbove(lines, pair.key.range![0]);
      found = { node: value, start, end: value?.range?.[2] ?? pair.key.range![2], parent: node };
      node = value;
    } else if (isSeq(node)) {
      const at = Number(seg);
      const item = node.items[at] as Node | null | undefined;
      if (!item?.range) return undefined;
      found = { node: item, start: withCommentsAbove(lines, item.range[0]), end: item.range[2], parent: node };
      node = item;
    } else return undefined;
  }
  return found;
}

/** The lines from `start` to `end` (an end at the start of a line is not on it). */
function span(lines: Lines, start: number, end: number): number[] {
  const first = lines.lineOf(start);
  const last = lines.lineOf(Math.max(start, end - 1));
  return Array.from({ length: last - first + 1 }, (_, k) => first + k);
}

/** The lines of the entry at `path`, or none when there is none. */
export function entryLines(lines: Lines, path: readonly string[]): number[] {
  const f = find(lines, path);
  return f ? span(lines, f.start, f.end) : [];
}

/** Whether the collection at `path` is written in flow style ([a, b], {a: 1}) or is empty or absent. */
export function isFlowOrEmpty(lines: Lines, path: readonly string[]): boolean {
  const node = path.length === 0 ? (lines.doc.contents as Node | null) : find(lines, path)?.node;
  return !isCollection(node) || node.flow === true || node.items.length === 0;
}

/** The offsets of an entry at `path` (undefined when it is not there). */
export function entryRange(lines: Lines, path: readonly string[]): [number, number] | undefined {
  const f = find(lines, path);
  return f && [f.start, f.end];
}

/**
 * The lines of `before` deleted and of `after` inserted (1-based), by a longest common
 * subsequence of whole lines (the common head and tail first, so that a file's edit stays cheap).
 */
export function lineDiff(before: string, after: string): { deleted: number[]; inserted: number[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const am = a.slice(head, a.length - tail);
  const bm = b.slice(head, b.length - tail);
  const dp = Array.from({ length: am.length + 1 }, () => new Array<number>(bm.length + 1).fill(0));
  for (let i = am.length - 1; i >= 0; i--)
    for (let j = bm.length - 1; j >= 0; j--)
      dp[i]![j] = am[i] === bm[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  const deleted: number[] = [];
  const inserted: number[] = [];
  let i = 0;
  let j = 0;
  while (i < am.length || j < bm.length) {
    if (i < am.length && j < bm.length && am[i] === bm[j]) {
      i++;
      j++;
    } else if (j >= bm.length || (i < am.length && dp[i + 1]![j]! >= dp[i]![j + 1]!)) deleted.push(head + ++i);
    else inserted.push(head + ++j);
  }
  return { deleted, inserted };
}

/**
 * Whether `after` is `before` with only allowed lines removed (`mayDelete`, 1-based lines of
 * `before`) and only allowed lines added (`mayInsert`, of `after`): some alignment keeps every
 * other line. Unlike one line diff, it does not depend on how a diff slides among equal lines.
 */
export function changesOnly(
  before: string,
  after: string,
  mayDelete: ReadonlySet<number>,
  mayInsert: ReadonlySet<number>,
): boolean {
  const a = before.split('\n');
  const b = after.split('\n');
  // can[i][j]: a[i..] and b[j..] align so.
  const can = Array.from({ length: a.length + 1 }, () => new Array<boolean>(b.length + 1).fill(false));
  for (let i = a.length; i >= 0; i--)
    for (let j = b.length; j >= 0; j--)
      can[i]![j] =
        (i === a.length && j === b.length) ||
        (i < a.length && j < b.length && a[i] === b[j] && can[i + 1]![j + 1]!) ||
        (i < a.length && mayDelete.has(i + 1) && can[i + 1]![j]!) ||
        (j < b.length && mayInsert.has(j + 1) && can[i]![j + 1]!);
  return can[0]![0]!;
}

/** The mark of the n-th comment added by withComments. */
export const commentMark = (n: number) => `note-${n}-end`;

/**
 * The text with comments added: a comment line before every `every`-th key of a block map that
 * starts its line, and a comment after its value when that is a one-line scalar, or after its
 * colon when a block list or map follows. The data it parses to is the same (the caller checks).
 */
export function withComments(text: string, every: number): { text: string; marks: string[] } {
  const lines = linesOf(text);
  const inserts: { at: number; text: string }[] = [];
  let n = 0;
  visit(lines.doc, {
    Pair(_, pair, path) {
      const map = path.at(-1);
      if (!isMap(map) || map.flow || !isScalar(pair.key) || !pair.key.range) return;
      const k = n++;
      if (k % every !== 0) return;
      const keyStart = pair.key.range[0];
      const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
      if (text.slice(lineStart, keyStart).trim() === '')
        inserts.push({ at: lineStart, text: `${' '.repeat(keyStart - lineStart)}# ${commentMark(k)}\n` });
      const value = pair.value;
      if (
        isScalar(value) &&
        value.range &&
        (value.type === 'PLAIN' || value.type === 'QUOTE_DOUBLE' || value.type === 'QUOTE_SINGLE') &&
        lines.lineOf(value.range[0]) === lines.lineOf(value.range[1])
      )
        inserts.push({ at: value.range[1], text: ` # ${commentMark(k + 0.5)}` });
      // A block list or map under its key: a comment on the key's line (`key: # …`).
      const keyEnd = pair.key.range[1];
      const lineEnd = text.indexOf('\n', keyEnd);
      if (
        isCollection(value) &&
        !value.flow &&
        value.range &&
        lineEnd >= 0 &&
        lineEnd < value.range[0] &&
        text.slice(keyEnd, lineEnd).trim() === ':'
      )
        inserts.push({ at: lineEnd, text: ` # ${commentMark(k + 0.25)}` });
    },
  });
  let out = text;
  for (const ins of inserts.sort((x, y) => y.at - x.at)) out = out.slice(0, ins.at) + ins.text + out.slice(ins.at);
  const marks = inserts.map((i) => i.text.trim().slice(2));
  return { text: out, marks };
}

export type { Path };
