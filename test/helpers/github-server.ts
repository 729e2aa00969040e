/**
 * A stand-in for the part of GitHub's REST API the editor uses, over a REAL bare git repository,
 * on 127.0.0.1 at a random port:
 *
 *   GET  /user
 *   GET  /repos/{o}/{r}/git/ref/heads/{branch}
 *   POST /repos/{o}/{r}/git/refs                 { ref, sha }          422 when the ref exists
 *   GET  /repos/{o}/{r}/contents/{path}?ref=     base64 (wrapped at 60 columns, as GitHub does);
 *                                                 raw bytes for Accept: application/vnd.github.raw(+json)
 *   PUT  /repos/{o}/{r}/contents/{path}          { message, content, sha?, branch? }
 *                                                 409 when sha is not the file's current blob sha;
 *                                                 422 '"sha" wasn't supplied' for an existing file without sha
 *   POST /repos/{o}/{r}/pulls                    { title, head, base, body, draft }   (kept in memory)
 *   GET  /repos/{o}/{r}/pulls/{n}
 *
 * The repository: `git init --bare` in a temporary folder, seeded from a folder (under a prefix,
 * e.g. the example handbook under standards/) in one commit on the default branch, with a fixed
 * author and date (so the seed commit's sha is the same on every run). Writes use git plumbing:
 * hash-object -w --stdin, read-tree + update-index into a temporary GIT_INDEX_FILE, write-tree,
 * commit-tree, and update-ref with the old value (atomic: a ref that moved meanwhile fails). A
 * file's `sha` is its git blob sha, exactly what GitHub returns. Writes are serialised.
 *
 * Authorization: `Bearer <token>` (or `token <token>`); no header → 401 "Requires
 * authentication", another token → 401 "Bad credentials"; a token in readOnlyTokens → 403 on
 * writes. CORS for any http://127.0.0.1[:port] origin, preflight included (Authorization allowed);
 * other origins get no CORS headers. Every request is logged in `requests` (with the
 * Authorization header as received), for tests to check where the token went.
 */
