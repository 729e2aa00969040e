/**
 * A failed submission as the panel shows it: what happened and what to do, in the reader's
 * language, chosen from what the git host says went wrong (GitHostError's code and status, never
 * its English message). The host's own message is kept as a technical detail for whoever helps,
 * shown after the explanation, never instead of it. Pure: the state is submit.svelte.ts.
 */
import { AuthError, GitHostError } from '../../editor/git-host/types.ts';
import type { SubmitStrings } from '../../i18n/submit.ts';

/** What the message is about: where the token goes and which repository and branch. */
export interface FailureContext {
  /** owner/name */
  repository: string;
  /** The branch the pull request goes to. */
  base: string;
  /** The API's host, as the reader would recognise it (api.github.com). */
  apiHost: string;
  locale: 'zh-CN' | 'en';
}

export interface ShownFailure {
  /** What happened and what to do, in the reader's language. */
  text: string;
  /** The host's or the browser's own words, for whoever helps (English, as they come). */
  detail?: string;
}

/** The message for an error thrown while signing in or submitting. */
export function failureMessage(error: unknown, ctx: FailureContext, t: SubmitStrings): ShownFailure {
  if (error instanceof AuthError) {
    // No response at all (status 0): the token was refused before anything was sent.
    if (error.status === 0) return { text: t.tokenMalformed };
    if (error.rateLimited)
      return {
        text: error.resetAt ? t.rateLimited(error.resetAt.toLocaleTimeString(ctx.locale)) : t.rateLimitedSoon,
      };
    return { text: error.status === 401 ? t.tokenRejected : t.tokenForbidden(ctx.repository), detail: error.message };
  }
  if (error instanceof GitHostError) {
    const detail = error.message;
    switch (error.code) {
      case 'network':
        return { text: t.offline(ctx.apiHost), detail };
      case 'server':
        return { text: t.serverError(error.status), detail };
      case 'not-found':
        return { text: t.notFound(ctx.repository, ctx.base), detail };
      case 'pull-exists':
        return { text: t.pullExists, detail };
      case 'no-changes':
        return { text: t.nothingToPull(ctx.base), detail };
      case 'bad-response':
        return { text: t.badResponse, detail };
      default:
        return { text: t.refused(error.status), detail };
    }
  }
  // fetch rejects with a TypeError when no answer came (offline, refused, CORS): said as offline.
  if (error instanceof TypeError && /fetch|network/i.test(error.message))
    return { text: t.offline(ctx.apiHost), detail: error.message };
  const detail = error instanceof Error ? error.message : detailOf(error);
  return detail === undefined ? { text: t.unexpected } : { text: t.unexpected, detail };
}

/** What a thrown value that is not an Error says of itself; a value that cannot be written as text says nothing. */
function detailOf(value: unknown): string | undefined {
  try {
    return String(value);
  } catch {
    return undefined;
  }
}
