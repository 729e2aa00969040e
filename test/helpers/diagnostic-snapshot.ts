/**
 * A diagnostic as the bad-input fixtures' snapshots (test/fixtures/bad/<case>/expected.json) hold
 * it: where, which pointer and code, how severe, and its message with its hint in both languages.
 */
import { renderDiagnostic, type Diagnostic } from '../../src/gate/diagnostics.ts';

export function snapshotOf(d: Diagnostic) {
  const en = renderDiagnostic(d, 'en');
  const zh = renderDiagnostic(d, 'zh-CN');
  return {
    at: `${d.file}:${d.line}:${d.column}`,
    pointer: d.pointer,
    code: d.code,
    severity: d.severity,
    en: `${en.message} ${en.hint}`,
    zh: `${zh.message} ${zh.hint}`,
  };
}
