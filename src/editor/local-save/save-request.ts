/**
 * The HTTP side of POST …/save: the body must be JSON of a bounded size holding { file, text };
 * the path and the text are checked before save.ts writes anything. Also the JSON responses
 * every endpoint sends.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LIMITS } from '../../gate/source.ts';
import type { Bilingual } from '../../i18n/locale.ts';
import { Refused, refused } from './refusal.ts';
import { save, type SaveResponse } from './save.ts';
import { checkSavePath } from './save-path.ts';

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

export function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
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

export function methodNotAllowed(allow: string): Refused {
  return refused(405, 'method', { 'zh-CN': `此地址只接受 ${allow} 请求。`, en: `This address accepts ${allow} only.` });
}

export async function handleSave(req: IncomingMessage, root: string): Promise<SaveResponse> {
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
