/**
 * repository.api: the gate (the whole of it, schema and rules, on handbook.yaml) and the editor
 * (githubHost, which refuses to be built for an address it will not send the token to) give the
 * same verdict on every address — generated web URLs and hostile variants of them: user info,
 * other schemes in any case, IDN hosts, ports, loopback spellings, queries, fragments, spaces.
 * An accepted address is also one whose requests the browser sends to the host it names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkApiBase, isLoopbackHost } from '../../../src/gate/api-url.ts';
import { githubHost } from '../../../src/editor/git-host/github.ts';
import { handbookIndex } from '../../../src/gate/handbook-index.ts';
import { checkFileInBrowser } from '../../../src/gate/in-browser.ts';
import { loadEveryValidator } from '../../helpers/browser-gate.ts';
import { loadHandbook } from '../../../src/gate/load-handbook.ts';
import { REPO } from '../../helpers/fixtures.ts';

// The browser gate checks files of every kind here: every kind's validator first.
beforeAll(loadEveryValidator);

const STANDARDS = join(REPO, 'standards');
const HANDBOOK_YAML = readFileSync(join(STANDARDS, 'handbook.yaml'), 'utf8');
const INDEX = handbookIndex(loadHandbook(STANDARDS).model!);
const SEED = 20261207;
const RUNS = Number(process.env['TOUCHSTONE_FUZZ_RUNS'] ?? 200);

/** The gate's verdict on handbook.yaml with repository.api = api: accepted (maybe with a warning) or not. */
function gate(api: string): { accepted: boolean; codes: string[] } {
  const doc = parseDocument(HANDBOOK_YAML);
  doc.setIn(['repository', 'api'], api);
  const { diagnostics } = checkFileInBrowser('handbook.yaml', doc.toString(), INDEX);
  const here = diagnostics.filter((d) => d.pointer === '/repository/api' || d.pointer.startsWith('/repository/api/'));
  expect(diagnostics.filter((d) => !here.includes(d)).map((d) => d.code)).toEqual([]); // nothing else in the file is affected
  return { accepted: !here.some((d) => d.severity === 'error'), codes: here.map((d) => d.code) };
}

/** The editor's verdict: whether a GitHub client can be made for the address (it refuses with a TypeError). */
function editor(api: string): boolean {
  try {
    githubHost({ owner: 'o', repo: 'r', token: 't', apiBase: api });
    return true;
  } catch (e) {
    expect(e).toBeInstanceOf(TypeError);
    return false;
  }
}

const hostile = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.webUrl().map((u) => u.replace(/^https?/, 'https')),
  fc
    .record({
      scheme: fc.constantFrom(
        'https',
        'http',
        'HTTPS',
        'HtTpS',
        'Http',
        'javascript',
        'JavaScript',
        'data',
        'ftp',
        'file',
        'ws',
        'wss',
        'blob:https',
      ),
      userinfo: fc.constantFrom('', 'user@', 'user:pw@', ':@', '@', 'api.github.com@', 'token:x-oauth@'),
      host: fc.constantFrom(
        'api.github.com',
        'evil.example',
        'Api.GitHub.com',
        'ghe.example.co',
        'bücher.example',
        'xn--bcher-kva.example',
        '例子.测试',
        'аpi.github.com',
        '127.0.0.1',
        '127.1',
        '0x7f.0.0.1',
        '2130706433',
        '127.255.255.254',
        '128.0.0.1',
        'localhost',
        'LOCALHOST',
        'localhost.',
        'sub.localhost',
        '[::1]',
        '[0:0:0:0:0:0:0:1]',
        '[::ffff:127.0.0.1]',
        '0.0.0.0',
        '',
        'api.github.com\\@evil.example',
      ),
      port: fc.constantFrom('', ':443', ':8443', ':80', ':0', ':65535', ':65536', ':x'),
      path: fc.constantFrom('', '/', '/api/v3', '/api/v3/', '/a b', '/%2e%2e/x', '/../x', '//evil.example'),
      tail: fc.constantFrom('', '?', '?a=1', '#', '#x', '?#'),
      pad: fc.constantFrom('', ' ', '\t', '\n', '\u0000', '\u00a0'),
      slashes: fc.constantFrom('//', '/', '///', '\\\\', ''),
    })
    .map((p) => `${p.pad}${p.scheme}:${p.slashes}${p.userinfo}${p.host}${p.port}${p.path}${p.tail}${p.pad}`),
  fc.string(),
);

describe('repository.api: one verdict for the gate and the editor', () => {
  it('gives the same verdict on generated and hostile addresses, and accepts only https or loopback http', () => {
    fc.assert(
      fc.property(hostile, (api) => {
        fc.pre(api !== '');
        const g = gate(api);
        const e = editor(api);
        expect({ api, gate: g.accepted }).toEqual({ api, gate: e });
        if (!e) return;
        // What the browser would request, and where: the URL parser's reading of the address.
        const url = new URL(api);
        expect(url.username + url.password).toBe('');
        expect(url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname))).toBe(true);
        expect(new URL(`${url.href.replace(/\/$/, '')}/user`).origin).toBe(url.origin);
        expect(g.codes).toEqual(isLoopbackHost(url.hostname) ? ['repository-api-loopback'] : []);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('refuses a look-alike host written with user info, and says where the token would have gone', () => {
    const api = 'https://api.github.com@evil.example';
    expect(new URL(api).hostname).toBe('evil.example');
    expect(editor(api)).toBe(false);
    const g = gate(api);
    expect(g).toEqual({ accepted: false, codes: ['repository-api-invalid'] });
  });

  it('accepts GitHub, an Enterprise server and, with a warning, this machine over http', () => {
    for (const api of ['https://api.github.com', 'https://ghe.example.com/api/v3', 'HTTPS://API.GITHUB.COM/'])
      expect([api, gate(api), editor(api)]).toEqual([api, { accepted: true, codes: [] }, true]);
    for (const api of ['http://127.0.0.1:8080', 'http://localhost:3000/api', 'http://[::1]:9000'])
      expect([api, gate(api), editor(api)]).toEqual([
        api,
        { accepted: true, codes: ['repository-api-loopback'] },
        true,
      ]);
  });

  it('names the problem in both languages', async () => {
    const { renderDiagnostic } = await import('../../../src/gate/diagnostics.ts');
    const doc = parseDocument(HANDBOOK_YAML);
    doc.setIn(['repository', 'api'], 'https://api.github.com@evil.example');
    const [d] = checkFileInBrowser('handbook.yaml', doc.toString(), INDEX).diagnostics;
    expect(d).toMatchObject({ code: 'repository-api-invalid', params: { problem: 'userinfo' } });
    expect(d!.line).toBeGreaterThan(1);
    expect(renderDiagnostic(d!, 'en').message).toContain('the token would go to the host after the @');
    expect(renderDiagnostic(d!, 'zh-CN').message).toContain('令牌会被发送到 @ 之后的主机');
  });

  it('checkApiBase reads the address as the browser does (IPv4 spellings of loopback, IDN)', () => {
    expect(checkApiBase('http://0x7f.1:1/')).toMatchObject({ ok: true, loopback: true });
    expect(checkApiBase('http://127.1.2.3.evil.example/')).toEqual({ ok: false, problem: 'http-not-loopback' });
    expect(checkApiBase('https://bücher.example/api')).toMatchObject({
      ok: true,
      loopback: false,
      url: new URL('https://xn--bcher-kva.example/api'),
    });
  });
});
