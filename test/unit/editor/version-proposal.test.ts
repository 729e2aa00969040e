/**
 * The changelog proposal (src/editor/version-proposal.ts): on examples, and on edits of the
 * example handbook's files generated with fast-check (fixed seed; TOUCHSTONE_FUZZ_RUNS for a
 * longer run), read back by the editor's gate (checkFileInBrowser):
 * - a proposal appears exactly when the content changed (anything but the release fields:
 *   version, changelog, reviewBy, effective) and no changelog entry was added;
 * - a minor version when items, steps or a checklist's sections/items were added or removed,
 *   a patch otherwise; the version the author already raised, when they did;
 * - its edits make the file pass the gate's version rule (`changelog-version-mismatch`), add no
 *   other problem, and leave nothing more to propose.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { handbookIndex } from '../../../src/gate/handbook-index.ts';
import { checkFileInBrowser, loadGateFor } from '../../../src/gate/in-browser.ts';
import { loadHandbook } from '../../../src/gate/load-handbook.ts';
import {
  localDate,
  nextVersion,
  proposeVersion,
  versionEdits,
  versionParts,
} from '../../../src/editor/version-proposal.ts';
import { applyEdits } from '../../../src/editor/yaml-edit/apply.ts';
import type { Edit } from '../../../src/editor/yaml-edit/edit.ts';
import { REPO } from '../../helpers/fixtures.ts';

const SEED = 20261219;
const RUNS = Math.min(Number(process.env['TOUCHSTONE_FUZZ_RUNS'] ?? 120), 2000);
const STANDARDS = join(REPO, 'standards');
const INDEX = handbookIndex(loadHandbook(STANDARDS, { today: '2027-01-01' }).model!);

/** A file of each versioned kind, with the list its scored members are in. */
const FILES = {
  'touchpoints/pm-elevator-car.yaml': { add: ['items'], remove: ['items'] },
  'sops/sop-request-flow.yaml': { add: ['steps'], remove: undefined },
  'checklists/cl-tc-hall-self-assessment.yaml': { add: undefined, remove: ['sections', 0, 'items'] },
} as const;
type File = keyof typeof FILES;

beforeAll(async () => {
  for (const file of Object.keys(FILES)) await loadGateFor(file);
});

const read = (file: string, text: string, today: string) => checkFileInBrowser(file, text, INDEX, today);
const source = (file: string) => readFileSync(join(STANDARDS, file), 'utf8');

describe('versions', () => {
  it('the next patch or minor version, in the parts the version has', () => {
    expect(nextVersion(versionParts('1.2.3')!, 'patch')).toBe('1.2.4');
    expect(nextVersion(versionParts('1.2.3')!, 'minor')).toBe('1.3.0');
    expect(nextVersion(versionParts('1.2')!, 'patch')).toBe('1.2.1');
    expect(nextVersion(versionParts('1.2')!, 'minor')).toBe('1.3');
    expect(nextVersion(versionParts('0.9.99999999999999999999')!, 'patch')).toBe('0.9.100000000000000000000');
  });

  it('reads versions as the schema writes them, nothing else', () => {
    for (const bad of ['1', '1.2.3.4', '01.2', '1..2', '1.2.', 'v1.2', '1.2-rc', '', ' 1.2', '１.2', 12])
      expect(versionParts(bad), String(bad)).toBeUndefined();
  });

  it("today is the author's calendar day", () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localDate(new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
  });
});

describe('proposeVersion on examples', () => {
  const base = {
    id: 'tp',
    version: '1.2.0',
    reviewBy: '2027-01-01',
    changelog: [{ version: '1.2.0', date: '2026-10-15', reason: 'r' }],
    items: [{ id: 'a', text: 'A' }],
  };
  const today = '2026-12-01';

  it('wording: a patch; an item added or removed: a minor version', () => {
    const reworded = { ...base, items: [{ id: 'a', text: 'A, better' }] };
    expect(proposeVersion(base, reworded, today)).toEqual({ version: '1.2.1', date: today, change: 'patch' });
    const added = { ...base, items: [...base.items, { id: 'b', text: 'B' }] };
    expect(proposeVersion(base, added, today)).toEqual({ version: '1.3.0', date: today, change: 'minor' });
    expect(proposeVersion(added, base, today)?.change).toBe('minor');
  });

  it('nothing when only release fields changed, or an entry was added, or there is nothing to compare', () => {
    expect(proposeVersion(base, { ...base, reviewBy: '2028-01-01' }, today)).toBeUndefined();
    const entry = { version: '1.2.1', date: today, reason: 'why' };
    const withEntry = { ...base, version: '1.2.1', changelog: [entry, ...base.changelog], items: [] };
    expect(proposeVersion(base, withEntry, today)).toBeUndefined();
    expect(proposeVersion(undefined, base, today)).toBeUndefined();
    expect(proposeVersion({ id: 'case', title: 'x' }, { id: 'case', title: 'y' }, today)).toBeUndefined();
    expect(proposeVersion(base, 'not data', today)).toBeUndefined();
  });

  it('the version the author already raised', () => {
    const raised = { ...base, version: '2.0.0', items: [] };
    expect(proposeVersion(base, raised, today)).toEqual({ version: '2.0.0', date: today, change: 'minor' });
  });
});

