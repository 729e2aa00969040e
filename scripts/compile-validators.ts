/**
 * Generates src/gate/validators/validators.generated.js (+ .d.ts): every kind's schema compiled by ajv into
 * standalone validator code (ajv/dist/standalone, ESM), so that the gate validates without ajv's
 * compiler — in node and in the browser alike. `npm run validators` writes the files; a test
 * fails when the committed ones differ from what this produces, and the gate refuses to run
 * with validators generated from other schemas (their hash is recorded).
 *
 * The module imports nothing: ajv's two runtime helpers (code-point length, deep equality) and
 * ajv-formats' `date` are written out at its top. Each kind's code is wrapped in a pure function
 * call, so that a bundle that uses one validator (the audit widget: validateAudit) keeps only it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { _ } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { KINDS, SCHEMAS, schemasHash, validatorName } from '../src/schema/schema-data.ts';
import { ZH_TEXT_KEYWORDS } from '../src/schema/schema-text.ts';
import { createAjv } from '../src/gate/validators/validators-node.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
export const OUTPUT = `${root}src/gate/validators/validators.generated.js`;
export const OUTPUT_TYPES = `${root}src/gate/validators/validators.generated.d.ts`;

const BANNER =
  '/* Generated from schemas/ by scripts/compile-validators.ts (npm run validators). Do not edit by hand. */';

/** What the generated code calls instead of require(…): ajv's runtime helpers and the date format. */
const RUNTIME = `
// ajv/dist/runtime/ucs2length: length in code points (minLength, maxLength).
function ucs2length(str) {
  const len = str.length;
  let length = 0;
  let pos = 0;
  let value;
  while (pos < len) {
    length++;
    value = str.charCodeAt(pos++);
    if (value >= 0xd800 && value <= 0xdbff && pos < len) {
      value = str.charCodeAt(pos);
      if ((value & 0xfc00) === 0xdc00) pos++;
    }
  }
  return length;
}

// ajv/dist/runtime/equal (fast-deep-equal) for parsed YAML/JSON data: uniqueItems over lists and maps.
function equal(a, b) {
  if (a === b) return true;
  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;
    if (Array.isArray(a)) {
      if (a.length !== b.length) return false;
      for (let i = a.length; i-- !== 0; ) if (!equal(a[i], b[i])) return false;
      return true;
    }
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    for (let i = keys.length; i-- !== 0; ) if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
    for (let i = keys.length; i-- !== 0; ) if (!equal(a[keys[i]], b[keys[i]])) return false;
    return true;
  }
  return a !== a && b !== b;
}

// ajv-formats' full "date" format (RFC 3339 full-date): YYYY-MM-DD naming a real day.
const DATE = /^(\\d\\d\\d\\d)-(\\d\\d)-(\\d\\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function isLeapYear(year) {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
function date(str) {
  const matches = DATE.exec(str);
  if (!matches) return false;
  const year = +matches[1];
  const month = +matches[2];
  const day = +matches[3];
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
}
const __formats = { date: { validate: date } };
`;

/** Runtime modules the generated code may require, and what stands for them in the module. */
const REQUIRES: Record<string, string> = {
  'require("ajv/dist/runtime/ucs2length").default': 'ucs2length',
  'require("ajv/dist/runtime/equal").default': 'equal',
};

/** The standalone validator of one kind, as an expression. */
function kindCode(ajv: ReturnType<typeof createAjv>, kind: string): string {
  const validate = ajv.getSchema(`${kind}.schema.json`);
  if (!validate) throw new Error(`no schema ${kind}.schema.json`);
  const sa = ((standaloneCode as unknown as { default?: typeof standaloneCode }).default ??
    standaloneCode) as typeof standaloneCode;
  let code = sa(ajv, validate);
  const head = /^"use strict";\s*export const validate = (validate\d+);\s*export default \1;\s*/.exec(code);
  if (!head) throw new Error(`unexpected standalone code for ${kind}: ${code.slice(0, 120)}`);
  code = code.slice(head[0].length);
  for (const [from, to] of Object.entries(REQUIRES)) code = code.replaceAll(from, to);
  const left = /require\([^)]*\)/.exec(code);
  if (left)
    throw new Error(`the ${kind} validator needs ${left[0]}: add it to RUNTIME in scripts/compile-validators.ts`);
  return `/* @__PURE__ */ (() => {\n${code.trim()}\nreturn ${head[1]};\n})()`;
}

/**
 * The schemas without the texts no validator message uses: titles (the form's labels; a string
 * `title` is the keyword, an object one a property so named) and the zh-CN titles and descriptions.
 */
export function withoutLabels<T>(schemas: T): T {
  const drop = new Set<string>(Object.values(ZH_TEXT_KEYWORDS));
  return JSON.parse(
    JSON.stringify(schemas, (key, value: unknown) =>
      drop.has(key) || (key === 'title' && typeof value === 'string') ? undefined : value,
    ),
  ) as T;
}

export function generateValidators(): { js: string; dts: string } {
  // createAjv registers the annotation keywords (x-taxonomy, x-ref: validators-node.ts
  // addAnnotationKeywords), so strict mode accepts them here as at runtime; they generate no code.
  // The schemas go in without their titles and zh-CN texts: the code writes out each schema an
  // error can name (`parentSchema`), once per kind; messages use only the English description, and
  // find the zh-CN one from it (schema-errors.ts). The hash is still that of the whole schemas.
  const ajv = createAjv(
    { code: { source: true, esm: true, lines: true, formats: _`__formats` } },
    withoutLabels(SCHEMAS),
  );
  const parts = [
    BANNER,
    RUNTIME.trim(),
    '',
    `/** The hash of the schemas these validators were generated from (schema-data.ts schemasHash). */`,
    `export const SCHEMAS_HASH = ${JSON.stringify(schemasHash())};`,
  ];
  const types = [
    BANNER,
    "import type { SchemaValidator } from '../schema-errors.ts';",
    '',
    'export declare const SCHEMAS_HASH: string;',
  ];
  for (const kind of KINDS) {
    const name = validatorName(kind);
    parts.push('', `/** schemas/${kind}.schema.json */`, `export const ${name} = ${kindCode(ajv, kind)};`);
    types.push(`/** schemas/${kind}.schema.json */`, `export declare const ${name}: SchemaValidator;`);
  }
  return { js: parts.join('\n') + '\n', dts: types.join('\n') + '\n' };
}

/** Whether the committed files are what the schemas generate. */
export function validatorsAreFresh(): boolean {
  const { js, dts } = generateValidators();
  const read = (file: string) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return '';
    }
  };
  return read(OUTPUT) === js && read(OUTPUT_TYPES) === dts;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { js, dts } = generateValidators();
  writeFileSync(OUTPUT, js);
  writeFileSync(OUTPUT_TYPES, dts);
  console.log(`wrote ${OUTPUT} (${js.length} bytes) and ${OUTPUT_TYPES}`);
}
