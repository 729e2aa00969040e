/**
 * A standards owner edits in the browser: form and YAML stay in sync without losing comments,
 * invalid content cannot be submitted, nothing typed is lost, and the change reaches a real git
 * repository as a draft pull request through the GitHub REST API (a local server implementing it
 * over a bare repository) — including when the file changed upstream in the meantime.
 *
 * The editor sends the token only to handbook.yaml's repository.api, fixed at build time, so this
 * file builds its own copy of the example handbook whose repository.api is the stand-in's
 * loopback address (as a handbook owner would configure a local mirror), rather than pointing
 * the editor elsewhere from the page: nothing in the page may do that.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { loadHandbook } from '../../src/gate/load-handbook.ts';
import { SCHEMAS } from '../../src/schema/schema-data.ts';
import { schemaReference } from '../../src/schema/schema-reference.ts';
import { schemaText } from '../../src/schema/schema-text.ts';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.ts';
import { REPO } from '../helpers/fixtures.ts';
import { closeAndRemove } from '../helpers/teardown.ts';
import { buildSite, CHROMIUM, CHROMIUM_ARGS, formatViolations, runAxe, serve, type StaticServer } from './harness.ts';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let github: GitHubServer;
let server: StaticServer;
let siteUrl: string;
/** When set, the stand-in answers this html_url for new pull requests (a hostile API's answer). */
let hostilePullUrl: string | undefined;
const work = mkdtempSync(join(tmpdir(), 'touchstone-editor-'));
const hosts = new Set<string>();

/** A copy of the example handbook whose repository.api is `api`, built and served. */
async function buildWithApi(api: string): Promise<StaticServer> {
  const handbook = join(work, 'standards');
  cpSync(join(REPO, 'standards'), handbook, { recursive: true });
  const config = parseDocument(readFileSync(join(handbook, 'handbook.yaml'), 'utf8'));
  config.setIn(['repository', 'api'], api);
  writeFileSync(join(handbook, 'handbook.yaml'), config.toString());
  const { dir } = await buildSite({ handbook, outDir: join(work, 'dist'), cacheDir: join(work, 'cache') });
  return serve(dir);
}

beforeAll(async () => {
  github = await startGitHubServer({
    owner: 'touchstone-example',
    repo: 'service-handbook',
    seedDir: join(REPO, 'standards'),
    pullHtmlUrl: () => hostilePullUrl,
  });
  server = await buildWithApi(github.url);
  siteUrl = server.url;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  // No request routing here: the API server is cross-origin and its CORS must work for real.
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  context.on('request', (r) => hosts.add(new URL(r.url()).hostname));
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  page = await context.newPage();
}, 600_000);
afterAll(async () => {
  await closeAndRemove(work, browser, github, server);
  expect([...hosts].filter((h) => h !== '127.0.0.1')).toEqual([]);
});

