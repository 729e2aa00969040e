/**
 * The items of a block map or list as lines: each item's extent with the comment lines right above
 * it and those indented under it, and the gaps between items, so that an edit inserts, removes or
 * moves whole lines.
 */
import { isSeq } from 'yaml';
import {
  colonOf,
  dashesOf,
  endOf,
  isZeroLength,
  keyStart,
  pairEnd,
  type AnyMap,
  type AnyPair,
  type AnySeq,
} from './node-extents.ts';
import type { Parsed } from './parsed-source.ts';
import type { Loc } from './resolve-path.ts';
import { indentOf, isBlank, lineStart, nextLineStart } from './text-positions.ts';

export interface Span {
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

export function blockSpans(p: Parsed, loc: Loc): Span[] {
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

export function gapsOf(t: string, spans: readonly Span[]): string[] {
  return spans.slice(0, -1).map((s, i) => t.slice(s.blockEnd, spans[i + 1]!.blockStart));
}

/** The separator to repeat around a new item: the neighbouring gap when it is only blank lines. */
export function blankGap(gaps: readonly string[], i: number): string {
  const g = gaps[Math.max(0, Math.min(i, gaps.length - 1))];
  return g !== undefined && isBlank(g) ? g : '';
}
