/**
 * `npm test`: runs every suite with Vitest and ends with one line `N passed, N failed` summing
 * them all (CI reads that line). Browser suites need Debian's Chromium and a CJK font: when one is
 * missing, root on Debian installs it with apt-get (and says so); anyone else is told the command,
 * and nothing runs rather than anything being skipped (system-packages.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CHROMIUM, ensureSystemPackages } from './system-packages.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM;

const browserSuites =
  existsSync(join(root, 'test/e2e')) && readdirSync(join(root, 'test/e2e')).some((f) => f.endsWith('.test.ts'));
if (browserSuites && !ensureSystemPackages(CHROMIUM, process.env.CHROMIUM_PATH !== undefined)) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

/**
 * The checks of the code itself, first and on their own, each counted as one test. The type check
 * (it writes Astro's generated types, which the builds in the suites write too): `astro check` (the
 * .astro pages and components and the TypeScript and Svelte they use) and `tsc` (the rest: scripts
 * and tests). The lint: ESLint's recommended rules (eslint.config.js). The format: every file as
 * Prettier writes it (.prettierrc.json; `npx prettier --write .` fixes it). Only on a whole run:
 * naming files or options is for iterating on them.
 */
const CHECKS: Record<string, string[][]> = {
  typecheck: [
    ['node_modules/astro/bin/astro.mjs', 'check'],
    ['node_modules/typescript/bin/tsc', '--noEmit'],
  ],
  lint: [['node_modules/eslint/bin/eslint.js', '.']],
  format: [['node_modules/prettier/bin/prettier.cjs', '--check', '--log-level=warn', '.']],
};
const checks: Record<string, 'passed' | 'failed'> = {};
if (process.argv.length <= 2) {
  for (const [name, steps] of Object.entries(CHECKS)) {
    checks[name] = 'passed';
    for (const step of steps) {
      console.log(`${name}: ${step.join(' ')}`);
      if (spawnSync(process.execPath, step, { cwd: root, stdio: 'inherit' }).status !== 0) checks[name] = 'failed';
    }
    console.log(`${name} ${checks[name]}`);
  }
}

const out = mkdtempSync(join(tmpdir(), 'touchstone-test-'));
const report = join(out, 'report.json');
const vitest = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules/vitest/vitest.mjs'),
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit' },
);

let passed = 0;
let failed: number;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    testResults: { status: string; assertionResults: { status: string }[] }[];
  };
  passed = r.numPassedTests;
  // A file that fails with no failing test failed to load (or in a hook): it counts as one failure.
  // A file whose tests failed is already counted by them. A skipped or todo test left behind fails too.
  const brokenFiles = r.testResults.filter(
    (f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed'),
  ).length;
  failed = r.numFailedTests + brokenFiles + r.numPendingTests + r.numTodoTests;
} else {
  failed = 1;
}
rmSync(out, { recursive: true, force: true });
for (const result of Object.values(checks)) {
  if (result === 'passed') passed += 1;
  else failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(vitest.status === 0 && failed === 0 ? 0 : 1);
