import { spawnSync } from 'node:child_process';
import { main } from '../../src/cli/main.ts';
import { REPO } from './fixtures.ts';

/** Runs the CLI in-process and captures what it prints. */
export async function runCli(args: string[], cwd: string = REPO): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s), cwd });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Runs bin/touchstone.mjs as a real process with the Node running the tests (the pinned one). */
export function spawnCli(args: string[], cwd: string = REPO): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [`${REPO}bin/touchstone.mjs`, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
