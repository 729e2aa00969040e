/**
 * `touchstone`: check a handbook, create starting files, score audit records.
 * Thin over src/lib: parsing arguments, choosing output, exit codes (0 ok, 1 errors, 2 usage).
 */
import { parseArgs } from 'node:util';
import { runCheck } from './check.ts';
import { runNew } from './new.ts';
import { runScore } from './score.ts';
import { usage, type CliIO } from './io.ts';

const defaultIO: CliIO = {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
  cwd: process.cwd(),
};

export async function main(argv: readonly string[], io: CliIO = defaultIO): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(usage());
    return command === undefined ? 2 : 0;
  }
  try {
    switch (command) {
      case 'check':
        return runCheck(rest, io);
      case 'new':
        return runNew(rest, io);
      case 'score':
        return runScore(rest, io);
      default:
        io.err(`touchstone: unknown command "${command}" / 未知命令 "${command}"\n\n${usage()}`);
        return 2;
    }
  } catch (error) {
    // parseArgs throws on unknown flags: that is a usage error, not a crash.
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`touchstone ${command}: ${error.message}\n\n${usage()}`);
      return 2;
    }
    throw error;
  }
}

export { parseArgs };
