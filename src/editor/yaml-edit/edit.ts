/**
 * What an edit of a YAML file is — a path, and set / delete / insert / move — and the EditError
 * that refuses one; paths as JSON pointers (in messages and in changedPaths).
 */

export type Path = (string | number)[];
export type Edit =
  | { op: 'set'; path: Path; value: unknown }
  | { op: 'delete'; path: Path }
  | { op: 'insert'; path: Path; index: number; value: unknown }
  | { op: 'move'; path: Path; from: number; to: number };

/** An edit that cannot be made: the path does not exist, the source is not valid YAML, an alias is in the way… */
export class EditError extends Error {
  /** Why, in one sentence (without the path). */
  readonly reason: string;
  /** The path of the edit, when the error concerns one. */
  readonly path: Path | undefined;
  constructor(reason: string, path?: Path) {
    super(path ? `${ptr(path)}: ${reason}` : reason);
    this.name = 'EditError';
    this.reason = reason;
    this.path = path;
  }
}

/** A path as a JSON pointer (RFC 6901: `~` and `/` escaped); the root is ''. */
export function toPointer(path: readonly (string | number)[]): string {
  return path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

function ptr(path: readonly (string | number)[]): string {
  return toPointer(path) || '/';
}

/** Refuses, before anything is read, an edit whose shape the types do not guarantee at run time. */
export function checkEditShape(edit: Edit): void {
  const e = edit as { op?: unknown; path?: unknown; index?: unknown; from?: unknown; to?: unknown };
  if (
    !Array.isArray(e.path) ||
    !e.path.every((s) => typeof s === 'string' || (typeof s === 'number' && Number.isInteger(s) && s >= 0))
  ) {
    throw new EditError('an edit needs a path: a list of keys (strings) and item indexes (whole numbers ≥ 0)');
  }
  if (!['set', 'delete', 'insert', 'move'].includes(String(e.op)))
    throw new EditError(`unknown edit operation ${String(e.op)}`);
  const ints = e.op === 'insert' ? [e.index] : e.op === 'move' ? [e.from, e.to] : [];
  for (const n of ints)
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0)
      throw new EditError('item indexes must be whole numbers ≥ 0', edit.path);
}
