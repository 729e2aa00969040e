/**
 * The editor's form model follows the schemas: every property in schema order, required flags,
 * the input kind, taxonomy and ref annotations; and optionsFor offers the handbook's values.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyEdits } from '../../../src/editor/yaml-edit/apply.ts';
import { diffData } from '../../../src/editor/yaml-edit/diff.ts';
import { allFields, formModel, optionsFor, type Field } from '../../../src/editor/form-model.ts';
import { loadHandbook } from '../../../src/gate/load-handbook.ts';
import { handbookIndex } from '../../../src/gate/handbook-index.ts';
import { localize } from '../../../src/i18n/locale.ts';
import { describeFields } from '../../../src/schema/schema-reference.ts';
import { SCHEMAS, type Kind } from '../../../src/gate/schemas.ts';
import { REPO } from '../../helpers/fixtures.ts';

const FORM_KINDS = ['touchpoint', 'sop', 'checklist', 'case', 'guide'] as const satisfies readonly Kind[];

/** The kind of the YAML files in a folder of the example handbook. */
const FOLDER_KIND = { touchpoints: 'touchpoint', sops: 'sop', checklists: 'checklist' } as const;

/** The field at a dotted path ('items.*.tier'). */
function field(kind: Kind, path: string): Field {
  const found = allFields(formModel(kind)).find((f) => f.path.join('.') === path);
  if (!found) throw new Error(`no field ${path} in ${kind}`);
  return found;
}

/** Every property path of a schema, resolving $refs (raw JSON, independent of the walkers). */
function schemaPaths(kind: Kind): string[] {
  const docs = new Map(Object.values(SCHEMAS).map((s) => [s['$id'] as string, s]));
  const out: string[] = [];
  const resolve = (node: Record<string, unknown>, base: string): [Record<string, unknown>, string][] => {
    const chain: [Record<string, unknown>, string][] = [[node, base]];
    let cur = node;
    let b = base;
    while (typeof cur['$ref'] === 'string') {
      const [file, fragment = ''] = (cur['$ref'] as string).split('#');
      b = file || b;
      let next: unknown = docs.get(b);
      for (const part of fragment.split('/').filter(Boolean)) next = (next as Record<string, unknown>)[part];
      cur = next as Record<string, unknown>;
      chain.push([cur, b]);
    }
    return chain;
  };
  const walk = (node: Record<string, unknown>, base: string, prefix: string, depth: number) => {
    if (depth > 8) return;
    for (const [n, b] of resolve(node, base)) {
      for (const [name, sub] of Object.entries((n['properties'] ?? {}) as Record<string, Record<string, unknown>>)) {
        out.push(`${prefix}${name}`);
        walk(sub, b, `${prefix}${name}.`, depth + 1);
      }
      if (n['items'] && typeof n['items'] === 'object')
        walk(
          n['items'] as Record<string, unknown>,
          b,
          `${prefix.replace(/\.$/, '')}.*.`.replace(/^\.\*\./, '*.'),
          depth + 1,
        );
    }
  };
  walk(SCHEMAS[kind], SCHEMAS[kind]['$id'] as string, '', 0);
  return [...new Set(out)];
}

