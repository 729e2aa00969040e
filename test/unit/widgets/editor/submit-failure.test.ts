/**
 * What the submit panel says when signing in or submitting fails (src/widgets/editor/
 * submit-failure.ts): for every error a git host throws, a sentence of the catalog in the reader's
 * language saying what happened and what to do, never the host's English message in its place.
 * The failures come from the real GitHub client against the GitHub-compatible test server: a
 * rejected token, a token without write access, a closed port, a server error.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { githubHost } from '../../../../src/editor/git-host/github.ts';
import {
  AuthError,
  GitHostError,
  StaleFileError,
  type GitHostErrorCode,
} from '../../../../src/editor/git-host/types.ts';
import { SUBMIT_STRINGS } from '../../../../src/i18n/submit.ts';
import { failureMessage, type FailureContext } from '../../../../src/widgets/editor/submit-failure.ts';
import { REPO } from '../../../helpers/fixtures.ts';
import { startGitHubServer, type GitHubServer } from '../../../helpers/github-server.ts';

const LOCALES = ['zh-CN', 'en'] as const;
const CJK = /[\u4e00-\u9fff]/;
const context = (locale: 'zh-CN' | 'en', apiHost = 'api.github.com'): FailureContext => ({
  repository: 'touchstone-example/service-handbook',
  base: 'main',
  apiHost,
  locale,
});

let github: GitHubServer;
beforeAll(async () => {
  github = await startGitHubServer({
    owner: 'touchstone-example',
    repo: 'service-handbook',
    seedDir: join(REPO, 'standards'),
    readOnlyTokens: ['read-only-token'],
  });
});
afterAll(() => github.close());

/** What the real client throws for `call`, against the test server or through `fetch`. */
async function thrown(
  call: (h: ReturnType<typeof githubHost>) => Promise<unknown>,
  opts: Partial<Parameters<typeof githubHost>[0]> = {},
) {
  const h = githubHost({ owner: github.owner, repo: github.repo, token: github.token, apiBase: github.url, ...opts });
  try {
    await call(h);
  } catch (e) {
    return e;
  }
  throw new Error('expected the call to fail');
}

describe('failures from the real client, said in the reader’s language', () => {
  it('a rejected token (401): make a new one', async () => {
    const e = await thrown((h) => h.user(), { token: 'not-a-token' });
    expect(e).toBeInstanceOf(AuthError);
    for (const locale of LOCALES) {
      const shown = failureMessage(e, context(locale), SUBMIT_STRINGS[locale]);
      expect(shown.text).toBe(SUBMIT_STRINGS[locale].tokenRejected);
    }
  });

  it('a token that may read but not write (403): the permissions it needs, on which repository', async () => {
    const e = await thrown((h) => h.createBranch('touchstone/edit-20260101-abc', '0'.repeat(40)), {
      token: 'read-only-token',
    });
    expect(e).toBeInstanceOf(AuthError);
    const zh = failureMessage(e, context('zh-CN'), SUBMIT_STRINGS['zh-CN']);
    expect(zh.text).toBe(SUBMIT_STRINGS['zh-CN'].tokenForbidden('touchstone-example/service-handbook'));
    expect(zh.text).toContain('Read and write');
    expect(zh.detail).toBe((e as Error).message);
  });

  it('no answer at all (a closed port): check the connection, nothing is lost', async () => {
    const closed = createServer();
    await new Promise<void>((ok) => closed.listen(0, '127.0.0.1', ok));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((ok) => closed.close(ok));
    const e = await thrown((h) => h.user(), { apiBase: `http://127.0.0.1:${port}` });
    expect(e).toBeInstanceOf(GitHostError);
    for (const locale of LOCALES) {
      const shown = failureMessage(e, context(locale, `127.0.0.1:${port}`), SUBMIT_STRINGS[locale]);
      expect(shown.text).toBe(SUBMIT_STRINGS[locale].offline(`127.0.0.1:${port}`));
    }
  });

  it('a server error (503): not your change, try again later', async () => {
    const e = await thrown((h) => h.defaultBranchSha('main'), {
      fetch: async () => new Response('{"message":"Service Unavailable"}', { status: 503 }),
    });
    for (const locale of LOCALES) {
      expect(failureMessage(e, context(locale), SUBMIT_STRINGS[locale]).text).toBe(
        SUBMIT_STRINGS[locale].serverError(503),
      );
    }
  });

  it('the rate limit: when to try again', async () => {
    github.setRateLimited(true);
    try {
      const e = await thrown((h) => h.user());
      expect((e as AuthError).rateLimited).toBe(true);
      const shown = failureMessage(e, context('en'), SUBMIT_STRINGS.en);
      expect(shown.text).toMatch(/^GitHub is limiting requests for now\. Try again/);
    } finally {
      github.setRateLimited(false);
    }
  });
});

