import { describe, expect, it } from 'vitest';
import { folderOf } from '../../../src/gate/files.ts';
import { KINDS, SCHEMAS, type Kind } from '../../../src/gate/schemas.ts';
import { REFERENCE_LABELS } from '../../../src/i18n/reference.ts';
import { constraintLabels, typeLabel } from '../../../src/schema/reference-labels.ts';
import {
  describeFields,
  referenceKinds,
  schemaReference,
  typeGlossary,
  type FieldDoc,
} from '../../../src/schema/schema-reference.ts';

type Json = Record<string, unknown>;

const docs = new Map(Object.values(SCHEMAS).map((s) => [s.$id as string, s]));
const sharedDefs = SCHEMAS.defs.$defs as Record<string, Json>;
/** Shared definitions the reference names instead of expanding. */
const scalars = new Set(['id', 'text', 'date', 'version', 'duration', 'threshold'].map((n) => sharedDefs[n]));

/**
 * An independent walk: every property path of a kind, following $refs, listing the fields of an
 * object definition once (at its first use) and not looking inside the shared scalars.
 */
function expectedFields(kind: Kind) {
  const out: { path: string; required: boolean; conditional: boolean }[] = [];
  const expanded = new Set<unknown>();
  const visit = (schema: Json, base: string, path: string, depth: number) => {
    expect(depth).toBeLessThan(20);
    const chain: { node: Json; base: string }[] = [{ node: schema, base }];
    while (typeof chain.at(-1)!.node.$ref === 'string') {
      const { node: n, base: b } = chain.at(-1)!;
      const [file, fragment] = (n.$ref as string).split('#');
      let target: unknown = docs.get(file || b);
      for (const part of fragment!.split('/').filter(Boolean)) target = (target as Json)[part];
      chain.push({ node: target as Json, base: file || b });
    }
    if (chain.some((c) => scalars.has(c.node))) return;
    const objectNode = chain.find((c) => c.node.properties);
    if (objectNode) {
      if (objectNode.node !== schema) {
        if (expanded.has(objectNode.node)) return;
        expanded.add(objectNode.node);
      }
      const required = (objectNode.node.required as string[] | undefined) ?? [];
      const then = ((objectNode.node.then as Json | undefined)?.required as string[] | undefined) ?? [];
      for (const [name, sub] of Object.entries(objectNode.node.properties as Json)) {
        const p = path ? `${path}.${name}` : name;
        out.push({ path: p, required: required.includes(name), conditional: then.includes(name) });
        visit(sub as Json, objectNode.base, p, depth + 1);
      }
      return;
    }
    const listNode = chain.find((c) => c.node.items);
    if (listNode) visit(listNode.node.items as Json, listNode.base, `${path}[]`, depth + 1);
  };
  visit(SCHEMAS[kind], kind + '.schema.json', '', 0);
  return out;
}

const field = (kind: Kind, path: string): FieldDoc => {
  const f = schemaReference(kind).fields.find((x) => x.path === path);
  if (!f) throw new Error(`${kind}: no field ${path}`);
  return f;
};

