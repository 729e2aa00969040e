/**
 * What the editor loads from the built site: /data/handbook-index.json (the index its in-browser
 * gate checks against) and /data/source/<path> (the raw text of every standards file but the audit
 * records, byte for byte as in the handbook folder).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test } from 'vitest';
import { classify } from '../../src/gate/files.ts';
import { listFiles } from '../../src/gate/load-handbook.ts';
import { handbookIndex, type HandbookIndex } from '../../src/gate/handbook-index.ts';
import { checkFileInBrowser, loadGateFor } from '../../src/gate/in-browser.ts';
import { handbook, site } from './site.ts';

function filesBelow(root: string, dir = root): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesBelow(root, full) : [relative(root, full).split(sep).join('/')];
  });
}

test('/data/handbook-index.json is the index of the handbook the site was built from', () => {
  const { dir } = site();
  const file = join(dir, 'data', 'handbook-index.json');
  expect(existsSync(file), 'no data/handbook-index.json').toBe(true);
  const index = JSON.parse(readFileSync(file, 'utf8')) as HandbookIndex;
  expect(index).toEqual(JSON.parse(JSON.stringify(handbookIndex(handbook()))));
  expect(index.config.locales.length).toBeGreaterThan(0);
  expect(Object.keys(index.entities).length).toBe(
    ['touchpoints', 'sops', 'checklists', 'cases', 'guides'].reduce(
      (n, k) => n + (handbook()[k as 'sops'] as Map<string, unknown>).size,
      0,
    ),
  );
});

test('/data/source/<path> holds every standards file but the audit records, byte for byte, and nothing else', () => {
  const { dir } = site();
  const { root, config } = handbook();
  // The example handbook leaves site.publishAudits out: its audit records stay off the site.
  expect(config.site?.publishAudits).toBeUndefined();
  expect(listFiles(root).some((f) => f.startsWith('audits/'))).toBe(true);
  const standards = listFiles(root).filter((f) => {
    const c = classify(f);
    return c !== 'ignored' && c !== 'unknown' && c.kind !== 'audit';
  });
  expect(standards.length).toBeGreaterThan(20);
  const published = filesBelow(join(dir, 'data', 'source')).sort();
  expect(published).toEqual([...standards].sort());
  for (const file of standards)
    expect(readFileSync(join(dir, 'data', 'source', file)).equals(readFileSync(join(root, file))), file).toBe(true);
});

test("served over HTTP, the editor's gate checks a file from the site against the site's index without errors", async () => {
  const { url } = site();
  const index = (await (await fetch(`${url}/data/handbook-index.json`)).json()) as HandbookIndex;
  for (const file of [
    'handbook.yaml',
    'touchpoints/pm-pedestrian-gate.yaml',
    'sops/sop-complaint-loop.yaml',
    'checklists/cl-pm-entrance-mystery.yaml',
    'cases/case-bk-queueing.mdx',
  ]) {
    const res = await fetch(`${url}/data/source/${file}`);
    expect(res.status, file).toBe(200);
    const text = await res.text();
    await loadGateFor(file);
    const { data, diagnostics } = checkFileInBrowser(file, text, index);
    expect(
      diagnostics.filter((d) => d.severity === 'error'),
      file,
    ).toEqual([]);
    expect(data, file).toBeTruthy();
  }
});
