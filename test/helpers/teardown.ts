import { rmSync } from 'node:fs';

/** Anything a test file opens and closes: a browser, a served site, the GitHub stand-in. */
export interface Closable {
  close(): Promise<void>;
}

/**
 * What a test file's afterAll does: closes what it opened, in the order given (a browser before
 * the servers its pages talk to), skipping what beforeAll did not get to open, then removes its
 * work folder.
 */
export async function closeAndRemove(work: string, ...opened: (Closable | undefined)[]): Promise<void> {
  for (const thing of opened) await thing?.close();
  rmSync(work, { recursive: true, force: true });
}
