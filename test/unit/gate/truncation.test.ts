/**
 * A file cut short (a bad copy, an interrupted save) must not pass the gate in silence. Cuts at
 * seeded random points of every YAML and MDX file of the example handbook, each checked as the
 * editor and `touchstone check` check one file (checkFileInBrowser, held equal to loadHandbook by
 * browser-gate-parity.test.ts): each gets at least one diagnostic. A cut right after a line break
 * is left out: it leaves a shorter file that may be complete, which no check can tell apart.
 * TRUNCATION_RUNS=20000 for a long run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { listFiles, loadHandbook } from '../../../src/gate/load-handbook.ts';
import { handbookIndex } from '../../../src/gate/handbook-index.ts';
import { checkFileInBrowser } from '../../../src/gate/in-browser.ts';
import { loadEveryValidator } from '../../helpers/browser-gate.ts';
import { NEW_KINDS, templateFile } from '../../../src/editor/templates.ts';
import { REPO } from '../../helpers/fixtures.ts';

// The browser gate checks files of every kind here: every kind's validator first.
beforeAll(loadEveryValidator);

const STANDARDS = join(REPO, 'standards');
const TODAY = '2026-11-22';

describe('truncated example files', () => {
  const result = loadHandbook(STANDARDS, { today: TODAY });
  const index = handbookIndex(result.model!);
  const files = listFiles(STANDARDS)
    .filter((f) => /\.(ya?ml|mdx)$/.test(f))
    .map((file) => ({ file, text: readFileSync(join(STANDARDS, file), 'utf8') }));

  test('the example files are clean whole (so a diagnostic below is the cut’s doing)', () => {
    expect(files.length).toBeGreaterThan(30);
    for (const { file, text } of files)
      expect(checkFileInBrowser(file, text, index, TODAY).diagnostics, file).toEqual([]);
  });

  test('every cut that does not fall on a line break gets a diagnostic', () => {
    const cut = fc
      .tuple(fc.nat(files.length - 1), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }))
      .map(([i, at]) => {
        const { file, text } = files[i]!;
        // Whole characters only: a cut inside a UTF-8 sequence is a different diagnostic (not-utf8).
        const chars = [...text];
        return { file, text: chars.slice(0, Math.max(1, Math.floor(at * chars.length))).join('') };
      });
    fc.assert(
      fc.property(cut, ({ file, text }) => {
        fc.pre(!text.endsWith('\n') && !text.endsWith('\r'));
        const found = checkFileInBrowser(file, text, index, TODAY).diagnostics;
        if (found.length === 0)
          throw new Error(`${file} cut to ${text.length} characters passed:\n…${text.slice(-200)}`);
      }),
      { numRuns: Number(process.env.TRUNCATION_RUNS ?? 1500), seed: 20261129 },
    );
  });

  test('the files `touchstone new` and the editor start from end with a newline (no warning of their own making)', () => {
    for (const kind of NEW_KINDS) {
      const text = templateFile(kind, `new-${kind}`, result.model!, TODAY, '../schemas/x.json');
      if (text instanceof Error) throw text;
      expect(text.endsWith('\n'), kind).toBe(true);
    }
  });
});
