/**
 * The change as a patch `git apply` takes, for someone without access to the repository to hand
 * to someone with it: git's own format (a `diff --git` header; `new file mode` and /dev/null for a
 * file that did not exist), its hunks from the diff library's line diff. Paths that git would
 * quote (spaces, quotes, backslashes, control characters, non-ASCII) are written C-quoted as git
 * writes them, byte by byte in UTF-8, so `git apply` reads the same path back.
 *
 * Loaded only when a patch is copied (submit.svelte.ts imports it on demand): the diff library
 * stays out of the editor's first load.
 */
import { structuredPatch } from 'diff';

/** A patch of `path` from `before` to `after`; `before === undefined` creates the file. */
export function gitPatch(path: string, before: string | undefined, after: string): string {
  const a = quotePath(`a/${path}`);
  const b = quotePath(`b/${path}`);
  const created = before === undefined;
  const header = [`diff --git ${a} ${b}`];
  if (created) header.push('new file mode 100644');
  header.push(`--- ${created ? '/dev/null' : a}`, `+++ ${b}`);
  const { hunks } = structuredPatch(path, path, before ?? '', after, undefined, undefined, { context: 3 });
  const body = hunks.flatMap((h) => [
    `@@ -${range(h.oldStart, h.oldLines)} +${range(h.newStart, h.newLines)} @@`,
    ...h.lines,
  ]);
  return `${[...header, ...body].join('\n')}\n`;
}

/** A hunk's range: an empty side names the line before it (0 for an empty file), as diff -u does. */
function range(start: number, lines: number): string {
  return `${lines === 0 ? start - 1 : start},${lines}`;
}

const ESCAPES: Record<number, string> = {
  7: 'a',
  8: 'b',
  9: 't',
  10: 'n',
  11: 'v',
  12: 'f',
  13: 'r',
  34: '"',
  92: '\\',
};

/** The path as git writes it in a patch header: as it is when plain, else C-quoted with octal bytes. */
export function quotePath(path: string): string {
  const bytes = new TextEncoder().encode(path);
  // A space is not quoted by git, but a quoted path is never misread: quote it too.
  if (bytes.every((c) => c > 32 && c < 127 && c !== 34 && c !== 92)) return path;
  let out = '"';
  for (const c of bytes) {
    const escape = ESCAPES[c];
    if (escape !== undefined) out += `\\${escape}`;
    else if (c < 32 || c >= 127) out += `\\${c.toString(8).padStart(3, '0')}`;
    else out += String.fromCharCode(c);
  }
  return `${out}"`;
}
