/**
 * Scalars as YAML text: whether a string may stand unquoted, double and single quotes, numbers and
 * keys; and a new value in place of an old scalar, in the old one's style (its quotes, or a literal
 * or folded block with its chomping and its header comment).
 */
import { CST, type Scalar } from 'yaml';
import { dashesOf, keyStart, range } from './node-extents.ts';
import type { Parsed, Render } from './parsed-source.ts';
import type { Loc } from './resolve-path.ts';
import { column, indentOf, lineEnd } from './text-positions.ts';

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
  if (/^[\t ,[\]{}#&*!|>'"%@`:]|^[?-]$|^[?-][ \t]|:[ \t]|[ \t]#|[\t :]$|^[ \t]|[ \t]$|^(?:---|\.\.\.)/.test(s))
    return false;
  if (inFlow && /[,[\]{}:]/.test(s)) return false;
  return !resolvesAsOther(p, s);
}

function doubleQuoted(s: string): string {
  return JSON.stringify(s).replace(
    /[\x7f-\x9f\u2028\u2029\ufeff]/g,
    (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'),
  );
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

export function renderScalar(r: Render, v: string | number | boolean | null, inFlow: boolean): string {
  if (typeof v === 'string') return !r.safe && plainOk(r.p, v, inFlow) ? v : doubleQuoted(v);
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return 'null';
}

export function renderKey(r: Render, k: string, inFlow: boolean): string {
  const simple = r.safe ? /^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) && !resolvesAsOther(r.p, k) : plainOk(r.p, k, inFlow);
  return simple ? k : doubleQuoted(k);
}

function parentColumn(p: Parsed, loc: Loc): number {
  if (loc.slot.kind === 'pair') return column(p.text, keyStart(loc.slot.pair));
  if (loc.slot.kind === 'item' && !loc.slot.seq.flow) return column(p.text, dashesOf(p, loc.slot.seq)[loc.slot.index]!);
  return 0;
}

function literalBlock(
  value: string,
  contentIndent: number,
  parentCol: number,
  headerComment: string,
  eol: string,
): string | undefined {
  if (value === '' || /[\r\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]/.test(value) || contentIndent < 1)
    return undefined;
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
  return [
    `|${indicator}${chomp}${headerComment}`,
    ...lines.map((l) => (l === '' ? '' : ' '.repeat(contentIndent) + l)),
  ].join(eol);
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
export function scalarSources(r: Render, loc: Loc, node: Scalar, value: string | number | boolean | null): string[] {
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
