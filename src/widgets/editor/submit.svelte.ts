/**
 * The state of the submit panel: the three ways a change leaves the browser. Saved into the
 * working tree (astro dev only), a draft pull request on GitHub (no server of ours: the browser
 * talks to the API with the author's token), or a file / patch to hand to someone with access.
 * The words are i18n/submit.ts; the commit's and the pull request's text and the blob id
 * submission.ts; what a failure says submit-failure.ts; the patch patch.ts; the GitHub calls
 * src/editor/git-host/.
 */
import { GitHostError, StaleFileError } from '../../editor/git-host/types.ts';
import { checkApiBase, webLink } from '../../gate/api-url.ts';
import { GITHUB_API, branchName, githubHost, randomSuffix, tokenUrl } from '../../editor/git-host/github.ts';
import { countConflictMarkers, merge3 } from '../../editor/git-host/merge.ts';
import { SUBMIT_STRINGS, type SubmitStrings } from '../../i18n/submit.ts';
import { offerDownload } from '../download.ts';
import type { EditorState } from './editor.svelte.ts';
import { failureMessage } from './submit-failure.ts';
import { TOKEN_KEY, blobSha, changeTitle, commitMessage, pullRequestBody, repositoryPath } from './submission.ts';

export interface SubmitProps {
  editor: EditorState;
  locale: 'zh-CN' | 'en';
  /** The site's base URL (the dev server's endpoints are under it). */
  base: string;
}

/** What the panel says last: a result or a failure, with the host's words as a detail. */
export interface PanelMessage {
  kind: 'ok' | 'error';
  text: string;
  /** The pull request was just opened: the message links to it and says what comes next. */
  opened?: boolean;
  detail?: string;
}

