/**
 * The reader's progress over every knowledge check, read from localStorage (the records the
 * knowledge-check widget writes, `touchstone:quiz:<owner>`), kept fresh when another tab writes.
 */
import {
  PROGRESS_PREFIX,
  progressKey,
  parseProgress,
  progressStatus,
  type ProgressStatus,
  type QuizProgress,
} from '../../scoring/quiz.ts';
import type { PlainOrShown } from '../../i18n/locale.ts';
import { pack, unpack, type PackedText, type ProgressStrings } from './knowledge.svelte.ts';

export interface ProgressEntry {
  owner: string;
  title: PlainOrShown;
  /** The standard's current version. */
  version: string;
  questions: number;
}

export interface ProgressGroup {
  kind: 'touchpoint' | 'sop';
  title: string;
  /** The section's URL: an entry's knowledge check is at `${base}${owner}/#knowledge-check`. */
  base: string;
  entries: ProgressEntry[];
}

export interface ProgressProps {
  locale: string;
  /** The groups, encodeGroups(), when the page carries them … */
  g?: string;
  /** … or the URL of a file holding them (a long list: src/site/progress.ts). */
  src?: string;
  /** At most this many checks not yet taken are shown per group at first, and per "show more". */
  limit: number;
  strings: ProgressStrings;
}

/** [kind, title, base, [[owner, title, version, questions], …]] */
type PackedGroup = [ProgressGroup['kind'], string, string, [string, PackedText, string, number][]];

/**
 * The groups as one JSON string of arrays, for the island's props. Astro writes props as an
 * attribute of tagged values, ~420 bytes per entry; a handbook of 10,000 entities made the
 * progress page 4.6 MB. Packed, an entry is its id, title, version and count (~60 bytes).
 */
export function encodeGroups(groups: readonly ProgressGroup[]): string {
  const packed: PackedGroup[] = groups.map((g) => [
    g.kind,
    g.title,
    g.base,
    g.entries.map((e) => [e.owner, pack(e.title), e.version, e.questions]),
  ]);
  return JSON.stringify(packed);
}

export function decodeGroups(encoded: string): ProgressGroup[] {
  return (JSON.parse(encoded) as PackedGroup[]).map(([kind, title, base, entries]) => ({
    kind,
    title,
    base,
    entries: entries.map(([owner, t, version, questions]) => ({ owner, title: unpack(t), version, questions })),
  }));
}

/**
 * What a group shows: every check the reader has taken, and the first `limit` of those not yet
 * taken, in the group's order; `hidden` is how many not yet taken are left out.
 */
export function visibleEntries(
  entries: readonly ProgressEntry[],
  status: (owner: string) => ProgressStatus,
  limit: number,
): { shown: ProgressEntry[]; hidden: number } {
  const shown: ProgressEntry[] = [];
  let fresh = 0;
  for (const e of entries) {
    if (status(e.owner) !== 'not-yet') shown.push(e);
    else if (fresh++ < limit) shown.push(e);
  }
  return { shown, hidden: Math.max(0, fresh - limit) };
}

/** Where an entry's knowledge check is. */
export function entryHref(group: ProgressGroup, owner: string): string {
  return `${group.base}${owner}/#knowledge-check`;
}

export class ProgressBoard {
  /** Progress by owner id, once read. */
  records: Record<string, QuizProgress | undefined> = $state({});
  ready = $state(false);
  /** localStorage could not be read. */
  unavailable = $state(false);
  #groups: () => ProgressGroup[];

  constructor(groups: () => ProgressGroup[]) {
    this.#groups = groups;
  }

  get total(): number {
    return this.#groups().reduce((n, g) => n + g.entries.length, 0);
  }

  get passed(): number {
    return this.#groups().reduce((n, g) => n + g.entries.filter((e) => this.status(e.owner) === 'passed').length, 0);
  }

  status(owner: string): ProgressStatus {
    return progressStatus(this.records[owner]);
  }

  /** Reads every record; returns a function that stops listening to other tabs. */
  start(): () => void {
    this.read();
    this.ready = true;
    const onstorage = (event: StorageEvent) => {
      if (event.key === null || event.key.startsWith(PROGRESS_PREFIX)) this.read();
    };
    addEventListener('storage', onstorage);
    return () => removeEventListener('storage', onstorage);
  }

  read(): void {
    const out: Record<string, QuizProgress | undefined> = {};
    try {
      for (const g of this.#groups())
        for (const e of g.entries) out[e.owner] = parseProgress(localStorage.getItem(progressKey(e.owner)));
      this.unavailable = false;
    } catch {
      this.unavailable = true;
    }
    this.records = out;
  }
}
