/**
 * Local save (src/editor/local-save/): in `astro dev`, the editor writes a standards file
 * into the handbook folder and gets the gate's diagnostics back; nothing of it is in a build.
 * Runs `astro dev` on a temporary copy of test/fixtures/minimal, as build-gate.test.ts does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSavePath } from '../../src/editor/local-save/save-path.ts';
import { LIMITS } from '../../src/gate/source.ts';
import { REPO, tempHandbook } from '../helpers/fixtures.ts';
import { site } from './site.ts';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './harness.ts';

const ASTRO = join(REPO, 'node_modules/astro/bin/astro.mjs');
const TP = 'touchpoints/tp-gate.yaml';

/** The environment a person's shell would give: without Vitest's own variables (Astro reacts to them). */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(VITEST|NODE_ENV$|TEST$)/.test(k)) env[k] = v;
  return { ...env, ...extra };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every entry below dir (hidden ones too, links not followed) with a digest of its content. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      const rel = relative(dir, full).split(sep).join('/');
      const st = lstatSync(full);
      if (st.isSymbolicLink()) out[rel] = `link → ${readlinkSync(full)}`;
      else if (st.isDirectory()) {
        out[`${rel}/`] = 'dir';
        walk(full);
      } else out[rel] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

interface Dev {
  /** http://127.0.0.1:<port> */
  origin: string;
  port: string;
  log(): string;
  stop(): void;
}

/** Starts `astro dev` on a handbook folder and waits until {base}__touchstone/status answers. */
async function startDev(
  handbookDir: string,
  cacheDir: string,
  options: { base?: string; host?: string } = {},
): Promise<Dev> {
  const prefix = options.base ?? '/';
  const port = 4900 + Math.floor(Math.random() * 500);
  // --ignore-lock: run beside a developer's own dev server without touching it.
  const child: ChildProcess = spawn(
    process.execPath,
    [ASTRO, 'dev', '--ignore-lock', '--port', String(port), '--host', options.host ?? '127.0.0.1'],
    {
      cwd: REPO,
      env: cleanEnv({
        TOUCHSTONE_HANDBOOK: handbookDir,
        TOUCHSTONE_CACHE_DIR: cacheDir,
        ...(options.base ? { TOUCHSTONE_BASE: options.base } : {}),
      }),
      stdio: 'pipe',
    },
  );
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  let lastError = '';
  for (let i = 0; i < 180; i++) {
    // Astro moves to the next port when this one is taken: read the one it serves on.
    const served = /Local\s+http:\/\/[^:/]+:(\d+)\//.exec(output.replace(/\u001b\[[0-9;]*m/g, ''));
    if (served) {
      const origin = `http://127.0.0.1:${served[1]}`;
      try {
        const res = await fetch(`${origin}${prefix}__touchstone/status`);
        if (res.ok) return { origin, port: served[1]!, log: () => output, stop: () => child.kill() };
        lastError = `HTTP ${res.status}`;
      } catch (error) {
        lastError = String((error as Error).cause ?? error);
      }
    }
    if (child.exitCode !== null) break;
    await sleep(500);
  }
  child.kill();
  throw new Error(`astro dev did not answer ${prefix}__touchstone/status (${lastError}):\n${output}`);
}

let dev: Dev | undefined;
let base = '';
let handbook: { dir: string; cleanup(): void } | undefined;
let outside = '';
let cache = '';

