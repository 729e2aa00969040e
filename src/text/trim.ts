/**
 * Trimming runs of given characters from the ends of a string, in one pass. The regex way
 * (`/-+$/`, `/\/+$/`) is quadratic on a long run that is not at the end: the engine retries the
 * run from every position in it.
 */

/** Characters to trim: the characters of a string, or those a one-character regex matches. */
export type Trimmed = string | RegExp;

const trims = (chars: Trimmed, c: string): boolean => (typeof chars === 'string' ? chars.includes(c) : chars.test(c));

/** `text` without the characters of `chars` at its end. */
export function trimEnd(text: string, chars: Trimmed): string {
  let end = text.length;
  while (end > 0 && trims(chars, text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** `text` without the characters of `chars` at its start. */
export function trimStart(text: string, chars: Trimmed): string {
  let start = 0;
  while (start < text.length && trims(chars, text[start]!)) start++;
  return text.slice(start);
}
