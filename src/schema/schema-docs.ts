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
 * zh-CN or en with `typeLabel` and `constraintLabels`.
 */
import type { Bilingual, Locale } from '../i18n/locale.ts';
// schema-data.ts, not src/gate/schemas.ts: the schemas without the validators (the editor's form model uses this walker in the browser).
import { KINDS, SCHEMAS, type Kind } from './schema-data.ts';
import { schemaText } from './schema-text.ts';

type Json = Record<string, unknown>;

/** A type whose name the reference uses instead of spelling out its rules. */
export type NamedType =
  | 'text'
  | 'plain'
  | 'id'
  | 'date'
  | 'version'
  | 'duration'
  | 'threshold'
  | 'code'
  | 'colour'
  | 'locale'
  | 'boolean';

/** The structure behind a field's type, rendered by `typeLabel` in either locale. */
export type TypeSpec =
  | { kind: 'named'; name: NamedType }
  | { kind: 'number'; integer: boolean; minimum?: number; maximum?: number; exclusiveMinimum?: number; exclusiveMaximum?: number }
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

/** Deeper than any real schema; only a guard. */
const MAX_DEPTH = 12;

const DEFS_ID = 'defs.schema.json';
const defsOf = (SCHEMAS.defs['$defs'] ?? {}) as Record<string, Json>;
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

