/**
 * The HTML pages of a built site: what the after-build pass (src/integrations/after-build-pass.ts
 * builtPages) and the search index step (src/search/pagefind.ts) walk. Relative paths with '/',
 * sorted; not Astro's assets (_astro), Pagefind's bundle, the data files (/data/: YAML, MDX and
 * JSON) nor hidden folders (the index step's work folders).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SKIPPED = new Set(['_astro', 'pagefind', 'data']);

export function htmlFiles(dir: string, sub = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(dir, sub)).sort()) {
    if (!sub && (SKIPPED.has(name) || name.startsWith('.'))) continue;
    const rel = sub ? `${sub}/${name}` : name;
    if (statSync(join(dir, rel)).isDirectory()) out.push(...htmlFiles(dir, rel));
    else if (name.endsWith('.html')) out.push(rel);
  }
  return out;
}