describe('schemaReference', () => {
  it('lists every kind, translation included, with its file and the schema title and description', () => {
    expect(referenceKinds()).toEqual([...KINDS]);
    expect(referenceKinds()).toContain('translation');
    for (const kind of referenceKinds()) {
      const ref = schemaReference(kind);
      expect(ref.kind).toBe(kind);
      expect(ref.title).toEqual({ 'zh-CN': SCHEMAS[kind]['x-title-zh-CN'], en: SCHEMAS[kind].title });
      expect(ref.description).toEqual({ 'zh-CN': SCHEMAS[kind]['x-description-zh-CN'], en: SCHEMAS[kind].description });
      const folder = folderOf(kind);
      if (folder) expect(ref.file.startsWith(`${folder}/`)).toBe(true);
    }
    expect(schemaReference('touchpoint').file).toBe('touchpoints/<id>.yaml');
    expect(schemaReference('handbook').file).toBe('handbook.yaml');
    expect(schemaReference('case').frontmatter).toBe(true);
    expect(schemaReference('translation').file).toContain('<locale>.mdx');
  });

  it.each([...KINDS])('%s: every property path appears exactly once, with the required flag of its schema', (kind) => {
    const expected = expectedFields(kind);
    const fields = schemaReference(kind).fields;
    const paths = fields.map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toEqual(expected.map((e) => e.path));
    for (const e of expected) {
      const f = fields.find((x) => x.path === e.path)!;
      expect({ path: e.path, required: f.required }).toEqual({ path: e.path, required: e.required });
      if (e.conditional) expect(f.constraints.some((c) => c.startsWith('required when'))).toBe(true);
    }
  });

  it.each([...KINDS])('%s: every field has a description, a type and a depth matching its path', (kind) => {
    for (const f of schemaReference(kind).fields) {
      expect(f.description.en.trim(), f.path).not.toBe('');
      expect(f.description['zh-CN'], f.path).toMatch(/[\u4e00-\u9fff]/);
      expect(f.title.en, f.path).not.toBe('');
      expect(f.title['zh-CN'], f.path).toMatch(/[\u4e00-\u9fff]|^ID$/);
      expect(f.type, f.path).not.toBe('');
      expect(f.type).toBe(typeLabel(f, 'en'));
      expect(f.constraints).toEqual(constraintLabels(f, 'en'));
      expect(typeLabel(f, 'zh-CN'), f.path).not.toBe('');
      expect(f.depth).toBe(f.path.split('.').length - 1);
    }
  });

  it('touchpoint: required and optional fields, the measured-threshold condition, enums and defaults', () => {
    for (const p of ['id', 'code', 'items', 'changelog', 'items[].id', 'items[].text'])
      expect(field('touchpoint', p).required, p).toBe(true);
    for (const p of ['summary', 'gradeOverride', 'items[].threshold', 'items[].answers', 'sops'])
      expect(field('touchpoint', p).required, p).toBe(false);

    const threshold = field('touchpoint', 'items[].threshold');
    expect(threshold.type).toBe('threshold');
    expect(threshold.constraints).toContain('required when answers is measured');
    expect(constraintLabels(threshold, 'zh-CN')).toContain('当 answers 为 measured 时必填');
    expect(threshold.description.en).toBe(
      'The measurable limit, such as >= 300 lux; required when answers is measured.',
    );
    expect(threshold.description['zh-CN']).toContain('>= 300 lux');
    expect(threshold.title).toEqual({ 'zh-CN': '量化阈值', en: 'Threshold' });
    expect(threshold.constraints.some((c) => c.startsWith('pattern'))).toBe(false);

    const critical = field('touchpoint', 'items[].critical');
    expect(critical.type).toBe('one of: none, section, audit');
    expect(critical.default).toBe('none');
    expect(field('touchpoint', 'items[].answers').type).toBe('one of: binary, graded, maturity, measured');
    expect(field('touchpoint', 'items[].weight')).toMatchObject({ type: 'number 0–1000', default: 1 });
    expect(field('touchpoint', 'items[].naAllowed')).toMatchObject({ type: 'true/false', default: true });
    expect(field('touchpoint', 'items')).toMatchObject({ type: 'list of items', constraints: ['at least 1 entry'] });
  });

  it('names shared definitions and uses a property’s own description over its definition’s', () => {
    expect(field('touchpoint', 'id').type).toBe('id');
    expect(field('touchpoint', 'title').type).toBe('text');
    expect(field('touchpoint', 'owner').type).toBe('text');
    expect(field('touchpoint', 'owner').description).toEqual({
      'zh-CN': (sharedDefs.owner as Json)['x-description-zh-CN'],
      en: (sharedDefs.owner as Json).description,
    });
    expect(field('touchpoint', 'effective').type).toBe('date (YYYY-MM-DD)');
    expect(field('touchpoint', 'version')).toMatchObject({ type: 'version', example: '1.2.0' });
    expect(field('touchpoint', 'items[].timeLimit').type).toBe('ISO 8601 duration');
    expect(field('touchpoint', 'code')).toMatchObject({ type: 'code', constraints: [] });
    expect(field('touchpoint', 'sops')).toMatchObject({
      type: 'list of ids',
      description: { en: 'Ids of the SOPs staff follow at this touchpoint.' },
    });
    expect(field('touchpoint', 'indicators').type).toBe('list of texts');
    expect(field('touchpoint', 'changelog').type).toBe('list of changelog entries');
    expect(field('touchpoint', 'questions').type).toBe('list of questions');
    expect(field('checklist', 'bands').type).toBe('list of bands');
    expect(field('checklist', 'purpose').type).toBe('one of: self-assessment, mystery-shopper, internal-audit');
    expect(field('checklist', 'purpose').description.en).toBe((sharedDefs.auditKind as Json).description);
    expect(field('sop', 'steps').type).toBe('list of steps');
    expect(field('sop', 'touchpoints').constraints).toEqual(['at least 1 entry', 'no duplicates']);
    expect(field('audit', 'standards').type).toBe('map of id → version');
    expect(field('guide', 'order')).toMatchObject({ type: 'whole number ≥ 0', default: 100 });
    expect(field('checklist', 'sections[].weight').type).toBe('number > 0, ≤ 1000');
    expect(field('handbook', 'scoring.passMark').type).toBe('number 0–100');
    expect(field('handbook', 'defaultLocale').type).toBe('one of: zh-CN, en');
    expect(field('handbook', 'locales').type).toBe('list, each one of: zh-CN, en');
    expect(field('case', 'tags').constraints).toEqual([
      'no duplicates',
      'each entry: not empty',
      'each entry: at most 40 characters',
    ]);
    // Scalars are not expanded: nothing below a text or an id.
    const paths = schemaReference('touchpoint').fields.map((f) => f.path);
    expect(paths.filter((p) => p.startsWith('title.') || p.startsWith('owner.') || p.startsWith('sops['))).toEqual([]);
  });

  it('expands the object definitions authors fill in once, at their first use', () => {
    const paths = schemaReference('touchpoint').fields.map((f) => f.path);
    expect(paths).toContain('changelog[].reason');
    expect(paths).toContain('questions[].options[].correct');
    expect(paths).toContain('items[].threshold');
    expect(schemaReference('sop').fields.map((f) => f.path)).toContain('steps[].escalation.to');
    expect(schemaReference('checklist').fields.map((f) => f.path)).toContain('bands[].min');

    const handbook = schemaReference('handbook').fields;
    expect(handbook.map((f) => f.path)).toContain('taxonomies.industries[].label');
    expect(handbook.some((f) => f.path.startsWith('taxonomies.categories['))).toBe(false);
    expect(field('handbook', 'taxonomies.categories').seeAlso).toBe('taxonomies.industries[]');
    expect(field('handbook', 'taxonomies.industries').seeAlso).toBeUndefined();
  });

  it('renders type words and headings in both locales', () => {
    expect(REFERENCE_LABELS['zh-CN'].field).toBe('字段');
    expect(REFERENCE_LABELS.en.required).toBe('Required');
    expect(Object.keys(REFERENCE_LABELS['zh-CN']).sort()).toEqual(Object.keys(REFERENCE_LABELS.en).sort());
    expect(typeLabel(field('touchpoint', 'title'), 'zh-CN')).toBe('文字（字符串或多语言映射）');
    expect(typeLabel(field('touchpoint', 'sops'), 'zh-CN')).toBe('id 列表');
    expect(typeLabel(field('touchpoint', 'effective'), 'zh-CN')).toBe('日期（YYYY-MM-DD）');
    expect(typeLabel(field('touchpoint', 'items[].critical'), 'zh-CN')).toBe('取值之一：none, section, audit');
    expect(typeLabel(field('touchpoint', 'changelog'), 'zh-CN')).toBe('变更记录列表');
    expect(typeLabel(field('touchpoint', 'items[].weight'), 'zh-CN')).toBe('数字 0–1000');
    expect(constraintLabels(field('touchpoint', 'items'), 'zh-CN')).toEqual(['至少 1 项']);
  });

  it('explains every named type in the glossary', () => {
    for (const entry of typeGlossary()) {
      expect(entry.description.en, entry.name).not.toBe('');
      expect(entry.description['zh-CN'], entry.name).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(typeGlossary().find((e) => e.name === 'threshold')?.description).toEqual({
      'zh-CN': (sharedDefs.threshold as Json)['x-description-zh-CN'],
      en: (sharedDefs.threshold as Json).description,
    });
  });
});

describe('recursion', () => {
  it('terminates on every kind', () => {
    for (const kind of referenceKinds()) expect(schemaReference(kind).fields.length).toBeLessThan(200);
  });

  it('stops at a self-referencing definition and points back to its first use', () => {
    const tree = {
      $id: 'tree.test.json',
      type: 'object',
      properties: { root: { $ref: '#/$defs/node', description: 'The root.' } },
      $defs: {
        node: {
          type: 'object',
          description: 'A node.',
          properties: {
            name: { $ref: 'defs.schema.json#/$defs/text', description: 'Name.' },
            children: { type: 'array', description: 'Children.', items: { $ref: '#/$defs/node' } },
            parent: { $ref: '#/$defs/node' },
          },
        },
        loop: { $ref: '#/$defs/loop' },
      },
    };
    const fields = describeFields(tree);
    expect(fields.map((f) => f.path)).toEqual(['root', 'root.name', 'root.children', 'root.parent']);
    expect(fields.find((f) => f.path === 'root.children')?.seeAlso).toBe('root');
    // A schema without zh-CN texts (this one) shows its English in both locales.
    expect(fields.find((f) => f.path === 'root.parent')).toMatchObject({
      seeAlso: 'root',
      description: { en: 'A node.', 'zh-CN': 'A node.' },
    });

    const loop = describeFields({
      $id: 'loop.test.json',
      type: 'object',
      properties: { x: { $ref: '#/$defs/a' } },
      $defs: { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } },
    });
    expect(loop.map((f) => f.path)).toEqual(['x']);
  });
});
