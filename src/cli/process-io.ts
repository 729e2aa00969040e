/**
 * The CLI's output on the process's stdout and stderr, safe in pipes.
 *
 * When the reader goes away early (`touchstone check | head -1`: head exits after one line, and
 * the next write fails with EPIPE), the rest of the output is dropped quietly and the command
 * still ends with its own exit status: a reader that stopped reading changes nothing about the
 * verdict, and `set -o pipefail` keeps seeing it. Node ignores SIGPIPE, so without this the
 * failed write surfaces as an unhandled 'error' event with a stack trace.
 *
 * Any other write error (a full disk: ENOSPC) means the output is lost: one line on stderr, in
 * both languages, and exit 1.
 */
import { writeSync } from 'node:fs';
import { CLI_MESSAGES } from '../i18n/cli.ts';
import type { CliIO } from './io.ts';

export function processIO(): CliIO {
  return { out: lineWriter(process.stdout), err: lineWriter(process.stderr), cwd: process.cwd() };
}

function lineWriter(stream: NodeJS.WriteStream): (line: string) => void {
  stream.on('error', onWriteError);
  return (line) => {
    // A failed write destroys the stream; writing again would only raise another error.
    if (!stream.destroyed) stream.write(`${line}\n`);
  };
}

function onWriteError(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') return;
  try {
    writeSync(2, `${CLI_MESSAGES.cannotWrite(error.code ?? error.message)}\n`);
  } catch {
    // stderr is gone too: the exit status is all that is left.
  }
  process.exit(1);
}
