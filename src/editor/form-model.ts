/**
 * The editor's form, derived from the JSON Schemas: one Field per property, in schema order, with
 * the kind of input it needs, its description, whether it is required, and for taxonomy values
 * and entity ids (the `x-taxonomy` / `x-ref` annotations) where its options come from.
 *
 * The schemas are walked with schema-walker.ts and typed by field-types.ts (the same that write
 * the field reference), so a field reads the same in the reference and in the form. Unlike the
 * reference, every object definition is expanded wherever it is used: a form needs every input.
 *
 * Pure and browser-safe: reads only the schema objects (no validators, no ajv).
 */
import { localize, type Bilingual, type LocalizedText } from '../i18n/locale.ts';
import { SCHEMAS, type Kind, type RefKind, type TaxonomyName } from '../schema/schema-data.ts';
import {
  descriptionOfSchema,
  requiredOfSchema,
  resolveSchema,
  titleOfSchema,
  type ResolvedSchema,
} from '../schema/schema-walker.ts';
import { typeSpecOfSchema, type TypeSpec } from '../schema/field-types.ts';
import type { HandbookIndex } from '../gate/handbook-index.ts';
import type { Terms } from '../schema/types.generated.ts';

export type FieldKind =
  | 'text'
  | 'plain'
  | 'id'
  | 'code'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'enum'
  | 'date'
  | 'version'
  | 'duration'
  | 'threshold'
  | 'taxonomy'
  | 'ref'
  | 'object'
  | 'list'
  | 'idList'
  | 'tags';

