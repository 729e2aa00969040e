/**
 * GitHost for GitHub, over fetch and the documented REST API (version 2022-11-28):
 *
 *   user()             GET  /user
 *   defaultBranchSha() GET  /repos/{owner}/{repo}/git/ref/heads/{branch}
 *   createBranch()     POST /repos/{owner}/{repo}/git/refs                 { ref, sha }
 *   getFile()          GET  /repos/{owner}/{repo}/contents/{path}?ref=     (base64 → UTF-8; files over
 *                                                                           1 MB again with the raw media type)
 *   putFile()          PUT  /repos/{owner}/{repo}/contents/{path}          { message, content, sha, branch }
 *   openPullRequest()  POST /repos/{owner}/{repo}/pulls                    { title, head, base, body, draft }
 *
 * The token goes in `Authorization: Bearer` to apiBase's origin and nowhere else: every URL is
 * built from apiBase with each path segment percent-encoded, and checked to have apiBase's origin
 * before the header is attached. apiBase must pass api-url.ts checkApiBase (https; http only for
 * loopback), the same check the gate applies to handbook.yaml's `repository.api`.
 * Redirects are followed as fetch does (the Fetch standard drops Authorization on a cross-origin
 * redirect); a response that ends on another origin is refused. Requests carry no cookies
 * (credentials: 'omit'), no referrer, and bypass the HTTP cache (GitHub sends max-age=60, and a
 * cached contents response would hand back a stale blob sha).
 *
 * Browser-safe: fetch, TextEncoder/TextDecoder, btoa/atob, crypto.getRandomValues; no node:*.
 */
import { checkApiBase, webLink } from '../../gate/api-url.ts';
import { AuthError, GitHostError, StaleFileError, checkPath, type GitHost, type GitHostErrorCode } from './types.ts';
import { trimEnd } from '../../text/trim.ts';

export { AuthError, GitHostError, StaleFileError, repoPath, type GitHost, type GitHostErrorCode } from './types.ts';

export const GITHUB_API = 'https://api.github.com';
export const GITHUB_WEB = 'https://github.com';
const API_VERSION = '2022-11-28';
const JSON_MEDIA = 'application/vnd.github+json';
const RAW_MEDIA = 'application/vnd.github.raw+json';

export interface GitHubHostOptions {
  owner: string;
  repo: string;
  token: string;
  /** Default https://api.github.com; GitHub Enterprise Server: https://HOST/api/v3. */
  apiBase?: string;
  fetch?: typeof fetch;
}

