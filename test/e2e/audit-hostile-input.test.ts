/**
 * The audit widget on the built site, in real Chromium, with input an auditor will meet:
 * a record saved in GBK by a Windows editor, imported through the visible import control, is
 * refused with the gate's message in the page's language, and the audit already on the device
 * stays as it was; a record kept on the device from before evidence had to be unique (one photo
 * listed twice) still shows its report; an audit with nothing to score says so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Scorecard } from '../../src/scoring/scorecard.ts';
import { DB_NAME, DB_VERSION, type StoredAudit, type StoredPhoto } from '../../src/widgets/audit/storage.ts';
import { encodeGbk } from '../helpers/gbk.ts';
import { launchBrowser, openPage, REPO } from './harness.ts';
import { handbook, site } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const RECORD = readFileSync(join(REPO, 'standards', 'audits', '2026-11-pm-entrance-east-gate.yaml'), 'utf8');

/** Every audit kept in the page's IndexedDB, as stored. */
function storedAudits(page: Page): Promise<unknown[]> {
  return page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('touchstone-audit');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('audits').objectStore('audits').getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve(all.result);
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/** The audit page of a locale, with its list of audits shown and its database made by the widget. */
async function auditList(page: Page, locale: string): Promise<void> {
  await page.goto(`${site().url}/${locale}/audit/`);
  await page.locator('.audit-app[data-ready="true"] #import-audit').waitFor();
  // Until the widget's upgrade has made the stores. A check that opened the database itself
  // would create it empty (and the widget would then find no stores); an upgrade this check
  // starts is aborted, which leaves the database to the widget. databases() alone is not enough:
  // it can list the database while its upgrade is still running or was cut short by a navigation.
  await page.waitForFunction(
    ({ name, version }) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open(name, version);
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const stores = open.result.objectStoreNames;
          const made = stores.contains('audits') && stores.contains('photos');
          open.result.close();
          resolve(made);
        };
      }),
    { name: DB_NAME, version: DB_VERSION },
  );
}

/** The import control as the auditor sees it: a file button named by the section's heading. */
const importControl = (page: Page, name: string) => page.getByRole('button', { name });

test('a GBK-encoded record is refused at the import control, in the page’s language, and the stored audit is unchanged', async () => {
  const opened = await openPage(browser, `${site().url}/en/audit/`);
  const { page } = opened;
  await auditList(page, 'en');
  await importControl(page, 'Import an audit record').setInputFiles({
    name: 'east-gate.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(RECORD),
  });
  await page.waitForURL(/\?id=2026-11-pm-entrance-east-gate/);
  const before = await storedAudits(page);
  expect(before).toHaveLength(1);

  const gbk = Buffer.from(encodeGbk(RECORD.replace('auditor: 神秘顾客 MS-07', 'auditor: 神秘顾客 MS-08')));
  for (const [locale, label, words] of [
    ['en', 'Import an audit record', 'not valid UTF-8'],
    ['zh-cn', '导入评分记录', '不是 UTF-8'],
  ] as const) {
    await auditList(page, locale);
    await importControl(page, label).setInputFiles({
      name: 'east-gate-gbk.yaml',
      mimeType: 'application/yaml',
      buffer: gbk,
    });
    const alert = page.locator('[role="alert"]');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toMatch(/east-gate-gbk\.yaml:\d+:\d+/);
    expect(text).toContain('not-utf8');
    expect(text).toContain(words);
    expect(page.url()).not.toContain('id=');
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(await storedAudits(page)).toEqual(before);
  }
  expect(opened.errors).toEqual([]);
  await opened.close();
});

/** A 1×1 PNG. */
const PIXEL = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/**
 * Keeps an audit (and a photo, the 1×1 PNG) in the page's IndexedDB as the widget stores them: a
 * record kept on the device. It writes only into the widget's own database at the widget's
 * version: an open that would create or upgrade it is aborted and tried again, so this never
 * leaves the widget an empty database (a CI run once found the stores missing here).
 */
async function putAudit(page: Page, audit: StoredAudit, photo?: Omit<StoredPhoto, 'blob' | 'size'>): Promise<void> {
  await page.waitForFunction(
    ({ audit, photo, pixel, name, version }) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open(name, version);
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('audits') || !db.objectStoreNames.contains('photos')) {
            db.close();
            resolve(false);
            return;
          }
          const tx = db.transaction(['audits', 'photos'], 'readwrite');
          tx.objectStore('audits').put(audit);
          if (photo) {
            const blob = new Blob([Uint8Array.from(atob(pixel), (c) => c.charCodeAt(0))], { type: 'image/png' });
            tx.objectStore('photos').put({ ...photo, blob, size: blob.size });
          }
          tx.oncomplete = () => {
            db.close();
            resolve(true);
          };
          tx.onabort = () => {
            db.close();
            resolve(false);
          };
        };
      }),
    { audit, photo, pixel: PIXEL, name: DB_NAME, version: DB_VERSION },
  );
}

