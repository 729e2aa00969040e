/**
 * The editor's gate (src/gate/in-browser.ts checkFileInBrowser: one file, the rest of the handbook
 * known from the index) reports exactly what loadHandbook reports for that file — codes,
 * positions, pointers, params — for every file of the example handbook and of every bad-input
 * fixture.
 *
 * Two indexes: the index of the whole handbook (the editor's case: the file's old entry is
 * replaced by what its text declares now), and the index of the handbook without the file.
 *
 * No rule is excluded. One fixture is skipped: missing-handbook has no handbook.yaml, so there is
 * no index (the editor cannot open such a handbook), and its only diagnostic is about the
 * missing file itself.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadHandbook, listFiles, type LoadResult } from '../../../src/gate/load-handbook.ts';
import { compareFiles, handbookIndex, indexOfLoad, type HandbookIndex } from '../../../src/gate/handbook-index.ts';
import { checkFileInBrowser } from '../../../src/gate/in-browser.ts';
import { loadEveryValidator } from '../../helpers/browser-gate.ts';
import { badFixtureNames, buildFixture, REPO, tempHandbook } from '../../helpers/fixtures.ts';

// The browser gate checks files of every kind here: every kind's validator first.
beforeAll(loadEveryValidator);

const TODAY = '2026-11-22';
/** Late enough that the example handbook's reviews are overdue: warnings are compared too. */
const LATER = '2031-01-01';
const STANDARDS = join(REPO, 'standards');
const SKIPPED = new Set(['missing-handbook']);

/** For every file in `dir`: the browser's diagnostics and the gate's for that file. */
function compare(dir: string, index: HandbookIndex, gate: LoadResult, today = TODAY) {
  return listFiles(dir).map((file) => {
    const browser = checkFileInBrowser(file, readFileSync(join(dir, file)), index, today);
    return { file, browser: browser.diagnostics, gate: gate.diagnostics.filter((d) => d.file === file) };
  });
}

/** The index of the handbook in `dir` without `file` (moved out while loading). */
function indexWithout(dir: string, file: string, today = TODAY): HandbookIndex | undefined {
  const aside = join(mkdtempSync(join(tmpdir(), 'touchstone-aside-')), 'file');
  renameSync(join(dir, file), aside);
  try {
    return indexOfLoad(loadHandbook(dir, { today }));
  } finally {
    renameSync(aside, join(dir, file));
    rmSync(join(aside, '..'), { recursive: true, force: true });
  }
}

describe('the example handbook', () => {
  const result = loadHandbook(STANDARDS, { today: LATER });
  const index = handbookIndex(result.model!);

  it("has no errors, and its model's index equals the index of everything the gate saw", () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(index).toEqual(indexOfLoad(result));
    expect(Object.keys(index.entities).length).toBeGreaterThan(25);
  });

  it('every file: the same diagnostics in the browser as in the gate', () => {
    const rows = compare(STANDARDS, index, result, LATER);
    expect(rows.length).toBeGreaterThan(40);
    for (const row of rows) expect(row.browser, row.file).toEqual(row.gate);
    // Warnings (overdue reviews) are compared too, so the comparison is not vacuous.
    expect(rows.some((r) => r.gate.length > 0)).toBe(true);
  });

  it('every file against the index of the rest of the handbook', () => {
    const { dir, cleanup } = copyOf(STANDARDS);
    try {
      for (const file of listFiles(dir)) {
        const rest = indexWithout(dir, file) ?? index; // without handbook.yaml: the file is its own config
        const browser = checkFileInBrowser(file, readFileSync(join(dir, file)), rest, LATER);
        expect(browser.diagnostics, file).toEqual(result.diagnostics.filter((d) => d.file === file));
      }
    } finally {
      cleanup();
    }
  });
});

