/**
 * The words of the schema reference in zh-CN and en: column headings, type names (`typeLabel`)
 * and constraints (`constraintLabels`), rendered from the specs field-types.ts computes.
 */
import type { Locale } from '../i18n/locale.ts';
import type { ConstraintSpec, NamedType, TypeSpec } from './field-types.ts';

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

export function values(list: readonly unknown[]): string {
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
export function typeLabel(field: { typeSpec: TypeSpec }, locale: Locale): string {
  return render(field.typeSpec, locale, false);
}

export function constraintLabel(c: ConstraintSpec, locale: Locale): string {
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
export function constraintLabels(field: { constraintSpecs: ConstraintSpec[] }, locale: Locale): string[] {
  return field.constraintSpecs.map((c) => constraintLabel(c, locale));
}