test('a record that lists one photo twice shows its item and its report, with the photo once', async () => {
  const card = (await (await fetch(`${site().url}/data/scorecards/cl-pm-entrance-mystery.json`)).json()) as Scorecard;
  const section = card.sections[0]!;
  const item = section.items[0]!;
  const scope = card.scope as { checklist: string; checklistVersion: string };
  const ref = 'photo-kept-twice';
  const audit: StoredAudit = {
    id: 'audit-kept-from-before',
    created: '2026-11-18T08:00:00.000Z',
    updated: '2026-11-18T09:00:00.000Z',
    record: {
      checklist: scope.checklist,
      checklistVersion: scope.checklistVersion,
      handbookVersion: card.handbookVersion,
      standards: Object.fromEntries(card.sections.map((s) => [s.touchpoint, s.touchpointVersion])),
      fingerprints: Object.fromEntries(
        card.sections.flatMap((s) => s.items.map((i) => [`${s.touchpoint}/${i.id}`, i.fingerprint])),
      ),
      site: 'East gate',
      auditor: 'MS-07',
      date: '2026-11-18',
      kind: 'mystery-shopper',
      responses: [
        { touchpoint: section.touchpoint, item: item.id, value: 'fails', note: 'Seen twice', evidence: [ref, ref] },
      ],
    },
  };
  const opened = await openPage(browser, `${site().url}/en/audit/`);
  const { page } = opened;
  await auditList(page, 'en');
  await putAudit(page, audit, {
    ref,
    auditId: audit.id,
    touchpoint: section.touchpoint,
    item: item.id,
    type: 'image/png',
    created: audit.created,
  });
  await page.goto(`${site().url}/en/audit/?id=${audit.id}`);
  await page.locator('.audit-item').first().waitFor();
  await expect.poll(() => page.locator('.audit-item .audit-photos img').count()).toBe(1);
  await page.getByRole('button', { name: 'Print report' }).click();
  const report = page.locator('.audit-report');
  await report.waitFor();
  await expect.poll(() => report.locator('.audit-photos img').count()).toBe(1);
  expect(await report.textContent()).toContain('Seen twice');
  expect(opened.errors).toEqual([]);
  await opened.close();
});

test('an audit whose every item is answered n/a says there is nothing to score, not that it is incomplete', async () => {
  const { touchpoints } = handbook();
  const [id, tp] = [...touchpoints].find(([, t]) => t.data.items.every((i) => i.naAllowed !== false))!;
  const card = (await (await fetch(`${site().url}/data/touchpoints/${id}.json`)).json()) as Scorecard;
  const audit: StoredAudit = {
    id: 'audit-all-na',
    created: '2026-11-18T08:00:00.000Z',
    updated: '2026-11-18T09:00:00.000Z',
    record: {
      touchpoints: [id],
      handbookVersion: card.handbookVersion,
      standards: { [id]: tp.data.version },
      site: 'East gate',
      auditor: 'MS-07',
      date: '2026-11-18',
      kind: 'self-assessment',
      responses: tp.data.items.map((i) => ({ touchpoint: id, item: i.id, value: 'na' })),
    },
  };
  const opened = await openPage(browser, `${site().url}/zh-cn/audit/`);
  const { page } = opened;
  await auditList(page, 'zh-cn');
  await putAudit(page, audit);
  for (const [locale, verdict, note] of [
    ['zh-cn', '无可计分项', '没有可计分的内容'],
    ['en', 'Nothing to score', 'Nothing to score: every applicable item has weight 0'],
  ] as const) {
    await page.goto(`${site().url}/${locale}/audit/?id=${audit.id}`);
    await page.locator('.audit-item').first().waitFor();
    expect(await page.getByTestId('verdict').textContent()).toBe(verdict);
    expect(await page.getByTestId('completion').textContent()).toBe('100%');
    expect(await page.getByTestId('verdict-note').textContent()).toContain(note);
  }
  expect(opened.errors).toEqual([]);
  await opened.close();
});
