/**
 * Local save, `astro dev` only: lets the editor write a standards file into the working tree and
 * get the gate's verdict on it, without a pull request. Nothing of it reaches `astro build`: the
 * endpoints are Vite dev-server middleware registered in `astro:server:setup`, which Astro runs
 * for the dev server only (no route, no page, no file in the output).
 *
 *   GET  {base}__touchstone/status  → 200 { dev: true, handbook, maxFileBytes }
 *   POST {base}__touchstone/save    { file, text } (application/json)
 *        → 200 { saved: true, valid, diagnostics, errorsElsewhere, message }
 *        → 400 bad path or body · 403 not from this machine · 405 · 413 too large · 415 not JSON
 *          · 500 the write failed; every refusal is { saved: false, error, message: { zh-CN, en } }
 *
 * Only from this machine: the connection must come from a loopback address, the Host header must
 * name a loopback host (against DNS rebinding), and an Origin, when sent, must be a loopback
 * origin on the same port (against other sites posting from the author's browser). The dev
 * server may be bound to a LAN address (`--host`); others on the LAN can read, not save.
 *
 * Never outside the handbook folder: the path is checked as text first (relative, '/'-separated,
 * no '.'/'..'/hidden segments, a known kind folder per classify(), .yaml/.yml/.mdx), then on disk
 * (the real path of the target's folder must be inside the real path of the handbook folder; the
 * target itself must not be a symbolic link). The write is atomic: a temporary file in the same
 * folder, then a rename over the target.
 */
import type { AstroIntegration } from 'astro';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, realpathSync, renameSync, chmodSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { handbookDir } from '../content/gate-cache.ts';
import { hasErrors, renderDiagnostic, type Diagnostic } from '../gate/diagnostics.ts';
import { classify } from '../gate/files.ts';
import { loadHandbook } from '../gate/load-handbook.ts';
import { LOCALES, type Locale } from '../i18n/locale.ts';
import { LIMITS } from '../gate/source.ts';

/** A text in every locale Touchstone ships messages for. */
export type Bilingual = Record<Locale, string>;

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

export interface Refusal {
  saved: false;
  error: 'bad-path' | 'bad-body' | 'forbidden' | 'method' | 'too-large' | 'media-type' | 'not-found' | 'write-failed';
  message: Bilingual;
}

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

/** Whether `inner` is `outer` or below it (both absolute, real paths). */
function inside(outer: string, inner: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep));
}

class Refused extends Error {
  readonly status: number;
  readonly body: Refusal;
  constructor(status: number, body: Refusal) {
    super(body.message.en);
    this.status = status;
    this.body = body;
  }
}

