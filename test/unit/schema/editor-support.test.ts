/** Authors get validation while typing: every YAML file names its schema, and VS Code maps folders to schemas. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, it } from 'vitest';
import { listFiles } from '../../../src/gate/load-handbook.ts';
import { REPO } from '../../helpers/fixtures.ts';

const STANDARDS = join(REPO, 'standards');

it("every example YAML file starts with a yaml-language-server modeline that resolves to its kind's schema", () => {
  const yamlFiles = listFiles(STANDARDS).filter((f) => f.endsWith('.yaml'));
  expect(yamlFiles.length).toBeGreaterThan(15);
  for (const file of yamlFiles) {
    const first = readFileSync(join(STANDARDS, file), 'utf8').split('\n')[0]!;
    const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
    expect(m, file).not.toBeNull();
    const target = join(dirname(join(STANDARDS, file)), m![1]!);
    expect(existsSync(target), `${file} → ${m![1]}`).toBe(true);
    const kind =
      file === 'handbook.yaml'
        ? 'handbook'
        : { touchpoints: 'touchpoint', sops: 'sop', checklists: 'checklist', audits: 'audit' }[file.split('/')[0]!];
    expect(target.endsWith(`${kind}.schema.json`), file).toBe(true);
  }
});

it('.vscode/settings.json maps each standards folder to an existing schema', () => {
  const settings = JSON.parse(readFileSync(join(REPO, '.vscode/settings.json'), 'utf8')) as {
    'yaml.schemas': Record<string, string | string[]>;
  };
  const mapping = settings['yaml.schemas'];
  for (const [schema, globs] of Object.entries(mapping)) {
    expect(existsSync(join(REPO, schema)), schema).toBe(true);
    expect([globs].flat().length).toBeGreaterThan(0);
  }
  const covered = Object.values(mapping).flat().join(' ');
  for (const folder of ['touchpoints', 'sops', 'checklists', 'audits']) expect(covered).toContain(`${folder}/`);
  expect(covered).toContain('handbook.yaml');
});
