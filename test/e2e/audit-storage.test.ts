/**
 * The audit widget's storage (IndexedDB) and photo downscaling, in real Chromium: storage.ts and
 * photos.ts bundled for the browser (esbuild) onto a tiny page served on 127.0.0.1. Does not need
 * the built site.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type * as Photos from '../../src/widgets/audit/photos.ts';
import type * as Storage from '../../src/widgets/audit/storage.ts';
import type { StoredAudit } from '../../src/widgets/audit/storage.ts';
import { launchBrowser, openPage, REPO, serve, type OpenedPage, type StaticServer } from './harness.ts';

/** What the test page puts on window. */
type Api = typeof Storage & typeof Photos;
declare global {
  interface Window {
    audit: Api;
  }
}

let dir: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'touchstone-audit-storage-'));
  await build({
    stdin: {
      contents:
        "import * as storage from './src/widgets/audit/storage.ts';\nimport * as photos from './src/widgets/audit/photos.ts';\nwindow.audit = { ...storage, ...photos };\n",
      resolveDir: REPO,
      sourcefile: 'audit-storage-test.ts',
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outfile: join(dir, 'app.js'),
    logLevel: 'silent',
  });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>storage</title><script type="module" src="/app.js"></script></head><body><main><h1>storage</h1></main></body></html>',
  );
  server = await serve(dir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A fresh browser profile (empty IndexedDB) on the test page, with the API loaded. */
async function open(): Promise<OpenedPage> {
  const opened = await openPage(browser, `${server.url}/`);
  await ready(opened.page);
  return opened;
}

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => typeof window.audit?.saveAudit === 'function');
}

function audit(id: string, n: number): StoredAudit {
  return {
    id,
    created: '2026-11-22T08:00:00.000Z',
    updated: `2026-11-22T08:00:${String(n % 60).padStart(2, '0')}.000Z`,
    record: {
      checklist: 'cl-gate',
      checklistVersion: '1.0.0',
      handbookVersion: '1.0.0',
      standards: { 'tp-gate': '1.0.0' },
      fingerprints: { 'tp-gate/uniform': '0d457219b8dff9' },
      site: '一号门',
      auditor: '张三',
      date: '2026-11-22',
      kind: 'mystery-shopper',
      responses: Array.from({ length: n }, (_, i) => ({
        touchpoint: 'tp-gate',
        item: `item-${i}`,
        value: 'conforms',
        note: `第 ${i} 条`,
      })),
    },
  };
}

