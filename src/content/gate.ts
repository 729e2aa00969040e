/**
 * The gate as the site sees it: one load of the handbook folder shared by every collection, kept
 * until a file in the folder changes. Errors stop the build with the same diagnostics as
 * `touchstone check`.
 */
import { statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { formatText, hasErrors, renderDiagnostic } from '../lib/diagnostics.ts';
import { listFiles, loadHandbook, type LoadResult } from '../lib/handbook.ts';
import type { HandbookModel } from '../lib/model.ts';

/** The handbook folder: TOUCHSTONE_HANDBOOK or ./standards. */
export function handbookDir(): string {
  return resolve(process.env.TOUCHSTONE_HANDBOOK ?? 'standards');
}

/** Thrown when the handbook has errors: the message lists each as file:line:col. */
export class HandbookError extends Error {
  override name = 'HandbookError';
}

let cache: { signature: string; result: LoadResult } | undefined;

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

export function gateResult(): LoadResult {
  const dir = handbookDir();
  const sig = signature(dir);
  if (cache && cache.signature === sig) return cache.result;
  const result = loadHandbook(dir);
  cache = { signature: sig, result };
  return result;
}

/** The validated model, or a HandbookError listing every error. Warnings go to `warn`. */
export function gateModel(warn: (message: string) => void = () => {}): HandbookModel {
  const result = gateResult();
  const dir = handbookDir();
  const shown = relative(process.cwd(), dir) || '.';
  const render = (severity: 'error' | 'warning') =>
    result.diagnostics
      .filter((d) => d.severity === severity)
      .map((d) => formatText(renderDiagnostic(d, 'en', `${shown}/${d.file}`), 'en'))
      .join('\n\n');
  const warnings = render('warning');
  if (warnings) warn(warnings);
  if (hasErrors(result.diagnostics) || !result.model) {
    throw new HandbookError(`The handbook in ${shown} has errors (the same as \`npx touchstone check ${shown}\` reports):\n\n${render('error')}\n`);
  }
  return result.model;
}

/** Whether a path (absolute) is inside the handbook folder: the dev watcher reloads on those. */
export function inHandbook(path: string): boolean {
  const rel = relative(handbookDir(), path);
  return !rel.startsWith('..') && !rel.startsWith('/');
}
