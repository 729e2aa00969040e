/**
 * The field reference's words (src/pages/[lang]/reference/, rendered by schema/reference-labels.ts
 * from the specs schema/field-types.ts computes): column headings, type names, the names of the
 * entries authors fill in, constraints, and the legend of the types the schemas' texts do not
 * describe.
 */
import type { Bilingual, Locale } from './locale.ts';

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
    colon: '：',
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
    colon: ': ',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** Plural (en) and short (zh, for "…列表") forms of the type words. */
export const PLURAL_TYPE_WORDS = {
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
} as const satisfies Record<Locale, Record<string, string>>;

/** Names of the object definitions authors fill in: [singular, plural] in English, and zh. */
export const ENTRY_NAMES: Record<string, { en: readonly [string, string]; 'zh-CN': string }> = {
  changelogEntry: { en: ['changelog entry', 'changelog entries'], 'zh-CN': '变更记录' },
  question: { en: ['question', 'questions'], 'zh-CN': '题目' },
  band: { en: ['band', 'bands'], 'zh-CN': '分数段' },
  item: { en: ['item', 'items'], 'zh-CN': '标准条目' },
  step: { en: ['step', 'steps'], 'zh-CN': '步骤' },
  term: { en: ['term', 'terms'], 'zh-CN': '分类值' },
};

/** What a field's constraints say (reference-labels.ts constraintLabel). */
interface ConstraintWords {
  atLeastEntries: (n: number) => string;
  atMostEntries: (n: number) => string;
  notEmpty: string;
  atLeastCharacters: (n: number) => string;
  atMostCharacters: (n: number) => string;
  noDuplicates: string;
  pattern: (pattern: string) => string;
  /** One condition of "required when": the field has one of the values (joined by `or`). */
  fieldIs: (field: string, values: string) => string;
  or: string;
  /** Between the conditions of "required when". */
  and: string;
  requiredWhen: (conditions: string) => string;
  requiredSometimes: string;
  /** Before the constraint every entry of a list has. */
  each: string;
}

export const CONSTRAINT_WORDS: Record<Locale, ConstraintWords> = {
  'zh-CN': {
    atLeastEntries: (n) => `至少 ${n} 项`,
    atMostEntries: (n) => `至多 ${n} 项`,
    notEmpty: '不能为空',
    atLeastCharacters: (n) => `至少 ${n} 个字符`,
    atMostCharacters: (n) => `至多 ${n} 个字符`,
    noDuplicates: '不得重复',
    pattern: (pattern) => `格式 ${pattern}`,
    fieldIs: (field, values) => `${field} 为 ${values}`,
    or: ' 或 ',
    and: ' 且 ',
    requiredWhen: (conditions) => `当 ${conditions} 时必填`,
    requiredSometimes: '在某些情况下必填',
    each: '每项：',
  },
  en: {
    atLeastEntries: (n) => `at least ${n} ${n === 1 ? 'entry' : 'entries'}`,
    atMostEntries: (n) => `at most ${n} ${n === 1 ? 'entry' : 'entries'}`,
    notEmpty: 'not empty',
    atLeastCharacters: (n) => `at least ${n} characters`,
    atMostCharacters: (n) => `at most ${n} characters`,
    noDuplicates: 'no duplicates',
    pattern: (pattern) => `pattern ${pattern}`,
    fieldIs: (field, values) => `${field} is ${values}`,
    or: ' or ',
    and: ' and ',
    requiredWhen: (conditions) => `required when ${conditions}`,
    requiredSometimes: 'required in some cases',
    each: 'each entry: ',
  },
};

/**
 * The legend's descriptions of the named types the shared schema does not describe itself
 * (schema-reference.ts typeGlossary; the others come from defs.schema.json), and the example of a
 * text, in YAML.
 */
export const GLOSSARY_TEXTS = {
  code: {
    'zh-CN': '简短编号：大写字母、数字和单个连字符，例如 PM-01。',
    en: 'A short code: capital letters, digits and single hyphens, such as PM-01.',
  },
  colour: { 'zh-CN': '颜色，写作 #rrggbb。', en: 'A colour written #rrggbb.' },
  plain: { 'zh-CN': '单个字符串，不做翻译。', en: 'A single string, not translated.' },
} satisfies Record<string, Bilingual>;
export const GLOSSARY_TEXT_EXAMPLE = 'Pedestrian gate, or { zh-CN: 人行出入口, en: Pedestrian gate }';
