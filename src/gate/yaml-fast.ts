/**
 * A fast reader for the plain YAML that standards are written in, used by source.ts before the
 * yaml library: block mappings and sequences, one-line plain and quoted scalars, one-line flow
 * collections of scalars (`[a, b]`, `{ zh-CN: 高, en: High }`), comments. It gives the data the
 * yaml library gives (YAML 1.2, core schema: the same null, bool, int and float rules), or
 * `undefined` as soon as the text uses anything else — anchors, aliases, tags, block scalars,
 * multi-line scalars, nested flow collections, tabs, duplicate or forbidden keys, anything that
 * might be an error — and then the yaml library reads the file and reports what is wrong, with
 * positions. It never decides that a file is wrong: it only declines.
 *
 * Why: the yaml library builds a Document with a node and a source range for every value, about
 * 3–5 MB/s; a handbook of 10,000 files is ~90 MB. Positions are only needed to report a problem,
 * so source.ts builds the Document only when something asks where a value is.
 * test/unit/gate/yaml-fast.test.ts holds this reader to the yaml library on every example and bad-input
 * file and on generated documents.
 */

/** Thrown internally to decline; never escapes parseSimpleYaml. */
const DECLINE = Symbol('decline');

interface Line {
  indent: number;
  /** The line after its indentation; never empty, never a comment. */
  text: string;
}

/** Characters a plain scalar may not start with (YAML indicators), `-` handled apart. */
const INDICATOR = new Set(['?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`']);

/** Keys that would reach an object's prototype (source.ts reports them), and the merge key. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype', '<<']);

/** Text the reader declines outright: tabs, control and line-separator characters, a BOM, a lone CR. */
const UNSUPPORTED = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]|\r(?!\n)/;

function decline(): never {
  throw DECLINE;
}

/** The value of a plain scalar under the YAML 1.2 core schema, as the yaml library resolves it. */
export function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  // Fast exit: a plain scalar starting with a letter other than n/N/t/T/f/F (or any non-ASCII) is a string.
  const maybeSpecial =
    s === '' ||
    c === 0x7e ||
    c === 0x2b ||
    c === 0x2d ||
    c === 0x2e ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x6e ||
    c === 0x4e ||
    c === 0x74 ||
    c === 0x54 ||
    c === 0x66 ||
    c === 0x46;
  if (!maybeSpecial) return s;
  if (/^(?:~|[Nn]ull|NULL)?$/.test(s)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s)) return s[0] === 't' || s[0] === 'T';
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s))
    return s.slice(-3).toLowerCase() === 'nan'
      ? NaN
      : s[0] === '-'
        ? Number.NEGATIVE_INFINITY
        : Number.POSITIVE_INFINITY;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s)) return parseFloat(s);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return parseFloat(s);
  return s;
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};

/** A quoted scalar starting at `start` on one line: its value and the index after the closing quote. */
function quoted(text: string, start: number): { value: string; end: number } {
  const q = text[start];
  if (q === "'") {
    let value = '';
    let from = start + 1;
    for (;;) {
      const close = text.indexOf("'", from);
      if (close < 0) decline();
      value += text.slice(from, close);
      if (text[close + 1] === "'") {
        value += "'";
        from = close + 2;
      } else return { value, end: close + 1 };
    }
  }
  let value = '';
  let i = start + 1;
  for (;;) {
    // Copy runs of ordinary characters at once.
    let j = i;
    while (j < text.length && text[j] !== '"' && text[j] !== '\\') j++;
    value += text.slice(i, j);
    if (j >= text.length) decline();
    if (text[j] === '"') return { value, end: j + 1 };
    const next = text[j + 1];
    if (next === undefined) decline();
    const simple = ESCAPES[next];
    if (simple !== undefined) {
      value += simple;
      i = j + 2;
      continue;
    }
    const length = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
    if (length === 0) decline();
    const hex = text.substr(j + 2, length);
    if (hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex)) decline();
    const code = parseInt(hex, 16);
    if (code > 0x10ffff) decline();
    value += String.fromCodePoint(code);
    i = j + 2 + length;
  }
}

/** Only blanks, or blanks then a comment, from `from` to the end of the line. */
function restIsBlank(text: string, from: number): boolean {
  let i = from;
  while (text[i] === ' ') i++;
  return i >= text.length || (text[i] === '#' && i > from);
}

/** A plain scalar's first character is acceptable (block or flow context). */
function plainStartOk(s: string): boolean {
  const c = s[0]!;
  if (c === '-') return s.length > 1 && s[1] !== ' ';
  return !INDICATOR.has(c);
}

/**
 * A plain scalar inside a flow collection, from `start` up to `,` `]` `}` (trimmed), or for a key
 * up to its `: `.
 */
