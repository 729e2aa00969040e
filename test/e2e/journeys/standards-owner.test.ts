/**
 * Journey 3 of ../shared/design/JOURNEYS.md: the standards owner, on a laptop (1280 × 800,
 * zh-CN), a quality manager who does not read YAML. Driven through the form only, as a person
 * drives it (roles, labels, text, clicks and keys); the DOM is read only to assert. Screenshots of
 * the key steps go to test/.output/journeys/ (TOUCHSTONE_SCREENSHOTS=<folder> elsewhere).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { launchBrowser, openPage, REPO, type OpenedPage } from '../harness.ts';
import { site } from '../site.ts';

const SHOTS = process.env['TOUCHSTONE_SCREENSHOTS'] ?? join(REPO, 'test/.output/journeys');
const work = mkdtempSync(join(tmpdir(), 'touchstone-owner-'));
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(SHOTS, `standards-owner-${name}.png`), fullPage: false });

/** The form's text input for one locale of a localized field, found by the field's label and the locale. */
function localeBox(field: Locator, locale: string): Locator {
  return field.locator(`label[lang="${locale}"] textarea`);
}

/** A list entry of the form, by its list's legend and its number, opened as a person opens it (its summary). */
async function openEntry(page: Page, list: string, n: number): Promise<Locator> {
  const li = page
    .locator('fieldset.ed-list', { has: page.locator(':scope > legend', { hasText: list }) })
    .first()
    .locator(':scope > ol > li')
    .nth(n - 1);
  const details = li.locator(':scope > details');
  if ((await details.getAttribute('open')) === null) await li.locator('summary').first().click();
  return li;
}

/** The one-line summary of a list entry, as the collapsed entry shows it. */
function entrySummaryText(page: Page, list: string, n: number): Promise<string | null> {
  return page
    .locator('fieldset.ed-list', { has: page.locator(':scope > legend', { hasText: list }) })
    .first()
    .locator(':scope > ol > li')
    .nth(n - 1)
    .locator('summary')
    .first()
    .textContent();
}

/** Runs the gate of the project's CLI on a handbook folder: its exit code and output. */
function check(dir: string): { status: number; out: string } {
  try {
    const out = execFileSync(process.execPath, [join(REPO, 'bin/touchstone.mjs'), 'check', dir], { encoding: 'utf8' });
    return { status: 0, out };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { status: err.status, out: err.stdout + err.stderr };
  }
}

