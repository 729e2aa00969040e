import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  existsSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const MINIMAL = join(FIXTURES, 'minimal');
export const BAD = join(FIXTURES, 'bad');
export const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** A fresh temporary copy of the minimal handbook, for tests that change files. */
export function tempHandbook(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'touchstone-'));
  cpSync(MINIMAL, dir, { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** An expectation written in a fixture: `# expect: code` on the line the diagnostic must point at. */
export interface Expectation {
  file: string;
  line: number;
  code: string;
}

/**
 * Builds a bad-input fixture in a temporary folder: the minimal handbook, minus the files listed in
 * remove.txt, plus the fixture's files/ on top, plus any generated file (generate.json).
 */
export function buildFixture(name: string): { dir: string; expectations: Expectation[]; cleanup(): void } {
  const source = join(BAD, name);
  const { dir, cleanup } = tempHandbook();
  const remove = join(source, 'remove.txt');
  if (existsSync(remove)) {
    for (const line of readFileSync(remove, 'utf8').split('\n').filter(Boolean))
      rmSync(join(dir, line), { force: true });
  }
  const expectations: Expectation[] = [];
  const files = join(source, 'files');
  for (const abs of walk(files)) {
    const rel = relative(files, abs).split(sep).join('/');
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    cpSync(abs, join(dir, rel));
    const text = readFileSync(abs, 'latin1');
    text.split('\n').forEach((line, i) => {
      const m = /expect: ([a-z0-9-]+)/.exec(line);
      if (m) expectations.push({ file: rel, line: i + 1, code: m[1]! });
    });
  }
  const generate = join(source, 'generate.json');
  if (existsSync(generate)) {
    const spec = JSON.parse(readFileSync(generate, 'utf8')) as { path: string; bytes: number; fill: string };
    const target = join(dir, spec.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, spec.fill.repeat(Math.ceil(spec.bytes / spec.fill.length)).slice(0, spec.bytes));
  }
  return { dir, expectations, cleanup };
}

export function badFixtureNames(): string[] {
  return readdirSync(BAD)
    .filter((n) => statSync(join(BAD, n)).isDirectory())
    .sort();
}