describe('every error a host may throw', () => {
  const codes: GitHostErrorCode[] = [
    'network',
    'not-found',
    'branch-exists',
    'pull-exists',
    'no-changes',
    'invalid',
    'server',
    'bad-response',
  ];
  const errors = fc.oneof(
    fc
      .record({ code: fc.constantFrom(...codes), status: fc.integer({ min: 0, max: 599 }), message: fc.string() })
      .map(({ code, status, message }) => new GitHostError(`GitHub: ${message}`, code, status)),
    fc
      .record({ status: fc.constantFrom(0, 401, 403, 429), limited: fc.boolean(), message: fc.string() })
      .map(({ status, limited, message }) => new AuthError(`GitHub refused: ${message}`, status, limited)),
    fc.string().map((m) => new StaleFileError(`standards/${m}.yaml`, 409)),
    fc.string().map((m) => new Error(`Boom ${m}`)),
    fc.string().map((m) => new TypeError(`Failed to fetch ${m}`)),
    fc.anything(),
  );

  it('is said in a sentence of the catalog, in Chinese on a zh-CN page, the raw message only as a detail', () => {
    fc.assert(
      fc.property(errors, fc.constantFrom(...LOCALES), (error, locale) => {
        const shown = failureMessage(error, context(locale), SUBMIT_STRINGS[locale]);
        expect(shown.text.length).toBeGreaterThan(20);
        if (locale === 'zh-CN') expect(shown.text).toMatch(CJK);
        else expect(shown.text).not.toMatch(CJK);
        // The thrown message never stands in for the explanation.
        if (error instanceof Error && error.message !== '') expect(shown.text).not.toContain(error.message);
        if (shown.detail !== undefined && error instanceof Error) expect(shown.detail).toBe(error.message);
      }),
      { numRuns: 300 },
    );
  });

  it('says the same thing in both languages: one catalog entry for each error', () => {
    const entryOf = (text: string, locale: 'zh-CN' | 'en') => {
      const t = SUBMIT_STRINGS[locale];
      const candidates: Record<string, string> = {
        tokenMalformed: t.tokenMalformed,
        tokenRejected: t.tokenRejected,
        tokenForbidden: t.tokenForbidden('touchstone-example/service-handbook'),
        rateLimitedSoon: t.rateLimitedSoon,
        offline: t.offline('api.github.com'),
        notFound: t.notFound('touchstone-example/service-handbook', 'main'),
        pullExists: t.pullExists,
        nothingToPull: t.nothingToPull('main'),
        badResponse: t.badResponse,
        unexpected: t.unexpected,
      };
      return Object.entries(candidates).find(([, v]) => v === text)?.[0] ?? (/\d/.test(text) ? 'with a status' : '?');
    };
    fc.assert(
      fc.property(errors, (error) => {
        const zh = failureMessage(error, context('zh-CN'), SUBMIT_STRINGS['zh-CN']).text;
        const en = failureMessage(error, context('en'), SUBMIT_STRINGS.en).text;
        expect(entryOf(zh, 'zh-CN')).toBe(entryOf(en, 'en'));
        expect(entryOf(en, 'en')).not.toBe('?');
      }),
      { numRuns: 200 },
    );
  });
});

describe('a thrown value that cannot be written as text', () => {
  it('is still said in a sentence of the catalog, with no detail', () => {
    for (const locale of LOCALES) {
      for (const thrown of [{ toString: false }, Object.create(null), { [Symbol.toPrimitive]: () => ({}) }]) {
        const shown = failureMessage(thrown, context(locale), SUBMIT_STRINGS[locale]);
        expect(shown.text).toBe(SUBMIT_STRINGS[locale].unexpected);
        expect(shown.detail).toBeUndefined();
      }
    }
  });
});
