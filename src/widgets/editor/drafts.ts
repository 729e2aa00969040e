/** Editor drafts in IndexedDB, one per file, saved on every change (the latest write wins). */
import { openDB, type IDBPDatabase } from 'idb';
import type { Draft } from './editor.svelte.ts';

let db: Promise<IDBPDatabase> | undefined;
function open() {
  db ??= openDB('touchstone-editor', 1, {
    upgrade(d) {
      d.createObjectStore('drafts', { keyPath: 'file' });
    },
  });
  return db;
}

let queue: Promise<unknown> = Promise.resolve();
let pending: Draft | undefined;

/** Saves a draft; calls in quick succession collapse into the last one, none is lost. */
export function saveDraft(draft: Draft): Promise<void> {
  pending = { ...draft };
  const run = queue.then(async () => {
    const next = pending;
    pending = undefined;
    if (next) await (await open()).put('drafts', next);
  });
  queue = run.catch(() => {});
  return run;
}

export async function getDraft(file: string): Promise<Draft | undefined> {
  await queue;
  return (await (await open()).get('drafts', file)) as Draft | undefined;
}

export async function deleteDraft(file: string): Promise<void> {
  await queue;
  await (await open()).delete('drafts', file);
}