async function post(body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${base}/__touchstone/save`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** A request with headers fetch will not set (Host). */
function rawPost(headers: Record<string, string>, body: string): Promise<{ status: number; text: string }> {
  const url = new URL(`${base}/__touchstone/save`);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...headers },
      },
      (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function page(path: string): Promise<string> {
  const res = await fetch(`${base}${path}`);
  return res.ok ? await res.text() : `HTTP ${res.status}`;
}

function expectBilingual(message: unknown): void {
  const m = message as Record<string, string>;
  expect(m['zh-CN']).toMatch(/\S/);
  expect(m['en']).toMatch(/\S/);
  expect(m['zh-CN']).not.toBe(m['en']);
}

describe('local save in astro dev', () => {
  beforeAll(async () => {
    handbook = tempHandbook();
    outside = mkdtempSync(join(tmpdir(), 'touchstone-outside-'));
    cache = mkdtempSync(join(tmpdir(), 'touchstone-save-cache-'));
    dev = await startDev(handbook.dir, cache);
    base = dev.origin;
  }, 120_000);

  it('the editor offers "Save to the working tree" and writes the edited file', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      await page.goto(`${base}/en/edit/?file=touchpoints/tp-gate.yaml`);
      await page.locator('.editor-app[data-ready="true"]').waitFor({ timeout: 60_000 });
      await page.locator('#ed-title-en').fill('Main gate');
      await page.locator('[data-save-local]').click();
      const file = join(handbook!.dir, 'touchpoints/tp-gate.yaml');
      await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 20_000 }).toContain('en: Main gate');
      expect(readFileSync(file, 'utf8')).toContain('zh-CN: 大门');
    } finally {
      await browser.close();
    }
  }, 120_000);

  afterAll(() => {
    dev?.stop();
    handbook?.cleanup();
    rmSync(outside, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  });

  it('answers the status request with the handbook folder', async () => {
    const res = await fetch(`${base}/__touchstone/status`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body['dev']).toBe(true);
    expect(body['handbook']).toBe(relative(REPO, handbook!.dir).split(sep).join('/'));
    expect(body['maxFileBytes']).toBe(LIMITS.fileBytes);
  });

  it('saves a changed touchpoint byte for byte, reports no errors, and the page shows it', async () => {
    const file = join(handbook!.dir, TP);
    // The editor test above saved the title "Main gate"; the page shows the file as it is now.
    const before = readFileSync(file, 'utf8');
    expect(before).toContain('en: Main gate');
    expect(await page('/en/touchpoints/tp-gate/')).toContain('>Main gate<');
    const text = before
      .replace('en: Main gate', 'en: East gate')
      .replace('owner: 秩序部', 'owner: 秩序部 # 备注 — “quoted”');
    const { status, body } = await post({ file: TP, text });
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body['saved']).toBe(true);
    expect(body['valid']).toBe(true);
    expect((body['diagnostics'] as { severity: string }[]).filter((d) => d.severity === 'error')).toEqual([]);
    expectBilingual(body['message']);
    expect(readFileSync(file).equals(Buffer.from(text, 'utf8'))).toBe(true);
    // No temporary file left beside it.
    expect(readdirSync(join(handbook!.dir, 'touchpoints'))).toEqual(['tp-gate.yaml']);
    let html = '';
    for (let i = 0; i < 40 && !html.includes('East gate'); i++) {
      await sleep(250);
      html = await page('/en/touchpoints/tp-gate/');
    }
    expect(html, dev!.log()).toContain('>East gate<');
    // Back to "Main gate" (with the comment), which the tests below start from.
    const back = await post({ file: TP, text: text.replace('en: East gate', 'en: Main gate') });
    expect(back.body['saved']).toBe(true);
  }, 60_000);

  it('saves invalid YAML all the same and returns its errors with line and column', async () => {
    const file = join(handbook!.dir, TP);
    const good = readFileSync(file, 'utf8');
    const bad = good.replace('industry: property', 'industry: [property');
    try {
      const { status, body } = await post({ file: TP, text: bad });
      expect(status, JSON.stringify(body)).toBe(200);
      expect(body['saved']).toBe(true);
      expect(body['valid']).toBe(false);
      expect(readFileSync(file, 'utf8')).toBe(bad);
      const diagnostics = body['diagnostics'] as {
        file: string;
        line: number;
        column: number;
        severity: string;
        code: string;
        message: Record<string, string>;
        hint: Record<string, string>;
      }[];
      const errors = diagnostics.filter((d) => d.severity === 'error');
      expect(errors.length).toBeGreaterThan(0);
      for (const d of errors) {
        expect(d.file).toBe(TP);
        expect(d.line).toBeGreaterThan(0);
        expect(d.column).toBeGreaterThan(0);
        expectBilingual(d.message);
        expectBilingual(d.hint);
      }
      expect(errors.some((d) => d.code === 'yaml-syntax')).toBe(true);
      expect((body['message'] as Record<string, string>)['en']).toMatch(/^Saved .*error/);
      // A schema error is placed at its key.
      const schema = await post({
        file: TP,
        text: good.replace('frequency: high', 'frequency: high\nfrecuency: high'),
      });
      const unknown = (schema.body['diagnostics'] as { code: string; line: number; column: number }[]).find(
        (d) => d.code === 'unknown-key',
      );
      expect(unknown, JSON.stringify(schema.body)).toMatchObject({
        line: good.split('\n').findIndex((l) => l === 'frequency: high') + 2,
        column: 1,
      });
    } finally {
      const restored = await post({ file: TP, text: good });
      expect(restored.body['valid']).toBe(true);
    }
  });

  it('creates a new file in a kind folder', async () => {
    const text = readFileSync(join(handbook!.dir, TP), 'utf8')
      .replace('id: tp-gate', 'id: tp-side-gate')
      .replace('code: T-01', 'code: T-02');
    const { status, body } = await post({ file: 'touchpoints/tp-side-gate.yaml', text });
    expect(status, JSON.stringify(body)).toBe(200);
    expect(readFileSync(join(handbook!.dir, 'touchpoints/tp-side-gate.yaml'), 'utf8')).toBe(text);
    rmSync(join(handbook!.dir, 'touchpoints/tp-side-gate.yaml'));
  });

  it('refuses paths outside the handbook or its kind folders with 400, writing nothing', async () => {
    const dir = handbook!.dir;
    mkdirSync(join(outside, 'target'));
    writeFileSync(join(outside, 'target.yaml'), 'outside: true\n');
    symlinkSync(join(outside, 'target'), join(dir, 'touchpoints/escape'));
    symlinkSync(join(outside, 'target'), join(dir, 'linked'));
    symlinkSync(join(outside, 'target.yaml'), join(dir, 'touchpoints/link.yaml'));
    const before = { handbook: snapshot(dir), outside: snapshot(outside) };
    const paths = [
      '../../etc/passwd',
      '../x.yaml',
      '/abs',
      '/tmp/x.yaml',
      `${outside}/x.yaml`,
      'touchpoints/../../x.yaml',
      'touchpoints/../handbook.yaml',
      './touchpoints/x.yaml',
      'touchpoints//x.yaml',
      'touchpoints\\..\\..\\x.yaml',
      'C:/x.yaml',
      'touchpoints/x\u0000.yaml',
      'touchpoints/.x.yaml',
      'touchpoints/x.json',
      'touchpoints/x.yaml.txt',
      'touchpoints/x.mdx',
      'cases/x.yaml',
      'handbook.yaml',
      'notes/x.yaml',
      'x.yaml',
      'linked/x.yaml',
      'touchpoints/escape/x.yaml',
      'touchpoints/escape/deeper/x.yaml',
      'touchpoints/link.yaml',
      '',
    ];
    for (const file of paths) {
      const { status, body } = await post({ file, text: 'id: x\n' });
      expect(status, `${JSON.stringify(file)} → ${JSON.stringify(body)}`).toBe(400);
      expect(body['saved']).toBe(false);
      expect(body['error']).toBe('bad-path');
      expectBilingual(body['message']);
    }
    for (const file of [42, null, ['touchpoints/x.yaml']]) {
      const { status } = await post({ file, text: 'id: x\n' });
      expect(status).toBe(400);
    }
    expect(snapshot(dir)).toEqual(before.handbook);
    expect(snapshot(outside)).toEqual(before.outside);
    expect(existsSync('/abs')).toBe(false);
    expect(existsSync(join(dir, '../x.yaml'))).toBe(false);
    rmSync(join(dir, 'touchpoints/escape'));
    rmSync(join(dir, 'linked'));
    rmSync(join(dir, 'touchpoints/link.yaml'));
  });

  it('refuses requests that do not come from this machine with 403', async () => {
    const file = join(handbook!.dir, TP);
    const before = readFileSync(file);
    const text = before.toString('utf8').replace('en: Main gate', 'en: Hijacked');
    const port = dev!.port;
    for (const origin of [
      'http://evil.example',
      `http://192.168.1.20:${port}`,
      'null',
      `http://localhost:${Number(port) + 1}`,
      `http://127.0.0.1.evil.example:${port}`,
    ]) {
      const { status, body } = await post({ file: TP, text }, { origin });
      expect(status, origin).toBe(403);
      expect(body['saved']).toBe(false);
      expectBilingual(body['message']);
    }
    for (const host of ['evil.example', `192.168.1.20:${port}`, `localhost.evil.example:${port}`]) {
      const res = await rawPost({ host, origin: `http://${host}` }, JSON.stringify({ file: TP, text }));
      expect(res.status, host).toBe(403);
    }
    expect(readFileSync(file).equals(before)).toBe(true);
    // The same page's origin, by either loopback name, is accepted.
    const ok = await post({ file: TP, text: before.toString('utf8') }, { origin: `http://localhost:${port}` });
    expect(ok.status).toBe(200);
  });

  it('refuses other methods, non-JSON bodies and files over the size limit', async () => {
    const file = join(handbook!.dir, TP);
    const before = readFileSync(file);
    expect((await fetch(`${base}/__touchstone/save`)).status).toBe(405);
    expect((await fetch(`${base}/__touchstone/status`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${base}/__touchstone/elsewhere`)).status).toBe(404);
    const form = await fetch(`${base}/__touchstone/save`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: base },
      body: JSON.stringify({ file: TP, text: 'id: x\n' }),
    });
    expect(form.status).toBe(415);
    expect((await post('{"file": "touchpoints/tp-gate.yaml", "text": ')).status).toBe(400);
    expect((await post({ file: TP })).status).toBe(400);
    const big = await post({ file: TP, text: 'a'.repeat(LIMITS.fileBytes + 1) });
    expect(big.status).toBe(413);
    expectBilingual(big.body['message']);
    const multibyte = await post({ file: TP, text: '备'.repeat(Math.floor(LIMITS.fileBytes / 3) + 1) });
    expect(multibyte.status).toBe(413);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe('local save under a base path, on a server bound to every interface', () => {
  let server: Dev | undefined;
  let hb: { dir: string; cleanup(): void } | undefined;
  let cacheDir = '';

  beforeAll(async () => {
    hb = tempHandbook();
    cacheDir = mkdtempSync(join(tmpdir(), 'touchstone-save-cache-'));
    server = await startDev(hb.dir, cacheDir, { base: '/sub/', host: '0.0.0.0' });
  }, 120_000);

  afterAll(() => {
    server?.stop();
    hb?.cleanup();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('serves the endpoints under the base, with or without a trailing slash', async () => {
    for (const path of ['/sub/__touchstone/status', '/sub/__touchstone/status/']) {
      const res = await fetch(`${server!.origin}${path}`);
      expect(res.status, path).toBe(200);
      expect(((await res.json()) as Record<string, unknown>)['dev']).toBe(true);
    }
    const text = readFileSync(join(hb!.dir, TP), 'utf8').replace('en: Gate', 'en: Sub gate');
    const res = await fetch(`${server!.origin}/sub/__touchstone/save`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server!.origin },
      body: JSON.stringify({ file: TP, text }),
    });
    expect(res.status).toBe(200);
    expect(readFileSync(join(hb!.dir, TP), 'utf8')).toBe(text);
  });

  it('refuses a save over the network even with a loopback Host and Origin', async () => {
    const address = Object.values(networkInterfaces())
      .flat()
      .find((a) => a && !a.internal && a.family === 'IPv4')?.address;
    if (!address) return; // no network interface besides loopback here
    const file = join(hb!.dir, TP);
    const before = readFileSync(file);
    const status = await new Promise<number>((resolve, reject) => {
      const body = JSON.stringify({ file: TP, text: 'id: hijacked\n' });
      const req = request(
        {
          host: address,
          port: server!.port,
          path: '/sub/__touchstone/save',
          method: 'POST',
          headers: {
            host: `127.0.0.1:${server!.port}`,
            origin: server!.origin,
            'content-type': 'application/json',
            'content-length': String(Buffer.byteLength(body)),
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    expect(status).toBe(403);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe('save paths, as text', () => {
  it('accepts standards in their kind folders', () => {
    for (const file of [
      'touchpoints/pm-lobby.yaml',
      'touchpoints/sub/pm-lobby.yml',
      'sops/s.yaml',
      'checklists/c.yaml',
      'audits/2026-01.yaml',
      'cases/c.mdx',
      'cases/c.en.mdx',
      'guides/intro.zh-CN.mdx',
    ]) {
      expect(checkSavePath(file), file).toBeUndefined();
    }
  });
  it('refuses everything else', () => {
    for (const file of [
      'handbook.yaml',
      'README.md',
      'guides/intro.md',
      'audits/a.json',
      'node_modules/x/touchpoints/a.yaml',
      'touchpoints/dist/a.yaml',
      'touchpoints/a.yaml/',
      'touchpoints/a b\n.yaml',
      'x'.repeat(600) + '.yaml',
    ]) {
      expect(checkSavePath(file), file).toBeDefined();
    }
  });
});

describe('the production build', () => {
  it('contains no __touchstone route, file or server code', () => {
    const { dir } = site();
    const found: string[] = [];
    // The editor's own script may name the URL: it asks {base}__touchstone/status whether it runs
    // under astro dev, and shows "Save to the working tree" only then. Nothing else may.
    const editorProbe = /__touchstone\/(status|save)/g;
    const walk = (d: string) => {
      for (const entry of readdirSync(d, { withFileTypes: true })) {
        const full = join(d, entry.name);
        if (entry.name.includes('__touchstone')) found.push(`${relative(dir, full)} (name)`);
        if (entry.isDirectory()) walk(full);
        else {
          const text = readFileSync(full, 'latin1');
          if (!text.includes('__touchstone')) continue;
          const isClientScript = full.includes(`${join(dir, '_astro')}`) && full.endsWith('.js');
          if (!isClientScript || text.replace(editorProbe, '').includes('__touchstone'))
            found.push(`${relative(dir, full)} (content)`);
        }
      }
    };
    expect(existsSync(join(dir, 'index.html'))).toBe(true);
    walk(dir);
    expect(found).toEqual([]);
  });
});
