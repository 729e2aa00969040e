/** The scorecard of each checklist as JSON, for the audit widget (and its offline cache). */
import type { APIRoute } from 'astro';
import { gateModel } from '../../../content/gate-cache.ts';
import { scorecardFor } from '../../../scoring/build-scorecard.ts';

export function getStaticPaths() {
  const model = gateModel();
  return [...model.checklists.keys()].map((id) => ({ params: { id } }));
}

export const GET: APIRoute = ({ params }) => {
  const card = scorecardFor(gateModel(), { checklist: params.id! });
  return new Response(JSON.stringify(card), { headers: { 'Content-Type': 'application/json' } });
};
