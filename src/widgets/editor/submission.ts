/**
 * What the submit panel sends, worked out without a browser: where the file lives in the
 * repository, its git blob id, and the commit's and the draft pull request's words. The state
 * and the calls are submit.svelte.ts.
 */
import { renderDiagnostic, type Diagnostic } from '../../gate/diagnostics.ts';
import type { SubmitStrings } from '../../i18n/submit.ts';

/** Where the signed-in token is kept: sessionStorage, so it ends with the tab. */
export const TOKEN_KEY = 'touchstone:github-token';

/** The file's path in the repository: under handbook.yaml's repository.basePath (default standards). */
export function repositoryPath(basePath: string | undefined, file: string): string {
  return `${(basePath ?? 'standards').replace(/^\/|\/$/g, '')}/${file}`.replace(/^\//, '');
}

/** The git blob id of a text, to offer the file we started from as the one we replace. */
export async function blobSha(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const head = new TextEncoder().encode(`blob ${bytes.length}\0`);
  const all = new Uint8Array(head.length + bytes.length);
  all.set(head);
  all.set(bytes, head.length);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', all));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The commit's first line and the pull request's title. A file with no published text is new. */
export function changeTitle(
  file: string,
  isNew: boolean,
  words: Pick<SubmitStrings, 'addTitle' | 'updateTitle'>,
): string {
  return isNew ? words.addTitle(file) : words.updateTitle(file);
}

/** The commit message: the title, then the changed fields' paths, one a line. */
export function commitMessage(title: string, changed: readonly string[]): string {
  return `${title}\n\n${changed.join('\n')}`;
}

/**
 * The draft pull request's description, for a reviewer: the changed fields and what the gate
 * says of the file, all in the language the author edited in (the reviewers read the same
 * handbook).
 */
export function pullRequestBody(
  path: string,
  changed: readonly string[],
  diagnostics: readonly Diagnostic[],
  words: Pick<SubmitStrings, 'prIntro' | 'changedFields' | 'newFile' | 'validation' | 'noProblems' | 'problemLine'>,
  locale: 'zh-CN' | 'en',
): string {
  const fields = changed.length ? changed.map((p) => `- \`${p}\``).join('\n') : `- ${words.newFile}`;
  const problems = diagnostics.map((d) => {
    const r = renderDiagnostic(d, locale);
    return `- ${words.problemLine(d.severity, d.code, d.line, d.column, r.message)}`;
  });
  return `${words.prIntro(path)}\n\n### ${words.changedFields}\n${fields}\n\n### ${words.validation}\n${problems.length ? problems.join('\n') : `- ${words.noProblems}`}\n`;
}