/** Words for the column headings and the types, per locale. */
export const REFERENCE_LABELS = {
  'zh-CN': {
    field: '字段',
    type: '类型',
    required: '必填',
    optional: '选填',
    description: '说明',
    default: '默认值',
    example: '示例',
    constraints: '约束',
    file: '文件',
    frontmatter: 'MDX 文件头（frontmatter）',
    seeAlso: '字段同',
    yes: '是',
    no: '否',
    text: '文字（字符串或多语言映射）',
    plain: '纯文字',
    id: 'id',
    date: '日期（YYYY-MM-DD）',
    version: '版本号',
    duration: 'ISO 8601 时长',
    threshold: '阈值',
    code: '编号',
    colour: '颜色（#rrggbb）',
    locale: '语言代码',
    boolean: 'true/false',
    number: '数字',
    integer: '整数',
    group: '字段组',
    entries: '条目',
    value: '值',
    listOf: '{0}列表',
    mapOf: '映射：{0} → {1}',
    oneOf: '取值之一：{0}',
    listOneOf: '列表，每项取值之一：{0}',
    or: ' 或 ',
  },
  en: {
    field: 'Field',
    type: 'Type',
    required: 'Required',
    optional: 'Optional',
    description: 'Description',
    default: 'Default',
    example: 'Example',
    constraints: 'Constraints',
    file: 'File',
    frontmatter: 'MDX frontmatter',
    seeAlso: 'Same fields as',
    yes: 'yes',
    no: 'no',
    text: 'text',
    plain: 'plain text',
    id: 'id',
    date: 'date (YYYY-MM-DD)',
    version: 'version',
    duration: 'ISO 8601 duration',
    threshold: 'threshold',
    code: 'code',
    colour: 'colour (#rrggbb)',
    locale: 'locale',
    boolean: 'true/false',
    number: 'number',
    integer: 'whole number',
    group: 'group of fields',
    entries: 'entries',
    value: 'value',
    listOf: 'list of {0}',
    mapOf: 'map of {0} → {1}',
    oneOf: 'one of: {0}',
    listOneOf: 'list, each one of: {0}',
    or: ' or ',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** Plural (en) and short (zh, for "…列表") forms of the type words. */
const MANY: Record<Locale, Record<NamedType | 'number' | 'integer', string>> = {
  en: {
    text: 'texts',
    plain: 'plain texts',
    id: 'ids',
    date: 'dates (YYYY-MM-DD)',
    version: 'versions',
    duration: 'ISO 8601 durations',
    threshold: 'thresholds',
    code: 'codes',
    colour: 'colours (#rrggbb)',
    locale: 'locales',
    boolean: 'true/false values',
    number: 'numbers',
    integer: 'whole numbers',
  },
  'zh-CN': {
    text: '文字',
    plain: '纯文字',
    id: 'id',
    date: '日期',
    version: '版本号',
    duration: '时长',
    threshold: '阈值',
    code: '编号',
    colour: '颜色',
    locale: '语言代码',
    boolean: 'true/false',
    number: '数字',
    integer: '整数',
  },
};

/** Names of the object definitions authors fill in: [singular, plural] in English, and zh. */
const ENTRY_NAMES: Record<string, { en: [string, string]; zh: string }> = {
  changelogEntry: { en: ['changelog entry', 'changelog entries'], zh: '变更记录' },
  question: { en: ['question', 'questions'], zh: '题目' },
  band: { en: ['band', 'bands'], zh: '分数段' },
  item: { en: ['item', 'items'], zh: '标准条目' },
  step: { en: ['step', 'steps'], zh: '步骤' },
  term: { en: ['term', 'terms'], zh: '分类值' },
};

function entryName(def: string, locale: Locale, many: boolean): string {
  const known = ENTRY_NAMES[def];
  if (known) return locale === 'en' ? known.en[many ? 1 : 0] : known.zh;
  const words = def.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return locale === 'en' && many ? `${words}s` : words;
}

const fill = (template: string, ...args: string[]) => args.reduce((s, a, i) => s.replace(`{${i}}`, a), template);

function bounds(spec: Extract<TypeSpec, { kind: 'number' }>): string {
  const { minimum: min, maximum: max, exclusiveMinimum: xmin, exclusiveMaximum: xmax } = spec;
  if (min !== undefined && max !== undefined && xmin === undefined && xmax === undefined) return ` ${min}–${max}`;
  const parts: string[] = [];
  if (xmin !== undefined) parts.push(`> ${xmin}`);
  else if (min !== undefined) parts.push(`≥ ${min}`);
  if (xmax !== undefined) parts.push(`< ${xmax}`);
  else if (max !== undefined) parts.push(`≤ ${max}`);
  return parts.length ? ` ${parts.join(', ')}` : '';
}

function values(list: readonly unknown[]): string {
  return list.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
}

function render(spec: TypeSpec, locale: Locale, many: boolean): string {
  const L = REFERENCE_LABELS[locale];
  switch (spec.kind) {
    case 'named':
      return many ? MANY[locale][spec.name] : L[spec.name];
    case 'number': {
      const word = spec.integer ? 'integer' : 'number';
      return `${many ? MANY[locale][word] : L[word]}${bounds(spec)}`;
    }
    case 'enum':
      return fill(L.oneOf, values(spec.values));
    case 'entry':
      return entryName(spec.def, locale, many);
    case 'group':
      return many ? L.entries : L.group;
    case 'list': {
      if (spec.of.kind === 'enum') return fill(L.listOneOf, values(spec.of.values));
      const inner = render(spec.of, locale, true);
      // zh: "id 列表" keeps a space after Latin words.
      const joined = locale === 'zh-CN' && /[A-Za-z0-9)]$/.test(inner) ? `${inner} ` : inner;
      return fill(L.listOf, joined);
    }
    case 'map':
      return fill(L.mapOf, render(spec.key, locale, false), render(spec.value, locale, false));
    case 'other':
      return spec.types.join(L.or);
  }
}

/** The field's type in `locale`, e.g. 'list of ids' / 'id 列表', 'text' / '文字（字符串或多语言映射）'. */
export function typeLabel(field: Pick<FieldDoc, 'typeSpec'>, locale: Locale): string {
  return render(field.typeSpec, locale, false);
}

function constraintLabel(c: ConstraintSpec, locale: Locale): string {
  const zh = locale === 'zh-CN';
  switch (c.kind) {
    case 'minItems':
    case 'minProperties':
      return zh ? `至少 ${c.limit} 项` : `at least ${c.limit} ${c.limit === 1 ? 'entry' : 'entries'}`;
    case 'maxItems':
    case 'maxProperties':
      return zh ? `至多 ${c.limit} 项` : `at most ${c.limit} ${c.limit === 1 ? 'entry' : 'entries'}`;
    case 'minLength':
      if (c.limit === 1) return zh ? '不能为空' : 'not empty';
      return zh ? `至少 ${c.limit} 个字符` : `at least ${c.limit} characters`;
    case 'maxLength':
      return zh ? `至多 ${c.limit} 个字符` : `at most ${c.limit} characters`;
    case 'uniqueItems':
      return zh ? '不得重复' : 'no duplicates';
    case 'pattern':
      return zh ? `格式 ${c.pattern}` : `pattern ${c.pattern}`;
    case 'requiredWhen': {
      const conds = c.conditions.map(({ field, values: vs }) =>
        zh ? `${field} 为 ${vs.map((v) => values([v])).join(' 或 ')}` : `${field} is ${vs.map((v) => values([v])).join(' or ')}`,
      );
      return zh ? `当 ${conds.join(' 且 ')} 时必填` : `required when ${conds.join(' and ')}`;
    }
    case 'requiredSometimes':
      return zh ? '在某些情况下必填' : 'required in some cases';
    case 'each':
      return `${zh ? '每项：' : 'each entry: '}${constraintLabel(c.inner, locale)}`;
  }
}

/** The field's constraints in `locale`. */
export function constraintLabels(field: Pick<FieldDoc, 'constraintSpecs'>, locale: Locale): string[] {
  return field.constraintSpecs.map((c) => constraintLabel(c, locale));
}

// ---------------------------------------------------------------------------------------------
// Walking the schemas

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Node {
  node: Json;
  /** $id of the document the node sits in, for resolving its local refs. */
  base: string;
  /** `<doc>#<fragment>` for nodes reached by $ref. */
  key?: string;
  /** The definition's name, for nodes reached by $ref into $defs. */
  def?: string;
}

interface Resolved {
  /** The schema itself first, then each definition its $ref chain leads to. */
  nodes: Node[];
  /** Keywords of all the nodes, the schema's own winning. */
  merged: Json;
  /** The document each merged keyword came from. */
  baseOf: Map<string, string>;
}

class Walker {
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
    const parts = fragment.split('/').filter(Boolean).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    for (const part of parts) node = isObject(node) ? node[part] : undefined;
    if (!isObject(node)) return undefined;
    const result: Node = { node, base: docId, key: `${docId}#${fragment}` };
    if (parts.length === 2 && parts[0] === '$defs') result.def = parts[1]!;
    return result;
  }

  resolve(schema: Json, base: string): Resolved {
    const nodes: Node[] = [{ node: schema, base }];
    const visited = new Set<string>();
    for (let cur = nodes[0]!; typeof cur.node['$ref'] === 'string'; ) {
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

/** Index of the first node that is a named shared scalar (id, text …), or -1. */
function scalarIndex(r: Resolved): number {
  return r.nodes.findIndex((n) => n.base === DEFS_ID && n.def !== undefined && SCALAR_DEFS[n.def] !== undefined);
}

/** The object definition (with properties) this schema is, if it is one. */
function objectDef(r: Resolved): Node | undefined {
  return r.nodes.find((n) => n.key !== undefined && isObject(n.node['properties']));
}

function typesOf(s: Json): string[] {
  const t = s['type'];
  if (typeof t === 'string') return [t];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
}

function typeSpecOf(w: Walker, r: Resolved, depth = 0): TypeSpec {
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
      const keySpec: TypeSpec = isObject(key) && depth <= MAX_DEPTH ? typeSpecOf(w, w.resolve(key, r.baseOf.get('propertyNames')!), depth + 1) : { kind: 'named', name: 'plain' };
      const valueSpec: TypeSpec = isObject(value) && depth <= MAX_DEPTH ? typeSpecOf(w, w.resolve(value, r.baseOf.get('additionalProperties')!), depth + 1) : { kind: 'other', types: [] };
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
function constraintsOf(w: Walker, r: Resolved, spec: TypeSpec): ConstraintSpec[] {
  const scalar = scalarIndex(r);
  const own: Json = {};
  for (const { node } of r.nodes.slice(0, scalar >= 0 ? scalar : r.nodes.length).reverse()) Object.assign(own, node);
  const out: ConstraintSpec[] = [];
  for (const kind of ['minItems', 'maxItems', 'minProperties', 'maxProperties', 'minLength', 'maxLength'] as const) {
    const v = own[kind];
    if (typeof v === 'number') out.push({ kind, limit: v });
  }
  if (own['uniqueItems'] === true) out.push({ kind: 'uniqueItems' });
  if (typeof own['pattern'] === 'string' && spec.kind === 'named' && spec.name === 'plain') out.push({ kind: 'pattern', pattern: own['pattern'] });
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
    for (const name of thenRequired) add(name, conditions ? { kind: 'requiredWhen', conditions } : { kind: 'requiredSometimes' });
    for (const name of elseRequired) add(name, { kind: 'requiredSometimes' });
  }
  return out;
}

function requiredOf(schema: unknown): string[] {
  if (!isObject(schema) || !Array.isArray(schema['required'])) return [];
  return schema['required'].filter((x): x is string => typeof x === 'string');
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

const NO_TEXT: Bilingual = { 'zh-CN': '', en: '' };

/** The schema's own title or description, else that of the first definition its `$ref` chain leads to. */
function textOf(r: Resolved, key: 'title' | 'description'): Bilingual {
  for (const { node } of r.nodes) {
    const text = schemaText(node, key);
    if (text) return text;
  }
  return NO_TEXT;
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
    return descend(st, st.w.resolve(r.merged['additionalProperties'], r.baseOf.get('additionalProperties')!), `${path}.<key>`, depth);
  }
  return undefined;
}

function defaultDocs(): Map<string, Json> {
  const docs = new Map<string, Json>();
  for (const schema of Object.values(SCHEMAS)) if (typeof schema['$id'] === 'string') docs.set(schema['$id'], schema);
  return docs;
}

let shared: Walker | undefined;
function sharedWalker(): Walker {
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

/** The type of a resolved schema, as the reference names it. */
export function typeSpecOfSchema(r: ResolvedSchema): TypeSpec {
  return typeSpecOf(sharedWalker(), r);
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
    { name: 'code', description: { 'zh-CN': '简短编号：大写字母、数字和单个连字符，例如 PM-01。', en: 'A short code: capital letters, digits and single hyphens, such as PM-01.' } },
    { name: 'colour', description: { 'zh-CN': '颜色，写作 #rrggbb。', en: 'A colour written #rrggbb.' } },
    { name: 'plain', description: { 'zh-CN': '单个字符串，不做翻译。', en: 'A single string, not translated.' } },
  ];
  const glossaryExamples: Partial<Record<NamedType, string>> = {
    ...EXAMPLES,
    text: 'Pedestrian gate, or { zh-CN: 人行出入口, en: Pedestrian gate }',
    id: 'pm-pedestrian-gate',
  };
  return entries.map((e) => {
    const example = glossaryExamples[e.name];
    return example === undefined ? e : { ...e, example };
  });
}
