/**
 * Every internal href/src of every HTML file resolves to a file of the built site (and its
 * #fragment to an id in the target page); external links exist only towards the configured
 * repository's host ("edit this standard"), and are reported separately.
 */
import { describe, expect, test } from 'vitest';
import {
  assertNone,
  checkLink,
  handbook,
  htmlFiles,
  linksOf,
  pageGroups,
  requireFiles,
  site,
  siteDirOrUndefined,
  type Link,
} from './site.ts';

/** Hosts external links may point at: the repository's ("edit this standard"). */
function allowedHosts(): string[] {
  const repo = handbook().config.repository;
  if (!repo) return [];
  const host = (repo as { host?: string }).host ?? 'github';
  return host === 'github' ? ['github.com'] : [];
}

test('the site was built', () => {
  expect(site().dir).toBeTruthy();
});

describe('internal links resolve', () => {
  test.for(pageGroups(siteDirOrUndefined()))('$name', (group) => {
    const { dir } = site();
    const problems: string[] = [];
    const external: Link[] = [];
    for (const file of requireFiles(group)) {
      for (const link of linksOf(dir, file)) {
        const problem = checkLink(dir, link, external);
        if (problem) problems.push(problem);
      }
    }
    assertNone(problems, `broken links in ${group.files.length} file(s)`);
  });
});

test(`external links go only to the repository host (${allowedHosts().join(', ') || 'none configured'})`, () => {
  const { dir } = site();
  const external: Link[] = [];
  for (const file of htmlFiles(dir)) for (const link of linksOf(dir, file)) checkLink(dir, link, external);
  const allowed = allowedHosts();
  const byHost = new Map<string, Link[]>();
  for (const link of external) {
    const host = new URL(link.value).hostname;
    byHost.set(host, [...(byHost.get(host) ?? []), link]);
  }
  const repo = handbook().config.repository;
  const lines = [...byHost].map(([host, links]) => {
    const distinct = [...new Set(links.map((l) => l.value))];
    const outside = repo ? distinct.filter((u) => !new URL(u).pathname.startsWith(`/${repo.owner}/${repo.name}/`)) : [];
    const note =
      allowed.includes(host) && outside.length > 0
        ? `  (${outside.length} not under /${repo!.owner}/${repo!.name}/: ${outside.slice(0, 3).join(' ')})`
        : '';
    return `  ${allowed.includes(host) ? 'allowed' : 'FORBIDDEN'}  ${host}: ${links.length} link(s) in ${new Set(links.map((l) => l.file)).size} page(s), ${distinct.length} distinct, e.g. ${distinct[0]}${note}`;
  });
  console.log(`External links (${external.length}):\n${lines.join('\n') || '  none'}`);
  const forbidden = external.filter((l) => !allowed.includes(new URL(l.value).hostname));
  assertNone(
    forbidden.map((l) => `${l.file}:${l.line}  <${l.tag} ${l.attr}="${l.value}">`),
    `external links to hosts other than ${allowed.join(', ') || '(none allowed)'}`,
  );
});
