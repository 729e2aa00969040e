/**
 * JSON Schema errors turned into diagnostics that point at the offending node and say what to
 * do. No ajv here: the errors come from a compiled validator (the standalone ones generated into
 * validators/<kind>.generated.js, or ajv at runtime in validators-node.ts), so this runs in the browser
 * as well. The schemas are passed in, so a caller that checks one kind bundles only the schemas
 * that kind needs.
 */
import defsSchema from '../../schemas/defs.schema.json' with { type: 'json' };
import { diagnostic, type Diagnostic } from './diagnostics.ts';
import type { Bilingual, Params } from '../i18n/locale.ts';
import {
  bilingualParam,
  FORMAT_NAMES,
  rangeText,
  TEXT_TYPE_NAME,
  TYPE_NAMES,
  TYPE_NAMES_OR,
  unnamedFormat,
  type FormatName,
} from './messages.ts';
import type { Kind, Schema } from '../schema/schema-data.ts';
import { schemaText } from '../schema/schema-text.ts';
import { toPointer, type JsonPath, type ParsedSource } from './source.ts';
import { closest } from './suggest.ts';

/** One error of a validator compiled with `allErrors` and `verbose` (the subset of ajv's ErrorObject read here). */
export interface SchemaError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  propertyName?: string;
  message?: string;
  /** verbose: the schema object that holds the keyword. */
  parentSchema?: unknown;
  /** verbose: the value that failed. */
  data?: unknown;
}

/** A compiled validator: ajv's ValidateFunction, runtime or standalone. */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: readonly SchemaError[] | null;
}