// ── generated edits of the example handbook's files ──────────────────────────────

/** The version after `v` by hand (a second reading of the rule, to compare with). */
function expectedNext(v: string, minor: boolean): string {
  const [a, b, c] = v.split('.').map(Number) as [number, number, number | undefined];
  if (minor) return c === undefined ? `${a}.${b + 1}` : `${a}.${b + 1}.0`;
  return `${a}.${b}.${(c ?? 0) + 1}`;
}

const scenario = fc.record({
  file: fc.constantFrom(...(Object.keys(FILES) as File[])),
  reword: fc.boolean(),
  add: fc.boolean(),
  remove: fc.boolean(),
  review: fc.boolean(),
  entry: fc.boolean(),
  raise: fc.boolean(),
  wording: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ''),
  reason: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== ''),
  today: fc.date({ min: new Date('2027-01-01T12:00:00Z'), max: new Date('2030-12-31T12:00:00Z'), noInvalidDate: true }),
});

describe('generated edits: proposed exactly when content changed and no entry was added', () => {
  it('and accepting it satisfies the version rule', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const today = s.today.toISOString().slice(0, 10);
        const text = source(s.file);
        const before = read(s.file, text, today);
        const data = before.data as { version: string } & Record<string, { id: string }[]>;
        const lists = FILES[s.file];
        const edits: Edit[] = [];
        if (s.reword) edits.push({ op: 'set', path: ['title'], value: `${s.wording} (rev.)` });
        const adding = s.add && lists.add !== undefined;
        if (adding) {
          const members = data[lists.add[0]]!;
          edits.push({
            op: 'insert',
            path: [...lists.add],
            index: members.length,
            value: { ...members[0]!, id: 'added-by-test' },
          });
        }
        const removing = s.remove && lists.remove !== undefined;
        if (removing) edits.push({ op: 'delete', path: [...lists.remove, 0] });
        if (s.review) edits.push({ op: 'set', path: ['reviewBy'], value: '2031-06-30' });
        if (s.raise) edits.push({ op: 'set', path: ['version'], value: '9.0.0' });
        if (s.entry) {
          const v = s.raise ? '9.0.0' : expectedNext(data.version, false);
          edits.push({ op: 'insert', path: ['changelog'], index: 0, value: { version: v, date: today, reason: 'r' } });
          edits.push({ op: 'set', path: ['version'], value: v });
        }
        const afterText = applyEdits(text, edits);
        const after = read(s.file, afterText, today);

        const changed = s.reword || adding || removing;
        const proposal = proposeVersion(before.data, after.data, today);
        if (!changed || s.entry) {
          expect(proposal).toBeUndefined();
          return;
        }
        const minor = adding || removing;
        expect(proposal).toEqual({
          version: s.raise ? '9.0.0' : expectedNext(data.version, minor),
          date: today,
          change: minor ? 'minor' : 'patch',
        });

        const accepted = read(s.file, applyEdits(afterText, versionEdits(proposal!, s.reason)), today);
        const codes = (ds: { code: string }[]) =>
          ds.map((d) => d.code).filter((c) => c !== 'changelog-version-mismatch');
        expect(accepted.diagnostics.map((d) => d.code)).not.toContain('changelog-version-mismatch');
        expect(codes(accepted.diagnostics)).toEqual(codes(after.diagnostics));
        const acceptedData = accepted.data as {
          version: string;
          changelog: { version: string; date: string; reason: string }[];
        };
        expect(acceptedData.version).toBe(proposal!.version);
        expect(acceptedData.changelog[0]).toEqual({ version: proposal!.version, date: today, reason: s.reason.trim() });
        expect(proposeVersion(before.data, accepted.data, today)).toBeUndefined();
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
