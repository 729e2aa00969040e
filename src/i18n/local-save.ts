/**
 * Local save's words (src/editor/local-save/: saving into the working tree under `astro dev`):
 * why a save is refused and what a save did, in both languages at once, for the editor to show
 * the one it reads in. A module of its own rather than a part of editor.ts: the dev server sends
 * these, and the editor's bundle need not carry them.
 */
import type { Bilingual } from './locale.ts';

/** Why a save is refused, by the check that refuses it. */
export const SAVE_REFUSALS = {
  /** The frame of every refusal of one path: "Cannot save <path>: <why>". */
  cannotSave: (shown: string, why: Bilingual): Bilingual => ({
    'zh-CN': `不能保存 ${shown}：${why['zh-CN']}`,
    en: `Cannot save ${shown}: ${why.en}`,
  }),
  // save-path.ts: the path, as text
  pathMissing: { 'zh-CN': '缺少文件路径（file）。', en: 'The file path (file) is missing.' },
  pathTooLong: (max: number): Bilingual => ({
    'zh-CN': `路径超过 ${max} 个字符。`,
    en: `the path is longer than ${max} characters.`,
  }),
  controlCharacter: {
    'zh-CN': '路径含控制字符（如 NUL）。',
    en: 'the path contains a control character (such as NUL).',
  },
  backslash: { 'zh-CN': '路径只能用正斜杠 / 分隔。', en: 'use forward slashes (/) in the path.' },
  absolute: {
    'zh-CN': '路径必须相对于手册文件夹，不能是绝对路径。',
    en: 'the path must be relative to the handbook folder, not absolute.',
  },
  parentSegment: { 'zh-CN': '路径不能含 ..。', en: 'the path must not contain "..".' },
  emptySegment: { 'zh-CN': '路径含空的或 . 的部分。', en: 'the path has an empty or "." segment.' },
  hidden: {
    'zh-CN': '不能写隐藏文件或文件夹（以 . 开头），校验也不会读取它们。',
    en: 'hidden files and folders (starting with ".") are not written; the gate would not read them.',
  },
  unreadFolder: {
    'zh-CN': '校验不读取 node_modules 和 dist 文件夹。',
    en: 'the gate does not read node_modules or dist folders.',
  },
  extension: { 'zh-CN': '只能保存 .yaml、.yml 或 .mdx 文件。', en: 'only .yaml, .yml and .mdx files can be saved.' },
  kindFolder: {
    'zh-CN':
      '文件必须位于某一类标准的文件夹中：touchpoints/、sops/、checklists/、audits/ 放 YAML，cases/、guides/ 放 MDX。',
    en: 'the file must be in the folder of a kind of standard: YAML in touchpoints/, sops/, checklists/ or audits/; MDX in cases/ or guides/.',
  },
  // atomic-write.ts: the disk
  symbolicLink: { 'zh-CN': '它是一个符号链接。', en: 'it is a symbolic link.' },
  folderOutside: {
    'zh-CN': '它所在的文件夹（经符号链接解析后）位于手册文件夹之外。',
    en: 'its folder (symbolic links resolved) is outside the handbook folder.',
  },
  folderOfThatName: { 'zh-CN': '同名的文件夹已存在。', en: 'a folder of that name exists.' },
  noHandbookFolder: (root: string): Bilingual => ({
    'zh-CN': `手册文件夹 ${root} 不存在。`,
    en: `The handbook folder ${root} does not exist.`,
  }),
  // save-request.ts: the request
  tooLarge: (limit: number): Bilingual => ({
    'zh-CN': `文件超过 ${limit} 字节的上限，未保存。请拆分这份标准。`,
    en: `The file is larger than the limit of ${limit} bytes and was not saved. Split the standard.`,
  }),
  method: (allow: string): Bilingual => ({
    'zh-CN': `此地址只接受 ${allow} 请求。`,
    en: `This address accepts ${allow} only.`,
  }),
  mediaType: {
    'zh-CN': '请求体必须是 JSON（Content-Type: application/json）。',
    en: 'The body must be JSON (Content-Type: application/json).',
  },
  notJson: { 'zh-CN': '请求体不是有效的 JSON。', en: 'The body is not valid JSON.' },
  notFileAndText: {
    'zh-CN': '请求体必须是 { "file": …, "text": … }。',
    en: 'The body must be { "file": …, "text": … }.',
  },
  textMissing: { 'zh-CN': '缺少文件内容（text，字符串）。', en: 'The file text (text, a string) is missing.' },
  writeFailed: (detail: string): Bilingual => ({
    'zh-CN': `保存失败：${detail}`,
    en: `The file could not be saved: ${detail}`,
  }),
  // local-only.ts and integration.ts: who asks, and for what
  notLocal: {
    'zh-CN': '只能在本机保存：请在运行 astro dev 的电脑上通过 http://localhost 或 http://127.0.0.1 打开编辑器。',
    en: 'Saving works only from this machine: open the editor at http://localhost or http://127.0.0.1 on the computer running astro dev.',
  },
  notFound: (path: string): Bilingual => ({ 'zh-CN': `没有 ${path} 这个地址。`, en: `There is no ${path}.` }),
  internalError: { 'zh-CN': '服务器内部错误。', en: 'Internal error.' },
} satisfies Record<string, Bilingual | ((...args: never[]) => Bilingual)>;

/** What a save did (save.ts): the file is written whatever the gate says of it. */
export const SAVE_VERDICTS = {
  gateFailed: (file: string, detail: string): Bilingual => ({
    'zh-CN': `已保存 ${file}，但校验未能运行：${detail}`,
    en: `Saved ${file}, but the gate could not run: ${detail}`,
  }),
  /** Said after the verdict on the file itself; nothing when the rest of the handbook is clean. */
  errorsElsewhere: (n: number): Bilingual =>
    n === 0
      ? { 'zh-CN': '', en: '' }
      : {
          'zh-CN': `手册的其他文件还有 ${n} 个错误。`,
          en: ` The handbook has ${n} error${n === 1 ? '' : 's'} in other files.`,
        },
  passes: (file: string, elsewhere: Bilingual): Bilingual => ({
    'zh-CN': `已保存 ${file}，校验通过。${elsewhere['zh-CN']}`,
    en: `Saved ${file}; it passes the gate.${elsewhere.en}`,
  }),
  hasErrors: (file: string, errors: number, elsewhere: Bilingual): Bilingual => ({
    'zh-CN': `已保存 ${file}，但它有 ${errors} 个错误。文件已照常写入工作区（这是本地编辑）；修正之前，网站构建和 touchstone check 都会失败。${elsewhere['zh-CN']}`,
    en: `Saved ${file}, but it has ${errors} error${errors === 1 ? '' : 's'}: the file is written to the working tree all the same (you are editing locally); the site build and touchstone check fail until they are fixed.${elsewhere.en}`,
  }),
};
