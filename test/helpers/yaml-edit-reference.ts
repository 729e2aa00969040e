/**
 * An independent reference for the lossless YAML editor's tests: what an edit (src/editor/yaml-edit/)
 * must do to the parsed data, applied to plain data.
 */
import type { Edit } from '../../src/editor/yaml-edit/edit.ts';

export type Obj = Record<string, unknown>;

export function refApply(data: unknown, e: Edit): unknown {
  const box: Obj = { root: structuredClone(data) };
  const full: (string | number)[] = ['root', ...e.path];
  // Every step of the path is a map or a list (the edits are made for the data), both read by key.
  let parent: Obj = box;
  for (const seg of full.slice(0, -1)) {
    if (e.op === 'set' && (parent[seg] === undefined || parent[seg] === null)) parent[seg] = {};
    parent = parent[seg] as Obj;
  }
  const last = full[full.length - 1]!;
  switch (e.op) {
    case 'set':
      parent[last] = structuredClone(e.value);
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
      break;
    case 'insert':
      if (parent[last] === undefined || parent[last] === null) parent[last] = [];
      (parent[last] as unknown[]).splice(e.index, 0, structuredClone(e.value));
      break;
    case 'move': {
      const list = parent[last] as unknown[];
      const [item] = list.splice(e.from, 1);
      list.splice(e.to, 0, item);
      break;
    }
  }
  return box['root'];
}
