/**
 * The state of the submit panel: the three ways a change leaves the browser. Saved into the
 * working tree (astro dev only), a draft pull request on GitHub (no server of ours: the browser
 * talks to the API with the author's token), or a file / patch to hand to someone with access.
 * The words and the blob id are submission.ts; the GitHub calls src/editor/git-host/.
 */
import { AuthError, StaleFileError } from '../../editor/git-host/types.ts';
import { checkApiBase, webLink } from '../../gate/api-url.ts';
import { GITHUB_API, branchName, githubHost } from '../../editor/git-host/github.ts';
import { countConflictMarkers, merge3 } from '../../editor/git-host/merge.ts';
import type { EditorStrings } from '../../i18n/editor.ts';
import { offerDownload } from '../download.ts';
import { failureText } from '../failure-text.ts';
import type { EditorState } from './editor.svelte.ts';
import { TOKEN_KEY, blobSha, changeTitle, commitMessage, pullRequestBody, repositoryPath } from './submission.ts';

export interface SubmitProps {
  editor: EditorState;
  s: EditorStrings;
  /** The site's base URL (the dev server's endpoints are under it). */
  base: string;
}

export class Submission {
  /** One branch per change: a retry after a merge commits to the same branch. */
  branch = $state('');
  /** Under `astro dev`, which can save into the working tree. */
  dev = $state(false);
  message = $state('');
  messageKind = $state<'ok' | 'error' | ''>('');
  token = $state('');
  login = $state('');
  busy = $state(false);
  prUrl = $state('');
  repo = $derived(this.#editor().index.config.repository);
  repoPath = $derived(repositoryPath(this.repo?.basePath, this.#editor().file));
  conflicts = $derived(countConflictMarkers(this.#editor().text));
  blocked = $derived(this.#editor().errors > 0 || !this.#editor().dirty || this.conflicts > 0);
  /**
   * The one address the token is sent to: repository.api from the handbook's index, i.e. from
   * handbook.yaml at build time. Never from storage, a form field or the URL: anything a page of
   * this origin can write must not be able to redirect the token. The gate applies the same
   * check (api-url.ts), so an address it accepts works here and one it refuses is refused here.
   */
  configuredApi = $derived(this.repo?.api ?? GITHUB_API);
  api = $derived(checkApiBase(this.configuredApi));
  #props: () => SubmitProps;
  // Field initializers run before the constructor body: they read the editor through a method.
  #editor(): EditorState {
    return this.#props().editor;
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

  #say(text: string, kind: 'ok' | 'error') {
    this.message = text;
    this.messageKind = kind;
  }

  #host() {
    const { s } = this.#props();
    if (!this.repo) throw new Error('repository');
    if (!this.api.ok) throw new Error(s.apiInvalid(this.configuredApi));
    return githubHost({ owner: this.repo.owner, repo: this.repo.name, token: this.token, apiBase: this.api.url.href });
  }

  async signIn() {
    const { s } = this.#props();
    try {
      this.login = (await this.#host().user()).login;
      sessionStorage.setItem(TOKEN_KEY, this.token);
    } catch (e) {
      this.login = '';
      sessionStorage.removeItem(TOKEN_KEY);
      this.#say(e instanceof AuthError ? s.authFailed : failureText(s.networkFailed, e), 'error');
    }
  }

  signOut() {
    sessionStorage.removeItem(TOKEN_KEY);
    this.token = '';
    this.login = '';
  }

  async submitGithub() {
    const { editor, s } = this.#props();
    const repo = this.repo;
    if (this.blocked || !repo) return;
    this.busy = true;
    this.prUrl = '';
    try {
      const h = this.#host();
      const target = repo.branch ?? 'main';
      if (!this.branch) {
        const name = branchName(new Date(), crypto.getRandomValues(new Uint32Array(1))[0]!.toString(36));
        await h.createBranch(name, await h.defaultBranchSha(target));
        this.branch = name;
      }
      const isNew = editor.base === '';
      const sha = isNew ? undefined : await blobSha(editor.base);
      const title = changeTitle(editor.file, isNew);
      await h.putFile({
        branch: this.branch,
        path: this.repoPath,
        text: editor.fileText,
        ...(sha ? { sha } : {}),
        message: commitMessage(title, editor.changed),
      });
      const body = pullRequestBody(this.repoPath, editor.changed, editor.diagnostics, s);
      const pr = await h.openPullRequest({ head: this.branch, base: target, title, body, draft: true });
      // Only an http(s) address becomes a link (every GitHost is held to it; checked again here).
      this.prUrl = webLink(pr.url) ?? '';
      this.#say(`${s.prOpened} #${pr.number}`, 'ok');
    } catch (e) {
      if (e instanceof StaleFileError && e.current) {
        // The stale file is on the branch we made from the target: its current text is upstream's.
        // Someone changed the file since: merge their change with ours, show it, let the author retry.
        const merged = merge3(editor.base, editor.fileText, e.current.text);
        editor.base = e.current.text;
        editor.setText(merged.text);
        this.#say(merged.clean ? s.stale : s.conflict(merged.conflicts), 'error');
      } else if (e instanceof AuthError) this.#say(s.authFailed, 'error');
      else this.#say(failureText(s.networkFailed, e), 'error');
    } finally {
      this.busy = false;
    }
  }

  async saveLocal() {
    const { editor, s, base } = this.#props();
    if (editor.errors > 0) return;
    this.busy = true;
    try {
      const res = await fetch(`${base}__touchstone/save`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ file: editor.file, text: editor.fileText }),
      });
      const body = (await res.json()) as { saved?: boolean; message?: string };
      if (!res.ok || !body.saved) throw new Error(body.message ?? String(res.status));
      editor.base = editor.fileText;
      this.#say(s.savedLocal, 'ok');
    } catch (e) {
      this.#say(failureText(s.networkFailed, e), 'error');
    } finally {
      this.busy = false;
    }
  }

  download() {
    const { editor } = this.#props();
    offerDownload(editor.fileText, 'text/plain', editor.file.split('/').pop() ?? 'standard.yaml');
  }

  async copyPatch() {
    const { editor, s } = this.#props();
    const { createTwoFilesPatch } = await import('diff');
    const patch = createTwoFilesPatch(`a/${this.repoPath}`, `b/${this.repoPath}`, editor.base, editor.fileText);
    await navigator.clipboard.writeText(patch);
    this.#say(s.copied, 'ok');
  }
}
