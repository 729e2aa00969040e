/**
 * What the submit panel sends, worked out without a browser: where the file lives in the
 * repository, its git blob id, and the commit's and the draft pull request's words. The state
 * and the calls are submit.svelte.ts.
 */
import { renderDiagnostic, type Diagnostic } from '../../gate/diagnostics.ts';
import type { EditorStrings } from '../../i18n/editor.ts';

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
export function changeTitle(file: string, isNew: boolean): string {
  return `${isNew ? 'Add' : 'Update'} ${file}`;
}

/** The commit message: the title, then the changed fields' paths, one a line. */
export function commitMessage(title: string, changed: readonly string[]): string {
  return `${title}\n\n${changed.join('\n')}`;
}

/**
 * The draft pull request's description, for a reviewer: the changed fields and what the gate
 * says of the file (the diagnostics in English, the headings in the editor's language).
 */
export function pullRequestBody(
  path: string,
  changed: readonly string[],
  diagnostics: readonly Diagnostic[],
  s: Pick<EditorStrings, 'changedFields' | 'validation'>,
): string {
  const fields = changed.length ? changed.map((p) => `- \`${p}\``).join('\n') : '- (new file)';
  const problems = diagnostics.map((d) => {
    const r = renderDiagnostic(d, 'en');
    return `- ${d.severity} \`${d.code}\` line ${d.line}:${d.column}: ${r.message}`;
  });
  return `Edited \`${path}\` in the Touchstone editor.\n\n### ${s.changedFields}\n${fields}\n\n### ${s.validation}\n${problems.length ? problems.join('\n') : '- touchstone check: no errors, no warnings'}\n`;
}
