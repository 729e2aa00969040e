/**
 * The one catalog of diagnostic messages, in zh-CN and en. Every diagnostic the gate emits,
 * wherever it is shown (terminal, Astro build, CI annotation, editor), reads from here.
 *
 * Writing guide (after Astro's error catalog): say what is wrong, then in the hint what to do.
 * Codes are permanent: tools and docs refer to them. Never reuse or rename one.
 */
import type { Bilingual, Locale, Params } from '../i18n/locale.ts';

export type Severity = 'error' | 'warning';
type Render = (p: Params) => string;
interface Entry {
  severity: Severity;
  message: Record<Locale, Render>;
  hint: Record<Locale, Render>;
}

const list = (v: string | number | undefined) => String(v ?? '');

/**
 * `threshold-invalid`: what is wrong, and what to do, for each problem the threshold parser
 * reports (threshold.ts ThresholdProblem; params: threshold, problem, found, fix).
 */
const THRESHOLD_EXAMPLES = '">= 1,000 lux", "<= 55 dB", "between 18 and 26 °C", "every 15 days"';
const THRESHOLD_PROBLEM: Record<Locale, Record<string, Render>> = {
  'zh-CN': {
    empty: () => '内容为空',
    operator: (p) => `应以 >=、<=、>、<、=、between 或 every 开头，而不是 "${p.found}"`,
    number: (p) => `${p.found ? `"${p.found}" 处` : '末尾'}应为数字`,
    separator: (p) => `"${p.found}" 中的逗号不是千位分隔符`,
    decimal: (p) => `"${p.found}" 不是完整的数字`,
    exponent: (p) => `"${p.found}" 使用了科学计数法`,
    'too-large': (p) => `数字 ${p.found}… 过大，请换用更大的单位`,
    'negative-period': (p) => `周期不能为负数（${p.found}）`,
    and: (p) => `between 后应为“a and b”，而不是 "${p.found}"`,
    'unit-missing': () => 'every 后的数字需要单位',
    duration: (p) => `"${p.found}" 是用多个单位写的时长`,
    'second-bound': (p) => `"${p.found}" 是第二个界限`,
    'unit-digit': (p) => `单位 "${p.found}" 中含有数字`,
    'unit-character': (p) => `单位 "${p.found}" 中含有控制字符`,
  },
  en: {
    empty: () => 'it is empty',
    operator: (p) => `it must start with >=, <=, >, <, =, between or every, not "${p.found}"`,
    number: (p) => `a number is expected ${p.found ? `at "${p.found}"` : 'at the end'}`,
    separator: (p) => `the comma in "${p.found}" is not a thousands separator`,
    decimal: (p) => `"${p.found}" is not a complete number`,
    exponent: (p) => `"${p.found}" is written with an exponent`,
    'too-large': (p) => `the number ${p.found}… is too large; use a larger unit`,
    'negative-period': (p) => `a period cannot be negative (${p.found})`,
    and: (p) => `between needs "a and b", not "${p.found}"`,
    'unit-missing': () => 'every needs a unit after the number',
    duration: (p) => `"${p.found}" is a duration in more than one unit`,
    'second-bound': (p) => `"${p.found}" is a second bound`,
    'unit-digit': (p) => `the unit "${p.found}" contains a digit`,
    'unit-character': (p) => `the unit "${p.found}" contains a control character`,
  },
};
const THRESHOLD_HINT: Record<Locale, Record<string, Render>> = {
  'zh-CN': {
    general: () => `写成比较符、数字和单位：${THRESHOLD_EXAMPLES.replaceAll(', ', '、')}。`,
    fix: (p) => (p.problem === 'duration' ? `用一个单位写时长："${p.fix}"。` : `是否想写 "${p.fix}"？`),
    separator: () => '写作 1000 或 1,000（每三位数字前一个逗号）；小数用小数点：1.5。',
    exponent: () => '把数字完整写出（1e6 写作 1000000）。',
    and: () => '范围写成 "between 18 and 26 °C"。',
    duration: () => '用一个单位写时长，例如 "<= 150 min"。',
    'second-bound': () => '范围写成 "between 100 and 300 lux"。',
    'unit-digit': () => '单位是不含数字的文字（lux、dB、°C、%、min、days），数字写在单位之前。',
  },
  en: {
    general: () => `Write an operator, a number and a unit: ${THRESHOLD_EXAMPLES}.`,
    fix: (p) => (p.problem === 'duration' ? `Write the duration in one unit: "${p.fix}".` : `Did you mean "${p.fix}"?`),
    separator: () => 'Write 1000 or 1,000 (a comma before each group of three digits); decimals take a point: 1.5.',
    exponent: () => 'Write the number in full (1000000, not 1e6).',
    and: () => 'Write a range as "between 18 and 26 °C".',
    duration: () => 'Write the duration in one unit, such as "<= 150 min".',
    'second-bound': () => 'Write a range as "between 100 and 300 lux".',
    'unit-digit': () => 'A unit is text without digits (lux, dB, °C, %, min, days), after the number.',
  },
};
const thresholdHint = (locale: Locale, p: Params) => {
  const hints = THRESHOLD_HINT[locale];
  return (p.fix ? hints.fix! : Object.hasOwn(hints, String(p.problem)) ? hints[String(p.problem)]! : hints.general!)(p);
};

/** Why repository.api is refused, one phrase per api-url.ts ApiBaseProblem. */
const API_PROBLEMS: Record<string, Bilingual> = {
  'not-a-url': { 'zh-CN': '不是 URL', en: 'it is not a URL' },
  whitespace: { 'zh-CN': '含有空格或控制字符', en: 'it contains spaces or control characters' },
  scheme: { 'zh-CN': '只能使用 https', en: 'only https is allowed' },
  'http-not-loopback': {
    'zh-CN': 'http 只能用于本机地址（localhost、127.0.0.1、[::1]），其他主机必须用 https',
    en: 'http is allowed only for this machine (localhost, 127.0.0.1, [::1]); other hosts need https',
  },
  userinfo: {
    'zh-CN': '含有用户名或密码（@ 之前的部分），令牌会被发送到 @ 之后的主机',
    en: 'it has a user name or password (the part before @), and the token would go to the host after the @',
  },
  'query-or-fragment': { 'zh-CN': '含有查询参数（?）或片段（#）', en: 'it has a query (?) or a fragment (#)' },
};

