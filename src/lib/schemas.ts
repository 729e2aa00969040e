/**
 * The JSON Schemas in schemas/ compiled once with ajv (draft 2020-12), and ajv's errors turned
 * into diagnostics that point at the offending node and say what to do.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import defsSchema from '../../schemas/defs.schema.json' with { type: 'json' };
import handbookSchema from '../../schemas/handbook.schema.json' with { type: 'json' };
import touchpointSchema from '../../schemas/touchpoint.schema.json' with { type: 'json' };
import sopSchema from '../../schemas/sop.schema.json' with { type: 'json' };
import checklistSchema from '../../schemas/checklist.schema.json' with { type: 'json' };
import caseSchema from '../../schemas/case.schema.json' with { type: 'json' };
import guideSchema from '../../schemas/guide.schema.json' with { type: 'json' };
import translationSchema from '../../schemas/translation.schema.json' with { type: 'json' };
import auditSchema from '../../schemas/audit.schema.json' with { type: 'json' };
import { diagnostic, type Diagnostic } from './diagnostics.ts';
import type { Params } from './messages.ts';
import { toPointer, type JsonPath, type ParsedSource } from './source.ts';
import { closest } from './suggest.ts';

export type Kind = 'handbook' | 'touchpoint' | 'sop' | 'checklist' | 'case' | 'guide' | 'translation' | 'audit';
export const KINDS: readonly Kind[] = ['handbook', 'touchpoint', 'sop', 'checklist', 'case', 'guide', 'translation', 'audit'];

type Schema = Record<string, unknown>;
export const SCHEMAS: Record<Kind | 'defs', Schema> = {
  defs: defsSchema,
  handbook: handbookSchema,
  touchpoint: touchpointSchema,
  sop: sopSchema,
  checklist: checklistSchema,
  case: caseSchema,
  guide: guideSchema,
  translation: translationSchema,
  audit: auditSchema,
};

let compiled: Map<Kind, ValidateFunction> | undefined;

function validators(): Map<Kind, ValidateFunction> {
  if (compiled) return compiled;
  const Ajv = ((Ajv2020 as unknown as { default?: typeof Ajv2020 }).default ?? Ajv2020) as typeof Ajv2020;
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true });
  const formats = ((addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats) as typeof addFormats;
  formats(ajv, ['date']);
  for (const schema of Object.values(SCHEMAS)) ajv.addSchema(schema);
  compiled = new Map(KINDS.map((k) => [k, ajv.getSchema(`${k}.schema.json`)!]));
  return compiled;
}

const defs = (defsSchema as { $defs: Record<string, { pattern?: string }> }).$defs;
/** What each shared pattern means, for messages. */
const FORMATS: Record<string, { en: string; zh: string; example: string }> = {
  [defs.id!.pattern!]: { en: 'id (lower-case letters, digits and hyphens)', zh: 'id（小写字母、数字和连字符）', example: 'pm-pedestrian-gate' },
  [defs.version!.pattern!]: { en: 'version number', zh: '版本号', example: '1.2.0' },
  [defs.duration!.pattern!]: { en: 'ISO 8601 duration', zh: 'ISO 8601 时长', example: 'PT15M (15 minutes), PT24H (24 hours), P3D (3 days)' },
  [defs.threshold!.pattern!]: { en: 'threshold', zh: '阈值', example: '>= 300 lux, <= 55 dB, between 18 and 26 °C, every 15 days' },
  '^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$': { en: 'code (capitals, digits and hyphens)', zh: '编码（大写字母、数字和连字符）', example: 'PM-01' },
  '^#[0-9a-fA-F]{6}$': { en: 'colour', zh: '颜色', example: '#1a7f37' },
  '^[a-z]{2}(?:-[A-Z]{2})?$': { en: 'locale', zh: '语言代码', example: 'zh-CN, en' },
};
const DATE_FORMAT = { en: 'date (YYYY-MM-DD)', zh: '日期（YYYY-MM-DD）', example: '2026-07-01' };