export interface Field {
  /** The property name ('*' for the entry field of a list of scalars). */
  key: string;
  /** Path template from the file's root: '*' stands for any list index. */
  path: (string | number)[];
  /**
   * - text: localized human text (a string in the default locale, or a locale map): one input per handbook locale
   * - plain: a string that is not translated; id, code, date, version, duration, threshold: strings of those formats
   * - taxonomy: an id from the handbook's list `taxonomy`; ref: an id of a `ref` (touchpoint, sop, case, checklist, item, role, step)
   * - idList: a list of ids (of `ref` when annotated); tags: a list of unique free keywords
   * - object: `fields`; list: of objects (`fields` are the entry's fields) or of scalars (`item`)
   */
  kind: FieldKind;
  /** The property name. */
  label: string;
  /** What the form calls it: the schema's `title`, in both locales (empty when it has none: show the name). */
  title: Bilingual;
  /** From the schema: the property's description, else its definition's, in both locales (empty when it has none). */
  description: Bilingual;
  /** Whether the enclosing object requires it (conditional requirements, such as a measured item's threshold, are not). */
  required: boolean;
  enum?: string[];
  /** The handbook list the value comes from: 'industries' … 'tiers', 'grading.levels', 'grading.grades'. */
  taxonomy?: TaxonomyName;
  /** What the id names. For `item`, the touchpoint named beside it; for `role` and `step`, the same SOP. */
  ref?: RefKind;
  default?: unknown;
  pattern?: string;
  /** Numbers: minimum/maximum; strings: minLength/maxLength; lists: minItems/maxItems. */
  min?: number;
  max?: number;
  /** object: its properties; list of objects: the entry's fields (paths through '*'). */
  fields?: Field[];
  /** List of scalars (and idList, tags): the entry field, with path ending in '*'. */
  item?: Field;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deeper than any real schema; only a guard against cycles. */
const MAX_DEPTH = 12;

const SCALAR_KINDS: Record<string, FieldKind> = {
  text: 'text',
  plain: 'plain',
  id: 'id',
  date: 'date',
  version: 'version',
  duration: 'duration',
  threshold: 'threshold',
  code: 'code',
  colour: 'plain',
  locale: 'plain',
  boolean: 'boolean',
};

/** Fills the limits, pattern, default, enum and annotations of a field from its merged schema. */
function decorate(field: Field, merged: Json): Field {
  const num = (k: string) => (typeof merged[k] === 'number' ? (merged[k] as number) : undefined);
  const limits: [string, string] =
    field.kind === 'number' || field.kind === 'integer'
      ? ['minimum', 'maximum']
      : field.kind === 'list' || field.kind === 'idList' || field.kind === 'tags'
        ? ['minItems', 'maxItems']
        : field.kind === 'object'
          ? ['', '']
          : ['minLength', 'maxLength'];
  const min = num(limits[0]);
  const max = num(limits[1]);
  if (min !== undefined) field.min = min;
  if (max !== undefined) field.max = max;
  if (
    typeof merged['pattern'] === 'string' &&
    field.kind !== 'list' &&
    field.kind !== 'idList' &&
    field.kind !== 'tags'
  )
    field.pattern = merged['pattern'];
  if ('default' in merged) field.default = merged['default'];
  if (typeof merged['x-taxonomy'] === 'string') {
    field.taxonomy = merged['x-taxonomy'] as TaxonomyName;
    if (field.kind === 'id') field.kind = 'taxonomy';
  }
  if (typeof merged['x-ref'] === 'string') {
    field.ref = merged['x-ref'] as RefKind;
    if (field.kind === 'id') field.kind = 'ref';
  }
  return field;
}

function fieldOf(r: ResolvedSchema, key: string, path: (string | number)[], required: boolean, depth: number): Field {
  const spec: TypeSpec = typeSpecOfSchema(r);
  const field: Field = {
    key,
    path,
    kind: 'plain',
    label: key,
    title: titleOfSchema(r),
    description: descriptionOfSchema(r),
    required,
  };
  switch (spec.kind) {
    case 'named':
      field.kind = SCALAR_KINDS[spec.name] ?? 'plain';
      break;
    case 'number':
      field.kind = spec.integer ? 'integer' : 'number';
      break;
    case 'enum':
      field.kind = 'enum';
      field.enum = spec.values.map(String);
      break;
    case 'entry':
    case 'group':
    case 'map':
      field.kind = 'object';
      field.fields = depth > MAX_DEPTH ? [] : objectFields(r, path, depth + 1);
      break;
    case 'list': {
      const items = r.merged['items'];
      const entry = isObject(items) ? resolveSchema(items, r.baseOf.get('items')!) : undefined;
      const entrySpec = entry ? typeSpecOfSchema(entry) : undefined;
      const itemPath = [...path, '*'];
      if (entry && entrySpec && (entrySpec.kind === 'entry' || entrySpec.kind === 'group')) {
        field.kind = 'list';
        field.fields = depth > MAX_DEPTH ? [] : objectFields(entry, itemPath, depth + 1);
      } else if (entry) {
        field.item = fieldOf(entry, '*', itemPath, true, depth + 1);
        field.item.label = key;
        if (!field.item.title.en) field.item.title = field.title;
        if (!field.item.description.en) field.item.description = field.description;
        field.kind =
          entrySpec?.kind === 'named' && entrySpec.name === 'id'
            ? 'idList'
            : entrySpec?.kind === 'named' && entrySpec.name === 'plain' && r.merged['uniqueItems'] === true
              ? 'tags'
              : 'list';
        // The annotation sits on the list; its entries are what it names.
        for (const k of ['x-taxonomy', 'x-ref'] as const) {
          if (typeof r.merged[k] === 'string') decorate(field.item, { [k]: r.merged[k] });
        }
      } else {
        field.kind = 'list';
      }
      break;
    }
    case 'other':
      field.kind = 'plain';
      break;
  }
  return decorate(field, r.merged);
}

/** The fields of an object schema, in schema order. */
function objectFields(r: ResolvedSchema, path: (string | number)[], depth: number): Field[] {
  const props = r.merged['properties'];
  if (!isObject(props)) return [];
  const base = r.baseOf.get('properties')!;
  const required = new Set(requiredOfSchema(r.merged));
  return Object.entries(props)
    .filter((e): e is [string, Json] => isObject(e[1]))
    .map(([name, sub]) => fieldOf(resolveSchema(sub, base), name, [...path, name], required.has(name), depth));
}

const cache = new Map<Kind, Field[]>();

/**
 * Top-level properties the form leaves out. `$schema` is the file's pointer to its schema for
 * text editors (yaml-language-server), not content a standards owner writes: the form does not
 * show it, and since the form writes only what it changed (EditorState.update diffs the data),
 * a `$schema` line in the file stays as it is.
 */
const NOT_IN_FORM: ReadonlySet<string> = new Set(['$schema']);

/**
 * The form of a kind of file: its top-level fields in schema order (for case, guide and
 * translation: the frontmatter), without those in NOT_IN_FORM. The same array for every call:
 * do not mutate it.
 */
export function formModel(kind: Kind): Field[] {
  let fields = cache.get(kind);
  if (!fields) {
    const schema = SCHEMAS[kind];
    fields = objectFields(resolveSchema(schema, schema['$id'] as string), [], 0).filter((f) => !NOT_IN_FORM.has(f.key));
    cache.set(kind, fields);
  }
  return fields;
}

/** Every field of a form, depth first (object and list fields before their own fields). */
export function allFields(fields: readonly Field[]): Field[] {
  return fields.flatMap((f) => [f, ...allFields(f.fields ?? []), ...(f.item ? allFields([f.item]) : [])]);
}

/** The values at a path template in `data` ('*' = every entry of a list), with their concrete paths. */
function valuesAt(
  data: unknown,
  path: readonly (string | number)[],
  at: (string | number)[] = [],
): { value: unknown; path: (string | number)[] }[] {
  if (path.length === 0) return [{ value: data, path: at }];
  const [head, ...rest] = path;
  if (head === '*') return Array.isArray(data) ? data.flatMap((v, i) => valuesAt(v, rest, [...at, i])) : [];
  if (typeof head === 'number')
    return Array.isArray(data) && head < data.length ? valuesAt(data[head], rest, [...at, head]) : [];
  if (isObject(data) && head! in data) return valuesAt(data[head!], rest, [...at, head!]);
  return [];
}

function termsOf(index: HandbookIndex, name: TaxonomyName): Terms {
  const c = index.config;
  if (name === 'grading.levels') return c.grading?.levels ?? [];
  if (name === 'grading.grades') return c.grading?.grades ?? [];
  return c.taxonomies?.[name] ?? [];
}

function unique(options: { value: string; label: string }[]): { value: string; label: string }[] {
  const seen = new Set<string>();
  return options.filter((o) => !seen.has(o.value) && seen.add(o.value));
}

/**
 * The choices for a taxonomy or ref field (or an idList, or its entry field), labelled in `locale`
 * (falling back to the handbook's default locale):
 * - taxonomy: the handbook's terms, labelled by their label;
 * - touchpoint, sop, case, checklist: the handbook's entities of that kind (from the index), by title;
 * - item: the item ids of the touchpoint named beside the field (`touchpoint` in the same object:
 *   a checklist section, an audit response), by id;
 * - role, step: the ids in the same file's `roles` / `steps` (`data` is the whole file's data), by name / title.
 *
 * `field.path` may carry concrete indices (['sections', 2, 'items']) to get the options of one
 * entry; with '*' the options of every entry are merged. Empty for other fields.
 */
export function optionsFor(
  field: Field,
  index: HandbookIndex,
  data: unknown,
  locale: string,
): { value: string; label: string }[] {
  const fallback = index.config?.defaultLocale ?? locale;
  const label = (text: LocalizedText | undefined, id: string) => localize(text, locale, fallback).text || id;
  if (field.taxonomy)
    return unique(termsOf(index, field.taxonomy).map((t) => ({ value: t.id, label: label(t.label, t.id) })));
  switch (field.ref) {
    case 'touchpoint':
    case 'sop':
    case 'case':
    case 'checklist':
      return Object.entries(index.entities)
        .filter(([, e]) => e.kind === field.ref)
        .map(([id, e]) => ({ value: id, label: label(e.title, id) }));
    case 'item': {
      // The field is `items` (or `items.*`, or `item`) of an object that names its touchpoint.
      const at = field.path[field.path.length - 1] === '*' ? field.path.slice(0, -1) : field.path;
      const owners = valuesAt(data, at.slice(0, -1));
      const touchpoints = owners
        .map((o) => (isObject(o.value) ? o.value['touchpoint'] : undefined))
        .filter((t): t is string => typeof t === 'string');
      return unique(
        touchpoints.flatMap((tp) => (index.entities[tp]?.items ?? []).map((id) => ({ value: id, label: id }))),
      );
    }
    case 'role':
    case 'step': {
      const list = isObject(data) ? data[field.ref === 'role' ? 'roles' : 'steps'] : undefined;
      if (!Array.isArray(list)) return [];
      return unique(
        list
          .filter((e): e is Json => isObject(e) && typeof e['id'] === 'string')
          .map((e) => ({
            value: e['id'] as string,
            label: label(
              (field.ref === 'role' ? e['name'] : e['title']) as LocalizedText | undefined,
              e['id'] as string,
            ),
          })),
      );
    }
    default:
      return [];
  }
}
