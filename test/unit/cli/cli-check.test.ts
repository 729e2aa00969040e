import { describe, expect, it } from 'vitest';
import { runCli, spawnCli } from '../../helpers/cli.ts';
import { buildFixture, MINIMAL, REPO } from '../../helpers/fixtures.ts';

describe('touchstone check', () => {
  it('exits 0 on a clean handbook and says so in the default locale', async () => {
    const r = await runCli(['check', MINIMAL, '--today', '2026-11-22']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('0 个错误');
  });

  it('exits 1 on errors and prints file:line:col, code, message and hint', async () => {
    const f = buildFixture('unknown-key');
    try {
      const r = await runCli(['check', f.dir, '--lang', 'en']);
      expect(r.code).toBe(1);
      expect(r.out).toMatch(/touchpoints\/tp-gate\.yaml:19:5 {2}error {2}unknown-key/);
      expect(r.out).toContain('Unknown field "dimention".');
      expect(r.out).toContain('hint: Did you mean "dimension"?');
      expect(r.out).toContain('Checked 8 files: 3 errors, 0 warnings.');
    } finally {
      f.cleanup();
    }
  });

  it('exits 0 with warnings only', async () => {
    const r = await runCli(['check', MINIMAL, '--today', '2031-01-01', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('warning  review-overdue');
  });

  it('--format json prints one object with rendered diagnostics', async () => {
    const f = buildFixture('dangling-reference');
    try {
      const r = await runCli(['check', f.dir, '--format', 'json', '--lang', 'en']);
      expect(r.code).toBe(1);
      const report = JSON.parse(r.out) as {
        errors: number;
        warnings: number;
        diagnostics: {
          file: string;
          line: number;
          column: number;
          code: string;
          message: string;
          hint: string;
          pointer: string;
        }[];
      };
      expect(report.errors).toBe(
        report.diagnostics.filter((d) => (d as { severity?: string }).severity === 'error').length,
      );
      const sop = report.diagnostics.find((d) => d.message.includes('sop-replay'))!;
      expect(sop).toMatchObject({
        line: 8,
        column: 5,
        code: 'dangling-reference',
        pointer: '/sops/0',
        hint: 'Did you mean "sop-reply"?',
      });
      expect(sop.file.endsWith('cases/case-gate.mdx')).toBe(true);
    } finally {
      f.cleanup();
    }
  });

  it('--format github prints workflow commands with escaped properties', async () => {
    const f = buildFixture('flow-comma');
    try {
      const r = await runCli(['check', f.dir, '--format', 'github', '--lang', 'en']);
      expect(r.code).toBe(1);
      const line = r.out.split('\n').find((l) => l.startsWith('::error'))!;
      expect(line).toMatch(
        /^::error file=.*touchpoints\/tp-gate\.yaml,line=18,col=49,endLine=18,title=touchstone yaml-flow-comma::/,
      );
      expect(line).toContain('a comma inside braces { } cut the text in two');
    } finally {
      f.cleanup();
    }
  });

  it('prints paths relative to the working directory, as CI annotations need', async () => {
    const r = await runCli(['check', 'test/fixtures/minimal', '--today', '2031-01-01', '--format', 'github'], REPO);
    expect(r.out).toContain('::warning file=test/fixtures/minimal/touchpoints/tp-gate.yaml,line=15,');
  });

  it('--lang switches every message; the default follows the handbook', async () => {
    const f = buildFixture('missing-required');
    try {
      const zh = await runCli(['check', f.dir]);
      const en = await runCli(['check', f.dir, '--lang', 'en']);
      expect(zh.out).toContain('缺少必填字段 "trigger"');
      expect(zh.out).toContain('提示：');
      expect(en.out).toContain('The required field "trigger" is missing.');
      expect(en.out).not.toMatch(/[\u4e00-\u9fff]{2}，/);
    } finally {
      f.cleanup();
    }
  });

  it.each([
    [['check', '--format', 'xml']],
    [['check', '--lang', 'fr']],
    [['check', 'a', 'b']],
    [['check', '--nope']],
    [['frobnicate']],
    [[]],
  ])('exits 2 on a usage error: %j', async (args) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.err + r.out).toContain('Usage / 用法');
  });

  it('exits 1 with missing-handbook for a folder that does not exist', async () => {
    const r = await runCli(['check', 'no/such/folder', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('missing-handbook');
  });

  it('runs as a real process with the same exit codes', () => {
    expect(spawnCli(['check', MINIMAL, '--today', '2026-11-22']).code).toBe(0);
    const f = buildFixture('alias-bomb');
    try {
      const r = spawnCli(['check', f.dir, '--lang', 'en']);
      expect(r.code).toBe(1);
      expect(r.out).toContain('alias-limit');
    } finally {
      f.cleanup();
    }
    expect(spawnCli(['check', '--format', 'yaml']).code).toBe(2);
  });

  it('passes on the example handbook with no warnings', async () => {
    const r = await runCli(['check', 'standards', '--format', 'json', '--today', '2026-11-22']);
    const report = JSON.parse(r.out) as { errors: number; warnings: number; files: number };
    expect(r.code).toBe(0);
    expect(report).toMatchObject({ errors: 0, warnings: 0 });
    expect(report.files).toBeGreaterThan(30);
  });
});
