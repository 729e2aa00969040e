/**
 * `touchstone score` against the fixture records in test/fixtures/audits/, scored against
 * test/fixtures/minimal and against the example handbook (standards/). Every expected number is
 * worked out by hand in the fixture's header comment.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { VersionChanges } from '../../../src/scoring/version-changes.ts';
import { runCli, spawnCli } from '../../helpers/cli.ts';
import { buildFixture, FIXTURES, MINIMAL, REPO, tempHandbook } from '../../helpers/fixtures.ts';

const AUDITS = 'test/fixtures/audits';
const minimal = ['--handbook', 'test/fixtures/minimal'];

interface JsonReport {
  overall: number | null;
  raw: number | null;
  method: string;
  verdict: string;
  band: string | null;
  completion: number;
  missing: { touchpoint: string; item: string; section: string }[];
  sections: {
    id: string;
    touchpoint: string;
    score: number | null;
    raw: number | null;
    earned: number;
    possible: number;
    zeroedBy: string[];
  }[];
  actions: {
    touchpoint: string;
    item: string;
    value: number;
    due?: string;
    limit?: string;
    note?: string;
    evidence?: string[];
    redLine: boolean;
  }[];
  changes: VersionChanges;
  warnings: { code: string }[];
}

/** The text report of `touchstone score args`: it exits 0 and prints each of `lines`. */
async function textReport(args: string[], lines: string[]): Promise<string> {
  const r = await runCli(['score', ...args]);
  expect(r.code).toBe(0);
  for (const line of lines) expect(r.out).toContain(line);
  return r.out;
}

async function json(args: string[]): Promise<JsonReport> {
  const r = await runCli(['score', ...args, '--format', 'json']);
  expect(r.code, r.err + r.out).toBe(0);
  return JSON.parse(r.out) as JsonReport;
}

