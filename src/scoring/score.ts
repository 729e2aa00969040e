/**
 * The scoring engine: scores one audit against its scorecard (scorecard.ts). One pure engine
 * computes every score (the browser widget, the CLI and the build-time dashboards call the same
 * code), so a number is the same wherever it is shown. It implements
 * /work/shared/design/SCORING.md; the API is scratch/SCORING-API.md. Its neighbours in this folder
 * build the scorecard from the model (build-scorecard.ts), date corrective actions
 * (due-dates.ts), fingerprint items (fingerprints.ts, version-changes.ts) and compare auditors
 * (agreement.ts).
 *
 * Pure TypeScript: no DOM, no Node APIs, no ajv. Inputs and results are JSON-serializable.
 *
 * Pooled versus weighted overall score (rule 5). Without section weights the overall score is
 * pooled: Σ earned / Σ possible over every item of every section. Each item then counts by its own
 * weight wherever it sits, so a long section (many items, many points) moves the overall score
 * more than a short one: a 20-point section at 50 % and a 2-point section at 100 % pool to
 * 12 / 22 = 54.5, not the 75 a mean of the two would give. With section weights the overall score
 * is the weighted mean of the section scores: each section counts by its weight however many
 * items it has, which is what a scorecard wants when a short section (a red-line area, say)
 * matters as much as a long one. The two agree when each section's weight equals its possible
 * points. Sections that are n/a (nothing applicable) drop out of both, and the weights of the
 * others are renormalised.
 */
import { meetsThreshold, parseThreshold } from '../model/threshold.ts';
import { addDuration, localToday } from './due-dates.ts';
import type { Band, Response, Scorecard, ScorecardItem } from './scorecard.ts';

export interface ItemResult {
  touchpoint: string;
  item: string;
  status: 'answered' | 'na' | 'unanswered';
  /** 0..1 once answered. */
  value?: number;
  earned: number;
  possible: number;
  /** Measured items. */
  reading?: number;
  readingPasses?: boolean;
}

export interface SectionResult {
  id: string;
  touchpoint: string;
  /** Σ earned of the section's items (before critical rules). */
  earned: number;
  possible: number;
  /** 0–100 before critical rules; null when possible is 0 (section n/a). */
  raw: number | null;
  /** 0–100 after `critical: section` zeroing. */
  score: number | null;
  /** Item ids whose failure zeroed the section. */
  zeroedBy: string[];
  applicable: number;
  answered: number;
  items: ItemResult[];
}

export interface CorrectiveAction {
  touchpoint: string;
  item: string;
  section: string;
  /** The answer's value (< 1). */
  value: number;
  note?: string;
  evidence?: string[];
  /** YYYY-MM-DD = audit date + item.timeLimit, else + section.sopLimit; omitted when neither. */
  due?: string;
  /** The duration used. */
  limit?: string;
  /** critical: audit. */
  redLine: boolean;
}

export type Verdict = 'pass' | 'fail' | 'incomplete' | 'nothing-to-score';

export type ProblemCode = 'na-not-allowed' | 'bad-value' | 'unknown-item' | 'reading-missing' | 'duplicate-response';

export interface AuditResult {
  method: 'weighted' | 'pooled';
  /** Overall 0–100 before critical rules (unrounded). */
  raw: number | null;
  /** Overall 0–100 after critical rules (unrounded); null when nothing applicable. */
  overall: number | null;
  /** From overall, compared after rounding to 6 decimals; a failed red line forces the lowest band. */
  band: Band | null;
  /**
   * fail (a red line failed, or the score is below the pass mark), incomplete (applicable items
   * unanswered), nothing-to-score (every applicable item answered and none carries weight, or
   * every item n/a: no score, so neither pass nor fail), else pass. VERDICT_NOTES (src/i18n/scoring.ts) explains
   * nothing-to-score in both languages.
   */
  verdict: Verdict;
  /** Answered applicable / applicable, 0..1 (1 when nothing applicable). */
  completion: number;
  applicable: number;
  answered: number;
  /** Unanswered applicable items. */
  missing: { touchpoint: string; item: string; section: string }[];
  redLinesFailed: { touchpoint: string; item: string }[];
  sections: SectionResult[];
  actions: CorrectiveAction[];
  /** Responses that do not fit (not scored). 'duplicate-response' (an addition): a second response to an item; the first one counts. */
  problems: { touchpoint: string; item: string; code: ProblemCode }[];
}

// ── bands and answer values ─────────────────────────────────────────────────────────

