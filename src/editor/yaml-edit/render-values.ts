/**
 * New values as YAML text: on one line (flow style) or as block lines at a column. Block or flow is
 * chosen like the value's cousin (the node at the same place in a sibling item), so that a new item
 * looks like its neighbours.
 */
import { isMap, isSeq } from 'yaml';
import { EditError, type Path } from './edit.ts';
import { isNonEmptyFlow, isZeroLength, keyString, type AnyPair } from './node-extents.ts';
import type { Parsed, Render } from './parsed-source.ts';
import { definedKeys, isNonEmptyCollection, isPlainObject, isScalarValue, type PlainObject } from './plain-data.ts';
import { renderKey, renderScalar } from './scalars.ts';

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
export function cousinHint(p: Parsed, path: Path): unknown {
  for (let k = path.length - 1; k >= 0; k--) {
    const own = path[k];
    if (typeof own !== 'number') continue;
    const seq = softGet(p.doc.contents, path.slice(0, k));
    if (!isSeq(seq)) continue;
    const rest = path.slice(k + 1);
    const order = seq.items
      .map((_, j) => j)
      .filter((j) => j !== own)
      .sort((a, b) => Math.abs(a - own) - Math.abs(b - own) || a - b);
    for (const j of order) {
      const hit = softGet(seq.items[j], rest);
      if (hit !== undefined && !isZeroLength(hit)) return hit;
    }
  }
  return undefined;
}

function hintFor(hint: unknown, key: string): unknown {
  return isMap(hint)
    ? ((hint.items as AnyPair[]).find((pair) => keyString(pair.key) === key)?.value ?? undefined)
    : undefined;
}

function hintItem(hint: unknown, i: number): unknown {
  if (!isSeq(hint) || hint.items.length === 0) return undefined;
  return hint.items[Math.min(i, hint.items.length - 1)];
}

/** One-line rendering: scalars, and collections in flow style. */
export function renderInline(r: Render, v: unknown, inFlow: boolean): string {
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
export function blockLines(r: Render, v: unknown, col: number, hint: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap((item, i) => seqItemLines(r, item, col, 2, hintItem(hint, i)));
  const o = v as PlainObject;
  return definedKeys(o).flatMap((k) => pairLines(r, k, o[k], col, hintFor(hint, k)));
}

export function seqItemLines(
  r: Render,
  item: unknown,
  dashCol: number,
  contentOffset: number,
  hint: unknown,
): string[] {
  const lead = ' '.repeat(dashCol) + '-' + ' '.repeat(Math.max(1, contentOffset - 1));
  if (blockForNew(item, hint)) {
    const inner = blockLines(r, item, dashCol + Math.max(2, contentOffset), hint);
    return [lead + inner[0]!.trimStart(), ...inner.slice(1)];
  }
  return [lead + renderInline(r, item, false)];
}

export function pairLines(r: Render, k: string, v: unknown, col: number, hint: unknown): string[] {
  const head = ' '.repeat(col) + renderKey(r, k, false) + ':';
  if (blockForNew(v, hint)) {
    const child = col + (Array.isArray(v) ? r.p.style.seqIndent : r.p.style.step);
    return [head, ...blockLines(r, v, child, hint)];
  }
  return [head + ' ' + renderInline(r, v, false)];
}

/** Lines joined, the first without its indentation (it goes where the old node started). */
export function joinFromColumn(lines: readonly string[], eol: string): string {
  return [lines[0]!.trimStart(), ...lines.slice(1)].join(eol);
}

/** An empty `[]` or `{}` in block context turns into block style when it gets nested content. */
export function blockForEmpty(value: unknown, hint: unknown): boolean {
  if (isNonEmptyFlow(hint)) return false;
  const items = Array.isArray(value) ? value : isPlainObject(value) ? Object.values(value) : [];
  return items.some((x) => isNonEmptyCollection(x));
}
