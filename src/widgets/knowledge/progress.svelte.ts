/**
 * The reader's progress over every knowledge check, read from localStorage (the records the
 * knowledge-check widget writes, `touchstone:quiz:<owner>`), kept fresh when another tab writes.
 */
import { PROGRESS_PREFIX, progressKey, parseProgress, progressStatus, type ProgressStatus, type QuizProgress } from '../../lib/quiz.ts';
import type { ProgressStrings, Shown } from './knowledge.svelte.ts';

export interface ProgressEntry {
  owner: string;
  kind: 'touchpoint' | 'sop';
  title: Shown;
  /** The page's knowledge check (…/#knowledge-check). */
  href: string;
  /** The standard's current version. */
  version: string;
  questions: number;
}

export interface ProgressGroup {
  kind: 'touchpoint' | 'sop';
  title: string;
  entries: ProgressEntry[];
}

export interface ProgressProps {
  locale: string;
  groups: ProgressGroup[];
  strings: ProgressStrings;
}

export class ProgressBoard {
  /** Progress by owner id, once read. */
  records: Record<string, QuizProgress | undefined> = $state({});
  ready = $state(false);
  /** localStorage could not be read. */
  unavailable = $state(false);
  #props: () => ProgressProps;

  constructor(props: () => ProgressProps) {
    this.#props = props;
  }

  get total(): number {
    return this.#props().groups.reduce((n, g) => n + g.entries.length, 0);
  }

  get passed(): number {
    return this.#props().groups.reduce((n, g) => n + g.entries.filter((e) => this.status(e.owner) === 'passed').length, 0);
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
      for (const g of this.#props().groups) for (const e of g.entries) out[e.owner] = parseProgress(localStorage.getItem(progressKey(e.owner)));
      this.unavailable = false;
    } catch {
      this.unavailable = true;
    }
    this.records = out;
  }
}
