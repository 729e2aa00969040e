/**
 * Generates the gate's validators in src/gate/validators/: every kind's schema compiled by ajv into
 * standalone validator code (ajv/dist/standalone, ESM), so that the gate validates without ajv's
 * compiler — in node and in the browser alike. One module per kind (`<kind>.generated.js`,
 * exporting validate<Kind>), so that the browser loads only the validator of the file it checks
 * (validators/load-validator.ts), and `shared.generated.js`, what they share: ajv's two runtime
 * helpers (code-point length, deep equality), ajv-formats' `date`, and the hash of the schemas
 * they were generated from (the gate refuses to run with validators of other schemas). Each
 * .js has its .d.ts. Nothing else is imported: no ajv at runtime.
 *
 * `npm run validators` writes the files (and removes generated modules of kinds that are gone);
 * a test fails when the committed ones differ from what this produces. The output depends only on
 * the schemas: the same schemas give the same bytes.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { _ } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { KINDS, SCHEMAS, schemasHash, validatorName } from '../src/schema/schema-data.ts';
import { ZH_TEXT_KEYWORDS } from '../src/schema/schema-text.ts';
import { createAjv } from '../src/gate/validators/validators-node.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The folder the generated modules go into. */
export const OUTPUT_DIR = `${root}src/gate/validators/`;
/** The module of what every kind's validator shares. */
export const SHARED = 'shared.generated';

const BANNER =
  '/* Generated from schemas/ by scripts/compile-validators.ts (npm run validators). Do not edit by hand. */';

/** What the generated code calls instead of require(…): ajv's runtime helpers and the date format. */
const RUNTIME = `
// ajv/dist/runtime/ucs2length: length in code points (minLength, maxLength).
export function ucs2length(str) {
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
export function equal(a, b) {
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
export const __formats = { date: { validate: date } };
`;

/** The formats object the code reads formats from (ajv's `code.formats`), exported by shared.generated.js. */
const FORMATS = '__formats';

/** Runtime modules the generated code may require, and what stands for them in the module. */
const REQUIRES: Record<string, string> = {
  'require("ajv/dist/runtime/ucs2length").default': 'ucs2length',
  'require("ajv/dist/runtime/equal").default': 'equal',
};

/**
 * The standalone validator of one kind, as an expression (ajv's code wrapped in a pure function
 * call), and the names of shared.generated.js it uses, in a fixed order.
 */
function kindCode(ajv: ReturnType<typeof createAjv>, kind: string): { code: string; uses: string[] } {
  const validate = ajv.getSchema(`${kind}.schema.json`);
  if (!validate) throw new Error(`no schema ${kind}.schema.json`);
  const sa = ((standaloneCode as unknown as { default?: typeof standaloneCode }).default ??
    standaloneCode) as typeof standaloneCode;
  let code = sa(ajv, validate);
  const head = /^"use strict";\s*export const validate = (validate\d+);\s*export default \1;\s*/.exec(code);
  if (!head) throw new Error(`unexpected standalone code for ${kind}: ${code.slice(0, 120)}`);
  code = code.slice(head[0].length);
  const uses: string[] = [];
  for (const [from, to] of Object.entries(REQUIRES)) {
    if (code.includes(from)) uses.push(to);
    code = code.replaceAll(from, to);
  }
  if (code.includes(`${FORMATS}.`)) uses.push(FORMATS);
  const left = /require\([^)]*\)/.exec(code);
  if (left)
    throw new Error(`the ${kind} validator needs ${left[0]}: add it to RUNTIME in scripts/compile-validators.ts`);
  return { code: `/* @__PURE__ */ (() => {\n${code.trim()}\nreturn ${head[1]};\n})()`, uses };
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

/** The generated files, by name in OUTPUT_DIR (each module and its .d.ts), in a fixed order. */
export type GeneratedFiles = Record<string, string>;

/** The file name of a kind's module (without .js / .d.ts). */
export function kindModule(kind: string): string {
  return `${kind}.generated`;
}

export function generateValidators(): GeneratedFiles {
  // createAjv registers the annotation keywords (x-taxonomy, x-ref: validators-node.ts
  // addAnnotationKeywords), so strict mode accepts them here as at runtime; they generate no code.
  // The schemas go in without their titles and zh-CN texts: the code writes out each schema an
  // error can name (`parentSchema`), once per kind; messages use only the English description, and
  // find the zh-CN one from it (schema-errors.ts). The hash is still that of the whole schemas.
  const ajv = createAjv(
    { code: { source: true, esm: true, lines: true, formats: _`__formats` } },
    withoutLabels(SCHEMAS),
  );
  const files: GeneratedFiles = {};
  files[`${SHARED}.js`] = [
    BANNER,
    "/* What every kind's validator (<kind>.generated.js) shares. */",
    RUNTIME.trim(),
    '',
    `/** The hash of the schemas these validators were generated from (schema-data.ts schemasHash). */`,
    `export const SCHEMAS_HASH = ${JSON.stringify(schemasHash())};`,
    '',
  ].join('\n');
  files[`${SHARED}.d.ts`] = [
    BANNER,
    '',
    'export declare function ucs2length(str: string): number;',
    'export declare function equal(a: unknown, b: unknown): boolean;',
    'export declare const __formats: { date: { validate(str: string): boolean } };',
    'export declare const SCHEMAS_HASH: string;',
    '',
  ].join('\n');
  for (const kind of KINDS) {
    const name = validatorName(kind);
    const { code, uses: used } = kindCode(ajv, kind);
    files[`${kindModule(kind)}.js`] = [
      BANNER,
      ...(used.length > 0 ? [`import { ${used.join(', ')} } from './${SHARED}.js';`] : []),
      '',
      `/** schemas/${kind}.schema.json */`,
      `export const ${name} = ${code};`,
      '',
    ].join('\n');
    files[`${kindModule(kind)}.d.ts`] = [
      BANNER,
      "import type { SchemaValidator } from '../schema-errors.ts';",
      '',
      `/** schemas/${kind}.schema.json */`,
      `export declare const ${name}: SchemaValidator;`,
      '',
    ].join('\n');
  }
  return files;
}

/** Generated files in OUTPUT_DIR that the schemas no longer generate (a kind removed, the old all-kinds module). */
export function staleFiles(files: GeneratedFiles): string[] {
  return readdirSync(OUTPUT_DIR)
    .filter((f) => f.includes('.generated.') && !(f in files))
    .sort();
}

/** Whether the committed files are what the schemas generate, and no other generated file is left. */
export function validatorsAreFresh(): boolean {
  const files = generateValidators();
  const read = (file: string) => {
    try {
      return readFileSync(`${OUTPUT_DIR}${file}`, 'utf8');
    } catch {
      return undefined;
    }
  };
  return Object.entries(files).every(([file, text]) => read(file) === text) && staleFiles(files).length === 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = generateValidators();
  for (const file of staleFiles(files)) {
    rmSync(`${OUTPUT_DIR}${file}`);
    console.log(`removed ${OUTPUT_DIR}${file}`);
  }
  for (const [file, text] of Object.entries(files)) writeFileSync(`${OUTPUT_DIR}${file}`, text);
  console.log(
    `wrote ${Object.keys(files).length} files into ${OUTPUT_DIR}: ${Object.entries(files)
      .filter(([f]) => f.endsWith('.js'))
      .map(([f, text]) => `${f} (${text.length} bytes)`)
      .join(', ')}`,
  );
}