export function githubHost(opts: GitHubHostOptions): GitHost {
  const token = opts.token.trim();
  if (!/^[\x21-\x7e]+$/.test(token)) throw new AuthError('The token is empty or has characters a token cannot have', 0);
  const base = apiBaseUrl(opts.apiBase ?? GITHUB_API);
  const origin = base.origin;
  const doFetch: typeof fetch = opts.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const repoPrefix = `/repos/${seg(opts.owner)}/${seg(opts.repo)}`;

  interface Reply {
    status: number;
    ok: boolean;
    json: unknown;
    response: Response;
  }

  async function request(
    method: string,
    path: string,
    init: { body?: unknown; query?: Record<string, string>; accept?: string; raw?: boolean } = {},
  ): Promise<Reply> {
    const url = new URL(base.href.replace(/\/$/, '') + path);
    for (const [k, v] of Object.entries(init.query ?? {})) url.searchParams.set(k, v);
    // The one place the token is attached: only ever for apiBase's origin.
    if (url.origin !== origin) throw new Error(`Refusing to send the token to ${url.origin} (API origin ${origin})`);
    const headers: Record<string, string> = {
      Authorization: `Bearer ${token}`,
      Accept: init.accept ?? JSON_MEDIA,
      'X-GitHub-Api-Version': API_VERSION,
    };
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await doFetch(url.href, {
        method,
        headers,
        ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
        cache: 'no-store',
        credentials: 'omit',
        redirect: 'follow',
        referrerPolicy: 'no-referrer',
      });
    } catch (e) {
      throw new GitHostError(
        `${method} ${path}: no response (${e instanceof Error ? e.message : String(e)})`,
        'network',
        0,
        { cause: e },
      );
    }
    if (response.url !== '' && new URL(response.url).origin !== origin) {
      throw new GitHostError(`${method} ${path}: redirected away from ${origin}`, 'bad-response', response.status);
    }
    if (init.raw === true && response.ok) return { status: response.status, ok: true, json: undefined, response };
    let text: string;
    try {
      text = await response.text();
    } catch (e) {
      throw new GitHostError(`${method} ${path}: the response broke off`, 'network', 0, { cause: e });
    }
    let json: unknown;
    if (text !== '') {
      try {
        json = JSON.parse(text);
      } catch {
        if (response.ok)
          throw new GitHostError(`${method} ${path}: the response is not JSON`, 'bad-response', response.status);
      }
    }
    if (response.status === 401)
      throw new AuthError(`GitHub did not accept the token (${messageOf(json) || '401'})`, 401);
    if (response.status === 403 || response.status === 429) {
      const remaining = response.headers.get('x-ratelimit-remaining');
      const reset = Number(response.headers.get('x-ratelimit-reset'));
      const rateLimited = response.status === 429 || remaining === '0' || /rate limit/i.test(messageOf(json));
      throw new AuthError(
        `GitHub refused ${method} ${path} (${messageOf(json) || response.status})`,
        response.status,
        rateLimited,
        rateLimited && Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000) : undefined,
      );
    }
    return { status: response.status, ok: response.ok, json, response };
  }

  function fail(reply: Reply, what: string, code?: GitHostErrorCode): never {
    const c: GitHostErrorCode =
      code ?? (reply.status === 404 ? 'not-found' : reply.status >= 500 ? 'server' : 'invalid');
    throw new GitHostError(`${what}: ${reply.status} ${messageOf(reply.json)}`.trim(), c, reply.status);
  }

  async function getFile(path: string, ref: string): Promise<{ text: string; sha: string } | undefined> {
    checkPath(path);
    if (ref.trim() === '') throw new TypeError('getFile: empty ref');
    const reply = await request('GET', `${repoPrefix}/contents/${pathSegs(path)}`, { query: { ref } });
    if (reply.status === 404) return undefined;
    if (!reply.ok) fail(reply, `Reading ${path} at ${ref}`);
    const body = reply.json;
    if (!isObject(body) || body['type'] !== 'file') {
      throw new GitHostError(
        `${path} at ${ref} is not a file`,
        Array.isArray(body) ? 'invalid' : 'bad-response',
        reply.status,
      );
    }
    const sha = str(body['sha'], 'sha');
    if (body['encoding'] === 'base64' && typeof body['content'] === 'string') {
      return { text: decodeUtf8(base64ToBytes(body['content']), path), sha };
    }
    // Files over 1 MB come with encoding "none" and no content: ask for the raw bytes.
    const raw = await request('GET', `${repoPrefix}/contents/${pathSegs(path)}`, {
      query: { ref },
      accept: RAW_MEDIA,
      raw: true,
    });
    if (raw.status === 404) return undefined;
    if (!raw.ok) fail(raw, `Reading ${path} at ${ref}`);
    return { text: decodeUtf8(new Uint8Array(await raw.response.arrayBuffer()), path), sha };
  }

  return {
    async user() {
      const reply = await request('GET', '/user');
      if (!reply.ok) fail(reply, 'Checking the token');
      return { login: str(isObject(reply.json) ? reply.json['login'] : undefined, 'login') };
    },

    async defaultBranchSha(branch) {
      checkBranch(branch);
      const reply = await request('GET', `${repoPrefix}/git/ref/heads/${pathSegs(branch)}`);
      if (!reply.ok) fail(reply, `Reading branch ${branch}`);
      const object = isObject(reply.json) ? reply.json['object'] : undefined;
      return commitSha(isObject(object) ? object['sha'] : undefined);
    },

    getFile,

    async createBranch(name, fromSha) {
      checkBranch(name);
      commitSha(fromSha);
      const reply = await request('POST', `${repoPrefix}/git/refs`, {
        body: { ref: `refs/heads/${name}`, sha: fromSha },
      });
      if (reply.ok) return;
      const exists = reply.status === 422 && /already exists/i.test(allMessages(reply.json));
      fail(reply, `Creating branch ${name}`, exists ? 'branch-exists' : undefined);
    },

    async putFile({ branch, path, text, sha, message }) {
      checkBranch(branch);
      checkPath(path);
      if (sha !== undefined) blobSha(sha);
      const body: Record<string, string> = { message, content: bytesToBase64(new TextEncoder().encode(text)), branch };
      if (sha !== undefined) body['sha'] = sha;
      const reply = await request('PUT', `${repoPrefix}/contents/${pathSegs(path)}`, { body });
      if (reply.status === 409 || (reply.status === 422 && /\bsha\b/i.test(allMessages(reply.json)))) {
        let current: { text: string; sha: string } | undefined;
        try {
          current = await getFile(path, branch);
        } catch {
          current = undefined;
        }
        throw new StaleFileError(path, reply.status, current);
      }
      if (!reply.ok) fail(reply, `Writing ${path} on ${branch}`);
      const json = isObject(reply.json) ? reply.json : {};
      const commit = json['commit'];
      const content = json['content'];
      return {
        commitSha: commitSha(isObject(commit) ? commit['sha'] : undefined),
        blobSha: blobSha(isObject(content) ? content['sha'] : undefined),
      };
    },

    async openPullRequest({ head, base: baseBranch, title, body, draft }) {
      checkBranch(head);
      checkBranch(baseBranch);
      const send = (asDraft: boolean) =>
        request('POST', `${repoPrefix}/pulls`, { body: { title, head, base: baseBranch, body, draft: asDraft } });
      let reply = await send(draft);
      let drafted = draft;
      if (draft && reply.status === 422 && /draft/i.test(allMessages(reply.json))) {
        // Drafts are not available on every plan: open it ready for review instead.
        reply = await send(false);
        drafted = false;
      }
      if (!reply.ok) {
        const text = allMessages(reply.json);
        const code =
          reply.status !== 422
            ? undefined
            : /already exists/i.test(text)
              ? 'pull-exists'
              : /no commits between/i.test(text)
                ? 'no-changes'
                : undefined;
        fail(reply, `Opening the pull request from ${head}`, code);
      }
      const json = isObject(reply.json) ? reply.json : {};
      const number = json['number'];
      if (typeof number !== 'number' || !Number.isInteger(number))
        throw new GitHostError('The pull request has no number', 'bad-response', reply.status);
      // The pull request exists whatever its html_url says; a link is handed on only when it is
      // http(s), so an answer such as `javascript:…` can never become something to click.
      const url = webLink(json['html_url']);
      return {
        number,
        ...(url !== undefined ? { url } : {}),
        draft: typeof json['draft'] === 'boolean' ? json['draft'] : drafted,
      };
    },
  };
}

