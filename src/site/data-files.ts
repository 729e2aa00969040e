/**
 * The per-file data the editor and the audit widget load: the raw standards files
 * (/data/source/<path>) and one scorecard per touchpoint (/data/touchpoints/<id>.json). In
 * `astro dev` the endpoints under src/pages/data serve them on request; a build writes them all in
 * one loop (src/integrations/write-data-files.ts), because an Astro route costs ~0.5 ms and a file
 * ~0.05 ms: on a handbook of 10,000 entities that is 18,000 routes, a tenth of the build.
 */
import { classify } from '../gate/files.ts';
import { listFiles } from '../gate/load-handbook.ts';
import type { HandbookModel } from '../model/model.ts';
import { scorecardFor } from '../scoring/build-scorecard.ts';
import type { HandbookConfig } from '../schema/types.generated.ts';

/**
 * The files the editor may load, relative to the handbook folder: every file the gate reads as a
 * standard (known folder, kind and extension), but audit records only when handbook.yaml sets
 * `site.publishAudits`. Records name auditors and hold their notes; the editor never loads them,
 * and a public site would show them to anyone.
 */
export function publishedSources(handbookDir: string, config: Pick<HandbookConfig, 'site'>): string[] {
  const audits = config.site?.publishAudits === true;
  return listFiles(handbookDir).filter((file) => {
    const c = classify(file);
    if (c === 'ignored' || c === 'unknown') return false;
    return c.kind !== 'audit' || audits;
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
