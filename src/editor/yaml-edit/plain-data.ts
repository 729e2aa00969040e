/**
 * Plain data, as YAML reads it (null, strings, numbers, booleans, lists, plain objects): compared,
 * copied, and copied with one key set or removed. The intended data of an edit and the diffs are
 * made of it.
 */
import { EditError, type Path } from './edit.ts';

export type PlainObject = Record<string, unknown>;

export function isPlainObject(v: unknown): v is PlainObject {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

export function hasOwn(o: PlainObject, k: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, k);
}

export function definedKeys(o: PlainObject): string[] {
  return Object.keys(o).filter((k) => o[k] !== undefined);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = definedKeys(a);
    const kb = definedKeys(b);
    return ka.length === kb.length && ka.every((k) => hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

export function isScalarValue(v: unknown): v is string | number | boolean | null {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

export function isNonEmptyCollection(v: unknown): boolean {
  return (Array.isArray(v) && v.length > 0) || (isPlainObject(v) && definedKeys(v).length > 0);
}

/** A copy of a value as plain data: undefined object entries dropped, anything not JSON-like refused. */
export function plainValue(v: unknown, path: Path): unknown {
  if (isScalarValue(v)) return v;
  if (Array.isArray(v)) {
    return v.map((x, i) => {
      if (x === undefined) throw new EditError('a list item is undefined; YAML cannot hold it', [...path, i]);
      return plainValue(x, [...path, i]);
    });
  }
  if (isPlainObject(v)) {
    const out: PlainObject = {};
    for (const k of Object.keys(v)) {
      const x = v[k];
      if (x !== undefined)
        Object.defineProperty(out, k, {
          value: plainValue(x, [...path, k]),
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
    return out;
  }
  throw new EditError(`the value is not plain data (${typeof v})`, path);
}

export function withKey(o: PlainObject, k: string, v: unknown): PlainObject {
  const out: PlainObject = {};
  for (const key of Object.keys(o))
    Object.defineProperty(out, key, { value: o[key], enumerable: true, writable: true, configurable: true });
  Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

export function withoutKey(o: PlainObject, k: string): PlainObject {
  const out: PlainObject = {};
  for (const key of Object.keys(o))
    if (key !== k)
      Object.defineProperty(out, key, { value: o[key], enumerable: true, writable: true, configurable: true });
  return out;
}
