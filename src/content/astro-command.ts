/**
 * Which Astro command runs in this process, as Astro tells the first integration
 * (astro.config.mjs registers gateMode() first): the gate's cache (gate-cache.ts) and the pages
 * written from strings (src/site/written-pages/writer.ts) work differently in `astro build`.
 */
import type { AstroIntegration } from 'astro';

/**
 * Astro's command ('dev', 'build', 'preview', 'sync'), set by gateMode() when Astro starts. On
 * globalThis, as the gate's cache is: a build evaluates these modules more than once.
 */
const COMMAND_KEY = Symbol.for('touchstone.gate.command');
const commandStore = globalThis as unknown as { [COMMAND_KEY]?: string };

/**
 * Tells the gate which Astro command runs (astro.config.mjs registers it first). `astro dev`
 * re-checks the folder on every call (it lists and stats every file, so that a save shows on the
 * next request). `astro build` reads a folder that does not change while it runs, so it gates once
 * per process: every page, endpoint and getStaticPaths after the first gets the same result in
 * O(1) (recomputing the signature per call made the data endpoints O(n²)).
 */
export function gateMode(): AstroIntegration {
  return {
    name: 'touchstone-gate-mode',
    hooks: {
      'astro:config:setup': ({ command }) => {
        commandStore[COMMAND_KEY] = command;
      },
    },
  };
}

/** Whether `astro build` runs in this process. */
export function building(): boolean {
  return commandStore[COMMAND_KEY] === 'build';
}
