/**
 * The state of one knowledge check on a touchpoint or SOP page: the reader's choices, the graded
 * result, and their progress kept in localStorage (`touchstone:quiz:<owner>`). The grading and
 * the progress record are src/lib/quiz.ts; this file is the browser glue.
 */
import { gradeQuiz, parseProgress, progressKey, recordAttempt, type Answers, type QuestionResult, type QuizProgress, type QuizResult } from '../../lib/quiz.ts';
import type { Strings } from '../../site/ui.ts';

export type QuizStrings = Strings['quiz'];
export type ProgressStrings = Strings['progressWidget'];

/** A text in the page's language, or one that fell back to another language (marked with its lang). */
export type Shown = string | { text: string; lang: string };

export interface QuizOption {
  id: string;
  text: Shown;
  /** Present on the right options (self-study: the answers travel with the page). */
  correct?: true;
}

export interface QuizQuestion {
  id: string;
  prompt: Shown;
  multiple?: true;
  options: QuizOption[];
  explanation: Shown;
}

export interface KnowledgeCheckProps {
  /** Id of the touchpoint or SOP. */
  owner: string;
  kind: 'touchpoint' | 'sop';
  locale: string;
  /** The standard's version, stored with the reader's progress. */
  version: string;
  questions: QuizQuestion[];
  /** handbook.yaml knowledgeCheck.passMark (default 80). */
  passMark: number;
  strings: QuizStrings;
}

/** The reader's stored progress on a check; undefined when none, or when storage is unavailable. */
export function readProgress(owner: string): QuizProgress | undefined {
  try {
    return parseProgress(localStorage.getItem(progressKey(owner)));
  } catch {
    return undefined;
  }
}

/** Stores progress; false when the browser refuses (storage disabled or full). */
export function writeProgress(owner: string, progress: QuizProgress): boolean {
  try {
    localStorage.setItem(progressKey(owner), JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}

export class KnowledgeCheck {
  /** Single-choice answers by question id (bound to the radio groups). */
  single: Record<string, string | undefined> = $state({});
  /** Multiple-choice answers by question id (bound to the checkbox groups). */
  multi: Record<string, string[]> = $state({});
  result: QuizResult | null = $state(null);
  progress: QuizProgress | undefined = $state();
  /** The last save failed (storage disabled). */
  unsaved = $state(false);
  /** Hydrated: the check button works. */
  ready = $state(false);
  #props: () => KnowledgeCheckProps;

  constructor(props: () => KnowledgeCheckProps) {
    this.#props = props;
    for (const q of props().questions) if (q.multiple) this.multi[q.id] = [];
  }

  /** After hydration: read what this reader did before. */
  start(): void {
    this.progress = readProgress(this.#props().owner);
    this.ready = true;
  }

  answers(): Answers {
    const out: Record<string, string | string[] | undefined> = {};
    for (const q of this.#props().questions) out[q.id] = q.multiple ? [...(this.multi[q.id] ?? [])] : this.single[q.id];
    return out;
  }

  /** Grades the current answers and records the attempt. */
  check(): QuizResult {
    const { questions, passMark, owner, version } = this.#props();
    const result = gradeQuiz(questions, this.answers(), passMark);
    const progress = recordAttempt(readProgress(owner) ?? this.progress, result, version, new Date().toISOString());
    this.unsaved = !writeProgress(owner, progress);
    this.progress = progress;
    this.result = result;
    return result;
  }

  /** Clears the answers and the result for another attempt. */
  retry(): void {
    this.result = null;
    for (const q of this.#props().questions) {
      if (q.multiple) this.multi[q.id] = [];
      else this.single[q.id] = undefined;
    }
  }

  /** The stored progress when it is for this version of the standard (best and passed are per version). */
  get current(): QuizProgress | undefined {
    return this.progress?.version === this.#props().version ? this.progress : undefined;
  }

  outcome(id: string): QuestionResult | undefined {
    return this.result?.perQuestion.find((r) => r.id === id);
  }
}