describe.each(FORM_KINDS)('formModel(%s)', (kind) => {
  const fields = formModel(kind);
  const paths = allFields(fields).map((f) => f.path.join('.'));

  it('lists the top-level properties in schema order, but for `$schema`', () => {
    expect(fields.map((f) => f.key)).toEqual(
      Object.keys(SCHEMAS[kind]['properties'] as object).filter((k) => k !== '$schema'),
    );
    expect(fields.map((f) => f.label)).toEqual(fields.map((f) => f.key));
  });

  it('has a field for every property of the schema, at any depth', () => {
    const want = schemaPaths(kind).filter((p) => p !== '$schema');
    expect(want.length).toBeGreaterThan(3);
    for (const p of want) expect(paths, p).toContain(p);
    // and the field reference lists no field the form lacks
    for (const doc of describeFields(SCHEMAS[kind]).filter((d) => d.path !== '$schema'))
      expect(paths, doc.path).toContain(doc.path.replaceAll('[]', '.*'));
  });

  it('marks required fields as the schema requires them, top level and inside lists', () => {
    const required = (SCHEMAS[kind]['required'] as string[] | undefined) ?? [];
    for (const f of fields) expect(f.required, f.key).toBe(required.includes(f.key));
  });

  it('gives every field a description, a path template and a kind', () => {
    for (const f of allFields(fields)) {
      expect(f.description.en, f.path.join('.')).not.toBe('');
      expect(f.description['zh-CN'], f.path.join('.')).toMatch(/[\u4e00-\u9fff]/);
      expect(f.title.en, f.path.join('.')).not.toBe('');
      expect(f.title['zh-CN'], f.path.join('.')).toMatch(/[\u4e00-\u9fff]|^ID$/);
      expect(f.path[f.path.length - 1]).toBe(f.key);
      if (f.kind === 'object' || (f.kind === 'list' && !f.item)) expect(f.fields, f.path.join('.')).toBeDefined();
      if (f.kind === 'idList' || f.kind === 'tags') expect(f.item, f.path.join('.')).toBeDefined();
      if (f.kind === 'taxonomy') expect(f.taxonomy).toBeDefined();
      if (f.kind === 'ref') expect(f.ref).toBeDefined();
    }
  });

  it('is the same array on every call', () => {
    expect(formModel(kind)).toBe(fields);
  });
});