async function openEditor(file: string) {
  await page.goto(`${siteUrl}/en/edit/?file=${file}`);
  await page.locator('.editor-app[data-ready="true"]').waitFor();
}
const tab = (name: string) => page.getByRole('tab', { name });
/** The whole YAML as a person gets it: select all in the source view and copy. (CodeMirror only renders the lines in view.) */
async function sourceText(): Promise<string> {
  await tab('YAML source').click();
  await page.locator('.cm-content').waitFor();
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  return page.evaluate(() => navigator.clipboard.readText());
}
async function signIn(token: string) {
  if (!(await page.locator('input[name="github-token"]').isVisible()))
    await page.locator('.ed-github > summary').click();
  await page.locator('input[name="github-token"]').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('editing pm-elevator-car', () => {
  const file = 'touchpoints/pm-elevator-car.yaml';
  const original = readFileSync(join(REPO, 'standards', file), 'utf8');

  it("opens from the standard's page", async () => {
    await page.goto(`${siteUrl}/en/touchpoints/pm-elevator-car/`);
    await page.locator('[data-edit-link]').click();
    await page.locator('.editor-app[data-ready="true"]').waitFor();
    expect(page.url()).toContain(`file=${file}`);
  });

  it('changes one field in the form and the diff touches only that line', async () => {
    await page.locator('#ed-summary-en').fill('The car residents ride every day: light, quiet, clean, safe.');
    await tab('Changes').click();
    await page.locator('.ed-diff').waitFor();
    expect(await page.locator('.ed-diff--add').count()).toBe(1);
    expect(await page.locator('.ed-diff--del').count()).toBe(1);
    expect(await page.locator('.ed-diff--add').textContent()).toContain('light, quiet, clean, safe');
  });

  it('keeps form and YAML in sync, and a comment typed in YAML survives a form edit', async () => {
    await tab('YAML source').click();
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('End');
    await page.keyboard.type('\n# reviewed on site with the engineering team');
    await tab('Form').click();
    await page.locator('#ed-version').fill('1.2.0');
    await page.locator('#ed-owner-en').fill('Engineering and maintenance department');
    const text = await sourceText();
    expect(text).toContain('# reviewed on site with the engineering team');
    expect(text).toContain('en: Engineering and maintenance department');
    // Every comment of the published file is still there.
    for (const line of original.split('\n').filter((l) => l.trim().startsWith('#')))
      expect(text).toContain(line.trim());
  });

  it("shows the gate's diagnostics, the same as touchstone check, and refuses to submit invalid content", async () => {
    await tab('Form').click();
    await page.locator('#ed-version').fill('1.3.0');
    await page.locator('[data-diagnostics]').waitFor();
    const shown = await page.locator('[data-diagnostics] li').allTextContents();
    expect(shown.join('\n')).toContain('changelog-version-mismatch');
    // The CLI on the same text reports the same code at the same line.
    const dir = mkdtempSync(join(tmpdir(), 'touchstone-parity-'));
    try {
      cpSync(join(REPO, 'standards'), dir, { recursive: true });
      // The file as the editor checks and submits it: the YAML view's text with its final newline.
      const typed = await sourceText();
      writeFileSync(join(dir, file), typed.endsWith('\n') ? typed : `${typed}\n`);
      const cli = loadHandbook(dir, { today: new Date().toISOString().slice(0, 10) }).diagnostics.filter(
        (d) => d.file === file,
      );
      expect(cli.length).toBeGreaterThan(0);
      for (const d of cli) expect(shown.join('\n')).toContain(`${d.line}:${d.column} ${d.code}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(await page.locator('.ed-submit').textContent()).toContain('The file still has errors');
    await tab('Form').click();
    await page.locator('#ed-version').fill('1.2.0');
    await expect.poll(() => page.locator('.audit-score[data-errors]').getAttribute('data-errors')).toBe('0');
  });

  it('loses nothing on reload: the draft is offered back', async () => {
    const before = await sourceText();
    await page.reload();
    await page.locator('[data-draft-banner]').waitFor();
    await page.locator('[data-restore-draft]').click();
    expect(await sourceText()).toBe(before);
  });

  it('a rejected token says so and keeps the draft', async () => {
    await signIn('not-a-token');
    await expect
      .poll(() => page.locator('[data-submit-message]').textContent())
      .toContain('GitHub did not accept this token');
    await page.reload();
    await page.locator('[data-draft-banner]').waitFor();
    await page.locator('[data-restore-draft]').click();
  });

  it('opens a draft pull request whose commit changes exactly the edited lines', async () => {
    const edited = await sourceText();
    await signIn(github.token);
    await page.getByText(`Signed in as ${github.login}`).waitFor();
    await page.locator('[data-open-pr]').click();
    await page.locator('[data-pr-url]').waitFor();
    const pr = github.pulls.at(-1)!;
    expect(pr.draft).toBe(true);
    expect(pr.base.ref).toBe('main');
    expect(pr.head.ref).toMatch(/^touchstone\/edit-\d{8}-[a-z0-9]+$/);
    expect(pr.body).toContain('/summary/en');
    expect(pr.body).toContain('no errors');
    const landedText = (await github.readFile(pr.head.ref, `standards/${file}`)) ?? '';
    // The comment was typed at the very end of the YAML view, so the view's text has no final
    // newline; the file leaves the editor with one, and is otherwise exactly what was typed.
    expect(edited.endsWith('\n')).toBe(false);
    const editedFile = `${edited}\n`;
    expect(
      landedText
        .split('\n')
        .filter((l, i) => l !== editedFile.split('\n')[i])
        .slice(0, 3),
    ).toEqual([]);
    expect(landedText).toBe(editedFile);
    // Exactly the edited lines: two values replaced, and the comment (with the blank line typed before it) added.
    const diff = await github.git(['diff', '-U0', 'main', pr.head.ref]);
    const removed = diff.split('\n').filter((l) => l.startsWith('-') && !l.startsWith('---'));
    const added = diff.split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++'));
    expect(removed).toHaveLength(2);
    expect(removed.every((l) => original.includes(l.slice(1)))).toBe(true);
    const content = added.filter((l) => l.trim() !== '+');
    expect(content).toHaveLength(3);
    // ": " inside the text needs quotes in YAML; the editor adds them.
    expect(content[0]).toMatch(/^\+\s+en: "The car residents ride every day: light, quiet, clean, safe\."$/);
    expect(content.some((l) => /^\+\s+en: Engineering and maintenance department$/.test(l))).toBe(true);
    expect(content.at(-1)).toBe('+# reviewed on site with the engineering team');
  });

  it('hands the change over as a file or a patch, for people without access', async () => {
    const edited = await sourceText();
    await tab('Form').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('pm-elevator-car.yaml');
    const saved = readFileSync((await download.path())!, 'utf8');
    expect(saved.trimEnd()).toBe(edited.trimEnd());
    await page.getByRole('button', { name: 'Copy a patch' }).click();
    await expect.poll(() => page.locator('[data-submit-message]').textContent()).toContain('Patch copied.');
    const patch = await page.evaluate(() => navigator.clipboard.readText());
    expect(patch).toContain(`--- a/standards/${file}`);
    expect(patch).toContain(`+++ b/standards/${file}`);
    expect(patch).toContain('+# reviewed on site with the engineering team');
  });

  it('is accessible', async () => {
    await tab('Form').click();
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);
  });
});

describe('a new standard', () => {
  it.each(['touchpoint', 'sop', 'checklist', 'case', 'guide'])(
    'starts a %s from the touchstone new template, valid at once',
    async (kind) => {
      await page.goto(`${siteUrl}/en/edit/?new=${kind}&id=new-${kind}-lobby`);
      await page.locator('.editor-app[data-ready="true"]').waitFor();
      await expect.poll(() => page.locator('.audit-score[data-errors]').getAttribute('data-errors')).toBe('0');
      expect(await page.locator('.ed-file code').textContent()).toMatch(
        new RegExp(`^[a-z]+s/new-${kind}-lobby\\.(yaml|mdx)$`),
      );
      expect(await page.locator('.ed-form').count()).toBe(1);
    },
  );
});

describe('a conflict: the file changes upstream between opening and submitting', () => {
  const file = 'sops/sop-complaint-loop.yaml';

  it('shows the merged change, then submits it without overwriting theirs', async () => {
    await openEditor(file);
    const original = readFileSync(join(REPO, 'standards', file), 'utf8');
    await page
      .locator('#ed-summary-en')
      .fill('Every complaint: respond in 15 min, resolve in 24 h, follow up in 72 h — no exceptions.');
    // Someone else changes another line on main meanwhile.
    const theirs = original.replace(
      /^owner:\n(\s+)zh-CN: (.*)$/m,
      (_m, sp: string, zh: string) => `owner:\n${sp}zh-CN: ${zh}（客服中心）`,
    );
    expect(theirs).not.toBe(original);
    await github.commitUpstream(`standards/${file}`, theirs);
    // Still signed in from the first test (the token lives in this tab's sessionStorage).
    if (!(await page.locator('[data-open-pr]').isVisible())) await page.locator('.ed-github > summary').click();
    await page.locator('[data-open-pr]').click();
    await expect
      .poll(() => page.locator('[data-submit-message]').textContent())
      .toContain('Someone changed this file on main');
    const merged = await sourceText();
    expect(merged).toContain('no exceptions');
    expect(merged).toContain('（客服中心）');
    const pulls = github.pulls.length;
    await page.locator('[data-open-pr]').click();
    await page.locator('[data-pr-url]').waitFor();
    expect(github.pulls.length).toBe(pulls + 1);
    const pr = github.pulls.at(-1)!;
    const landed = await github.readFile(pr.head.ref, `standards/${file}`);
    expect(landed).toContain('no exceptions');
    expect(landed).toContain('（客服中心）');
  });
});

describe("the token goes to the configured API only, and the API's answer runs nothing", () => {
  async function editAndOpenPullRequest(file: string, summary: string) {
    await openEditor(file);
    // Signed in from sessionStorage when an earlier test signed in; otherwise sign in here.
    if ((await page.evaluate(() => sessionStorage.getItem('touchstone:github-token'))) === null) {
      await signIn(github.token);
      await page.getByText(`Signed in as ${github.login}`).waitFor();
    }
    await page.locator('#ed-summary-en').fill(summary);
    await expect.poll(() => page.locator('.audit-score[data-errors]').getAttribute('data-errors')).toBe('0');
    if (!(await page.locator('[data-open-pr]').isVisible())) await page.locator('.ed-github > summary').click();
    await page.locator('[data-open-pr]').click();
    // Opening a pull request takes several requests and git writes: wait as long as Playwright does (not expect.poll's 1 s).
    const message = page.locator('[data-submit-message]', { hasText: /is open|GitHub|Someone changed/ });
    await message.waitFor();
    expect(await message.textContent()).toContain('Draft pull request #');
  }

  it('an API address left in localStorage by any page of this origin does not redirect the token', async () => {
    // A second API on another port, accepting the same token: the old editor used it when
    // localStorage named it, and signed in and opened the pull request there.
    const decoy = await startGitHubServer({ owner: github.owner, repo: github.repo, seedDir: join(REPO, 'standards') });
    try {
      await openEditor('touchpoints/bk-counter.yaml');
      await page.evaluate((url) => {
        localStorage.setItem('touchstone:github-api', url);
        sessionStorage.removeItem('touchstone:github-token');
      }, decoy.url);
      await openEditor('touchpoints/bk-counter.yaml');
      const before = github.requests.length;
      await signIn(github.token);
      await page.getByText(`Signed in as ${github.login}`).waitFor();
      await editAndOpenPullRequest(
        'touchpoints/bk-counter.yaml',
        'Customers take a number, wait and are served at the counter.',
      );
      expect(decoy.requests).toEqual([]);
      const sent = github.requests.slice(before).filter((r) => r.method !== 'OPTIONS');
      expect(sent.map((r) => r.method)).toEqual(expect.arrayContaining(['GET', 'POST', 'PUT']));
      expect(sent.every((r) => r.authorization === `Bearer ${github.token}`)).toBe(true);
      expect(await page.locator('input[name="github-api"]').count()).toBe(0); // nor a field to type another address in
    } finally {
      await page.evaluate(() => localStorage.removeItem('touchstone:github-api'));
      await decoy.close();
    }
  });

  it('a pull request whose html_url is javascript: is not a link, and nothing runs', async () => {
    const dialogs: string[] = [];
    const onDialog = (d: import('playwright-core').Dialog) => {
      dialogs.push(d.message());
      void d.dismiss();
    };
    page.on('dialog', onDialog);
    hostilePullUrl = 'javascript:alert(document.domain)';
    try {
      await editAndOpenPullRequest(
        'touchpoints/bk-ai-handover.yaml',
        'Remote banking works in layers, with a human agent within 30 seconds.',
      );
      expect(github.pulls.at(-1)!.html_url).toBe(hostilePullUrl);
      const message = page.locator('[data-submit-message]');
      expect(await message.textContent()).toContain(`#${github.pulls.at(-1)!.number}`);
      expect(await page.locator('[data-pr-url]').count()).toBe(0);
      // No link in the submit panel is anything but http(s); clicking the message runs no script.
      const links = page.locator('.ed-submit a[href]');
      expect(
        await links.evaluateAll((as) =>
          as.map((a) => (a as HTMLAnchorElement).protocol).filter((p) => p !== 'http:' && p !== 'https:'),
        ),
      ).toEqual([]);
      await message.click();
      expect(
        await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(() => ok(true), 200)))),
      ).toBe(true);
      expect(dialogs).toEqual([]);
    } finally {
      hostilePullUrl = undefined;
      page.off('dialog', onDialog);
    }
  });
});