// ── words the gate puts into a message's params ───────────────────────────────────
// A step of the gate that composes part of a message (a type's name, a list's name) passes it in
// both languages, `name` and `nameZh` (bilingualParam), and the messages below read the one they
// need. The words are here, with the messages they go into.

/** A text as a message's params: `name` holds the English, `nameZh` the Chinese. */
export function bilingualParam(name: string, text: Bilingual): Params {
  return { [name]: text.en, [`${name}Zh`]: text['zh-CN'] };
}

/** The yaml library's error codes that authors meet, in our words (source.ts: `yaml-syntax`'s detail). */
export const YAML_ERRORS: Record<string, Bilingual> = {
  MULTILINE_IMPLICIT_KEY: {
    'zh-CN': '键必须写在一行内；这一行的缩进可能过多。',
    en: 'a key must fit on one line; the line is probably indented too far.',
  },
  BLOCK_AS_IMPLICIT_KEY: {
    'zh-CN': '单行的值里不能开始新的映射。',
    en: 'a mapping cannot start inside a one-line value.',
  },
  BAD_INDENT: { 'zh-CN': '缩进与上下行没有对齐。', en: 'the indentation does not line up with the lines around it.' },
  TAB_AS_INDENT: { 'zh-CN': '不能用 Tab 缩进。', en: 'tabs are not allowed for indentation.' },
  MISSING_CHAR: {
    'zh-CN': '缺少收尾的字符（引号、] 或 }）。',
    en: 'a closing character is missing (a quote, ] or }).',
  },
  UNEXPECTED_TOKEN: { 'zh-CN': '此处出现了意外的字符。', en: 'unexpected character here.' },
  BAD_DQ_ESCAPE: {
    'zh-CN': '双引号字符串中的转义序列无效。',
    en: 'invalid escape sequence in a double-quoted string.',
  },
  BLOCK_IN_FLOW: { 'zh-CN': '[ ] 或 { } 中不能出现块值。', en: 'a block value cannot appear inside [ ] or { }.' },
  BAD_SCALAR_START: {
    'zh-CN': '未加引号的值不能以此字符开头；请给值加上引号。',
    en: 'a plain value cannot start with this character; put the value in quotes.',
  },
  BAD_ALIAS: {
    'zh-CN': '这个别名（*name）没有对应的锚点（&name）。',
    en: 'this alias (*name) has no matching anchor (&name).',
  },
  KEY_OVER_1024_CHARS: { 'zh-CN': '键的长度超过了 1024 个字符。', en: 'a key is longer than 1024 characters.' },
};

/** A format's name and an example of it (schema-errors.ts: `invalid-format`'s format and example). */
export type FormatName = Bilingual & { example: string };

/** What each shared pattern of the schemas, and the date format, means (schema-errors.ts maps the patterns). */
export const FORMAT_NAMES = {
  id: {
    'zh-CN': 'id（小写字母、数字和连字符）',
    en: 'id (lower-case letters, digits and hyphens)',
    example: 'pm-pedestrian-gate',
  },
  version: { 'zh-CN': '版本号', en: 'version number', example: '1.2.0' },
  duration: {
    'zh-CN': 'ISO 8601 时长',
    en: 'ISO 8601 duration',
    example: 'PT15M (15 minutes), PT24H (24 hours), P3D (3 days)',
  },
  code: { 'zh-CN': '编码（大写字母、数字和连字符）', en: 'code (capitals, digits and hyphens)', example: 'PM-01' },
  colour: { 'zh-CN': '颜色', en: 'colour', example: '#1a7f37' },
  locale: { 'zh-CN': '语言代码', en: 'locale', example: 'zh-CN, en' },
  itemKey: { 'zh-CN': '“触点/条目”键', en: 'touchpoint/item key', example: 'pm-pedestrian-gate/guard-appearance' },
  date: { 'zh-CN': '日期（YYYY-MM-DD）', en: 'date (YYYY-MM-DD)', example: '2026-07-01' },
} satisfies Record<string, FormatName>;

/** A pattern the schemas do not name: the values, or a map's keys, that match it. */
export const unnamedFormat = (pattern: string, of: 'value' | 'key'): FormatName =>
  of === 'value'
    ? { 'zh-CN': `符合 ${pattern} 的值`, en: `value matching ${pattern}`, example: '' }
    : { 'zh-CN': `符合 ${pattern} 的键`, en: `key matching ${pattern}`, example: '' };

/** The JSON types by name (schema-errors.ts: `wrong-type`'s expected and actual). */
export const TYPE_NAMES: Record<string, Bilingual> = {
  string: { 'zh-CN': '文字', en: 'text' },
  number: { 'zh-CN': '数字', en: 'a number' },
  integer: { 'zh-CN': '整数', en: 'a whole number' },
  boolean: { 'zh-CN': '布尔值（true 或 false）', en: 'true or false' },
  array: { 'zh-CN': '列表', en: 'a list' },
  object: { 'zh-CN': '字段映射', en: 'a mapping of fields' },
  null: { 'zh-CN': '空值', en: 'nothing (an empty value)' },
};
/** A localized text's type: a string, or a map from locale to text. */
export const TEXT_TYPE_NAME: Bilingual = {
  'zh-CN': '文字（字符串，或“语言: 文字”的映射）',
  en: 'text (a string, or a map from locale to text)',
};
/** Between the names of the types a value may have. */
export const TYPE_NAMES_OR: Bilingual = { 'zh-CN': '或', en: ' or ' };
/** The range a number must be in (schema-errors.ts: `out-of-range`'s range), `op` being ≥, ≤, > or <. */
export const rangeText = (op: string, limit: number): Bilingual => ({
  'zh-CN': `必须 ${op} ${limit}`,
  en: `must be ${op} ${limit}`,
});

/**
 * The handbook's things as rules.ts names them in messages: the kinds of entity a reference or an
 * MDX component names (`dangling-reference`, `unknown-component`: kind), and the lists whose
 * entries' ids must differ (`duplicate-local-id`: scope, "the same …"; a touchpoint's items, an
 * SOP's roles and steps and a checklist's sections go by the kind's name).
 */
