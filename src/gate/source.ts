/**
 * Reading one standards file safely: size, binary and encoding checks, YAML parsing that keeps
 * source positions, and a locator from a JSON path to the line and column of its node.
 * Nothing here throws on bad input: every problem becomes a diagnostic.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';
import { diagnostic, type Diagnostic, type SourcePosition } from './diagnostics.ts';
import { bilingualParam, YAML_ERRORS } from './messages.ts';
import type { Params } from '../i18n/locale.ts';
import { decodeSource, MAX_FILE_BYTES } from './source-text.ts';
import { parseSimpleYaml } from './yaml-fast.ts';

export { firstInvalidUtf8 } from './source-text.ts';

export const LIMITS = {
  /** Largest file read, in bytes. A standard that large should be split. */
  fileBytes: MAX_FILE_BYTES,
  /** Most alias expansions the YAML parser allows before calling it an alias bomb. */
  aliasCount: 50,
} as const;

/** Keys that would reach an object's prototype when the data is used in JavaScript. */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonPath = readonly (string | number)[];
export interface Range {
  start: SourcePosition;
  end: SourcePosition;
}

export interface ParsedSource {
  /** Path relative to the handbook folder, forward slashes. */
  file: string;
  /** The parsed data, or undefined when the file could not be read or parsed. */
  data: unknown;
  /** MDX only: the body after the frontmatter, and the line it starts on. */
  body?: string;
  bodyLine?: number;
  diagnostics: Diagnostic[];
  /**
   * Warnings about the text that do not stop it being read (a missing final newline). Apart from
   * `diagnostics` because callers check the data only when `diagnostics` is empty.
   */
  warnings: Diagnostic[];
  /** The source range of the node at `path`; with `key`, of its key. Falls back to the deepest node found. */
  locate(path: JsonPath, options?: { key?: boolean }): Range;
  /** The source range of the text between two offsets of the file's text. */
  rangeOf(startOffset: number, endOffset: number): Range;
}

const FILE_START: Range = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

/** How every file is parsed by the yaml library (and parsed again the same way to locate a node). */
const YAML_OPTIONS = { uniqueKeys: true, prettyErrors: false, keepSourceTokens: false } as const;

/** The 1-based line of an offset, without building the table of line starts. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** One character of white space, as a regex's \s (Unicode spaces included). */
const WHITESPACE = /\s/;

/**
 * Only blank lines and comments: a file with no data. One pass that stops at the first character
 * of data (in a real file, on its first line); a regex over the whole text backtracked exponentially
 * on a header of comments.
 */
function holdsNoData(text: string): boolean {
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '#') {
      // A comment runs to the end of its line; YAML also ends a line at a lone CR.
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    } else if (WHITESPACE.test(c)) i++;
    else return false;
  }
  return true;
}

/**
 * A YAML or MDX file whose last line has no line break (yamllint's new-line-at-end-of-file). Editors
 * end files with one, so its absence most often means a file cut short by a bad copy or save.
 */
function endsWithoutNewline(file: string, text: string): boolean {
  if (text === '' || !/\.(?:ya?ml|mdx?)$/i.test(file)) return false;
  const last = text[text.length - 1];
  return last !== '\n' && last !== '\r';
}

