/**
 * The editor's index of the handbook (src/gate/handbook-index.ts): the handbook's configuration
 * and every entity's id, kind, file, title and what the cross-file rules read of it, so that the
 * editor checks one file in the browser as `touchstone check` checks it.
 */
import type { APIRoute } from 'astro';
import { gateModel } from '../../content/gate-cache.ts';
import { handbookIndex } from '../../gate/handbook-index.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(handbookIndex(gateModel())), { headers: { 'Content-Type': 'application/json' } });
