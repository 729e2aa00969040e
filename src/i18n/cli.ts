/**
 * The command line's own texts (`touchstone check | new | score`). What it prints before a
 * handbook's locale is known (usage, errors in the arguments) says it in both languages at once,
 * English first; the score report is in one locale. The gate's diagnostics are not here: they
 * are src/gate/messages.ts.
 */

/** Each command's part of the usage, in English and Chinese. */
export const USAGE = {
  check: `  touchstone check [dir] [--format text|json|github] [--lang zh-CN|en]
      Validate a handbook folder (default: standards). Exit 0 when clean (warnings allowed),
      1 on errors, 2 on usage errors.
      校验手册目录（默认 standards）。无错误时退出码 0（允许警告），有错误为 1，用法错误为 2。`,
  new: `  touchstone new touchpoint|sop|checklist|case|guide <id> [--dir standards] [--force]
      Write a valid starting file for a new standard.
      为新标准生成一个可通过校验的起始文件。`,
  score: `  touchstone score <record> [--handbook dir] [--format text|json] [--lang zh-CN|en] [--date YYYY-MM-DD]
      Score an audit record (YAML or JSON) against the handbook (default: standards): section
      scores, overall, band, verdict, completion, corrective actions with due dates counted from
      --date (default: the record's date). Exit 0 for a valid record whatever its verdict, 1 when
      the record or the handbook has errors, 2 on usage errors.
      按手册（默认 standards）为稽核记录（YAML 或 JSON）评分：分项得分、总分、等级、结论、完成度，
      以及整改项和期限（从 --date 起算，默认为记录日期）。记录有效时无论结论如何退出码均为 0，
      记录或手册有错误为 1，用法错误为 2。`,
};

export const USAGE_HEADING = 'Usage / 用法:';

/** The last lines of the whole usage: how to ask for one command's. */
export const USAGE_HELP = `  touchstone <command> --help
      Show one command's usage. / 显示某个命令的用法。`;

/** Errors in the command line and what a command did, in both languages. */
export const CLI_MESSAGES = {
  unknownCommand: (command: string) => `touchstone: unknown command "${command}" / 未知命令 "${command}"`,
  unknownOption: (option: string) => `unknown option ${option} / 未知选项 ${option}`,
  takesNoValue: (option: string) => `${option} takes no value / ${option} 不接受值`,
  needsValue: (option: string) => `${option} needs a value / ${option} 需要一个值`,
  badLang: (value: string) =>
    `--lang must be zh-CN or en (got "${value}") / --lang 只能是 zh-CN 或 en（收到 "${value}"）`,
  checkFormat: '--format must be text, json or github / --format 只能是 text、json 或 github',
  checkOneFolder: 'check takes one folder / check 只接受一个目录',
  badId: (id: string) =>
    `"${id}" is not a valid id: use lower-case letters, digits and single hyphens, e.g. pm-lobby.\n"${id}" 不是有效的 id：请使用小写字母、数字和单个连字符，例如 pm-lobby。`,
  noHandbook: (dir: string) =>
    `No valid handbook.yaml in ${dir}: run \`touchstone check\` first.\n${dir} 中没有有效的 handbook.yaml：请先运行 \`touchstone check\`。`,
  exists: (path: string) =>
    `${path} already exists; nothing was written (use --force to replace it).\n${path} 已存在，未写入任何内容（如需覆盖请加 --force）。`,
  idTaken: (id: string) => `The id "${id}" is already used in this handbook.\nid "${id}" 在本手册中已被使用。`,
  created: (path: string) => `Created ${path} / 已创建 ${path}`,
  scoreFormat: '--format must be text or json / --format 只能是 text 或 json',
  badDate: (value: string) =>
    `--date must be a date written YYYY-MM-DD (got "${value}") / --date 必须写成 YYYY-MM-DD（收到 "${value}"）`,
  scoreOneRecord: 'score takes one audit record / score 只接受一个稽核记录文件',
  cannotWrite: (reason: string) => `touchstone: could not write the output (${reason}) / 无法写出结果（${reason}）`,
};

