/**
 * The source parsed once per edit, keeping the CST tokens that give positions: its document and
 * data, the anchors that aliases use, and the style it is written in (indentation steps, padding
 * inside brackets), which new lines follow.
 */
import { isMap, isScalar, isSeq, parseDocument, visit, type Document } from 'yaml';
import { EditError } from './edit.ts';
import { dashesOf } from './node-extents.ts';
import { column, lineStart } from './text-positions.ts';

/** Most alias expansions accepted when reading the data back (the gate allows 50). */
export const MAX_ALIAS_COUNT = 100;

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

export interface Parsed {
  text: string;
  eol: string;
  doc: Document.Parsed;
  data: unknown;
  /** Anchor names that some alias refers to. */
  used: Map<string, number>;
  style: Style;
  dashCache: WeakMap<object, number[]>;
}

export interface Render {
  p: Parsed;
  /** Quote every string (the second try when the first rendering does not read back). */
  safe: boolean;
}

export function parseText(text: string, eol: string): Parsed {
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
  const p: Parsed = {
    text,
    eol,
    doc,
    data,
    used,
    style: { step: 2, seqIndent: 2, mapPad: true, seqPad: false },
    dashCache: new WeakMap(),
  };
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
