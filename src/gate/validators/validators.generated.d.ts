/* Generated from schemas/ by scripts/compile-validators.ts (npm run validators). Do not edit by hand. */
import type { SchemaValidator } from '../schema-errors.ts';

export declare const SCHEMAS_HASH: string;
/** schemas/handbook.schema.json */
export declare const validateHandbook: SchemaValidator;
/** schemas/touchpoint.schema.json */
export declare const validateTouchpoint: SchemaValidator;
/** schemas/sop.schema.json */
export declare const validateSop: SchemaValidator;
/** schemas/checklist.schema.json */
export declare const validateChecklist: SchemaValidator;
/** schemas/case.schema.json */
export declare const validateCase: SchemaValidator;
/** schemas/guide.schema.json */
export declare const validateGuide: SchemaValidator;
/** schemas/translation.schema.json */
export declare const validateTranslation: SchemaValidator;
/** schemas/audit.schema.json */
export declare const validateAudit: SchemaValidator;