describe('storage.ts in Chromium', () => {
  test('a saved audit is back after the page reloads', async () => {
    const { page, close } = await open();
    try {
      const saved = audit('audit-reload', 3);
      await page.evaluate((a) => window.audit.saveAudit(a), saved);
      await page.reload();
      await ready(page);
      expect(await page.evaluate((id) => window.audit.getAudit(id), saved.id)).toEqual(saved);
      expect(await page.evaluate(() => window.audit.listAudits())).toEqual([saved]);
      expect(await page.evaluate(() => window.audit.getAudit('no-such-audit'))).toBeUndefined();
    } finally {
      await close();
    }
  });

  test('50 rapid saves: every call resolves, the last one wins, nothing is lost', async () => {
    const { page, close } = await open();
    try {
      const stepsA = Array.from({ length: 50 }, (_, i) => audit('audit-a', i + 1));
      const stepsB = Array.from({ length: 50 }, (_, i) => audit('audit-b', i + 1));
      const outcome = await page.evaluate(
        async ([a, b]) => {
          const calls: Promise<void>[] = [];
          // One audit changed in place on every keystroke (as the widget does), another saved as new objects.
          const live = structuredClone(a[0]!);
          for (let i = 0; i < 50; i++) {
            Object.assign(live, structuredClone(a[i]!));
            calls.push(window.audit.saveAudit(live));
            calls.push(window.audit.saveAudit(b[i]!));
          }
          // Changing the object after the last call must not change what was saved.
          live.record.site = 'changed after saving';
          const settled = await Promise.allSettled(calls);
          return {
            fulfilled: settled.filter((s) => s.status === 'fulfilled').length,
            a: await window.audit.getAudit('audit-a'),
            b: await window.audit.getAudit('audit-b'),
          };
        },
        [stepsA, stepsB] as const,
      );
      expect(outcome.fulfilled).toBe(100);
      expect(outcome.a).toEqual(audit('audit-a', 50));
      expect(outcome.b).toEqual(audit('audit-b', 50));
      await page.reload();
      await ready(page);
      expect(
        await page.evaluate(() =>
          window.audit.listAudits().then((l) => l.map((a) => [a.id, a.record.responses.length])),
        ),
      ).toEqual(
        expect.arrayContaining([
          ['audit-a', 50],
          ['audit-b', 50],
        ]),
      );
    } finally {
      await close();
    }
  });

  test('saves and deletes land in call order', async () => {
    const { page, close } = await open();
    try {
      const found = await page.evaluate(
        async ([a1, a2, b1, b2]) => {
          const s = window.audit;
          // Not awaited: the calls race as a widget's would.
          void s.saveAudit(a1);
          void s.deleteAudit(a1.id);
          void s.saveAudit(a2);
          void s.saveAudit(b1);
          void s.saveAudit(b2);
          await s.deleteAudit(b1.id);
          return { a: await s.getAudit(a1.id), b: await s.getAudit(b1.id) };
        },
        [audit('audit-a', 1), audit('audit-a', 2), audit('audit-b', 1), audit('audit-b', 2)] as const,
      );
      expect(found.a).toEqual(audit('audit-a', 2));
      expect(found.b).toBeUndefined();
    } finally {
      await close();
    }
  });

  test('deleting an audit deletes its photos, and only its own', async () => {
    const { page, close } = await open();
    try {
      const result = await page.evaluate(
        async ([a, b]) => {
          const s = window.audit;
          await s.saveAudit(a);
          await s.saveAudit(b);
          const png = (n: number) => new Blob([new Uint8Array(n).fill(7)], { type: 'image/png' });
          const refA1 = await s.putPhoto(a.id, 'tp-gate', 'uniform', png(10));
          const refA2 = await s.putPhoto(a.id, 'tp-gate', 'greeting', png(20));
          const refB = await s.putPhoto(b.id, 'tp-gate', 'uniform', png(30));
          const before = (await s.photosOf(a.id)).map((p) => [p.ref, p.auditId, p.touchpoint, p.item, p.size, p.type]);
          await s.deleteAudit(a.id);
          return {
            refs: [refA1, refA2, refB],
            before,
            audit: (await s.getAudit(a.id)) ?? null,
            photosA: (await s.photosOf(a.id)).length,
            photoA1: (await s.getPhoto(refA1)) ?? null,
            photosB: (await s.photosOf(b.id)).map((p) => p.ref),
            photoB: (await s.getPhoto(refB))?.size ?? null,
          };
        },
        [audit('audit-a', 1), audit('audit-b', 1)] as const,
      );
      const [refA1, refA2, refB] = result.refs;
      expect(refA1).toMatch(/^tp-gate\.uniform\.[a-z0-9]+\.png$/);
      expect(new Set(result.refs).size).toBe(3);
      expect(result.before).toEqual([
        [refA1, 'audit-a', 'tp-gate', 'uniform', 10, 'image/png'],
        [refA2, 'audit-a', 'tp-gate', 'greeting', 20, 'image/png'],
      ]);
      expect(result.audit).toBeNull();
      expect(result.photosA).toBe(0);
      expect(result.photoA1).toBeNull();
      expect(result.photosB).toEqual([refB]);
      expect(result.photoB).toBe(30);
    } finally {
      await close();
    }
  });
});

