/**
 * The project's source as JavaScript, for the tests that read all of it (regex safety, the text
 * catalog, the layers): every .ts/.js/.mjs/.svelte/.astro file under a folder, and each file's
 * scripts as written or as the component's own compiler (svelte/compiler, Astro's compiler) turns
 * them into JavaScript, so markup expressions and inline scripts are read too.
 */
import { parse as parseAstro, transform as compileAstro } from '@astrojs/compiler-rs';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compile as compileSvelte, parse as parseSvelte } from 'svelte/compiler';

/** Every source file under `dir`, recursively. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|js|mjs|svelte|astro)$/.test(name) ? [full] : [];
  });
}

/** Whether a file's scripts are compiler output rather than the file as written. */
export const isCompiled = (path: string): boolean => path.endsWith('.svelte') || path.endsWith('.astro');

/** The JavaScript of a file (`text` is its content): as written, or what its compiler makes of it. */
export function scriptsOf(path: string, text: string): string[] {
  if (path.endsWith('.svelte')) return [compileSvelte(text, { filename: path }).js.code];
  if (path.endsWith('.astro')) {
    const r = compileAstro(text, { filename: path });
    return [r.code, ...r.scripts.flatMap((s) => (s.code === undefined ? [] : [s.code]))];
  }
  return [text];
}

/**
 * The scripts of a file as written, TypeScript and all (`text` is its content): a .ts/.js file
 * whole, a .svelte file's <script> blocks, an .astro file's frontmatter and <script>s. The
 * compilers' JavaScript (scriptsOf) drops `import type`, which still ties one module to another.
 */
export function scriptsAsWritten(path: string, text: string): string[] {
  if (path.endsWith('.svelte')) {
    const ast = parseSvelte(text, { modern: true });
    // The parser gives a script's Program its offsets in the file, though estree's type lacks them.
    const offsets = (program: unknown) => program as { start: number; end: number };
    return [ast.module, ast.instance].flatMap((s) =>
      s ? [text.slice(offsets(s.content).start, offsets(s.content).end)] : [],
    );
  }
  if (path.endsWith('.astro')) {
    const root = parseAstro(text).ast as { frontmatter?: { program: { start: number; end: number } } | null };
    const frontmatter = root.frontmatter?.program;
    const scripts = compileAstro(text, { filename: path }).scripts.flatMap((s) =>
      s.code === undefined ? [] : [s.code],
    );
    return [...(frontmatter ? [text.slice(frontmatter.start, frontmatter.end)] : []), ...scripts];
  }
  return [text];
}
