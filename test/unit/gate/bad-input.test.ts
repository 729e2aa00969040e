/**
 * Every folder in test/fixtures/bad is a handbook with one kind of mistake. The gate must not
 * crash, must report at least one problem, must put each `# expect: code` diagnostic on the line
 * that carries the marker, and its full output (both languages) must match the reviewed snapshot.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../../../src/gate/load-handbook.ts';
import { snapshotOf } from '../../helpers/diagnostic-snapshot.ts';
import { BAD, badFixtureNames, buildFixture } from '../../helpers/fixtures.ts';

const TODAY = '2026-11-22';

describe.each(badFixtureNames())('bad input: %s', (name) => {
  it('is reported at the right place, in both languages, without crashing', async () => {
    const fixture = buildFixture(name);
    try {
      const result = loadHandbook(fixture.dir, { today: TODAY });
      expect(result.diagnostics.length).toBeGreaterThan(0);
      for (const want of fixture.expectations) {
        const found = result.diagnostics.filter((d) => d.file === want.file && d.code === want.code);
        expect(
          found.map((d) => d.line),
          `${want.code} in ${want.file}`,
        ).toContain(want.line);
      }
      for (const d of result.diagnostics) {
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.column).toBeGreaterThanOrEqual(1);
      }
      const snapshot = result.diagnostics.map(snapshotOf);
      const text = JSON.stringify(snapshot, null, 2).replaceAll(fixture.dir, '<handbook>') + '\n';
      await expect(text).toMatchFileSnapshot(join(BAD, name, 'expected.json'));
    } finally {
      fixture.cleanup();
    }
  });
});

it('the fixtures cover every kind of bad input the gate promises to handle', () => {
  const names = badFixtureNames();
  for (const required of [
    'malformed-yaml',
    'wrong-type-deep',
    'unknown-key',
    'missing-required',
    'duplicate-id',
    'dangling-reference',
    'alias-bomb',
    'duplicate-key',
    'proto-key',
    'empty-file',
    'binary-file',
    'file-too-large',
    'missing-handbook',
    'not-utf8',
    'threshold-invalid',
  ])
    expect(names).toContain(required);
});
