/**
 * The patch "Copy a patch" hands over (src/widgets/editor/patch.ts), checked with real git: for
 * generated texts, edits and file names, `git apply` in a fresh repository turns the published
 * file into exactly the edited one, and creates a new file from nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { gitPatch, quotePath } from '../../../../src/widgets/editor/patch.ts';

const root = mkdtempSync(join(tmpdir(), 'touchstone-patch-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let runs = 0;

/** A fresh repository holding `path` with `before` (none when undefined); `git apply` the patch; the file after. */
function applied(path: string, before: string | undefined, patch: string): string {
  const repo = join(root, `r${runs++}`);
  mkdirSync(repo);
  execFileSync('git', ['init', '-q'], { cwd: repo });
  if (before !== undefined) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), before);
  }
  writeFileSync(join(repo, '..', `r${runs - 1}.patch`), patch);
  execFileSync('git', ['apply', '--check', join(repo, '..', `r${runs - 1}.patch`)], { cwd: repo, stdio: 'pipe' });
  execFileSync('git', ['apply', join(repo, '..', `r${runs - 1}.patch`)], { cwd: repo, stdio: 'pipe' });
  expect(existsSync(join(repo, path))).toBe(true);
  return readFileSync(join(repo, path), 'utf8');
}

/** A line of a standards file: YAML-ish text with Chinese, quotes, tabs, trailing spaces. */
const line = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => s.replace(/[\r\n]/g, '')),
  fc.constantFrom('items:', '  - id: pm-1', '    text:', '      zh-CN: 电梯轿厢照明不少于 300 lux', '', '# 注释', '  '),
);
/** A text: lines joined by \n or \r\n, with or without a final line break. */
const text = fc
  .record({ lines: fc.array(line, { maxLength: 25 }), crlf: fc.boolean(), final: fc.boolean() })
  .map(({ lines, crlf, final }) => {
    const eol = crlf ? '\r\n' : '\n';
    return lines.join(eol) + (final && lines.length ? eol : '');
  });
/** The same text edited: lines replaced, inserted and deleted at random places. */
const edited = (before: string) =>
  fc
    .array(fc.record({ at: fc.nat(), op: fc.constantFrom('set', 'insert', 'delete'), value: line }), {
      minLength: 1,
      maxLength: 6,
    })
    .map((ops) => {
      const eol = before.includes('\r\n') ? '\r\n' : '\n';
      const lines = before.split(eol);
      for (const { at, op, value } of ops) {
        const i = lines.length ? at % lines.length : 0;
        if (op === 'set') lines[i] = value;
        else if (op === 'insert') lines.splice(i, 0, value);
        else lines.splice(i, 1);
      }
      return lines.join(eol);
    });
/** A segment of a file name: anything a file system takes, spaces, quotes and Chinese included. */
const segment = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
  .filter((s) => !/[/\0\r\n]/.test(s) && !s.startsWith('.') && s.trim() === s && s !== '' && !s.startsWith('-'));

describe('gitPatch', () => {
  it('is applied by git apply, turning the published file into the edited one', () => {
    fc.assert(
      fc.property(
        text.chain((before) => fc.tuple(fc.constant(before), edited(before))),
        ([before, after]) => {
          fc.pre(before !== after);
          const path = 'standards/touchpoints/pm-elevator-car.yaml';
          expect(applied(path, before, gitPatch(path, before, after))).toBe(after);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('creates a new file from nothing', () => {
    fc.assert(
      fc.property(text, (after) => {
        fc.pre(after !== '');
        const path = 'standards/sops/sop-new-lobby.yaml';
        const patch = gitPatch(path, undefined, after);
        expect(patch).toContain('\n--- /dev/null\n');
        expect(applied(path, undefined, patch)).toBe(after);
      }),
      { numRuns: 15 },
    );
  });

  it('names any file so that git finds it: spaces, quotes, backslashes and Chinese', () => {
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 3 }), (parts) => {
        const path = `standards/${parts.join('/')}.yaml`;
        expect(applied(path, 'a: 1\nb: 2\n', gitPatch(path, 'a: 1\nb: 2\n', 'a: 1\nb: 3\n'))).toBe('a: 1\nb: 3\n');
      }),
      { numRuns: 25 },
    );
  });

  it('has the header git writes', () => {
    const patch = gitPatch('standards/touchpoints/a.yaml', 'x: 1\n', 'x: 2\n');
    expect(patch).toBe(
      'diff --git a/standards/touchpoints/a.yaml b/standards/touchpoints/a.yaml\n--- a/standards/touchpoints/a.yaml\n+++ b/standards/touchpoints/a.yaml\n@@ -1,1 +1,1 @@\n-x: 1\n+x: 2\n',
    );
  });
});

describe('quotePath', () => {
  it('leaves a plain path alone and quotes others as git does', () => {
    expect(quotePath('a/touchpoints/bk-counter.yaml')).toBe('a/touchpoints/bk-counter.yaml');
    expect(quotePath('a/营业厅.yaml')).toBe('"a/\\350\\220\\245\\344\\270\\232\\345\\216\\205.yaml"');
    expect(quotePath('a/say "hi"\\.yaml')).toBe('"a/say \\"hi\\"\\\\.yaml"');
    expect(quotePath('a/tab\there')).toBe('"a/tab\\there"');
  });

  it('agrees with git on the names git quotes', () => {
    const repo = join(root, 'names');
    mkdirSync(repo);
    execFileSync('git', ['init', '-q'], { cwd: repo });
    fc.assert(
      fc.property(segment, (name) => {
        fc.pre(!name.includes(' ')); // git leaves spaces unquoted; quotePath quotes them too (both read back the same)
        const listed = execFileSync('git', ['ls-files', '--others', '--', name], { cwd: repo }).toString();
        writeFileSync(join(repo, name), '');
        const shown = execFileSync('git', ['-c', 'core.quotePath=true', 'ls-files', '--others', '--', name], {
          cwd: repo,
        })
          .toString()
          .replace(/\n$/, '');
        rmSync(join(repo, name));
        expect(listed).toBe('');
        expect(quotePath(name)).toBe(shown);
      }),
      { numRuns: 40 },
    );
  });
});