describe('a long file in the source view', () => {
  it('scrolls inside the editor, so reaching the submit button does not move it under the pointer', async () => {
    // CodeMirror measures wrapped lines only as they come into view. When the page itself scrolled
    // past the editor, those corrections moved the submit panel between aiming and clicking.
    await openEditor('sops/sop-complaint-loop.yaml');
    await tab('YAML source').click();
    await page.locator('.cm-content').click();
    const summary = page.locator('.ed-github > summary');
    const top = () => summary.evaluate((e) => Math.round(e.getBoundingClientRect().top + window.scrollY));
    const before = await top();
    await summary.evaluate((e) => e.scrollIntoView());
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await top()).toBe(before);
    // The whole file is still there to read and copy.
    const text = await sourceText();
    expect(text).toBe(readFileSync(join(REPO, 'standards/sops/sop-complaint-loop.yaml'), 'utf8'));
  });
});

describe("in the reader's language", () => {
  it('explains each field in Chinese in the zh-CN editor and in English in the English one, as the schema says', async () => {
    const file = 'sops/sop-follow-up-verification.yaml';
    const shown: Record<string, { version: string; steps: string }> = {};
    const failed: string[] = [];
    const onResponse = (r: { status(): number; url(): string }) =>
      void (r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    page.on('response', onResponse);
    for (const locale of ['zh-CN', 'en'] as const) {
      await page.goto(`${siteUrl}/${locale.toLowerCase()}/edit/?file=${file}`);
      await page.locator('.editor-app[data-ready="true"]').waitFor();
      const help = async (selector: string) => {
        const id = await page.locator(selector).first().getAttribute('aria-describedby');
        expect(id, selector).toBeTruthy();
        return (await page.locator(`[id="${id}"]`).textContent())!.trim();
      };
      shown[locale] = { version: await help('#ed-version'), steps: await help('fieldset[data-field="steps"]') };
      // The label is the schema's title in the page's language, with the YAML name beside it
      // unless the label only spells it out (Version, version).
      const props = (SCHEMAS.sop as { properties: Record<string, Record<string, string>> }).properties;
      const title = (key: string) => (locale === 'en' ? props[key]!['title'] : props[key]!['x-title-zh-CN']);
      // The file's own fields (a changelog entry has a version of its own, in its entry).
      const named = async (name: string) =>
        page.locator('form.ed-form > div.ed-field').getByRole('textbox', { name, exact: true }).getAttribute('id');
      expect(await named(locale === 'en' ? 'Version' : `${title('version')} version`)).toBe('ed-version');
      expect(await named(`${title('reviewBy')} reviewBy`)).toBe('ed-reviewBy');
    }
    const sop = SCHEMAS.sop as { properties: Record<string, unknown> };
    for (const locale of ['zh-CN', 'en'] as const) {
      expect(shown[locale]!.version).toBe(schemaText(sop.properties['version'], 'description')![locale]);
      expect(shown[locale]!.steps).toBe(schemaText(sop.properties['steps'], 'description')![locale]);
    }
    expect(shown['zh-CN']!.steps).toMatch(/[\u4e00-\u9fff]/);
    expect(shown['zh-CN']!.steps).not.toBe(shown.en!.steps);
    // Nothing the built editor asks for is missing (it used to probe the dev server's save endpoint).
    page.off('response', onResponse);
    expect(failed).toEqual([]);
  });

  it("describes each kind of file and field in the page's language on the reference pages", async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      await page.goto(`${siteUrl}/${locale.toLowerCase()}/reference/touchpoint/`);
      const reference = schemaReference('touchpoint');
      expect((await page.locator('main h1').textContent())!.trim()).toBe(reference.title[locale]);
      const code = reference.fields.find((f) => f.path === 'code')!;
      expect((await page.locator('#field-code td').nth(3).textContent())!.trim()).toBe(code.description[locale]);
      expect(await page.locator('#field-code td').nth(3).getAttribute('lang')).toBeNull();
    }
  });
});
