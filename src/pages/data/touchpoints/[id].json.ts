/** A one-section scorecard per touchpoint, for ad-hoc audits that pick touchpoints. */
import type { APIRoute } from 'astro';
import { gateModel } from '../../../content/gate.ts';
import { scorecardFor } from '../../../lib/scoring.ts';

export function getStaticPaths() {
  return [...gateModel().touchpoints.keys()].map((id) => ({ params: { id } }));
}

export const GET: APIRoute = ({ params }) => {
  const card = scorecardFor(gateModel(), { touchpoints: [params.id!] });
  return new Response(JSON.stringify(card), { headers: { 'Content-Type': 'application/json' } });
};