export class Submission {
  /**
   * The branch this change is committed on, named before anything is sent so the panel can say
   * it. One branch per change: a retry after a merge, or a later edit, commits to the same one.
   */
  branch = $state(branchName(new Date(), randomSuffix()));
  /** Whether the branch exists on the host yet. */
  branchMade = $state(false);
  /** Under `astro dev`, which can save into the working tree. */
  dev = $state(false);
  message = $state<PanelMessage | undefined>();
  token = $state('');
  login = $state('');
  busy = $state(false);
  /** The pull request once it is open: later edits are committed to it. */
  pull = $state<{ number: number; url: string } | undefined>();
  /** The text committed last and its blob id: what the next commit on the branch replaces. */
  committed = $state<{ text: string; sha: string } | undefined>();
  t = $derived<SubmitStrings>(SUBMIT_STRINGS[this.#locale()]);
  repo = $derived(this.#editor().index.config.repository);
  repository = $derived(this.repo ? `${this.repo.owner}/${this.repo.name}` : '');
  /** The branch the pull request goes to. */
  target = $derived(this.repo?.branch ?? 'main');
  repoPath = $derived(repositoryPath(this.repo?.basePath, this.#editor().file));
  conflicts = $derived(countConflictMarkers(this.#editor().text));
  /** The gate has not checked the file yet (it loads after the form): nothing leaves unchecked. */
  checking = $derived(this.#editor().checked === undefined);
  /** Download and copy: a file not yet checked, with errors or with conflict markers is not handed on. */
  unready = $derived(this.checking || this.#editor().errors > 0 || this.conflicts > 0);
  blocked = $derived(this.unready || !this.#editor().dirty);
  /** The pull request already holds the text as it is: nothing new to submit. */
  upToDate = $derived(this.pull !== undefined && this.committed?.text === this.#editor().fileText);
  /**
   * The one address the token is sent to: repository.api from the handbook's index, i.e. from
   * handbook.yaml at build time. Never from storage, a form field or the URL: anything a page of
   * this origin can write must not be able to redirect the token. The gate applies the same
   * check (api-url.ts), so an address it accepts works here and one it refuses is refused here.
   */
  configuredApi = $derived(this.repo?.api ?? GITHUB_API);
  api = $derived(checkApiBase(this.configuredApi));
  tokenPage = $derived(this.repo ? tokenUrl(this.repo.owner, this.repo.name) : '');
  #props: () => SubmitProps;
  // Field initializers run before the constructor body: they read the props through methods.
  #editor(): EditorState {
    return this.#props().editor;
  }
  #locale(): 'zh-CN' | 'en' {
    return this.#props().locale;
  }

  constructor(props: () => SubmitProps) {
    this.#props = props;
  }

  /** After hydration: the token of this tab, and whether the dev server can save. */
  start(): void {
    this.token = sessionStorage.getItem(TOKEN_KEY) ?? '';
    // Saving to disk exists only under `astro dev` (src/editor/local-save/); a built site has no such
    // endpoint, and asking would log a 404 on every visit.
    if (import.meta.env.DEV) {
      void fetch(`${this.#props().base}__touchstone/status`)
        .then(async (r) => (this.dev = r.ok && ((await r.json()) as { dev?: boolean }).dev === true))
        .catch(() => (this.dev = false));
    }
    if (this.token) void this.signIn();
  }

  #fail(e: unknown) {
    const apiHost = this.api.ok ? this.api.url.host : this.configuredApi;
    const context = { repository: this.repository, base: this.target, apiHost, locale: this.#props().locale };
    this.message = { kind: 'error', ...failureMessage(e, context, this.t) };
  }

  #host() {
    if (!this.repo || !this.api.ok) throw new Error('No repository to submit to');
    return githubHost({ owner: this.repo.owner, repo: this.repo.name, token: this.token, apiBase: this.api.url.href });
  }

  async signIn() {
    this.busy = true;
    this.message = undefined;
    try {
      this.login = (await this.#host().user()).login;
      sessionStorage.setItem(TOKEN_KEY, this.token);
    } catch (e) {
      this.login = '';
      sessionStorage.removeItem(TOKEN_KEY);
      this.#fail(e);
    } finally {
      this.busy = false;
    }
  }

  signOut() {
    sessionStorage.removeItem(TOKEN_KEY);
    this.token = '';
    this.login = '';
    this.message = undefined;
  }

  async submitGithub() {
    const { editor } = this.#props();
    if (this.blocked || this.upToDate || !this.repo) return;
    this.busy = true;
    this.message = undefined;
    const t = this.t;
    try {
      const h = this.#host();
      if (!this.branchMade) {
        try {
          await h.createBranch(this.branch, await h.defaultBranchSha(this.target));
        } catch (e) {
          // The branch's name is random: one that exists is ours, made by an attempt whose answer was lost.
          if (!(e instanceof GitHostError && e.code === 'branch-exists')) throw e;
        }
        this.branchMade = true;
      }
      const text = editor.fileText;
      if (this.committed?.text !== text) {
        const isNew = editor.base === '' && !this.committed;
        // The blob this commit replaces: the one committed last on the branch, else the published one.
        const sha = this.committed?.sha ?? (isNew ? undefined : await blobSha(editor.base));
        const result = await h.putFile({
          branch: this.branch,
          path: this.repoPath,
          text,
          ...(sha ? { sha } : {}),
          message: commitMessage(changeTitle(editor.file, isNew, t), editor.changed),
        });
        this.committed = { text, sha: result.blobSha };
      }
      if (this.pull) {
        this.message = { kind: 'ok', text: t.prUpdated(this.pull.number) };
        return;
      }
      const title = changeTitle(editor.file, editor.base === '', t);
      const body = pullRequestBody(this.repoPath, editor.changed, editor.diagnostics, t, this.#props().locale);
      const pr = await h.openPullRequest({ head: this.branch, base: this.target, title, body, draft: true });
      // Only an http(s) address becomes a link (every GitHost is held to it; checked again here).
      this.pull = { number: pr.number, url: webLink(pr.url) ?? '' };
      this.message = {
        kind: 'ok',
        text: pr.draft === false ? t.prOpenedReady(pr.number) : t.prOpened(pr.number),
        opened: true,
      };
    } catch (e) {
      if (e instanceof StaleFileError && e.current) {
        // The stale file is on the branch we made from the target: its current text is upstream's.
        // Someone changed the file since: merge their change with ours, show it, let the author retry.
        const merged = merge3(editor.base, editor.fileText, e.current.text);
        editor.base = e.current.text;
        // The next commit replaces the file as it now is on the branch.
        this.committed = e.current;
        editor.setText(merged.text);
        this.message = {
          kind: 'error',
          text: merged.clean ? t.stale(this.target) : t.conflict(merged.conflicts, this.target),
        };
      } else this.#fail(e);
    } finally {
      this.busy = false;
    }
  }

  async saveLocal() {
    const { editor, base, locale } = this.#props();
    if (this.unready) return;
    this.busy = true;
    this.message = undefined;
    try {
      let res: Response;
      try {
        res = await fetch(`${base}__touchstone/save`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ file: editor.file, text: editor.fileText }),
        });
      } catch (e) {
        this.message = { kind: 'error', text: this.t.devServerUnreachable, detail: String(e) };
        return;
      }
      // The dev server answers every refusal in both languages (src/i18n/local-save.ts).
      const body = (await res.json()) as { saved?: boolean; message?: { 'zh-CN'?: string; en?: string } };
      if (!res.ok || !body.saved) {
        this.message = { kind: 'error', text: body.message?.[locale] ?? this.t.refused(res.status) };
        return;
      }
      editor.base = editor.fileText;
      this.message = { kind: 'ok', text: this.t.savedLocal };
    } catch (e) {
      this.#fail(e);
    } finally {
      this.busy = false;
    }
  }

  download() {
    const { editor } = this.#props();
    if (this.unready) return;
    offerDownload(editor.fileText, 'text/plain', editor.file.split('/').pop() ?? 'standard.yaml');
  }

  async copyPatch() {
    const { editor } = this.#props();
    if (this.blocked) return;
    const { gitPatch } = await import('./patch.ts');
    const patch = gitPatch(this.repoPath, editor.base === '' ? undefined : editor.base, editor.fileText);
    try {
      await navigator.clipboard.writeText(patch);
      this.message = { kind: 'ok', text: this.t.copied };
    } catch (e) {
      this.message = { kind: 'error', text: this.t.copyFailed, detail: String(e) };
    }
  }
}
