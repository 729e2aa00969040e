/**
 * A command's arguments: node:util parseArgs reads them (non-strict, with tokens), and this file
 * judges them, so that every problem is said in both languages (parseArgs' own errors are
 * English only) and `--help` / `-h` works on every command.
 */
import { parseArgs } from 'node:util';
import { CLI_MESSAGES } from '../i18n/cli.ts';

export interface OptionSpec {
  type: 'string' | 'boolean';
  default?: string | boolean;
}

export type Values = Record<string, string | boolean | undefined>;

export type CommandArgs = { help: true } | { help: false; values: Values; positionals: string[] };

/** A mistake on the command line: the message is bilingual; the caller adds the command's usage and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const HELP = new Set(['help', 'h']);

/** Reads argv against `options`; throws UsageError for unknown options, missing values and values given to flags. */
export function parseCommandArgs(argv: readonly string[], options: Record<string, OptionSpec>): CommandArgs {
  const config = Object.fromEntries(Object.entries(options).map(([name, o]) => [name, { type: o.type }]));
  const { tokens } = parseArgs({
    args: [...argv],
    options: config,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values: Values = Object.fromEntries(Object.entries(options).map(([name, o]) => [name, o.default]));
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    if (HELP.has(token.name) && !(token.name in options)) return { help: true };
    const spec = options[token.name];
    if (spec === undefined) throw new UsageError(CLI_MESSAGES.unknownOption(token.rawName));
    if (spec.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(CLI_MESSAGES.takesNoValue(token.rawName));
      values[token.name] = true;
    } else {
      // Without "=", parseArgs takes the next argument as the value even when it is another option.
      const missing = token.value === undefined || (!token.inlineValue && token.value.startsWith('-'));
      if (missing) throw new UsageError(CLI_MESSAGES.needsValue(token.rawName));
      values[token.name] = token.value;
    }
  }
  return { help: false, values, positionals };
}

/** A string option's value (parseCommandArgs never leaves a string option with a boolean). */
export function stringValue(values: Values, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}
