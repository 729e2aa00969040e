import { CLI_MESSAGES, USAGE, USAGE_HEADING, USAGE_HELP } from '../i18n/cli.ts';
import { isLocale, type Locale } from '../i18n/locale.ts';

/** Where the CLI writes, so tests can run it in-process. */
export interface CliIO {
  out(line: string): void;
  err(line: string): void;
  cwd: string;
}

export type Command = keyof typeof USAGE;

export const COMMANDS = Object.keys(USAGE) as Command[];

/** The usage of one command, or of all of them (with how to ask for one). */
export function usage(command?: Command): string {
  if (command !== undefined) return `${USAGE_HEADING}\n${USAGE[command]}`;
  return `${USAGE_HEADING}\n${COMMANDS.map((c) => USAGE[c]).join('\n')}\n${USAGE_HELP}`;
}

/** The --lang value, or undefined (use the handbook's default), or an error message. */
export function parseLang(value: string | undefined): Locale | undefined | Error {
  if (value === undefined) return undefined;
  if (isLocale(value)) return value;
  return new Error(CLI_MESSAGES.badLang(value));
}
