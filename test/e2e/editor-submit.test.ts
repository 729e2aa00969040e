/**
 * The submit panel as a standards owner meets it, in zh-CN and in en, against the GitHub-compatible
 * test server (a real bare git repository behind GitHub's REST API): before signing in it says
 * what will happen (the very branch it will make, from which base, one commit, a draft pull
 * request a reviewer merges) and what access the token needs; the API address waits under
 * "Advanced"; the buttons are off, and look it, while the file has errors; a rejected token, a
 * failed network and an upstream conflict are each said in the page's language with what to do;
 * the submission ends with a link to the pull request and what comes next; and the copied patch
 * is one `git apply` takes, after which `touchstone check` is clean.
 *
 * Like editor.test.ts, it builds its own copy of the example handbook whose repository.api is the
 * stand-in's loopback address: nothing in the page may point the token elsewhere.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { MARKER_OURS, MARKER_SEPARATOR, MARKER_THEIRS } from '../../src/editor/git-host/merge.ts';
import { EDITOR_STRINGS } from '../../src/i18n/editor.ts';
import { SUBMIT_STRINGS } from '../../src/i18n/submit.ts';
import { runCli } from '../helpers/cli.ts';
import { REPO } from '../helpers/fixtures.ts';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.ts';
import { closeAndRemove } from '../helpers/teardown.ts';
import { buildSite, CHROMIUM, CHROMIUM_ARGS, formatViolations, runAxe, serve, type StaticServer } from './harness.ts';

const REPOSITORY = 'touchstone-example/service-handbook';
const CJK = /[\u4e00-\u9fff]/;
let browser: Browser;
let github: GitHubServer;
let server: StaticServer;
const work = mkdtempSync(join(tmpdir(), 'touchstone-submit-'));

beforeAll(async () => {
  github = await startGitHubServer({
    owner: 'touchstone-example',
    repo: 'service-handbook',
    seedDir: join(REPO, 'standards'),
  });
  const handbook = join(work, 'standards');
  cpSync(join(REPO, 'standards'), handbook, { recursive: true });
  const config = parseDocument(readFileSync(join(handbook, 'handbook.yaml'), 'utf8'));
  config.setIn(['repository', 'api'], github.url);
  writeFileSync(join(handbook, 'handbook.yaml'), config.toString());
  const { dir } = await buildSite({ handbook, outDir: join(work, 'dist'), cacheDir: join(work, 'cache') });
  server = await serve(dir);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}, 600_000);
afterAll(() => closeAndRemove(work, browser, github, server));

/** One journey per language, each on its own file and in its own browser context. */
const JOURNEYS = [
  { locale: 'zh-CN', file: 'touchpoints/bk-counter.yaml', field: 'zh-CN' },
  { locale: 'en', file: 'touchpoints/pm-elevator-car.yaml', field: 'en' },
] as const;

