/**
 * The edits between two versions of the data (what the editor's form changed), and the JSON
 * pointers of what differs. Lists are matched by `id` when every item has a unique one (unless
 * ids were only renamed in place: idsToMatch), else by position, keeping unchanged items in place.
 */
import { toPointer, type Edit, type Path } from './edit.ts';
import { deepEqual, definedKeys, hasOwn, isPlainObject } from './plain-data.ts';

/**
 * Edits that turn `before` data into `after`: one 'set' per changed leaf (or per added key),
 * 'delete' for removed keys, and for lists: items matched by `id` when every item has a unique one
 * (insert, delete and the fewest moves), else by position with unchanged items kept in place
 * (longest common subsequence). Applied in order, the edits give `after` exactly.
 */
export function diffData(before: unknown, after: unknown, path: Path = []): Edit[] {
  const out: Edit[] = [];
  diffInto(before, after, [...path], out);
  return out;
}

/** JSON pointers of what differs: changed leaves, added or removed keys and items, moved items. */
export function changedPaths(before: unknown, after: unknown): string[] {
  const out: string[] = [];
  changedInto(before, after, [], out);
  return [...new Set(out)];
}

function idsOf(list: readonly unknown[]): string[] | undefined {
  const ids: string[] = [];
  for (const item of list) {
    if (!isPlainObject(item)) return undefined;
    const id = item['id'];
    if (typeof id !== 'string' && typeof id !== 'number') return undefined;
    ids.push(String(id));
  }
  return new Set(ids).size === ids.length ? ids : undefined;
}

/**
 * Ids to match two lists by: both lists' ids, unless the only difference is ids renamed in place
 * (same length, and every id that differs is new on one side and gone on the other). Then the
 * entries are the same entries with a new id — the form's id field typed into — and are matched by
 * position, so that the edit changes the id alone; matched by id, the entry would be removed and
 * written anew, its comments and layout lost.
 */
function idsToMatch(b: readonly unknown[], a: readonly unknown[]): [string[], string[]] | undefined {
  const bIds = idsOf(b);
  const aIds = idsOf(a);
  if (!bIds || !aIds) return undefined;
  if (bIds.length !== aIds.length) return [bIds, aIds];
  const bSet = new Set(bIds);
  const aSet = new Set(aIds);
  const renamedInPlace = bIds.every((id, k) => id === aIds[k] || (!aSet.has(id) && !bSet.has(aIds[k]!)));
  return renamedInPlace && bIds.some((id, k) => id !== aIds[k]) ? undefined : [bIds, aIds];
}

