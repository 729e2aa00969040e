/**
 * Which paths the editor may save to, judged as text before anything touches the disk: relative,
 * '/'-separated, no '.'/'..'/hidden segments, a known kind folder per classify(), .yaml/.yml/.mdx.
 * The disk checks (symbolic links, the real folder) follow in atomic-write.ts.
 */
import { classify } from '../../gate/files.ts';
import type { Bilingual } from '../../i18n/locale.ts';

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
  if (typeof file !== 'string' || file === '') return { 'zh-CN': '缺少文件路径（file）。', en: 'The file path (file) is missing.' };
  const shown = JSON.stringify(file.length > 80 ? `${file.slice(0, 80)}…` : file);
  const refuse = (zh: string, en: string): Bilingual => ({ 'zh-CN': `不能保存 ${shown}：${zh}`, en: `Cannot save ${shown}: ${en}` });
  if (file.length > MAX_PATH) return refuse(`路径超过 ${MAX_PATH} 个字符。`, `the path is longer than ${MAX_PATH} characters.`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(file)) return refuse('路径含控制字符（如 NUL）。', 'the path contains a control character (such as NUL).');
  if (file.includes('\\')) return refuse('路径只能用正斜杠 / 分隔。', 'use forward slashes (/) in the path.');
  if (file.startsWith('/') || /^[A-Za-z]:/.test(file)) return refuse('路径必须相对于手册文件夹，不能是绝对路径。', 'the path must be relative to the handbook folder, not absolute.');
  const parts = file.split('/');
  if (parts.some((p) => p === '..')) return refuse('路径不能含 ..。', 'the path must not contain "..".');
  if (parts.some((p) => p === '' || p === '.')) return refuse('路径含空的或 . 的部分。', 'the path has an empty or "." segment.');
  if (parts.some((p) => p.startsWith('.'))) return refuse('不能写隐藏文件或文件夹（以 . 开头），校验也不会读取它们。', 'hidden files and folders (starting with ".") are not written; the gate would not read them.');
  if (parts.slice(0, -1).some((p) => UNREAD.has(p))) return refuse('校验不读取 node_modules 和 dist 文件夹。', 'the gate does not read node_modules or dist folders.');
  const name = parts[parts.length - 1]!;
  if (!EXTENSION.test(name)) return refuse('只能保存 .yaml、.yml 或 .mdx 文件。', 'only .yaml, .yml and .mdx files can be saved.');
  const kind = classify(file);
  if (typeof kind === 'string' || kind.kind === 'handbook') {
    return refuse(
      '文件必须位于某一类标准的文件夹中：touchpoints/、sops/、checklists/、audits/ 放 YAML，cases/、guides/ 放 MDX。',
      'the file must be in the folder of a kind of standard: YAML in touchpoints/, sops/, checklists/ or audits/; MDX in cases/ or guides/.',
    );
  }
  return undefined;
}
