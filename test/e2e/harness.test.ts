/**
 * The harness itself, against a tiny hand-made folder (not the handbook site): the static
 * server, the browser, the host guard and axe. These pass whatever state the site is in.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkLink, linksOf, scanHtml, type Link } from './site.ts';
import {
  contentType,
  launchBrowser,
  openPage,
  planBuild,
  runAxe,
  serve,
  tabStops,
  type StaticServer,
} from './harness.ts';

let root: string;
let server: StaticServer;
let browser: Browser;

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main>${body}</main></body></html>`;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'touchstone-harness-'));
  const site = join(root, 'site');
  const files: Record<string, string> = {
    'index.html': page('Tiny home', '<h1>Home</h1><a href="/sub/">sub</a>'),
    'sub/index.html': page('Sub page', '<h1>Sub</h1>'),
    'empty/.keep': '',
    '404.html': page('Not here', '<h1>Page not found</h1>'),
    'style.css': 'body { color: #222; }',
    'app.js': 'document.title = "changed by script";',
    'data.json': '{"a":1}',
    'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'pagefind/wasm.unknown.pagefind': 'x',
    'pagefind/pagefind.js': '',
    'pagefind/pagefind.en_1.pf_meta': 'x',
    'pagefind/fragment/en_1.pf_fragment': 'x',
    'pagefind/index/en_1.pf_index': 'x',
    'm.wasm': 'x',
    'plain.html': page('Plain', '<h1>Plain</h1><p>Hello.</p>'),
    'no-alt.html': page('No alt', '<h1>Image</h1><img src="/logo.svg">'),
    'scripted.html': page('Original', '<h1>Scripted</h1><script src="/app.js"></script>'),
    'focus.html': page(
      'Focus',
      '<style>#none:focus{outline:none} #shadow:focus{outline:none;box-shadow:0 0 0 3px #0969da} #always,#always:focus{outline:2px solid #000}</style>' +
        '<h1>Focus</h1><a id="default" href="#a">default</a> <a id="none" href="#b">none</a> <a id="shadow" href="#c">shadow</a> <a id="always" href="#d">always</a> <button hidden>hidden</button>',
    ),
    'links/index.html':
      '<!doctype html><html lang="en"><head><title>Links</title><link rel="stylesheet" href="../style.css"></head><body>\n' +
      '<a href="/sub/">ok</a> <a href="../plain.html#top">ok</a> <a href="#here" id="here">self</a> <a href="mailto:a@example.com">mail</a>\n' +
      '<a href="/sub">no slash</a> <a href="/nope/">missing</a> <a href="/sub/#gone">fragment</a> <a href="javascript:void(0)">js</a>\n' +
      '<img alt="" srcset="/logo.svg 1x, /missing.png 2x"> <a href="https://example.com/x?a=1&amp;b=2">ext</a> <script>const s = "<a href=/in-script>";</script>\n' +
      '</body></html>',
    'refresh.html':
      '<!doctype html><html lang="en"><head><meta http-equiv="refresh" content="0; url=/plain.html"><title>Refresh</title></head><body><main><h1>Refresh</h1></main></body></html>',
    'media.html': page(
      'Media',
      '<h1>Media</h1><script>document.title = String(matchMedia("(prefers-color-scheme: dark)").matches) + " " + innerWidth;</script>',
    ),
    'external.html': page(
      'External',
      '<h1>External</h1><img alt="" src="http://example.com/pixel.png"><script src="https://cdn.example.org/lib.js"></script>' +
        '<script>fetch("http://localhost:9/x").catch(() => {}); new WebSocket("ws://example.net/socket");</script>',
    ),
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(site, name, '..'), { recursive: true });
    writeFileSync(join(site, name), text);
  }
  writeFileSync(join(root, 'secret.txt'), 'SECRET');
  symlinkSync(join(root, 'secret.txt'), join(site, 'link-out.txt'));
  server = await serve(site);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

/** A raw request, path sent exactly as given (fetch would normalise `..`). */
function raw(path: string, method = 'GET'): Promise<{ status: number; type: string; body: string; location?: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => {
        const r: { status: number; type: string; body: string; location?: string } = {
          status: res.statusCode ?? 0,
          type: res.headers['content-type'] ?? '',
          body,
        };
        if (res.headers.location !== undefined) r.location = res.headers.location;
        resolve(r);
      });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serve()', () => {
  test('binds to 127.0.0.1 only, on a random port', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const other = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (other) {
      const reached = await new Promise<boolean>((resolve) => {
        const req = request({ host: other.address, port: server.port, path: '/', timeout: 2000 }, () => resolve(true));
        req.on('error', () => resolve(false));
        req.on('timeout', () => {
          req.destroy();
          resolve(false);
        });
        req.end();
      });
      expect(reached, `reachable on ${other.address}`).toBe(false);
    }
  });

  test('serves index.html for folders, redirects folders without a slash, and the right types', async () => {
    expect(await raw('/')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect((await raw('/')).body).toContain('Tiny home');
    expect((await raw('/sub/')).body).toContain('Sub page');
    expect(await raw('/sub?q=1')).toMatchObject({ status: 301, location: '/sub/?q=1' });
    const types: Record<string, string> = {
      '/style.css': 'text/css; charset=utf-8',
      '/app.js': 'text/javascript; charset=utf-8',
      '/data.json': 'application/json; charset=utf-8',
      '/logo.svg': 'image/svg+xml',
      '/m.wasm': 'application/wasm',
      '/pagefind/pagefind.js': 'text/javascript; charset=utf-8',
      '/pagefind/pagefind.en_1.pf_meta': 'application/octet-stream',
      '/pagefind/fragment/en_1.pf_fragment': 'application/octet-stream',
      '/pagefind/index/en_1.pf_index': 'application/octet-stream',
      '/pagefind/wasm.unknown.pagefind': 'application/octet-stream',
    };
    for (const [path, type] of Object.entries(types))
      expect(await raw(path), path).toMatchObject({ status: 200, type });
    expect(contentType('x.HTML')).toBe('text/html; charset=utf-8');
  });

  test('gzips text, not binary, when asked to and the client accepts it', async () => {
    const zipped = await serve(join(root, 'site'), { gzip: true });
    const get = (path: string, encoding: string) =>
      new Promise<{ encoding: string | undefined; body: Buffer }>((ok, fail) => {
        const req = request(`${zipped.url}${path}`, { headers: { 'accept-encoding': encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => ok({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
        });
        req.on('error', fail);
        req.end();
      });
    try {
      const js = await get('/app.js', 'gzip, deflate');
      expect(js.encoding).toBe('gzip');
      expect(gunzipSync(js.body).toString()).toBe('document.title = "changed by script";');
      expect((await get('/app.js', 'identity')).encoding).toBeUndefined();
      expect((await get('/pagefind/pagefind.en_1.pf_meta', 'gzip')).encoding).toBeUndefined();
      expect((await raw('/app.js')).body).toBe('document.title = "changed by script";');
    } finally {
      await zipped.close();
    }
  });

  test('answers 404 with 404.html, lists no folder, allows only GET and HEAD', async () => {
    const missing = await raw('/nope/');
    expect(missing).toMatchObject({ status: 404, type: 'text/html; charset=utf-8' });
    expect(missing.body).toContain('Page not found');
    expect(await raw('/empty/')).toMatchObject({ status: 404 });
    expect((await raw('/empty/')).body).not.toContain('.keep');
    expect(await raw('/', 'POST')).toMatchObject({ status: 405 });
    expect(await raw('/', 'HEAD')).toMatchObject({ status: 200, body: '' });
  });

  test('refuses path traversal, raw or encoded, and symlinks out of the folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/sub/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/sub/%2E%2E%2F%2E%2E%2Fsecret.txt',
      '/..%5csecret.txt',
      '/%00',
      '/%zz',
      'secret.txt',
    ]) {
      const r = await raw(path);
      expect(r.status, path).toBe(400);
      expect(r.body, path).not.toContain('SECRET');
    }
    const link = await raw('/link-out.txt');
    expect(link.status).toBe(404);
    expect(link.body).not.toContain('SECRET');
  });
});

