/**
 * The schema check with every kind's validator at hand, synchronously: `touchstone check`, the
 * build and the tests, which check files of every kind. The browser gate (in-browser.ts) does not
 * import this module: it loads only the validator of the file it checks
 * (validators/load-validator.ts).
 */
import type { Diagnostic } from './diagnostics.ts';
import type { SchemaValidator } from './schema-errors.ts';
import { checkAgainstSchema, type Kind } from './schemas.ts';
import type { ParsedSource } from './source.ts';
import { validateAudit } from './validators/audit.generated.js';
import { validateCase } from './validators/case.generated.js';
import { validateChecklist } from './validators/checklist.generated.js';
import { validateGuide } from './validators/guide.generated.js';
import { validateHandbook } from './validators/handbook.generated.js';
import { validateSop } from './validators/sop.generated.js';
import { validateTouchpoint } from './validators/touchpoint.generated.js';
import { validateTranslation } from './validators/translation.generated.js';

/** The generated standalone validator of each kind. */
export const VALIDATORS: Record<Kind, SchemaValidator> = {
  handbook: validateHandbook,
  touchpoint: validateTouchpoint,
  sop: validateSop,
  checklist: validateChecklist,
  case: validateCase,
  guide: validateGuide,
  translation: validateTranslation,
  audit: validateAudit,
};

/** Runs the kind's schema and returns diagnostics located in the source. */
export function validateAgainstSchema(kind: Kind, source: ParsedSource): Diagnostic[] {
  return checkAgainstSchema(kind, VALIDATORS[kind], source);
}
