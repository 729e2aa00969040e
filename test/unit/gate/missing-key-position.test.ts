/**
 * A required key missing at the top of a file is reported where the file's data starts, after
 * any header comments: never at 1:1 on a comment line (the editor's YAML view and `touchstone
 * check` point there).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { beforeAll, expect, it } from 'vitest';
import { handbookIndex } from '../../../src/gate/handbook-index.ts';
import { checkFileInBrowser, loadGateFor } from '../../../src/gate/in-browser.ts';
import { loadHandbook } from '../../../src/gate/load-handbook.ts';

const ROOT = join(import.meta.dirname, '../../../standards');
const FILE = 'touchpoints/pm-elevator-car.yaml';
const index = handbookIndex(loadHandbook(ROOT).model!);

beforeAll(() => loadGateFor(FILE));

it('is at the first key of the data, whatever comments and blank lines come before it', () => {
  const doc = parseDocument(readFileSync(join(ROOT, FILE), 'utf8'));
  doc.deleteIn(['title']);
  const body = doc.toString().replace(/^(#[^\n]*\n)+/, '');
  const header = fc.array(
    fc.oneof(
      fc.constant(''),
      fc.string({ unit: fc.constantFrom('a', ' ', '中', '#') }).map((t) => `# ${t}`),
    ),
    {
      maxLength: 6,
    },
  );
  fc.assert(
    fc.property(header, (lines) => {
      const text = lines.map((l) => `${l}\n`).join('') + body;
      const missing = checkFileInBrowser(FILE, text, index).diagnostics.find((d) => d.pointer === '/title');
      expect(missing?.code).toBe('missing-required');
      expect(missing?.line).toBe(lines.length + 1);
      expect(missing?.column).toBe(1);
    }),
  );
});
