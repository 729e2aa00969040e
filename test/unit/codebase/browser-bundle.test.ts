/**
 * The gate's code that runs in the browser (the audit widget checks imported records with it)
 * bundles without ajv's compiler and without node, and stays small: only the audit validator and
 * the two schemas it needs.
 */
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../../src/schema/schema-data.ts';
import { REPO } from '../../helpers/fixtures.ts';

/**
 * `entry` bundled by esbuild as for the browser: minified ESM, in memory, with its metafile;
 * `splitting` puts its dynamic imports into chunks of their own.
 */
function browserBuild(entry: string, splitting = false) {
  return build({
    entryPoints: [`${REPO}${entry}`],
    bundle: true,
    splitting,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    outdir: 'out',
    logLevel: 'silent',
  });
}

async function bundle(
  entry: string,
): Promise<{ bytes: number; gzip: number; inputs: Metafile['outputs'][string]['inputs'] }> {
  const result = await browserBuild(entry);
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
    expect(inputs.filter((i) => i.endsWith('.generated.js')).sort()).toEqual([
      'src/gate/validators/audit.generated.js',
      'src/gate/validators/shared.generated.js',
    ]);
    expect(b.inputs['src/gate/validators/audit.generated.js']!.bytesInOutput).toBeLessThan(40_000);
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

  /**
   * in-browser.ts bundled as a browser app bundles it, its dynamic imports split into chunks of
   * their own: the chunks, and what loads with the module (its chunk and those it imports
   * statically, with their inputs, bytes and gzipped bytes).
   */
  async function splitBundle() {
    const result = await browserBuild('src/gate/in-browser.ts', true);
    const outputs = result.metafile.outputs;
    const entry = Object.keys(outputs).find((o) => outputs[o]!.entryPoint === 'src/gate/in-browser.ts')!;
    const eager = new Set<string>();
    const visit = (o: string) => {
      if (eager.has(o)) return;
      eager.add(o);
      for (const i of outputs[o]!.imports) if (i.kind === 'import-statement') visit(i.path);
    };
    visit(entry);
    const contents = (o: string) => result.outputFiles.find((f) => f.path.endsWith(o.slice('out'.length)))!.contents;
    return {
      chunks: Object.values(outputs),
      eager: {
        inputs: [...eager].flatMap((o) => Object.keys(outputs[o]!.inputs)),
        bytes: [...eager].reduce((n, o) => n + outputs[o]!.bytes, 0),
        gzip: [...eager].reduce((n, o) => n + gzipSync(contents(o)).length, 0),
      },
    };
  }

  it("src/gate/in-browser.ts (the editor's gate): no ajv, no node, and no validator until a file's kind asks for it", async () => {
    const { eager } = await splitBundle();
    const inputs = eager.inputs;
    expect(
      inputs.filter((i) => /node_modules\/(ajv|ajv-formats|fast-deep-equal|fast-uri|json-schema-traverse)\//.test(i)),
    ).toEqual([]);
    expect(
      inputs.filter(
        (i) =>
          i.startsWith('node:') ||
          i.includes('validators-node') ||
          i.endsWith('handbook.ts') ||
          i.startsWith('src/scoring/') ||
          i.endsWith('schema-validators.ts'),
      ),
    ).toEqual([]);
    // What loads with it: only what the validators share (the helpers and the schemas' hash).
    expect(inputs.filter((i) => i.endsWith('.generated.js'))).toEqual(['src/gate/validators/shared.generated.js']);
    // ~260 KB minified, ~77 KB gzip (the messages, the yaml library, the schemas the errors name):
    // it was ~600 KB / ~115 KB with every validator in it.
    expect(eager.bytes).toBeLessThan(320_000);
    expect(eager.gzip).toBeLessThan(95_000);
  });

  it("the editor's gate loads one kind's validator: a chunk per kind, with no other kind's", async () => {
    const { chunks } = await splitBundle();
    const sizes: number[] = [];
    for (const kind of KINDS) {
      const holding = chunks.filter((o) => `src/gate/validators/${kind}.generated.js` in o.inputs);
      expect(holding.length, kind).toBe(1);
      expect(
        Object.keys(holding[0]!.inputs).filter((i) => i.endsWith('.generated.js')),
        kind,
      ).toEqual([`src/gate/validators/${kind}.generated.js`]);
      sizes.push(holding[0]!.bytes);
    }
    // The biggest kind (the SOP's, ~95 KB minified) is a fraction of every kind together (~340 KB).
    expect(Math.max(...sizes)).toBeLessThan(150_000);
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
