import { expect, it } from 'vitest';
import { KINDS, SCHEMAS } from '../../../src/gate/schemas.ts';

type Json = Record<string, unknown>;

/** Every property of every schema, with its path, walking nested objects, arrays and $defs. */
function properties(schema: unknown, path: string, out: { path: string; schema: Json }[] = []) {
  if (!schema || typeof schema !== 'object') return out;
  const s = schema as Json;
  for (const [name, sub] of Object.entries((s.properties as Json | undefined) ?? {})) {
    out.push({ path: `${path}.${name}`, schema: sub as Json });
    properties(sub, `${path}.${name}`, out);
  }
  if (s.items) properties(s.items, `${path}[]`, out);
  for (const [name, sub] of Object.entries((s.$defs as Json | undefined) ?? {}))
    properties(sub, `${path}#${name}`, out);
  return out;
}

function describedRef(ref: string): boolean {
  const [file, fragment] = ref.split('#');
  const base = file ? Object.values(SCHEMAS).find((x) => x.$id === file) : undefined;
  let node: unknown = base;
  for (const part of (fragment ?? '').split('/').filter(Boolean)) node = (node as Json | undefined)?.[part];
  return typeof (node as Json | undefined)?.description === 'string';
}

it('every property in every schema has a description (the editor and reference docs show them)', () => {
  const missing: string[] = [];
  for (const kind of [...KINDS, 'defs'] as const) {
    for (const p of properties(SCHEMAS[kind], kind)) {
      const own = typeof p.schema.description === 'string' && p.schema.description.length > 10;
      const viaRef = typeof p.schema.$ref === 'string' && describedRef(p.schema.$ref);
      if (!own && !viaRef) missing.push(p.path);
    }
  }
  expect(missing).toEqual([]);
});

it('every schema declares draft 2020-12, an $id, a title and a description', () => {
  for (const kind of [...KINDS, 'defs'] as const) {
    const s = SCHEMAS[kind];
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.$id).toBe(`${kind}.schema.json`);
    expect(typeof s.title).toBe('string');
    expect(typeof s.description).toBe('string');
  }
});

/** Every object node of a schema, with its JSON pointer. */
function nodes(node: unknown, pointer: string, out: { pointer: string; node: Json }[] = []) {
  if (!node || typeof node !== 'object') return out;
  if (!Array.isArray(node)) out.push({ pointer, node: node as Json });
  for (const [key, sub] of Object.entries(node as Json)) nodes(sub, `${pointer}/${key}`, out);
  return out;
}

const CJK = /[\u4e00-\u9fff]/;

it('every description and schema title has its zh-CN text beside it (the form, the hints and the reference show it)', () => {
  const missing: string[] = [];
  for (const kind of [...KINDS, 'defs'] as const) {
    for (const { pointer, node } of nodes(SCHEMAS[kind], kind)) {
      if (typeof node.description === 'string') {
        const zh = node['x-description-zh-CN'];
        if (typeof zh !== 'string' || !CJK.test(zh)) missing.push(`${pointer}/description`);
      } else if (node['x-description-zh-CN'] !== undefined)
        missing.push(`${pointer}: zh-CN without an English description`);
    }
    const zhTitle = SCHEMAS[kind]['x-title-zh-CN'];
    if (typeof zhTitle !== 'string' || !CJK.test(zhTitle)) missing.push(`${kind}/title`);
  }
  expect(missing).toEqual([]);
});

it('the same English description has the same zh-CN text wherever it is written', () => {
  const seen = new Map<string, string>();
  const differ: string[] = [];
  for (const kind of [...KINDS, 'defs'] as const) {
    for (const { node } of nodes(SCHEMAS[kind], kind)) {
      if (typeof node.description !== 'string' || typeof node['x-description-zh-CN'] !== 'string') continue;
      const before = seen.get(node.description);
      if (before !== undefined && before !== node['x-description-zh-CN'])
        differ.push(`${node.description}\n  ${before}\n  ${node['x-description-zh-CN']}`);
      seen.set(node.description, node['x-description-zh-CN']);
    }
  }
  expect(differ).toEqual([]);
});

it('every field has a short label in both languages (the form shows it beside the YAML name)', () => {
  const missing: string[] = [];
  const seen = new Map<string, string>();
  const differ: string[] = [];
  for (const kind of [...KINDS, 'defs'] as const) {
    for (const p of properties(SCHEMAS[kind], kind)) {
      const en = p.schema.title;
      const zh = p.schema['x-title-zh-CN'];
      if (typeof en !== 'string' || en.length === 0 || en.length > 40) missing.push(`${p.path}: title`);
      if (typeof zh !== 'string' || !(CJK.test(zh) || zh === 'ID') || zh.length > 16)
        missing.push(`${p.path}: x-title-zh-CN`);
      if (typeof en === 'string' && typeof zh === 'string') {
        const before = seen.get(en);
        if (before !== undefined && before !== zh) differ.push(`${en}: ${before} / ${zh}`);
        seen.set(en, zh);
      }
    }
  }
  expect(missing).toEqual([]);
  expect(differ).toEqual([]);
});
