import { isLocale, type Locale } from '../i18n/locale.ts';

/** Where the CLI writes, so tests can run it in-process. */
export interface CliIO {
  out(line: string): void;
  err(line: string): void;
  cwd: string;
}

export type Command = 'check' | 'new' | 'score';

/** Each command's part of the usage, in English and Chinese. */
const USAGE: Record<Command, string> = {
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

export const COMMANDS = Object.keys(USAGE) as Command[];

/** The usage of one command, or of all of them (with how to ask for one). */
export function usage(command?: Command): string {
  if (command !== undefined) return `Usage / 用法:\n${USAGE[command]}`;
  return `Usage / 用法:\n${COMMANDS.map((c) => USAGE[c]).join('\n')}
  touchstone <command> --help
      Show one command's usage. / 显示某个命令的用法。`;
}

/** The --lang value, or undefined (use the handbook's default), or an error message. */
export function parseLang(value: string | undefined): Locale | undefined | Error {
  if (value === undefined) return undefined;
  if (isLocale(value)) return value;
  return new Error(`--lang must be zh-CN or en (got "${value}") / --lang 只能是 zh-CN 或 en（收到 "${value}"）`);
}