const defs = (defsSchema as { $defs: Record<string, { pattern?: string }> }).$defs;
/** The format each shared pattern of the schemas stands for, by its name in messages.ts. */
const FORMATS: Record<string, FormatName> = {
  [defs.id!.pattern!]: FORMAT_NAMES.id,
  [defs.version!.pattern!]: FORMAT_NAMES.version,
  [defs.duration!.pattern!]: FORMAT_NAMES.duration,
  '^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$': FORMAT_NAMES.code,
  '^#[0-9a-fA-F]{6}$': FORMAT_NAMES.colour,
  '^[a-z]{2}(?:-[A-Z]{2})?$': FORMAT_NAMES.locale,
  '^[a-z0-9]+(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*$': FORMAT_NAMES.itemKey,
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function expectedType(types: string | string[]): Bilingual {
  const list = Array.isArray(types) ? types : types.split(',');
  if (list.includes('string') && list.includes('object')) return TEXT_TYPE_NAME;
  return {
    'zh-CN': list.map((t) => TYPE_NAMES[t]?.['zh-CN'] ?? t).join(TYPE_NAMES_OR['zh-CN']),
    en: list.map((t) => TYPE_NAMES[t]?.en ?? t).join(TYPE_NAMES_OR.en),
  };
}

/** Parses an ajv instancePath ("/items/0/text") into path segments. */
function segments(instancePath: string): JsonPath {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

/** The schema node a `$ref` ("defs.schema.json#/$defs/id") names, among `schemas`. */
export function resolveRef(ref: string, schemas: readonly Schema[]): Schema | undefined {
  const [file, fragment] = ref.split('#');
  const base = file ? schemas.find((s) => s.$id === file) : undefined;
  if (!base || !fragment) return base;
  let node: unknown = base;
  for (const part of fragment.split('/').filter(Boolean)) node = (node as Record<string, unknown>)?.[part];
  return node as Schema | undefined;
}

/**
 * The zh-CN description beside each English one in `schemas`. The generated validators' schema
 * literals, which errors carry as `parentSchema`, hold the English only: the generator leaves the
 * zh-CN text out rather than repeat it in every kind's code. The same English has the same zh-CN
 * wherever it is written (test/unit/gate/schemas.test.ts), so the English finds it.
 */
const zhCache = new WeakMap<readonly Schema[], Map<string, string>>();
function zhDescriptions(schemas: readonly Schema[]): Map<string, string> {
  let map = zhCache.get(schemas);
  if (map) return map;
  map = new Map();
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const text = Array.isArray(node) ? undefined : schemaText(node, 'description');
    if (text && !map!.has(text.en)) map!.set(text.en, text['zh-CN']);
    for (const sub of Object.values(node)) walk(sub);
  };
  for (const schema of schemas) walk(schema);
  zhCache.set(schemas, map);
  return map;
}

/** A field's description in both locales: its own, else that of the definition its `$ref` names. */
function describe(schema: unknown, schemas: readonly Schema[]): Params {
  if (!schema || typeof schema !== 'object') return {};
  const s = schema as Schema;
  const target =
    typeof s.description !== 'string' && typeof s.$ref === 'string' && !s.$ref.startsWith('#')
      ? resolveRef(s.$ref, schemas)
      : s;
  const en = target?.description;
  if (typeof en !== 'string') return {};
  return { description: en, descriptionZh: zhDescriptions(schemas).get(en) ?? en };
}

/**
 * Runs a compiled validator and returns diagnostics located in the source. `schemas` must hold
 * every schema the kind's schema refers to (for descriptions in messages).
 */
export function checkWithValidator(
  validate: SchemaValidator,
  kind: Kind,
  source: ParsedSource,
  schemas: readonly Schema[],
): Diagnostic[] {
  if (validate(source.data)) return [];
  return mapSchemaErrors(kind, validate.errors ?? [], source, schemas);
}

/** The validator's errors as diagnostics at the offending nodes, with did-you-mean hints. */
export function mapSchemaErrors(
  kind: Kind,
  errors: readonly SchemaError[],
  source: ParsedSource,
  schemas: readonly Schema[],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  // Keys whose name is already reported (bad locale key): errors below them are noise.
  const badName = (e: SchemaError) =>
    e.keyword === 'propertyNames' ? (e.params as { propertyName?: string }).propertyName : undefined;
  const badKeys = new Set<string>();
  for (const e of errors) {
    const name = badName(e);
    if (name !== undefined) badKeys.add(`${e.instancePath}/${name}`);
  }

  for (const e of errors) {
    // propertyNames errors are reported once, below; `if` only says which `then` failed.
    if (e.keyword === 'propertyNames' || e.propertyName !== undefined || e.keyword === 'if') continue;
    if ([...badKeys].some((k) => e.instancePath === k || e.instancePath.startsWith(k + '/'))) continue;
    const path = segments(e.instancePath);
    const push = (
      code: Parameters<typeof diagnostic>[3],
      at: ReturnType<ParsedSource['locate']>,
      pointer: string,
      params: Params,
    ) => {
      const key = `${pointer}|${code}|${JSON.stringify(params)}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push(diagnostic(source.file, at, pointer, code, params));
    };
    const here = source.locate(path);
    const pointer = toPointer(path);
    const description = describe(e.parentSchema, schemas);
    switch (e.keyword) {
      case 'required': {
        const property = String((e.params as { missingProperty: string }).missingProperty);
        const props = (e.parentSchema as Schema | undefined)?.properties as Record<string, unknown> | undefined;
        // A key missing at the top: where the file's data starts (after its header comments).
        const top = path.length === 0 ? source.locate([]).start : undefined;
        const at = top ? { start: top, end: top } : source.locate(path, { key: true });
        if (property === 'threshold' && e.schemaPath.includes('/then/')) {
          // A measured item without its threshold: point at `answers: measured`.
          push('threshold-required', source.locate([...path, 'answers']), toPointer([...path, 'answers']), {});
          break;
        }
        push('missing-required', at, toPointer([...path, property]), {
          property,
          ...describe(props?.[property], schemas),
        });
        break;
      }
      case 'additionalProperties': {
        const property = String((e.params as { additionalProperty: string }).additionalProperty);
        const allowed = Object.keys(
          ((e.parentSchema as Schema | undefined)?.properties as object | undefined) ?? {},
        ).filter((k) => k !== '$schema');
        const suggestion = closest(property, allowed);
        const params: Params = { property, allowed: allowed.join(', ') };
        if (suggestion) params.suggestion = suggestion;
        push('unknown-key', source.locate([...path, property], { key: true }), toPointer([...path, property]), params);
        break;
      }
      case 'type': {
        const exp = expectedType((e.params as { type: string | string[] }).type);
        const actual = TYPE_NAMES[typeOf(e.data)] ?? { 'zh-CN': typeOf(e.data), en: typeOf(e.data) };
        push('wrong-type', here, pointer, {
          ...bilingualParam('expected', exp),
          ...bilingualParam('actual', actual),
          ...description,
        });
        break;
      }
      case 'enum': {
        const allowed = ((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
        const value = String(e.data);
        const params: Params = { value, allowed: allowed.join(', ') };
        const suggestion = closest(value, allowed);
        if (suggestion) params.suggestion = suggestion;
        push('not-in-enum', here, pointer, params);
        break;
      }
      case 'pattern':
      case 'format': {
        const pattern = e.keyword === 'pattern' ? String((e.params as { pattern: string }).pattern) : '';
        const f = e.keyword === 'format' ? FORMAT_NAMES.date : (FORMATS[pattern] ?? unnamedFormat(pattern, 'value'));
        push('invalid-format', here, pointer, {
          value: String(e.data),
          ...bilingualParam('format', f),
          example: f.example,
        });
        break;
      }
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum': {
        const limit = (e.params as { limit: number }).limit;
        const op = { minimum: '≥', maximum: '≤', exclusiveMinimum: '>', exclusiveMaximum: '<' }[e.keyword];
        push('out-of-range', here, pointer, {
          value: String(e.data),
          ...bilingualParam('range', rangeText(op, limit)),
          ...description,
        });
        break;
      }
      case 'minItems':
      case 'minLength':
      case 'minProperties': {
        const what = e.keyword === 'minItems' ? 'list' : e.keyword === 'minProperties' ? 'map' : 'text';
        push('too-short', here, pointer, { what, limit: (e.params as { limit: number }).limit, ...description });
        break;
      }
      case 'maxItems':
      case 'maxLength':
      case 'maxProperties':
        push('too-long', here, pointer, { limit: (e.params as { limit: number }).limit });
        break;
      case 'uniqueItems': {
        const j = (e.params as { j: number }).j;
        const value = Array.isArray(e.data) ? e.data[j] : undefined;
        push('duplicate-entry', source.locate([...path, j]), toPointer([...path, j]), {
          value: typeof value === 'object' ? JSON.stringify(value) : String(value),
        });
        break;
      }
      default:
        push('schema-violation', here, pointer, { detail: e.message ?? e.keyword, kind });
    }
  }
  // Bad keys of a map: in a text map (locale keys) usually an unquoted comma inside { } split the
  // text; elsewhere the key's own format (an id, a touchpoint/item pair) is named.
  for (const e of errors) {
    const key = badName(e);
    if (key === undefined) continue;
    const path = [...segments(e.instancePath), key];
    const at = source.locate(path, { key: true });
    const names = (e.parentSchema as Schema | undefined)?.propertyNames as Schema | undefined;
    const pattern =
      typeof names?.pattern === 'string'
        ? names.pattern
        : typeof names?.$ref === 'string'
          ? String(resolveRef(names.$ref, schemas)?.pattern ?? '')
          : '';
    const f = FORMATS[pattern] ?? unnamedFormat(pattern, 'key');
    if (f === FORMAT_NAMES.locale && /\s/.test(key))
      out.push(diagnostic(source.file, at, toPointer(path), 'yaml-flow-comma', { key }));
    else
      out.push(
        diagnostic(source.file, at, toPointer(path), 'invalid-format', {
          value: key,
          ...bilingualParam('format', f),
          example: f.example,
        }),
      );
  }
  return out;
}
