/**
 * The per-file data the editor and the audit widget load: the raw standards files
 * (/data/source/<path>) and one scorecard per touchpoint (/data/touchpoints/<id>.json). In
 * `astro dev` the endpoints under src/pages/data serve them on request; a build writes them all in
 * one loop (src/integrations/data-files.ts), because an Astro route costs ~0.5 ms and a file
 * ~0.05 ms: on a handbook of 10,000 entities that is 18,000 routes, a tenth of the build.
 */
import { classify } from '../lib/files.ts';
import { listFiles } from '../lib/handbook.ts';
import type { HandbookModel } from '../lib/model.ts';
import { scorecardFor } from '../lib/scoring.ts';

/** The files the gate reads as standards (known folder, kind and extension), relative to the handbook folder. */
export function publishedSources(handbookDir: string): string[] {
  return listFiles(handbookDir).filter((file) => {
    const c = classify(file);
    return c !== 'ignored' && c !== 'unknown';
  });
}

/** /data/touchpoints/<id>.json: a one-section scorecard, for ad-hoc audits that pick touchpoints. */
export function touchpointScorecardJson(model: HandbookModel, id: string): string {
  return JSON.stringify(scorecardFor(model, { touchpoints: [id] }));
}

/** Where a build writes them, relative to the output folder. */
export const DATA_PATHS = {
  source: (file: string) => `data/source/${file}`,
  touchpoint: (id: string) => `data/touchpoints/${id}.json`,
};
