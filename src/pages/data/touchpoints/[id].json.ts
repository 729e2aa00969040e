/** A one-section scorecard per touchpoint, for ad-hoc audits that pick touchpoints. */
import type { APIRoute } from 'astro';
import { gateModel } from '../../../content/gate-cache.ts';
import { touchpointScorecardJson } from '../../../site/data-files.ts';

export function getStaticPaths() {
  // A build writes these files itself (src/integrations/write-data-files.ts); `astro dev` serves them here.
  if (!import.meta.env.DEV) return [];
  return [...gateModel().touchpoints.keys()].map((id) => ({ params: { id } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(touchpointScorecardJson(gateModel(), params.id!), { headers: { 'Content-Type': 'application/json' } });