describe('the standards owner edits a touchpoint through the form', () => {
  let opened: OpenedPage;
  let page: Page;
  const FILE = 'touchpoints/pm-elevator-car.yaml';
  const published = readFileSync(join(REPO, 'standards', FILE), 'utf8');

  it('1. opens "edit" on a touchpoint page: the page names the touchpoint, not only its file', async () => {
    opened = await openPage(browser, `${site().url}/zh-cn/touchpoints/pm-elevator-car/`, {
      viewport: { width: 1280, height: 800 },
    });
    page = opened.page;
    await page.getByRole('link', { name: '在浏览器中编辑' }).click();
    await page.locator('.editor-app[data-ready="true"]').waitFor();
    await expect.poll(() => page.title()).toContain('电梯轿厢');
    expect(await page.getByRole('heading', { level: 2, name: /电梯轿厢/ }).count()).toBe(1);
    await shot(page, '1-opened');
  });

  it("2. changes an item's text and threshold, adds an item (valid, focused), deletes another, edits a question", async () => {
    const first = await openEntry(page, '标准条目', 1);
    await localeBox(first.getByRole('group', { name: /^要求/ }), 'zh-CN').fill(
      '轿厢内照明亮度不低于 350 lux，灯具无闪烁、无损坏。',
    );
    await first.getByLabel(/^量化阈值/).fill('>= 350 lux');
    await page.getByRole('button', { name: '添加标准条目' }).click();
    // The new entry is open, the file stays valid, and the cursor is in the new entry's first field.
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('li')?.id ?? '')).toBe('ed-items-9');
    expect(await page.locator('[data-errors]').getAttribute('data-errors')).toBe('0');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('轿厢内张贴有效期内的年检合格证。');
    await shot(page, '2-added');
    const second = await openEntry(page, '标准条目', 2);
    const secondSummary = await second.locator('summary').textContent();
    await second.getByRole('button', { name: '删除 2' }).click();
    // Undo and redo from the keyboard, outside the inputs (which undo their own typing).
    const summaryOf2 = () => entrySummaryText(page, '标准条目', 2);
    await page.keyboard.press('Control+Z');
    await expect.poll(summaryOf2).toBe(secondSummary);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(summaryOf2).not.toBe(secondSummary);
    const question = await openEntry(page, '知识测验', 1);
    await localeBox(question.getByRole('group', { name: /^题干/ }), 'zh-CN').fill('轿厢照度的最低要求是多少？');
    expect(await page.locator('[data-errors]').getAttribute('data-errors')).toBe('0');
    // Content changed and no changelog entry was added: the form proposes one (an item was added:
    // the minor number goes up), dated today.
    const proposal = page.getByRole('region', { name: '内容已修改：请添加一条变更记录' });
    const version = (parse(published) as { version: string }).version.split('.').map(Number);
    const next = `${version[0]}.${version[1]! + 1}.0`;
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
    expect(await proposal.textContent()).toContain(`新版本 ${next}，日期 ${today}`);
    await proposal.getByLabel('变更原因').fill('照度要求提高到 350 lux，新增年检合格证条目');
    await proposal.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await shot(page, '2-version-proposal');
    await proposal.getByRole('button', { name: '添加这条记录并更新版本号' }).click();
    await expect.poll(() => proposal.count()).toBe(0);
    expect(await page.getByRole('textbox', { name: /^版本/ }).first().inputValue()).toBe(next);
    const entry1 = await openEntry(page, '变更记录', 1);
    expect(await entry1.getByLabel(/^日期/).inputValue()).toBe(today);
    expect(await page.locator('[data-errors]').getAttribute('data-errors')).toBe('0');
  });

  it('3. empties a required field: the error is at the field and linked from the list of problems', async () => {
    const first = await openEntry(page, '标准条目', 1);
    const text = localeBox(first.getByRole('group', { name: /^要求/ }), 'zh-CN');
    await text.fill('');
    await expect.poll(() => text.getAttribute('aria-invalid')).toBe('true');
    expect(await first.locator('.ed-problems').first().textContent()).toMatch(/不能少于|缺少/);
    // Collapsed, the entry opens again when its problem is followed from the list.
    await first.locator('summary').click();
    await page.locator('[data-diagnostics]').getByRole('link').first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(await text.getAttribute('id'));
    await shot(page, '3-error-at-field');
    await text.fill('轿厢内照明亮度不低于 350 lux，灯具无闪烁、无损坏。');
    await expect.poll(() => text.getAttribute('aria-invalid')).toBeNull();
  });

  it('4. reloads mid-edit: the draft is offered and restored exactly', async () => {
    const first = await openEntry(page, '标准条目', 1);
    const before = await localeBox(first.getByRole('group', { name: /^要求/ }), 'zh-CN').inputValue();
    await page.reload();
    await page.locator('.editor-app[data-ready="true"]').waitFor();
    await page.getByRole('button', { name: '恢复草稿' }).click();
    const restored = await openEntry(page, '标准条目', 1);
    expect(await localeBox(restored.getByRole('group', { name: /^要求/ }), 'zh-CN').inputValue()).toBe(before);
  });

  it('5. the diff changes only the lines of the fields touched; comments and key order stay', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载文件' }).click();
    const file = await (await download).path();
    const edited = readFileSync(file, 'utf8');
    const before = published.split('\n');
    const after = edited.split('\n');
    // Every comment line of the published file is still there, in order.
    const comments = (lines: string[]) => lines.filter((l) => l.trimStart().startsWith('#'));
    expect(comments(after)).toEqual(comments(before));
    const data = parse(edited) as { items: { id: string; text: unknown }[] };
    const was = parse(published) as { items: { id: string; text: unknown }[] };
    expect(Object.keys(data)).toEqual(Object.keys(was));
    // The item whose text was emptied and typed again keeps its locales in their order.
    expect(Object.keys(data.items[0]!.text as object)).toEqual(Object.keys(was.items[0]!.text as object));
    expect(JSON.stringify(data.items[0]!.text)).toContain('350 lux');
    // The file the owner downloads passes the gate, in the handbook.
    const handbook = join(work, 'download');
    cpSync(join(REPO, 'standards'), handbook, { recursive: true });
    writeFileSync(join(handbook, FILE), edited);
    const gate = check(handbook);
    expect(gate.status, gate.out).toBe(0);
    await page.getByRole('tab', { name: '变更' }).click();
    await shot(page, '5-diff');
    expect(opened.errors).toEqual([]);
    await opened.close();
  });
});

describe("the standards owner edits an SOP step's branch through the form", () => {
  const FILE = 'sops/sop-complaint-loop.yaml';
  const published = readFileSync(join(REPO, 'standards', FILE), 'utf8');

  it('changes when a branch applies and the step it goes to, chosen from the SOP’s steps; only those lines change', async () => {
    const opened = await openPage(browser, `${site().url}/zh-cn/sops/sop-complaint-loop/`, {
      viewport: { width: 1280, height: 800 },
    });
    const { page } = opened;
    await page.getByRole('link', { name: '在浏览器中编辑' }).click();
    await page.locator('.editor-app[data-ready="true"]').waitFor();
    expect(await page.getByRole('heading', { level: 2, name: /投诉/ }).count()).toBe(1);
    const step = await openEntry(page, '步骤', 4);
    const branch = step.locator('fieldset.ed-list', { has: page.locator(':scope > legend', { hasText: '分支' }) });
    const first = branch.locator(':scope > ol > li').first();
    if ((await first.locator(':scope > details').getAttribute('open')) === null) await first.locator('summary').click();
    await localeBox(first.getByRole('group', { name: /^条件/ }), 'zh-CN').fill('客户不认可处理结果，要求重新处理');
    const goto = first.getByLabel(/^转到步骤/);
    expect(await goto.locator('option').allTextContents()).toEqual(expect.arrayContaining(['处理解决', '经理介入']));
    await goto.selectOption({ label: '处理解决' });
    expect(await page.locator('[data-errors]').getAttribute('data-errors')).toBe('0');
    await shot(page, 'sop-branch');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载文件' }).click();
    const edited = readFileSync((await (await download).path())!, 'utf8');
    const before = published.split('\n');
    const after = edited.split('\n');
    expect(after.length).toBe(before.length);
    const changed = after.flatMap((line, i) => (line === before[i] ? [] : [line.trim()]));
    expect(changed).toEqual(['zh-CN: 客户不认可处理结果，要求重新处理', 'goto: resolve']);
    const handbook = join(work, 'sop');
    cpSync(join(REPO, 'standards'), handbook, { recursive: true });
    writeFileSync(join(handbook, FILE), edited);
    const gate = check(handbook);
    expect(gate.status, gate.out).toBe(0);
    expect(opened.errors).toEqual([]);
    await opened.close();
  });
});
