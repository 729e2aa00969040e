/**
 * The nodes of the parsed document and where they stand in the source: where a node starts and
 * ends, a list item's dash, a pair's colon (from the CST tokens kept when parsing).
 */
import {
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Pair,
  type ParsedNode,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { EditError } from './edit.ts';
import type { Parsed } from './parsed-source.ts';

export type YNode = ParsedNode;
export type AnyMap = YAMLMap<unknown, unknown>;
export type AnySeq = YAMLSeq<unknown>;
export type AnyPair = Pair<unknown, unknown>;

export function range(node: unknown): [number, number, number] {
  const r = (node as { range?: [number, number, number] | null } | null)?.range;
  if (!r) throw new EditError('internal: a node has no source position');
  return r;
}

/** A node with nothing in the source: the value of `key:` or of `-`. */
export function isZeroLength(node: unknown): boolean {
  if (node === null || node === undefined) return true;
  if (!isScalar(node)) return false;
  const r = range(node);
  return r[0] === r[1];
}

/** Null (written or not): a place where a map or list can be created. */
export function isNullNode(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null);
}

function isBlockScalar(node: unknown): node is Scalar {
  return isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
}

export function isNonEmptyFlow(node: unknown): boolean {
  return isCollection(node) && node.flow === true && node.items.length > 0;
}

export function dashesOf(p: Parsed, seq: AnySeq): number[] {
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

export function colonOf(pair: AnyPair): number | undefined {
  return pair.srcToken?.sep?.find((s) => s.type === 'map-value-ind')?.offset;
}

export function keyStart(pair: AnyPair): number {
  if (!isScalar(pair.key) || !pair.key.range) throw new EditError('complex keys (`? …`) are not supported');
  return pair.key.range[0];
}

export function keyString(key: unknown): string | undefined {
  return isScalar(key) ? String(key.value) : undefined;
}

/** Where the content of a node ends: past its last character, before its final line break. */
export function endOf(p: Parsed, node: unknown): number {
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

export function pairEnd(p: Parsed, pair: AnyPair): number {
  if (!isZeroLength(pair.value)) return endOf(p, pair.value);
  const colon = colonOf(pair);
  if (colon !== undefined) return colon + 1;
  return range(pair.key)[1];
}

export function nodeKind(node: unknown): string {
  if (isMap(node)) return 'map';
  if (isSeq(node)) return 'list';
  if (isAlias(node)) return 'alias';
  if (isScalar(node))
    return node.value === null ? 'null' : typeof node.value === 'string' ? 'text' : String(typeof node.value);
  return 'value';
}
