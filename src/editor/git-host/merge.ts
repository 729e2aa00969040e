/**
 * Line-based three-way merge (diff3), for when the file changed upstream while the editor had it:
 * merge3(base = the text the edit started from, ours = the edited text, theirs = the text upstream).
 *
 * How: each side is diffed against base with Myers' O(ND) algorithm (linear space: bisect on the
 * middle snake, as in diff-match-patch), which gives a longest common subsequence of lines. Base
 * lines matched in both sides are stable; between two stable runs, each side's lines form a chunk.
 * A chunk changed on one side only takes that side; changed identically on both takes it once;
 * changed differently on both is a conflict (the lines the two sides share at the chunk's start
 * and end are kept outside the markers). As in diff3 and git, two edits must be separated by at
 * least one unchanged line to merge cleanly: edits to adjacent lines conflict.
 *
 * Text is split into lines that keep their terminators ('\n' or '\r\n'), so every line of the
 * result is byte-identical to a line of one input; marker lines use the line ending of `ours`.
 * Pure, no dependencies, browser-safe.
 */

export interface MergeResult {
  /** True when no chunk conflicted. */
  clean: boolean;
  /** The merged text; with conflict markers when not clean. */
  text: string;
  /** How many conflict regions the text has. */
  conflicts: number;
}

export const MARKER_OURS = '<<<<<<< ours';
export const MARKER_SEPARATOR = '=======';
export const MARKER_THEIRS = '>>>>>>> theirs';

export function merge3(base: string, ours: string, theirs: string): MergeResult {
  const eol = ours.includes('\r\n') || (!ours.includes('\n') && base.includes('\r\n')) ? '\r\n' : '\n';
  const B = splitLines(base);
  const O = splitLines(ours);
  const T = splitLines(theirs);
  const ids = new Map<string, number>();
  const intern = (lines: string[]): Int32Array => {
    const out = new Int32Array(lines.length);
    lines.forEach((line, i) => {
      let id = ids.get(line);
      if (id === undefined) ids.set(line, (id = ids.size));
      out[i] = id;
    });
    return out;
  };
  const b = intern(B);
  const o = intern(O);
  const t = intern(T);
  const mo = matchMap(b, o);
  const mt = matchMap(b, t);

  const out: string[] = [];
  let conflicts = 0;
  let i = 0;
  let j = 0;
  let k = 0;
  for (;;) {
    // A stable run: base lines matched, in order, in both sides.
    while (i < b.length && mo[i] === j && mt[i] === k) {
      out.push(B[i]!);
      i++;
      j++;
      k++;
    }
    // The next stable line ends the chunk (or the texts' ends do).
    let n = i;
    while (n < b.length && (mo[n] === -1 || mt[n] === -1)) n++;
    const bEnd = n;
    const oEnd = n < b.length ? mo[n]! : o.length;
    const tEnd = n < b.length ? mt[n]! : t.length;
    if (i === bEnd && j === oEnd && k === tEnd) {
      if (n >= b.length) break;
      continue;
    }
    const oSame = same(o, j, oEnd, b, i, bEnd);
    const tSame = same(t, k, tEnd, b, i, bEnd);
    if (oSame) out.push(...T.slice(k, tEnd));
    else if (tSame || same(o, j, oEnd, t, k, tEnd)) out.push(...O.slice(j, oEnd));
    else {
      conflicts++;
      // Lines both sides share at the start and at the end of the chunk stay outside the markers.
      let head = 0;
      while (j + head < oEnd && k + head < tEnd && o[j + head] === t[k + head]) head++;
      let tail = 0;
      while (oEnd - tail > j + head && tEnd - tail > k + head && o[oEnd - tail - 1] === t[tEnd - tail - 1]) tail++;
      out.push(...O.slice(j, j + head));
      const section = (lines: string[]) => {
        out.push(...lines);
        if (lines.length > 0 && !/\n$/.test(lines.at(-1)!)) out.push(eol);
      };
      out.push(MARKER_OURS + eol);
      section(O.slice(j + head, oEnd - tail));
      out.push(MARKER_SEPARATOR + eol);
      section(T.slice(k + head, tEnd - tail));
      out.push(MARKER_THEIRS + eol);
      out.push(...O.slice(oEnd - tail, oEnd));
    }
    i = bEnd;
    j = oEnd;
    k = tEnd;
  }
  return { clean: conflicts === 0, text: out.join(''), conflicts };
}

/** How many conflict regions (lines starting with `<<<<<<< `) a text still has: a merge left unresolved must not be committed. */
export function countConflictMarkers(text: string): number {
  return (text.match(/^<<<<<<< /gm) ?? []).length;
}

