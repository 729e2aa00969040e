/* Generated from schemas/ by scripts/compile-validators.ts (npm run validators). Do not edit by hand. */
import type { SchemaValidator } from '../schema-errors.ts';

/** schemas/translation.schema.json */
export declare const validateTranslation: SchemaValidator;
