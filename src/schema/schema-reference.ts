/**
 * Reference documentation generated from the JSON Schemas: one table of fields per kind of file,
 * in schema order, with human type names, required flags, defaults, examples and constraints.
 *
 * Pure: reads only the schema objects in SCHEMAS. Shared scalar definitions (id, text, date,
 * version, duration, threshold) are named rather than expanded; object definitions that authors
 * fill in (changelog entries, questions and their options, bands, items, steps, taxonomy terms)
 * are expanded once, at their first use in a kind, and later uses point back with `seeAlso`.
 *
 * Titles and descriptions come from the schemas in both locales (JSON Schema's own, English, and
 * the zh-CN annotation beside it: schema-text.ts); type names and constraints can be rendered in
 * zh-CN or en with `typeLabel` and `constraintLabels` (reference-labels.ts). The schemas are read
 * through schema-walker.ts and typed by field-types.ts, which the editor's form shares.
 */
import type { Bilingual } from '../i18n/locale.ts';
import { GLOSSARY_TEXT_EXAMPLE, GLOSSARY_TEXTS } from '../i18n/reference.ts';
import {
  constraintsOf,
  defsOf,
  MAX_DEPTH,
  objectDef,
  scalarIndex,
  typeSpecOf,
  typesOf,
  type ConstraintSpec,
  type NamedType,
  type TypeSpec,
} from './field-types.ts';
import { constraintLabel, typeLabel, values } from './reference-labels.ts';
import { KINDS, SCHEMAS, type Kind } from './schema-data.ts';
import { schemaText } from './schema-text.ts';
import {
  defaultDocs,
  isObject,
  NO_TEXT,
  requiredOf,
  textOf,
  Walker,
  type Json,
  type Resolved,
} from './schema-walker.ts';

export interface FieldDoc {
  /** Dotted path with `[]` for list entries, such as `items[].threshold`. */
  path: string;
  /** Nesting level: 0 for top-level fields, 1 for `items[].threshold`. */
  depth: number;
  /** Whether the enclosing object's `required` lists it (conditional requirements are constraints). */
  required: boolean;
  /** The type in English, e.g. `text`, `list of ids`, `one of: none, section, audit`. */
  type: string;
  typeSpec: TypeSpec;
  /** The field's label, its schema's `title`, in both locales (empty when it has none). */
  title: Bilingual;
  /** The field's own description, or its definition's, in both locales (empty when it has none). */
  description: Bilingual;
  default?: unknown;
  example?: string;
  /** The constraints in English, e.g. `at least 1 entry`, `required when answers is measured`. */
  constraints: string[];
  constraintSpecs: ConstraintSpec[];
  /** For a later use of an expanded definition: the path of the first use, where its fields are listed. */
  seeAlso?: string;
}

export interface SchemaReference {
  kind: Kind;
  title: Bilingual;
  description: Bilingual;
  /** Where files of this kind live, relative to the handbook folder, e.g. `touchpoints/<id>.yaml`. */
  file: string;
  /** Whether the fields are the frontmatter of an MDX file (case, guide, translation). */
  frontmatter: boolean;
  fields: FieldDoc[];
}

const FILES: Record<Kind, { file: string; frontmatter: boolean }> = {
  handbook: { file: 'handbook.yaml', frontmatter: false },
  touchpoint: { file: 'touchpoints/<id>.yaml', frontmatter: false },
  sop: { file: 'sops/<id>.yaml', frontmatter: false },
  checklist: { file: 'checklists/<id>.yaml', frontmatter: false },
  case: { file: 'cases/<id>.mdx', frontmatter: true },
  guide: { file: 'guides/<id>.mdx', frontmatter: true },
  translation: { file: 'cases/<id>.<locale>.mdx, guides/<id>.<locale>.mdx', frontmatter: true },
  audit: { file: 'audits/<id>.yaml', frontmatter: false },
};