export const THING_NAMES = {
  touchpoint: { 'zh-CN': '触点', en: 'touchpoint' },
  sop: { 'zh-CN': 'SOP', en: 'SOP' },
  checklist: { 'zh-CN': '检查表', en: 'checklist' },
  case: { 'zh-CN': '案例', en: 'case' },
  guide: { 'zh-CN': '指南', en: 'guide' },
  item: { 'zh-CN': '条目', en: 'item' },
  questions: { 'zh-CN': '题目列表', en: 'question list' },
  question: { 'zh-CN': '题目', en: 'question' },
  levels: { 'zh-CN': '等级列表', en: 'list of levels' },
  grades: { 'zh-CN': '分级列表', en: 'list of grades' },
  maturityLevels: { 'zh-CN': '成熟度列表', en: 'list of maturity levels' },
  bands: { 'zh-CN': '分数段列表', en: 'list of bands' },
} satisfies Record<string, Bilingual>;
/** A taxonomy of handbook.yaml as an id scope. */
export const taxonomyScope = (name: string): Bilingual => ({ 'zh-CN': `分类 ${name} `, en: `taxonomy ${name}` });

/**
 * The four parts of a case, as second-level headings in each locale: rules.ts looks for them
 * (`case-missing-section`), and a new case (editor/templates.ts) starts with them.
 */
export const CASE_SECTIONS = [
  { key: 'background', 'zh-CN': '背景描述', en: 'Background' },
  { key: 'handling', 'zh-CN': '处置过程', en: 'Handling' },
  { key: 'lessons', 'zh-CN': '经验总结', en: 'Lessons' },
  { key: 'regulatory', 'zh-CN': '法规依据', en: 'Regulatory basis' },
] as const;

