/**
 * What type a field's schema is, as the reference names it (an id, a list of texts, one of some
 * values, an entry to fill in …), and the constraints it states that the type does not say. Shared
 * scalar definitions (id, text, date, version, duration, threshold) are named rather than expanded.
 */
import { SCHEMAS } from './schema-data.ts';
import {
  isObject,
  sharedWalker,
  type Json,
  type Node,
  type Resolved,
  type ResolvedSchema,
  type Walker,
} from './schema-walker.ts';

/** A type whose name the reference uses instead of spelling out its rules. */
export type NamedType =
  'text' | 'plain' | 'id' | 'date' | 'version' | 'duration' | 'threshold' | 'code' | 'colour' | 'locale' | 'boolean';

/** The structure behind a field's type, rendered by `typeLabel` in either locale. */
export type TypeSpec =
  | { kind: 'named'; name: NamedType }
  | {
      kind: 'number';
      integer: boolean;
      minimum?: number;
      maximum?: number;
      exclusiveMinimum?: number;
      exclusiveMaximum?: number;
    }
  | { kind: 'enum'; values: readonly unknown[] }
  /** An object definition authors fill in (changelogEntry, question, band, item, step, term …). */
  | { kind: 'entry'; def: string }
  /** An inline object whose fields follow as their own rows. */
  | { kind: 'group' }
  | { kind: 'list'; of: TypeSpec }
  | { kind: 'map'; key: TypeSpec; value: TypeSpec }
  | { kind: 'other'; types: readonly string[] };

/** A constraint not already said by the type, rendered by `constraintLabels`. */
export type ConstraintSpec =
  | { kind: 'minItems' | 'maxItems' | 'minLength' | 'maxLength' | 'minProperties' | 'maxProperties'; limit: number }
  | { kind: 'uniqueItems' }
  | { kind: 'pattern'; pattern: string }
  | { kind: 'requiredWhen'; conditions: readonly { field: string; values: readonly unknown[] }[] }
  | { kind: 'requiredSometimes' }
  /** A constraint on each entry of a list of plain values. */
  | { kind: 'each'; inner: ConstraintSpec };

/** Deeper than any real schema; only a guard. */
export const MAX_DEPTH = 12;

const DEFS_ID = 'defs.schema.json';

export const defsOf = (SCHEMAS.defs['$defs'] ?? {}) as Record<string, Json>;

const patternOf = (name: string) => (defsOf[name]?.['pattern'] as string | undefined) ?? `\u0000${name}`;

/** Shared definitions named rather than expanded (`owner` is a text and resolves to it). */
const SCALAR_DEFS: Record<string, NamedType> = {
  id: 'id',
  text: 'text',
  date: 'date',
  version: 'version',
  duration: 'duration',
  threshold: 'threshold',
};

/** Patterns written inline that have a friendlier name. */
const NAMED_PATTERNS: Record<string, NamedType> = {
  [patternOf('id')]: 'id',
  [patternOf('version')]: 'version',
  [patternOf('duration')]: 'duration',
  '^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$': 'code',
  '^#[0-9a-fA-F]{6}$': 'colour',
  '^[a-z]{2}(?:-[A-Z]{2})?$': 'locale',
};

/** Index of the first node that is a named shared scalar (id, text …), or -1. */
export function scalarIndex(r: Resolved): number {
  return r.nodes.findIndex((n) => n.base === DEFS_ID && n.def !== undefined && SCALAR_DEFS[n.def] !== undefined);
}

/** The object definition (with properties) this schema is, if it is one. */
export function objectDef(r: Resolved): Node | undefined {
  return r.nodes.find((n) => n.key !== undefined && isObject(n.node['properties']));
}

export function typesOf(s: Json): string[] {
  const t = s['type'];
  if (typeof t === 'string') return [t];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
}

