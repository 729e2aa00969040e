/**
 * The gate as the site sees it: one load of the handbook folder shared by every collection, kept
 * until a file in the folder changes (in `astro build`, for the whole process: astro-command.ts).
 * Errors stop the build with the same diagnostics as `touchstone check`.
 */
import { statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { formatText, hasErrors, renderDiagnostic } from '../gate/diagnostics.ts';
import { listFiles, loadHandbook, type LoadResult } from '../gate/load-handbook.ts';
import type { HandbookModel } from '../model/model.ts';
import { building } from './astro-command.ts';

/** The handbook folder: TOUCHSTONE_HANDBOOK or ./standards. */
export function handbookDir(): string {
  return resolve(process.env.TOUCHSTONE_HANDBOOK ?? 'standards');
}

/** Thrown when the handbook has errors: the message lists each as file:line:col. */
export class HandbookError extends Error {
  override name = 'HandbookError';
}

interface GateCache {
  dir: string;
  /** The folder's signature when loaded; undefined in a build, which never re-checks it. */
  signature: string | undefined;
  result: LoadResult;
  /** Counts the loads in this process: a new number whenever the folder was read again. */
  generation: number;
  /** The diagnostics as text, rendered once per load. */
  rendered?: { shown: string; warnings: string; errors: string };
}

/**
 * One cache per process, on globalThis: `astro build` evaluates this module twice (the content
 * layer loads it through Vite, the prerender bundle carries its own copy), and both must share
 * one gate run rather than each parse the handbook.
 */
const CACHE_KEY = Symbol.for('touchstone.gate');
const store = globalThis as unknown as { [CACHE_KEY]?: GateCache };

/** Files and their modification times: cheap to compute, changes whenever an author saves. */
function signature(dir: string): string {
  try {
    return listFiles(dir)
      .map((f) => `${f}@${statSync(join(dir, f)).mtimeMs}`)
      .join('|');
  } catch {
    return 'missing';
  }
}

/** Outside `astro build` (dev, or no Astro at all) the folder is watched (astro-command.ts gateMode says why). */
function watching(): boolean {
  return !building();
}

export function gateResult(): LoadResult {
  const dir = handbookDir();
  const cached = store[CACHE_KEY];
  if (!watching()) {
    if (cached && cached.dir === dir) return cached.result;
    const result = loadHandbook(dir);
    store[CACHE_KEY] = { dir, signature: undefined, result, generation: (cached?.generation ?? 0) + 1 };
    return result;
  }
  const sig = signature(dir);
  if (cached && cached.dir === dir && cached.signature === sig) return cached.result;
  const result = loadHandbook(dir);
  store[CACHE_KEY] = { dir, signature: sig, result, generation: (cached?.generation ?? 0) + 1 };
  return result;
}

/** Which load of the folder gateResult() last returned (0 before the first). */
export function gateGeneration(): number {
  return store[CACHE_KEY]?.generation ?? 0;
}

/** The validated model, or a HandbookError listing every error. Warnings go to `warn`. */
export function gateModel(warn: (message: string) => void = () => {}): HandbookModel {
  const result = gateResult();
  const cache = store[CACHE_KEY]!;
  // Rendered once per gate run: a handbook with thousands of warnings must not cost O(n) per page.
  cache.rendered ??= (() => {
    const shown = relative(process.cwd(), cache.dir) || '.';
    const render = (severity: 'error' | 'warning') =>
      result.diagnostics
        .filter((d) => d.severity === severity)
        .map((d) => formatText(renderDiagnostic(d, 'en', `${shown}/${d.file}`), 'en'))
        .join('\n\n');
    return { shown, warnings: render('warning'), errors: hasErrors(result.diagnostics) ? render('error') : '' };
  })();
  const { shown, warnings, errors } = cache.rendered;
  if (warnings) warn(warnings);
  if (hasErrors(result.diagnostics) || !result.model) {
    throw new HandbookError(
      `The handbook in ${shown} has errors (the same as \`npx touchstone check ${shown}\` reports):\n\n${errors}\n`,
    );
  }
  return result.model;
}

/** Whether a path (absolute) is inside the handbook folder: the dev watcher reloads on those. */
export function inHandbook(path: string): boolean {
  const rel = relative(handbookDir(), path);
  return !rel.startsWith('..') && !rel.startsWith('/');
}