const VALUES: Record<'binary' | 'graded', Readonly<Record<string, number>>> = {
  binary: { conforms: 1, fails: 0 },
  graded: { conforms: 1, partly: 0.5, fails: 0 },
};

/** Rounds to 6 decimals: scores are compared with bands and the pass mark after this (rule 7). */
export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** The band a score falls in (after rounding to 6 decimals); the lowest band below every minimum. */
export function bandFor(bands: readonly Band[], score: number | null): Band | null {
  if (score === null || bands.length === 0) return null;
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  const s = round6(score);
  return sorted.find((b) => s >= round6(b.min)) ?? sorted[sorted.length - 1]!;
}

function lowestBand(bands: readonly Band[]): Band | null {
  return bands.reduce<Band | null>((low, b) => (low === null || b.min < low.min ? b : low), null);
}

// ── scoring ────────────────────────────────────────────────────────────────────────

type Evaluated = {
  status: ItemResult['status'];
  value?: number;
  reading?: number;
  readingPasses?: boolean;
  problem?: ProblemCode;
};

/** What one response makes of one item (no weights yet). */
function evaluate(item: ScorecardItem, r: Response | undefined, maturity: ReadonlyMap<string, number>): Evaluated {
  if (!r) return { status: 'unanswered' };
  if (r.value === 'na') return item.naAllowed ? { status: 'na' } : { status: 'unanswered', problem: 'na-not-allowed' };
  if (item.answers === 'measured') {
    if (r.value !== undefined)
      return { status: 'unanswered', problem: r.reading === undefined ? 'reading-missing' : 'bad-value' };
    if (r.reading === undefined) return { status: 'unanswered' };
    const t = item.threshold !== undefined ? parseThreshold(item.threshold) : undefined;
    if (!t || typeof r.reading !== 'number' || !Number.isFinite(r.reading))
      return { status: 'unanswered', problem: 'bad-value' };
    const passes = meetsThreshold(t, r.reading);
    return { status: 'answered', value: passes ? 1 : 0, reading: r.reading, readingPasses: passes };
  }
  if (r.value === undefined) return { status: 'unanswered' };
  const v =
    item.answers === 'maturity'
      ? maturity.get(r.value)
      : Object.hasOwn(VALUES[item.answers] ?? {}, r.value)
        ? VALUES[item.answers]![r.value]
        : undefined;
  if (v === undefined || !Number.isFinite(v)) return { status: 'unanswered', problem: 'bad-value' };
  return { status: 'answered', value: Math.min(1, Math.max(0, v)) };
}

function positive(weight: number): number {
  return Number.isFinite(weight) && weight > 0 ? weight : 0;
}

/**
 * The verdict (rule 8): a failed red line fails whatever else; unanswered items leave it
 * incomplete; a complete audit with no score (no applicable item carries weight) has nothing to
 * score rather than a pass or a fail; otherwise the score against the pass mark.
 */
function verdictOf(redLineFailed: boolean, unanswered: boolean, overall: number | null, passMark: number): Verdict {
  if (redLineFailed) return 'fail';
  if (unanswered) return 'incomplete';
  if (overall === null) return 'nothing-to-score';
  return round6(overall) >= round6(passMark) ? 'pass' : 'fail';
}

/**
 * Scores one audit: every section and the overall score, with critical rules, band, verdict,
 * completion and corrective actions. `options.date` is the audit date that due dates count from
 * (default: today). Responses to items not on the card, and answers that do not fit an item, are
 * listed in `problems` and not scored (the item counts as unanswered).
 */
