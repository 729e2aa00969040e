/**
 * The data the editor's form shows before the gate has loaded (src/widgets/editor/file-data.ts)
 * is the data the gate gives once it has (checkFileInBrowser's `data`): differentially, for every
 * file of the example handbook and of every bad-input fixture, for generated damage to those
 * files (cuts, insertions, odd characters), and for paths the gate does not read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handbookIndex, indexOfLoad } from '../../../../src/gate/handbook-index.ts';
import { checkFileInBrowser } from '../../../../src/gate/in-browser.ts';
import { listFiles, loadHandbook } from '../../../../src/gate/load-handbook.ts';
import { fileData } from '../../../../src/widgets/editor/file-data.ts';
import { loadEveryValidator } from '../../../helpers/browser-gate.ts';
import { badFixtureNames, buildFixture, REPO } from '../../../helpers/fixtures.ts';

// The gate it is compared with checks files of every kind: every kind's validator first.
beforeAll(loadEveryValidator);

const STANDARDS = join(REPO, 'standards');
const index = handbookIndex(loadHandbook(STANDARDS).model!);
const gateData = (file: string, text: string) => checkFileInBrowser(file, text, index).data;

describe('fileData', () => {
  const files = listFiles(STANDARDS);

  it("every file of the example handbook: the gate's data", () => {
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const text = readFileSync(join(STANDARDS, file), 'utf8');
      const data = fileData(file, text);
      expect(data, file).toEqual(gateData(file, text));
      // The example's files all parse: the comparison is of real data, not of two undefineds.
      expect(data, file).toBeTypeOf('object');
    }
  });

  describe.each(badFixtureNames())('bad input: %s', (name) => {
    const fixture = buildFixture(name);
    afterAll(() => fixture.cleanup());

    it("every file: the gate's data", () => {
      const result = loadHandbook(fixture.dir);
      const fixtureIndex = indexOfLoad(result) ?? index;
      for (const file of listFiles(fixture.dir)) {
        const text = readFileSync(join(fixture.dir, file), 'utf8');
        expect(fileData(file, text), file).toEqual(checkFileInBrowser(file, text, fixtureIndex).data);
      }
    });
  });

  it("damaged files (a cut, an insertion): still the gate's data, or undefined for both", () => {
    const texts = files.map((file) => ({ file, text: readFileSync(join(STANDARDS, file), 'utf8') }));
    const inserted = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(':', '- ', '\n  ', '"', "'", '{', '[', '#', '\t', '&a ', '*a', '---\n', '\uFEFF'),
    );
    fc.assert(
      fc.property(
        fc.nat(texts.length - 1),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.nat(40),
        inserted,
        (which, where, cut, insert) => {
          const { file, text } = texts[which]!;
          const at = Math.floor(where * text.length);
          const damaged = text.slice(0, at) + insert + text.slice(at + cut);
          expect(fileData(file, damaged)).toEqual(gateData(file, damaged));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a path the gate does not read: no data, as the gate gives none', () => {
    for (const file of ['README.md', 'images/logo.png', 'notes.yaml', 'elsewhere/x.yaml']) {
      expect(fileData(file, 'id: x\n'), file).toBeUndefined();
      expect(gateData(file, 'id: x\n'), file).toBeUndefined();
    }
  });
});
