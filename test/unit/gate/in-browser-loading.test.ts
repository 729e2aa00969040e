/**
 * The browser gate loads the validator of the file's kind, and only it: `await loadGateFor(file)`,
 * then checkFileInBrowser. Checking before is the caller's mistake and says what to do; files the
 * gate ignores or does not know need nothing loaded. (Each test file runs in its own module
 * registry, so nothing is loaded when this one starts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handbookIndex } from '../../../src/gate/handbook-index.ts';
import { checkFileInBrowser, loadGateFor } from '../../../src/gate/in-browser.ts';
import { loadHandbook } from '../../../src/gate/load-handbook.ts';
import { KINDS } from '../../../src/gate/schemas.ts';
import { loadedValidator } from '../../../src/gate/validators/load-validator.ts';
import { REPO } from '../../helpers/fixtures.ts';

const STANDARDS = join(REPO, 'standards');
const index = handbookIndex(loadHandbook(STANDARDS).model!);
const loadedKinds = () => KINDS.filter((k) => loadedValidator(k) !== undefined);

describe('loadGateFor', () => {
  it('checking before loading throws, naming what to await; ignored and unknown files need nothing', async () => {
    expect(loadedKinds()).toEqual([]);
    const file = 'sops/sop-complaint-loop.yaml';
    expect(() => checkFileInBrowser(file, readFileSync(join(STANDARDS, file)), index)).toThrow(
      `await loadGateFor("${file}") first`,
    );
    await loadGateFor('README.md');
    await loadGateFor('notes/anything.yaml');
    expect(loadedKinds()).toEqual([]);
    expect(checkFileInBrowser('notes/anything.yaml', 'x', index).diagnostics.map((d) => d.code)).toEqual([
      'unknown-file',
    ]);
  });

  it("loads the file's kind alone, then checks as often as asked", async () => {
    const file = 'sops/sop-complaint-loop.yaml';
    await loadGateFor(file);
    expect(loadedKinds()).toEqual(['sop']);
    const text = readFileSync(join(STANDARDS, file), 'utf8');
    expect(
      checkFileInBrowser(file, text, index, '2026-01-01').diagnostics.filter((d) => d.severity === 'error'),
    ).toEqual([]);
    // A schema error, found by the loaded validator.
    const broken = text.replace(/^version: .*$/m, 'version: [1]');
    expect(broken).not.toBe(text);
    expect(checkFileInBrowser(file, broken, index, '2026-01-01').diagnostics.map((d) => d.pointer)).toContain(
      '/version',
    );
    await loadGateFor('cases/case-bk-queueing.mdx');
    expect(loadedKinds()).toEqual(['sop', 'case']);
  });
});
