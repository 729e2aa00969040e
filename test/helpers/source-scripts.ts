/**
 * The project's source as JavaScript, for the tests that read all of it (regex safety, the text
 * catalog): every .ts/.js/.mjs/.svelte/.astro file under a folder, and each file's scripts as
 * written or as the component's own compiler (svelte/compiler, Astro's compiler) turns them into
 * JavaScript, so markup expressions and inline scripts are read too.
 */
import { transform as compileAstro } from '@astrojs/compiler-rs';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compile as compileSvelte } from 'svelte/compiler';

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
