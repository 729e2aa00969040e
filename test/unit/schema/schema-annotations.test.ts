/**
 * `x-taxonomy` / `x-ref` annotate the fields that hold taxonomy values and entity ids (the
 * editor's form model reads them). They are annotation keywords: ajv (strict) accepts them with
 * the allowed values only, they validate nothing, and the gate's rules do not read them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadHandbook } from '../../../src/gate/load-handbook.ts';
import { ANNOTATION_KEYWORDS, KINDS, SCHEMAS, type Kind } from '../../../src/schema/schema-data.ts';
import { compileValidators, createAjv } from '../../../src/gate/validators/validators-node.ts';
import { buildFixture, REPO } from '../../helpers/fixtures.ts';

type Json = Record<string, unknown>;

/** Every annotated property: `kind path` → `keyword=value`. */
function annotations(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (kind: string, node: unknown, path: string) => {
    if (!node || typeof node !== 'object') return;
    const s = node as Json;
    for (const keyword of Object.keys(ANNOTATION_KEYWORDS))
      if (typeof s[keyword] === 'string') out[`${kind} ${path}`] = `${keyword}=${s[keyword] as string}`;
    for (const [name, sub] of Object.entries((s['properties'] as Json | undefined) ?? {}))
      walk(kind, sub, path ? `${path}.${name}` : name);
    if (s['items']) walk(kind, s['items'], `${path}[]`);
    for (const [name, sub] of Object.entries((s['$defs'] as Json | undefined) ?? {})) walk(kind, sub, `#${name}`);
  };
  for (const kind of [...KINDS, 'defs'] as const) walk(kind, SCHEMAS[kind], '');
  return out;
}

it('every field that holds a taxonomy value or an entity id is annotated, and nothing else', () => {
  const t = (v: string) => `x-taxonomy=${v}`;
  const r = (v: string) => `x-ref=${v}`;
  expect(annotations()).toEqual({
    'touchpoint industry': t('industries'),
    'touchpoint category': t('categories'),
    'touchpoint journeyStage': t('journeyStages'),
    'touchpoint channel': t('channels'),
    'touchpoint impact': t('grading.levels'),
    'touchpoint frequency': t('grading.levels'),
    'touchpoint gradeOverride.grade': t('grading.grades'),
    'touchpoint #item.dimension': t('dimensions'),
    'touchpoint #item.tier': t('tiers'),
    'touchpoint sops': r('sop'),
    'touchpoint cases': r('case'),
    'sop touchpoints': r('touchpoint'),
    'sop tier': t('tiers'),
    'sop #step.actor': r('role'),
    'sop #step.accountable': r('role'),
    'sop #step.consulted': r('role'),
    'sop #step.informed': r('role'),
    'sop #step.escalation.to': r('role'),
    'sop #step.branches[].goto': r('step'),
    'checklist industry': t('industries'),
    'checklist sections[].touchpoint': r('touchpoint'),
    'checklist sections[].items': r('item'),
    'case industry': t('industries'),
    'case touchpoints': r('touchpoint'),
    'case sops': r('sop'),
    'audit checklist': r('checklist'),
    'audit touchpoints': r('touchpoint'),
    'audit responses[].touchpoint': r('touchpoint'),
    'audit responses[].item': r('item'),
    'handbook grading.matrix[].impact': t('grading.levels'),
    'handbook grading.matrix[].frequency': t('grading.levels'),
    'handbook grading.matrix[].grade': t('grading.grades'),
  });
});

it('ajv stays strict: the annotations are accepted with known values only, other unknown keywords still fail', () => {
  expect(() => compileValidators()).not.toThrow();
  const schema = (extra: Json) => ({ type: 'object', properties: { a: { type: 'string', ...extra } } });
  expect(() => createAjv().compile(schema({ 'x-ref': 'touchpoint' }))).not.toThrow();
  expect(() => createAjv().compile(schema({ 'x-ref': 'building' }))).toThrow();
  expect(() => createAjv().compile(schema({ 'x-taxonomy': 'colours' }))).toThrow();
  expect(() => createAjv().compile(schema({ 'x-unknown': 'x' }))).toThrow(/strict mode|unknown keyword/);
});

it('the annotations validate nothing: a value that is no known id passes the schema (the rules report it)', () => {
  const validate = compileValidators().sop;
  const base = {
    id: 's',
    title: 't',
    touchpoints: ['nowhere'],
    tier: 'no-such-tier',
    trigger: 't',
    owner: 'o',
    version: '1.0',
    effective: '2026-01-01',
    changelog: [{ version: '1.0', date: '2026-01-01', reason: 'r' }],
    roles: [{ id: 'a', name: 'A' }],
    steps: [{ id: 'x', actor: 'nobody', action: 'go', branches: [{ when: 'w', goto: 'nowhere' }] }],
  };
  expect(validate(base), JSON.stringify(validate.errors)).toBe(true);
});

it('the gate does not read the annotations: its diagnostics are the same with them stripped from the schemas', () => {
  for (const file of [
    'src/gate/rules.ts',
    'src/gate/load-handbook.ts',
    'src/gate/schemas.ts',
    'src/gate/schema-errors.ts',
  ]) {
    expect(readFileSync(join(REPO, file), 'utf8'), file).not.toMatch(/x-taxonomy|x-ref|ANNOTATION_KEYWORDS/);
  }
  const before = JSON.stringify(loadHandbook(join(REPO, 'standards'), { today: '2031-01-01' }).diagnostics);
  const fixture = buildFixture('unknown-taxonomy');
  const strip = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    for (const k of Object.keys(ANNOTATION_KEYWORDS)) delete (node as Json)[k];
    Object.values(node as Json).forEach(strip);
  };
  const saved = structuredClone(SCHEMAS);
  try {
    const fixtureBefore = JSON.stringify(loadHandbook(fixture.dir, { today: '2026-11-22' }).diagnostics);
    for (const kind of KINDS as readonly Kind[]) strip(SCHEMAS[kind]);
    expect(JSON.stringify(loadHandbook(join(REPO, 'standards'), { today: '2031-01-01' }).diagnostics)).toBe(before);
    expect(JSON.stringify(loadHandbook(fixture.dir, { today: '2026-11-22' }).diagnostics)).toBe(fixtureBefore);
  } finally {
    for (const kind of KINDS) Object.assign(SCHEMAS[kind], saved[kind]);
    fixture.cleanup();
  }
});
