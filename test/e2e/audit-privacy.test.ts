/**
 * Audit records name auditors and hold their notes: nothing of them reaches the built site unless
 * handbook.yaml sets `site.publishAudits` (the example does not). Not the files under
 * /data/source/audits/, and not their text in any other file: pages, data JSON, the handbook index,
 * the search index (Pagefind's files are gzipped, so they are read unzipped).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { handbook, site } from './site.ts';

function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesBelow(full) : [full];
  });
}

/** A file's text; gzip members (Pagefind's index and fragments) unzipped. */
function textOf(file: string): string {
  const bytes = readFileSync(file);
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return (gzipped ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** What only an audit record says: its auditor and its longer notes (short ones may occur anywhere). */
function privateTexts(): string[] {
  const texts = new Set<string>();
  for (const { data } of handbook().audits.values()) {
    texts.add(data.auditor);
    for (const r of data.responses) if (r.note !== undefined && r.note.length >= 12) texts.add(r.note);
  }
  return [...texts];
}

test('the built site publishes no audit record, and no auditor name or note anywhere', () => {
  const { dir } = site();
  expect(handbook().config.site?.publishAudits).toBeUndefined();
  expect(existsSync(join(dir, 'data', 'source', 'audits'))).toBe(false);
  const secrets = privateTexts();
  expect(secrets.length).toBeGreaterThan(3);
  const leaks: string[] = [];
  for (const file of filesBelow(dir)) {
    const text = textOf(file);
    for (const secret of secrets) if (text.includes(secret)) leaks.push(`${file.slice(dir.length)}: ${secret}`);
  }
  expect(leaks).toEqual([]);
});