/** Lines with their terminators: 'a\nb' → ['a\n', 'b']; '' → []. */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function same(a: Int32Array, aLo: number, aHi: number, b: Int32Array, bLo: number, bHi: number): boolean {
  if (aHi - aLo !== bHi - bLo) return false;
  for (let x = 0; x < aHi - aLo; x++) if (a[aLo + x] !== b[bLo + x]) return false;
  return true;
}

/** For each line of a: the index of the line of b it is matched with in a longest common subsequence, or -1. */
function matchMap(a: Int32Array, b: Int32Array): Int32Array {
  const map = new Int32Array(a.length).fill(-1);
  for (const [x, y] of lcs(a, b)) map[x] = y;
  return map;
}

/** Matched index pairs (ascending in both) of a longest common subsequence of a and b. */
export function lcs(a: ArrayLike<number>, b: ArrayLike<number>): [number, number][] {
  const pairs: [number, number][] = [];
  // An explicit stack instead of recursion. A range pushes, in this order, the pairs of its common
  // suffix, its right half and its left half, so that they are handled left half first.
  type Task = { range: [number, number, number, number] } | { emit: [number, number][] };
  const stack: Task[] = [{ range: [0, a.length, 0, b.length] }];
  while (stack.length > 0) {
    const task = stack.pop()!;
    if ('emit' in task) {
      pairs.push(...task.emit);
      continue;
    }
    let [aLo, aHi, bLo, bHi] = task.range;
    while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) pairs.push([aLo++, bLo++]);
    const suffix: [number, number][] = [];
    while (aLo < aHi && bLo < bHi && a[aHi - 1] === b[bHi - 1]) suffix.push([--aHi, --bHi]);
    if (suffix.length > 0) stack.push({ emit: suffix.reverse() });
    if (aLo < aHi && bLo < bHi) {
      const split = bisect(a, aLo, aHi, b, bLo, bHi);
      if (split !== undefined) {
        const [x, y] = split;
        stack.push({ range: [x, aHi, y, bHi] }, { range: [aLo, x, bLo, y] });
      }
    }
  }
  return pairs;
}

/**
 * The middle of an optimal edit path between a[aLo..aHi) and b[bLo..bHi) (their first and last
 * elements differ), in absolute coordinates; undefined when they have nothing in common.
 */
function bisect(
  a: ArrayLike<number>,
  aLo: number,
  aHi: number,
  b: ArrayLike<number>,
  bLo: number,
  bHi: number,
): [number, number] | undefined {
  const n = aHi - aLo;
  const m = bHi - bLo;
  const maxD = Math.ceil((n + m) / 2);
  const offset = maxD;
  const length = 2 * maxD + 2;
  const v1 = new Int32Array(length).fill(-1);
  const v2 = new Int32Array(length).fill(-1);
  v1[offset + 1] = 0;
  v2[offset + 1] = 0;
  const delta = n - m;
  const front = delta % 2 !== 0;
  let k1start = 0;
  let k1end = 0;
  let k2start = 0;
  let k2end = 0;
  for (let d = 0; d < maxD; d++) {
    for (let k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
      const k1o = offset + k1;
      let x1 = k1 === -d || (k1 !== d && v1[k1o - 1]! < v1[k1o + 1]!) ? v1[k1o + 1]! : v1[k1o - 1]! + 1;
      let y1 = x1 - k1;
      while (x1 < n && y1 < m && a[aLo + x1] === b[bLo + y1]) {
        x1++;
        y1++;
      }
      v1[k1o] = x1;
      if (x1 > n) k1end += 2;
      else if (y1 > m) k1start += 2;
      else if (front) {
        const k2o = offset + delta - k1;
        if (k2o >= 0 && k2o < length && v2[k2o] !== -1 && x1 >= n - v2[k2o]!) return [aLo + x1, bLo + y1];
      }
    }
    for (let k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
      const k2o = offset + k2;
      let x2 = k2 === -d || (k2 !== d && v2[k2o - 1]! < v2[k2o + 1]!) ? v2[k2o + 1]! : v2[k2o - 1]! + 1;
      let y2 = x2 - k2;
      while (x2 < n && y2 < m && a[aHi - x2 - 1] === b[bHi - y2 - 1]) {
        x2++;
        y2++;
      }
      v2[k2o] = x2;
      if (x2 > n) k2end += 2;
      else if (y2 > m) k2start += 2;
      else if (!front) {
        const k1o = offset + delta - k2;
        if (k1o >= 0 && k1o < length && v1[k1o] !== -1) {
          const x1 = v1[k1o]!;
          const y1 = offset + x1 - k1o;
          if (x1 >= n - x2) return [aLo + x1, bLo + y1];
        }
      }
    }
  }
  return undefined;
}
