/**
 * The gate's code that runs in the browser (the audit widget checks imported records with it)
 * bundles without ajv's compiler and without node, and stays small: only the audit validator and
 * the two schemas it needs.
 */
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { REPO } from '../../helpers/fixtures.ts';

async function bundle(
  entry: string,
): Promise<{ bytes: number; gzip: number; inputs: Metafile['outputs'][string]['inputs'] }> {
  const result = await build({
    entryPoints: [`${REPO}${entry}`],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    outdir: 'out',
    logLevel: 'silent',
  });
  const out = result.outputFiles[0]!;
  return {
    bytes: out.contents.length,
    gzip: gzipSync(out.contents).length,
    inputs: Object.values(result.metafile.outputs)[0]!.inputs,
  };
}

describe('browser bundles of the gate', () => {
  it('src/gate/audit-check.ts: no ajv, no node, the audit validator alone', async () => {
    const b = await bundle('src/gate/audit-check.ts');
    const inputs = Object.keys(b.inputs);
    expect(
      inputs.filter((i) => /node_modules\/(ajv|ajv-formats|fast-deep-equal|fast-uri|json-schema-traverse)\//.test(i)),
    ).toEqual([]);
    expect(inputs.filter((i) => i.startsWith('node:') || i.includes('validators-node'))).toEqual([]);
    expect(inputs.filter((i) => i.startsWith('schemas/')).sort()).toEqual([
      'schemas/audit.schema.json',
      'schemas/defs.schema.json',
    ]);
    expect(b.inputs['src/gate/validators/validators.generated.js']!.bytesInOutput).toBeLessThan(40_000);
    // 200 KB / 60 KB until the catalog gained the diagnostics of issue 15 (threshold grammar with
    // its hints, final newline, repository.api, weights, evidence): +2.5 KB / +1.5 KB, all messages.
    expect(b.bytes).toBeLessThan(205_000);
    expect(b.gzip).toBeLessThan(62_000);
  });

  it('src/scoring/audit-io.ts: the same, plus YAML output', async () => {
    const b = await bundle('src/scoring/audit-io.ts');
    expect(Object.keys(b.inputs).filter((i) => i.includes('node_modules/ajv'))).toEqual([]);
    expect(b.gzip).toBeLessThan(62_000);
  });

  it("src/gate/in-browser.ts (the editor's gate): no ajv, no node; every validator, as the gate needs", async () => {
    const b = await bundle('src/gate/in-browser.ts');
    const inputs = Object.keys(b.inputs);
    expect(
      inputs.filter((i) => /node_modules\/(ajv|ajv-formats|fast-deep-equal|fast-uri|json-schema-traverse)\//.test(i)),
    ).toEqual([]);
    expect(
      inputs.filter(
        (i) =>
          i.startsWith('node:') ||
          i.includes('validators-node') ||
          i.endsWith('handbook.ts') ||
          i.startsWith('src/scoring/'),
      ),
    ).toEqual([]);
    // The validators are most of it (~340 KB minified; ~90 KB gzip all told).
    expect(b.bytes).toBeLessThan(650_000);
    expect(b.gzip).toBeLessThan(120_000);
  });

  it('src/editor/form-model.ts: the schemas and the walker, no validators', async () => {
    const b = await bundle('src/editor/form-model.ts');
    const inputs = Object.keys(b.inputs);
    expect(inputs.filter((i) => i.includes('validators') || i.includes('node_modules/'))).toEqual([]);
    // Most of it is the schemas' texts in both languages (~19 KB gzip; the English alone was ~11 KB).
    expect(b.gzip).toBeLessThan(25_000);
  });

  it('src/gate/schemas.ts and rules.ts import no ajv either', async () => {
    for (const entry of ['src/gate/schemas.ts', 'src/gate/rules.ts']) {
      const b = await bundle(entry);
      expect(
        Object.keys(b.inputs).filter((i) => i.includes('node_modules/ajv')),
        entry,
      ).toEqual([]);
    }
  });
});
