/**
 * The gate validates with standalone validators generated from the schemas (no ajv compiler at
 * run time, so it runs in the browser). These tests keep them honest: the committed files are what
 * the schemas generate, byte for byte, one module per kind that the browser loads alone, and they
 * give exactly the diagnostics ajv compiled at runtime gives.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import {
  generateValidators,
  kindModule,
  OUTPUT_DIR,
  SHARED,
  staleFiles,
  withoutLabels,
} from '../../../scripts/compile-validators.ts';
import { classify } from '../../../src/gate/files.ts';
import { validateAgainstSchema, VALIDATORS } from '../../../src/gate/schema-validators.ts';
import { KINDS, mapErrors, SCHEMAS, schemasHash, type Kind } from '../../../src/gate/schemas.ts';
import { parseSource, type ParsedSource } from '../../../src/gate/source.ts';
import { loadedValidator, loadValidator } from '../../../src/gate/validators/load-validator.ts';
import { compileValidators } from '../../../src/gate/validators/validators-node.ts';
import { SCHEMAS_HASH } from '../../../src/gate/validators/shared.generated.js';
import { BAD, MINIMAL, REPO } from '../../helpers/fixtures.ts';

describe('the generated files', () => {
  const files = generateValidators();

  it('are what the schemas generate, byte for byte (run `npm run validators` after changing a schema)', () => {
    for (const [file, text] of Object.entries(files))
      expect(
        readFileSync(join(OUTPUT_DIR, file), 'utf8') === text,
        `${file} is stale: run \`npm run validators\``,
      ).toBe(true);
    expect(staleFiles(files), 'generated files the schemas no longer make: run `npm run validators`').toEqual([]);
    expect(SCHEMAS_HASH).toBe(schemasHash());
  });

  it('are the same bytes every time they are generated', () => {
    expect(generateValidators()).toEqual(files);
  });

  it("are one module per kind, each with its .d.ts, plus what they share; no ajv, no other kind's code", () => {
    expect(Object.keys(files).sort()).toEqual(
      [SHARED, ...KINDS.map(kindModule)].flatMap((m) => [`${m}.d.ts`, `${m}.js`]).sort(),
    );
    expect(files[`${SHARED}.js`]).not.toMatch(/^\s*import\s/m);
    for (const kind of KINDS) {
      const js = files[`${kindModule(kind)}.js`]!;
      // Imports only the shared module (the helpers it uses), never another kind's.
      for (const line of js.split('\n').filter((l) => /^\s*(?:import|export)\b.*\bfrom\b/.test(l)))
        expect(line, kind).toMatch(new RegExp(`from '\\./${SHARED}\\.js';$`));
      expect(js, kind).not.toMatch(/\brequire\(/);
      expect(js, kind).not.toMatch(/\bnew Function\b|\beval\(/);
      expect(typeof VALIDATORS[kind]).toBe('function');
    }
  });

  it('load one kind at a time, the same validator as the synchronous path', async () => {
    for (const kind of KINDS) {
      const others = KINDS.filter((k) => k !== kind && loadedValidator(k) === undefined);
      expect(await loadValidator(kind)).toBe(VALIDATORS[kind]);
      expect(loadedValidator(kind)).toBe(VALIDATORS[kind]);
      // Loading one kind loaded no other.
      for (const other of others) expect(loadedValidator(other), `${kind} loaded ${other}`).toBeUndefined();
    }
  });
});

/** Every standards file of the example handbook and the fixtures that parses, with its kind. */
function corpus(): { name: string; kind: Kind; source: ParsedSource }[] {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  const roots = [join(REPO, 'standards'), MINIMAL, ...readdirSync(BAD).map((n) => join(BAD, n, 'files'))].filter(
    (d) => {
      try {
        return statSync(d).isDirectory();
      } catch {
        return false;
      }
    },
  );
  const out: { name: string; kind: Kind; source: ParsedSource }[] = [];
  for (const root of roots) {
    for (const file of walk(root)) {
      const rel = relative(root, file).split('\\').join('/');
      const c = classify(rel);
      if (c === 'ignored' || c === 'unknown') continue;
      const source = parseSource(rel, readFileSync(file), { frontmatter: c.frontmatter, kind: c.kind });
      if (source.data === undefined || source.diagnostics.length > 0) continue;
      out.push({ name: relative(REPO, file), kind: c.kind, source });
    }
  }
  return out;
}

const runtime = compileValidators();

function viaRuntime(kind: Kind, source: ParsedSource) {
  const validate = runtime[kind];
  return validate(source.data) ? [] : mapErrors(kind, validate.errors ?? [], source);
}

