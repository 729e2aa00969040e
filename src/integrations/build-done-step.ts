/**
 * The frame of an integration that works on the built site once `astro build` is done: it runs
 * the step over Astro's output folder and logs the step's account with the seconds it took.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** Seconds since `started` (a performance.now()), as the build's log lines give them. */
export function secondsSince(started: number): string {
  return ((performance.now() - started) / 1000).toFixed(2);
}

/**
 * An integration named `name` whose `step` runs on the output folder after the build; the step
 * returns its account, a line for the log given the seconds it took.
 */
export function buildDoneStep(name: string, step: (outDir: string) => (seconds: string) => string): AstroIntegration {
  return {
    name,
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const account = step(fileURLToPath(dir));
        logger.info(account(secondsSince(started)));
      },
    },
  };
}