function flowPlain(text: string, start: number, key: boolean): { value: string; end: number } {
  let i = start;
  while (i < text.length) {
    const c = text[i];
    if (c === ',' || c === ']' || c === '}') break;
    if (key && c === ':' && text[i + 1] === ' ') break;
    // Any other colon, a comment marker or a nested collection: leave it to the yaml library.
    if (c === ':' || c === '#' || c === '[' || c === '{') decline();
    i++;
  }
  const value = trimEndSpaces(text.slice(start, i));
  if (value === '' || !plainStartOk(value)) decline();
  return { value, end: i };
}

/** YAML trims spaces only (tabs are declined): not String#trim, which also takes U+3000, U+00A0 … */
function trimEndSpaces(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 32) end--;
  return end === s.length ? s : s.slice(0, end);
}

function skipSpaces(text: string, i: number): number {
  while (text[i] === ' ') i++;
  return i;
}

/** A one-line flow sequence or mapping of scalars starting at `start`; the rest of the line must be blank. */
function flow(text: string, start: number): unknown {
  const open = text[start];
  const close = open === '[' ? ']' : '}';
  const seq: unknown[] = [];
  const map: Record<string, unknown> = {};
  let i = skipSpaces(text, start + 1);
  if (text[i] === close) {
    if (!restIsBlank(text, i + 1)) decline();
    return open === '[' ? seq : map;
  }
  const scalar = (key: boolean): { value: unknown; end: number } => {
    const c = text[i];
    if (c === '"' || c === "'") {
      const q = quoted(text, i);
      return { value: q.value, end: q.end };
    }
    const p = flowPlain(text, i, key);
    return { value: resolvePlain(p.value), end: p.end };
  };
  for (;;) {
    if (open === '[') {
      const item = scalar(false);
      seq.push(item.value);
      i = skipSpaces(text, item.end);
    } else {
      const keyStart = i;
      const k = scalar(true);
      if (typeof k.value !== 'string' || UNSAFE_KEYS.has(k.value) || Object.hasOwn(map, k.value)) decline();
      if (k.end - keyStart >= MAX_KEY_SPAN) decline();
      i = k.end;
      if (text[i] !== ':' || text[i + 1] !== ' ') decline();
      i = skipSpaces(text, i + 1);
      const v = scalar(false);
      map[k.value] = v.value;
      i = skipSpaces(text, v.end);
    }
    if (text[i] === close) {
      if (!restIsBlank(text, i + 1)) decline();
      return open === '[' ? seq : map;
    }
    if (text[i] !== ',') decline();
    i = skipSpaces(text, i + 1);
    if (text[i] === close || text[i] === ',' || i >= text.length) decline();
  }
}

/** A value written on the same line as its key or dash. */
function inline(text: string): unknown {
  const c = text[0];
  if (c === '"' || c === "'") {
    const q = quoted(text, 0);
    if (!restIsBlank(text, q.end)) decline();
    return q.value;
  }
  if (c === '[' || c === '{') return flow(text, 0);
  const hash = text.indexOf(' #');
  const value = trimEndSpaces(hash < 0 ? text : text.slice(0, hash));
  if (!plainStartOk(value)) decline();
  // A colon followed by a space (or ending the value) would make this a mapping: an error here.
  if (value.includes(': ') || value.endsWith(':')) decline();
  return resolvePlain(value);
}

/**
 * The yaml library rejects an implicit key whose `:` is more than 1024 characters after the key's
 * start (quotes and spaces before the colon count); the reader declines a little earlier.
 */
const MAX_KEY_SPAN = 1000;

/** The key of a mapping entry and what follows its colon ('' when nothing but a comment). */
function entry(text: string): { key: string; rest: string } | undefined {
  let key: string;
  let after: number;
  const c = text[0];
  if (c === '"' || c === "'") {
    const q = quoted(text, 0);
    const colon = skipSpaces(text, q.end);
    if (text[colon] !== ':' || (colon + 1 < text.length && text[colon + 1] !== ' ')) return undefined;
    key = q.value;
    after = colon + 1;
  } else {
    let colon = -1;
    for (let j = 0; j < text.length; j++) {
      const ch = text[j];
      if (ch === ':' && (j + 1 === text.length || text[j + 1] === ' ')) {
        colon = j;
        break;
      }
      if (ch === '#' && j > 0 && text[j - 1] === ' ') return undefined;
    }
    if (colon < 0) return undefined;
    key = trimEndSpaces(text.slice(0, colon));
    if (key === '' || !plainStartOk(key) || typeof resolvePlain(key) !== 'string') decline();
    after = colon + 1;
  }
  if (after - 1 >= MAX_KEY_SPAN || UNSAFE_KEYS.has(key)) decline();
  const start = skipSpaces(text, after);
  const rest = start >= text.length || text[start] === '#' ? '' : text.slice(start);
  return { key, rest };
}

const isSeqLine = (line: Line) => line.text === '-' || line.text.startsWith('- ');

/**
 * Deepest nesting of block collections read here. Standards nest a handful of levels; the yaml
 * library's own limit depends on the call stack left (it reports RESOURCE_EXHAUSTION), so anything
 * deep is left to it to judge.
 */