describe.each(JOURNEYS)('submitting in $locale', ({ locale, file, field }) => {
  const t = SUBMIT_STRINGS[locale];
  const path = `standards/${file}`;
  let context: BrowserContext;
  let page: Page;
  /** The branch the panel said it would make, before anything was sent. */
  let announced = '';
  const panel = () => page.locator('.ed-submit');
  const button = (name: string) => panel().getByRole('button', { name, exact: true });
  const message = () => panel().locator('[data-submit-message]');
  const summary = () => page.locator(`#ed-summary-${field}`);
  const tab = (name: 'form' | 'source') => page.getByRole('tab', { name: EDITOR_STRINGS[locale][name], exact: true });
  /** Waits (as long as Playwright waits) for the panel to say `text`. */
  const says = (text: string) => panel().locator('[data-submit-message]', { hasText: text }).waitFor();

  /** The whole YAML as a person gets it: select all in the source view and copy. */
  async function sourceText(): Promise<string> {
    await tab('source').click();
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+C');
    return page.evaluate(() => navigator.clipboard.readText());
  }

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    page = await context.newPage();
    await page.goto(`${server.url}/${locale.toLowerCase()}/edit/?file=${file}`);
    await page.locator('.editor-app[data-ready="true"]').waitFor();
  });
  afterAll(() => context.close());

  it('says, before signing in, what will happen and what access the token needs', async () => {
    const plan = panel().locator('[data-submit-plan]');
    await plan.waitFor();
    const said = (await plan.innerText()).replace(/\s+/g, ' ');
    announced = (await plan.locator('code').textContent()) ?? '';
    expect(announced).toMatch(/^touchstone\/edit-\d{8}-[a-z0-9]+$/);
    expect(said).toContain(announced);
    expect(said).toContain(t.planBranchFrom('main').trim());
    expect(said).toContain(t.planCommit(path));
    expect(said).toContain(t.planPull('main'));
    expect(said).toContain(t.planReview);
    await panel().getByText(t.access(REPOSITORY)).waitFor();
    await panel().getByRole('link', { name: t.howToOpen }).waitFor();
    expect(await panel().getByRole('link', { name: t.howToOpen }).getAttribute('href')).toContain(
      'contents=write&pull_requests=write',
    );
    if (locale === 'zh-CN') expect(said).toMatch(CJK);
    // The API address is there for whoever needs it, under "Advanced", not in the way.
    const api = panel().locator('[data-api-base]');
    expect(await api.isVisible()).toBe(false);
    await panel().getByText(t.advanced, { exact: true }).click();
    expect(await api.isVisible()).toBe(true);
    expect(await api.textContent()).toContain(github.url);
    await panel().getByText(t.advanced, { exact: true }).click();
  });

  it('a rejected token: said in the reader’s language, with what to do', async () => {
    await panel().getByLabel(t.token).fill('not-a-token');
    await button(t.signIn).click();
    await says(t.tokenRejected);
    expect(await message().getAttribute('role')).toBe('alert');
    // The server's English words come only after the explanation, as a detail.
    expect((await message().innerText()).indexOf(t.tokenRejected)).toBe(0);
    await panel().getByLabel(t.token).fill(github.token);
    await button(t.signIn).click();
    await panel().getByText(t.signedInAs(github.login)).waitFor();
  });

  it('download, copy patch and submit are off, and look it, while the file has errors', async () => {
    await summary().fill(`${await summary().inputValue()} (edited)`);
    await page.locator('#ed-version').fill('9.9.9'); // the changelog no longer matches: an error
    await expect.poll(() => page.locator('.audit-score[data-errors]').getAttribute('data-errors')).not.toBe('0');
    await panel().getByText(t.blockedByErrors).waitFor();
    for (const name of [t.download, t.copyPatch, t.openPr]) {
      const b = button(name);
      expect(await b.isDisabled(), name).toBe(true);
      // Looks off: not the pointer, a dashed border, muted text.
      expect(await b.evaluate((e) => getComputedStyle(e).cursor)).toBe('not-allowed');
      expect(await b.evaluate((e) => getComputedStyle(e).borderStyle)).toBe('dashed');
      // And says why, to a screen reader too.
      expect(await b.getAttribute('aria-describedby')).toContain('ed-submit-why');
    }
    await page.locator('#ed-version').fill(readVersion(file));
    await expect.poll(() => page.locator('.audit-score[data-errors]').getAttribute('data-errors')).toBe('0');
    for (const name of [t.download, t.copyPatch, t.openPr]) expect(await button(name).isDisabled(), name).toBe(false);
  });

  it('a failed network: said in the reader’s language, the change kept', async () => {
    await context.setOffline(true);
    try {
      await button(t.openPr).click();
      await says(t.offline(new URL(github.url).host));
    } finally {
      await context.setOffline(false);
    }
    expect(await github.branchSha(announced)).toBeUndefined();
    expect(await summary().inputValue()).toContain('(edited)');
  });

  it('an upstream conflict: said plainly, the buttons off until it is resolved, then submitted', async () => {
    // Someone else changes the same line on main meanwhile.
    const published = readFileSync(join(REPO, 'standards', file), 'utf8');
    const mine = await sourceText();
    const line = published.split('\n').findIndex((l, i) => l !== mine.split('\n')[i]);
    const theirs = published.split('\n');
    theirs[line] = `${theirs[line]} (theirs)`;
    await github.commitUpstream(path, theirs.join('\n'));
    await tab('form').click();
    await button(t.openPr).click();
    await says(t.conflict(1, 'main'));
    const merged = await sourceText();
    expect(merged).toContain(MARKER_OURS);
    await panel().getByText(t.blockedByConflicts(1)).waitFor();
    expect(await button(t.openPr).isDisabled()).toBe(true);
    expect(await button(t.copyPatch).isDisabled()).toBe(true);
    // Resolved as the message says: keep our version, delete the marker lines and theirs.
    const lines = merged.split('\n');
    const start = lines.indexOf(MARKER_OURS);
    const separator = lines.indexOf(MARKER_SEPARATOR);
    const end = lines.indexOf(MARKER_THEIRS);
    const resolved = [...lines.slice(0, start), ...lines.slice(start + 1, separator), ...lines.slice(end + 1)].join(
      '\n',
    );
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(resolved);
    await expect.poll(() => page.locator('.audit-score[data-errors]').getAttribute('data-errors')).toBe('0');
    await button(t.openPr).click();
    await panel().locator('[data-pr-url]').waitFor();
  });

  it('ends with a link to the pull request and what comes next; the pull request is what the panel said', async () => {
    const pr = github.pulls.at(-1)!;
    expect(await message().getAttribute('role')).toBe('status');
    expect(await message().innerText()).toContain(t.prOpened(pr.number));
    const link = panel().getByRole('link', { name: `${t.prLink} #${pr.number}` });
    expect(await link.getAttribute('href')).toBe(pr.html_url);
    expect(await panel().locator('[data-next-steps]').innerText()).toBe(t.nextSteps('main'));
    expect(pr.head.ref).toBe(announced);
    expect(pr.base.ref).toBe('main');
    expect(pr.draft).toBe(true);
    expect(pr.title).toBe(t.updateTitle(file));
    expect(pr.body.startsWith(t.prIntro(path))).toBe(true);
    if (locale === 'zh-CN') expect(pr.body).not.toMatch(/Edited|Changed fields|Validation/);
    const [commit] = await github.log(announced);
    expect(commit!.subject).toBe(t.updateTitle(file));
    // Their change and ours are both in, on one commit off main.
    const landed = (await github.readFile(announced, path)) ?? '';
    expect(landed).toContain('(edited)');
    expect(landed).not.toContain('(theirs)'); // the conflict was resolved for ours
    expect(await github.git(['rev-list', '--count', `main..${announced}`])).toBe('1\n');
  });

  it('says when everything is submitted, and sends a later edit to the same pull request', async () => {
    const pr = github.pulls.at(-1)!;
    await panel().getByText(t.prUpToDate(pr.number)).waitFor();
    expect(await button(t.openPr).isDisabled()).toBe(true);
    await tab('form').click();
    await summary().fill(`${await summary().inputValue()} (again)`);
    await expect.poll(() => page.locator('.audit-score[data-errors]').getAttribute('data-errors')).toBe('0');
    await button(t.openPr).click();
    await says(t.prUpdated(pr.number));
    expect(github.pulls.at(-1)!.number).toBe(pr.number);
    expect(await github.git(['rev-list', '--count', `main..${announced}`])).toBe('2\n');
    expect(await github.readFile(announced, path)).toContain('(again)');
    // The link to it stays at hand.
    expect(await panel().locator('[data-pr-current] a').getAttribute('href')).toBe(pr.html_url);
  });

  it('copies a patch that git apply takes onto main, after which touchstone check is clean', async () => {
    await panel().getByText(t.patchHelp).waitFor();
    await button(t.copyPatch).click();
    await says(t.copied);
    const patch = await page.evaluate(() => navigator.clipboard.readText());
    const clone = mkdtempSync(join(work, 'clone-'));
    execFileSync('git', ['clone', '-q', github.gitDir, clone]);
    writeFileSync(join(work, `${locale}.patch`), patch);
    execFileSync('git', ['apply', join(work, `${locale}.patch`)], { cwd: clone });
    expect(readFileSync(join(clone, path), 'utf8')).toBe((await github.readFile(announced, path)) ?? '');
    const check = await runCli(['check', join(clone, 'standards'), '--lang', 'en']);
    expect(check.code).toBe(0);
  });

  it('is accessible, and screenshots show it at 1280 and 360 px, light and dark', async () => {
    const violations = await runAxe(page, { exclude: ['.cm-editor'] });
    expect(violations, formatViolations(violations)).toEqual([]);
    for (const width of [1280, 360]) {
      for (const scheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme: scheme });
        await panel().screenshot({ path: `/tmp/submit-${locale}-after-${width}-${scheme}.png` });
      }
    }
    // And before signing in, as a newcomer sees it.
    await button(t.signOut).click();
    for (const width of [1280, 360]) {
      for (const scheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme: scheme });
        await panel().screenshot({ path: `/tmp/submit-${locale}-before-${width}-${scheme}.png` });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${width} ${scheme}`).toBeLessThanOrEqual(0);
      }
    }
  });
});

/** The published version of a file, to put back after making it disagree with the changelog. */
function readVersion(file: string): string {
  return String(parseDocument(readFileSync(join(REPO, 'standards', file), 'utf8')).get('version'));
}