export function scoreAudit(
  card: Scorecard,
  responses: readonly Response[],
  options: { date?: string } = {},
): AuditResult {
  const date = options.date ?? localToday();
  const onCard = new Set(card.sections.flatMap((s) => s.items.map((i) => `${i.touchpoint}/${i.id}`)));
  const problems: AuditResult['problems'] = [];
  const problemKeys = new Set<string>();
  const problem = (touchpoint: string, item: string, code: ProblemCode) => {
    const key = `${touchpoint}/${item}/${code}`;
    if (problemKeys.has(key)) return;
    problemKeys.add(key);
    problems.push({ touchpoint, item, code });
  };
  const byKey = new Map<string, Response>();
  for (const r of responses) {
    const key = `${r.touchpoint}/${r.item}`;
    if (!onCard.has(key)) problem(r.touchpoint, r.item, 'unknown-item');
    else if (byKey.has(key)) problem(r.touchpoint, r.item, 'duplicate-response');
    else byKey.set(key, r);
  }
  const maturity = new Map(card.maturity.map((l) => [l.id, l.value] as const));

  const missing: AuditResult['missing'] = [];
  const redLinesFailed: AuditResult['redLinesFailed'] = [];
  const actions: CorrectiveAction[] = [];

  const sections: SectionResult[] = card.sections.map((section) => {
    let earned = 0;
    let possible = 0;
    let applicable = 0;
    let answered = 0;
    const zeroedBy: string[] = [];
    const items: ItemResult[] = section.items.map((item) => {
      const r = byKey.get(`${item.touchpoint}/${item.id}`);
      const e = evaluate(item, r, maturity);
      if (e.problem) problem(item.touchpoint, item.id, e.problem);
      const result: ItemResult = {
        touchpoint: item.touchpoint,
        item: item.id,
        status: e.status,
        earned: 0,
        possible: 0,
      };
      if (e.reading !== undefined) result.reading = e.reading;
      if (e.readingPasses !== undefined) result.readingPasses = e.readingPasses;
      if (e.status === 'na') return result;
      applicable++;
      if (e.status === 'unanswered' || e.value === undefined) {
        missing.push({ touchpoint: item.touchpoint, item: item.id, section: section.id });
        return result;
      }
      answered++;
      const w = positive(item.weight);
      result.value = e.value;
      result.earned = w * e.value;
      result.possible = w;
      earned += result.earned;
      possible += w;
      if (e.value < 1) {
        if (item.critical === 'section') zeroedBy.push(item.id);
        if (item.critical === 'audit') redLinesFailed.push({ touchpoint: item.touchpoint, item: item.id });
        const action: CorrectiveAction = {
          touchpoint: item.touchpoint,
          item: item.id,
          section: section.id,
          value: e.value,
          redLine: item.critical === 'audit',
        };
        if (r?.note !== undefined) action.note = r.note;
        if (r?.evidence !== undefined) action.evidence = [...r.evidence];
        const limit = item.timeLimit ?? section.sopLimit;
        const due = limit !== undefined ? addDuration(date, limit) : undefined;
        if (limit !== undefined && due !== undefined) {
          action.due = due;
          action.limit = limit;
        }
        actions.push(action);
      }
      return result;
    });
    const raw = possible > 0 ? (earned / possible) * 100 : null;
    const score = raw === null ? null : zeroedBy.length > 0 ? 0 : raw;
    return {
      id: section.id,
      touchpoint: section.touchpoint,
      earned,
      possible,
      raw,
      score,
      zeroedBy,
      applicable,
      answered,
      items,
    };
  });

  const weighted = card.sections.length > 0 && card.sections.every((s) => s.weight !== undefined);
  let overall: number | null = null;
  let raw: number | null = null;
  if (weighted) {
    let sumW = 0;
    let sumScore = 0;
    let sumRaw = 0;
    card.sections.forEach((s, i) => {
      const r = sections[i]!;
      const w = positive(s.weight ?? 0);
      if (r.score === null || r.raw === null || w === 0) return;
      sumW += w;
      sumScore += w * r.score;
      sumRaw += w * r.raw;
    });
    if (sumW > 0) {
      overall = sumScore / sumW;
      raw = sumRaw / sumW;
    }
  } else {
    let sumEarned = 0;
    let sumFinal = 0;
    let sumPossible = 0;
    for (const s of sections) {
      sumEarned += s.earned;
      sumFinal += s.zeroedBy.length > 0 ? 0 : s.earned;
      sumPossible += s.possible;
    }
    if (sumPossible > 0) {
      overall = (sumFinal / sumPossible) * 100;
      raw = (sumEarned / sumPossible) * 100;
    }
  }
  // Guard against rounding drift past the ends of the scale.
  const clamp = (x: number | null) => (x === null ? null : Math.min(100, Math.max(0, x)));
  overall = clamp(overall);
  raw = clamp(raw);

  const applicable = sections.reduce((n, s) => n + s.applicable, 0);
  const answered = sections.reduce((n, s) => n + s.answered, 0);
  const band = redLinesFailed.length > 0 ? lowestBand(card.bands) : bandFor(card.bands, overall);
  const verdict = verdictOf(redLinesFailed.length > 0, missing.length > 0, overall, card.passMark);

  return {
    method: weighted ? 'weighted' : 'pooled',
    raw,
    overall,
    band,
    verdict,
    completion: applicable === 0 ? 1 : answered / applicable,
    applicable,
    answered,
    missing,
    redLinesFailed,
    sections,
    actions,
    problems,
  };
}