function refused(status: number, error: Refusal['error'], message: Bilingual): Refused {
  return new Refused(status, { saved: false, error, message });
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Writes `text` to `file` (relative to `root`) atomically, after the disk checks. */
export function writeInHandbook(root: string, file: string, text: string): void {
  const outside = (what: string): Refused =>
    refused(400, 'bad-path', {
      'zh-CN': `不能保存 ${JSON.stringify(file)}：${what === 'link' ? '它是一个符号链接。' : '它所在的文件夹（经符号链接解析后）位于手册文件夹之外。'}`,
      en: `Cannot save ${JSON.stringify(file)}: ${what === 'link' ? 'it is a symbolic link.' : 'its folder (symbolic links resolved) is outside the handbook folder.'}`,
    });
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    throw refused(500, 'write-failed', { 'zh-CN': `手册文件夹 ${root} 不存在。`, en: `The handbook folder ${root} does not exist.` });
  }
  const target = join(realRoot, ...file.split('/'));
  const folder = dirname(target);
  // The nearest folder that exists must be inside the handbook, symbolic links resolved…
  let existing = folder;
  while (!exists(existing)) existing = dirname(existing);
  if (!inside(realRoot, realpathSync(existing))) throw outside('folder');
  if (existing !== folder) mkdirSync(folder, { recursive: true });
  // …and so must the target's folder, once created.
  const realFolder = realpathSync(folder);
  if (!inside(realRoot, realFolder) || !statSync(realFolder).isDirectory()) throw outside('folder');
  const final = join(realFolder, basename(target));
  let mode: number | undefined;
  try {
    const st = lstatSync(final);
    if (st.isSymbolicLink()) throw outside('link');
    if (!st.isFile()) {
      throw refused(400, 'bad-path', { 'zh-CN': `不能保存 ${JSON.stringify(file)}：同名的文件夹已存在。`, en: `Cannot save ${JSON.stringify(file)}: a folder of that name exists.` });
    }
    mode = st.mode & 0o7777;
  } catch (error) {
    if (error instanceof Refused) throw error;
    // a new file
  }
  const temp = join(realFolder, `.${basename(target)}.${process.pid}-${randomBytes(6).toString('hex')}.touchstone-save`);
  // 'wx': never follow or reuse something already at the temporary name.
  const fd = openSync(temp, 'wx', 0o666);
  try {
    try {
      const bytes = Buffer.from(text, 'utf8');
      let at = 0;
      while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (mode !== undefined) chmodSync(temp, mode);
    renameSync(temp, final);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // already renamed or gone
    }
    throw error;
  }
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

// ───────────────────────────── HTTP ─────────────────────────────

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4 === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/** Host header → { hostname, port }, or undefined when it cannot be read. */
function parseHost(host: string | undefined): { hostname: string; port: string } | undefined {
  if (!host) return undefined;
  try {
    const url = new URL(`http://${host}`);
    return { hostname: url.hostname, port: url.port };
  } catch {
    return undefined;
  }
}

const FORBIDDEN: Bilingual = {
  'zh-CN': '只能在本机保存：请在运行 astro dev 的电脑上通过 http://localhost 或 http://127.0.0.1 打开编辑器。',
  en: 'Saving works only from this machine: open the editor at http://localhost or http://127.0.0.1 on the computer running astro dev.',
};

/** Undefined when the request comes from this machine (and, for a POST, from this server's pages). */
function checkLocal(req: IncomingMessage): Refused | undefined {
  const forbidden = refused(403, 'forbidden', FORBIDDEN);
  if (!isLoopbackAddress(req.socket.remoteAddress)) return forbidden;
  const host = parseHost(req.headers.host);
  if (!host || !LOOPBACK_HOSTS.has(host.hostname)) return forbidden;
  const origin = req.headers.origin;
  if (origin !== undefined) {
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      return forbidden;
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !LOOPBACK_HOSTS.has(url.hostname) || url.port !== host.port) return forbidden;
  }
  return undefined;
}

/** The largest request body read: the text at the gate's limit, JSON-escaped, plus the path. */
const MAX_BODY = 2 * LIMITS.fileBytes + 64 * 1024;

const TOO_LARGE: Bilingual = {
  'zh-CN': `文件超过 ${LIMITS.fileBytes} 字节的上限，未保存。请拆分这份标准。`,
  en: `The file is larger than the limit of ${LIMITS.fileBytes} bytes and was not saved. Split the standard.`,
};

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > MAX_BODY) {
      req.resume();
      reject(refused(413, 'too-large', TOO_LARGE));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > MAX_BODY) {
        done = true;
        reject(refused(413, 'too-large', TOO_LARGE));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) resolve(Buffer.concat(chunks));
    });
    req.on('error', (error) => {
      if (!done) reject(error);
    });
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(json)),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(json);
}

function methodNotAllowed(allow: string): Refused {
  return refused(405, 'method', { 'zh-CN': `此地址只接受 ${allow} 请求。`, en: `This address accepts ${allow} only.` });
}

