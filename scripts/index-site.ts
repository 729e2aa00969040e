/**
 * `node scripts/index-site.ts [--site dist]`: the search index of a built site (Pagefind, one
 * language at a time; src/search/pagefind.ts). The second step of `npm run build`, in a
 * process of its own so that Astro's memory is gone before Pagefind's is needed.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { indexSite } from '../src/search/pagefind.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
try {
  await indexSite(resolve(values.site!), (m) => console.log(m));
} catch (e) {
  console.error(`Search index failed / 搜索索引失败: ${(e as Error).message}`);
  process.exit(1);
}
