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
 * The checks live beside this file: local-only.ts (only from this machine), save-path.ts and
 * atomic-write.ts (never outside the handbook folder), save-request.ts (the request body), save.ts
 * (the write and the gate's verdict).
 */
import type { AstroIntegration } from 'astro';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { handbookDir } from '../../content/gate-cache.ts';
import { LIMITS } from '../../gate/source.ts';
import { SAVE_REFUSALS } from '../../i18n/local-save.ts';
import { checkLocal } from './local-only.ts';
import { Refused, refused, type Refusal } from './refusal.ts';
import { handleSave, methodNotAllowed, send } from './save-request.ts';

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
              send(
                res,
                error.status,
                error.body,
                error.status === 405 ? { Allow: name === 'save' ? 'POST' : 'GET, HEAD' } : {},
              );
            } else {
              logger.error(String(error instanceof Error ? (error.stack ?? error.message) : error));
              send(res, 500, {
                saved: false,
                error: 'write-failed',
                message: SAVE_REFUSALS.internalError,
              } satisfies Refusal);
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
            send(res, 200, {
              dev: true,
              handbook: relative(root, dir).split(sep).join('/') || '.',
              maxFileBytes: LIMITS.fileBytes,
            });
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
          fail(refused(404, 'not-found', SAVE_REFUSALS.notFound(path)));
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
