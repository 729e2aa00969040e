/* Generated from schemas/ by scripts/compile-validators.ts (npm run validators). Do not edit by hand. */

export declare function ucs2length(str: string): number;
export declare function equal(a: unknown, b: unknown): boolean;
export declare const __formats: { date: { validate(str: string): boolean } };
export declare const SCHEMAS_HASH: string;