export function toPointer(path: JsonPath): string {
  return path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** Offsets of the first character of every line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function positionIn(starts: readonly number[], offset: number): SourcePosition {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}

/** The message params for a yaml library error: our own wording where we have it, else its first line. */
function yamlDetail(code: string, message: string): Params {
  const known = YAML_ERRORS[code];
  if (known) return bilingualParam('detail', known);
  const first = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').replace(/:$/, '');
  const detail = /[.!?]$/.test(first) ? first : `${first}.`;
  return bilingualParam('detail', { 'zh-CN': detail, en: detail });
}

interface Frontmatter {
  yaml: string;
  yamlOffset: number;
  body: string;
  bodyOffset: number;
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)(?:^|\r?\n)---[ \t]*(?:\r?\n|$)/;

function splitFrontmatter(text: string): Frontmatter | undefined {
  const m = FRONTMATTER.exec(text);
  if (!m) return undefined;
  const yamlOffset = text.indexOf('\n') + 1;
  return { yaml: m[1] ?? '', yamlOffset, body: text.slice(m[0].length), bodyOffset: m[0].length };
}

/**
 * Reads a YAML file, or the frontmatter of an MDX file when `frontmatter` is set, into data with
 * positions. `kind` only feeds messages (which `touchstone new` to suggest).
 */
export function parseSource(
  file: string,
  bytes: Uint8Array,
  options: { frontmatter?: boolean; kind?: string } = {},
): ParsedSource {
  const diagnostics: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const kind = options.kind ?? 'touchpoint';
  // Positions are worked out only when something is reported: the line starts of `positionsOf`
  // and the yaml Document of `yamlSource` are built on the first locate() or rangeOf() call.
  let positionsOf = '';
  let starts: number[] | undefined;
  let doc: Document | undefined;
  // Assigned once, further down, after the closures that read it are made.
  // eslint-disable-next-line prefer-const
  let yamlSource: string | undefined;
  let docOffset = 0;
  const getDoc = (): Document | undefined =>
    (doc ??= yamlSource === undefined ? undefined : parseDocument(yamlSource, YAML_OPTIONS));
  const rangeOf = (a: number, b: number): Range => {
    starts ??= lineStarts(positionsOf);
    return { start: positionIn(starts, a), end: positionIn(starts, Math.max(a, b)) };
  };
  const nodeRange = (node: Node | null | undefined): Range =>
    node?.range ? rangeOf(node.range[0] + docOffset, node.range[1] + docOffset) : FILE_START;

  const result: ParsedSource = {
    file,
    data: undefined,
    diagnostics,
    warnings,
    rangeOf,
    locate(path, opts = {}) {
      const doc = getDoc();
      if (!doc) return FILE_START;
      let node: unknown = doc.contents;
      let found: Range = nodeRange(doc.contents as Node | null);
      for (let i = 0; i < path.length; i++) {
        if (isAlias(node)) node = node.resolve(doc);
        const seg = path[i];
        if (isMap(node)) {
          const pair = node.items.find(
            (p) => isPair(p) && String(isScalar(p.key) ? p.key.value : p.key) === String(seg),
          );
          if (!pair) return found;
          const last = i === path.length - 1;
          if (last && opts.key) return nodeRange(pair.key as Node);
          node = pair.value;
          // A key with no value (`title:`) has no value node: point at the key.
          found = pair.value ? nodeRange(pair.value as Node) : nodeRange(pair.key as Node);
        } else if (isSeq(node)) {
          const item = node.items[Number(seg)];
          if (item === undefined) return found;
          node = item;
          found = nodeRange(item as Node);
        } else return found;
      }
      return found;
    },
  };

  // Size, binary and UTF-8 checks: the same function the browser decodes a user's file with.
  const decoded = decodeSource(file, bytes);
  if ('diagnostic' in decoded) {
    diagnostics.push(decoded.diagnostic);
    return result;
  }
  let text = decoded.text;
  if (text.charCodeAt(0) === 0xfeff) text = ' ' + text.slice(1); // keep offsets: the BOM becomes a space
  positionsOf = text;
  if (endsWithoutNewline(file, text))
    warnings.push(diagnostic(file, rangeOf(text.length, text.length), '', 'missing-final-newline'));

  let yamlText = text;
  if (options.frontmatter) {
    const fm = splitFrontmatter(text);
    if (!fm) {
      diagnostics.push(
        diagnostic(file, FILE_START, '', text.trim() === '' ? 'empty-file' : 'frontmatter-missing', { kind }),
      );
      return result;
    }
    yamlText = fm.yaml;
    docOffset = fm.yamlOffset;
    result.body = fm.body;
    result.bodyLine = lineOf(text, fm.bodyOffset);
  }

  if (holdsNoData(yamlText)) {
    diagnostics.push(diagnostic(file, FILE_START, '', 'empty-file', { kind }));
    return result;
  }

  yamlSource = yamlText;
  // Most files are plain block YAML: read them fast, and build the Document only if asked where.
  const simple = parseSimpleYaml(yamlText);
  if (simple !== undefined) {
    result.data = simple;
    return result;
  }

  doc = parseDocument(yamlText, YAML_OPTIONS);
  const reported = new Set<number>();
  // The parser may report one mistake twice at one spot; a multi-line implicit key is most often
  // a key indented too far on the following line, so that is where it is reported.
  const errors = [...doc.errors].sort(
    (a, b) => Number(b.code === 'MULTILINE_IMPLICIT_KEY') - Number(a.code === 'MULTILINE_IMPLICIT_KEY'),
  );
  for (const err of errors) {
    if (reported.has(err.pos[0])) continue;
    reported.add(err.pos[0]);
    let start = err.pos[0];
    if (err.code === 'MULTILINE_IMPLICIT_KEY') {
      const lastBreak = yamlText.lastIndexOf('\n', err.pos[1] - 1);
      if (lastBreak >= err.pos[0])
        start = lastBreak + 1 + (/^\s*/.exec(yamlText.slice(lastBreak + 1))?.[0].length ?? 0);
    }
    const at = rangeOf(start + docOffset, err.pos[1] + docOffset);
    if (err.code === 'DUPLICATE_KEY') {
      const lineEnd = yamlText.indexOf('\n', err.pos[0]);
      const key =
        yamlText
          .slice(err.pos[0], lineEnd < 0 ? undefined : lineEnd)
          .split(':')[0]
          ?.trim() || '?';
      diagnostics.push(diagnostic(file, at, '', 'duplicate-key', { key }));
    } else if (err.code === 'MULTIPLE_DOCS') {
      diagnostics.push(diagnostic(file, at, '', 'multiple-documents'));
    } else {
      diagnostics.push(diagnostic(file, at, '', 'yaml-syntax', yamlDetail(err.code, err.message)));
    }
  }
  if (diagnostics.length > 0) return result;

  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) {
    diagnostics.push(diagnostic(file, FILE_START, '', 'empty-file', { kind }));
    return result;
  }
  if (!isMap(contents)) {
    diagnostics.push(diagnostic(file, nodeRange(contents as Node), '', 'not-a-mapping', { kind }));
    return result;
  }

  const activeDoc = doc;
  visit(activeDoc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) {
        diagnostics.push(diagnostic(file, nodeRange(pair.key as Node), '', 'forbidden-key', { key }));
      }
    },
  });
  if (diagnostics.length > 0) return result;

  try {
    result.data = activeDoc.toJS({ maxAliasCount: LIMITS.aliasCount });
  } catch (error) {
    let aliasAt: Range = FILE_START;
    visit(activeDoc, {
      Alias(_, node) {
        aliasAt = nodeRange(node as unknown as Node);
        return visit.BREAK;
      },
    });
    if (error instanceof ReferenceError || /alias/i.test(String(error))) {
      diagnostics.push(diagnostic(file, aliasAt, '', 'alias-limit', { limit: LIMITS.aliasCount }));
    } else {
      diagnostics.push(
        diagnostic(file, aliasAt, '', 'yaml-syntax', yamlDetail('', String((error as Error).message ?? error))),
      );
    }
    result.data = undefined;
  }
  // Without problems, let the Document go (a handbook holds thousands of files): locate() parses
  // again if a later rule reports something in this file.
  if (diagnostics.length === 0) doc = undefined;
  return result;
}
