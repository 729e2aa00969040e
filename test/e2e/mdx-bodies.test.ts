/**
 * A case body in plain Markdown is rendered by the content layer (src/content/markdown-body.ts)
 * rather than compiled by MDX, and its embeds are filled in by the page. The page must be the same
 * either way: here one body is built as it is (the Markdown path) and again with an MDX comment
 * in its last paragraph, which renders nothing but sends the file through MDX; the two case pages
 * must match byte for byte.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainMarkdown } from '../../src/content/markdown-body.ts';
import { tempHandbook } from '../helpers/fixtures.ts';
import { buildSite } from './harness.ts';

const BODY = `
## 背景描述

大门岗位在**早高峰**要同时处理访客、快递与车辆；见 [大门触点](/zh-cn/touchpoints/tp-gate/) 与“高峰预案”。

- 访客登记 & 核验
- 快递 _暂存_ 与通知
  - 超过 2 小时未取的，电话提醒

<Touchpoint id="tp-gate" />

## 处置过程

| 时段 | 人数 |
|---|---|
| 7:30–9:00 | 3 |

> 先疏导，后登记。

<SopTimeline id="sop-reply" />

## 经验总结

1. 预案写清分工。
2. It's the "first contact" that counts --- not the last.

## 法规依据

《物业管理条例》。
`;

function casePage(dir: string, locale: string): string {
  const html = readFileSync(join(dir, locale, 'cases', 'case-gate', 'index.html'), 'utf8');
  // Script and style URLs carry content hashes that differ between builds.
  return html.replace(/\/_astro\/[\w.-]+\.(js|css)/g, '/_astro/X');
}

describe('case bodies: the Markdown path and the MDX path build the same page', () => {
  const handbook = tempHandbook();
  // A cache of its own: the second build must not find the first build's entries by chance.
  const cacheDir = mkdtempSync(join(tmpdir(), 'touchstone-mdx-cache-'));
  const file = join(handbook.dir, 'cases', 'case-gate.mdx');
  const head = readFileSync(file, 'utf8').split(/^---$/m).slice(0, 2).join('---') + '---\n';
  let markdown: string;
  let mdx: string;

  beforeAll(async () => {
    writeFileSync(file, head + BODY);
    expect(plainMarkdown(BODY)).toBeDefined();
    markdown = (await buildSite({ handbook: handbook.dir, cacheDir })).dir;
    const forced = BODY.replace(
      '《物业管理条例》。',
      '《物业管理条例》。{/* an MDX comment: renders nothing, but only MDX reads it */}',
    );
    expect(plainMarkdown(forced)).toBeUndefined();
    writeFileSync(file, head + forced);
    mdx = (await buildSite({ handbook: handbook.dir, cacheDir })).dir;
  }, 300_000);

  afterAll(() => {
    handbook.cleanup();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('zh-cn (the body above): the same HTML, embeds included', () => {
    const page = casePage(markdown, 'zh-cn');
    expect(page).toContain('<ul class="cards"><li class="card" data-touchpoint="tp-gate">');
    expect(page).toContain('<aside class="card">');
    expect(page).toContain('<table>');
    expect(page).toBe(casePage(mdx, 'zh-cn'));
  });

  it('en (the fixture’s English translation): the same HTML', () => {
    expect(casePage(markdown, 'en')).toBe(casePage(mdx, 'en'));
  });
});
