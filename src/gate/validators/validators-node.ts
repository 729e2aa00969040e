/**
 * The schemas compiled with ajv at runtime (node only: ajv's compiler is ~120 KB and generates
 * code with `new Function`). The gate itself validates with the standalone validators generated
 * from the same ajv set-up (scripts/compile-validators.ts → <kind>.generated.js); this module
 * is that set-up, for the generator and for tests that check both give the same diagnostics.
 */
import Ajv2020, { type Options, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { ANNOTATION_KEYWORDS, KINDS, SCHEMAS, type Kind } from '../../schema/schema-data.ts';
import { ZH_TEXT_KEYWORDS } from '../../schema/schema-text.ts';

/**
 * The options every validator is compiled with: all errors, with the failing schema and data
 * (the messages read them). Refs stay inlined (ajv's default): with `inlineRefs: false` the code
 * is a quarter smaller, but errors from a `$ref` under `propertyNames` lose their `propertyName`
 * and a bad map key is reported twice.
 */
export const AJV_OPTIONS = {
  allErrors: true,
  verbose: true,
  strict: true,
  strictRequired: false,
  allowUnionTypes: true,
} as const satisfies Options;

/** The only format the schemas use (ajv-formats' full `date`: a real calendar date). */
export const FORMATS = ['date'] as const;

/**
 * Registers the annotation keywords (`x-taxonomy`, `x-ref`, and the zh-CN title and description):
 * strict mode rejects unknown keywords, and these validate nothing (no code is generated for
 * them); their values are checked against the allowed names, or as non-empty text, when a schema
 * is added.
 */
export function addAnnotationKeywords(ajv: Ajv2020): Ajv2020 {
  for (const [keyword, values] of Object.entries(ANNOTATION_KEYWORDS)) {
    if (!ajv.getKeyword(keyword)) ajv.addKeyword({ keyword, metaSchema: { type: 'string', enum: [...values] } });
  }
  for (const keyword of Object.values(ZH_TEXT_KEYWORDS)) {
    if (!ajv.getKeyword(keyword)) ajv.addKeyword({ keyword, metaSchema: { type: 'string', minLength: 1 } });
  }
  return ajv;
}

/**
 * An ajv instance with the formats, the annotation keywords and every schema added (`schemas`,
 * by default the project's). `options` override AJV_OPTIONS.
 */
export function createAjv(options: Options = {}, schemas: Readonly<Record<string, object>> = SCHEMAS): Ajv2020 {
  const Ajv = ((Ajv2020 as unknown as { default?: typeof Ajv2020 }).default ?? Ajv2020) as typeof Ajv2020;
  const ajv = new Ajv({ ...AJV_OPTIONS, ...options });
  const formats = ((addFormats as unknown as { default?: typeof addFormats }).default ??
    addFormats) as typeof addFormats;
  formats(ajv, [...FORMATS]);
  addAnnotationKeywords(ajv);
  for (const schema of Object.values(schemas)) ajv.addSchema(schema);
  return ajv;
}

/** Every kind's validator, compiled now. */
export function compileValidators(options: Options = {}): Record<Kind, ValidateFunction> {
  const ajv = createAjv(options);
  return Object.fromEntries(KINDS.map((k) => [k, ajv.getSchema(`${k}.schema.json`)!])) as Record<
    Kind,
    ValidateFunction
  >;
}
