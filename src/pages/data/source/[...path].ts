/**
 * The raw text of every standards file, at /data/source/<path relative to the handbook folder>
 * (touchpoints/pm-lobby.yaml, cases/case-x.en.mdx …): the editor loads a file from here, edits
 * it and checks it in the browser. The bytes are served as they are in the folder. Audit records
 * only with `site.publishAudits` (src/site/data-files.ts publishedSources).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { gateModel, handbookDir } from '../../../content/gate-cache.ts';
import { publishedSources } from '../../../site/data-files.ts';

export function getStaticPaths() {
  // A build writes these files itself (src/integrations/write-data-files.ts); `astro dev` serves them here.
  if (!import.meta.env.DEV) return [];
  const model = gateModel(); // only a handbook that passes the gate is published
  return publishedSources(handbookDir(), model.config).map((path) => ({ params: { path } }));
}

const TYPES: Record<string, string> = {
  yaml: 'text/yaml',
  yml: 'text/yaml',
  mdx: 'text/markdown',
  md: 'text/markdown',
  json: 'application/json',
};

export const GET: APIRoute = ({ params }) => {
  const path = params.path!;
  const ext = path.slice(path.lastIndexOf('.') + 1);
  return new Response(readFileSync(join(handbookDir(), path)), {
    headers: { 'Content-Type': `${TYPES[ext] ?? 'text/plain'}; charset=utf-8` },
  });
};