export const MESSAGES = {
  // ── reading the file ─────────────────────────────────────────────────────────────
  'file-too-large': {
    severity: 'error',
    message: {
      'zh-CN': (p) => `文件过大（${p.size} 字节），上限为 ${p.limit} 字节。`,
      en: (p) => `The file is too large (${p.size} bytes); the limit is ${p.limit} bytes.`,
    },
    hint: {
      'zh-CN': () => '把内容拆分为多个文件，例如每个触点一个文件。',
      en: () => 'Split the content into several files, for example one file per touchpoint.',
    },
  },
  'binary-file': {
    severity: 'error',
    message: {
      'zh-CN': () => '这是二进制文件，不是文本。',
      en: () => 'This is a binary file, not text.',
    },
    hint: {
      'zh-CN': () => '标准文件必须是 UTF-8 文本；图片等附件请放到 standards/ 以外的目录。',
      en: () => 'Standards files must be UTF-8 text; keep images and other attachments outside standards/.',
    },
  },
  'not-utf8': {
    severity: 'error',
    message: {
      'zh-CN': () => '文件包含不是 UTF-8 编码的字节。',
      en: () => 'The file contains bytes that are not valid UTF-8.',
    },
    hint: {
      'zh-CN': () => '用编辑器以 UTF-8 编码重新保存（不要用 GBK/GB2312）。',
      en: () => 'Save the file again with UTF-8 encoding (not GBK or GB2312).',
    },
  },
  'empty-file': {
    severity: 'error',
    message: { 'zh-CN': () => '文件是空的。', en: () => 'The file is empty.' },
    hint: {
      'zh-CN': (p) => `填写内容，或用 \`npx touchstone new ${list(p.kind)} <id>\` 生成起始文件。`,
      en: (p) => `Fill it in, or create a starting file with \`npx touchstone new ${list(p.kind)} <id>\`.`,
    },
  },
  'missing-final-newline': {
    severity: 'warning',
    message: {
      'zh-CN': () => '文件末尾没有换行符。',
      en: () => 'The file does not end with a newline.',
    },
    hint: {
      'zh-CN': () => '文件可能被截断了：检查最后一行是否完整，然后在末尾加一个换行。',
      en: () => 'The file may be cut short: check that its last line is complete, then end it with a newline.',
    },
  },
  'yaml-syntax': {
    severity: 'error',
    message: {
      'zh-CN': (p) => `YAML 语法错误：${p.detailZh ?? p.detail}`,
      en: (p) => `YAML syntax error: ${p.detail}`,
    },
    hint: {
      'zh-CN': () => '检查此处的缩进（只用空格，不用 Tab）、冒号后的空格和引号是否成对。',
      en: () =>
        'Check the indentation here (spaces only, no tabs), the space after each colon, and that quotes are paired.',
    },
  },
  'yaml-flow-comma': {
    severity: 'error',
    message: {
      'zh-CN': (p) => `"${p.key}" 不是有效的语言代码：花括号 { } 里的逗号把文字截断了。`,
      en: (p) => `"${p.key}" is not a valid locale: a comma inside braces { } cut the text in two.`,
    },
    hint: {
      'zh-CN': () => '给含逗号的文字加上引号，例如 en: "Smile at 3 m, greet at 1 m"。',
      en: () => 'Put quotes around text that contains a comma, for example en: "Smile at 3 m, greet at 1 m".',
    },
  },
  'duplicate-key': {
    severity: 'error',
    message: {
      'zh-CN': (p) => `字段 "${p.key}" 出现了两次。`,
      en: (p) => `The key "${p.key}" appears twice.`,
    },
    hint: {
      'zh-CN': () => '删除其中一个，或合并两处内容；后写的不会覆盖先写的。',
      en: () => 'Delete one of them or merge the two; the later one does not override the earlier.',
    },
  },
  'multiple-documents': {
    severity: 'error',
    message: {
      'zh-CN': () => '一个文件里只能有一个 YAML 文档（发现了第二个 ---）。',
      en: () => 'A file may hold only one YAML document (found a second ---).',
    },
    hint: {
      'zh-CN': () => '把第二个文档移到单独的文件中。',
      en: () => 'Move the second document into a file of its own.',
    },
  },
  'alias-limit': {
    severity: 'error',
    message: {
      'zh-CN': (p) => `YAML 别名（*引用）展开过多，超过上限 ${p.limit}，疑似“别名炸弹”。`,
      en: (p) =>
        `YAML aliases (*references) expand too much, over the limit of ${p.limit}; this looks like an alias bomb.`,
    },
    hint: {
      'zh-CN': () => '直接写出重复的内容，不要用锚点（&）和别名（*）层层引用。',
      en: () => 'Write repeated content out instead of nesting anchors (&) and aliases (*).',
    },
  },
  'forbidden-key': {
    severity: 'error',
    message: {
      'zh-CN': (p) => `不允许使用字段名 "${p.key}"。`,
      en: (p) => `The key "${p.key}" is not allowed.`,
    },
    hint: {
      'zh-CN': () => '这个名字对 JavaScript 对象有特殊含义，请删除或改名。',
      en: () => 'This name has a special meaning for JavaScript objects; remove or rename it.',
    },
  },
  'frontmatter-missing': {
    severity: 'error',
    message: {
      'zh-CN': () => 'MDX 文件开头缺少 frontmatter（两行 --- 之间的 YAML）。',
      en: () => 'The MDX file does not start with frontmatter (YAML between two --- lines).',
    },
    hint: {
      'zh-CN': (p) => `在第一行写 ---，接着写 ${p.kind} 的字段，再写一行 ---。`,
      en: (p) => `Start the file with a --- line, then the ${p.kind} fields, then another --- line.`,
    },
  },
  'not-a-mapping': {
    severity: 'error',
    message: {
      'zh-CN': () => '文件的顶层必须是“字段: 值”的映射。',
      en: () => 'The top level of the file must be a mapping of "key: value" pairs.',
    },
    hint: {
      'zh-CN': (p) => `参考 schemas/${p.kind}.schema.json，或用 \`npx touchstone new\` 生成起始文件。`,
      en: (p) => `See schemas/${p.kind}.schema.json, or create a starting file with \`npx touchstone new\`.`,
    },
  },
  'unknown-file': {
    severity: 'warning',
    message: {
      'zh-CN': () => '这个文件不在已知目录中，已忽略。',
      en: () => 'This file is not in a known folder and is ignored.',
    },
    hint: {
      'zh-CN': () =>
        '触点放 touchpoints/，SOP 放 sops/，检查表放 checklists/，案例放 cases/，指南放 guides/，稽核记录放 audits/。',
      en: () =>
        'Touchpoints go in touchpoints/, SOPs in sops/, checklists in checklists/, cases in cases/, guides in guides/, audit records in audits/.',
    },
  },
  // ── schema ───────────────────────────────────────────────────────────────────────
  'missing-required': {
    severity: 'error',
    message: {
      'zh-CN': (p) => `缺少必填字段 "${p.property}"。`,
      en: (p) => `The required field "${p.property}" is missing.`,
    },
    hint: {
      'zh-CN': (p) => (p.descriptionZh ? `添加 ${p.property}：${p.descriptionZh}` : `添加 ${p.property}。`),
      en: (p) => (p.description ? `Add ${p.property}: ${p.description}` : `Add ${p.property}.`),
    },
  },
  'unknown-key': {
    severity: 'error',
    message: {
      'zh-CN': (p) => `未知字段 "${p.property}"。`,
      en: (p) => `Unknown field "${p.property}".`,
    },
    hint: {
      'zh-CN': (p) => (p.suggestion ? `是否想写 "${p.suggestion}"？` : `此处可用的字段：${p.allowed}。`),
      en: (p) => (p.suggestion ? `Did you mean "${p.suggestion}"?` : `Fields allowed here: ${p.allowed}.`),
    },
  },
  'wrong-type': {
    severity: 'error',
    message: {
      'zh-CN': (p) => `类型错误：应为${p.expectedZh}，实际是${p.actualZh}。`,
      en: (p) => `Wrong type: expected ${p.expected}, found ${p.actual}.`,
    },
    hint: {
      'zh-CN': (p) => (p.descriptionZh ? `此字段：${p.descriptionZh}` : '按 schema 要求的类型修改此值。'),
      en: (p) => (p.description ? `This field: ${p.description}` : 'Change the value to the type the schema asks for.'),
    },
  },
  'not-in-enum': {
    severity: 'error',
    message: {
      'zh-CN': (p) => `"${p.value}" 不是允许的取值。`,
      en: (p) => `"${p.value}" is not an allowed value.`,
    },
    hint: {
      'zh-CN': (p) => (p.suggestion ? `是否想写 "${p.suggestion}"？可选值：${p.allowed}。` : `可选值：${p.allowed}。`),
      en: (p) =>
        p.suggestion ? `Did you mean "${p.suggestion}"? Allowed: ${p.allowed}.` : `Allowed values: ${p.allowed}.`,
    },
  },
  'invalid-format': {
    severity: 'error',
    message: {
      'zh-CN': (p) => `"${p.value}" 不是有效的${p.formatZh}。`,
      en: (p) => `"${p.value}" is not a valid ${p.format}.`,
    },
    hint: {
      'zh-CN': (p) => `格式示例：${p.example}`,
      en: (p) => `For example: ${p.example}`,
    },
  },
  'out-of-range': {
    severity: 'error',
    message: {
      'zh-CN': (p) => `数值 ${p.value} 超出范围：${p.rangeZh}。`,
      en: (p) => `The number ${p.value} is out of range: ${p.range}.`,
    },
    hint: {
      'zh-CN': (p) => (p.descriptionZh ? `此字段：${p.descriptionZh}` : '改为范围内的数值。'),
      en: (p) => (p.description ? `This field: ${p.description}` : 'Use a number within the range.'),
    },
  },
  'too-short': {
    severity: 'error',
    message: {
      'zh-CN': (p) =>
        `${p.what === 'list' ? '列表' : p.what === 'map' ? '映射' : '文字'}不能少于 ${p.limit} ${p.what === 'text' ? '个字符' : '项'}。`,
      en: (p) =>
        `The ${p.what} must have at least ${p.limit} ${p.what === 'text' ? 'character' : 'entr'}${p.what === 'text' ? (Number(p.limit) === 1 ? '' : 's') : Number(p.limit) === 1 ? 'y' : 'ies'}.`,
    },
    hint: {
      'zh-CN': (p) => (p.descriptionZh ? `此字段：${p.descriptionZh}` : '补充内容，或删除此字段。'),
      en: (p) => (p.description ? `This field: ${p.description}` : 'Fill it in, or remove the field.'),
    },
  },
  'too-long': {
    severity: 'error',
    message: {
      'zh-CN': (p) => `内容过长：上限为 ${p.limit}。`,
      en: (p) => `Too long: the limit is ${p.limit}.`,
    },
    hint: { 'zh-CN': () => '缩短此值。', en: () => 'Shorten this value.' },
  },
  'duplicate-entry': {
    severity: 'error',
    message: {
      'zh-CN': (p) => `列表中 "${p.value}" 重复出现。`,
      en: (p) => `"${p.value}" appears twice in the list.`,
    },
    hint: { 'zh-CN': () => '每项只写一次。', en: () => 'List each entry once.' },
  },
  'schema-violation': {
    severity: 'error',
    message: {
      'zh-CN': (p) => `不符合 schema：${p.detail}`,
      en: (p) => `Does not match the schema: ${p.detail}`,
    },
    hint: {
      'zh-CN': (p) => `参考 schemas/${p.kind}.schema.json。`,
      en: (p) => `See schemas/${p.kind}.schema.json.`,
    },
  },
  // ── cross-file rules ─────────────────────────────────────────────────────────────
  'missing-handbook': {
    severity: 'error',
    message: {
      'zh-CN': (p) => `在 ${p.dir} 中找不到 handbook.yaml。`,
      en: (p) => `No handbook.yaml in ${p.dir}.`,
    },
    hint: {
      'zh-CN': () => '每个手册目录都需要 handbook.yaml（标题、语言与分类）；检查目录是否正确，或从示例手册复制一份。',
      en: () =>
        "Every handbook folder needs a handbook.yaml (title, locales and taxonomies); check the folder, or copy the example handbook's.",
    },
  },
  'duplicate-id': {
    severity: 'error',
    message: {
      'zh-CN': (p) => `id "${p.id}" 已被 ${p.other} 使用。`,
      en: (p) => `The id "${p.id}" is already used by ${p.other}.`,
    },
    hint: {
      'zh-CN': () => 'id 在整个手册中必须唯一；给其中一个改一个新 id。',
      en: () => 'Ids must be unique across the handbook; give one of them a new id.',
    },
  },
  'duplicate-local-id': {
    severity: 'error',
    message: {
      'zh-CN': (p) => `同一${p.scopeZh}中 id "${p.id}" 重复。`,
      en: (p) => `The id "${p.id}" is used twice in the same ${p.scope}.`,
    },
    hint: {
      'zh-CN': () => '给其中一项改一个新 id；已发布的 id 不要修改，稽核记录会引用它。',
      en: () => 'Give one of them a new id; do not change a published id, audit records refer to it.',
    },
  },
  'id-file-mismatch': {
    severity: 'warning',
    message: {
      'zh-CN': (p) => `id "${p.id}" 与文件名 "${p.name}" 不一致。`,
      en: (p) => `The id "${p.id}" differs from the file name "${p.name}".`,
    },
    hint: {
      'zh-CN': (p) => `把文件重命名为 ${p.id}${p.ext}，便于查找。`,
      en: (p) => `Rename the file to ${p.id}${p.ext} so it is easy to find.`,
    },
  },
  'dangling-reference': {
    severity: 'error',
    message: {
      'zh-CN': (p) => `找不到${p.kindZh} "${p.id}"。`,
      en: (p) => `There is no ${p.kind} "${p.id}".`,
    },
    hint: {
      'zh-CN': (p) => (p.suggestion ? `是否想写 "${p.suggestion}"？` : `检查 id 拼写，或先创建这个${p.kindZh}。`),
      en: (p) =>
        p.suggestion ? `Did you mean "${p.suggestion}"?` : `Check the id's spelling, or create the ${p.kind} first.`,
    },
  },
  'unknown-taxonomy-value': {
    severity: 'error',
    message: {
      'zh-CN': (p) => `"${p.value}" 不在 handbook.yaml 的 ${p.taxonomy} 中。`,
      en: (p) => `"${p.value}" is not in ${p.taxonomy} in handbook.yaml.`,
    },
    hint: {
      'zh-CN': (p) =>
        p.suggestion
          ? `是否想写 "${p.suggestion}"？可选值：${p.allowed}。`
          : `可选值：${p.allowed}；如需新值，先加到 handbook.yaml。`,
      en: (p) =>
        p.suggestion
          ? `Did you mean "${p.suggestion}"? Allowed: ${p.allowed}.`
          : `Allowed: ${p.allowed}; to add a value, add it to handbook.yaml first.`,
    },
  },
  'changelog-version-mismatch': {
    severity: 'error',
    message: {
      'zh-CN': (p) => `版本为 ${p.version}，但最新的变更记录是 ${p.latest}。`,
      en: (p) => `The version is ${p.version} but the newest changelog entry is ${p.latest}.`,
    },
    hint: {
      'zh-CN': () => '每次发布都在 changelog 最前面加一条（版本、日期、原因），并让 version 与之一致。',
      en: () =>
        'For every release add an entry at the top of changelog (version, date, reason) and make version match it.',
    },
  },
  'changelog-order': {
    severity: 'warning',
    message: {
      'zh-CN': () => '变更记录应按日期从新到旧排列。',
      en: () => 'Changelog entries should run from the newest to the oldest.',
    },
    hint: { 'zh-CN': () => '把最新的变更放在最前面。', en: () => 'Put the newest change first.' },
  },
  'review-overdue': {
    severity: 'warning',
    message: {
      'zh-CN': (p) => `复审日期 ${p.date} 已过。`,
      en: (p) => `The review date ${p.date} has passed.`,
    },
    hint: {
      'zh-CN': () => '请责任部门复审此标准，然后更新 reviewBy（必要时发布新版本）。',
      en: () =>
        'Ask the owner department to review the standard, then update reviewBy (and release a new version if it changed).',
    },
  },
  'grade-override-redundant': {
    severity: 'warning',
    message: {
      'zh-CN': (p) => `手动指定的等级 "${p.grade}" 与影响×频次规则得出的等级相同。`,
      en: (p) => `The grade override "${p.grade}" equals the grade the impact × frequency rule gives.`,
    },
    hint: { 'zh-CN': () => '删除 gradeOverride。', en: () => 'Remove gradeOverride.' },
  },
  'threshold-required': {
    severity: 'error',
    message: {
      'zh-CN': () => '测量型条目（answers: measured）必须有阈值。',
      en: () => 'A measured item (answers: measured) needs a threshold.',
    },
    hint: {
      'zh-CN': () => '添加 threshold，例如 ">= 300 lux"、"<= 55 dB" 或 "every 15 days"。',
      en: () => 'Add a threshold such as ">= 300 lux", "<= 55 dB" or "every 15 days".',
    },
  },
  'threshold-invalid': {
    severity: 'error',
    message: {
      'zh-CN': (p) =>
        `"${p.threshold}" 不是有效的阈值：${(THRESHOLD_PROBLEM['zh-CN'][String(p.problem)] ?? THRESHOLD_PROBLEM['zh-CN'].operator!)(p)}。`,
      en: (p) =>
        `"${p.threshold}" is not a valid threshold: ${(THRESHOLD_PROBLEM.en[String(p.problem)] ?? THRESHOLD_PROBLEM.en.operator!)(p)}.`,
    },
    hint: { 'zh-CN': (p) => thresholdHint('zh-CN', p), en: (p) => thresholdHint('en', p) },
  },
  'threshold-text-mismatch': {
    severity: 'warning',
    message: {
      'zh-CN': (p) => `条目文字写的是 ${p.figure}，但阈值是 "${p.threshold}"。`,
      en: (p) => `The item's text says ${p.figure} but its threshold is "${p.threshold}".`,
    },
    hint: {
      'zh-CN': (p) => `检查员读文字、按阈值打分，两者应一致：把文字中的 ${p.figure} 改为 ${p.expected}，或修改阈值。`,
      en: (p) =>
        `Auditors read the text and score against the threshold, so they must agree: change ${p.figure} in the text to ${p.expected}, or change the threshold.`,
    },
  },
  'maturity-levels-missing': {
    severity: 'error',
    message: {
      'zh-CN': () => '使用成熟度答案（answers: maturity）需要 handbook.yaml 定义 scoring.maturityLevels。',
      en: () => 'The maturity answer set needs scoring.maturityLevels in handbook.yaml.',
    },
    hint: {
      'zh-CN': () => '在 handbook.yaml 的 scoring 下添加 maturityLevels，或把条目改为 graded。',
      en: () => 'Add maturityLevels under scoring in handbook.yaml, or make the item graded.',
    },
  },
  'question-answers': {
    severity: 'error',
    message: {
      'zh-CN': (p) =>
        p.multiple ? '多选题至少要有一个正确选项。' : `单选题必须恰好有一个正确选项（现有 ${p.count} 个）。`,
      en: (p) =>
        p.multiple
          ? 'A multiple-choice question needs at least one correct option.'
          : `A single-choice question needs exactly one correct option (it has ${p.count}).`,
    },
    hint: {
      'zh-CN': () => '用 correct: true 标出正确选项；若有多个正确选项，设置 multiple: true。',
      en: () => 'Mark the right options with correct: true; set multiple: true when more than one is right.',
    },
  },
  'unknown-role': {
    severity: 'error',
    message: {
      'zh-CN': (p) => `角色 "${p.id}" 不在本 SOP 的 roles 中。`,
      en: (p) => `The role "${p.id}" is not in this SOP's roles.`,
    },
    hint: {
      'zh-CN': (p) =>
        p.suggestion ? `是否想写 "${p.suggestion}"？` : `在 roles 中添加它，或使用已有角色：${p.allowed}。`,
      en: (p) =>
        p.suggestion ? `Did you mean "${p.suggestion}"?` : `Add it to roles, or use an existing role: ${p.allowed}.`,
    },
  },
  'unknown-step': {
    severity: 'error',
    message: {
      'zh-CN': (p) => `步骤 "${p.id}" 不存在。`,
      en: (p) => `There is no step "${p.id}".`,
    },
    hint: {
      'zh-CN': (p) => (p.suggestion ? `是否想写 "${p.suggestion}"？` : `可用的步骤：${p.allowed}。`),
      en: (p) => (p.suggestion ? `Did you mean "${p.suggestion}"?` : `Steps: ${p.allowed}.`),
    },
  },
  'section-weights-partial': {
    severity: 'error',
    message: {
      'zh-CN': () => '只有部分分区设置了权重。',
      en: () => 'Only some sections have a weight.',
    },
    hint: {
      'zh-CN': () => '给每个分区都设置 weight，或全部不设（按条目汇总计分）。',
      en: () => 'Give every section a weight, or none (the overall score then pools all items).',
    },
  },
  'duplicate-section-touchpoint': {
    severity: 'error',
    message: {
      'zh-CN': (p) => `触点 "${p.id}" 在多个分区中出现。`,
      en: (p) => `The touchpoint "${p.id}" appears in more than one section.`,
    },
    hint: {
      'zh-CN': () => '每个触点只放在一个分区里；用 items 挑选要评分的条目。',
      en: () => 'Put each touchpoint in one section; pick the items to score with items.',
    },
  },
  'bands-order': {
    severity: 'error',
    message: {
      'zh-CN': () => '分数段必须从高到低排列，且最后一段从 0 开始。',
      en: () => 'Score bands must run from the highest to the lowest, and the last must start at 0.',
    },
    hint: {
      'zh-CN': () => '例如 green 90、amber 75、red 0。',
      en: () => 'For example green 90, amber 75, red 0.',
    },
  },
  'grading-matrix': {
    severity: 'error',
    message: {
      'zh-CN': (p) =>
        `定级矩阵${p.problem === 'missing' ? '缺少' : '重复了'}影响 "${p.impact}" × 频次 "${p.frequency}" 的格子。`,
      en: (p) =>
        `The grading matrix ${p.problem === 'missing' ? 'lacks' : 'repeats'} the cell impact "${p.impact}" × frequency "${p.frequency}".`,
    },
    hint: {
      'zh-CN': () => '每种影响与频次的组合都要在 matrix 中恰好出现一次。',
      en: () => 'Every combination of impact and frequency must be in matrix exactly once.',
    },
  },
  'default-locale-missing': {
    severity: 'error',
    message: {
      'zh-CN': (p) => `默认语言 ${p.locale} 不在 locales 中。`,
      en: (p) => `The default locale ${p.locale} is not in locales.`,
    },
    hint: { 'zh-CN': () => '把它加入 locales。', en: () => 'Add it to locales.' },
  },
  // repository.api: decided by src/gate/api-url.ts checkApiBase, which the editor applies too.
  'repository-api-invalid': {
    severity: 'error',
    message: {
      'zh-CN': (p) =>
        `repository.api "${p.value}" 不能用作 API 地址：${API_PROBLEMS[String(p.problem)]?.['zh-CN'] ?? p.problem}。`,
      en: (p) =>
        `repository.api "${p.value}" cannot be the API address: ${API_PROBLEMS[String(p.problem)]?.en ?? p.problem}.`,
    },
    hint: {
      'zh-CN': () =>
        '写成 https://api.github.com，或 GitHub Enterprise 服务器的 https://主机名/api/v3；编辑器只会把令牌发送到这个地址。',
      en: () =>
        'Write https://api.github.com, or https://HOST/api/v3 for a GitHub Enterprise server; the editor sends tokens to this address only.',
    },
  },
  'repository-api-loopback': {
    severity: 'warning',
    message: {
      'zh-CN': (p) => `repository.api "${p.value}" 指向读者自己的电脑：编辑器会把令牌发送给该端口上运行的任何程序。`,
      en: (p) =>
        `repository.api "${p.value}" points at the reader's own machine: the editor sends tokens to whatever runs on that port.`,
    },
    hint: {
      'zh-CN': () => '仅用于测试和本地镜像；要发布的手册请使用 https 地址。',
      en: () => 'Meant for tests and local mirrors; use an https address for a handbook you publish.',
    },
  },
  'text-missing-default': {
    severity: 'error',
    message: {
      'zh-CN': (p) => `文字缺少默认语言 ${p.locale} 的版本。`,
      en: (p) => `The text has no version in the default locale ${p.locale}.`,
    },
    hint: {
      'zh-CN': (p) => `添加 ${p.locale}: …；缺少译文时页面会回退到默认语言。`,
      en: (p) => `Add ${p.locale}: …; pages fall back to the default locale when a translation is missing.`,
    },
  },
  'text-unknown-locale': {
    severity: 'warning',
    message: {
      'zh-CN': (p) => `语言 "${p.locale}" 不在 handbook.yaml 的 locales 中，不会显示。`,
      en: (p) => `The locale "${p.locale}" is not in locales in handbook.yaml and is never shown.`,
    },
    hint: {
      'zh-CN': (p) => `可用语言：${p.allowed}。`,
      en: (p) => `Locales: ${p.allowed}.`,
    },
  },
  'case-missing-section': {
    severity: 'error',
    message: {
      'zh-CN': (p) => `案例缺少“${p.headingZh}”部分。`,
      en: (p) => `The case lacks its "${p.heading}" part.`,
    },
    hint: {
      'zh-CN': (p) => `添加二级标题：## ${p.expected}（案例由背景描述、处置过程、经验总结、法规依据四部分组成）。`,
      en: (p) =>
        `Add a second-level heading: ## ${p.expected} (a case has four parts: background, handling, lessons, regulatory basis).`,
    },
  },
  'translation-locale': {
    severity: 'error',
    message: {
      'zh-CN': (p) => `译文语言 "${p.locale}" 不在 handbook.yaml 的 locales 中，或就是默认语言。`,
      en: (p) => `The translation's locale "${p.locale}" is not in locales in handbook.yaml, or is the default locale.`,
    },
    hint: {
      'zh-CN': (p) => `译文文件命名为 <id>.<语言>.mdx，语言取自：${p.allowed}。`,
      en: (p) => `Name translation files <id>.<locale>.mdx with a locale from: ${p.allowed}.`,
    },
  },
  'translation-mismatch': {
    severity: 'error',
    message: {
      'zh-CN': (p) => `translationOf 为 "${p.id}"，与文件名不一致。`,
      en: (p) => `translationOf is "${p.id}", which does not match the file name.`,
    },
    hint: {
      'zh-CN': (p) => `把 translationOf 改为 "${p.expected}"。`,
      en: (p) => `Set translationOf to "${p.expected}".`,
    },
  },
  'unknown-component': {
    severity: 'error',
    message: {
      'zh-CN': (p) => `组件 <${p.component}> 引用的${p.kindZh} "${p.id}" 不存在。`,
      en: (p) => `<${p.component}> refers to the ${p.kind} "${p.id}", which does not exist.`,
    },
    hint: {
      'zh-CN': (p) => (p.suggestion ? `是否想写 "${p.suggestion}"？` : '检查 id 的拼写。'),
      en: (p) => (p.suggestion ? `Did you mean "${p.suggestion}"?` : "Check the id's spelling."),
    },
  },
  // ── building the site (the build's own log, not the gate) ──────────────────────────
  'build-pages-by-astro': {
    severity: 'warning',
    message: {
      'zh-CN': (p) =>
        `触点与 SOP 页面改由 Astro 逐页渲染：按字符串写出的模板页 ${p.file} 与 Astro 写出的不一致（${p.reason}）。`,
      en: (p) =>
        `Touchpoint and SOP pages are rendered by Astro one by one: the template page ${p.file} written from strings differs from the page Astro wrote (${p.reason}).`,
    },
    hint: {
      'zh-CN': () =>
        '站点完整，只是构建更慢。新版 Astro 或 Svelte 写出页面的方式变了：请更新 src/site/written-pages/page-frame.ts；设置 TOUCHSTONE_ASTRO_PAGES=1 可跳过这一比较。',
      en: () =>
        'The site is complete; the build is slower. A new Astro or Svelte writes pages differently: update src/site/written-pages/page-frame.ts. TOUCHSTONE_ASTRO_PAGES=1 skips the comparison.',
    },
  },
  'search-index-one-run': {
    severity: 'warning',
    message: {
      'zh-CN': (p) =>
        `搜索索引改为一次 Pagefind 运行：合并程序只读得懂 Pagefind ${p.expected} 的索引文件，这里是 ${p.found}。`,
      en: (p) =>
        `The search index is built in one Pagefind run: the merge reads the index files of Pagefind ${p.expected}, and this is ${p.found}.`,
    },
    hint: {
      'zh-CN': (p) =>
        `索引完整，但占用更多内存（每页约 0.2–0.4 MB）。请在 package.json 中把 pagefind 固定为 ${p.expected}，或按新格式更新 src/search/pagefind-merge.ts。`,
      en: (p) =>
        `The index is complete but takes more memory (~0.2–0.4 MB per page). Pin pagefind to ${p.expected} in package.json, or update src/search/pagefind-merge.ts to the new format.`,
    },
  },
  'search-index-pages-missing': {
    severity: 'error',
    message: {
      'zh-CN': (p) => `Pagefind 只索引了 ${p.total} 个页面中的 ${p.indexed} 个；未索引：${p.pages}。`,
      en: (p) => `Pagefind indexed ${p.indexed} of ${p.total} pages; not indexed: ${p.pages}.`,
    },
    hint: {
      'zh-CN': () =>
        '这些页面都有 data-pagefind-body 元素，Pagefind 却没有读出它们。运行 npx pagefind --site dist --verbose 查看原因。',
      en: () =>
        'Each of these pages has a data-pagefind-body element, yet Pagefind did not read it. Run npx pagefind --site dist --verbose to see why.',
    },
  },
  // ── audit records ────────────────────────────────────────────────────────────────
  'audit-scope': {
    severity: 'error',
    message: {
      'zh-CN': () => '稽核记录必须写 checklist（检查表）或 touchpoints（临时选择的触点），二者选一。',
      en: () => 'An audit record names either checklist or touchpoints (an ad-hoc audit), not both and not neither.',
    },
    hint: {
      'zh-CN': () => '用检查表评分时写 checklist；临时挑选触点时写 touchpoints。',
      en: () => 'Write checklist when scoring a scorecard; write touchpoints for an ad-hoc audit.',
    },
  },
  'audit-item-not-scored': {
    severity: 'error',
    message: {
      'zh-CN': (p) => `条目 ${p.touchpoint}/${p.item} 不在本次评分范围内。`,
      en: (p) => `The item ${p.touchpoint}/${p.item} is not part of this scorecard.`,
    },
    hint: {
      'zh-CN': () => '删除这条回答，或检查触点与条目的 id。',
      en: () => 'Remove the response, or check the touchpoint and item ids.',
    },
  },
  'audit-duplicate-response': {
    severity: 'error',
    message: {
      'zh-CN': (p) => `条目 ${p.touchpoint}/${p.item} 有多条回答。`,
      en: (p) => `The item ${p.touchpoint}/${p.item} is answered more than once.`,
    },
    hint: { 'zh-CN': () => '每个条目只保留一条回答。', en: () => 'Keep one response per item.' },
  },
  'audit-bad-value': {
    severity: 'error',
    message: {
      'zh-CN': (p) => `"${p.value}" 不是该条目（${p.answers}）可用的答案。`,
      en: (p) => `"${p.value}" is not an answer this ${p.answers} item accepts.`,
    },
    hint: {
      'zh-CN': (p) => `可用答案：${p.allowed}。`,
      en: (p) => `Answers: ${p.allowed}.`,
    },
  },
  'audit-na-not-allowed': {
    severity: 'error',
    message: {
      'zh-CN': (p) => `条目 ${p.item} 不允许回答“不适用”。`,
      en: (p) => `The item ${p.item} does not allow n/a.`,
    },
    hint: {
      'zh-CN': () => '这个条目在每个现场都适用：请评为符合、部分符合或不符合。',
      en: () => 'This item applies at every site: answer conforms, partly or fails.',
    },
  },
  'audit-reading-missing': {
    severity: 'error',
    message: {
      'zh-CN': (p) => `测量型条目 ${p.item} 需要读数（reading）。`,
      en: (p) => `The measured item ${p.item} needs a reading.`,
    },
    hint: {
      'zh-CN': (p) => `填写测得的数值（单位与阈值 ${p.threshold} 相同），或回答 na。`,
      en: (p) => `Enter the measured value (in the unit of the threshold ${p.threshold}), or answer na.`,
    },
  },
  'audit-version-changed': {
    severity: 'warning',
    message: {
      'zh-CN': (p) => `${p.what} "${p.id}" 的版本已从 ${p.from} 变为 ${p.to}。`,
      en: (p) => `${p.what} "${p.id}" changed from version ${p.from} to ${p.to}.`,
    },
    hint: {
      'zh-CN': () => '评分按记录中的回答进行；新增、删除或修改的条目会在评分结果中列出。',
      en: () => 'Scoring uses the responses recorded; added, removed or changed items are listed with the score.',
    },
  },
} satisfies Record<string, Entry>;

