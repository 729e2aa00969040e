import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../../../src/gate/load-handbook.ts';
import { runCli } from '../../helpers/cli.ts';
import { tempHandbook } from '../../helpers/fixtures.ts';

describe('touchstone new', () => {
  it.each([
    ['touchpoint', 'touchpoints/tp-lobby.yaml', 'tp-lobby'],
    ['sop', 'sops/sop-lobby.yaml', 'sop-lobby'],
    ['checklist', 'checklists/cl-lobby.yaml', 'cl-lobby'],
    ['case', 'cases/case-lobby.mdx', 'case-lobby'],
    ['guide', 'guides/lobby-guide.mdx', 'lobby-guide'],
  ])('writes a %s that passes the gate', async (kind, file, id) => {
    const h = tempHandbook();
    try {
      const r = await runCli(['new', kind, id, '--dir', h.dir, '--today', '2026-11-22']);
      expect(r.code, r.err).toBe(0);
      const text = readFileSync(join(h.dir, file), 'utf8');
      if (file.endsWith('.yaml')) {
        const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(text.split('\n')[0]!);
        expect(m).not.toBeNull();
        const schema = resolve(dirname(join(h.dir, file)), m![1]!);
        expect(existsSync(schema) && schema.endsWith(`${kind}.schema.json`), schema).toBe(true);
      }
      const result = loadHandbook(h.dir, { today: '2026-11-22' });
      expect(result.diagnostics).toEqual([]);
      const model = result.model!;
      const all = [model.touchpoints, model.sops, model.checklists, model.cases, model.guides];
      expect(all.some((m) => m.has(id))).toBe(true);
    } finally {
      h.cleanup();
    }
  });

  it('never overwrites an existing file without --force', async () => {
    const h = tempHandbook();
    try {
      const path = join(h.dir, 'touchpoints/tp-gate.yaml');
      const before = readFileSync(path, 'utf8');
      const r = await runCli(['new', 'touchpoint', 'tp-gate', '--dir', h.dir]);
      expect(r.code).toBe(1);
      expect(r.err).toContain('already exists; nothing was written');
      expect(readFileSync(path, 'utf8')).toBe(before);
    } finally {
      h.cleanup();
    }
  });

  it('refuses an id another kind already uses', async () => {
    const h = tempHandbook();
    try {
      const r = await runCli(['new', 'sop', 'tp-gate', '--dir', h.dir]);
      expect(r.code).toBe(1);
      expect(r.err).toContain('already used');
    } finally {
      h.cleanup();
    }
  });

  it.each([[['new', 'touchpoint', 'Bad_Id']], [['new', 'widget', 'x']], [['new', 'touchpoint']]])(
    'exits 2 on %j',
    async (args) => {
      const h = tempHandbook();
      try {
        expect((await runCli([...args, '--dir', h.dir])).code).toBe(2);
      } finally {
        h.cleanup();
      }
    },
  );

  it('says what is wrong when the handbook itself is invalid', async () => {
    const h = tempHandbook();
    try {
      writeFileSync(join(h.dir, 'handbook.yaml'), 'title: [');
      const r = await runCli(['new', 'touchpoint', 'tp-x', '--dir', h.dir]);
      expect(r.code).toBe(1);
      expect(r.err).toContain('touchstone check');
    } finally {
      h.cleanup();
    }
  });
});
