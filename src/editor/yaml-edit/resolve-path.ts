/**
 * A path to the node it names, through maps and lists, with the place (slot) each node on the way
 * holds; and the guards that refuse to edit through an alias, or to change or remove what an alias
 * copies.
 */
import { isAlias, isCollection, isMap, isSeq, visit } from 'yaml';
import { EditError, type Path } from './edit.ts';
import { isNullNode, keyString, nodeKind, type AnyMap, type AnyPair, type AnySeq, type YNode } from './node-extents.ts';
import type { Parsed } from './parsed-source.ts';

export type Slot =
  | { kind: 'root' }
  | { kind: 'pair'; map: AnyMap; pair: AnyPair; index: number }
  | { kind: 'item'; seq: AnySeq; index: number };

export interface Loc {
  node: YNode | null;
  slot: Slot;
  /** Inside a flow collection (`{…}`, `[…]`). */
  inFlow: boolean;
  path: Path;
}

export type Resolved = { found: true; chain: Loc[] } | { found: false; chain: Loc[]; missingAt: number };

/** Refuses to look inside an alias, or to change a node whose anchor an alias refers to. */
export function guard(p: Parsed, node: unknown, at: Path): void {
  if (isAlias(node)) {
    throw new EditError(
      `this is an alias (*${node.source}), a copy of the node anchored &${node.source}; a copy cannot be edited on its own: replace the alias as a whole, or edit the file by hand`,
      at,
    );
  }
  const anchor = (node as { anchor?: string } | null)?.anchor;
  if (anchor && p.used.has(anchor)) {
    throw new EditError(
      `this node is anchored (&${anchor}) and reused through the alias *${anchor}; editing it here would change every copy, so edit the file by hand`,
      at,
    );
  }
}

/** Refuses to remove or replace a node holding an anchor that aliases elsewhere refer to. */
export function guardRemoval(p: Parsed, node: unknown, at: Path): void {
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

export function resolve(p: Parsed, path: Path): Resolved {
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
      loc = {
        node: (pair.value as YNode | null) ?? null,
        slot: { kind: 'pair', map: node as AnyMap, pair, index },
        inFlow,
        path: path.slice(0, i + 1),
      };
    } else if (isSeq(node)) {
      const items = node.items as YNode[];
      if (typeof seg !== 'number') throw new EditError(`this is a list; "${seg}" is not an item index`, at);
      if (seg >= items.length)
        throw new EditError(
          `the list has ${items.length} item${items.length === 1 ? '' : 's'}; there is no item ${seg}`,
          at,
        );
      loc = {
        node: items[seg] ?? null,
        slot: { kind: 'item', seq: node as AnySeq, index: seg },
        inFlow,
        path: path.slice(0, i + 1),
      };
    } else if (isNullNode(node)) {
      return { found: false, chain, missingAt: i };
    } else {
      throw new EditError(`this is a ${nodeKind(node)}, not a map or a list`, at);
    }
    chain.push(loc);
  }
  return { found: true, chain };
}