/** Examples of the formats, shown on every field of the type (ids and texts get theirs in the glossary only). */
const EXAMPLES: Partial<Record<NamedType, string>> = {
  date: '2026-07-01',
  version: '1.2.0',
  duration: 'PT15M (15 minutes), PT24H (24 hours), P3D (3 days)',
  threshold: '>= 300 lux, <= 55 dB, between 18 and 26 °C, every 15 days',
  code: 'PM-01',
  colour: '#1a7f37',
  locale: 'zh-CN, en',
};

/** Conditional requirements (if/then/else) of an object, by the property they concern. */
function conditionalRequirements(object: Json): Map<string, ConstraintSpec[]> {
  const out = new Map<string, ConstraintSpec[]>();
  const add = (name: string, c: ConstraintSpec) => out.set(name, [...(out.get(name) ?? []), c]);
  const clauses = [object, ...(Array.isArray(object['allOf']) ? object['allOf'].filter(isObject) : [])];
  for (const clause of clauses) {
    const cond = clause['if'];
    if (!isObject(cond)) continue;
    const thenRequired = requiredOf(clause['then']);
    const elseRequired = requiredOf(clause['else']);
    const conditions = simpleConditions(cond);
    for (const name of thenRequired)
      add(name, conditions ? { kind: 'requiredWhen', conditions } : { kind: 'requiredSometimes' });
    for (const name of elseRequired) add(name, { kind: 'requiredSometimes' });
  }
  return out;
}

/** `{ properties: { a: { const: x } }, required: [a] }` → a is x; undefined for anything else. */
function simpleConditions(cond: Json): { field: string; values: unknown[] }[] | undefined {
  const props = cond['properties'];
  if (!isObject(props)) return undefined;
  const required = new Set(requiredOf(cond));
  const conditions: { field: string; values: unknown[] }[] = [];
  for (const [field, sub] of Object.entries(props)) {
    if (!isObject(sub) || !required.has(field)) return undefined;
    if ('const' in sub) conditions.push({ field, values: [sub['const']] });
    else if (Array.isArray(sub['enum'])) conditions.push({ field, values: sub['enum'] });
    else return undefined;
  }
  const extra = Object.keys(cond).filter((k) => k !== 'properties' && k !== 'required' && k !== 'description');
  return conditions.length && extra.length === 0 ? conditions : undefined;
}

function exampleOf(r: Resolved, spec: TypeSpec): string | undefined {
  const examples = r.merged['examples'];
  if (Array.isArray(examples) && examples.length) return values(examples);
  if (spec.kind === 'named') return EXAMPLES[spec.name];
  return undefined;
}

interface WalkState {
  w: Walker;
  fields: FieldDoc[];
  /** Object definitions already expanded, with the path where their fields are listed. */
  expanded: Map<string, string>;
}

/** Lists the fields of an object (and, through lists and maps, of the objects inside it). */
function walkObject(st: WalkState, r: Resolved, prefix: string, depth: number): void {
  const props = r.merged['properties'];
  if (!isObject(props) || depth > MAX_DEPTH) return;
  const base = r.baseOf.get('properties')!;
  const required = new Set(requiredOf(r.merged));
  const conditional = conditionalRequirements(r.merged);
  for (const [name, sub] of Object.entries(props)) {
    if (!isObject(sub)) continue;
    const path = `${prefix}${name}`;
    const pr = st.w.resolve(sub, base);
    const typeSpec = typeSpecOf(st.w, pr);
    const constraintSpecs = [...(conditional.get(name) ?? []), ...constraintsOf(st.w, pr, typeSpec)];
    const field: FieldDoc = {
      path,
      depth,
      required: required.has(name),
      type: typeLabel({ typeSpec }, 'en'),
      typeSpec,
      title: textOf(pr, 'title'),
      description: textOf(pr, 'description'),
      constraints: constraintSpecs.map((c) => constraintLabel(c, 'en')),
      constraintSpecs,
    };
    if ('default' in pr.merged) field.default = pr.merged['default'];
    const example = exampleOf(pr, typeSpec);
    if (example !== undefined) field.example = example;
    st.fields.push(field);
    const seeAlso = descend(st, pr, path, depth + 1);
    if (seeAlso !== undefined) field.seeAlso = seeAlso;
  }
}