describe('planBuild()', () => {
  test('redirects astro build and pagefind to the output folder, and copies dist/ when it cannot', () => {
    expect(planBuild('astro build', '/o')).toEqual([{ argv: ['astro', 'build', '--outDir', '/o'] }]);
    expect(planBuild('astro build && pagefind --site dist', '/o')).toEqual([
      { argv: ['astro', 'build', '--outDir', '/o'] },
      { argv: ['pagefind', '--site', '/o'] },
    ]);
    expect(planBuild('npx astro build --outDir=dist && npx pagefind -s dist --quiet', '/o')).toEqual([
      { argv: ['astro', 'build', '--outDir', '/o'] },
      { argv: ['pagefind', '--quiet', '--site', '/o'] },
    ]);
    expect(planBuild('npm run types && astro build', '/o')).toEqual([
      { argv: ['npm', 'run', 'types'] },
      { argv: ['astro', 'build', '--outDir', '/o'] },
    ]);
    expect(planBuild('astro build && node scripts/post.ts dist', '/o')).toEqual([{ copyDist: true }]);
    expect(
      planBuild(
        'node --max-old-space-size=2048 node_modules/astro/bin/astro.mjs build && node scripts/index-site.ts',
        '/o',
      ),
    ).toEqual([
      {
        argv: [
          process.execPath,
          '--max-old-space-size=2048',
          'node_modules/astro/bin/astro.mjs',
          'build',
          '--outDir',
          '/o',
        ],
      },
      { argv: [process.execPath, 'scripts/index-site.ts', '--site', '/o'] },
    ]);
    expect(planBuild('node scripts/other.ts node_modules/astro/bin/astro.mjs build', '/o')).toEqual([
      { argv: ['node', 'scripts/other.ts', 'node_modules/astro/bin/astro.mjs', 'build'] },
    ]);
    expect(planBuild('astro build && node scripts/index-site.ts', '/o')).toEqual([
      { argv: ['astro', 'build', '--outDir', '/o'] },
      { argv: [process.execPath, 'scripts/index-site.ts', '--site', '/o'] },
    ]);
    expect(planBuild('astro build && node scripts/index-site.ts --site dist', '/o')).toEqual([
      { argv: ['astro', 'build', '--outDir', '/o'] },
      { argv: [process.execPath, 'scripts/index-site.ts', '--site', '/o'] },
    ]);
    expect(planBuild('astro build; pagefind --site dist', '/o')).toEqual([{ copyDist: true }]);
    expect(planBuild(undefined, '/o')).toEqual([
      { argv: ['astro', 'build', '--outDir', '/o'] },
      { argv: ['pagefind', '--site', '/o'] },
    ]);
  });
});

