/**
 * The one decision "may the editor send a token to this API address?", made the same way by the
 * gate (rules.ts, on handbook.yaml's `repository.api`) and by the editor (github.ts, before any
 * request), so that an address the gate accepts is one the editor uses, and the other way round.
 *
 * The address is read with the WHATWG URL parser, the one the browser's fetch uses, so what is
 * checked is what would be requested (`https://api.github.com@evil.example` is the host
 * evil.example with a user name, not GitHub). An API base is:
 *   - https, or http to a loopback host (localhost, 127.0.0.0/8, [::1]: the reader's own
 *     machine — tests and local mirrors; the gate warns about it, see repository-api-loopback);
 *   - without user name or password (a token must not travel beside other credentials, and it is
 *     how a look-alike host is written);
 *   - without query or fragment (paths are appended to it);
 *   - written without spaces or control characters (the parser would drop some silently).
 *
 * Where the address comes from matters as much: the editor takes it only from the build (the
 * handbook's index, made from handbook.yaml, which is reviewed like any standard), never from
 * storage or anything a page can write.
 *
 * Browser-safe: no node:* imports.
 */

/** Why an address is not an API base (the gate's message says it in words; see messages.ts). */
export type ApiBaseProblem =
  'not-a-url' | 'whitespace' | 'scheme' | 'http-not-loopback' | 'userinfo' | 'query-or-fragment';

export type ApiBaseVerdict = { ok: true; url: URL; loopback: boolean } | { ok: false; problem: ApiBaseProblem };

/** Spaces and control characters: the URL parser strips some of them instead of refusing. */
const SPACE_OR_CONTROL = /[\u0000-\u0020\u007f-\u009f]/;

/** An IPv4 address in 127.0.0.0/8, as the URL parser writes it (dotted decimal, whatever the input spelling). */
const IPV4_LOOPBACK = /^127\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}$/;

export function checkApiBase(text: string): ApiBaseVerdict {
  if (SPACE_OR_CONTROL.test(text)) return { ok: false, problem: 'whitespace' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: 'not-a-url' };
  }
  const loopback = isLoopbackHost(url.hostname);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'scheme' };
  if (url.protocol === 'http:' && !loopback) return { ok: false, problem: 'http-not-loopback' };
  if (url.username !== '' || url.password !== '') return { ok: false, problem: 'userinfo' };
  // `search` and `hash` are '' for a bare '?' or '#' too; the serialized URL keeps them.
  if (url.href.includes('?') || url.href.includes('#')) return { ok: false, problem: 'query-or-fragment' };
  return { ok: true, url, loopback };
}

/** Whether a URL's hostname (as the URL parser serializes it) names this machine. */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || IPV4_LOOPBACK.test(hostname);
}

/**
 * A link from the API's answer that the editor may show: an http(s) address, as serialized by the
 * URL parser; undefined for anything else (`javascript:`, `data:`, not a URL), which the editor
 * then shows as text. The host is GitHub's to choose (pull requests live on its web origin, not
 * the API's), so only the scheme is checked.
 */
export function webLink(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
