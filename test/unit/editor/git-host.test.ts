/**
 * githubHost (src/editor/git-host/github.ts) end to end against the local GitHub stand-in
 * (test/helpers/github-server.ts), which keeps a real bare git repository seeded with the
 * example handbook under standards/.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuthError, GitHostError, StaleFileError, repoPath } from '../../../src/editor/git-host/types.ts';
import {
  base64ToBytes,
  branchName,
  bytesToBase64,
  githubHost,
  randomSuffix,
  tokenHelp,
  tokenUrl,
} from '../../../src/editor/git-host/github.ts';
import { merge3 } from '../../../src/editor/git-host/merge.ts';
import { startGitHubServer, type GitHubServer, type GitHubServerOptions } from '../../helpers/github-server.ts';
import { REPO } from '../../helpers/fixtures.ts';

const FILE = 'standards/touchpoints/bk-counter.yaml';
const ON_DISK = readFileSync(join(REPO, FILE), 'utf8');

let server: GitHubServer;
const extra: GitHubServer[] = [];

async function start(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  const s = await startGitHubServer({ seedDir: join(REPO, 'standards'), seedPrefix: 'standards', ...options });
  extra.push(s);
  return s;
}

beforeEach(async () => {
  server = await start();
});

afterEach(async () => {
  await Promise.all(extra.splice(0).map((s) => s.close()));
});

function host(s: GitHubServer = server, token: string = s.token, fetchImpl?: typeof fetch) {
  return githubHost({
    owner: s.owner,
    repo: s.repo,
    token,
    apiBase: s.url,
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });
}

/** git's blob id of a text, computed independently of git and of the client. */
function blobId(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** Reads a pull request back through the stand-in's GET /pulls/{n}. */
async function pullBack(s: GitHubServer, n: number): Promise<Record<string, unknown>> {
  const res = await fetch(`${s.url}/repos/${s.owner}/${s.repo}/pulls/${n}`, {
    headers: { Authorization: `Bearer ${s.token}` },
  });
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, unknown>;
}

describe('githubHost against a real git repository', () => {
  it('checks the token and sends GitHub’s headers on every request', async () => {
    expect(await host().user()).toEqual({ login: 'touchstone-tester' });
    const r = server.requests.at(-1)!;
    expect(r.method).toBe('GET');
    expect(r.url).toBe('/user');
    expect(r.authorization).toBe(`Bearer ${server.token}`);
    expect(r.accept).toBe('application/vnd.github+json');
    expect(r.apiVersion).toBe('2022-11-28');
  });

  it('reads the branch and a file: sha = git blob sha, text = the bytes as UTF-8', async () => {
    const h = host();
    const head = await h.defaultBranchSha('main');
    expect(head).toBe(await server.branchSha('main'));
    expect((await server.git(['cat-file', '-t', head])).trim()).toBe('commit');
    const file = await h.getFile(FILE, 'main');
    expect(file?.text).toBe(ON_DISK);
    expect(file?.sha).toBe(blobId(ON_DISK));
    expect(file?.sha).toBe((await server.git(['rev-parse', `main:${FILE}`])).trim());
    // At a commit sha as well as a branch name.
    expect(await h.getFile(FILE, head)).toEqual(file);
    expect(await h.getFile('standards/touchpoints/no-such-file.yaml', 'main')).toBeUndefined();
    await expect(h.getFile('standards/touchpoints', 'main')).rejects.toMatchObject({ code: 'invalid' });
    await expect(h.defaultBranchSha('no-such-branch')).rejects.toMatchObject({
      name: 'GitHostError',
      code: 'not-found',
      status: 404,
    });
  });

  it('creates a branch, commits the file with its sha, opens a draft pull request; all of it is in git', async () => {
    const h = host();
    const head = await h.defaultBranchSha('main');
    const base = (await h.getFile(FILE, 'main'))!;
    const branch = branchName(new Date('2026-11-22T10:00:00Z'), 'k3x9q2');
    expect(branch).toBe('touchstone/edit-20261122-k3x9q2');
    await h.createBranch(branch, head);
    expect(await server.branchSha(branch)).toBe(head);

    const edited = base.text.replace('version: ', 'version: ') + '# 已核对 ✓\n';
    const put = await h.putFile({
      branch,
      path: FILE,
      text: edited,
      sha: base.sha,
      message: 'Update bk-counter\n\n- /items/0/text',
    });
    expect(put.blobSha).toBe(blobId(edited));

    const pr = await h.openPullRequest({
      head: branch,
      base: 'main',
      title: 'Update touchpoints/bk-counter.yaml',
      body: '### Changed fields\n- `/items/0/text`\n',
      draft: true,
    });
    expect(pr).toEqual({ number: 1, url: `https://github.com/${server.owner}/${server.repo}/pull/1`, draft: true });

    // The branch's commit: one new commit on top of main, by the token's user, with our message.
    const log = await server.log(branch);
    expect(log[0]).toMatchObject({
      sha: put.commitSha,
      parents: [head],
      subject: 'Update bk-counter',
      message: 'Update bk-counter\n\n- /items/0/text',
    });
    expect(log[0]!.author).toBe('touchstone-tester <touchstone-tester@users.noreply.github.com>');
    expect(log.slice(1).map((c) => c.sha)).toEqual((await server.log('main')).map((c) => c.sha));
    const commit = await server.git(['cat-file', '-p', put.commitSha]);
    expect(commit).toMatch(new RegExp(`^tree [0-9a-f]{40}\nparent ${head}\nauthor touchstone-tester `));
    expect(commit).toContain('\n\nUpdate bk-counter\n\n- /items/0/text');
    // The new blob, and only that file changed.
    expect((await server.git(['cat-file', '-t', put.blobSha])).trim()).toBe('blob');
    expect(await server.git(['cat-file', 'blob', put.blobSha])).toBe(edited);
    expect((await server.git(['rev-parse', `${put.commitSha}:${FILE}`])).trim()).toBe(put.blobSha);
    expect((await server.git(['diff-tree', '--no-commit-id', '--name-only', '-r', head, put.commitSha])).trim()).toBe(
      FILE,
    );
    expect(await server.readFile(branch, FILE)).toBe(edited);
    expect(await server.readFile('main', FILE)).toBe(ON_DISK);
    expect((await h.getFile(FILE, branch))?.text).toBe(edited);

    // The pull request, read back.
    const back = await pullBack(server, 1);
    expect(back).toMatchObject({
      number: 1,
      state: 'open',
      draft: true,
      title: 'Update touchpoints/bk-counter.yaml',
      body: '### Changed fields\n- `/items/0/text`\n',
      head: { ref: branch, sha: put.commitSha },
      base: { ref: 'main', sha: head },
    });
    const post = server.requests.find((r) => r.method === 'POST' && r.url.endsWith('/pulls'));
    expect(post?.authorization).toBe(`Bearer ${server.token}`);
  });

  it('keeps text byte for byte: Chinese, emoji, CRLF, a BOM, no final newline', async () => {
    const h = host();
    const head = await h.defaultBranchSha('main');
    await h.createBranch('touchstone/edit-20261122-bytes', head);
    const texts = [
      '\uFEFFid: x\r\ntitle: 中文标题 😀\r\n',
      'a: "tab\there"\nno final newline: 🎉',
      '',
      'x'.repeat(100_000) + '\n长'.repeat(30_000),
    ];
    let sha: string | undefined;
    for (const text of texts) {
      const put = await h.putFile({
        branch: 'touchstone/edit-20261122-bytes',
        path: 'standards/guides/bytes.yaml',
        text,
        ...(sha ? { sha } : {}),
        message: 'bytes',
      });
      expect(put.blobSha).toBe(blobId(text));
      expect(
        Buffer.from(await server.git(['cat-file', 'blob', put.blobSha]), 'utf8').equals(Buffer.from(text, 'utf8')),
      ).toBe(true);
      expect(await h.getFile('standards/guides/bytes.yaml', 'touchstone/edit-20261122-bytes')).toEqual({
        text,
        sha: put.blobSha,
      });
      sha = put.blobSha;
    }
  });

  it('a stale sha → StaleFileError with the current upstream file; merge3 and a retry with the new sha succeed', async () => {
    const h = host();
    const base = (await h.getFile(FILE, 'main'))!;
    // The author edits the title; meanwhile someone else changes the owner on main.
    const ours = base.text.replace(/^( {2}en: ).*$/m, '$1Counter service (edited)');
    expect(ours).not.toBe(base.text);
    const upstreamText = base.text.replace(/^version: .*$/m, 'version: 9.9.9');
    expect(upstreamText).not.toBe(base.text);
    const upstream = await server.commitUpstream(FILE, upstreamText);

    const branch = branchName(new Date(), randomSuffix());
    await h.createBranch(branch, await h.defaultBranchSha('main'));
    const error = await h.putFile({ branch, path: FILE, text: ours, sha: base.sha, message: 'Edit' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StaleFileError);
    expect(error).toBeInstanceOf(GitHostError);
    const stale = error as StaleFileError;
    expect(stale.status).toBe(409);
    expect(stale.code).toBe('stale');
    expect(stale.path).toBe(FILE);
    expect(stale.current).toEqual({ text: upstreamText, sha: upstream.blobSha });
    expect(await server.readFile(branch, FILE)).toBe(upstreamText); // nothing was overwritten

    const merged = merge3(base.text, ours, stale.current!.text);
    expect(merged.clean).toBe(true);
    expect(merged.text).toContain('Counter service (edited)');
    expect(merged.text).toContain('version: 9.9.9');
    const put = await h.putFile({
      branch,
      path: FILE,
      text: merged.text,
      sha: stale.current!.sha,
      message: 'Edit (merged)',
    });
    expect(await server.readFile(branch, FILE)).toBe(merged.text);
    expect((await server.log(branch)).map((c) => c.sha).slice(0, 2)).toEqual([put.commitSha, upstream.commitSha]);
  });

  it('writing an existing file without a sha is stale too (422 "sha" wasn’t supplied); a new file needs none', async () => {
    const h = host();
    const branch = 'touchstone/edit-20261122-nosha';
    await h.createBranch(branch, await h.defaultBranchSha('main'));
    const e = await h.putFile({ branch, path: FILE, text: 'x: 1\n', message: 'm' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(StaleFileError);
    expect((e as StaleFileError).status).toBe(422);
    expect((e as StaleFileError).current?.text).toBe(ON_DISK);

    const created = await h.putFile({
      branch,
      path: 'standards/touchpoints/new-one.yaml',
      text: 'id: new-one\n',
      message: 'Add new-one',
    });
    expect(created.blobSha).toBe(blobId('id: new-one\n'));
    // Created meanwhile by someone else: a "new file" write is stale, with their file.
    await server.commitUpstream('standards/touchpoints/new-two.yaml', 'id: theirs\n', { branch });
    const again = await h
      .putFile({ branch, path: 'standards/touchpoints/new-two.yaml', text: 'id: ours\n', message: 'Add new-two' })
      .catch((x: unknown) => x);
    expect((again as StaleFileError).current).toEqual({ text: 'id: theirs\n', sha: blobId('id: theirs\n') });
    // Deleted meanwhile: stale without a current file.
    await server.deleteUpstream(FILE, { branch });
    expect(await server.readFile(branch, FILE)).toBeUndefined();
    const gone = await h
      .putFile({ branch, path: FILE, text: 'x\n', sha: blobId(ON_DISK), message: 'm' })
      .catch((x: unknown) => x);
    expect(gone).toBeInstanceOf(StaleFileError);
    expect((gone as StaleFileError).current).toBeUndefined();
  });

  it('two writes with the same sha: exactly one wins', async () => {
    const h = host();
    const base = (await h.getFile(FILE, 'main'))!;
    const branch = 'touchstone/edit-20261122-race';
    await h.createBranch(branch, await h.defaultBranchSha('main'));
    const results = await Promise.allSettled([
      h.putFile({ branch, path: FILE, text: base.text + '# one\n', sha: base.sha, message: 'one' }),
      h.putFile({ branch, path: FILE, text: base.text + '# two\n', sha: base.sha, message: 'two' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(StaleFileError);
    expect([base.text + '# one\n', base.text + '# two\n']).toContain((lost.reason as StaleFileError).current?.text);
    expect((await server.log(branch)).length).toBe((await server.log('main')).length + 1);
  });

  it('a wrong token → AuthError (401); an empty one fails before any request', async () => {
    const h = host(server, 'github_pat_wrong');
    for (const call of [() => h.user(), () => h.defaultBranchSha('main'), () => h.getFile(FILE, 'main')]) {
      const e = await call().catch((x: unknown) => x);
      expect(e).toBeInstanceOf(AuthError);
      expect(e).toMatchObject({ status: 401, code: 'auth', rateLimited: false });
    }
    const before = server.requests.length;
    expect(() => host(server, '  ')).toThrow(AuthError);
    expect(() => host(server, 'two words')).toThrow(AuthError);
    expect(server.requests.length).toBe(before);
    // Surrounding whitespace from a paste is ignored.
    expect(await host(server, `  ${server.token}\n`).user()).toEqual({ login: 'touchstone-tester' });
  });

  it('a token without write permission → AuthError (403); the rate limit → AuthError with rateLimited', async () => {
    const s = await start({ readOnlyTokens: ['github_pat_readonly'] });
    const ro = host(s, 'github_pat_readonly');
    expect(await ro.user()).toEqual({ login: 'touchstone-tester' });
    const e = await ro
      .createBranch('touchstone/edit-20261122-ro', await ro.defaultBranchSha('main'))
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AuthError);
    expect(e).toMatchObject({ status: 403, rateLimited: false });

    s.setRateLimited(true);
    const limited = await host(s)
      .user()
      .catch((x: unknown) => x);
    expect(limited).toBeInstanceOf(AuthError);
    expect((limited as AuthError).rateLimited).toBe(true);
    expect((limited as AuthError).resetAt?.getTime()).toBeGreaterThan(Date.now());
  });

  it('names the usual refusals: branch exists, pull request exists, no changes', async () => {
    const h = host();
    const head = await h.defaultBranchSha('main');
    const branch = 'touchstone/edit-20261122-dup';
    await h.createBranch(branch, head);
    await expect(h.createBranch(branch, head)).rejects.toMatchObject({
      code: 'branch-exists',
      status: 422,
    });
    await expect(h.createBranch('touchstone/edit-20261122-x', 'f'.repeat(40))).rejects.toMatchObject({
      code: 'invalid',
      status: 422,
    });
    await expect(
      h.openPullRequest({ head: branch, base: 'main', title: 't', body: '', draft: true }),
    ).rejects.toMatchObject({ code: 'no-changes' });
    const base = (await h.getFile(FILE, 'main'))!;
    await h.putFile({ branch, path: FILE, text: base.text + '#\n', sha: base.sha, message: 'm' });
    await h.openPullRequest({ head: branch, base: 'main', title: 't', body: '', draft: true });
    await expect(
      h.openPullRequest({ head: branch, base: 'main', title: 't', body: '', draft: true }),
    ).rejects.toMatchObject({ code: 'pull-exists' });
    await expect(
      h.putFile({ branch: 'touchstone/edit-20261122-none', path: FILE, text: 'x', sha: base.sha, message: 'm' }),
    ).rejects.toMatchObject({ code: 'not-found' });
  });

  it('where drafts are not allowed, the pull request is opened ready for review and says so', async () => {
    const s = await start({ draftsSupported: false });
    const h = host(s);
    const base = (await h.getFile(FILE, 'main'))!;
    const branch = 'touchstone/edit-20261122-nodraft';
    await h.createBranch(branch, await h.defaultBranchSha('main'));
    await h.putFile({ branch, path: FILE, text: base.text + '#\n', sha: base.sha, message: 'm' });
    const pr = await h.openPullRequest({
      head: branch,
      base: 'main',
      title: 't',
      body: 'b',
      draft: true,
    });
    expect(pr.draft).toBe(false);
    expect((await pullBack(s, pr.number))['draft']).toBe(false);
  });

  it('hands on a pull request link only when the host answers an http(s) address', async () => {
    const answers = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      'not a url',
      'https://github.example/o/r/pull/6',
    ];
    const s = await start({ pullHtmlUrl: (n) => answers[n - 1]! });
    const h = host(s);
    const base = (await h.getFile(FILE, 'main'))!;
    const urls: (string | undefined)[] = [];
    for (let i = 0; i < answers.length; i++) {
      const branch = `touchstone/edit-20261122-link${i}`;
      await h.createBranch(branch, await h.defaultBranchSha('main'));
      await h.putFile({ branch, path: FILE, text: `${base.text}#${i}\n`, sha: base.sha, message: 'm' });
      const pr = await h.openPullRequest({ head: branch, base: 'main', title: 't', body: 'b', draft: true });
      expect(pr.number).toBe(i + 1); // opened either way: only the link is withheld
      urls.push(pr.url);
    }
    expect(urls).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      'https://github.example/o/r/pull/6',
    ]);
  });

  it('reads files over the size limit through the raw media type', async () => {
    const s = await start({ largeFileBytes: 1000 });
    const file = await host(s).getFile(FILE, 'main');
    expect(file).toEqual({ text: ON_DISK, sha: blobId(ON_DISK) });
    expect(s.requests.filter((r) => r.url.includes('/contents/')).map((r) => r.accept)).toEqual([
      'application/vnd.github+json',
      'application/vnd.github.raw+json',
    ]);
  });

  it('reports a server that cannot be reached as a network error', async () => {
    const s = await start();
    const url = s.url;
    await s.close();
    extra.splice(extra.indexOf(s), 1);
    const e = await githubHost({ owner: 'o', repo: 'r', token: 't', apiBase: url })
      .user()
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(GitHostError);
    expect(e).toMatchObject({ code: 'network', status: 0 });
  });
});

describe('the token goes to the API origin only', () => {
  interface Call {
    url: string;
    headers: Record<string, string>;
    body: string;
  }
  function spy(): { calls: Call[]; fetch: typeof fetch } {
    const calls: Call[] = [];
    return {
      calls,
      fetch: async (input, init) => {
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        calls.push({
          url,
          headers: { ...(init?.headers as Record<string, string>) },
          body: typeof init?.body === 'string' ? init.body : '',
        });
        return fetch(input, init);
      },
    };
  }

  it('every request of a whole edit, errors included, goes to apiBase’s origin, and nothing else sees the token', async () => {
    const { calls, fetch: f } = spy();
    // Another page script using the same fetch for another origin (a second local server).
    const other = await start();
    const h = host(server, server.token, f);
    await h.user();
    const base = (await h.getFile(FILE, 'main'))!;
    await server.commitUpstream(FILE, base.text + '# upstream\n');
    const branch = branchName(new Date(), randomSuffix());
    await h.createBranch(branch, await h.defaultBranchSha('main'));
    const stale = (await h
      .putFile({ branch, path: FILE, text: '# ours\n' + base.text, sha: base.sha, message: 'm' })
      .catch((e: unknown) => e)) as StaleFileError;
    const merged = merge3(base.text, '# ours\n' + base.text, stale.current!.text);
    await h.putFile({ branch, path: FILE, text: merged.text, sha: stale.current!.sha, message: 'm' });
    await h.openPullRequest({ head: branch, base: 'main', title: 't', body: 'b', draft: true });
    await f(`${other.url}/user`, { headers: { Accept: 'application/json' } });

    const apiOrigin = new URL(server.url).origin;
    expect(calls.length).toBeGreaterThanOrEqual(9);
    for (const c of calls) {
      const toApi = new URL(c.url).origin === apiOrigin;
      const carries = JSON.stringify(c).includes(server.token);
      expect({ url: c.url, carries }).toEqual({ url: c.url, carries: toApi });
      if (toApi) expect(c.headers['Authorization']).toBe(`Bearer ${server.token}`);
      expect(c.body).not.toContain(server.token);
    }
    // And as the servers saw it.
    expect(other.requests.map((r) => r.authorization)).toEqual([undefined]);
    expect(server.requests.every((r) => r.authorization === `Bearer ${server.token}`)).toBe(true);
  });

  it('paths, branch names and repository names cannot steer a request elsewhere', async () => {
    const { calls, fetch: f } = spy();
    const h = host(server, server.token, f);
    for (const path of ['../x', '/etc/passwd', 'a//b', '//evil.example/x', 'a/./b', 'a\\b', '']) {
      await expect(h.getFile(path, 'main'), path).rejects.toThrow(TypeError);
      await expect(h.putFile({ branch: 'b', path, text: '', message: 'm' }), path).rejects.toThrow(TypeError);
    }
    for (const name of ['a b', '../main', 'x..y', '-x', 'a:b', 'a/', '.hidden', 'x.lock', 'a@{b', '']) {
      await expect(h.createBranch(name, 'a'.repeat(40)), name).rejects.toThrow(TypeError);
    }
    expect(calls).toEqual([]);
    // Encoded segments stay inside the API's path.
    await h.getFile('standards/a?b#c%2F..%2F.yaml', 'main');
    expect(calls.map((c) => new URL(c.url).origin)).toEqual([new URL(server.url).origin]);
    expect(new URL(calls[0]!.url).pathname).toBe(
      `/repos/${server.owner}/${server.repo}/contents/standards/a%3Fb%23c%252F..%252F.yaml`,
    );
    expect(() => githubHost({ owner: 'evil.example/x', repo: 'r', token: 't', apiBase: server.url }).user()).toThrow(
      TypeError,
    );
    expect(() => githubHost({ owner: 'o', repo: 'r', token: 't', apiBase: 'http://api.example.com' })).toThrow(/https/);
    expect(() => githubHost({ owner: 'o', repo: 'r', token: 't', apiBase: 'https://user:pw@api.example.com' })).toThrow(
      TypeError,
    );
  });

  it('a redirect to another origin does not carry the token, and the answer is refused', async () => {
    // A collector on another port (another origin) records what reaches it.
    const seen: (string | undefined)[] = [];
    const collector = await listen(
      createServer((req, res) => {
        seen.push(req.headers.authorization);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"login":"collector"}');
      }),
    );
    const redirector = await listen(
      createServer((req, res) => {
        res.writeHead(307, { location: `${collector.url}${req.url ?? '/'}` });
        res.end();
      }),
    );
    try {
      const e = await githubHost({ owner: 'o', repo: 'r', token: 'secret-token', apiBase: redirector.url })
        .user()
        .catch((x: unknown) => x);
      expect(e).toBeInstanceOf(GitHostError);
      expect((e as GitHostError).code).toBe('bad-response');
      expect(seen).toEqual([undefined]);
    } finally {
      await Promise.all([collector.close(), redirector.close()]);
    }
  });
});

describe('branch names, token page, encodings', () => {
  it('branchName: touchstone/edit-YYYYMMDD-random (UTC), nothing else accepted', () => {
    expect(branchName(new Date('2026-11-22T23:59:59+08:00'), 'abc123')).toBe('touchstone/edit-20261122-abc123');
    expect(branchName(new Date('2026-11-22T23:59:59-08:00'), 'z')).toBe('touchstone/edit-20261123-z');
    for (const bad of ['', 'ABC', 'a b', 'a/b', '../x', 'x'.repeat(33), 'ü'])
      expect(() => branchName(new Date(), bad), bad).toThrow(TypeError);
    expect(() => branchName(new Date('nope'), 'abc')).toThrow(TypeError);
    const suffixes = new Set(Array.from({ length: 200 }, () => randomSuffix()));
    expect(suffixes.size).toBe(200);
    for (const s of suffixes) expect(s).toMatch(/^[a-z0-9]{8}$/);
    // A uint32 in base 36, as the editor makes one, is accepted.
    expect(branchName(new Date(), (4294967295).toString(36))).toMatch(/^touchstone\/edit-\d{8}-[a-z0-9]+$/);
  });

  it('tokenUrl pre-fills GitHub’s fine-grained token form through its documented parameters', () => {
    const url = new URL(tokenUrl('touchstone-example', 'service-handbook'));
    expect(url.origin + url.pathname).toBe('https://github.com/settings/personal-access-tokens/new');
    const p = Object.fromEntries(url.searchParams);
    expect(Object.keys(p).sort()).toEqual(['contents', 'description', 'name', 'pull_requests', 'target_name']);
    expect(p).toMatchObject({
      target_name: 'touchstone-example',
      contents: 'write',
      pull_requests: 'write',
      name: 'Touchstone editor service-handbook',
    });
    expect(p['name']!.length).toBeLessThanOrEqual(40);
    expect(p['description']).toContain('Only select repositories');
    expect(p['description']).toContain('touchstone-example/service-handbook');
    expect(
      new URL(tokenUrl('o', 'a-very-long-repository-name-that-goes-on-and-on')).searchParams.get('name')!.length,
    ).toBeLessThanOrEqual(40);
    const help = tokenHelp('touchstone-example', 'service-handbook');
    expect(help.url).toBe(url.href);
    expect(help.repository).toBe('touchstone-example/service-handbook');
    expect(help.permissions.map((x) => `${x.name}: ${x.access}`)).toEqual([
      'Contents: Read and write',
      'Pull requests: Read and write',
      'Metadata: Read-only',
    ]);
    expect(help.steps.join('\n')).toContain('"Only select repositories"');
  });

  it('repoPath joins handbook.yaml’s basePath and a handbook file', () => {
    expect(repoPath('standards', 'touchpoints/bk-counter.yaml')).toBe(FILE);
    expect(repoPath(undefined, 'handbook.yaml')).toBe('standards/handbook.yaml');
    expect(repoPath('/docs/standards/', 'x.yaml')).toBe('docs/standards/x.yaml');
    expect(repoPath('', 'x.yaml')).toBe('x.yaml');
    for (const bad of ['../x.yaml', '/x.yaml', 'a//b.yaml', ''])
      expect(() => repoPath('standards', bad), bad).toThrow(TypeError);
  });

  it('base64 of UTF-8 round-trips in chunks (large texts, every code point class)', () => {
    const text = '中文 ✓ 😀 \u0000 \uFEFF'.repeat(20_000);
    const bytes = new TextEncoder().encode(text);
    const b64 = bytesToBase64(bytes);
    expect(b64).toBe(Buffer.from(bytes).toString('base64'));
    expect(new TextDecoder().decode(base64ToBytes(b64.replace(/.{60}/g, '$&\n')))).toBe(text);
  });
});

async function listen(s: Server): Promise<{ url: string; close(): Promise<void> }> {
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', () => ok()));
  return {
    url: `http://127.0.0.1:${(s.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((ok) => {
        s.closeAllConnections();
        s.close(() => ok());
      }),
  };
}
