/**
 * The search copy of a page (src/integrations/search-copy.ts): what Pagefind would skip is
 * taken out, what it could still read stays, and a page of a shape the copy does not follow
 * gets none. test/e2e/search-copy.test.ts checks the copies give Pagefind the same index.
 */
import { describe, expect, it } from 'vitest';
import { SEARCH_EXCLUDE, SEARCH_EXCLUDE_RULES, searchCopy, selectorOf } from '../../src/integrations/search-copy.ts';

const HEAD = '<head><meta charset="utf-8"><title>电梯轿厢</title><link rel="stylesheet" href="/a.css"><style>p{}</style><script>x()</script></head>';
const page = (main: string, before = '<header><nav><a href="/">Home</a></nav></header>', after = '<footer>f</footer><script>y()</script>') =>
  `<!DOCTYPE html><html lang="zh-CN">${HEAD}<body>${before}<main id="main" data-pagefind-body>${main}</main>${after}</body></html>`;
const copied = (main: string) => `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>电梯轿厢</title></head><body><main id="main" data-pagefind-body>${main}</main></body></html>`;

describe('searchCopy', () => {
  it('keeps the html tag, the head\'s title and meta, and the body element; drops the page around it', () => {
    expect(searchCopy(page('<h1>标题</h1><p>正文</p>'))).toBe(copied('<h1>标题</h1><p>正文</p>'));
  });

  it('drops scripts and styles, wherever they are in the body', () => {
    expect(searchCopy(page('<p>a</p><script>if (a < b) "</p>"</script><style>.x > p {}</style><p>b</p>'))).toBe(copied('<p>a</p><p>b</p>'));
  });

  it('drops data-pagefind-ignore="all" with everything inside, nested elements of the same tag included', () => {
    const ignored = '<section data-pagefind-ignore="all" id="kc"><section><h2 id="x">测验</h2><span data-pagefind-filter="k:v"></span></section></section>';
    expect(searchCopy(page(`<p>a</p>${ignored}<p>b</p>`))).toBe(copied('<p>a</p><p>b</p>'));
  });

  it('drops a plain data-pagefind-ignore unless something inside carries an id or a Pagefind attribute', () => {
    expect(searchCopy(page('<dl><dd data-pagefind-ignore>1.2.0</dd><dd>x</dd></dl>'))).toBe(copied('<dl><dd>x</dd></dl>'));
    const keeps = '<div data-pagefind-ignore><span data-pagefind-filter="行业:银行"></span>text</div>';
    expect(searchCopy(page(keeps))).toBe(copied(keeps));
    const anchor = '<div data-pagefind-ignore><h3 id="a">t</h3></div>';
    expect(searchCopy(page(anchor))).toBe(copied(anchor));
  });

  it('drops what SEARCH_EXCLUDE names, and only that', () => {
    const main =
      '<dl class="meta-list"><dt>责任部门</dt><dd>客服中心</dd></dl>' +
      '<article class="item"><h4 id="i1">条目</h4><ul class="badges"><li><span class="badge badge--tier">基础标准</span></li></ul>' +
      '<dl><dt>检查方法</dt><dd>观察</dd></dl><p class="item__id">item-1</p></article>' +
      '<dl class="glossary"><dt>术语</dt><dd>释义</dd></dl><span class="badge badge--tier">outside an item</span>';
    expect(searchCopy(page(main))).toBe(
      copied(
        '<dl class="meta-list"><dd>客服中心</dd></dl>' +
          '<article class="item"><h4 id="i1">条目</h4><ul class="badges"><li></li></ul><dl><dd>观察</dd></dl></article>' +
          '<dl class="glossary"><dt>术语</dt><dd>释义</dd></dl><span class="badge badge--tier">outside an item</span>',
      ),
    );
  });

  it('reads attribute values holding ">" and quotes, void and self-closing elements, and comments', () => {
    const island = `<astro-island props="{&quot;t&quot;:[0,&quot;>= 300 lux&quot;]}" ssr><p>a</p></astro-island>`;
    const main = `${island}<img src="/x.png" alt='a > b'><br/><input value=x><!-- <p> --><p>b</p>`;
    expect(searchCopy(page(main))).toBe(copied(main.replace('<!-- <p> -->', '')));
  });

  it('works on a page decoded as latin1: the bytes of the copy are the page\'s', () => {
    const html = page('<p class="x">电梯 \u00a0 照度 ≥ 300 lux</p><dl class="meta-list"><dt>标签</dt><dd>值</dd></dl>');
    const viaLatin1 = searchCopy(Buffer.from(html, 'utf8').toString('latin1'))!;
    expect(Buffer.from(viaLatin1, 'latin1').toString('utf8')).toBe(searchCopy(html));
  });

  it.each([
    ['no body element', '<!DOCTYPE html><html lang="en"><head></head><body><main><p>x</p></main></body></html>'],
    ['a filter before the body', page('<p>x</p>', '<header><span data-pagefind-filter="k:v"></span></header>')],
    ['meta after the body', page('<p>x</p>', '', '<footer data-pagefind-meta="a:b"></footer>')],
    ['an end tag that does not close the open element', page('<section><p>x</section></p>')],
    ['an element left open', page('<div><p>x</p>')],
    ['a raw "<" in text', page('<p>a <3 b</p>')],
    ['an unclosed script', page('<p>x</p><script>never ends')],
  ])('gives no copy for %s (Pagefind reads the page itself)', (_name, html) => {
    expect(searchCopy(html)).toBeUndefined();
  });

  it('the rules are the selectors given to Pagefind for pages without a copy', () => {
    expect(SEARCH_EXCLUDE_RULES.map(selectorOf)).toEqual(SEARCH_EXCLUDE);
    expect(SEARCH_EXCLUDE).toEqual(['.meta-list > dt', '.item dt', '.item__id', '.item .badge--tier']);
  });
});