describe('standalone and runtime validators agree', () => {
  const files = corpus();

  it('on every file of the example handbook and the fixtures', () => {
    expect(files.length).toBeGreaterThan(40);
    expect(files.some((f) => validateAgainstSchema(f.kind, f.source).length > 0)).toBe(true);
    for (const f of files) {
      const standalone = validateAgainstSchema(f.kind, f.source);
      expect(standalone, f.name).toEqual(viaRuntime(f.kind, f.source));
    }
  });

  // Random damage to valid files: every keyword of every schema gets exercised.
  type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
  const paths = (value: Json, path: (string | number)[] = []): (string | number)[][] => {
    const here = [path];
    if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => paths(v, [...path, i]))];
    if (value && typeof value === 'object')
      return [...here, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...path, k]))];
    return here;
  };
  const anyValue = fc.oneof(
    fc.constantFrom<Json>(
      null,
      true,
      0,
      -1,
      1.5,
      101,
      '',
      'x',
      'Not-An-Id',
      '2026-02-30',
      '2024-02-29',
      '1.0',
      'PT15M',
      '>= 300 lux',
      'zh-CN',
      'en',
      '#12345g',
      [],
      {},
      ['a', 'a'],
      [{ a: 1 }, { a: 1 }],
      { 'zh-CN': 'x', 'bad key': 'y' },
    ),
    fc.string({ maxLength: 12 }),
    fc.integer(),
  );
  const damage = fc.array(
    fc.tuple(fc.nat(), fc.constantFrom('set', 'delete', 'add'), anyValue, fc.string({ minLength: 1, maxLength: 8 })),
    { minLength: 1, maxLength: 4 },
  );

  it('on randomly damaged copies of valid files', () => {
    let damaged = 0;
    const codes = new Set<string>();
    const valid = files.filter(
      (f) =>
        validateAgainstSchema(f.kind, f.source).length === 0 &&
        f.kind !== 'case' &&
        f.kind !== 'guide' &&
        f.kind !== 'translation',
    );
    fc.assert(
      fc.property(fc.nat({ max: valid.length - 1 }), damage, (which, edits) => {
        const f = valid[which]!;
        const data = structuredClone(f.source.data) as Json;
        for (const [at, op, shared, key] of edits) {
          // A copy: fc.constantFrom hands out the same object every time, and an edit that adds
          // into a value already inserted would otherwise change the constant (even into itself).
          const value = structuredClone(shared);
          const all = paths(data);
          const path = all[at % all.length]!;
          let parent: Json = data;
          for (const p of path.slice(0, -1)) parent = (parent as Record<string, Json>)[p as string]!;
          const last = path[path.length - 1];
          if (op === 'add' || last === undefined) {
            const target = last === undefined ? data : (parent as Record<string, Json>)[last as string]!;
            if (Array.isArray(target)) target.push(value);
            else if (target && typeof target === 'object') target[key] = value;
          } else if (op === 'set') (parent as Record<string, Json>)[last as string] = value;
          else if (Array.isArray(parent)) parent.splice(last as number, 1);
          else if (parent && typeof parent === 'object') delete parent[last as string];
        }
        const source = parseSource(f.source.file, new TextEncoder().encode(stringify(data)));
        if (source.data === undefined || source.diagnostics.length > 0) return;
        const standalone = validateAgainstSchema(f.kind, source);
        if (standalone.length > 0) damaged++;
        for (const d of standalone) codes.add(d.code);
        expect(standalone).toEqual(viaRuntime(f.kind, source));
      }),
      { numRuns: 1500 },
    );
    // The damage has to reach the validators for the comparison to mean anything.
    expect(damaged).toBeGreaterThan(750);
    expect([...codes].sort()).toEqual(
      expect.arrayContaining([
        'invalid-format',
        'missing-required',
        'not-in-enum',
        'too-short',
        'unknown-key',
        'wrong-type',
      ]),
    );
  });

  it("on dates (ajv-formats' full date, written out in the generated module)", () => {
    const base = {
      site: 's',
      auditor: 'a',
      kind: 'self-assessment',
      handbookVersion: '1.0.0',
      touchpoints: ['tp'],
      responses: [],
    };
    const dates = [
      '2024-02-29',
      '2023-02-29',
      '1900-02-29',
      '2000-02-29',
      '2026-04-31',
      '2026-12-31',
      '2026-13-01',
      '2026-00-10',
      '2026-1-01',
      '20260101',
      ' 2026-01-01',
      '2026-01-01T00:00',
    ];
    for (let d = Date.UTC(2023, 0, 1); d < Date.UTC(2025, 0, 1); d += 86_400_000)
      dates.push(new Date(d).toISOString().slice(0, 10));
    for (const date of dates) {
      const data = { ...base, date };
      expect(VALIDATORS.audit(data), date).toBe(runtime.audit(data));
    }
  });

  it('on text lengths in code points and on duplicate list entries', () => {
    const long = '😀'.repeat(200);
    const data = {
      site: long,
      auditor: `${long}x`,
      date: '2026-01-01',
      kind: 'self-assessment',
      handbookVersion: '1.0.0',
      touchpoints: ['tp', 'tp'],
      responses: [],
    };
    expect(VALIDATORS.audit(data)).toBe(runtime.audit(data));
    // The generated code's schema literals leave out the titles and zh-CN texts (compile-validators.ts); all else is the same.
    expect(VALIDATORS.audit.errors).toEqual(withoutLabels(runtime.audit.errors));
    expect(JSON.stringify(runtime.audit.errors)).toContain('x-description-zh-CN');
    expect(JSON.stringify(VALIDATORS.audit.errors)).not.toContain('x-description-zh-CN');
  });
});

it('every kind has a schema and a validator', () => {
  for (const kind of KINDS) {
    expect(SCHEMAS[kind].$id).toBe(`${kind}.schema.json`);
    expect(VALIDATORS[kind]).toBeDefined();
  }
});
