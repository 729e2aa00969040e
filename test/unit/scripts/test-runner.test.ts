/**
 * `npm test` ends with the one line CI reads, `N passed, N failed`, summing every suite. It runs
 * here as a real process over sample files with known outcomes (test/fixtures/runner).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const config = join(root, 'test/fixtures/runner/vitest.config.ts');

function npmTest(...files: string[]): { line: string; status: number | null } {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST'),
  );
  const r = spawnSync(process.execPath, [join(root, 'scripts/test.ts'), '--config', config, ...files], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  const lines = r.stdout.trim().split('\n');
  return { line: lines.at(-1) ?? '', status: r.status };
}

describe('npm test summary line', () => {
  it('counts every passing test and exits 0 when nothing failed', () => {
    expect(npmTest('pass.case.ts')).toEqual({ line: '2 passed, 0 failed', status: 0 });
  });

  it('counts a failing test once, a file that fails to load once, and a skipped or todo test as failures', () => {
    // pass: 2 passed · fail: 1 passed, 1 failed · broken: 1 failed · left-behind: 2 failed
    expect(npmTest()).toEqual({ line: '3 passed, 4 failed', status: 1 });
  });
});