export function typeSpecOf(w: Walker, r: Resolved, depth = 0): TypeSpec {
  const s = r.merged;
  if (Array.isArray(s['enum'])) return { kind: 'enum', values: s['enum'] };
  if ('const' in s) return { kind: 'enum', values: [s['const']] };
  const scalar = scalarIndex(r);
  if (scalar >= 0) return { kind: 'named', name: SCALAR_DEFS[r.nodes[scalar]!.def!]! };
  const types = typesOf(s);
  const def = objectDef(r);
  if (def) return { kind: 'entry', def: def.def ?? 'entry' };
  if (types.includes('array') || (types.length === 0 && isObject(s['items']))) {
    const items = s['items'];
    if (!isObject(items) || depth > MAX_DEPTH) return { kind: 'list', of: { kind: 'other', types: [] } };
    return { kind: 'list', of: typeSpecOf(w, w.resolve(items, r.baseOf.get('items')!), depth + 1) };
  }
  if ((types.length === 1 && types[0] === 'object') || (types.length === 0 && isObject(s['properties']))) {
    if (isObject(s['properties'])) return { kind: 'group' };
    const value = s['additionalProperties'];
    const key = s['propertyNames'];
    if (isObject(value) || isObject(key)) {
      const keySpec: TypeSpec =
        isObject(key) && depth <= MAX_DEPTH
          ? typeSpecOf(w, w.resolve(key, r.baseOf.get('propertyNames')!), depth + 1)
          : { kind: 'named', name: 'plain' };
      const valueSpec: TypeSpec =
        isObject(value) && depth <= MAX_DEPTH
          ? typeSpecOf(w, w.resolve(value, r.baseOf.get('additionalProperties')!), depth + 1)
          : { kind: 'other', types: [] };
      return { kind: 'map', key: keySpec, value: valueSpec };
    }
    return { kind: 'group' };
  }
  if (types.length === 1 && types[0] === 'string') {
    if (s['format'] === 'date') return { kind: 'named', name: 'date' };
    const named = typeof s['pattern'] === 'string' ? NAMED_PATTERNS[s['pattern']] : undefined;
    return { kind: 'named', name: named ?? 'plain' };
  }
  if (types.length === 1 && (types[0] === 'number' || types[0] === 'integer')) {
    const spec: Extract<TypeSpec, { kind: 'number' }> = { kind: 'number', integer: types[0] === 'integer' };
    for (const k of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'] as const) {
      const v = s[k];
      if (typeof v === 'number') spec[k] = v;
    }
    return spec;
  }
  if (types.length === 1 && types[0] === 'boolean') return { kind: 'named', name: 'boolean' };
  return { kind: 'other', types };
}

/** Constraints stated by the schema and its non-scalar definitions that the type does not say. */
export function constraintsOf(w: Walker, r: Resolved, spec: TypeSpec): ConstraintSpec[] {
  const scalar = scalarIndex(r);
  const own: Json = {};
  for (const { node } of r.nodes.slice(0, scalar >= 0 ? scalar : r.nodes.length).reverse()) Object.assign(own, node);
  const out: ConstraintSpec[] = [];
  for (const kind of ['minItems', 'maxItems', 'minProperties', 'maxProperties', 'minLength', 'maxLength'] as const) {
    const v = own[kind];
    if (typeof v === 'number') out.push({ kind, limit: v });
  }
  if (own['uniqueItems'] === true) out.push({ kind: 'uniqueItems' });
  if (typeof own['pattern'] === 'string' && spec.kind === 'named' && spec.name === 'plain')
    out.push({ kind: 'pattern', pattern: own['pattern'] });
  // Lists of plain values: the rules each entry follows.
  if (spec.kind === 'list' && isObject(r.merged['items'])) {
    const items = w.resolve(r.merged['items'], r.baseOf.get('items')!);
    const itemSpec = typeSpecOf(w, items);
    if (itemSpec.kind !== 'entry' && itemSpec.kind !== 'group' && itemSpec.kind !== 'list') {
      for (const inner of constraintsOf(w, items, itemSpec)) out.push({ kind: 'each', inner });
    }
  }
  return out;
}

/** The type of a resolved schema, as the reference names it. */
export function typeSpecOfSchema(r: ResolvedSchema): TypeSpec {
  return typeSpecOf(sharedWalker(), r);
}