/** Indexes (into `seq`) of one longest strictly increasing subsequence. */
function lisIndexes(seq: readonly number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array<number>(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    const v = seq[i]!;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const out = new Set<number>();
  let k = tails.length > 0 ? tails[tails.length - 1]! : -1;
  while (k >= 0) {
    out.add(k);
    k = prev[k]!;
  }
  return out;
}

type Step =
  | { kind: 'keep'; b: number; a: number }
  | { kind: 'pair'; b: number; a: number }
  | { kind: 'del'; b: number }
  | { kind: 'ins'; a: number };

/** Aligns two lists: equal items kept (longest common subsequence), the rest paired by position, then deleted or inserted. */
function align(b: readonly unknown[], a: readonly unknown[]): Step[] {
  let pre = 0;
  while (pre < b.length && pre < a.length && deepEqual(b[pre], a[pre])) pre++;
  let suf = 0;
  while (suf < b.length - pre && suf < a.length - pre && deepEqual(b[b.length - 1 - suf], a[a.length - 1 - suf])) suf++;
  const bm = b.slice(pre, b.length - suf);
  const am = a.slice(pre, a.length - suf);
  const matches: [number, number][] = [];
  if (bm.length * am.length <= 250_000) {
    const m = bm.length;
    const n = am.length;
    const dp: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
    for (let i = m - 1; i >= 0; i--) {
      for (let j = n - 1; j >= 0; j--) {
        dp[i]![j] = deepEqual(bm[i], am[j]) ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < m && j < n) {
      if (deepEqual(bm[i], am[j])) {
        matches.push([i, j]);
        i++;
        j++;
      } else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) i++;
      else j++;
    }
  }
  const steps: Step[] = [];
  for (let k = 0; k < pre; k++) steps.push({ kind: 'keep', b: k, a: k });
  let bi = 0;
  let ai = 0;
  const gap = (bEnd: number, aEnd: number) => {
    while (bi < bEnd && ai < aEnd) steps.push({ kind: 'pair', b: pre + bi++, a: pre + ai++ });
    while (bi < bEnd) steps.push({ kind: 'del', b: pre + bi++ });
    while (ai < aEnd) steps.push({ kind: 'ins', a: pre + ai++ });
  };
  for (const [mb, ma] of matches) {
    gap(mb, ma);
    steps.push({ kind: 'keep', b: pre + bi++, a: pre + ai++ });
  }
  gap(bm.length, am.length);
  for (let k = 0; k < suf; k++) steps.push({ kind: 'keep', b: b.length - suf + k, a: a.length - suf + k });
  return steps;
}

function diffInto(b: unknown, a: unknown, path: Path, out: Edit[]): void {
  if (deepEqual(b, a)) return;
  if (isPlainObject(b) && isPlainObject(a)) {
    for (const k of definedKeys(b))
      if (!hasOwn(a, k) || a[k] === undefined) out.push({ op: 'delete', path: [...path, k] });
    for (const k of definedKeys(a)) {
      if (!hasOwn(b, k) || b[k] === undefined) out.push({ op: 'set', path: [...path, k], value: a[k] });
      else diffInto(b[k], a[k], [...path, k], out);
    }
    return;
  }
  if (Array.isArray(b) && Array.isArray(a)) {
    const ids = idsToMatch(b, a);
    if (ids && (b.length > 0 || a.length > 0)) diffById(b, a, ids[0], ids[1], path, out);
    else diffByPosition(b, a, path, out);
    return;
  }
  out.push({ op: 'set', path, value: a });
}

/**
 * The one move that turns `b` into `a` (an entry taken out and put back elsewhere, the rest in
 * order, as the form's ↑ and ↓ do), or undefined when there is none.
 */
function singleMove(b: readonly unknown[], a: readonly unknown[]): { from: number; to: number } | undefined {
  if (b.length !== a.length) return undefined;
  let pre = 0;
  while (pre < b.length && deepEqual(b[pre], a[pre])) pre++;
  if (pre === b.length) return undefined;
  let last = b.length - 1;
  while (deepEqual(b[last], a[last])) last--;
  // Between pre and last, `a` is `b` with its first entry moved to the end, or its last to the front.
  const shifted = (from: number, to: number, by: number) => {
    for (let k = from; k <= to; k++) if (!deepEqual(a[k], b[k + by])) return false;
    return true;
  };
  if (deepEqual(a[last], b[pre]) && shifted(pre, last - 1, 1)) return { from: pre, to: last };
  if (deepEqual(a[pre], b[last]) && shifted(pre + 1, last, -1)) return { from: last, to: pre };
  return undefined;
}

function diffByPosition(b: readonly unknown[], a: readonly unknown[], path: Path, out: Edit[]): void {
  // An entry moved is moved, not removed and written anew (its comments and layout go with it).
  const move = singleMove(b, a);
  if (move) {
    out.push({ op: 'move', path, ...move });
    return;
  }
  let cur = 0;
  for (const step of align(b, a)) {
    if (step.kind === 'keep') cur++;
    else if (step.kind === 'pair') diffInto(b[step.b], a[step.a], [...path, cur++], out);
    else if (step.kind === 'del') out.push({ op: 'delete', path: [...path, cur] });
    else out.push({ op: 'insert', path, index: cur++, value: a[step.a] });
  }
}

function diffById(
  b: readonly unknown[],
  a: readonly unknown[],
  bIds: string[],
  aIds: string[],
  path: Path,
  out: Edit[],
): void {
  const inAfter = new Set(aIds);
  for (let i = b.length - 1; i >= 0; i--) if (!inAfter.has(bIds[i]!)) out.push({ op: 'delete', path: [...path, i] });
  const cur = bIds.filter((id) => inAfter.has(id));
  const kept = new Set(cur);
  const target = aIds.filter((id) => kept.has(id));
  const stable = lisIndexes(target.map((id) => cur.indexOf(id)));
  target.forEach((id, ti) => {
    if (stable.has(ti)) return;
    const from = cur.indexOf(id);
    cur.splice(from, 1);
    const to = ti === 0 ? 0 : cur.indexOf(target[ti - 1]!) + 1;
    cur.splice(to, 0, id);
    if (from !== to) out.push({ op: 'move', path, from, to });
  });
  aIds.forEach((id, t) => {
    if (!kept.has(id)) out.push({ op: 'insert', path, index: t, value: a[t] });
  });
  const before = new Map(bIds.map((id, i) => [id, b[i]]));
  aIds.forEach((id, t) => {
    if (kept.has(id)) diffInto(before.get(id), a[t], [...path, t], out);
  });
}

function changedInto(b: unknown, a: unknown, path: Path, out: string[]): void {
  if (deepEqual(b, a)) return;
  if (isPlainObject(b) && isPlainObject(a)) {
    const keys = [...definedKeys(b), ...definedKeys(a).filter((k) => !hasOwn(b, k) || b[k] === undefined)];
    for (const k of keys) {
      const inB = hasOwn(b, k) && b[k] !== undefined;
      const inA = hasOwn(a, k) && a[k] !== undefined;
      if (inB && inA) changedInto(b[k], a[k], [...path, k], out);
      else out.push(toPointer([...path, k]));
    }
    return;
  }
  if (Array.isArray(b) && Array.isArray(a)) {
    const ids = idsToMatch(b, a);
    if (ids) {
      const [bIds, aIds] = ids;
      const bIndex = new Map(bIds.map((id, i) => [id, i]));
      const inAfter = new Set(aIds);
      const keptAfter = aIds.map((id, t) => [id, t] as const).filter(([id]) => bIndex.has(id));
      const stable = lisIndexes(keptAfter.map(([id]) => bIndex.get(id)!));
      bIds.forEach((id, i) => {
        if (!inAfter.has(id)) out.push(toPointer([...path, i]));
      });
      const stableIds = new Set([...stable].map((k) => keptAfter[k]![0]));
      aIds.forEach((id, t) => {
        const bi = bIndex.get(id);
        if (bi === undefined || !stableIds.has(id)) out.push(toPointer([...path, t]));
        else changedInto(b[bi], a[t], [...path, t], out);
      });
      return;
    }
    for (const step of align(b, a)) {
      if (step.kind === 'pair') changedInto(b[step.b], a[step.a], [...path, step.a], out);
      else if (step.kind === 'del') out.push(toPointer([...path, step.b]));
      else if (step.kind === 'ins') out.push(toPointer([...path, step.a]));
    }
    return;
  }
  out.push(toPointer(path));
}
