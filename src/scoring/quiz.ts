/**
 * Knowledge checks (self-study for new hires): grading a set of answers, and the small progress
 * record each reader keeps in their own browser. Pure TypeScript, no DOM: the widgets in
 * src/widgets/knowledge use it in the browser, the tests in Node. See SCORING.md "Knowledge checks":
 * score = correct / asked; pass mark from the handbook (knowledgeCheck.passMark, default 80).
 */

/** The pass mark when the handbook sets none (handbook.schema.json knowledgeCheck.passMark). */
export const DEFAULT_PASS_MARK = 80;

/** What grading needs of a question: its id, whether it is multiple choice, which options are right. */
export interface GradableQuestion {
  id: string;
  multiple?: boolean | undefined;
  options: readonly { id: string; correct?: boolean | undefined }[];
}

/** One answer: an option id (single choice) or the option ids chosen (multiple); absent when skipped. */
export type Answer = string | readonly string[] | null | undefined;

/** Answers by question id. */
export type Answers = Readonly<Record<string, Answer>>;

export interface QuestionResult {
  id: string;
  correct: boolean;
  /** The option ids chosen, without duplicates, in the order of the options (unknown ids last). */
  chosen: string[];
  /** The right option ids, in the order of the options. */
  right: string[];
}

export interface QuizResult {
  correct: number;
  asked: number;
  /** correct / asked, 0..1 (0 when nothing was asked). */
  score: number;
  /** score × 100 ≥ passMark (compared as correct × 100 ≥ passMark × asked, free of rounding). */
  passed: boolean;
  /** The pass mark used, 0–100. */
  passMark: number;
  perQuestion: QuestionResult[];
}

/** A pass mark as given (handbook value or undefined) made usable: a number within 0–100. */
export function normalizePassMark(passMark: number | null | undefined): number {
  if (typeof passMark !== 'number' || Number.isNaN(passMark)) return DEFAULT_PASS_MARK;
  return Math.min(100, Math.max(0, passMark));
}

function chosenIds(answer: Answer): string[] {
  if (answer === undefined || answer === null) return [];
  if (typeof answer === 'string') return answer === '' ? [] : [answer];
  return [...new Set(answer.filter((a): a is string => typeof a === 'string' && a !== ''))];
}

/**
 * Grades answers against the questions. Single choice: right when exactly the right option was
 * chosen. Multiple choice: right when exactly the set of right options was chosen (nothing
 * missing, nothing extra). A skipped question is wrong. Answers to ids that are not questions are
 * ignored. An empty quiz scores 0 and does not pass: nothing was asked.
 */
export function gradeQuiz(
  questions: readonly GradableQuestion[],
  answers: Answers,
  passMark?: number | null,
): QuizResult {
  const mark = normalizePassMark(passMark);
  const perQuestion = questions.map((q): QuestionResult => {
    const order = new Map(q.options.map((o, i) => [o.id, i]));
    const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
    const right = q.options.filter((o) => o.correct === true).map((o) => o.id);
    const chosen = chosenIds(Object.hasOwn(answers, q.id) ? answers[q.id] : undefined).sort(
      (a, b) => rank(a) - rank(b),
    );
    const correct = chosen.length === right.length && chosen.every((id) => right.includes(id));
    return { id: q.id, correct, chosen, right };
  });
  const asked = perQuestion.length;
  const correct = perQuestion.filter((r) => r.correct).length;
  return {
    correct,
    asked,
    score: asked === 0 ? 0 : correct / asked,
    passed: asked > 0 && correct * 100 >= mark * asked,
    passMark: mark,
    perQuestion,
  };
}

/** A score (0..1) as a whole percentage for display, rounded down so a fail never reads as the pass mark. */
export function percent(score: number): number {
  return Math.floor(score * 100 + 1e-9);
}

// ───────────────────────────── progress (kept in the reader's browser) ─────────────────────────────

/**
 * One reader's progress on one knowledge check, as stored in localStorage under progressKey(owner).
 * best and passed are for `version` (the standard's version at the last attempt): when the standard
 * changes, the next attempt starts them afresh; attempts counts every attempt.
 */
export interface QuizProgress {
  /** Best score (0..1) on this version. */
  best: number;
  /** Passed at least once on this version. */
  passed: boolean;
  attempts: number;
  /** ISO 8601 date-time of the last attempt. */
  lastAt: string;
  /** The standard's version at the last attempt. */
  version: string;
  /** Score (0..1) of the last attempt. */
  last: number;
}

export const PROGRESS_PREFIX = 'touchstone:quiz:';

export function progressKey(owner: string): string {
  return `${PROGRESS_PREFIX}${owner}`;
}

/** The record after one more attempt. */
export function recordAttempt(
  previous: QuizProgress | undefined,
  result: QuizResult,
  version: string,
  at: string,
): QuizProgress {
  const same = previous !== undefined && previous.version === version;
  return {
    best: same ? Math.max(previous.best, result.score) : result.score,
    passed: (same && previous.passed) || result.passed,
    attempts: (previous?.attempts ?? 0) + 1,
    lastAt: at,
    version,
    last: result.score,
  };
}

const clamp01 = (n: number) => Math.min(1, Math.max(0, n));

/** A stored record read back; undefined for anything that is not one (missing, edited by hand, corrupt). */
export function parseProgress(raw: string | null | undefined): QuizProgress | undefined {
  if (typeof raw !== 'string' || raw === '') return undefined;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const d = data as Record<string, unknown>;
  if (typeof d['best'] !== 'number' || !Number.isFinite(d['best'])) return undefined;
  const attempts =
    typeof d['attempts'] === 'number' && Number.isFinite(d['attempts']) ? Math.max(0, Math.floor(d['attempts'])) : 0;
  const best = clamp01(d['best']);
  return {
    best,
    passed: d['passed'] === true,
    attempts,
    lastAt: typeof d['lastAt'] === 'string' ? d['lastAt'] : '',
    version: typeof d['version'] === 'string' ? d['version'] : '',
    last: typeof d['last'] === 'number' && Number.isFinite(d['last']) ? clamp01(d['last']) : best,
  };
}

/** Where a reader stands on a knowledge check, for the progress page. */
export type ProgressStatus = 'passed' | 'not-passed' | 'not-yet';

export function progressStatus(progress: QuizProgress | undefined): ProgressStatus {
  if (!progress || progress.attempts === 0) return 'not-yet';
  return progress.passed ? 'passed' : 'not-passed';
}

/** Fills `{name}` placeholders (UI strings travel to the browser as data, not functions). */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
