/**
 * What the audit widget can score: every checklist and every touchpoint, with their titles. The
 * audit page loads it, and caches it with the scorecards for offline use.
 */
import type { APIRoute } from 'astro';
import { gateModel } from '../../content/gate-cache.ts';

export const GET: APIRoute = () => {
  const model = gateModel();
  const index = {
    handbookVersion: model.config.version,
    defaultLocale: model.config.defaultLocale,
    checklists: [...model.checklists.values()].map(({ id, data }) => ({
      id,
      title: data.title,
      purpose: data.purpose,
      version: data.version,
    })),
    touchpoints: [...model.touchpoints.values()].map(({ id, data }) => ({
      id,
      code: data.code,
      title: data.title,
      industry: data.industry,
      version: data.version,
    })),
  };
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
