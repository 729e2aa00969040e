/**
 * A value written in place of a node: a value of another kind, or a new one where there was
 * nothing (`key:`, `-`), keeping a trailing comment on the line.
 */
import { isCollection, isSeq } from 'yaml';
import { blockSpans } from './block-spans.ts';
import { EditError } from './edit.ts';
import { colonOf, dashesOf, endOf, isNonEmptyFlow, isZeroLength, keyStart, range } from './node-extents.ts';
import type { Render } from './parsed-source.ts';
import { isNonEmptyCollection } from './plain-data.ts';
import { blockForEmpty, blockLines, cousinHint, joinFromColumn, renderInline } from './render-values.ts';
import { guardRemoval, type Loc } from './resolve-path.ts';
import { column, lineEnd, lineStart, splice } from './text-positions.ts';

/**
 * Writes `value` in place of the node at `loc` (a different kind of value, or a new one where there
 * was nothing): block style in block context unless the old node — or, for a new node, its cousin
 * in a sibling item — is written in flow style.
 */
export function* replaceNode(r: Render, loc: Loc, value: unknown): Generator<string> {
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
      const col = sameKind
        ? column(t, nodeStart())
        : keyCol + (Array.isArray(value) ? p.style.seqIndent : p.style.step);
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
    if (oldBlock) {
      // A block list or map written inline (its last entry gone: `key: []`): a comment on the
      // key's line belongs to the key, and stays after the new value.
      const le = lineEnd(t, colon);
      const trailing = t.slice(colon + 1, le).trim();
      if (trailing.startsWith('#'))
        yield splice(t, colon + 1, end, ' ' + renderInline(r, value, false) + ' ' + trailing);
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
    yield splice(
      t,
      dash + 1,
      endOf(p, node),
      ' ' + joinFromColumn(blockLines(r, value, column(t, dash) + 2, hint), eol),
    );
  } else {
    yield splice(t, s, endOf(p, node), renderInline(r, value, false));
    yield splice(t, dash + 1, endOf(p, node), ' ' + renderInline(r, value, false));
  }
}
