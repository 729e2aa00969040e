/**
 * The HTTP side of POST …/save: the body must be JSON of a bounded size holding { file, text };
 * the path and the text are checked before save.ts writes anything. Also the JSON responses
 * every endpoint sends.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LIMITS } from '../../gate/source.ts';
import { SAVE_REFUSALS } from '../../i18n/local-save.ts';
import { Refused, refused } from './refusal.ts';
import { save, type SaveResponse } from './save.ts';
import { checkSavePath } from './save-path.ts';

/** The largest request body read: the text at the gate's limit, JSON-escaped, plus the path. */
const MAX_BODY = 2 * LIMITS.fileBytes + 64 * 1024;

const TOO_LARGE = SAVE_REFUSALS.tooLarge(LIMITS.fileBytes);

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
  return refused(405, 'method', SAVE_REFUSALS.method(allow));
}

export async function handleSave(req: IncomingMessage, root: string): Promise<SaveResponse> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') {
    req.resume();
    throw refused(415, 'media-type', SAVE_REFUSALS.mediaType);
  }
  const raw = await readBody(req);
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    throw refused(400, 'bad-body', SAVE_REFUSALS.notJson);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw refused(400, 'bad-body', SAVE_REFUSALS.notFileAndText);
  }
  const { file, text } = body as { file?: unknown; text?: unknown };
  const bad = checkSavePath(file);
  if (bad) throw refused(400, 'bad-path', bad);
  if (typeof text !== 'string') throw refused(400, 'bad-body', SAVE_REFUSALS.textMissing);
  if (Buffer.byteLength(text, 'utf8') > LIMITS.fileBytes) throw refused(413, 'too-large', TOO_LARGE);
  try {
    return save(root, file as string, text);
  } catch (error) {
    if (error instanceof Refused) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw refused(500, 'write-failed', SAVE_REFUSALS.writeFailed(detail));
  }
}
