/**
 * The handbook the site is built from: TOUCHSTONE_HANDBOOK (a folder) or ./standards, loaded once
 * per build through the same gate as `touchstone check`. Errors stop the build with file:line:col.
 */
import { formatText, hasErrors, renderDiagnostic } from '../lib/diagnostics.ts';
import { loadHandbook } from '../lib/handbook.ts';
import type { HandbookModel } from '../lib/model.ts';

export const HANDBOOK_DIR = process.env.TOUCHSTONE_HANDBOOK ?? 'standards';

let cached: HandbookModel | undefined;

export function siteHandbook(): HandbookModel {
  if (cached) return cached;
  const result = loadHandbook(HANDBOOK_DIR);
  if (hasErrors(result.diagnostics) || !result.model) {
    const text = result.diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => formatText(renderDiagnostic(d, 'en', `${HANDBOOK_DIR}/${d.file}`), 'en'))
      .join('\n\n');
    throw new Error(`The handbook in ${HANDBOOK_DIR} has errors; fix them (npx touchstone check ${HANDBOOK_DIR}):\n\n${text}`);
  }
  cached = result.model;
  return cached;
}
