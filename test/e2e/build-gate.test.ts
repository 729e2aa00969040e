/**
 * The site build goes through the same gate as `touchstone check`: bad content stops it with the
 * gate's file:line:col diagnostics. And in `astro dev`, saving a YAML file updates the page.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, REPO, tempHandbook } from '../helpers/fixtures.ts';

const ASTRO = join(REPO, 'node_modules/astro/bin/astro.mjs');

/** The environment a person's shell would give: without Vitest's own variables (Astro reacts to them). */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(VITEST|NODE_ENV$|TEST$)/.test(k)) env[k] = v;
  return { ...env, ...extra };
}

function isolated() {
  const dir = mkdtempSync(join(tmpdir(), 'touchstone-build-'));
  return {
    out: join(dir, 'dist'),
    cache: join(dir, 'cache'),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

describe('the site build', () => {
  it('stops on an invalid handbook and reports the same diagnostics as touchstone check', () => {
    const fixture = buildFixture('unknown-key');
    const run = isolated();
    try {
      const r = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', run.out], {
        cwd: REPO,
        encoding: 'utf8',
        env: cleanEnv({ TOUCHSTONE_HANDBOOK: fixture.dir, TOUCHSTONE_CACHE_DIR: run.cache }),
        timeout: 120_000,
      });
      expect(r.status).not.toBe(0);
      const output = r.stdout + r.stderr;
      expect(output).toMatch(/touchpoints\/tp-gate\.yaml:19:5 {2}error {2}unknown-key/);
      expect(output).toContain('Did you mean "dimension"?');
    } finally {
      fixture.cleanup();
      run.cleanup();
    }
  }, 180_000);

  it('in astro dev, saving a YAML file changes the page', async () => {
    const handbook = tempHandbook();
    const run = isolated();
    // --ignore-lock: run beside a developer's own dev server without touching it.
    const port = 4600 + Math.floor(Math.random() * 300);
    const dev = spawn(
      process.execPath,
      [ASTRO, 'dev', '--ignore-lock', '--port', String(port), '--host', '127.0.0.1'],
      {
        cwd: REPO,
        env: cleanEnv({ TOUCHSTONE_HANDBOOK: handbook.dir, TOUCHSTONE_CACHE_DIR: run.cache }),
        stdio: 'pipe',
      },
    );
    let log = '';
    dev.stdout.on('data', (d: Buffer) => (log += d.toString()));
    dev.stderr.on('data', (d: Buffer) => (log += d.toString()));
    const url = `http://127.0.0.1:${port}/en/touchpoints/tp-gate/`;
    let lastError = '';
    const fetchPage = async () => {
      for (let i = 0; i < 120; i++) {
        try {
          const res = await fetch(url);
          if (res.ok) return await res.text();
        } catch (error) {
          // the server is still starting
          lastError = String((error as Error).cause ?? error);
        }
        await new Promise((r) => setTimeout(r, 500));
      }
      throw new Error(`astro dev did not serve ${url} (${lastError}):\n${log}`);
    };
    try {
      expect(await fetchPage()).toContain('>Gate<');
      const file = join(handbook.dir, 'touchpoints/tp-gate.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('en: Gate', 'en: Main gate'));
      let html = '';
      for (let i = 0; i < 60 && !html.includes('Main gate'); i++) {
        await new Promise((r) => setTimeout(r, 500));
        html = await fetchPage();
      }
      expect(html).toContain('Main gate');
    } finally {
      dev.kill();
      handbook.cleanup();
      run.cleanup();
    }
  }, 120_000);
});
