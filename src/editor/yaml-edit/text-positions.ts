/**
 * Positions in the source text: line starts and ends, columns, indentation; and the one way the
 * text changes, a splice.
 */

export function lineStart(t: string, pos: number): number {
  return t.lastIndexOf('\n', pos - 1) + 1;
}

/** The end of the line holding `pos`, before its line break. */
export function lineEnd(t: string, pos: number): number {
  const i = t.indexOf('\n', pos);
  if (i < 0) return t.length;
  return t[i - 1] === '\r' ? i - 1 : i;
}

export function nextLineStart(t: string, pos: number): number {
  const i = t.indexOf('\n', pos);
  return i < 0 ? t.length : i + 1;
}

export function column(t: string, pos: number): number {
  return pos - lineStart(t, pos);
}

export function indentOf(line: string): number {
  return line.length - line.replace(/^ +/, '').length;
}

export function isBlank(s: string): boolean {
  return /^[ \t\r\n]*$/.test(s);
}

export function splice(t: string, from: number, to: number, insert: string): string {
  return t.slice(0, from) + insert + t.slice(to);
}

/** `text` without the line breaks (LF or CRLF) at its end; a loop, as a regex would be quadratic. */
export function withoutTrailingLineBreaks(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '\n') end -= end > 1 && text[end - 2] === '\r' ? 2 : 1;
  return text.slice(0, end);
}