function copyOf(src: string): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'touchstone-copy-'));
  cpSync(src, dir, { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

describe.each(badFixtureNames().filter((n) => !SKIPPED.has(n)))('bad input: %s', (name) => {
  const fixture = buildFixture(name);
  afterAll(() => fixture.cleanup());

  it('every file: the same diagnostics in the browser as in the gate', () => {
    const result = loadHandbook(fixture.dir, { today: TODAY });
    const index = indexOfLoad(result);
    expect(index).toBeDefined();
    const rows = compare(fixture.dir, index!, result);
    for (const row of rows) expect(row.browser, row.file).toEqual(row.gate);
    // Every diagnostic of the fixture belongs to a file the browser checked.
    expect(rows.flatMap((r) => r.gate).length).toBe(result.diagnostics.length);
  });

  it('every file against the index of the rest of the handbook', () => {
    const result = loadHandbook(fixture.dir, { today: TODAY });
    const full = indexOfLoad(result)!;
    for (const file of listFiles(fixture.dir)) {
      const rest = indexWithout(fixture.dir, file) ?? full;
      const browser = checkFileInBrowser(file, readFileSync(join(fixture.dir, file)), rest, TODAY);
      expect(browser.diagnostics, file).toEqual(result.diagnostics.filter((d) => d.file === file));
    }
  });
});

describe('edits in the browser read as the gate reads the edited handbook', () => {
  /** Writes `text` to `file` in a copy of the minimal handbook and compares both gates for that file. */
  function edited(file: string, edit: (text: string) => string, before?: (text: string) => string) {
    const { dir, cleanup } = tempHandbook();
    try {
      if (before) writeFileSync(join(dir, file), before(readFileSync(join(dir, file), 'utf8')));
      const index = indexOfLoad(loadHandbook(dir, { today: TODAY }))!;
      const text = edit(existsOr(join(dir, file)));
      writeFileSync(join(dir, file), text);
      const gate = loadHandbook(dir, { today: TODAY }).diagnostics.filter((d) => d.file === file);
      const browser = checkFileInBrowser(file, text, index, TODAY);
      return { gate, browser: browser.diagnostics, data: browser.data };
    } finally {
      cleanup();
    }
  }

  it("a checklist that takes a touchpoint's id: duplicate, reported in the file that sorts first with id-file-mismatch", () => {
    const r = edited('checklists/cl-gate.yaml', (t) => t.replace(/^id: cl-gate$/m, 'id: tp-gate'));
    // The checklist sorts first, so it holds the id: its own section's tp-gate is not a touchpoint now.
    expect(r.browser.map((d) => d.code).sort()).toEqual(['dangling-reference', 'duplicate-id', 'id-file-mismatch']);
    expect(r.browser).toEqual(r.gate);
  });

  it('a new touchpoint with the id of another: duplicate, reported in the file that sorts second', () => {
    const text = readFileSync(join(REPO, 'test/fixtures/minimal/touchpoints/tp-gate.yaml'), 'utf8');
    const r = edited('touchpoints/tp-zz.yaml', () => text);
    expect(r.browser.map((d) => d.code)).toEqual(['duplicate-id']);
    expect(r.browser).toEqual(r.gate);
  });

  it("renaming a touchpoint's id frees the old one and keeps the references of the file itself", () => {
    const r = edited('touchpoints/tp-gate.yaml', (t) => t.replace(/^id: tp-gate$/m, 'id: tp-gate-2'));
    expect(r.browser.map((d) => d.code)).toContain('id-file-mismatch');
    expect(r.browser).toEqual(r.gate);
  });

  it("a file that held a duplicated id gives it up: the other file's data comes from the index", () => {
    // Indexed while the checklist (sorting first) held tp-gate; then it takes its own id back,
    // and its section names an item tp-gate does not have: the item check needs tp-gate's items.
    const r = edited(
      'checklists/cl-gate.yaml',
      (t) => t.replace(/^id: tp-gate$/m, 'id: cl-gate').replace(/items: \[([a-z-]+)/, 'items: [$1x'),
      (t) => t.replace(/^id: cl-gate$/m, 'id: tp-gate'),
    );
    expect(r.browser.map((d) => d.code)).toEqual(['dangling-reference']);
    expect(r.browser[0]!.params['kind']).toBe('item');
    expect(r.browser).toEqual(r.gate);
  });

  it('a checklist section naming an item the touchpoint does not have', () => {
    const r = edited('checklists/cl-gate.yaml', (t) => t.replace(/items: \[([a-z-]+)/, 'items: [$1x'));
    expect(r.browser.map((d) => d.code)).toContain('dangling-reference');
    expect(r.browser).toEqual(r.gate);
  });

  it('returns the parsed data, also with schema errors', () => {
    const r = edited('touchpoints/tp-gate.yaml', (t) => t.replace(/^version: .*$/m, 'version: one'));
    expect((r.data as { id: string }).id).toBe('tp-gate');
    expect(r.browser.length).toBeGreaterThan(0);
    expect(r.browser).toEqual(r.gate);
  });
});

function existsOr(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

it('compareFiles orders paths as listFiles reads them', () => {
  const files = listFiles(STANDARDS);
  expect([...files].sort(compareFiles)).toEqual(files);
  expect(['a/b.yaml', 'a.yaml', 'a-b/c.yaml'].sort(compareFiles)).toEqual(['a/b.yaml', 'a-b/c.yaml', 'a.yaml']);
});
