/**
 * Which paths the editor may save to, judged as text before anything touches the disk: relative,
 * '/'-separated, no '.'/'..'/hidden segments, a known kind folder per classify(), .yaml/.yml/.mdx.
 * The disk checks (symbolic links, the real folder) follow in atomic-write.ts.
 */
import { classify } from '../../gate/files.ts';
import type { Bilingual } from '../../i18n/locale.ts';
import { SAVE_REFUSALS as R } from '../../i18n/local-save.ts';

/** The handbook's file names the editor may write: a standard in its kind's folder. */
const EXTENSION = /\.(ya?ml|mdx)$/;
/** Folder names the gate does not read (load-handbook.ts listFiles): a file there would be invisible. */
const UNREAD = new Set(['node_modules', 'dist']);
const MAX_PATH = 512;

/**
 * Checks a path sent by the editor, as text: undefined when it may be written, else why not.
 * Disk checks (symbolic links) come later, in save().
 */
export function checkSavePath(file: unknown): Bilingual | undefined {
  if (typeof file !== 'string' || file === '') return R.pathMissing;
  const shown = JSON.stringify(file.length > 80 ? `${file.slice(0, 80)}…` : file);
  const refuse = (why: Bilingual): Bilingual => R.cannotSave(shown, why);
  if (file.length > MAX_PATH) return refuse(R.pathTooLong(MAX_PATH));
  if (/[\u0000-\u001f\u007f]/.test(file)) return refuse(R.controlCharacter);
  if (file.includes('\\')) return refuse(R.backslash);
  if (file.startsWith('/') || /^[A-Za-z]:/.test(file)) return refuse(R.absolute);
  const parts = file.split('/');
  if (parts.some((p) => p === '..')) return refuse(R.parentSegment);
  if (parts.some((p) => p === '' || p === '.')) return refuse(R.emptySegment);
  if (parts.some((p) => p.startsWith('.'))) return refuse(R.hidden);
  if (parts.slice(0, -1).some((p) => UNREAD.has(p))) return refuse(R.unreadFolder);
  const name = parts[parts.length - 1]!;
  if (!EXTENSION.test(name)) return refuse(R.extension);
  const kind = classify(file);
  if (typeof kind === 'string' || kind.kind === 'handbook') return refuse(R.kindFolder);
  return undefined;
}