describe('photos.ts in Chromium', () => {
  test('a 4000 × 3000 PNG becomes a JPEG of at most 1600 px that round-trips through putPhoto/getPhoto', async () => {
    const { page, close } = await open();
    try {
      const result = await page.evaluate(async () => {
        const canvas = document.createElement('canvas');
        canvas.width = 4000;
        canvas.height = 3000;
        const ctx = canvas.getContext('2d')!;
        const gradient = ctx.createLinearGradient(0, 0, 4000, 3000);
        gradient.addColorStop(0, '#1a7f37');
        gradient.addColorStop(1, '#0969da');
        ctx.fillStyle = gradient;
        ctx.fillRect(0, 0, 4000, 3000);
        ctx.fillStyle = '#ff0000';
        ctx.fillRect(0, 0, 2000, 1500);
        const png = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
        const small = await window.audit.downscale(png);
        const bitmap = await createImageBitmap(small);
        const probe = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
        probe.drawImage(bitmap, 0, 0);
        const [r, g, b] = probe.getImageData(400, 300, 1, 1).data;
        const ref = await window.audit.putPhoto('audit-photo', 'tp-gate', 'lighting', small);
        const back = await window.audit.getPhoto(ref);
        const same =
          back !== undefined &&
          new Uint8Array(await back.arrayBuffer()).join() === new Uint8Array(await small.arrayBuffer()).join();
        return {
          pngBytes: png.size,
          type: small.type,
          bytes: small.size,
          width: bitmap.width,
          height: bitmap.height,
          red: [r, g, b],
          ref,
          backType: back?.type,
          same,
        };
      });
      expect(result.type).toBe('image/jpeg');
      expect(result.width).toBe(1600);
      expect(result.height).toBe(1200);
      expect(result.bytes).toBeLessThan(result.pngBytes);
      expect(result.red[0]).toBeGreaterThan(230);
      expect(result.red[1]).toBeLessThan(30);
      expect(result.ref).toMatch(/^tp-gate\.lighting\.[a-z0-9]+\.jpg$/);
      expect(result.backType).toBe('image/jpeg');
      expect(result.same).toBe(true);

      await page.reload();
      await ready(page);
      expect(await page.evaluate((ref) => window.audit.getPhoto(ref).then((b) => b?.size), result.ref)).toBe(
        result.bytes,
      );
    } finally {
      await close();
    }
  });

  test('portrait pictures, small pictures, transparency, no OffscreenCanvas, and files that are not pictures', async () => {
    const { page, close } = await open();
    try {
      const result = await page.evaluate(async () => {
        const picture = async (w: number, h: number, fill: string) => {
          const c = document.createElement('canvas');
          c.width = w;
          c.height = h;
          const ctx = c.getContext('2d')!;
          ctx.fillStyle = fill;
          ctx.fillRect(0, 0, w, h);
          return new Promise<Blob>((resolve) => c.toBlob((b) => resolve(b!), 'image/png'));
        };
        const size = async (blob: Blob) => {
          const bmp = await createImageBitmap(blob);
          const ctx = new OffscreenCanvas(bmp.width, bmp.height).getContext('2d')!;
          ctx.drawImage(bmp, 0, 0);
          return { w: bmp.width, h: bmp.height, type: blob.type, px: [...ctx.getImageData(1, 1, 1, 1).data] };
        };
        const a = window.audit;
        const portrait = await size(await a.downscale(await picture(3000, 4000, '#336699')));
        const small = await size(await a.downscale(await picture(800, 600, '#336699')));
        const custom = await size(await a.downscale(await picture(1000, 500, '#336699'), 200, 0.5));
        const transparent = await size(await a.downscale(await picture(100, 100, 'rgba(0,0,0,0)')));
        const offscreen = globalThis.OffscreenCanvas;
        (globalThis as { OffscreenCanvas?: unknown }).OffscreenCanvas = undefined;
        let fallback: Blob | undefined;
        try {
          fallback = await a.downscale(await picture(2400, 1200, '#336699'));
        } finally {
          globalThis.OffscreenCanvas = offscreen;
        }
        const viaCanvas = await size(fallback!);
        let error = '';
        try {
          await a.downscale(new Blob(['not a picture'], { type: 'image/png' }));
        } catch (e) {
          error = String(e);
        }
        return { portrait, small, custom, transparent, viaCanvas, error };
      });
      expect([result.portrait.w, result.portrait.h, result.portrait.type]).toEqual([1200, 1600, 'image/jpeg']);
      expect([result.small.w, result.small.h]).toEqual([800, 600]);
      expect([result.custom.w, result.custom.h]).toEqual([200, 100]);
      // JPEG has no transparency: transparent pixels come out white, not black.
      expect(result.transparent.px.slice(0, 3).every((v) => v > 245)).toBe(true);
      expect([result.viaCanvas.w, result.viaCanvas.h, result.viaCanvas.type]).toEqual([1600, 800, 'image/jpeg']);
      expect(result.error).toContain('cannot be read');
    } finally {
      await close();
    }
  });
});
