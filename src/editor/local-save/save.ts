/**
 * A save as the editor sees it: write the file (atomic-write.ts), run the gate on the whole
 * handbook again, and answer with this file's diagnostics in both languages, the errors left in
 * other files, and a message.
 */
import { hasErrors, renderDiagnostic, type Diagnostic } from '../../gate/diagnostics.ts';
import { loadHandbook } from '../../gate/load-handbook.ts';
import { LOCALES, type Bilingual, type Locale } from '../../i18n/locale.ts';
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
  const byLocale = Object.fromEntries(LOCALES.map((l) => [l, renderDiagnostic(d, l)])) as Record<Locale, ReturnType<typeof renderDiagnostic>>;
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
    throw refused(500, 'write-failed', { 'zh-CN': `已保存 ${file}，但校验未能运行：${detail}`, en: `Saved ${file}, but the gate could not run: ${detail}` });
  }
  const own = result.diagnostics.filter((d) => d.file === file);
  const valid = !hasErrors(own);
  const errors = own.filter((d) => d.severity === 'error').length;
  const errorsElsewhere = result.diagnostics.filter((d) => d.file !== file && d.severity === 'error').length;
  const elsewhere = (l: Locale) =>
    errorsElsewhere === 0 ? '' : l === 'zh-CN' ? `手册的其他文件还有 ${errorsElsewhere} 个错误。` : ` The handbook has ${errorsElsewhere} error${errorsElsewhere === 1 ? '' : 's'} in other files.`;
  const message: Bilingual = valid
    ? { 'zh-CN': `已保存 ${file}，校验通过。${elsewhere('zh-CN')}`, en: `Saved ${file}; it passes the gate.${elsewhere('en')}` }
    : {
        'zh-CN': `已保存 ${file}，但它有 ${errors} 个错误。文件已照常写入工作区（这是本地编辑）；修正之前，网站构建和 touchstone check 都会失败。${elsewhere('zh-CN')}`,
        en: `Saved ${file}, but it has ${errors} error${errors === 1 ? '' : 's'}: the file is written to the working tree all the same (you are editing locally); the site build and touchstone check fail until they are fixed.${elsewhere('en')}`,
      };
  return { saved: true, valid, diagnostics: own.map(toSaved), errorsElsewhere, message };
}