/**
 * Continues below a field: into an object's properties, a list's entries (`[]`) or a map's values
 * (`.<key>`). Returns the path of the first use when the object definition was expanded before.
 */
function descend(st: WalkState, r: Resolved, path: string, depth: number): string | undefined {
  if (depth > MAX_DEPTH || scalarIndex(r) >= 0) return undefined;
  if (isObject(r.merged['properties'])) {
    const def = objectDef(r);
    if (def) {
      const first = st.expanded.get(def.key!);
      if (first !== undefined) return first;
      st.expanded.set(def.key!, path);
    }
    walkObject(st, r, `${path}.`, depth);
    return undefined;
  }
  const types = typesOf(r.merged);
  if (isObject(r.merged['items']) && (types.length === 0 || types.includes('array'))) {
    return descend(st, st.w.resolve(r.merged['items'], r.baseOf.get('items')!), `${path}[]`, depth);
  }
  if (isObject(r.merged['additionalProperties'])) {
    return descend(
      st,
      st.w.resolve(r.merged['additionalProperties'], r.baseOf.get('additionalProperties')!),
      `${path}.<key>`,
      depth,
    );
  }
  return undefined;
}

/**
 * The fields of any schema object, resolving `$ref`s against the Touchstone schemas (and the
 * schema itself, by its `$id`). `schemaReference` uses it; exported for tests and tools.
 */
export function describeFields(schema: Json): FieldDoc[] {
  const docs = defaultDocs();
  const id = typeof schema['$id'] === 'string' ? schema['$id'] : '#anonymous';
  docs.set(id, schema);
  const w = new Walker(docs);
  const st: WalkState = { w, fields: [], expanded: new Map() };
  walkObject(st, w.resolve(schema, id), '', 0);
  return st.fields;
}

/** The reference page of one kind of file: what it is, where it lives and every field. */
export function schemaReference(kind: Kind): SchemaReference {
  const schema = SCHEMAS[kind];
  return {
    kind,
    title: schemaText(schema, 'title') ?? { 'zh-CN': kind, en: kind },
    description: schemaText(schema, 'description') ?? NO_TEXT,
    file: FILES[kind].file,
    frontmatter: FILES[kind].frontmatter,
    fields: describeFields(schema),
  };
}

/** The kinds that get a reference page, in the order of KINDS (translation included). */
export function referenceKinds(): Kind[] {
  return [...KINDS];
}

/** The named types a reference uses, with what they mean and an example: a legend for the pages. */
export function typeGlossary(): { name: NamedType; description: Bilingual; example?: string }[] {
  const fromDefs = (name: string) => schemaText(defsOf[name], 'description') ?? NO_TEXT;
  const entries: { name: NamedType; description: Bilingual }[] = [
    { name: 'text', description: fromDefs('text') },
    { name: 'id', description: fromDefs('id') },
    { name: 'date', description: fromDefs('date') },
    { name: 'version', description: fromDefs('version') },
    { name: 'duration', description: fromDefs('duration') },
    { name: 'threshold', description: fromDefs('threshold') },
    { name: 'code', description: GLOSSARY_TEXTS.code },
    { name: 'colour', description: GLOSSARY_TEXTS.colour },
    { name: 'plain', description: GLOSSARY_TEXTS.plain },
  ];
  const glossaryExamples: Partial<Record<NamedType, string>> = {
    ...EXAMPLES,
    text: GLOSSARY_TEXT_EXAMPLE,
    id: 'pm-pedestrian-gate',
  };
  return entries.map((e) => {
    const example = glossaryExamples[e.name];
    return example === undefined ? e : { ...e, example };
  });
}