async function handleSave(req: IncomingMessage, root: string): Promise<SaveResponse> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') {
    req.resume();
    throw refused(415, 'media-type', { 'zh-CN': '请求体必须是 JSON（Content-Type: application/json）。', en: 'The body must be JSON (Content-Type: application/json).' });
  }
  const raw = await readBody(req);
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    throw refused(400, 'bad-body', { 'zh-CN': '请求体不是有效的 JSON。', en: 'The body is not valid JSON.' });
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw refused(400, 'bad-body', { 'zh-CN': '请求体必须是 { "file": …, "text": … }。', en: 'The body must be { "file": …, "text": … }.' });
  }
  const { file, text } = body as { file?: unknown; text?: unknown };
  const bad = checkSavePath(file);
  if (bad) throw refused(400, 'bad-path', bad);
  if (typeof text !== 'string') throw refused(400, 'bad-body', { 'zh-CN': '缺少文件内容（text，字符串）。', en: 'The file text (text, a string) is missing.' });
  if (Buffer.byteLength(text, 'utf8') > LIMITS.fileBytes) throw refused(413, 'too-large', TOO_LARGE);
  try {
    return save(root, file as string, text);
  } catch (error) {
    if (error instanceof Refused) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw refused(500, 'write-failed', { 'zh-CN': `保存失败：${detail}`, en: `The file could not be saved: ${detail}` });
  }
}

export function localSave(): AstroIntegration {
  let command: string | undefined;
  let root = '';
  let base = '/';
  return {
    name: 'touchstone-local-save',
    hooks: {
      'astro:config:setup': ({ command: c }) => {
        command = c;
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server, logger }) => {
        if (command !== 'dev') return;
        const prefix = `${base}__touchstone/`;
        // One save at a time: each answer reports the gate on the handbook as that save left it.
        let queue: Promise<unknown> = Promise.resolve();
        const handle = (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
          let path: string;
          try {
            path = new URL(req.url ?? '/', 'http://localhost').pathname;
          } catch {
            next();
            return;
          }
          if (!path.startsWith(prefix)) {
            next();
            return;
          }
          const name = path.slice(prefix.length).replace(/\/$/, '');
          const fail = (error: unknown) => {
            if (error instanceof Refused) {
              if (error.status === 413 || error.status === 415) res.setHeader('Connection', 'close');
              send(res, error.status, error.body, error.status === 405 ? { Allow: name === 'save' ? 'POST' : 'GET, HEAD' } : {});
            } else {
              logger.error(String(error instanceof Error ? (error.stack ?? error.message) : error));
              send(res, 500, { saved: false, error: 'write-failed', message: { 'zh-CN': '服务器内部错误。', en: 'Internal error.' } } satisfies Refusal);
            }
          };
          const local = checkLocal(req);
          if (local) {
            req.resume();
            fail(local);
            return;
          }
          const dir = handbookDir();
          if (name === 'status') {
            if (req.method !== 'GET' && req.method !== 'HEAD') {
              req.resume();
              fail(methodNotAllowed('GET'));
              return;
            }
            send(res, 200, { dev: true, handbook: relative(root, dir).split(sep).join('/') || '.', maxFileBytes: LIMITS.fileBytes });
            return;
          }
          if (name === 'save') {
            if (req.method !== 'POST') {
              req.resume();
              fail(methodNotAllowed('POST'));
              return;
            }
            const run = queue.then(() => handleSave(req, dir));
            queue = run.catch(() => undefined);
            run.then((answer) => {
              logger.info(answer.message.en);
              send(res, 200, answer);
            }, fail);
            return;
          }
          req.resume();
          fail(refused(404, 'not-found', { 'zh-CN': `没有 ${path} 这个地址。`, en: `There is no ${path}.` }));
        };
        server.middlewares.use(handle);
        // Astro puts its own middleware (trailing slash, base) in front of every other once the
        // server is created; ours must come first, to see {base}__touchstone/… as requested.
        server.httpServer?.once('listening', () => {
          const stack = server.middlewares.stack;
          const at = stack.findIndex((layer) => layer.handle === handle);
          if (at > 0) stack.unshift(...stack.splice(at, 1));
        });
      },
    },
  };
}
