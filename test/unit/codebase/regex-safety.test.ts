/**
 * Every regular expression of src/ (the gate, the site's pages and build steps, the widgets: all of
 * them may meet a user's text) runs in linear time, whatever text it is given. A regex with
 * nested quantifiers or an ambiguous alternation under a star backtracks exponentially (a comment
 * header once made `touchstone check` take minutes); one like `/\s+x/` on a long run of spaces
 * backtracks quadratically. Regexes here often run on user text (standards, audit records, built
 * pages), so none may do either.
 *
 * How: the TypeScript compiler finds every regex literal and every `RegExp(...)` built from
 * constant strings, in .ts/.js files as written and in .svelte and .astro files as their own
 * compilers (svelte/compiler, Astro's compiler) turn them into JavaScript. recheck (an automaton and fuzzing ReDoS analyser) classifies each; anything but constant or
 * linear time fails, with the file, line and the complexity found. A `RegExp` built from text
 * that is not a constant of its file cannot be checked, so it fails too.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { isCompiled, scriptsOf, sourceFiles } from '../../helpers/source-scripts.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
/**
 * All the code that meets user text: the gate, the build, the pages, the widgets, the CLI. scripts/
 * reads only what the project itself generates (ajv's output, the benchmark's own handbook, /proc).
 */
const SHIPPED = [join(ROOT, 'src'), join(ROOT, 'bin')];

interface FoundRegex {
  where: string;
  pattern: string;
  flags: string;
}

/** The value of a constant string expression of a file, or undefined when it is not one. */
function constantString(node: ts.Expression, file: ts.SourceFile, seen = new Set<string>()): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return constantString(node.expression, file, seen);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const a = constantString(node.left, file, seen);
    const b = constantString(node.right, file, seen);
    return a === undefined || b === undefined ? undefined : a + b;
  }
  if (ts.isTemplateExpression(node)) {
    let out = node.head.text;
    for (const span of node.templateSpans) {
      const v = constantString(span.expression, file, seen);
      if (v === undefined) return undefined;
      out += v + span.literal.text;
    }
    return out;
  }
  if (ts.isIdentifier(node) && !seen.has(node.text)) {
    seen.add(node.text);
    // A `const NAME = <constant string>` at any level of the same file.
    let value: string | undefined;
    const find = (n: ts.Node): void => {
      if (value !== undefined) return;
      if (
        ts.isVariableDeclaration(n) &&
        ts.isIdentifier(n.name) &&
        n.name.text === node.text &&
        n.initializer &&
        ts.isVariableDeclarationList(n.parent) &&
        n.parent.flags & ts.NodeFlags.Const
      ) {
        value = constantString(n.initializer, file, seen);
      }
      ts.forEachChild(n, find);
    };
    find(file);
    return value;
  }
  return undefined;
}

/** Regex literals and `RegExp(...)` constructions of a TypeScript or JavaScript file. */
function regexesOfScript(path: string, text: string): { found: FoundRegex[]; unchecked: string[] } {
  const file = ts.createSourceFile(
    path,
    text,
    ts.ScriptTarget.Latest,
    true,
    path.endsWith('.js') || path.endsWith('.mjs') ? ts.ScriptKind.JS : ts.ScriptKind.TS,
  );
  const found: FoundRegex[] = [];
  const unchecked: string[] = [];
  const where = (n: ts.Node) =>
    `${relative(ROOT, path)}:${file.getLineAndCharacterOfPosition(n.getStart(file)).line + 1}`;
  const visit = (n: ts.Node): void => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = n.getText(file);
      const close = literal.lastIndexOf('/');
      found.push({ where: where(n), pattern: literal.slice(1, close), flags: literal.slice(close + 1) });
    } else if (
      (ts.isNewExpression(n) || ts.isCallExpression(n)) &&
      ts.isIdentifier(n.expression) &&
      n.expression.text === 'RegExp'
    ) {
      const [patternArg, flagsArg] = n.arguments ?? [];
      const pattern = patternArg && constantString(patternArg, file);
      const flags = flagsArg ? constantString(flagsArg, file) : '';
      if (pattern === undefined || flags === undefined) unchecked.push(`${where(n)}: ${n.getText(file).slice(0, 80)}`);
      else found.push({ where: where(n), pattern, flags });
    }
    ts.forEachChild(n, visit);
  };
  visit(file);
  return { found, unchecked };
}

function allRegexes(): { found: FoundRegex[]; unchecked: string[] } {
  const found: FoundRegex[] = [];
  const unchecked: string[] = [];
  // The generated validators are ajv's output, checked where they are generated (compile-validators.ts).
  for (const path of SHIPPED.flatMap(sourceFiles).filter((p) => !p.includes('.generated.'))) {
    const where = isCompiled(path) ? `${path} (compiled)` : path;
    for (const code of scriptsOf(path, readFileSync(path, 'utf8'))) {
      const r = regexesOfScript(where, code);
      found.push(...r.found);
      unchecked.push(...r.unchecked);
    }
  }
  return { found, unchecked };
}

describe('regex safety of src/', () => {
  const { found, unchecked } = allRegexes();

  test('the scan finds the regexes (it is not vacuous)', () => {
    // The gate has well over a hundred; a broken scan would find none and pass everything.
    expect(found.length).toBeGreaterThan(100);
    expect(found.some((r) => r.where.startsWith('src/gate/source.ts'))).toBe(true);
    expect(found.some((r) => r.where.includes('.svelte (compiled)'))).toBe(true);
    expect(found.some((r) => r.where.includes('.astro (compiled)'))).toBe(true);
  });

  test('the analyser recognises a super-linear regex (it is not vacuous)', () => {
    expect(checkSync('^(\\s*(#.*)?\\n?)*$', '').status).toBe('vulnerable');
    expect(checkSync('\\s+$', '').status).toBe('vulnerable');
    expect(checkSync('^\\s*$', '').status).toBe('safe');
  });

  test('every RegExp built at run time is built from constants of its file', () => {
    expect(unchecked).toEqual([]);
  });

  test('every regex runs in linear time on any input', () => {
    const problems: string[] = [];
    // The same pattern often appears in several places: analyse it once.
    const verdicts = new Map<string, string | undefined>();
    for (const r of found) {
      const key = `/${r.pattern}/${r.flags}`;
      if (!verdicts.has(key)) {
        const d = checkSync(r.pattern, r.flags, { timeout: 10_000, randomSeed: 1 });
        // 'safe' is constant or linear time (or, from the fuzzer, no super-linear input found).
        verdicts.set(
          key,
          d.status === 'safe'
            ? undefined
            : d.status === 'unknown'
              ? `not analysable: ${JSON.stringify(d.error)}`
              : `${d.complexity.summary}, e.g. ${d.attack.pattern}`,
        );
      }
      const problem = verdicts.get(key);
      if (problem) problems.push(`${r.where} ${key}: ${problem}`);
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
