/**
 * Items of a flow collection (`[a, b]`, `{ a: 1 }`) inserted, deleted and moved inside its
 * brackets, with the separator the collection already uses.
 */
import { isMap, isPair } from 'yaml';
import { endOf, isZeroLength, pairEnd, range, type AnyMap, type AnyPair, type AnySeq } from './node-extents.ts';
import type { Parsed } from './parsed-source.ts';
import { splice } from './text-positions.ts';

interface FlowSpan {
  start: number;
  end: number;
}

function flowSpans(p: Parsed, coll: AnyMap | AnySeq): FlowSpan[] {
  return (coll.items as unknown[]).map((item) => {
    if (isPair(item)) {
      const pair = item as AnyPair;
      const start = !isZeroLength(pair.key)
        ? range(pair.key)[0]
        : (pair.srcToken?.sep?.[0]?.offset ?? range(pair.value)[0]);
      return { start, end: pairEnd(p, pair) };
    }
    return { start: range(item)[0], end: endOf(p, item) };
  });
}

/** The collection written anew between its brackets: empty, or with its only item (padded like the file's other flow collections). */
function writeWhole(p: Parsed, coll: AnyMap | AnySeq, onlyItem: string | undefined): string {
  const [s, e] = range(coll);
  const [open, close] = isMap(coll) ? ['{', '}'] : ['[', ']'];
  if (onlyItem === undefined) return splice(p.text, s, e, open + close);
  const pad = (isMap(coll) ? p.style.mapPad : p.style.seqPad) ? ' ' : '';
  return splice(p.text, s, e, open + pad + onlyItem + pad + close);
}

export function flowInsert(p: Parsed, coll: AnyMap | AnySeq, index: number, itemText: string): string {
  const t = p.text;
  const sp = flowSpans(p, coll);
  const n = sp.length;
  if (n === 0) return writeWhole(p, coll, itemText);
  let sep = n >= 2 ? t.slice(sp[0]!.end, sp[1]!.start) : ', ';
  if (sep.includes('#') || !sep.includes(',')) sep = ', ';
  if (index < n) return splice(t, sp[index]!.start, sp[index]!.start, itemText + sep);
  return splice(t, sp[n - 1]!.end, sp[n - 1]!.end, sep + itemText);
}

export function flowDelete(p: Parsed, coll: AnyMap | AnySeq, index: number): string {
  const t = p.text;
  const sp = flowSpans(p, coll);
  const n = sp.length;
  if (n === 1) return writeWhole(p, coll, undefined);
  if (index < n - 1) return splice(t, sp[index]!.start, sp[index + 1]!.start, '');
  return splice(t, sp[index - 1]!.end, sp[index]!.end, '');
}

/** Item `from` moved to `to`; the separators stay where they are. */
export function flowMove(p: Parsed, seq: AnySeq, from: number, to: number): string {
  const t = p.text;
  const sp = flowSpans(p, seq);
  const n = sp.length;
  const texts = sp.map((s) => t.slice(s.start, s.end));
  const seps = sp.slice(0, -1).map((s, i) => t.slice(s.end, sp[i + 1]!.start));
  const [moved] = texts.splice(from, 1);
  texts.splice(to, 0, moved!);
  return splice(t, sp[0]!.start, sp[n - 1]!.end, texts.map((x, i) => x + (seps[i] ?? '')).join(''));
}