describe('browser', () => {
  test('opens a page and reads its title; scripts run unless JavaScript is off', async () => {
    const plain = await openPage(browser, `${server.url}/plain.html`);
    expect(plain.response?.status()).toBe(200);
    expect(await plain.page.title()).toBe('Plain');
    await plain.close();
    const withJs = await openPage(browser, `${server.url}/scripted.html`);
    expect(await withJs.page.title()).toBe('changed by script');
    await withJs.close();
    const withoutJs = await openPage(browser, `${server.url}/scripted.html`, { javaScriptEnabled: false });
    expect(await withoutJs.page.title()).toBe('Original');
    await withoutJs.close();
  });

  test('applies the color scheme and viewport', async () => {
    const dark = await openPage(browser, `${server.url}/media.html`, {
      colorScheme: 'dark',
      viewport: { width: 360, height: 740 },
    });
    expect(await dark.page.title()).toBe('true 360');
    await dark.close();
    const light = await openPage(browser, `${server.url}/media.html`);
    expect(await light.page.title()).toBe('false 1280');
    await light.close();
  });

  test('stayOnPage keeps a redirecting page (meta refresh) in place', async () => {
    const moving = await openPage(browser, `${server.url}/refresh.html`);
    await moving.page.waitForURL(/plain\.html$/);
    expect(await moving.page.title()).toBe('Plain');
    await moving.close();
    const staying = await openPage(browser, `${server.url}/refresh.html`, { stayOnPage: true });
    await staying.page.waitForTimeout(300);
    expect(await staying.page.title()).toBe('Refresh');
    expect(new URL(staying.page.url()).pathname).toBe('/refresh.html');
    await staying.close();
  });

  test('blocks and records every request to a host other than 127.0.0.1', async () => {
    const opened = await openPage(browser, `${server.url}/external.html`);
    await expect.poll(() => opened.blocked.length, { timeout: 5000 }).toBeGreaterThanOrEqual(4);
    expect([...opened.blocked].sort()).toEqual([
      'http://example.com/pixel.png',
      'http://localhost:9/x',
      'https://cdn.example.org/lib.js',
      'ws://example.net/socket',
    ]);
    await expect(opened.close()).rejects.toThrow(/tried to reach hosts other than 127\.0\.0\.1/);
  });

  // The guard needs no close(): a test whose page reached out fails when it ends.
  test.fails('a test whose page tried to reach another host fails even without close()', async () => {
    const opened = await openPage(browser, `${server.url}/external.html`);
    await expect.poll(() => opened.blocked.length, { timeout: 5000 }).toBeGreaterThanOrEqual(4);
  });
});

