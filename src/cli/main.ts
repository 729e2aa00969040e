/**
 * `touchstone`: check a handbook, create starting files, score audit records.
 * Thin over the gate (src/gate), the scoring engine (src/scoring) and the starting files
 * (src/editor/templates.ts): parsing arguments, choosing output, exit codes (0 ok, 1 errors, 2 usage).
 * `touchstone <command> --help` (or -h, or `touchstone help <command>`) prints that command's
 * usage and exits 0; a mistake on the command line is said in both languages and exits 2.
 */
import { parseArgs } from 'node:util';
import { CLI_MESSAGES } from '../i18n/cli.ts';
import { UsageError } from './args.ts';
import { runCheck } from './check.ts';
import { COMMANDS, usage, type CliIO, type Command } from './io.ts';
import { runNew } from './new.ts';
import { processIO } from './process-io.ts';
import { runScore } from './score.ts';

const RUN: Record<Command, (argv: readonly string[], io: CliIO) => number> = {
  check: runCheck,
  new: runNew,
  score: runScore,
};

const isCommand = (name: string | undefined): name is Command =>
  (COMMANDS as readonly (string | undefined)[]).includes(name);

export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    const about = rest[0];
    if (command === 'help' && about !== undefined && isCommand(about)) {
      io.out(usage(about));
      return 0;
    }
    io.out(usage());
    return command === undefined ? 2 : 0;
  }
  if (!isCommand(command)) {
    io.err(`${CLI_MESSAGES.unknownCommand(command)}\n\n${usage()}`);
    return 2;
  }
  try {
    return RUN[command](rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`touchstone ${command}: ${error.message}\n\n${usage(command)}`);
      return 2;
    }
    throw error;
  }
}

export { parseArgs };
