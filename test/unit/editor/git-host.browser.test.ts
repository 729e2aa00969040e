/**
 * src/editor/git-host in a real browser: bundled with esbuild for the browser (no node:*, small),
 * loaded by a page on one 127.0.0.1 port, talking to the GitHub stand-in on another port — a
 * cross-origin API, so Chromium sends CORS preflights for the Authorization header, as it will
 * with api.github.com. The whole edit runs in the page: token check, read, branch, stale write,
 * merge3, retry, draft pull request.
 *
 * It lives with the unit tests (it needs no site build), and starts one Chromium (test/e2e/harness).
 * The page is opened in a plain context, not through openPage(): Playwright answers CORS
 * preflights itself when a context routes requests, and the preflights are what is tested here.
 * Every request the page makes is recorded instead, and must go to 127.0.0.1.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serve, type StaticServer } from '../../e2e/harness.ts';
import { REPO } from '../../helpers/fixtures.ts';
import { startGitHubServer, type GitHubServer } from '../../helpers/github-server.ts';
import { closeAndRemove } from '../../helpers/teardown.ts';

const FILE = 'standards/touchpoints/bk-counter.yaml';
const ENTRY = `
export * from './src/editor/git-host/types.ts';
export * from './src/editor/git-host/github.ts';
export * from './src/editor/git-host/merge.ts';
`;

let dir: string;
let site: StaticServer;
let api: GitHubServer;
let browser: Browser;
let bundle: { bytes: number; gzip: number; inputs: string[] };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'touchstone-git-host-page-'));
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: REPO, sourcefile: 'git-host-entry.ts', loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'GitHost',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  bundle = { bytes: code.length, gzip: gzipSync(code).length, inputs: Object.keys(result.metafile.inputs) };
  writeFileSync(join(dir, 'git-host.js'), code);
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>git-host</title><script src="/git-host.js"></script><p>git-host</p></html>',
  );
  site = await serve(dir);
  api = await startGitHubServer({ seedDir: join(REPO, 'standards') });
  browser = await launchBrowser();
}, 60_000);

afterAll(() => closeAndRemove(dir, browser, api, site));

describe('git-host in Chromium', () => {
  it('bundles for the browser without node built-ins, small', () => {
    expect(bundle.inputs.filter((i) => i.startsWith('node:') || i.includes('node_modules'))).toEqual([]);
    expect(bundle.inputs.sort()).toEqual([
      'git-host-entry.ts',
      'src/editor/git-host/github.ts',
      'src/editor/git-host/merge.ts',
      'src/editor/git-host/types.ts',
      'src/gate/api-url.ts',
      'src/text/trim.ts',
    ]);
    expect(bundle.bytes).toBeLessThan(20_000);
    expect(bundle.gzip).toBeLessThan(8_000);
  });

  it('runs a whole edit against a cross-origin API: preflights pass, stale write merges, draft PR opens', async () => {
    const upstreamBefore = (await api.readFile('main', FILE))!;
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const seen: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => seen.push(r.url()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${site.url}/`);
    const opened = { page };
    try {
      // Someone changes the file on main after the page read it: the page's first write is stale.
      await opened.page.exposeFunction('changeUpstream', async (text: string) => {
        await api.commitUpstream(FILE, text);
      });
      const result = await opened.page.evaluate(
        async ({ apiBase, owner, repo, token, file }) => {
          type Lib = typeof import('../../../src/editor/git-host/github.ts') &
            typeof import('../../../src/editor/git-host/merge.ts') &
            typeof import('../../../src/editor/git-host/types.ts');
          const lib = (window as unknown as { GitHost: Lib }).GitHost;
          const w = window as unknown as { changeUpstream(text: string): Promise<void> };
          const out: Record<string, unknown> = {};
          const bad = lib.githubHost({ owner, repo, token: 'wrong-token', apiBase });
          try {
            await bad.user();
          } catch (e) {
            out['wrongToken'] =
              e instanceof lib.AuthError ? `AuthError ${(e as InstanceType<typeof lib.AuthError>).status}` : String(e);
          }
          const h = lib.githubHost({ owner, repo, token, apiBase });
          out['login'] = (await h.user()).login;
          const base = (await h.getFile(file, 'main'))!;
          const ours = base.text.replace(/^version: .*$/m, (v) => `${v}\n# 编辑于浏览器 ✓`);
          await w.changeUpstream(`# upstream 😀\n${base.text}`);
          const branch = lib.branchName(new Date(), lib.randomSuffix());
          await h.createBranch(branch, await h.defaultBranchSha('main'));
          let sha = base.sha;
          let text = ours;
          try {
            await h.putFile({ branch, path: file, text, sha, message: 'Edit in the browser' });
          } catch (e) {
            if (!(e instanceof lib.StaleFileError) || e.current === undefined) throw e;
            out['stale'] = e.status;
            const merged = lib.merge3(base.text, ours, e.current.text);
            out['clean'] = merged.clean;
            text = merged.text;
            sha = e.current.sha;
          }
          const put = await h.putFile({ branch, path: file, text, sha, message: 'Edit in the browser' });
          const pr = await h.openPullRequest({
            head: branch,
            base: 'main',
            title: 'Edit',
            body: 'From the browser',
            draft: true,
          });
          return { ...out, branch, text, put, pr };
        },
        { apiBase: api.url, owner: api.owner, repo: api.repo, token: api.token, file: FILE },
      );
      expect(result).toMatchObject({
        wrongToken: 'AuthError 401',
        login: 'touchstone-tester',
        stale: 409,
        clean: true,
        pr: { number: 1, draft: true },
      });
      expect(result.text.startsWith('# upstream 😀\n')).toBe(true);
      expect(result.text).toContain('# 编辑于浏览器 ✓');
      expect(await api.readFile(result.branch, FILE)).toBe(result.text);
      expect(await api.readFile('main', FILE)).toBe(`# upstream 😀\n${upstreamBefore}`);
      expect((await api.log(result.branch))[0]!.sha).toBe(result.put.commitSha);
      expect(api.pulls[0]).toMatchObject({
        number: 1,
        draft: true,
        head: { ref: result.branch },
        base: { ref: 'main' },
        body: 'From the browser',
      });

      // Chromium preflighted the cross-origin requests (Authorization is not a simple header),
      // and the stand-in answered them for the page's origin.
      const preflights = api.requests.filter((r) => r.method === 'OPTIONS');
      expect(preflights.length).toBeGreaterThan(0);
      expect(preflights.every((r) => r.origin === site.url && r.status === 204 && r.authorization === undefined)).toBe(
        true,
      );
      const real = api.requests.filter((r) => r.method !== 'OPTIONS');
      expect(real.every((r) => r.origin === site.url)).toBe(true);
      expect(real.filter((r) => r.authorization === `Bearer ${api.token}`).length).toBe(real.length - 1); // all but the wrong-token check
      expect(errors).toEqual([]);
      expect(seen.filter((u) => new URL(u).hostname !== '127.0.0.1')).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the stand-in’s CORS', () => {
  it('answers preflights for 127.0.0.1 origins only, allowing Authorization', async () => {
    const pre = await fetch(`${api.url}/user`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://127.0.0.1:4321',
        'Access-Control-Request-Method': 'PUT',
        'Access-Control-Request-Headers': 'authorization, x-github-api-version, content-type',
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4321');
    expect(pre.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    expect(pre.headers.get('access-control-allow-methods')).toMatch(/PUT/);
    const other = await fetch(`${api.url}/user`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(other.status).toBe(403);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const get = await fetch(`${api.url}/user`, {
      headers: { Origin: 'http://127.0.0.1:4321', Authorization: `Bearer ${api.token}` },
    });
    expect(get.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4321');
    const getOther = await fetch(`${api.url}/user`, {
      headers: { Origin: 'http://localhost:4321', Authorization: `Bearer ${api.token}` },
    });
    expect(getOther.headers.get('access-control-allow-origin')).toBeNull();
  });
});