/** The score report (`touchstone score`), in one locale: --lang, else the handbook's default. */
export const SCORE_REPORT = {
  'zh-CN': {
    incomplete: (missing: number, applicable: number, list: string) =>
      `未完成（INCOMPLETE）：${applicable} 个适用条目中有 ${missing} 个未作答：${list}`,
    record: '记录',
    sections: '分项得分',
    na: '不适用',
    raw: '原始分',
    rawTitle: '原始分',
    handbook: '手册',
    points: (e: string, p: string) => `得 ${e} / ${p} 分`,
    answeredOf: (a: number, n: number) => `已答 ${a}/${n}`,
    zeroedBy: (ids: string) => `被关键条目清零：${ids}`,
    overall: '总分',
    method: { pooled: '合并计分', weighted: '按分项权重' },
    band: '等级',
    verdict: '结论',
    verdicts: {
      pass: '通过（PASS）',
      fail: '不通过（FAIL）',
      incomplete: '未完成（INCOMPLETE）',
      'nothing-to-score': '无可计分项（NOTHING TO SCORE）',
    },
    passMark: '及格线',
    completion: '完成度',
    redLines: '红线未达标',
    changes: '与记录所依据版本相比的变化',
    noChanges: '无',
    notExact: '（记录中没有条目指纹，只能列出已删除的已答条目）',
    added: '新增',
    removed: '删除',
    changed: '修改',
    checklist: '检查表',
    touchpoint: '触点',
    actions: (n: number) => `整改项（${n}）`,
    noActions: '整改项：无',
    due: (d: string, l: string) => `期限 ${d}（${l}）`,
    noDue: '无时限',
    note: '备注',
    evidence: '证据',
    redLine: '红线',
    reading: (r: number, t: string) => `读数 ${r}（阈值 ${t}）`,
    answers: { conforms: '符合', partly: '部分符合', fails: '不符合' } as Record<string, string>,
    problems: '未计分的回答',
    colon: '：',
    sep: '、',
    semi: '；',
    paren: (x: string) => `（${x}）`,
    kinds: { 'self-assessment': '自评', 'mystery-shopper': '神秘顾客', 'internal-audit': '内部稽核' },
    notFound: (p: string) => `无法读取稽核记录 ${p} / cannot read the audit record ${p}`,
  },
  en: {
    incomplete: (missing: number, applicable: number, list: string) =>
      `INCOMPLETE: ${missing} of ${applicable} applicable item${applicable === 1 ? '' : 's'} unanswered: ${list}`,
    record: 'Record',
    sections: 'Sections',
    na: 'n/a',
    raw: 'raw',
    rawTitle: 'Raw',
    handbook: 'handbook',
    points: (e: string, p: string) => `${e} of ${p} points`,
    answeredOf: (a: number, n: number) => `${a}/${n} answered`,
    zeroedBy: (ids: string) => `zeroed by ${ids}`,
    overall: 'Overall',
    method: { pooled: 'pooled', weighted: 'weighted by section' },
    band: 'Band',
    verdict: 'Verdict',
    verdicts: { pass: 'PASS', fail: 'FAIL', incomplete: 'INCOMPLETE', 'nothing-to-score': 'NOTHING TO SCORE' },
    passMark: 'Pass mark',
    completion: 'Completion',
    redLines: 'Red lines failed',
    changes: 'Changes since the versions the record names',
    noChanges: 'none',
    notExact: '(the record has no item fingerprints: only answered items that were removed can be named)',
    added: 'added',
    removed: 'removed',
    changed: 'changed',
    checklist: 'checklist',
    touchpoint: 'touchpoint',
    actions: (n: number) => `Corrective actions (${n})`,
    noActions: 'Corrective actions: none',
    due: (d: string, l: string) => `due ${d} (${l})`,
    noDue: 'no time limit',
    note: 'note',
    evidence: 'evidence',
    redLine: 'red line',
    reading: (r: number, t: string) => `reading ${r} (threshold ${t})`,
    answers: { conforms: 'conforms', partly: 'partly', fails: 'fails' } as Record<string, string>,
    problems: 'Responses not scored',
    colon: ': ',
    sep: ', ',
    semi: '; ',
    paren: (x: string) => ` (${x})`,
    kinds: {
      'self-assessment': 'self-assessment',
      'mystery-shopper': 'mystery shopper',
      'internal-audit': 'internal audit',
    },
    notFound: (p: string) => `cannot read the audit record ${p} / 无法读取稽核记录 ${p}`,
  },
} as const;
