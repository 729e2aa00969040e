/**
 * The state of one knowledge check on a touchpoint or SOP page: the reader's choices, the graded
 * result, and their progress kept in localStorage (`touchstone:quiz:<owner>`). The grading and
 * the progress record are src/scoring/quiz.ts; this file is the browser glue.
 */
import {
  fill,
  gradeQuiz,
  parseProgress,
  percent,
  progressKey,
  recordAttempt,
  type Answers,
  type QuestionResult,
  type QuizProgress,
  type QuizResult,
} from '../../scoring/quiz.ts';
import type { Strings } from '../../i18n/site.ts';
import { QUIZ_STRINGS, type QuizStrings } from '../../i18n/knowledge.ts';
import type { PlainOrShown } from '../../i18n/locale.ts';

export type { QuizStrings };
export type ProgressStrings = Strings['progressWidget'];

export interface QuizOption {
  id: string;
  text: PlainOrShown;
  /** Present on the right options (self-study: the answers travel with the page). */
  correct?: true;
}

export interface QuizQuestion {
  id: string;
  prompt: PlainOrShown;
  multiple?: true;
  options: QuizOption[];
  explanation: PlainOrShown;
}

/**
 * The island's props. Astro writes island props into the page as an HTML attribute, every value
 * wrapped as [type, value] and every quote as &quot;: the questions travel as one compact string
 * (encodeQuestions) and the UI strings not at all (the widget imports them, src/i18n/knowledge.ts), which
 * keeps a touchpoint page's knowledge check to a few hundred bytes of props.
 */
export interface KnowledgeCheckProps {
  /** Id of the touchpoint or SOP. */
  owner: string;
  kind: 'touchpoint' | 'sop';
  locale: string;
  /** The standard's version, stored with the reader's progress. */
  version: string;
  /** The questions, encodeQuestions(). */
  q: string;
  /** handbook.yaml knowledgeCheck.passMark (default 80). */
  passMark: number;
}

/** What the widget works with: the props with the questions decoded and the strings of the locale. */
export interface KnowledgeCheckView extends Omit<KnowledgeCheckProps, 'q'> {
  questions: QuizQuestion[];
  strings: QuizStrings;
}

/** A PlainOrShown as compact JSON: the text, or [text, lang] for a fallback. */
export type PackedText = string | [string, string];
/** [id, prompt, multiple (1/0), [[option id, text, correct (1/0)], …], explanation] */
type PackedQuestion = [string, PackedText, 0 | 1, [string, PackedText, 0 | 1][], PackedText];

export const pack = (t: PlainOrShown): PackedText => (typeof t === 'string' ? t : [t.text, t.lang]);
export const unpack = (t: PackedText): PlainOrShown => (typeof t === 'string' ? t : { text: t[0], lang: t[1] });

/** The questions as one short JSON string of arrays (no keys), for the island's props. */
export function encodeQuestions(questions: readonly QuizQuestion[]): string {
  const packed: PackedQuestion[] = questions.map((q) => [
    q.id,
    pack(q.prompt),
    q.multiple ? 1 : 0,
    q.options.map((o) => [o.id, pack(o.text), o.correct ? 1 : 0]),
    pack(q.explanation),
  ]);
  return JSON.stringify(packed);
}

export function decodeQuestions(encoded: string): QuizQuestion[] {
  return (JSON.parse(encoded) as PackedQuestion[]).map(([id, prompt, multiple, options, explanation]) => ({
    id,
    prompt: unpack(prompt),
    ...(multiple ? { multiple: true as const } : {}),
    options: options.map(([oid, text, correct]) => ({
      id: oid,
      text: unpack(text),
      ...(correct ? { correct: true as const } : {}),
    })),
    explanation: unpack(explanation),
  }));
}

/** The props as the widget uses them. */
export function viewOf(props: KnowledgeCheckProps): KnowledgeCheckView {
  const { q, ...rest } = props;
  return {
    ...rest,
    questions: decodeQuestions(q),
    strings: QUIZ_STRINGS[props.locale as 'zh-CN' | 'en'] ?? QUIZ_STRINGS.en,
  };
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
  #props: () => KnowledgeCheckView;

  constructor(props: () => KnowledgeCheckView) {
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

  /** The reader's best score on this version and their attempts, in words; undefined before any attempt. */
  get best(): string | undefined {
    const current = this.current;
    if (!current) return undefined;
    const s = this.#props().strings;
    return fill(current.passed ? s.bestPassed : s.best, { percent: percent(current.best), attempts: current.attempts });
  }

  outcome(id: string): QuestionResult | undefined {
    return this.result?.perQuestion.find((r) => r.id === id);
  }
}
