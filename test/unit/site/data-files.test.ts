/**
 * What a build publishes under /data/source/ (src/integrations/write-data-files.ts, the same list the dev
 * route's getStaticPaths serves): the standards files the editor loads, and audit records only when
 * handbook.yaml sets `site.publishAudits`, since records name auditors and hold their notes.
 */
import { appendFileSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeDataFiles } from '../../../src/integrations/write-data-files.ts';
import { tempHandbook } from '../../helpers/fixtures.ts';

function filesBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesBelow(full) : [full];
  });
}

const cleanups: (() => void)[] = [];
const previous = process.env['TOUCHSTONE_HANDBOOK'];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
  if (previous === undefined) delete process.env['TOUCHSTONE_HANDBOOK'];
  else process.env['TOUCHSTONE_HANDBOOK'] = previous;
});

/** Writes the data files of a copy of the minimal handbook (with `extra` appended to handbook.yaml); the published sources. */
function publish(extra = ''): string[] {
  const handbook = tempHandbook();
  const out = mkdtempSync(join(tmpdir(), 'touchstone-data-'));
  cleanups.push(handbook.cleanup, () => rmSync(out, { recursive: true, force: true }));
  if (extra) appendFileSync(join(handbook.dir, 'handbook.yaml'), extra);
  process.env['TOUCHSTONE_HANDBOOK'] = handbook.dir;
  writeDataFiles(out);
  const root = join(out, 'data', 'source');
  return filesBelow(root)
    .map((f) => relative(root, f).split(sep).join('/'))
    .sort();
}

describe('/data/source/ in a build', () => {
  it('holds the files the editor loads and no audit record by default', () => {
    const files = publish();
    expect(files).toContain('touchpoints/tp-gate.yaml');
    expect(files).toContain('cases/case-gate.en.mdx');
    expect(files).toContain('handbook.yaml');
    expect(files.filter((f) => f.startsWith('audits/'))).toEqual([]);
  });

  it('holds no audit record when site.publishAudits is false', () => {
    expect(publish('site:\n  publishAudits: false\n').filter((f) => f.startsWith('audits/'))).toEqual([]);
  });

  it('holds the audit records when site.publishAudits is true', () => {
    expect(publish('site:\n  publishAudits: true\n').filter((f) => f.startsWith('audits/'))).toEqual([
      'audits/2026-01-gate.yaml',
    ]);
  });
});
