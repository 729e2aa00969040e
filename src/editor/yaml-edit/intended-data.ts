/**
 * What an edit must give: the edit applied to the parsed data with a small immutable setter. The
 * edited text is checked against it (apply.ts), so the setter's rules are the edits' meaning.
 */
import { EditError, type Edit, type Path } from './edit.ts';
import { hasOwn, isPlainObject, withKey, withoutKey } from './plain-data.ts';

function listIndex(list: readonly unknown[], seg: string | number, at: Path, allowEnd = false): number {
  if (
    typeof seg !== 'number' ||
    !Number.isInteger(seg) ||
    seg < 0 ||
    seg > list.length ||
    (seg === list.length && !allowEnd)
  ) {
    throw new EditError(
      `the list has ${list.length} item${list.length === 1 ? '' : 's'}; there is no item ${String(seg)}`,
      at,
    );
  }
  return seg;
}

export function getIn(data: unknown, path: Path): unknown {
  let cur = data;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    if (Array.isArray(cur)) cur = cur[listIndex(cur, seg, path.slice(0, i))];
    else if (isPlainObject(cur)) cur = hasOwn(cur, String(seg)) ? cur[String(seg)] : undefined;
    else return undefined;
  }
  return cur;
}

/** The immutable setter: `set` creates missing keys (and maps in place of missing or null values). */
function setIn(data: unknown, path: Path, value: unknown, at: Path = []): unknown {
  if (path.length === 0) return value;
  const [seg, ...rest] = path as [string | number, ...Path];
  const here = [...at, seg];
  if (Array.isArray(data)) {
    const i = listIndex(data, seg, at);
    const copy = [...data];
    copy[i] = setIn(data[i], rest, value, here);
    return copy;
  }
  if (isPlainObject(data))
    return withKey(
      data,
      String(seg),
      setIn(hasOwn(data, String(seg)) ? data[String(seg)] : undefined, rest, value, here),
    );
  if (data === null || data === undefined) {
    if (typeof seg === 'number') throw new EditError('no list here to set an item of', at);
    return withKey({}, seg, setIn(undefined, rest, value, here));
  }
  throw new EditError(`this is a ${typeof data}, not a map or a list`, at);
}

function updateIn(data: unknown, path: Path, fn: (v: unknown) => unknown, at: Path = []): unknown {
  if (path.length === 0) return fn(data);
  const [seg, ...rest] = path as [string | number, ...Path];
  if (Array.isArray(data)) {
    const i = listIndex(data, seg, at);
    const copy = [...data];
    copy[i] = updateIn(data[i], rest, fn, [...at, seg]);
    return copy;
  }
  if (isPlainObject(data) && hasOwn(data, String(seg)))
    return withKey(data, String(seg), updateIn(data[String(seg)], rest, fn, [...at, seg]));
  throw new EditError('does not exist', [...at, seg]);
}

export function applyToData(data: unknown, edit: Edit): unknown {
  switch (edit.op) {
    case 'set':
      return setIn(data, edit.path, edit.value);
    case 'delete': {
      if (edit.path.length === 0) throw new EditError('the whole document cannot be deleted', edit.path);
      const parentPath = edit.path.slice(0, -1);
      const last = edit.path[edit.path.length - 1]!;
      return updateIn(data, parentPath, (parent) => {
        if (Array.isArray(parent)) {
          const i = listIndex(parent, last, parentPath);
          return parent.filter((_, k) => k !== i);
        }
        if (isPlainObject(parent) && hasOwn(parent, String(last))) return withoutKey(parent, String(last));
        throw new EditError('does not exist', edit.path);
      });
    }
    case 'insert': {
      const current = getIn(data, edit.path);
      if (current === undefined || current === null) {
        if (edit.index !== 0) throw new EditError(`there is no list here yet; insert at index 0`, edit.path);
        return setIn(data, edit.path, [edit.value]);
      }
      return updateIn(data, edit.path, (list) => {
        if (!Array.isArray(list)) throw new EditError('this is not a list', edit.path);
        const i = listIndex(list, edit.index, edit.path, true);
        return [...list.slice(0, i), edit.value, ...list.slice(i)];
      });
    }
    case 'move':
      return updateIn(data, edit.path, (list) => {
        if (!Array.isArray(list)) throw new EditError('this is not a list', edit.path);
        const from = listIndex(list, edit.from, edit.path);
        const to = listIndex(list, edit.to, edit.path);
        const copy = [...list];
        const [item] = copy.splice(from, 1);
        copy.splice(to, 0, item);
        return copy;
      });
  }
}
