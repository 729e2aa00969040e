/**
 * Writes /data/source/<path> and /data/touchpoints/<id>.json into a build (src/site/data-files.ts
 * says why here and not as Astro routes). The gate's result is the one the build already has
 * (src/content/gate-cache.ts keeps one per process).
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gateModel, handbookDir } from '../content/gate-cache.ts';
import { DATA_PATHS, publishedSources, touchpointScorecardJson } from '../site/data-files.ts';
import { buildDoneStep } from './build-done-step.ts';

export function writeDataFiles(out: string): number {
  const model = gateModel();
  const from = handbookDir();
  const made = new Set<string>();
  const folder = (file: string) => {
    const d = dirname(file);
    if (!made.has(d)) {
      mkdirSync(d, { recursive: true });
      made.add(d);
    }
    return file;
  };
  let count = 0;
  for (const file of publishedSources(from, model.config)) {
    copyFileSync(join(from, file), folder(join(out, DATA_PATHS.source(file))));
    count++;
  }
  for (const id of model.touchpoints.keys()) {
    writeFileSync(folder(join(out, DATA_PATHS.touchpoint(id))), touchpointScorecardJson(model, id));
    count++;
  }
  return count;
}

export function dataFiles(): AstroIntegration {
  return buildDoneStep('touchstone-data-files', (outDir) => {
    const count = writeDataFiles(outDir);
    return (seconds) => `Wrote ${count} data files in ${seconds} s`;
  });
}
