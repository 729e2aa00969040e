/**
 * The CLI as a real process in a pipeline: a reader that stops early (`touchstone check | head -1`)
 * must not make it crash with a stack trace (Node ignores SIGPIPE, so the broken pipe arrives as
 * an EPIPE write error); it ends quietly with its own exit status. Every command answers --help
 * with its usage and exit 0, and a mistake on the command line is said in both languages with
 * exit 2 (command-line spellings generated, in process).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, spawnCli } from '../../helpers/cli.ts';
import { buildFixture, MINIMAL, REPO, tempHandbook } from '../../helpers/fixtures.ts';

const AUDITS = join(REPO, 'test/fixtures/audits');
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.splice(0).forEach((c) => c()));

interface Piped {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  /** What the reader got before it closed. */
  read: string;
}

/**
 * Runs bin/touchstone.mjs with stdout into a pipe whose reader closes at once (`| true`), or after
 * the first chunk (`| head -c 1`-like), and stderr captured.
 */
function piped(args: string[], closeAfter: 'nothing' | 'first-chunk', cwd = REPO): Promise<Piped> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(REPO, 'bin/touchstone.mjs'), ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let read = '';
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    if (closeAfter === 'nothing') child.stdout.destroy();
    else child.stdout.setEncoding('utf8').once('data', (s: string) => ((read = s), child.stdout.destroy()));
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stderr, read }));
  });
}

/** Every command that prints, with the exit status it has when its output is read in full. */
function commands(): { name: string; args: string[]; cwd?: string }[] {
  const bad = buildFixture('unknown-key');
  cleanups.push(bad.cleanup);
  const fresh = tempHandbook();
  cleanups.push(fresh.cleanup);
  const cwd = mkdtempSync(join(tmpdir(), 'touchstone-pipes-'));
  cleanups.push(() => rmSync(cwd, { recursive: true, force: true }));
  return [
    { name: 'check (text)', args: ['check', 'standards'] },
    { name: 'check (json)', args: ['check', 'standards', '--format', 'json'] },
    { name: 'check (github) with errors', args: ['check', bad.dir, '--format', 'github', '--lang', 'en'] },
    { name: 'check (text) with errors', args: ['check', bad.dir] },
    { name: 'score (text)', args: ['score', join(AUDITS, 'minimal-adhoc.yaml'), '--handbook', MINIMAL] },
    {
      name: 'score (json)',
      args: ['score', join(AUDITS, 'minimal-adhoc.yaml'), '--handbook', MINIMAL, '--format', 'json'],
    },
    { name: 'new', args: ['new', 'touchpoint', 'tp-piped', '--dir', fresh.dir], cwd },
    { name: 'help', args: ['--help'] },
    { name: 'check --help', args: ['check', '--help'] },
  ];
}

describe('in a pipe whose reader stops early', () => {
  const list = commands();

  it.each(list.map((c) => [c.name, c] as const))('%s: no stack trace, its own exit status', async (_name, c) => {
    const whole = spawnCli(c.args, c.cwd);
    expect(whole.err).toBe('');
    expect(whole.out.length).toBeGreaterThan(0);
    // `new` writes a file: the second run must be allowed to write it again.
    const args = c.args[0] === 'new' ? [...c.args, '--force'] : c.args;
    const [gone, early] = await Promise.all([piped(args, 'nothing', c.cwd), piped(args, 'first-chunk', c.cwd)]);
    for (const run of [gone, early]) {
      expect({ stderr: run.stderr, code: run.code, signal: run.signal }).toEqual({
        stderr: '',
        code: whole.code,
        signal: null,
      });
    }
    expect(whole.out.startsWith(early.read)).toBe(true);
  });
});

describe('--help', () => {
  it.each([
    [['--help'], 'touchstone check'],
    [['-h'], 'touchstone score'],
    [['help'], 'touchstone new'],
    [['check', '--help'], 'touchstone check [dir]'],
    [['check', 'standards', '-h'], 'touchstone check [dir]'],
    [['new', '--help'], 'touchstone new touchpoint|sop'],
    [['new', 'touchpoint', '-h'], 'touchstone new touchpoint|sop'],
    [['score', '--help'], 'touchstone score <record>'],
    [['score', '--format', 'json', '--help'], 'touchstone score <record>'],
    [['help', 'score'], 'touchstone score <record>'],
  ])('%j prints the usage on stdout and exits 0', (args, shows) => {
    const r = spawnCli(args);
    expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
    expect(r.out).toContain('Usage / 用法');
    expect(r.out).toContain(shows);
  });
});

describe('a mistake on the command line', () => {
  const known: Record<string, string[]> = {
    check: ['format', 'lang', 'today'],
    new: ['dir', 'force', 'today'],
    score: ['handbook', 'format', 'lang', 'date'],
  };
  const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/);

  it("an unknown option: both languages, the option named, the command's usage, exit 2", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('check', 'new', 'score'), name, fc.boolean(), async (command, option, short) => {
        const named = short ? option[0]! : option;
        const raw = short ? `-${named}` : `--${named}`;
        fc.pre(!known[command]!.includes(named) && named !== 'help' && named !== 'h');
        const r = await runCli([command, raw]);
        expect(r.code).toBe(2);
        expect(r.out).toBe('');
        expect(r.err).toContain(`unknown option ${raw}`);
        expect(r.err).toContain(`未知选项 ${raw}`);
        expect(r.err).toContain(`Usage / 用法:\n  touchstone ${command}`);
      }),
      { numRuns: 150, seed: 20261207 },
    );
  });

  it('a value missing, or given to a flag: both languages, exit 2', async () => {
    for (const [args, en, zh] of [
      [['check', '--format'], '--format needs a value', '--format 需要一个值'],
      [['check', '--lang', '--format', 'json'], '--lang needs a value', '--lang 需要一个值'],
      [['score', 'a.yaml', '--date'], '--date needs a value', '--date 需要一个值'],
      [['new', 'touchpoint', 'x', '--force=yes'], '--force takes no value', '--force 不接受值'],
    ] as const) {
      const r = await runCli([...args]);
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
      expect(r.err).toContain(en);
      expect(r.err).toContain(zh);
    }
  });

  it('a real process says it without a stack trace', () => {
    const r = spawnCli(['check', '--nope']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown option --nope / 未知选项 --nope');
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});