describe('tabStops()', () => {
  test('walks Tab order and tells which stops show a focus indicator', async () => {
    const opened = await openPage(browser, `${server.url}/focus.html`);
    const stops = await tabStops(opened.page);
    expect(stops.map((s) => [s.label, s.indicator])).toEqual([
      ['default', true],
      ['none', false],
      ['shadow', true],
      ['always', false],
    ]);
    await opened.close();
  });
});

describe('static checks', () => {
  test('scanHtml() decodes attributes, knows lines and skips script content', () => {
    const { tags, scripts } = scanHtml(
      '<p\n  title="a &amp; b" data-x=\'1\' hidden>x</p>\n<script type="module">let a = "<b>";</script><!-- <i> -->',
    );
    expect(tags.map((t) => [t.name, t.line])).toEqual([
      ['p', 1],
      ['script', 3],
    ]);
    expect(Object.fromEntries(tags[0]!.attrs)).toEqual({ title: 'a & b', 'data-x': '1', hidden: '' });
    expect(scripts[0]?.content).toBe('let a = "<b>";');
  });

  test('checkLink() finds broken links, missing fragments, folder links without a slash, and external links', () => {
    const site = join(root, 'site');
    const external: Link[] = [];
    const problems = linksOf(site, 'links/index.html')
      .map((l) => checkLink(site, l, external))
      .filter((p): p is string => p !== null);
    expect(problems.map((p) => p.replace(/^links\/index\.html:(\d+)\s+/, '$1 '))).toEqual([
      expect.stringMatching(/^3 <a href="\/sub">.*without the trailing slash/),
      expect.stringMatching(/^3 <a href="\/nope\/">.*no such page/),
      expect.stringMatching(/^3 <a href="\/sub\/#gone">.*#gone is not an id in sub\/index\.html/),
      expect.stringMatching(/^3 <a href="javascript:void\(0\)">.*javascript: URL/),
      expect.stringMatching(/^4 <img srcset="\/missing\.png">.*no such file/),
    ]);
    expect(external.map((l) => l.value)).toEqual(['https://example.com/x?a=1&b=2']);
  });
});

describe('runAxe()', () => {
  test('finds a planted violation (an <img> without alt) and none on a clean page', async () => {
    const bad = await openPage(browser, `${server.url}/no-alt.html`);
    const violations = await runAxe(bad.page);
    expect(violations.map((v) => v.id)).toContain('image-alt');
    expect((await runAxe(bad.page, { exclude: ['img'] })).map((v) => v.id)).not.toContain('image-alt');
    await bad.close();
    const clean = await openPage(browser, `${server.url}/plain.html`, { colorScheme: 'dark' });
    expect(await runAxe(clean.page)).toEqual([]);
    await clean.close();
  });
});
