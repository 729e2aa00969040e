import {
  renderMessage,
  severityOf,
  SUMMARY_LINE,
  TEXT_FORMAT_WORDS,
  type DiagnosticCode,
  type Severity,
} from './messages.ts';
import type { Locale, Params } from '../i18n/locale.ts';

/** A position in a source file, 1-based. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** Where a problem is and which it is: what a diagnostic and its rendered form share. */
interface DiagnosticPlace {
  /** Path of the file relative to the handbook folder, with forward slashes. */
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** JSON pointer to the offending value inside the file's data ('' for the whole file). */
  pointer: string;
  code: DiagnosticCode;
  severity: Severity;
}

/** One problem found by the gate. Messages are rendered from the catalog on demand, in any locale. */
export interface Diagnostic extends DiagnosticPlace {
  params: Params;
}

export function diagnostic(
  file: string,
  at: { start: SourcePosition; end?: SourcePosition },
  pointer: string,
  code: DiagnosticCode,
  params: Params = {},
): Diagnostic {
  const d: Diagnostic = {
    file,
    line: at.start.line,
    column: at.start.column,
    pointer,
    code,
    severity: severityOf(code),
    params,
  };
  if (at.end) {
    d.endLine = at.end.line;
    d.endColumn = at.end.column;
  }
  return d;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file < b.file
    ? -1
    : a.file > b.file
      ? 1
      : a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** A diagnostic with its message and hint rendered in one locale: what --format json prints. */
export interface RenderedDiagnostic extends DiagnosticPlace {
  message: string;
  hint: string;
}

export function renderDiagnostic(d: Diagnostic, locale: Locale, fileName: string = d.file): RenderedDiagnostic {
  const { message, hint } = renderMessage(d.code, d.params, locale);
  const out: RenderedDiagnostic = {
    file: fileName,
    line: d.line,
    column: d.column,
    pointer: d.pointer,
    code: d.code,
    severity: d.severity,
    message,
    hint,
  };
  if (d.endLine !== undefined) out.endLine = d.endLine;
  if (d.endColumn !== undefined) out.endColumn = d.endColumn;
  return out;
}

/** Human text: `file:line:col  error  code` then the message and the hint, indented. */
export function formatText(d: RenderedDiagnostic, locale: Locale): string {
  const l = TEXT_FORMAT_WORDS[locale];
  const where = d.pointer ? `  (${l.at} ${d.pointer})` : '';
  return `${d.file}:${d.line}:${d.column}  ${l[d.severity]}  ${d.code}${where}\n  ${d.message}\n  ${l.hint}${l.colon}${d.hint}`;
}

/** A GitHub Actions workflow command, so the problem is annotated on the pull request's diff. */
export function formatGithub(d: RenderedDiagnostic): string {
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const level = d.severity === 'error' ? 'error' : 'warning';
  const end = d.endLine !== undefined ? `,endLine=${d.endLine}` : '';
  return `::${level} file=${prop(d.file)},line=${d.line},col=${d.column}${end},title=${prop(`touchstone ${d.code}`)}::${esc(`${d.message} ${d.hint}`)}`;
}

export function summarize(diagnostics: readonly Diagnostic[], files: number, locale: Locale): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  return SUMMARY_LINE[locale](files, errors, warnings);
}
