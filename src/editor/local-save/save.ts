/**
 * A save as the editor sees it: write the file (atomic-write.ts), run the gate on the whole
 * handbook again, and answer with this file's diagnostics in both languages, the errors left in
 * other files, and a message.
 */
import { hasErrors, renderDiagnostic, type Diagnostic } from '../../gate/diagnostics.ts';
import { loadHandbook } from '../../gate/load-handbook.ts';
import { LOCALES, type Bilingual, type Locale } from '../../i18n/locale.ts';
import { SAVE_VERDICTS } from '../../i18n/local-save.ts';
import { writeInHandbook } from './atomic-write.ts';
import { refused } from './refusal.ts';

/** A diagnostic of the saved file, with its message and hint in both locales. */
export interface SavedDiagnostic extends Diagnostic {
  message: Bilingual;
  hint: Bilingual;
}

export interface SaveResponse {
  saved: true;
  /** False when the saved file has errors (it is saved all the same). */
  valid: boolean;
  /** The gate's diagnostics for this file, errors and warnings, in file order. */
  diagnostics: SavedDiagnostic[];
  /** Errors the gate reports in other files (e.g. a reference broken by a changed id). */
  errorsElsewhere: number;
  message: Bilingual;
}

function bilingual(render: (locale: Locale) => string): Bilingual {
  return Object.fromEntries(LOCALES.map((l) => [l, render(l)])) as Bilingual;
}

function toSaved(d: Diagnostic): SavedDiagnostic {
  const byLocale = Object.fromEntries(LOCALES.map((l) => [l, renderDiagnostic(d, l)])) as Record<
    Locale,
    ReturnType<typeof renderDiagnostic>
  >;
  return { ...d, message: bilingual((l) => byLocale[l].message), hint: bilingual((l) => byLocale[l].hint) };
}

/** Saves and re-checks: what POST …/save answers (after the request checks). */
export function save(root: string, file: string, text: string): SaveResponse {
  writeInHandbook(root, file, text);
  let result: ReturnType<typeof loadHandbook>;
  try {
    result = loadHandbook(root);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw refused(500, 'write-failed', SAVE_VERDICTS.gateFailed(file, detail));
  }
  const own = result.diagnostics.filter((d) => d.file === file);
  const valid = !hasErrors(own);
  const errors = own.filter((d) => d.severity === 'error').length;
  const errorsElsewhere = result.diagnostics.filter((d) => d.file !== file && d.severity === 'error').length;
  const elsewhere = SAVE_VERDICTS.errorsElsewhere(errorsElsewhere);
  const message = valid ? SAVE_VERDICTS.passes(file, elsewhere) : SAVE_VERDICTS.hasErrors(file, errors, elsewhere);
  return { saved: true, valid, diagnostics: own.map(toSaved), errorsElsewhere, message };
}