// ───────────────────────────── branch names and tokens ─────────────────────────────

/**
 * The branch an edit is committed on: 'touchstone/edit-YYYYMMDD-<random>' (date in UTC). Nothing
 * in it comes from what the user typed; `random` must be 1–32 lower-case letters and digits
 * (randomSuffix() makes 8; a uint32 in base 36 also does).
 */
export function branchName(now: Date, random: string): string {
  if (Number.isNaN(now.getTime())) throw new TypeError('branchName: invalid date');
  if (!/^[a-z0-9]{1,32}$/.test(random)) throw new TypeError('branchName: random must be 1–32 characters a–z, 0–9');
  const y = String(now.getUTCFullYear()).padStart(4, '0');
  const m = String(now.getUTCMonth() + 1).padStart(2, '0');
  const d = String(now.getUTCDate()).padStart(2, '0');
  return `touchstone/edit-${y}${m}${d}-${random}`;
}

/** `length` random characters a–z0–9 from crypto.getRandomValues. */
export function randomSuffix(length = 8): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  while (out.length < length) {
    for (const byte of globalThis.crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte < 252 && out.length < length) out += alphabet[byte % 36]; // 252 = 7 × 36: no bias
    }
  }
  return out;
}

/** The permissions the editor's token needs (metadata: read comes with every fine-grained token). */
export const TOKEN_PERMISSIONS = { contents: 'write', pull_requests: 'write' } as const;

/**
 * GitHub's page that creates a fine-grained personal access token, pre-filled through its
 * documented query parameters: name (≤ 40 characters), description, target_name (the resource
 * owner) and one parameter per permission (contents=write, pull_requests=write). The expiry is
 * left to GitHub's default (30 days, or the organisation's policy). There is no parameter for
 * the repository selection: the person picks "Only select repositories" → owner/repo (said in
 * the description and in tokenHelp()).
 */
export function tokenUrl(owner: string, repo: string, webBase: string = GITHUB_WEB): string {
  const params = new URLSearchParams({
    name: tokenName(repo),
    description:
      `Lets the Touchstone editor in your browser commit edits to a new branch of ${owner}/${repo} and open pull requests. Repository access: choose "Only select repositories" and select ${owner}/${repo}.`.slice(
        0,
        1024,
      ),
    target_name: owner,
    ...TOKEN_PERMISSIONS,
  });
  return `${trimEnd(webBase, '/')}/settings/personal-access-tokens/new?${params.toString()}`;
}

export interface TokenHelp {
  url: string;
  /** The pre-filled token name. */
  name: string;
  /** "Resource owner" on the form (pre-filled). */
  resourceOwner: string;
  /** "Repository access" → "Only select repositories" → this one (not pre-fillable). */
  repository: string;
  /** Pre-filled; Metadata: read-only is added by GitHub. */
  permissions: {
    name: 'Contents' | 'Pull requests' | 'Metadata';
    access: 'Read and write' | 'Read-only';
    parameter: string;
  }[];
  /** The same as steps, in English (the UI renders its own, localized, from the fields above). */
  steps: string[];
}