describe('field kinds', () => {
  it('taxonomy values and references, from the schema annotations', () => {
    const taxonomies: [Kind, string, string][] = [
      ['touchpoint', 'industry', 'industries'],
      ['touchpoint', 'category', 'categories'],
      ['touchpoint', 'journeyStage', 'journeyStages'],
      ['touchpoint', 'channel', 'channels'],
      ['touchpoint', 'impact', 'grading.levels'],
      ['touchpoint', 'frequency', 'grading.levels'],
      ['touchpoint', 'gradeOverride.grade', 'grading.grades'],
      ['touchpoint', 'items.*.dimension', 'dimensions'],
      ['touchpoint', 'items.*.tier', 'tiers'],
      ['sop', 'tier', 'tiers'],
      ['checklist', 'industry', 'industries'],
      ['case', 'industry', 'industries'],
    ];
    for (const [kind, path, taxonomy] of taxonomies) {
      expect(field(kind, path), `${kind} ${path}`).toMatchObject({ kind: 'taxonomy', taxonomy });
    }
    const refs: [Kind, string, string, string][] = [
      ['touchpoint', 'sops', 'idList', 'sop'],
      ['touchpoint', 'cases', 'idList', 'case'],
      ['sop', 'touchpoints', 'idList', 'touchpoint'],
      ['sop', 'steps.*.actor', 'ref', 'role'],
      ['sop', 'steps.*.accountable', 'ref', 'role'],
      ['sop', 'steps.*.consulted', 'idList', 'role'],
      ['sop', 'steps.*.informed', 'idList', 'role'],
      ['sop', 'steps.*.escalation.to', 'ref', 'role'],
      ['sop', 'steps.*.branches.*.goto', 'ref', 'step'],
      ['checklist', 'sections.*.touchpoint', 'ref', 'touchpoint'],
      ['checklist', 'sections.*.items', 'idList', 'item'],
      ['case', 'touchpoints', 'idList', 'touchpoint'],
      ['case', 'sops', 'idList', 'sop'],
      ['audit', 'checklist', 'ref', 'checklist'],
      ['audit', 'touchpoints', 'idList', 'touchpoint'],
      ['audit', 'responses.*.touchpoint', 'ref', 'touchpoint'],
      ['audit', 'responses.*.item', 'ref', 'item'],
    ];
    for (const [kind, path, fieldKind, ref] of refs) {
      const f = field(kind, path);
      expect(f, `${kind} ${path}`).toMatchObject({ kind: fieldKind, ref });
      if (fieldKind === 'idList')
        expect(f.item, `${kind} ${path}`).toMatchObject({ kind: 'ref', ref, path: [...f.path, '*'] });
    }
    // Every annotated field is one of those: nothing else is a taxonomy or a ref.
    const annotated = FORM_KINDS.flatMap((k) =>
      allFields(formModel(k))
        .filter((f) => (f.taxonomy || f.ref) && f.key !== '*')
        .map((f) => `${k} ${f.path.join('.')}`),
    );
    expect(annotated.sort()).toEqual(
      [
        ...taxonomies.map(([k, p]) => `${k} ${p}`),
        ...refs.filter(([k]) => k !== 'audit').map(([k, p]) => `${k} ${p}`),
      ].sort(),
    );
  });

  it('text, formats, enums, numbers, lists', () => {
    expect(field('touchpoint', 'title')).toMatchObject({ kind: 'text', required: true });
    expect(field('touchpoint', 'owner')).toMatchObject({
      kind: 'text',
      description: {
        en: expect.stringContaining('department responsible'),
        'zh-CN': expect.stringContaining('责任部门'),
      },
    });
    expect(field('touchpoint', 'id')).toMatchObject({ kind: 'id', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', max: 80 });
    expect(field('touchpoint', 'code')).toMatchObject({ kind: 'code' });
    expect(field('touchpoint', 'version')).toMatchObject({ kind: 'version' });
    expect(field('touchpoint', 'effective')).toMatchObject({ kind: 'date' });
    expect(field('touchpoint', 'items.*.threshold')).toMatchObject({ kind: 'threshold', required: false });
    expect(field('touchpoint', 'items.*.timeLimit')).toMatchObject({ kind: 'duration' });
    expect(field('touchpoint', 'items.*.critical')).toMatchObject({
      kind: 'enum',
      enum: ['none', 'section', 'audit'],
      default: 'none',
    });
    expect(field('touchpoint', 'items.*.weight')).toMatchObject({ kind: 'number', min: 0, default: 1 });
    expect(field('touchpoint', 'items.*.naAllowed')).toMatchObject({ kind: 'boolean', default: true });
    expect(field('touchpoint', 'items')).toMatchObject({ kind: 'list', required: true, min: 1 });
    expect(field('touchpoint', 'items').fields!.map((f) => f.key)).toEqual([
      'id',
      'text',
      'dimension',
      'tier',
      'weight',
      'critical',
      'answers',
      'naAllowed',
      'threshold',
      'check',
      'evidence',
      'timeLimit',
    ]);
    expect(
      field('touchpoint', 'items')
        .fields!.filter((f) => f.required)
        .map((f) => f.key),
    ).toEqual(['id', 'text', 'dimension', 'tier']);
    expect(field('touchpoint', 'indicators')).toMatchObject({
      kind: 'list',
      item: { kind: 'text', path: ['indicators', '*'] },
    });
    expect(field('touchpoint', 'gradeOverride')).toMatchObject({ kind: 'object', required: false });
    expect(field('touchpoint', 'gradeOverride').fields!.map((f) => [f.key, f.required])).toEqual([
      ['grade', true],
      ['reason', true],
    ]);
    expect(field('sop', 'steps.*.escalation')).toMatchObject({ kind: 'object' });
    expect(field('sop', 'steps')).toMatchObject({ kind: 'list', path: ['steps'] });
    expect(field('sop', 'steps.*.branches.*.goto').path).toEqual(['steps', '*', 'branches', '*', 'goto']);
    expect(field('checklist', 'purpose')).toMatchObject({
      kind: 'enum',
      enum: ['self-assessment', 'mystery-shopper', 'internal-audit'],
      required: true,
    });
    expect(field('case', 'tags')).toMatchObject({ kind: 'tags', item: { kind: 'plain', max: 40 } });
    expect(field('case', 'figures.*.after')).toMatchObject({ kind: 'number', required: true });
    expect(field('guide', 'order')).toMatchObject({ kind: 'integer', min: 0, default: 100 });
  });
});

describe('optionsFor', () => {
  const model = loadHandbook(join(REPO, 'standards')).model!;
  const index = handbookIndex(model);
  const config = model.config;

  it("taxonomy fields: the handbook's terms, labelled in the locale asked for", () => {
    for (const locale of ['zh-CN', 'en']) {
      expect(optionsFor(field('touchpoint', 'industry'), index, {}, locale)).toEqual(
        config.taxonomies.industries.map((t) => ({
          value: t.id,
          label: localize(t.label, locale, config.defaultLocale).text,
        })),
      );
    }
    const en = optionsFor(field('touchpoint', 'items.*.tier'), index, {}, 'en');
    const zh = optionsFor(field('touchpoint', 'items.*.tier'), index, {}, 'zh-CN');
    expect(en.map((o) => o.value)).toEqual(config.taxonomies.tiers.map((t) => t.id));
    expect(en.map((o) => o.label)).not.toEqual(zh.map((o) => o.label));
    expect(optionsFor(field('touchpoint', 'impact'), index, {}, 'en').map((o) => o.value)).toEqual(
      config.grading.levels.map((l) => l.id),
    );
    expect(optionsFor(field('touchpoint', 'gradeOverride.grade'), index, {}, 'en').map((o) => o.value)).toEqual(
      config.grading.grades.map((g) => g.id),
    );
  });

  it("references: the handbook's entities of that kind, by title", () => {
    const tps = optionsFor(field('sop', 'touchpoints'), index, {}, 'en');
    expect(tps.map((o) => o.value).sort()).toEqual([...model.touchpoints.keys()].sort());
    const gate = model.touchpoints.get('pm-pedestrian-gate')!.data;
    expect(tps.find((o) => o.value === 'pm-pedestrian-gate')!.label).toBe(
      localize(gate.title, 'en', config.defaultLocale).text,
    );
    expect(
      optionsFor(field('touchpoint', 'sops.*'), index, {}, 'en')
        .map((o) => o.value)
        .sort(),
    ).toEqual([...model.sops.keys()].sort());
    expect(
      optionsFor(field('touchpoint', 'cases'), index, {}, 'en')
        .map((o) => o.value)
        .sort(),
    ).toEqual([...model.cases.keys()].sort());
    expect(
      optionsFor(field('audit', 'checklist'), index, {}, 'en')
        .map((o) => o.value)
        .sort(),
    ).toEqual([...model.checklists.keys()].sort());
  });

  it("a checklist section's items: the item ids of the touchpoint the section names", () => {
    const checklist = model.checklists.get('cl-pm-entrance-mystery')!.data;
    const items = field('checklist', 'sections.*.items');
    checklist.sections.forEach((section, i) => {
      const want = model.touchpoints.get(section.touchpoint)!.data.items.map((it) => it.id);
      const concrete = { ...items, path: ['sections', i, 'items'] };
      expect(optionsFor(concrete, index, checklist, 'en').map((o) => o.value)).toEqual(want);
      expect(
        optionsFor({ ...items.item!, path: ['sections', i, 'items', '*'] }, index, checklist, 'en').map((o) => o.value),
      ).toEqual(want);
    });
    // With the template path: the items of every section's touchpoint.
    const all = optionsFor(items, index, checklist, 'en').map((o) => o.value);
    expect(all.length).toBe(
      new Set(checklist.sections.flatMap((s) => model.touchpoints.get(s.touchpoint)!.data.items.map((it) => it.id)))
        .size,
    );
    // A section whose touchpoint is not (yet) chosen or unknown offers nothing.
    expect(optionsFor({ ...items, path: ['sections', 0, 'items'] }, index, { sections: [{ id: 'x' }] }, 'en')).toEqual(
      [],
    );
    expect(
      optionsFor(
        { ...items, path: ['sections', 0, 'items'] },
        index,
        { sections: [{ id: 'x', touchpoint: 'nope' }] },
        'en',
      ),
    ).toEqual([]);
  });

  it("roles and steps: from the same SOP's data", () => {
    const sop = model.sops.get('sop-complaint-loop')!.data;
    const actor = optionsFor(field('sop', 'steps.*.actor'), index, sop, 'en');
    expect(actor.map((o) => o.value)).toEqual(sop.roles.map((r) => r.id));
    expect(actor[0]!.label).toBe(localize(sop.roles[0]!.name, 'en', config.defaultLocale).text);
    expect(optionsFor(field('sop', 'steps.*.consulted'), index, sop, 'zh-CN').map((o) => o.value)).toEqual(
      sop.roles.map((r) => r.id),
    );
    expect(optionsFor(field('sop', 'steps.*.escalation.to'), index, sop, 'en').map((o) => o.value)).toEqual(
      sop.roles.map((r) => r.id),
    );
    expect(optionsFor(field('sop', 'steps.*.branches.*.goto'), index, sop, 'en').map((o) => o.value)).toEqual(
      sop.steps.map((s) => s.id),
    );
    // Roles added in the form show up at once: they come from the data being edited.
    const edited = { ...sop, roles: [...sop.roles, { id: 'new-role', name: 'New' }] };
    expect(optionsFor(field('sop', 'steps.*.actor'), index, edited, 'en').map((o) => o.value)).toContain('new-role');
  });

  it('other fields have no options', () => {
    expect(optionsFor(field('touchpoint', 'title'), index, {}, 'en')).toEqual([]);
    expect(optionsFor(field('touchpoint', 'items.*.critical'), index, {}, 'en')).toEqual([]);
  });
});

describe('`$schema`: a pointer for text editors, not a field of the form', () => {
  const withSchemaKey = (['touchpoint', 'sop', 'checklist', 'handbook', 'audit'] as const).filter(
    (kind) => '$schema' in (SCHEMAS[kind]['properties'] as object),
  );

  it('every schema that allows `$schema` still has it, and no form shows it, at any depth', () => {
    expect(withSchemaKey).toEqual(['touchpoint', 'sop', 'checklist', 'handbook', 'audit']);
    for (const kind of [...FORM_KINDS, ...withSchemaKey])
      expect(
        allFields(formModel(kind)).filter((f) => f.key === '$schema' || f.path.includes('$schema')),
        kind,
      ).toEqual([]);
  });

  // The form writes only what differs between the data and the data with its fields changed
  // (EditorState.update: diffData, then lossless edits). Even a form that cleared every field it
  // shows leaves the file's `$schema` line as it was.
  const files = (['touchpoints', 'sops', 'checklists'] as const).flatMap((dir) =>
    readdirSync(join(REPO, 'standards', dir))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => ({ kind: FOLDER_KIND[dir], file: `${dir}/${f}` })),
  );

  it.each(files)('$file: clearing the form keeps the line naming the schema', ({ kind, file }) => {
    const original = readFileSync(join(REPO, 'standards', file), 'utf8');
    const line = `$schema: ../../schemas/${kind}.schema.json\n`;
    const text = line + original;
    const data = parse(text) as Record<string, unknown>;
    const cleared = Object.fromEntries(
      Object.entries(data).filter(([key]) => !formModel(kind).some((f) => f.key === key)),
    );
    const after = applyEdits(text, diffData(data, cleared));
    expect(after.startsWith(line), after.slice(0, 200)).toBe(true);
    expect(parse(after)).toEqual({ $schema: `../../schemas/${kind}.schema.json` });
  });
});
