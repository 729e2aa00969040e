/**
 * Audits in progress and their photos, kept in the browser's IndexedDB (through `idb`, ~1 KB):
 *
 *   database "touchstone-audit", version 1
 *     audits  key id   { id, created, updated, record }   index "updated"
 *             record is the exportable audit record (schemas/audit.schema.json): scorecard ref
 *             (checklist + checklistVersion, or touchpoints), header (site, auditor, date, kind),
 *             versions and fingerprints pinned at the start (handbookVersion, standards,
 *             fingerprints), responses
 *     photos  key ref  { ref, auditId, touchpoint, item, blob, type, size, created }   index "auditId"
 *
 * Writes go one after another in call order (saves, deletes, photos), so a save called on every
 * keystroke never lands out of order; saves of one audit that are still waiting are merged into
 * the latest. Reads wait for the writes called before them. Every function rejects when
 * IndexedDB is not available (some private modes) or the disk is full.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { AuditRecord } from '../../schema/types.generated.ts';

/** One audit in progress. `record` is what is exported. */
export interface StoredAudit {
  id: string;
  /** ISO timestamps. */
  created: string;
  updated: string;
  record: AuditRecord;
}

/** One photo, linked to an audit and an item; `ref` is what the response's `evidence` lists. */
export interface StoredPhoto {
  ref: string;
  auditId: string;
  touchpoint: string;
  item: string;
  blob: Blob;
  /** MIME type of the blob. */
  type: string;
  /** Bytes. */
  size: number;
  created: string;
}

interface AuditDB extends DBSchema {
  audits: { key: string; value: StoredAudit; indexes: { updated: string } };
  photos: { key: string; value: StoredPhoto; indexes: { auditId: string } };
}

export const DB_NAME = 'touchstone-audit';
export const DB_VERSION = 1;

let opening: Promise<IDBPDatabase<AuditDB>> | undefined;

function db(): Promise<IDBPDatabase<AuditDB>> {
  opening ??= openDB<AuditDB>(DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        database.createObjectStore('audits', { keyPath: 'id' }).createIndex('updated', 'updated');
        database.createObjectStore('photos', { keyPath: 'ref' }).createIndex('auditId', 'auditId');
      }
    },
    // A newer version opened in another tab: let it upgrade; the next call here reopens.
    blocking() {
      void opening?.then((d) => d.close());
      opening = undefined;
    },
    terminated() {
      opening = undefined;
    },
  }).catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs `task` after every write queued before it, whether those succeeded or not. */
function enqueue<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Resolves once every write called so far has been committed (or has failed). */
export function flush(): Promise<void> {
  return queue.then(() => undefined);
}

/** A plain copy, taken when the call is made: what the caller passed is what gets written, even if it changes later. */
function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

const waiting = new Map<string, { audit: StoredAudit; done: Promise<void> }>();

/**
 * Saves an audit (insert or replace). Call it on every change: calls are written in order, and
 * a save of an audit that is still waiting for its turn replaces the waiting copy, so the last
 * call wins and no call is lost. Resolves when the audit (or a later copy of it) is committed.
 */
export function saveAudit(audit: StoredAudit): Promise<void> {
  let snapshot: StoredAudit;
  try {
    snapshot = copy(audit);
  } catch (error) {
    return Promise.reject(error);
  }
  const pending = waiting.get(snapshot.id);
  if (pending) {
    pending.audit = snapshot;
    return pending.done;
  }
  const entry = { audit: snapshot, done: Promise.resolve() };
  waiting.set(snapshot.id, entry);
  entry.done = enqueue(async () => {
    // From here on, a new save of this audit queues a new write.
    if (waiting.get(snapshot.id) === entry) waiting.delete(snapshot.id);
    await (await db()).put('audits', entry.audit);
  });
  return entry.done;
}

/** Every audit in progress, most recently updated first. */
export async function listAudits(): Promise<StoredAudit[]> {
  await flush();
  const audits = await (await db()).getAll('audits');
  return audits.sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0));
}

export async function getAudit(id: string): Promise<StoredAudit | undefined> {
  await flush();
  return (await db()).get('audits', id);
}

/** Deletes an audit and its photos, in one transaction. */
export function deleteAudit(id: string): Promise<void> {
  // A save called after this one must not be merged into a write that runs before it.
  waiting.delete(id);
  return enqueue(async () => {
    const tx = (await db()).transaction(['audits', 'photos'], 'readwrite');
    const photos = tx.objectStore('photos');
    const refs = await photos.index('auditId').getAllKeys(id);
    await Promise.all([tx.objectStore('audits').delete(id), ...refs.map((ref) => photos.delete(ref)), tx.done]);
  });
}

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/avif': 'avif',
};

function randomPart(): string {
  const words = crypto.getRandomValues(new Uint32Array(2));
  return `${Date.now().toString(36)}${words[0]!.toString(36)}${words[1]!.toString(36)}`;
}

/**
 * Stores a photo of an item (downscale it first: photos.ts) and returns its ref, a file-like
 * name (`<touchpoint>.<item>.<unique>.jpg`) to put in the response's `evidence`.
 */
export function putPhoto(auditId: string, touchpoint: string, item: string, blob: Blob): Promise<string> {
  const type = blob.type || 'application/octet-stream';
  const ref = `${touchpoint}.${item}.${randomPart()}.${EXTENSIONS[type] ?? 'bin'}`;
  const photo: StoredPhoto = {
    ref,
    auditId,
    touchpoint,
    item,
    blob,
    type,
    size: blob.size,
    created: new Date().toISOString(),
  };
  return enqueue(async () => {
    await (await db()).put('photos', photo);
    return ref;
  });
}

/** The photo's image, or undefined when there is no such photo. */
export async function getPhoto(ref: string): Promise<Blob | undefined> {
  await flush();
  return (await (await db()).get('photos', ref))?.blob;
}

/** Every photo of an audit (with its blob), oldest first. */
export async function photosOf(auditId: string): Promise<StoredPhoto[]> {
  await flush();
  const photos = await (await db()).getAllFromIndex('photos', 'auditId', auditId);
  return photos.sort((a, b) => (a.created < b.created ? -1 : a.created > b.created ? 1 : 0));
}

/** Deletes one photo (removing its ref from the response's evidence is the caller's part). */
export function deletePhoto(ref: string): Promise<void> {
  return enqueue(async () => {
    await (await db()).delete('photos', ref);
  });
}

/**
 * Asks the browser to keep this site's storage under storage pressure (it may still say no).
 * Worth calling once an audit starts: photos of a day's audits can be tens of megabytes.
 */
export async function requestPersistence(): Promise<boolean> {
  try {
    return (await navigator.storage?.persisted?.()) || ((await navigator.storage?.persist?.()) ?? false);
  } catch {
    return false;
  }
}
