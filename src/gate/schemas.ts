/**
 * The JSON Schemas in schemas/ and the gate's schema check, without ajv: validation runs the
 * standalone validators that scripts/compile-validators.ts generates from these schemas into
 * validators/<kind>.generated.js (`npm run validators`; a test fails when they are stale), and
 * schema-errors.ts turns their errors into diagnostics. The same code runs in node (CLI, build,
 * tests) and in the browser; validators-node.ts compiles the schemas with ajv at runtime, for the
 * generator and for tests that compare the two.
 *
 * This module takes the validator as an argument and imports none: the browser gate loads only the
 * one of the file's kind (validators/load-validator.ts), `touchstone check` and the build have them
 * all (schema-validators.ts validateAgainstSchema).
 */
import type { Diagnostic } from './diagnostics.ts';
import {
  checkWithValidator,
  mapSchemaErrors,
  resolveRef,
  type SchemaError,
  type SchemaValidator,
} from './schema-errors.ts';
import { KINDS, SCHEMAS, schemasHash, validatorName, type Kind, type Schema } from '../schema/schema-data.ts';
import type { ParsedSource } from './source.ts';
import { SCHEMAS_HASH } from './validators/shared.generated.js';

export type { Schema, SchemaError, SchemaValidator };

export { KINDS, SCHEMAS, schemasHash, validatorName, type Kind };

let fresh = false;
/** Refuses to validate with validators generated from other schemas than the ones in schemas/. */
function assertFresh(): void {
  if (fresh) return;
  if (schemasHash() !== SCHEMAS_HASH) {
    throw new Error(
      'The validators in src/gate/validators/ were generated from other schemas than those in schemas/: run `npm run validators`.',
    );
  }
  fresh = true;
}

// Annotated so that bundlers drop it (and every schema) from code that does not validate by kind.
const ALL: readonly Schema[] = /* @__PURE__ */ Object.values(SCHEMAS);

/** Runs the kind's validator (its generated one) and returns diagnostics located in the source. */
export function checkAgainstSchema(kind: Kind, validate: SchemaValidator, source: ParsedSource): Diagnostic[] {
  assertFresh();
  return checkWithValidator(validate, kind, source, ALL);
}

/** A validator's errors (ajv's, runtime or standalone) as the gate's diagnostics. */
export function mapErrors(kind: Kind, errors: readonly SchemaError[], source: ParsedSource): Diagnostic[] {
  return mapSchemaErrors(kind, errors, source, ALL);
}

/** textPaths() per kind: the schemas do not change while the process runs, and the gate asks for every file. */
const TEXT_PATHS = new Map<Kind, string[][]>();

/**
 * JSON paths (with '*' for any array index) of every localized text field in a kind's schema:
 * the places where a locale map may appear.
 */
export function textPaths(kind: Kind): readonly (readonly string[])[] {
  let found = TEXT_PATHS.get(kind);
  if (found) return found;
  found = [];
  TEXT_PATHS.set(kind, found);
  const walk = (schema: unknown, path: string[], depth: number) => {
    if (!schema || typeof schema !== 'object' || depth > 12) return;
    const s = schema as Schema;
    if (typeof s.$ref === 'string') {
      if (s.$ref.endsWith('#/$defs/text')) {
        found!.push(path);
        return;
      }
      const target = s.$ref.startsWith('#')
        ? resolveRef(`${SCHEMAS[kind].$id as string}${s.$ref}`, ALL)
        : resolveRef(s.$ref, ALL);
      walk(target, path, depth + 1);
    }
    if (s.properties) for (const [k, v] of Object.entries(s.properties as Schema)) walk(v, [...path, k], depth + 1);
    if (s.items) walk(s.items, [...path, '*'], depth + 1);
  };
  walk(SCHEMAS[kind], [], 0);
  return found;
}
