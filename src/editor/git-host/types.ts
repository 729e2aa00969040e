/**
 * What the in-browser editor needs from a git host to turn an edit into a pull request, with no
 * server of ours: check the token, read a file with its blob sha, branch off the target branch,
 * commit one file on that branch (compare-and-swap on the blob sha), open a pull request.
 *
 * Designed for more hosts: GitHub is the only one implemented (`github.ts`, selected by
 * `repository.host: github` in handbook.yaml). GitLab (REST v4: repository/files, branches,
 * merge_requests; `last_commit_id` for the compare-and-swap) and Forgejo/Gitea (`/api/v1`
 * contents API, which takes the same blob `sha`) implement this same interface; the editor codes
 * against GitHost only and never against a host's URLs. A host must:
 *   - report the blob sha a write replaces, and refuse a write whose sha is not the current one
 *     with StaleFileError (carrying the current file when it can be read), never overwrite;
 *   - turn "this token is not accepted / not allowed" into AuthError;
 *   - send the token to its own API origin and nowhere else;
 *   - treat text as UTF-8 and keep it byte for byte (line endings, BOM, trailing newline).
 *
 * Browser-safe: no node:* imports, only fetch, TextEncoder/TextDecoder, atob/btoa.
 */
import { trimEnd, trimStart } from '../../text/trim.ts';

export interface GitHost {
  /** Checks the token: the account it belongs to. Throws AuthError when it is not accepted. */
  user(): Promise<{ login: string }>;
  /** The commit sha the branch points at (named for its use: the PR's base branch). */
  defaultBranchSha(branch: string): Promise<string>;
  /** A file's text and blob sha at a ref (branch name or commit sha); undefined when there is no such file. */
  getFile(path: string, ref: string): Promise<{ text: string; sha: string } | undefined>;
  /** Creates branch `name` at commit `fromSha`. Throws GitHostError code 'branch-exists' when it exists. */
  createBranch(name: string, fromSha: string): Promise<void>;
  /**
   * Commits `text` as `path` on `branch`. `sha` is the blob sha the edit replaces (omit it for a new
   * file). Throws StaleFileError when the file on the branch is no longer that blob.
   */
  putFile(args: {
    branch: string;
    path: string;
    text: string;
    sha?: string;
    message: string;
  }): Promise<{ commitSha: string; blobSha: string }>;
  /**
   * Opens a pull request from `head` into `base`. `draft` is what was asked for; when the repository
   * does not allow drafts the request is retried as a ready pull request and the result says
   * `draft: false`. `url` is the pull request's web page, present only when the host answered an
   * http(s) address (api-url.ts webLink).
   */
  openPullRequest(args: {
    head: string;
    base: string;
    title: string;
    body: string;
    draft: boolean;
  }): Promise<{ number: number; url?: string; draft?: boolean }>;
}

/** What went wrong, for the UI to choose its message (the `message` is English, for logs). */
export type GitHostErrorCode =
  | 'network' // fetch itself failed: offline, DNS, CORS refused, aborted
  | 'auth' // AuthError
  | 'stale' // StaleFileError
  | 'not-found' // repository, branch or file not there — or not visible to this token (hosts answer 404 for private repositories without access)
  | 'branch-exists' // createBranch: a branch of that name exists
  | 'pull-exists' // openPullRequest: an open pull request from that branch exists
  | 'no-changes' // openPullRequest: no commits between base and head
  | 'invalid' // the host refused the request as invalid (422 and other 4xx)
  | 'server' // 5xx
  | 'bad-response'; // the host answered something this client does not understand

/** Every error a GitHost throws (apart from programming errors such as a bad path). */
export class GitHostError extends Error {
  /** HTTP status; 0 when no response arrived. */
  readonly status: number;
  readonly code: GitHostErrorCode;
  constructor(message: string, code: GitHostErrorCode, status: number, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GitHostError';
    this.code = code;
    this.status = status;
  }
}

/**
 * The file changed since the editor read it: `current` is the file as it is now on the branch the
 * write targeted (undefined when it was deleted or could not be read). Merge with
 * merge3(base, ours, current.text) and write again with current.sha.
 */
export class StaleFileError extends GitHostError {
  current?: { text: string; sha: string };
  readonly path: string;
  constructor(path: string, status: number, current?: { text: string; sha: string }) {
    super(`${path} changed since it was read`, 'stale', status);
    this.name = 'StaleFileError';
    this.path = path;
    if (current !== undefined) this.current = current;
  }
}

/**
 * The host did not accept the token (401: wrong, expired or revoked) or did not allow the request
 * (403: missing permission, organisation approval pending, SSO not authorised — or the rate limit,
 * then `rateLimited` is true and `resetAt` says when it lifts).
 */
export class AuthError extends GitHostError {
  readonly rateLimited: boolean;
  readonly resetAt?: Date;
  constructor(message: string, status: number, rateLimited = false, resetAt?: Date) {
    super(message, 'auth', status);
    this.name = 'AuthError';
    this.rateLimited = rateLimited;
    if (resetAt !== undefined) this.resetAt = resetAt;
  }
}

/**
 * A path inside the repository for a file of the handbook: basePath (from handbook.yaml's
 * `repository.basePath`, default 'standards') joined with the path relative to the handbook folder.
 * Throws on absolute paths, empty, '.' or '..' segments and backslashes.
 */
export function repoPath(basePath: string | undefined, file: string): string {
  const base = trimStart(trimEnd(basePath ?? 'standards', '/'), '/');
  const joined = base === '' ? file : `${base}/${file}`;
  checkPath(joined);
  return joined;
}

/** Throws unless `path` is a plain relative path: segments separated by '/', none empty, '.', '..', or with '\' or a NUL. */
export function checkPath(path: string): void {
  if (
    path === '' ||
    path.startsWith('/') ||
    path.split('/').some((s) => s === '' || s === '.' || s === '..' || s.includes('\\') || s.includes('\0'))
  ) {
    throw new TypeError(`Not a plain relative path inside the repository: ${JSON.stringify(path)}`);
  }
}
