/**
 * Generates src/schema/types.generated.ts from schemas/: the schemas are the source of truth and
 * the TypeScript types follow them. `npm run types` writes the file; a test fails when the
 * committed file differs from what this produces.
 *
 * Every `$ref` becomes a reference to one named type (Text, Id, ChangelogEntry, Item …), so a
 * property that adds its own description to a shared definition does not spawn a copy of it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const schemasDir = `${root}schemas/`;
export const OUTPUT = `${root}src/schema/types.generated.ts`;

/** The kinds and the type names they get. */
const KINDS: Record<string, string> = {
  handbook: 'HandbookConfig',
  touchpoint: 'Touchpoint',
  sop: 'Sop',
  checklist: 'Checklist',
  case: 'CaseFrontmatter',
  guide: 'GuideFrontmatter',
  translation: 'TranslationFrontmatter',
  audit: 'AuditRecord',
};

type Json = Record<string, unknown>;
const pascal = (s: string) => s.replace(/(^|[-_])([a-z])/g, (_, __, c: string) => c.toUpperCase());
/** Local $defs whose names would be ambiguous in one file. */
const RENAME: Record<string, string> = {
  date: 'IsoDate',
  item: 'StandardItem',
  step: 'SopStep',
  term: 'Term',
  terms: 'Terms',
};
const typeName = (def: string) => RENAME[def] ?? pascal(def);

function refsToNames(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(refsToNames);
  if (!node || typeof node !== 'object') return node;
  const obj = node as Json;
  if (typeof obj.$ref === 'string') {
    const def = obj.$ref.split('/$defs/')[1] ?? '';
    const out: Json = { tsType: typeName(def) };
    if (typeof obj.description === 'string') out.description = obj.description;
    return out;
  }
  const out: Json = {};
  for (const [k, v] of Object.entries(obj)) {
    if (k === '$defs' || k === '$id' || k === '$schema') continue;
    // A field's `title` is its label in the form, not a type name (a property named title is an object here).
    if (k === 'title' && typeof v === 'string') continue;
    out[k] = refsToNames(v);
  }
  return out;
}

function load(name: string): Json {
  return JSON.parse(readFileSync(`${schemasDir}${name}.schema.json`, 'utf8')) as Json;
}

export async function generateTypes(): Promise<string> {
  const properties: Json = {};
  const names = new Map<string, string>();
  const addDefs = (schema: Json) => {
    for (const [def, body] of Object.entries((schema.$defs as Json | undefined) ?? {})) {
      const name = typeName(def);
      properties[`def_${name}`] = { ...(refsToNames(body) as Json), title: name };
      names.set(name, name);
    }
  };
  addDefs(load('defs'));
  for (const [kind, name] of Object.entries(KINDS)) {
    const schema = load(kind);
    addDefs(schema);
    properties[kind] = { ...(refsToNames(schema) as Json), title: name };
    names.set(name, name);
  }
  const ts = await compile(
    { title: 'TouchstoneSchemas', type: 'object', additionalProperties: false, properties } as never,
    'TouchstoneSchemas',
    {
      bannerComment: '/* Generated from schemas/ by scripts/generate-types.ts (npm run types). Do not edit by hand. */',
      additionalProperties: false,
      unreachableDefinitions: false,
      strictIndexSignatures: true,
      format: true,
      style: { singleQuote: true, printWidth: 120 },
      customName: (schema) => (typeof schema.title === 'string' ? names.get(schema.title) : undefined),
    },
  );
  // The synthetic root only exists to emit every named type once.
  return ts.replace(/\nexport interface TouchstoneSchemas \{[\s\S]*?\n\}\n/, '\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(OUTPUT, await generateTypes());
  console.log(`wrote ${OUTPUT}`);
}