import { spawn } from 'node:child_process';
import { lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';

export interface GitHubServerOptions {
  owner?: string;
  repo?: string;
  /** The default branch (default 'main'). */
  branch?: string;
  /** The token accepted (default 'test-token-valid'). */
  token?: string;
  /** Tokens accepted for reading but refused (403) for writing. */
  readOnlyTokens?: string[];
  /** The login GET /user answers (default 'touchstone-tester'). */
  login?: string;
  /** A folder whose files are committed in the seed commit, under seedPrefix. */
  seedDir?: string;
  /** Where seedDir goes in the repository (default 'standards'; '' for the root). */
  seedPrefix?: string;
  /** More files for the seed commit: repository path → text. */
  files?: Record<string, string>;
  /** Whether draft pull requests are allowed (default true; false answers 422 as GitHub does on plans without drafts). */
  draftsSupported?: boolean;
  /** Files larger than this come without content (encoding "none"), as GitHub does above 1 MB. */
  largeFileBytes?: number;
  /** The html_url answered for pull request `number` (undefined: GitHub's https://github.com/o/r/pull/n); a hostile server's answer, for tests. */
  pullHtmlUrl?: (number: number) => string | undefined;
}

export interface LoggedRequest {
  method: string;
  /** Path and query as received. */
  url: string;
  authorization: string | undefined;
  origin: string | undefined;
  accept: string | undefined;
  apiVersion: string | undefined;
  status?: number;
}

export interface PullRequest {
  number: number;
  url: string;
  html_url: string;
  state: 'open';
  title: string;
  body: string;
  draft: boolean;
  head: { ref: string; sha: string };
  base: { ref: string; sha: string };
  user: { login: string };
}

export interface LogEntry {
  sha: string;
  parents: string[];
  author: string;
  date: string;
  subject: string;
  message: string;
}

export interface GitHubServer {
  /** http://127.0.0.1:<port> — the apiBase. */
  url: string;
  port: number;
  owner: string;
  repo: string;
  branch: string;
  token: string;
  login: string;
  /** The bare repository. */
  gitDir: string;
  requests: LoggedRequest[];
  pulls: PullRequest[];
  /** Commits `text` as `path` on the default branch (or opts.branch) as someone else would. */
  commitUpstream(
    path: string,
    text: string,
    opts?: { branch?: string; message?: string },
  ): Promise<{ commitSha: string; blobSha: string }>;
  /** Removes `path` on the default branch (or opts.branch) as someone else would. */
  deleteUpstream(path: string, opts?: { branch?: string; message?: string }): Promise<{ commitSha: string }>;
  /** A file's text on a branch (or at a commit), undefined when absent. */
  readFile(ref: string, path: string): Promise<string | undefined>;
  /** The branch's commits, newest first. */
  log(branch: string): Promise<LogEntry[]>;
  /** The commit a branch points at, undefined when there is no such branch. */
  branchSha(branch: string): Promise<string | undefined>;
  /** Runs git on the bare repository; stdout as text. */
  git(args: string[], input?: string): Promise<string>;
  /** Makes every request answer 403 with x-ratelimit-remaining: 0 (true) or not (false). */
  setRateLimited(on: boolean): void;
  close(): Promise<void>;
}

const API_VERSION = '2022-11-28';
const SEED_DATE = '2026-01-01T00:00:00Z';
const LOOPBACK_ORIGIN = /^http:\/\/127\.0\.0\.1(?::\d{1,5})?$/;
const MAX_BODY = 10 * 1024 * 1024;
const ZERO = '0000000000000000000000000000000000000000';

class HttpError extends Error {
  readonly status: number;
  readonly body: Record<string, unknown>;
  constructor(status: number, message: string, extra: Record<string, unknown> = {}) {
    super(message);
    this.status = status;
    this.body = { message, documentation_url: 'https://docs.github.com/rest', status: String(status), ...extra };
  }
}

export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  const owner = options.owner ?? 'touchstone-example';
  const repo = options.repo ?? 'service-handbook';
  const defaultBranch = options.branch ?? 'main';
  const token = options.token ?? 'test-token-valid';
  const login = options.login ?? 'touchstone-tester';
  const readOnly = new Set(options.readOnlyTokens ?? []);
  const draftsSupported = options.draftsSupported ?? true;
  const largeFileBytes = options.largeFileBytes ?? 1024 * 1024;
  const tmp = mkdtempSync(join(tmpdir(), 'touchstone-github-'));
  const gitDir = join(tmp, 'repo.git');
  const requests: LoggedRequest[] = [];
  const pulls: PullRequest[] = [];
  let rateLimited = false;
  let clock = Date.parse(SEED_DATE) / 1000;
  let indexCounter = 0;

  // ───────── git ─────────

  /** Only PATH from the environment: no GIT_DIR, GIT_INDEX_FILE, user or system config leaks in. */
  const gitEnv: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: tmp,
    LC_ALL: 'C',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GIT_LITERAL_PATHSPECS: '1',
  };

  function runGit(
    args: string[],
    opts: { input?: Buffer | string; env?: NodeJS.ProcessEnv; cwdGitDir?: boolean } = {},
  ): Promise<{ code: number; stdout: Buffer; stderr: string }> {
    return new Promise((ok, fail) => {
      const argv = opts.cwdGitDir === false ? args : ['--git-dir', gitDir, ...args];
      const child = spawn('git', argv, { env: { ...gitEnv, ...opts.env }, stdio: ['pipe', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (c: Buffer) => out.push(c));
      child.stderr.on('data', (c: Buffer) => err.push(c));
      child.on('error', fail);
      child.on('close', (code) =>
        ok({ code: code ?? -1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }),
      );
      child.stdin.on('error', () => {}); // git may exit before reading all of stdin; the exit code tells
      child.stdin.end(opts.input ?? '');
    });
  }

  async function git(
    args: string[],
    opts: { input?: Buffer | string; env?: NodeJS.ProcessEnv; cwdGitDir?: boolean } = {},
  ): Promise<Buffer> {
    const r = await runGit(args, opts);
    if (r.code !== 0) throw new Error(`git ${args.join(' ')} exited ${r.code}: ${r.stderr.trim()}`);
    return r.stdout;
  }

  const text = async (args: string[], input?: Buffer | string) =>
    (await git(args, input === undefined ? {} : { input })).toString('utf8').trim();

  function identity(name: string, email: string): NodeJS.ProcessEnv {
    clock += 60;
    const date = `${clock} +0000`;
    return {
      GIT_AUTHOR_NAME: name,
      GIT_AUTHOR_EMAIL: email,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_NAME: name,
      GIT_COMMITTER_EMAIL: email,
      GIT_COMMITTER_DATE: date,
    };
  }

  async function resolveCommit(ref: string): Promise<string | undefined> {
    if (!/^[A-Za-z0-9._/-]+$/.test(ref) || ref.startsWith('-') || ref.includes('..')) return undefined;
    const candidates = /^[0-9a-f]{40}$/.test(ref) ? [ref] : [`refs/heads/${ref}`, `refs/tags/${ref}`];
    for (const c of candidates) {
      const r = await runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${c}^{commit}`]);
      if (r.code === 0) return r.stdout.toString('utf8').trim();
    }
    return undefined;
  }

  async function branchSha(branch: string): Promise<string | undefined> {
    if (!validRefName(`refs/heads/${branch}`)) return undefined;
    const r = await runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `refs/heads/${branch}^{commit}`]);
    return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
  }

  interface TreeEntry {
    mode: string;
    type: string;
    sha: string;
    path: string;
  }

  async function lsTree(commit: string, path: string, children = false): Promise<TreeEntry[]> {
    const args = ['ls-tree', '-z', '--full-tree', commit];
    if (path !== '') args.push('--', children ? `${path}/` : path);
    const out = (await git(args)).toString('utf8');
    return out
      .split('\0')
      .filter(Boolean)
      .map((line) => {
        const tab = line.indexOf('\t');
        const [mode, type, sha] = line.slice(0, tab).split(' ') as [string, string, string];
        return { mode, type, sha, path: line.slice(tab + 1) };
      });
  }

  async function entryAt(commit: string, path: string): Promise<TreeEntry | undefined> {
    return (await lsTree(commit, path)).find((e) => e.path === path);
  }

  async function blob(sha: string): Promise<Buffer> {
    return git(['cat-file', 'blob', sha]);
  }

  /** Commits one file on a branch, compare-and-swap on the branch's commit. */
  async function commitFile(
    branch: string,
    path: string,
    bytes: Buffer | null,
    message: string,
    who: NodeJS.ProcessEnv,
    parent: string,
    mode: string,
  ): Promise<{ commitSha: string; blobSha: string }> {
    // null: remove the path (index-info's mode 0 line).
    const blobSha = bytes === null ? ZERO : await text(['hash-object', '-w', '--no-filters', '--stdin'], bytes);
    if (bytes === null) mode = '0';
    const index = join(tmp, `index-${++indexCounter}`);
    try {
      const env = { GIT_INDEX_FILE: index };
      await git(['read-tree', parent], { env });
      await git(['update-index', '-z', '--add', '--index-info'], { env, input: `${mode} ${blobSha}\t${path}\0` });
      const tree = (await git(['write-tree'], { env })).toString('utf8').trim();
      const commitSha = (await git(['commit-tree', tree, '-p', parent], { env: who, input: message }))
        .toString('utf8')
        .trim();
      const moved = await runGit(['update-ref', '-m', `write ${path}`, `refs/heads/${branch}`, commitSha, parent]);
      if (moved.code !== 0) throw new HttpError(409, `Branch ${branch} moved while writing`);
      return { commitSha, blobSha };
    } finally {
      rmSync(index, { force: true });
    }
  }

  let chain: Promise<unknown> = Promise.resolve();
  function exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = chain.then(fn, fn);
    chain = run.catch(() => undefined);
    return run;
  }

  // ───────── seed ─────────

  await git(['init', '--bare', '--quiet', `--initial-branch=${defaultBranch}`, gitDir], { cwdGitDir: false });
  {
    const seed: { path: string; mode: string; file?: string; text?: string }[] = [];
    if (options.seedDir !== undefined) {
      const prefix = (options.seedPrefix ?? 'standards').replace(/^\/+|\/+$/g, '');
      for (const file of walk(options.seedDir)) {
        const rel = relative(options.seedDir, file).split(sep).join('/');
        const executable = (lstatSync(file).mode & 0o111) !== 0;
        seed.push({ path: prefix === '' ? rel : `${prefix}/${rel}`, mode: executable ? '100755' : '100644', file });
      }
    }
    for (const [path, t] of Object.entries(options.files ?? {})) seed.push({ path, mode: '100644', text: t });
    const shas: string[] = [];
    const fromDisk = seed.filter((s) => s.file !== undefined);
    if (fromDisk.length > 0) {
      const out = await text(
        ['hash-object', '-w', '--no-filters', '--stdin-paths'],
        fromDisk.map((s) => s.file).join('\n') + '\n',
      );
      shas.push(...out.split('\n'));
    }
    for (const s of seed.filter((x) => x.text !== undefined))
      shas.push(await text(['hash-object', '-w', '--no-filters', '--stdin'], s.text));
    const ordered = [...fromDisk, ...seed.filter((x) => x.text !== undefined)];
    const index = join(tmp, 'index-seed');
    const env = { GIT_INDEX_FILE: index };
    await git(['read-tree', '--empty'], { env });
    await git(['update-index', '-z', '--add', '--index-info'], {
      env,
      input: ordered.map((s, i) => `${s.mode} ${shas[i]}\t${s.path}\0`).join(''),
    });
    const seedTree = (await git(['write-tree'], { env })).toString('utf8').trim();
    rmSync(index, { force: true });
    const date = `${Date.parse(SEED_DATE) / 1000} +0000`;
    const who = {
      GIT_AUTHOR_NAME: 'Touchstone Seed',
      GIT_AUTHOR_EMAIL: 'seed@touchstone.invalid',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_NAME: 'Touchstone Seed',
      GIT_COMMITTER_EMAIL: 'seed@touchstone.invalid',
      GIT_COMMITTER_DATE: date,
    };
    const commit = (await git(['commit-tree', seedTree], { env: who, input: 'Seed the handbook\n' }))
      .toString('utf8')
      .trim();
    await git(['update-ref', `refs/heads/${defaultBranch}`, commit, ZERO]);
  }

  // ───────── HTTP ─────────

  const server = createServer((req, res) => {
    const entry: LoggedRequest = {
      method: req.method ?? '',
      url: req.url ?? '',
      authorization: req.headers.authorization,
      origin: req.headers.origin,
      accept: typeof req.headers.accept === 'string' ? req.headers.accept : undefined,
      apiVersion: header(req, 'x-github-api-version'),
    };
    requests.push(entry);
    handle(req, res)
      .catch((e: unknown) => {
        const err =
          e instanceof HttpError
            ? e
            : new HttpError(500, `Internal error: ${e instanceof Error ? e.message : String(e)}`);
        sendJson(req, res, err.status, err.body);
      })
      .finally(() => {
        entry.status = res.statusCode;
      });
  });

  function corsHeaders(req: IncomingMessage): Record<string, string> {
    const origin = req.headers.origin;
    if (origin === undefined || !LOOPBACK_ORIGIN.test(origin)) return {};
    return {
      'access-control-allow-origin': origin,
      vary: 'Origin',
      'access-control-expose-headers':
        'ETag, Link, Location, X-GitHub-Request-Id, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, X-RateLimit-Used, X-GitHub-Media-Type',
    };
  }

  function sendJson(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    body: unknown,
    extra: Record<string, string> = {},
  ): void {
    if (res.headersSent) {
      res.end();
      return;
    }
    const buf = Buffer.from(JSON.stringify(body));
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': buf.length,
      'cache-control': 'private, max-age=60, s-maxage=60',
      'x-github-media-type': 'github.v3; format=json',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': rateLimited ? '0' : '4999',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      ...corsHeaders(req),
      ...extra,
    });
    res.end(buf);
  }

  async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_BODY) throw new HttpError(413, 'Request body too large');
      chunks.push(chunk);
    }
    try {
      const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
      return value as Record<string, unknown>;
    } catch {
      throw new HttpError(400, 'Problems parsing JSON');
    }
  }

  function authorize(req: IncomingMessage): void {
    const auth = req.headers.authorization;
    if (auth === undefined) throw new HttpError(401, 'Requires authentication');
    const m = /^(?:Bearer|token) (\S+)$/i.exec(auth);
    const given = m?.[1];
    if (given === token) return;
    if (given !== undefined && readOnly.has(given)) {
      if (req.method === 'GET') return;
      throw new HttpError(403, 'Resource not accessible by personal access token');
    }
    throw new HttpError(401, 'Bad credentials');
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    if (method === 'OPTIONS') {
      const cors = corsHeaders(req);
      if (!('access-control-allow-origin' in cors)) {
        res.writeHead(403, { 'content-length': 0 });
        res.end();
        return;
      }
      res.writeHead(204, {
        ...cors,
        'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
        'access-control-allow-headers':
          'Authorization, Accept, Content-Type, X-GitHub-Api-Version, If-None-Match, If-Match, X-Requested-With',
        'access-control-max-age': '600',
        'content-length': 0,
      });
      res.end();
      return;
    }
    authorize(req);
    if (rateLimited) throw new HttpError(403, 'API rate limit exceeded for user.');
    const version = header(req, 'x-github-api-version');
    if (version !== undefined && version !== API_VERSION)
      throw new HttpError(400, `API version ${version} is not supported.`);

    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let segments: string[];
    try {
      segments = url.pathname
        .split('/')
        .slice(1)
        .map((s) => decodeURIComponent(s));
    } catch {
      throw new HttpError(400, 'Bad path');
    }
    if (segments.some((s) => s === '..' || s === '.' || s.includes('/') || s.includes('\\') || s.includes('\0')))
      throw new HttpError(400, 'Bad path');

    if (method === 'GET' && segments.length === 1 && segments[0] === 'user') {
      sendJson(req, res, 200, { login, id: 1, type: 'User', html_url: `https://github.com/${login}` });
      return;
    }
    const [first, o, r, area, ...rest] = segments;
    if (first !== 'repos' || o?.toLowerCase() !== owner.toLowerCase() || r?.toLowerCase() !== repo.toLowerCase())
      throw new HttpError(404, 'Not Found');

    if (area === 'git' && method === 'GET' && rest[0] === 'ref' && rest[1] === 'heads' && rest.length > 2) {
      const branch = rest.slice(2).join('/');
      const sha = await branchSha(branch);
      if (sha === undefined) throw new HttpError(404, 'Not Found');
      sendJson(req, res, 200, refJson(`refs/heads/${branch}`, sha));
      return;
    }
    if (area === 'git' && method === 'POST' && rest.length === 1 && rest[0] === 'refs') {
      const body = await readBody(req);
      const created = await exclusive(() => createRef(body));
      sendJson(req, res, 201, created, { location: `${apiUrl()}/git/refs/${String(created['ref']).slice(5)}` });
      return;
    }
    if (area === 'contents' && method === 'GET') {
      await getContents(req, res, rest.join('/'), url.searchParams.get('ref'));
      return;
    }
    if (area === 'contents' && method === 'PUT' && rest.length > 0) {
      const body = await readBody(req);
      const result = await exclusive(() => putContents(rest.join('/'), body));
      sendJson(req, res, result.created ? 201 : 200, result.json);
      return;
    }
    if (area === 'pulls' && method === 'POST' && rest.length === 0) {
      const body = await readBody(req);
      sendJson(req, res, 201, await exclusive(() => createPull(body)));
      return;
    }
    if (area === 'pulls' && method === 'GET' && rest.length === 1 && /^[1-9][0-9]*$/.test(rest[0]!)) {
      const pull = pulls.find((p) => p.number === Number(rest[0]));
      if (pull === undefined) throw new HttpError(404, 'Not Found');
      sendJson(req, res, 200, pull);
      return;
    }
    throw new HttpError(404, 'Not Found');
  }

  const apiUrl = () => `${base}/repos/${owner}/${repo}`;

  function refJson(ref: string, sha: string): Record<string, unknown> {
    return {
      ref,
      node_id: `REF_${sha.slice(0, 12)}`,
      url: `${apiUrl()}/git/${ref}`,
      object: { sha, type: 'commit', url: `${apiUrl()}/git/commits/${sha}` },
    };
  }

  async function createRef(body: Record<string, unknown>): Promise<Record<string, unknown>> {
    const ref = body['ref'];
    const sha = body['sha'];
    if (typeof ref !== 'string' || typeof sha !== 'string')
      throw new HttpError(422, 'Invalid request.\n\n"ref" and "sha" are required.');
    if (!ref.startsWith('refs/') || ref.split('/').length < 3 || !validRefName(ref))
      throw new HttpError(422, `${ref} is not a valid ref name.`);
    if (!/^[0-9a-f]{40}$/.test(sha) || (await runGit(['cat-file', '-e', `${sha}^{commit}`])).code !== 0)
      throw new HttpError(422, 'Object does not exist');
    const made = await runGit(['update-ref', '-m', 'create', ref, sha, ZERO]);
    if (made.code !== 0) throw new HttpError(422, 'Reference already exists');
    return refJson(ref, sha);
  }

  async function getContents(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    refParam: string | null,
  ): Promise<void> {
    const ref = refParam ?? defaultBranch;
    const commit = await resolveCommit(ref);
    if (commit === undefined) throw new HttpError(404, `No commit found for the ref ${ref}`);
    const entry = path === '' ? { mode: '040000', type: 'tree', sha: '', path: '' } : await entryAt(commit, path);
    if (entry === undefined) throw new HttpError(404, 'Not Found');
    if (entry.type === 'tree') {
      const children = await lsTree(commit, path, true);
      sendJson(
        req,
        res,
        200,
        children.map((c) => ({
          type: c.type === 'tree' ? 'dir' : 'file',
          name: c.path.split('/').pop(),
          path: c.path,
          sha: c.sha,
        })),
      );
      return;
    }
    if (entry.type !== 'blob') throw new HttpError(404, 'Not Found');
    const bytes = await blob(entry.sha);
    const accept = header(req, 'accept') ?? '';
    if (/application\/vnd\.github\.raw/.test(accept)) {
      res.writeHead(200, {
        'content-type': 'application/vnd.github.raw',
        'content-length': bytes.length,
        'cache-control': 'private, max-age=60',
        ...corsHeaders(req),
      });
      res.end(bytes);
      return;
    }
    const large = bytes.length > largeFileBytes;
    sendJson(req, res, 200, {
      type: 'file',
      encoding: large ? 'none' : 'base64',
      size: bytes.length,
      name: path.split('/').pop(),
      path,
      content: large ? '' : (bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n',
      sha: entry.sha,
      url: `${apiUrl()}/contents/${path}?ref=${encodeURIComponent(ref)}`,
      html_url: `https://github.com/${owner}/${repo}/blob/${ref}/${path}`,
      git_url: `${apiUrl()}/git/blobs/${entry.sha}`,
      download_url: null,
    });
  }

  async function putContents(
    path: string,
    body: Record<string, unknown>,
  ): Promise<{ created: boolean; json: Record<string, unknown> }> {
    const message = body['message'];
    const content = body['content'];
    const sha = body['sha'];
    const branch = body['branch'] ?? defaultBranch;
    if (typeof message !== 'string' || message === '')
      throw new HttpError(422, 'Invalid request.\n\n"message" wasn\'t supplied.');
    if (typeof content !== 'string') throw new HttpError(422, 'Invalid request.\n\n"content" wasn\'t supplied.');
    if (typeof branch !== 'string') throw new HttpError(422, 'Invalid request.\n\n"branch" is not a string.');
    if (sha !== undefined && typeof sha !== 'string')
      throw new HttpError(422, 'Invalid request.\n\n"sha" is not a string.');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(content) || content.length % 4 !== 0)
      throw new HttpError(422, 'content is not valid Base64');
    if (path.split('/').some((s) => s === '' || s === '.git')) throw new HttpError(422, `Invalid path: ${path}`);
    const parent = await branchSha(branch);
    if (parent === undefined) throw new HttpError(404, `Branch ${branch} not found`);
    const existing = await entryAt(parent, path);
    if (existing !== undefined && existing.type !== 'blob') throw new HttpError(422, `${path} is a ${existing.type}`);
    if (existing !== undefined && sha === undefined)
      throw new HttpError(422, 'Invalid request.\n\n"sha" wasn\'t supplied.');
    if (existing !== undefined && sha !== existing.sha)
      throw new HttpError(409, `${path} is at ${existing.sha} but expected ${String(sha)}`);
    if (existing === undefined && sha !== undefined)
      throw new HttpError(409, `${path} does not exist on ${branch} (expected ${sha})`);
    let result: { commitSha: string; blobSha: string };
    try {
      result = await commitFile(
        branch,
        path,
        Buffer.from(content, 'base64'),
        message,
        identity(login, `${login}@users.noreply.github.com`),
        parent,
        existing?.mode ?? '100644',
      );
    } catch (e) {
      if (e instanceof HttpError) throw e;
      throw new HttpError(422, `Could not write ${path}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const tree = await text(['rev-parse', `${result.commitSha}^{tree}`]);
    return {
      created: existing === undefined,
      json: {
        content: {
          type: 'file',
          name: path.split('/').pop(),
          path,
          sha: result.blobSha,
          size: Buffer.from(content, 'base64').length,
          url: `${apiUrl()}/contents/${path}?ref=${branch}`,
        },
        commit: {
          sha: result.commitSha,
          message,
          tree: { sha: tree },
          parents: [{ sha: parent }],
          author: { name: login },
          committer: { name: login },
          html_url: `https://github.com/${owner}/${repo}/commit/${result.commitSha}`,
        },
      },
    };
  }

  async function createPull(body: Record<string, unknown>): Promise<PullRequest> {
    const title = body['title'];
    let head = body['head'];
    const baseRef = body['base'];
    const prBody = body['body'] ?? '';
    const draft = body['draft'] ?? false;
    if (typeof title !== 'string' || title === '')
      throw new HttpError(422, 'Validation Failed', {
        errors: [{ resource: 'PullRequest', field: 'title', code: 'missing_field' }],
      });
    if (typeof head !== 'string' || typeof baseRef !== 'string')
      throw new HttpError(422, 'Validation Failed', {
        errors: [{ resource: 'PullRequest', field: typeof head !== 'string' ? 'head' : 'base', code: 'missing_field' }],
      });
    if (typeof prBody !== 'string' || typeof draft !== 'boolean')
      throw new HttpError(422, 'Validation Failed', {
        errors: [{ resource: 'PullRequest', field: 'body', code: 'invalid' }],
      });
    if (head.toLowerCase().startsWith(`${owner.toLowerCase()}:`)) head = head.slice(owner.length + 1);
    const headRef = head as string;
    const headSha = await branchSha(headRef);
    const baseSha = await branchSha(baseRef);
    if (baseSha === undefined)
      throw new HttpError(422, 'Validation Failed', {
        errors: [{ resource: 'PullRequest', field: 'base', code: 'invalid' }],
      });
    if (headSha === undefined)
      throw new HttpError(422, 'Validation Failed', {
        errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }],
      });
    if (draft && !draftsSupported)
      throw new HttpError(422, 'Validation Failed', {
        errors: [
          {
            resource: 'PullRequest',
            code: 'custom',
            message: 'Draft pull requests are not supported in this repository.',
          },
        ],
      });
    if (pulls.some((p) => p.head.ref === headRef && p.state === 'open')) {
      throw new HttpError(422, 'Validation Failed', {
        errors: [
          {
            resource: 'PullRequest',
            code: 'custom',
            message: `A pull request already exists for ${owner}:${headRef}.`,
          },
        ],
      });
    }
    const ahead = Number(await text(['rev-list', '--count', `${baseSha}..${headSha}`]));
    if (ahead === 0)
      throw new HttpError(422, 'Validation Failed', {
        errors: [{ resource: 'PullRequest', code: 'custom', message: `No commits between ${baseRef} and ${headRef}` }],
      });
    const number = pulls.length + 1;
    const pull: PullRequest = {
      number,
      url: `${apiUrl()}/pulls/${number}`,
      html_url: options.pullHtmlUrl?.(number) ?? `https://github.com/${owner}/${repo}/pull/${number}`,
      state: 'open',
      title,
      body: prBody,
      draft,
      head: { ref: headRef, sha: headSha },
      base: { ref: baseRef, sha: baseSha },
      user: { login },
    };
    pulls.push(pull);
    return pull;
  }

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;

  return {
    url: base,
    port,
    owner,
    repo,
    branch: defaultBranch,
    token,
    login,
    gitDir,
    requests,
    pulls,
    commitUpstream: (path, t, opts = {}) =>
      exclusive(async () => {
        const branch = opts.branch ?? defaultBranch;
        const parent = await branchSha(branch);
        if (parent === undefined) throw new Error(`No branch ${branch}`);
        const existing = await entryAt(parent, path);
        return commitFile(
          branch,
          path,
          Buffer.from(t, 'utf8'),
          opts.message ?? `Upstream change to ${path}\n`,
          identity('Upstream Author', 'upstream@touchstone.invalid'),
          parent,
          existing?.mode ?? '100644',
        );
      }),
    deleteUpstream: (path, opts = {}) =>
      exclusive(async () => {
        const branch = opts.branch ?? defaultBranch;
        const parent = await branchSha(branch);
        if (parent === undefined) throw new Error(`No branch ${branch}`);
        if ((await entryAt(parent, path)) === undefined) throw new Error(`No file ${path} on ${branch}`);
        const { commitSha } = await commitFile(
          branch,
          path,
          null,
          opts.message ?? `Upstream removal of ${path}\n`,
          identity('Upstream Author', 'upstream@touchstone.invalid'),
          parent,
          '0',
        );
        return { commitSha };
      }),
    readFile: async (ref, path) => {
      const commit = await resolveCommit(ref);
      if (commit === undefined) return undefined;
      const entry = await entryAt(commit, path);
      return entry?.type === 'blob' ? (await blob(entry.sha)).toString('utf8') : undefined;
    },
    log: async (branch) => {
      const sha = await branchSha(branch);
      if (sha === undefined) return [];
      const out = (await git(['log', '--format=%H%x1f%P%x1f%an <%ae>%x1f%aI%x1f%s%x1f%B%x1e', sha])).toString('utf8');
      return out
        .split('\x1e')
        .map((r) => r.replace(/^\n/, ''))
        .filter(Boolean)
        .map((r) => {
          const [h, p, author, date, subject, message] = r.split('\x1f') as [
            string,
            string,
            string,
            string,
            string,
            string,
          ];
          return {
            sha: h,
            parents: p === '' ? [] : p.split(' '),
            author,
            date,
            subject,
            message: message.replace(/\n+$/, ''),
          };
        });
    },
    branchSha,
    git: async (args, input) => (await git(args, input === undefined ? {} : { input })).toString('utf8'),
    setRateLimited: (on) => {
      rateLimited = on;
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => {
          rmSync(tmp, { recursive: true, force: true });
          ok();
        });
      }),
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** git's ref-name rules (check-ref-format), in short. */
function validRefName(ref: string): boolean {
  return !(
    ref.endsWith('/') ||
    ref.endsWith('.') ||
    ref.includes('..') ||
    ref.includes('@{') ||
    ref.includes('//') ||
    /[\x00-\x20\x7f~^:?*[\\]/.test(ref) ||
    ref.split('/').some((s) => s === '' || s.startsWith('.') || s.startsWith('-') || s.endsWith('.lock'))
  );
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((d) => {
      const full = join(dir, d.name);
      if (d.isDirectory()) return walk(full);
      return d.isFile() ? [full] : [];
    });
}
