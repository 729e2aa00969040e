/**
 * Walking the JSON Schemas: a schema with its `$ref` chain followed (within and across the
 * Touchstone schema documents, by `$id`), its keywords merged, and its title and description in
 * both locales. The field reference (schema-reference.ts) and the editor's form (form-model.ts)
 * both read the schemas through it, so that they resolve them alike.
 */
import type { Bilingual } from '../i18n/locale.ts';
// schema-data.ts, not src/gate/schemas.ts: the schemas without the validators (the editor's form model uses this walker in the browser).
import { SCHEMAS } from './schema-data.ts';
import { schemaText } from './schema-text.ts';

export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface Node {
  node: Json;
  /** $id of the document the node sits in, for resolving its local refs. */
  base: string;
  /** `<doc>#<fragment>` for nodes reached by $ref. */
  key?: string;
  /** The definition's name, for nodes reached by $ref into $defs. */
  def?: string;
}

export interface Resolved {
  /** The schema itself first, then each definition its $ref chain leads to. */
  nodes: Node[];
  /** Keywords of all the nodes, the schema's own winning. */
  merged: Json;
  /** The document each merged keyword came from. */
  baseOf: Map<string, string>;
}

export class Walker {
  readonly docs: Map<string, Json>;

  constructor(docs: Map<string, Json>) {
    this.docs = docs;
  }

  lookup(ref: string, base: string): Node | undefined {
    const hash = ref.indexOf('#');
    const file = hash < 0 ? ref : ref.slice(0, hash);
    const fragment = hash < 0 ? '' : ref.slice(hash + 1);
    const docId = file || base;
    let node: unknown = this.docs.get(docId);
    const parts = fragment
      .split('/')
      .filter(Boolean)
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    for (const part of parts) node = isObject(node) ? node[part] : undefined;
    if (!isObject(node)) return undefined;
    const result: Node = { node, base: docId, key: `${docId}#${fragment}` };
    if (parts.length === 2 && parts[0] === '$defs') result.def = parts[1]!;
    return result;
  }

  resolve(schema: Json, base: string): Resolved {
    const nodes: Node[] = [{ node: schema, base }];
    const visited = new Set<string>();
    for (let cur = nodes[0]!; typeof cur.node['$ref'] === 'string';) {
      const next = this.lookup(cur.node['$ref'], cur.base);
      if (!next || visited.has(next.key!)) break;
      visited.add(next.key!);
      nodes.push(next);
      cur = next;
    }
    const merged: Json = {};
    const baseOf = new Map<string, string>();
    for (const { node, base: b } of [...nodes].reverse()) {
      for (const [k, v] of Object.entries(node)) {
        if (k === '$ref') continue;
        merged[k] = v;
        baseOf.set(k, b);
      }
    }
    return { nodes, merged, baseOf };
  }
}

export function requiredOf(schema: unknown): string[] {
  if (!isObject(schema) || !Array.isArray(schema['required'])) return [];
  return schema['required'].filter((x): x is string => typeof x === 'string');
}

export const NO_TEXT: Bilingual = { 'zh-CN': '', en: '' };

/** The schema's own title or description, else that of the first definition its `$ref` chain leads to. */
export function textOf(r: Resolved, key: 'title' | 'description'): Bilingual {
  for (const { node } of r.nodes) {
    const text = schemaText(node, key);
    if (text) return text;
  }
  return NO_TEXT;
}

export function defaultDocs(): Map<string, Json> {
  const docs = new Map<string, Json>();
  for (const schema of Object.values(SCHEMAS)) if (typeof schema['$id'] === 'string') docs.set(schema['$id'], schema);
  return docs;
}

let shared: Walker | undefined;

export function sharedWalker(): Walker {
  return (shared ??= new Walker(defaultDocs()));
}

/** A schema with its `$ref` chain followed: the nodes, and their keywords merged (the schema's own win). */
export type ResolvedSchema = Resolved;

/**
 * The same `$ref` resolution and type analysis the reference uses, for other views of the schemas
 * (form-model.ts). `base` is the `$id` of the document `schema` sits in; keywords of the merged
 * schema came from the document `r.baseOf.get(keyword)`.
 */
export function resolveSchema(schema: Json, base: string): ResolvedSchema {
  return sharedWalker().resolve(schema, base);
}

/** The schema's own description, else that of the first definition its `$ref` chain leads to, in both locales. */
export function descriptionOfSchema(r: ResolvedSchema): Bilingual {
  return textOf(r, 'description');
}

/** The field's label (the schema's `title`), in both locales; empty when it has none. */
export function titleOfSchema(r: ResolvedSchema): Bilingual {
  return textOf(r, 'title');
}

/** The names an object schema's `required` lists. */
export function requiredOfSchema(schema: unknown): string[] {
  return requiredOf(schema);
}
