/**
 * The items of a collection added, removed and moved: a key added to a map, an item inserted into
 * a list, a key or an item deleted, an item moved. In block style whole lines go, with the comment
 * lines above an item and the blank lines that set items apart; in flow style the brackets' content
 * changes (flow-edits.ts).
 */
import { isAlias, isMap, isSeq } from 'yaml';
import { blankGap, blockSpans, gapsOf } from './block-spans.ts';
import { EditError, type Path } from './edit.ts';
import { flowDelete, flowInsert, flowMove } from './flow-edits.ts';
import { getIn } from './intended-data.ts';
import { isNullNode, isZeroLength, nodeKind, range, type AnyMap, type AnySeq } from './node-extents.ts';
import type { Parsed, Render } from './parsed-source.ts';
import { withKey } from './plain-data.ts';
import { blockForEmpty, cousinHint, joinFromColumn, pairLines, renderInline, seqItemLines } from './render-values.ts';
import { replaceNode } from './replace-node.ts';
import { guard, guardRemoval, resolve, type Loc } from './resolve-path.ts';
import { renderKey } from './scalars.ts';
import { column, indentOf, isBlank, lineEnd, lineStart, splice } from './text-positions.ts';

export function* addKey(r: Render, loc: Loc, key: string, value: unknown): Generator<string> {
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
    yield flowInsert(p, map, map.items.length, `${renderKey(r, key, true)}: ${renderInline(r, value, true)}`);
    return;
  }
  const spans = blockSpans(p, loc);
  const last = spans[spans.length - 1]!;
  const lines = pairLines(r, key, value, spans[0]!.col, hint);
  const gaps = gapsOf(t, spans);
  yield splice(t, last.blockEnd, last.blockEnd, blankGap(gaps, gaps.length - 1) + lines.join(p.eol) + p.eol);
}

export function* performDelete(r: Render, path: Path): Generator<string> {
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
    yield flowDelete(p, coll, index);
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

/** The list an insert goes into; undefined where there is no list yet (the insert then sets a list of one item). */
export function listToInsertInto(p: Parsed, path: Path, index: number): Loc | undefined {
  const res = resolve(p, path);
  const target = res.chain[res.chain.length - 1]!;
  if (!res.found || isNullNode(target.node)) {
    if (index !== 0) throw new EditError('there is no list here yet; insert at index 0', path);
    return undefined;
  }
  const node = target.node;
  guard(p, node, path);
  if (!isSeq(node)) throw new EditError(`this is a ${nodeKind(node)}, not a list`, path);
  const n = node.items.length;
  if (index > n) throw new EditError(`the list has ${n} item${n === 1 ? '' : 's'}; cannot insert at ${index}`, path);
  return target;
}

/** Inserts `value` as item `index` of the list at `target` (from listToInsertInto). */
export function* insertItem(r: Render, target: Loc, path: Path, index: number, value: unknown): Generator<string> {
  const p = r.p;
  const seq = target.node as AnySeq;
  const n = seq.items.length;
  const t = p.text;
  if (seq.flow) {
    if (n === 0 && !target.inFlow && blockForEmpty([value], cousinHint(p, path))) {
      yield* replaceNode(r, target, [value]);
      return;
    }
    yield flowInsert(p, seq, index, renderInline(r, value, true));
    return;
  }
  const spans = blockSpans(p, target);
  const dashCol = spans[0]!.col;
  const first = seq.items[0];
  const contentOffset =
    !isZeroLength(first) && lineStart(t, range(first)[0]) === lineStart(t, spans[0]!.start)
      ? column(t, range(first)[0]) - dashCol
      : 2;
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

export function* performMove(r: Render, path: Path, from: number, to: number): Generator<string> {
  const p = r.p;
  const res = resolve(p, path);
  if (!res.found) throw new EditError('does not exist', path);
  const target = res.chain[res.chain.length - 1]!;
  const node = target.node;
  guard(p, node, path);
  if (!isSeq(node)) throw new EditError(`this is a ${nodeKind(node)}, not a list`, path);
  const seq = node as AnySeq;
  const n = seq.items.length;
  if (from >= n || to >= n)
    throw new EditError(`the list has ${n} item${n === 1 ? '' : 's'}; cannot move ${from} to ${to}`, path);
  const t = p.text;
  if (seq.flow) {
    yield flowMove(p, seq, from, to);
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