export type DiagnosticCode = keyof typeof MESSAGES;

// ── how a diagnostic is printed (diagnostics.ts: --format text, and the summary line) ──────
export const TEXT_FORMAT_WORDS = {
  'zh-CN': { error: '错误', warning: '警告', hint: '提示', at: '位置', colon: '：' },
  en: { error: 'error', warning: 'warning', hint: 'hint', at: 'at', colon: ': ' },
} as const satisfies Record<Locale, Record<Severity | 'hint' | 'at' | 'colon', string>>;

/** The last line of `touchstone check`: how many files, errors and warnings. */
export const SUMMARY_LINE: Record<Locale, (files: number, errors: number, warnings: number) => string> = {
  'zh-CN': (files, errors, warnings) => `检查了 ${files} 个文件：${errors} 个错误，${warnings} 个警告。`,
  en: (files, errors, warnings) =>
    `Checked ${files} file${files === 1 ? '' : 's'}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`,
};

export function severityOf(code: DiagnosticCode): Severity {
  return MESSAGES[code].severity;
}

export function renderMessage(code: DiagnosticCode, params: Params, locale: Locale): { message: string; hint: string } {
  const entry: Entry = MESSAGES[code];
  return { message: entry.message[locale](params), hint: entry.hint[locale](params) };
}

/** A message for a log read by people of either language (the build's): English, then Chinese. */
export function inBothLanguages(code: DiagnosticCode, params: Params): string {
  return (['en', 'zh-CN'] as const)
    .map((locale) => {
      const { message, hint } = renderMessage(code, params, locale);
      return `${message} ${hint}`;
    })
    .join('\n');
}