const TYPE_NAMES: Record<string, { en: string; zh: string }> = {
  string: { en: 'text', zh: '文字' },
  number: { en: 'a number', zh: '数字' },
  integer: { en: 'a whole number', zh: '整数' },
  boolean: { en: 'true or false', zh: 'true 或 false' },
  array: { en: 'a list', zh: '列表' },
  object: { en: 'a mapping of fields', zh: '字段映射' },
  null: { en: 'nothing (an empty value)', zh: '空值' },
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function expectedType(types: string | string[]): { en: string; zh: string } {
  const list = Array.isArray(types) ? types : types.split(',');
  if (list.includes('string') && list.includes('object')) {
    return { en: 'text (a string, or a map from locale to text)', zh: '文字（字符串，或“语言: 文字”的映射）' };
  }
  return {
    en: list.map((t) => TYPE_NAMES[t]?.en ?? t).join(' or '),
    zh: list.map((t) => TYPE_NAMES[t]?.zh ?? t).join('或'),
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

function resolveRef(ref: string): Schema | undefined {
  const [file, fragment] = ref.split('#');
  const base = file ? (Object.values(SCHEMAS).find((s) => s.$id === file) as Schema | undefined) : undefined;
  if (!base || !fragment) return base;
  let node: unknown = base;
  for (const part of fragment.split('/').filter(Boolean)) node = (node as Record<string, unknown>)?.[part];
  return node as Schema | undefined;
}

function describe(schema: unknown): string {
  if (!schema || typeof schema !== 'object') return '';
  const s = schema as Schema;
  if (typeof s.description === 'string') return s.description;
  if (typeof s.$ref === 'string') {
    const target = s.$ref.startsWith('#') ? undefined : resolveRef(s.$ref);
    return typeof target?.description === 'string' ? target.description : '';
  }
  return '';
}

/** Runs the kind's schema and returns diagnostics located in the source. */
export function validateAgainstSchema(kind: Kind, source: ParsedSource): Diagnostic[] {
  const validate = validators().get(kind)!;
  if (validate(source.data)) return [];
  return mapErrors(kind, validate.errors ?? [], source);
}

function mapErrors(kind: Kind, errors: readonly ErrorObject[], source: ParsedSource): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  // Keys whose name is already reported (bad locale key): errors below them are noise.
  const badName = (e: ErrorObject) => (e.keyword === 'propertyNames' ? (e.params as { propertyName?: string }).propertyName : undefined);
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
    const push = (code: Parameters<typeof diagnostic>[3], at: ReturnType<ParsedSource['locate']>, pointer: string, params: Params) => {
      const key = `${pointer}|${code}|${JSON.stringify(params)}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push(diagnostic(source.file, at, pointer, code, params));
    };
    const here = source.locate(path);
    const pointer = toPointer(path);
    const description = describe(e.parentSchema);
    switch (e.keyword) {
      case 'required': {
        const property = String((e.params as { missingProperty: string }).missingProperty);
        const props = (e.parentSchema as Schema | undefined)?.properties as Record<string, unknown> | undefined;
        const at = path.length === 0 ? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } : source.locate(path, { key: true });
        if (property === 'threshold' && e.schemaPath.includes('/then/')) {
          // A measured item without its threshold: point at `answers: measured`.
          push('threshold-required', source.locate([...path, 'answers']), toPointer([...path, 'answers']), {});
          break;
        }
        push('missing-required', at, toPointer([...path, property]), { property, description: describe(props?.[property]) });
        break;
      }
      case 'additionalProperties': {
        const property = String((e.params as { additionalProperty: string }).additionalProperty);
        const allowed = Object.keys(((e.parentSchema as Schema | undefined)?.properties as object | undefined) ?? {}).filter((k) => k !== '$schema');
        const suggestion = closest(property, allowed);
        const params: Params = { property, allowed: allowed.join(', ') };
        if (suggestion) params.suggestion = suggestion;
        push('unknown-key', source.locate([...path, property], { key: true }), toPointer([...path, property]), params);
        break;
      }
      case 'type': {
        const exp = expectedType((e.params as { type: string | string[] }).type);
        const actual = TYPE_NAMES[typeOf(e.data)] ?? { en: typeOf(e.data), zh: typeOf(e.data) };
        push('wrong-type', here, pointer, { expected: exp.en, expectedZh: exp.zh, actual: actual.en, actualZh: actual.zh, description });
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
        const f = e.keyword === 'format' ? DATE_FORMAT : (FORMATS[pattern] ?? { en: `value matching ${pattern}`, zh: `符合 ${pattern} 的值`, example: '' });
        push('invalid-format', here, pointer, { value: String(e.data), format: f.en, formatZh: f.zh, example: f.example });
        break;
      }
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum': {
        const limit = (e.params as { limit: number }).limit;
        const op = { minimum: '≥', maximum: '≤', exclusiveMinimum: '>', exclusiveMaximum: '<' }[e.keyword];
        push('out-of-range', here, pointer, { value: String(e.data), range: `must be ${op} ${limit}`, rangeZh: `必须 ${op} ${limit}`, description });
        break;
      }
      case 'minItems':
      case 'minLength':
      case 'minProperties': {
        const what = e.keyword === 'minItems' ? 'list' : e.keyword === 'minProperties' ? 'map' : 'text';
        push('too-short', here, pointer, { what, limit: (e.params as { limit: number }).limit, description });
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
        push('duplicate-entry', source.locate([...path, j]), toPointer([...path, j]), { value: typeof value === 'object' ? JSON.stringify(value) : String(value) });
        break;
      }
      default:
        push('schema-violation', here, pointer, { detail: e.message ?? e.keyword, kind });
    }
  }
  // Bad locale keys in text maps: usually an unquoted comma inside { } split the text.
  for (const e of errors) {
    const key = badName(e);
    if (key === undefined) continue;
    const path = [...segments(e.instancePath), key];
    const at = source.locate(path, { key: true });
    if (/\s/.test(key)) out.push(diagnostic(source.file, at, toPointer(path), 'yaml-flow-comma', { key }));
    else out.push(diagnostic(source.file, at, toPointer(path), 'invalid-format', { value: key, format: 'locale', formatZh: '语言代码', example: 'zh-CN, en' }));
  }
  return out;
}

/**
 * JSON paths (with '*' for any array index) of every localized text field in a kind's schema:
 * the places where a locale map may appear.
 */
export function textPaths(kind: Kind): string[][] {
  const found: string[][] = [];
  const walk = (schema: unknown, path: string[], depth: number) => {
    if (!schema || typeof schema !== 'object' || depth > 12) return;
    const s = schema as Schema;
    if (typeof s.$ref === 'string') {
      if (s.$ref.endsWith('#/$defs/text')) {
        found.push(path);
        return;
      }
      const target = s.$ref.startsWith('#') ? resolveRef(`${SCHEMAS[kind].$id as string}${s.$ref}`) : resolveRef(s.$ref);
      walk(target, path, depth + 1);
    }
    if (s.properties) for (const [k, v] of Object.entries(s.properties as Schema)) walk(v, [...path, k], depth + 1);
    if (s.items) walk(s.items, [...path, '*'], depth + 1);
  };
  walk(SCHEMAS[kind], [], 0);
  return found;
}
