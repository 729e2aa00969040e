/** The JSON Schemas in schemas/ by kind: the source of truth for the content model. No code runs here. */
import defsSchema from '../../schemas/defs.schema.json' with { type: 'json' };
import handbookSchema from '../../schemas/handbook.schema.json' with { type: 'json' };
import touchpointSchema from '../../schemas/touchpoint.schema.json' with { type: 'json' };
import sopSchema from '../../schemas/sop.schema.json' with { type: 'json' };
import checklistSchema from '../../schemas/checklist.schema.json' with { type: 'json' };
import caseSchema from '../../schemas/case.schema.json' with { type: 'json' };
import guideSchema from '../../schemas/guide.schema.json' with { type: 'json' };
import translationSchema from '../../schemas/translation.schema.json' with { type: 'json' };
import auditSchema from '../../schemas/audit.schema.json' with { type: 'json' };

/** A JSON Schema (or a node of one) as plain data. */
export type Schema = Record<string, unknown>;

export type Kind = 'handbook' | 'touchpoint' | 'sop' | 'checklist' | 'case' | 'guide' | 'translation' | 'audit';
export const KINDS: readonly Kind[] = [
  'handbook',
  'touchpoint',
  'sop',
  'checklist',
  'case',
  'guide',
  'translation',
  'audit',
];

export const SCHEMAS: Record<Kind | 'defs', Schema> = {
  defs: defsSchema,
  handbook: handbookSchema,
  touchpoint: touchpointSchema,
  sop: sopSchema,
  checklist: checklistSchema,
  case: caseSchema,
  guide: guideSchema,
  translation: translationSchema,
  audit: auditSchema,
};

/**
 * Annotation keywords on the fields that hold a taxonomy value or an entity id (annotation only:
 * they validate nothing, ajv is told to accept them, and the gate's rules do not read them; the
 * editor's form model does). `x-taxonomy` names the handbook list the value comes from;
 * `x-ref` the kind of thing the id names (on an id list: each entry). `item` ids belong to the
 * touchpoint named beside them; `role` and `step` ids to the same SOP.
 */
export const TAXONOMY_NAMES = [
  'industries',
  'categories',
  'journeyStages',
  'channels',
  'dimensions',
  'tiers',
  'grading.levels',
  'grading.grades',
] as const;
export type TaxonomyName = (typeof TAXONOMY_NAMES)[number];
export const REF_KINDS = ['touchpoint', 'sop', 'case', 'checklist', 'item', 'role', 'step'] as const;
export type RefKind = (typeof REF_KINDS)[number];
/** The annotation keywords and the values each allows (the meta-schema ajv checks them with). */
export const ANNOTATION_KEYWORDS: Readonly<Record<'x-taxonomy' | 'x-ref', readonly string[]>> = {
  'x-taxonomy': TAXONOMY_NAMES,
  'x-ref': REF_KINDS,
};

/** The name of a kind's validator in its validators/<kind>.generated.js: validateAudit. */
export function validatorName(kind: Kind): string {
  return `validate${kind[0]!.toUpperCase()}${kind.slice(1)}`;
}

/** A short hash of the schemas (FNV-1a over their JSON): the generated validators record the one they were built from. */
export function schemasHash(schemas: Readonly<Record<string, unknown>> = SCHEMAS): string {
  const text = JSON.stringify(schemas);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