const MAX_DEPTH = 64;

class Reader {
  i = 0;
  /** Block collections open around the current line. */
  depth = 0;
  readonly lines: Line[];
  constructor(lines: Line[]) {
    this.lines = lines;
  }

  /** The block node (mapping or sequence) whose first line is the current one. */
  node(): unknown {
    const line = this.lines[this.i]!;
    return isSeqLine(line) ? this.sequence(line.indent) : this.mapping(line.indent);
  }

  /** What a key or dash with nothing after it on its line holds: the block below, or null. */
  below(indent: number, keyOfMapping: boolean): unknown {
    const next = this.lines[this.i];
    if (next && next.indent > indent) {
      const value = this.node();
      const after = this.lines[this.i];
      if (after && after.indent > indent) decline();
      return value;
    }
    // `key:` followed by `- item` at the key's own indentation is the key's sequence.
    if (keyOfMapping && next && next.indent === indent && isSeqLine(next)) return this.sequence(indent);
    return null;
  }

  /** Runs `read` one level deeper, declining past MAX_DEPTH. */
  nested<T>(read: () => T): T {
    if (++this.depth > MAX_DEPTH) decline();
    const value = read();
    this.depth--;
    return value;
  }

  mapping(indent: number): Record<string, unknown> {
    return this.nested(() => this.mappingEntries(indent));
  }

  sequence(indent: number): unknown[] {
    return this.nested(() => this.sequenceItems(indent));
  }

  private mappingEntries(indent: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    while (this.i < this.lines.length) {
      const line = this.lines[this.i]!;
      if (line.indent < indent) break;
      if (line.indent > indent || isSeqLine(line)) decline();
      const e = entry(line.text);
      if (!e || Object.hasOwn(out, e.key)) decline();
      this.i++;
      if (e.rest === '') {
        out[e.key] = this.below(indent, true);
      } else {
        out[e.key] = inline(e.rest);
        const next = this.lines[this.i];
        if (next && next.indent > indent) decline();
      }
    }
    return out;
  }

  private sequenceItems(indent: number): unknown[] {
    const out: unknown[] = [];
    while (this.i < this.lines.length) {
      const line = this.lines[this.i]!;
      if (line.indent !== indent || !isSeqLine(line)) {
        if (line.indent > indent) decline();
        break;
      }
      const after = line.text.slice(1);
      const content = after.slice(skipSpaces(after, 0));
      if (content === '' || content[0] === '#') {
        this.i++;
        out.push(this.below(indent, false));
        continue;
      }
      if (content === '-' || content.startsWith('- ')) decline();
      const c = content[0];
      const isMapping = c !== '[' && c !== '{' && entry(content) !== undefined;
      if (isMapping) {
        // `- key: value`: a mapping whose keys line up with this first one.
        const column = indent + 1 + (after.length - content.length);
        this.lines[this.i] = { indent: column, text: content };
        out.push(this.mapping(column));
        const next = this.lines[this.i];
        if (next && next.indent > indent) decline();
      } else {
        this.i++;
        out.push(inline(content));
        const next = this.lines[this.i];
        if (next && next.indent > indent) decline();
      }
    }
    return out;
  }
}

/** Splits the text into significant lines, or declines. */
function linesOf(text: string): Line[] {
  if (UNSUPPORTED.test(text)) decline();
  const lines: Line[] = [];
  let start = 0;
  let first = true;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let lineEnd = end;
    if (lineEnd > start && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    let j = start;
    while (j < lineEnd && text.charCodeAt(j) === 32) j++;
    if (j < lineEnd && text.charCodeAt(j) !== 35 /* # */) {
      const indent = j - start;
      const content = trimEndSpaces(text.slice(j, lineEnd));
      if (indent === 0) {
        if (content.startsWith('---') || content.startsWith('...')) {
          // One document start marker alone, before any content, is allowed; anything else (a
          // second marker is a second document) is the yaml library's.
          if (!(first && content === '---')) decline();
          first = false;
          start = end + 1;
          continue;
        }
        if (content[0] === '%') decline();
      }
      first = false;
      lines.push({ indent, text: content });
    }
    start = end + 1;
  }
  return lines;
}

/**
 * The data of a YAML text whose root is a block mapping, as `parseDocument(text).toJS()` of the
 * yaml library gives it, or undefined when the text uses anything this reader does not handle
 * (then the yaml library must read it).
 */
export function parseSimpleYaml(text: string): Record<string, unknown> | undefined {
  try {
    const lines = linesOf(text);
    if (lines.length === 0 || lines[0]!.indent !== 0 || isSeqLine(lines[0]!)) return undefined;
    const reader = new Reader(lines);
    const data = reader.mapping(0);
    if (reader.i !== lines.length) return undefined;
    return data;
  } catch {
    // DECLINE, or anything unforeseen (a stack overflow on input nested past MAX_DEPTH's guard):
    // this reader is only ever sure or silent.
    return undefined;
  }
}
