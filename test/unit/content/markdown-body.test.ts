/**
 * Which case and guide bodies the content layer renders as Markdown (src/content/markdown-body.ts):
 * only those Markdown and MDX read the same, with the three embeds as placeholders. Everything
 * else must be left to MDX. test/e2e/mdx-bodies.test.ts checks that both paths build the same page.
 */
import { describe, expect, it } from 'vitest';
import { EMBED_PLACEHOLDER, plainMarkdown } from '../../../src/content/markdown-body.ts';

describe('plainMarkdown', () => {
  it('keeps Markdown as it is: headings, lists, emphasis, links, tables, quotes, ampersands', () => {
    const body =
      '## 背景\n\n- 一\n- **二** and _three_\n\n[link](https://example.com) & “quoted” — it’s\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> 引用\n';
    expect(plainMarkdown(body)).toBe(body);
  });

  it('turns an embed alone between blank lines into a placeholder', () => {
    const out = plainMarkdown(
      'Text.\n\n<Touchpoint id="tp-gate" />\n\n<SopTimeline id="sop-reply"/>\n\n<Sop id="sop-reply" />\n',
    );
    expect(out).toBe(
      'Text.\n\n<!--touchstone-embed:Touchpoint:tp-gate-->\n\n<!--touchstone-embed:SopTimeline:sop-reply-->\n\n<!--touchstone-embed:Sop:sop-reply-->\n',
    );
    expect([...out!.matchAll(EMBED_PLACEHOLDER)].map((m) => [m[1], m[2]])).toEqual([
      ['Touchpoint', 'tp-gate'],
      ['SopTimeline', 'sop-reply'],
      ['Sop', 'sop-reply'],
    ]);
  });

  it.each([
    ['an expression', 'Total: {1 + 1}'],
    ['an MDX comment', 'Text.\n\n{/* note */}'],
    ['an import', "import X from './x.js'\n\nText."],
    ['an export', 'export const a = 1\n\nText.'],
    ['HTML', 'A <b>bold</b> word.'],
    ['an autolink', 'See <https://example.com>.'],
    ['a less-than sign', 'Wait < 15 min.'],
    ['indented code', 'Text.\n\n    code'],
    ['a tab-indented line', 'Text.\n\n\tcode'],
    ['fenced code', 'Text.\n\n```\nx\n```'],
    ['another component', '<Case id="case-gate" />'],
    ['an embed with more attributes', '<Touchpoint id="tp-gate" open />'],
    ['an embed inside a paragraph', 'Text.\n<Touchpoint id="tp-gate" />\n\nMore.'],
    ['an embed with a paragraph right after', 'Text.\n\n<Touchpoint id="tp-gate" />\nMore.'],
    ['Windows line ends around an embed', 'Text.\r\n\r\n<Touchpoint id="tp-gate" />\r\n'],
  ])('leaves a body with %s to MDX', (_, body) => {
    expect(plainMarkdown(body)).toBeUndefined();
  });
});