describe('touchstone score: the minimal handbook', () => {
  it('ad-hoc audit: 1 + 2 × 0.5 + 0 (280 lux < 300) = 2 of 4 = 50.0, red, fail, exit 0', async () => {
    const out = await textReport(
      [`${AUDITS}/minimal-adhoc.yaml`, ...minimal, '--lang', 'en'],
      [
        '  tp-gate   50.0  Gate (raw 50.0; 2 of 4 points; 3/3 answered)',
        'Overall: 50.0 (pooled)',
        'Raw: 50.0',
        'Band: red (Failing)',
        'Verdict: FAIL',
        'Completion: 3 / 3 (100.0%)',
        'Changes since the versions the record names: none',
        'Corrective actions (2)',
        '1. tp-gate/greeting  partly  no time limit',
        '2. tp-gate/lighting  reading 280 (threshold ≥ 300 lux)  no time limit',
        'evidence: lux-meter.jpg',
      ],
    );
    expect(out.split('\n')[0]).toBe('Gate (tp-gate; handbook 1.0.0)');
  });

  it('--format json: one object with the unrounded numbers', async () => {
    const report = await json([`${AUDITS}/minimal-adhoc.yaml`, ...minimal]);
    expect(report).toMatchObject({
      overall: 50,
      raw: 50,
      method: 'pooled',
      verdict: 'fail',
      band: 'red',
      completion: 1,
      missing: [],
    });
    expect(report.sections).toEqual([
      expect.objectContaining({ id: 'tp-gate', touchpoint: 'tp-gate', score: 50, raw: 50, earned: 2, possible: 4 }),
    ]);
    expect(report.actions.map((a) => [a.item, a.value])).toEqual([
      ['greeting', 0.5],
      ['lighting', 0],
    ]);
    expect(report.changes).toEqual({ added: [], removed: [], changed: [], exact: true, touchpoints: [] });
  });

  it('an incomplete record (JSON, any path) says so on its first line and lists what is missing', async () => {
    const en = await runCli(['score', `${AUDITS}/minimal-incomplete.json`, ...minimal, '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.out.split('\n')[0]).toBe(
      'INCOMPLETE: 2 of 3 applicable items unanswered: tp-gate/greeting, tp-gate/lighting',
    );
    expect(en.out).toContain('Verdict: INCOMPLETE');
    expect(en.out).toContain('Completion: 1 / 3 (33.3%)');
    const zh = await runCli(['score', `${AUDITS}/minimal-incomplete.json`, ...minimal]);
    expect(zh.out.split('\n')[0]).toBe(
      '未完成（INCOMPLETE）：3 个适用条目中有 2 个未作答：tp-gate/greeting、tp-gate/lighting',
    );
    expect(zh.out).toContain('结论：未完成（INCOMPLETE）');
    const report = await json([`${AUDITS}/minimal-incomplete.json`, ...minimal]);
    expect(report.verdict).toBe('incomplete');
    expect(report.completion).toBeCloseTo(1 / 3, 12);
    expect(report.missing.map((m) => m.item)).toEqual(['greeting', 'lighting']);
  });

  it('a record pinned to old versions reports the items added, removed and changed', async () => {
    const r = await runCli(['score', `${AUDITS}/minimal-old-version.yaml`, ...minimal, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      [
        'Changes since the versions the record names:',
        '  checklist cl-gate 0.9.0 → 1.0.0',
        '  touchpoint tp-gate 0.9.0 → 1.0.0',
        '  added: tp-gate/uniform',
        '  removed: tp-gate/hat',
        '  changed: tp-gate/greeting',
      ].join('\n'),
    );
    const report = await json([`${AUDITS}/minimal-old-version.yaml`, ...minimal]);
    expect(report.changes).toEqual({
      added: ['tp-gate/uniform'],
      removed: ['tp-gate/hat'],
      changed: ['tp-gate/greeting'],
      exact: true,
      touchpoints: [{ id: 'tp-gate', from: '0.9.0', to: '1.0.0' }],
      checklist: { id: 'cl-gate', from: '0.9.0', to: '1.0.0' },
    });
    // The gate's version warnings travel with the JSON report; a warning does not stop scoring.
    expect(report.warnings.map((w) => w.code)).toEqual(['audit-version-changed', 'audit-version-changed']);
    expect(report.overall).toBe(100);
  });

  it('an invalid record exits 1 with the gate’s file:line:col diagnostics, in text and json', async () => {
    const r = await runCli(['score', `${AUDITS}/minimal-invalid.yaml`, ...minimal, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'test/fixtures/audits/minimal-invalid.yaml:11:12  error  audit-bad-value  (at /responses/1/value)',
    );
    expect(r.out).toContain('"yes" is not an answer this graded item accepts.');
    expect(r.out).toContain('Checked 1 file: 1 error, 0 warnings.');
    expect(r.out).not.toContain('Overall');
    const j = await runCli(['score', `${AUDITS}/minimal-invalid.yaml`, ...minimal, '--format', 'json']);
    expect(j.code).toBe(1);
    const report = JSON.parse(j.out) as {
      errors: number;
      diagnostics: { file: string; line: number; column: number; code: string }[];
    };
    expect(report.errors).toBe(1);
    expect(report.diagnostics[0]).toMatchObject({
      file: 'test/fixtures/audits/minimal-invalid.yaml',
      line: 11,
      column: 12,
      code: 'audit-bad-value',
    });
  });

  it('a record failing the schema (a fingerprint key without touchpoint/) exits 1 at the key', async () => {
    const r = await runCli(['score', `${AUDITS}/minimal-schema-error.yaml`, ...minimal, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^test\/fixtures\/audits\/minimal-schema-error\.yaml:9:3 {2}error {2}invalid-format/m);
  });

  it('a record kept in the handbook scores as any other; with an error it is reported once, as the record’s', async () => {
    const h = tempHandbook();
    try {
      const ok = await runCli(['score', 'audits/2026-01-gate.yaml', '--handbook', '.', '--lang', 'en'], h.dir);
      expect(ok.code).toBe(0);
      expect(ok.out).toContain('Overall: 66.7 (pooled)'); // 1 + 2 × 0.5 = 2 of 3
      cpSync(join(FIXTURES, 'audits', 'minimal-invalid.yaml'), join(h.dir, 'audits', 'bad.yaml'));
      const r = await runCli(['score', join(h.dir, 'audits', 'bad.yaml'), '--handbook', h.dir, '--lang', 'en'], h.dir);
      expect(r.code).toBe(1);
      expect(r.out).toContain('audits/bad.yaml:11:12  error  audit-bad-value');
      expect(r.out.match(/audit-bad-value/g)).toHaveLength(1);
    } finally {
      h.cleanup();
    }
  });

  it('handbook errors are printed and exit 1', async () => {
    const f = buildFixture('unknown-key');
    try {
      const r = await runCli(['score', join(REPO, AUDITS, 'minimal-adhoc.yaml'), '--handbook', f.dir, '--lang', 'en']);
      expect(r.code).toBe(1);
      expect(r.out).toContain('error  unknown-key');
      expect(r.out).not.toContain('Overall');
    } finally {
      f.cleanup();
    }
  });

  it('--date moves the due dates; the default is the record’s date', async () => {
    const h = tempHandbook();
    try {
      const tp = join(h.dir, 'touchpoints', 'tp-gate.yaml');
      writeFileSync(tp, readFileSync(tp, 'utf8').replace('    weight: 2\n', '    weight: 2\n    timeLimit: P1M\n'));
      const record = join(REPO, AUDITS, 'minimal-adhoc.yaml');
      const byRecord = await json([record, '--handbook', h.dir]);
      expect(byRecord.actions[0]).toMatchObject({ item: 'greeting', due: '2026-04-30', limit: 'P1M' }); // 2026-03-31 + 1 month, clamped
      const byFlag = await json([record, '--handbook', h.dir, '--date', '2026-01-31']);
      expect(byFlag.actions[0]).toMatchObject({ due: '2026-02-28' });
      expect(byFlag.actions[1]!.due).toBeUndefined();
    } finally {
      h.cleanup();
    }
  });
});

describe('touchstone score: nothing to score', () => {
  const header =
    'touchpoints: [tp-gate]\nhandbookVersion: 1.0.0\nsite: 一号门\nauditor: 李四\ndate: 2026-03-31\nkind: internal-audit\nresponses:\n';
  const answered = (value: string) =>
    ['uniform', 'greeting', 'lighting']
      .map(
        (item) =>
          `  - { touchpoint: tp-gate, item: ${item}, ${item === 'lighting' && value !== 'na' ? 'reading: 320' : `value: ${value}`} }\n`,
      )
      .join('');

  it('every item n/a, or every weight 0: the verdict says there is nothing to score, in both languages', async () => {
    const h = tempHandbook();
    try {
      const tp = join(h.dir, 'touchpoints', 'tp-gate.yaml');
      writeFileSync(join(h.dir, 'na.yaml'), header + answered('na'));
      writeFileSync(join(h.dir, 'zero.yaml'), header + answered('conforms'));
      const cases = [
        ['na.yaml', (text: string) => text],
        [
          'zero.yaml',
          (text: string) =>
            text.replace('    weight: 2\n', '').replaceAll('    tier: basic\n', '    tier: basic\n    weight: 0\n'),
        ],
      ] as const;
      const original = readFileSync(tp, 'utf8');
      for (const [record, edit] of cases) {
        writeFileSync(tp, edit(original));
        const en = await runCli(['score', record, '--handbook', '.', '--lang', 'en'], h.dir);
        expect(en.code, en.out).toBe(0);
        expect(en.out).toContain('Verdict: NOTHING TO SCORE');
        expect(en.out).toContain('Nothing to score: every applicable item has weight 0, or every item is n/a.');
        expect(en.out).toContain('Overall: n/a (pooled)');
        expect(en.out).not.toContain('INCOMPLETE');
        const zh = await runCli(['score', record, '--handbook', '.', '--lang', 'zh-CN'], h.dir);
        expect(zh.out).toContain('结论：无可计分项（NOTHING TO SCORE）');
        expect(zh.out).toContain('没有可计分的内容');
        const report = (await json([join(h.dir, record), '--handbook', h.dir])) as JsonReport & {
          verdictNote?: string;
        };
        expect([report.verdict, report.overall, report.completion]).toEqual(['nothing-to-score', null, 1]);
        expect(report.verdictNote).toContain('没有可计分的内容');
      }
    } finally {
      h.cleanup();
    }
  });
});

describe('touchstone score: the example handbook', () => {
  it('the example record: 27 / 33 = 81.8 pooled, amber, pass, no version changes, zh-CN by default', async () => {
    const out = await textReport(
      ['standards/audits/2026-11-pm-entrance-east-gate.yaml'],
      [
        '总分：81.8（合并计分）',
        '等级：amber（待改进）',
        '结论：通过（PASS）',
        '与记录所依据版本相比的变化：无',
        '整改项（7）',
        'pm-pedestrian-gate/night-lighting  不符合  期限 2026-11-19（PT24H）',
      ],
    );
    expect(out.split('\n')[0]).toBe('小区出入口与道路神秘顾客评分表（cl-pm-entrance-mystery 1.1.0；手册 2026.11.0）');
    const report = await json(['standards/audits/2026-11-pm-entrance-east-gate.yaml']);
    expect(report.overall).toBeCloseTo((27 / 33) * 100, 10);
    expect(report.sections.map((s) => [s.id, s.earned, s.possible])).toEqual([
      ['pedestrian-gate', 8.5, 11],
      ['vehicle-gate', 12.5, 14],
      ['roads-squares', 6, 8],
    ]);
    expect(report.changes).toMatchObject({ added: [], removed: [], changed: [], exact: true });
  });

  it('critical: section zeroes the vehicle gate: pooled 14.5 / 33 = 43.9, raw 25 / 33 = 75.8, red, fail', async () => {
    await textReport(
      [`${AUDITS}/pm-entrance-section-critical.yaml`, '--lang', 'en'],
      [
        '  vehicle-gate       0.0  Vehicle entrance (raw 75.0; 10.5 of 14 points; 9/9 answered)  zeroed by night-lighting-vest',
        'Overall: 43.9 (pooled)',
        'Raw: 75.8',
        'Band: red (Failing)',
        'Verdict: FAIL',
      ],
    );
    const report = await json([`${AUDITS}/pm-entrance-section-critical.yaml`]);
    expect(report.overall).toBeCloseTo((14.5 / 33) * 100, 10);
    expect(report.raw).toBeCloseTo((25 / 33) * 100, 10);
    expect(report.sections[1]).toMatchObject({ score: 0, raw: 75, zeroedBy: ['night-lighting-vest'] });
  });

  it('section weights 3 / 2 / 5: (3 × 80 + 2 × 85 + 5 × 800/11) / 10 = 851/11 = 77.4, amber, pass', async () => {
    await textReport(
      [`${AUDITS}/tc-hall-weighted.yaml`, '--lang', 'en'],
      [
        'Overall: 77.4 (weighted by section)',
        'Verdict: PASS',
        '7. tc-hall-transaction/key-account-solution  reading 5 (threshold ≤ 4 h)  due 2026-11-10 (PT2H)',
      ],
    );
    const report = await json([`${AUDITS}/tc-hall-weighted.yaml`]);
    expect(report.method).toBe('weighted');
    expect(report.overall).toBeCloseTo(851 / 11, 10);
    expect(report.band).toBe('amber');
    expect(report.sections.map((s) => [s.id, s.earned, s.possible])).toEqual([
      ['reception', 8, 10],
      ['waiting', 8.5, 10],
      ['transaction', 8, 11],
    ]);
    // Falls back to the shortest resolve limit of the SOPs linked to the touchpoint (complaint classes: PT2H).
    expect(report.actions.filter((a) => a.touchpoint === 'tc-hall-transaction').map((a) => a.limit)).toEqual([
      'PT2H',
      'PT2H',
      'PT2H',
    ]);
  });

  it('runs as a real process through bin/touchstone.mjs', () => {
    const r = spawnCli(['score', `${AUDITS}/minimal-adhoc.yaml`, '--handbook', MINIMAL, '--format', 'json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as JsonReport).overall).toBe(50);
  });
});

describe('touchstone score: usage errors exit 2', () => {
  it.each([
    [['score']],
    [['score', `${AUDITS}/minimal-adhoc.yaml`, `${AUDITS}/minimal-incomplete.json`]],
    [['score', `${AUDITS}/minimal-adhoc.yaml`, '--format', 'github']],
    [['score', `${AUDITS}/minimal-adhoc.yaml`, '--lang', 'fr']],
    [['score', `${AUDITS}/minimal-adhoc.yaml`, '--date', '2026-13-01']],
    [['score', `${AUDITS}/minimal-adhoc.yaml`, '--date', 'tomorrow']],
    [['score', `${AUDITS}/minimal-adhoc.yaml`, '--verbose']],
    [['score', `${AUDITS}/no-such-record.yaml`]],
    [['score', AUDITS]],
  ])('%j', async (args) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Usage / 用法');
    expect(r.err).toContain('touchstone score <record>');
  });
});