/** What to set on GitHub's form, for the UI to show next to the tokenUrl link. */
export function tokenHelp(owner: string, repo: string, webBase: string = GITHUB_WEB): TokenHelp {
  const url = tokenUrl(owner, repo, webBase);
  const name = tokenName(repo);
  return {
    url,
    name,
    resourceOwner: owner,
    repository: `${owner}/${repo}`,
    permissions: [
      { name: 'Contents', access: 'Read and write', parameter: 'contents=write' },
      { name: 'Pull requests', access: 'Read and write', parameter: 'pull_requests=write' },
      { name: 'Metadata', access: 'Read-only', parameter: '(always included)' },
    ],
    steps: [
      `Open ${url} (signed in to GitHub).`,
      `Token name: "${name}" (pre-filled; any name will do). Expiration: keep it short; 30 days is GitHub's default.`,
      `Resource owner: ${owner} (pre-filled). If ${owner} is an organisation that requires approval, the token works only once an owner approves it.`,
      `Repository access: choose "Only select repositories" and select ${owner}/${repo}.`,
      'Permissions → Repository permissions: Contents "Read and write" and Pull requests "Read and write" (pre-filled); Metadata "Read-only" is added automatically. Nothing else.',
      'Generate the token, copy it and paste it into the editor, which sends it to the GitHub API and nowhere else.',
    ],
  };
}

function tokenName(repo: string): string {
  return `Touchstone editor ${repo}`.slice(0, 40).trim();
}

// ───────────────────────────── helpers ─────────────────────────────

/** apiBase as a URL, or a TypeError saying why it is not one the token may be sent to (api-url.ts decides). */
function apiBaseUrl(apiBase: string): URL {
  const verdict = checkApiBase(apiBase);
  if (!verdict.ok)
    throw new TypeError(
      `apiBase must be https (http only for loopback), with no user name, password, query or fragment (${verdict.problem}): ${apiBase}`,
    );
  return verdict.url;
}

/** A branch name this client sends: git's ref-name rules (git check-ref-format), in short. */
export function checkBranch(name: string): void {
  const bad =
    name === '' ||
    name === '@' ||
    name.startsWith('-') ||
    name.endsWith('/') ||
    name.endsWith('.') ||
    name.includes('..') ||
    name.includes('@{') ||
    /[\x00-\x20\x7f~^:?*[\\]/.test(name) ||
    name.split('/').some((s) => s === '' || s.startsWith('.') || s.endsWith('.lock'));
  if (bad) throw new TypeError(`Not a valid branch name: ${JSON.stringify(name)}`);
}

function seg(s: string): string {
  if (s === '' || s === '.' || s === '..' || s.includes('/'))
    throw new TypeError(`Not a valid owner or repository name: ${JSON.stringify(s)}`);
  return encodeURIComponent(s);
}

function pathSegs(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown, what: string): string {
  if (typeof v !== 'string' || v === '') throw new GitHostError(`GitHub's answer has no ${what}`, 'bad-response', 200);
  return v;
}

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

function commitSha(v: unknown): string {
  if (typeof v !== 'string' || !SHA.test(v))
    throw new GitHostError(`Not a commit sha: ${JSON.stringify(v)}`, 'bad-response', 200);
  return v;
}

function blobSha(v: unknown): string {
  if (typeof v !== 'string' || !SHA.test(v))
    throw new GitHostError(`Not a blob sha: ${JSON.stringify(v)}`, 'bad-response', 200);
  return v;
}

function messageOf(json: unknown): string {
  return isObject(json) && typeof json['message'] === 'string' ? json['message'] : '';
}

/** GitHub's message plus those of its `errors` list (422 Validation Failed puts the reason there). */
function allMessages(json: unknown): string {
  const parts = [messageOf(json)];
  const errors = isObject(json) ? json['errors'] : undefined;
  if (Array.isArray(errors)) {
    for (const e of errors) {
      if (typeof e === 'string') parts.push(e);
      else if (isObject(e))
        parts.push(...['message', 'code', 'field'].map((k) => (typeof e[k] === 'string' ? (e[k] as string) : '')));
    }
  }
  return parts.filter(Boolean).join('\n');
}

/** Base64 of bytes, in chunks (String.fromCharCode takes a bounded number of arguments). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x2000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** Bytes of base64 text; whitespace (GitHub wraps its base64 at 60 columns) is ignored. */
export function base64ToBytes(text: string): Uint8Array {
  let binary: string;
  try {
    binary = atob(text.replace(/\s+/g, ''));
  } catch (e) {
    throw new GitHostError('GitHub sent content that is not base64', 'bad-response', 200, { cause: e });
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** UTF-8 text, byte for byte (a BOM is kept, invalid UTF-8 is an error rather than U+FFFD). */
function decodeUtf8(bytes: Uint8Array, path: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (e) {
    throw new GitHostError(`${path} is not UTF-8 text`, 'bad-response', 200, { cause: e });
  }
}
