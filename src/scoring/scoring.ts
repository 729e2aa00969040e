/**
 * The scoring engine: one pure module computes every score (the browser widget, the CLI and the
 * build-time dashboards call the same code), so a number is the same wherever it is shown.
 * It implements /work/shared/design/SCORING.md; the API is scratch/SCORING-API.md.
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
import { durationToMinutes, parseDuration } from '../model/duration.ts';
import { localize, type Locale, type LocalizedText } from '../i18n/locale.ts';
import { linksOf, scorecardSections, type HandbookModel } from '../model/model.ts';
import { formatThreshold, meetsThreshold, parseThreshold, type Threshold, type ThresholdOp } from '../model/threshold.ts';
import type { AuditRecord, Checklist, StandardItem } from '../schema/types.generated.ts';

export { formatThreshold, meetsThreshold, parseThreshold };
export type { Threshold, ThresholdOp };

export type AnswerSet = 'binary' | 'graded' | 'maturity' | 'measured';
export type Critical = 'none' | 'section' | 'audit';

export interface ScorecardItem {
  id: string;
  touchpoint: string;
  /** For display. */
  text: LocalizedText;
  check?: LocalizedText;
  /** Default 1 applied. */
  weight: number;
  /** Default 'graded' applied. */
  answers: AnswerSet;
  /** Default 'none' applied. */
  critical: Critical;
  /** Default true applied. */
  naAllowed: boolean;
  /** e.g. ">= 300 lux". */
  threshold?: string;
  /** ISO 8601 duration, for the corrective action's due date. */
  timeLimit?: string;
  /** Short stable hash of what scoring depends on, plus the text (see itemFingerprint). */
  fingerprint: string;
}

export interface ScorecardSection {
  id: string;
  touchpoint: string;
  touchpointVersion: string;
  title: LocalizedText;
  weight?: number;
  items: ScorecardItem[];
  /** Shortest `resolve` limit among the priorities of the touchpoint's SOPs, if any (fallback due date). */
  sopLimit?: string;
}

export interface Band {
  id: string;
  min: number;
  label: LocalizedText;
  color?: string;
}

export interface Scorecard {
  /** 'checklist' with the checklist's id, or 'adhoc' with the touchpoint ids. */
  scope: { checklist: string; checklistVersion: string } | { touchpoints: string[] };
  title: LocalizedText;
  /** The checklist's purpose. */
  kind?: 'self-assessment' | 'mystery-shopper' | 'internal-audit';
  handbookVersion: string;
  defaultLocale: string;
  sections: ScorecardSection[];
  /** Checklist override, else handbook, else default green 90 / amber 75 / red 0. */
  bands: Band[];
  /** Handbook scoring.passMark, default 75. */
  passMark: number;
  maturity: { id: string; label: LocalizedText; value: number }[];
}

export interface Response {
  touchpoint: string;
  item: string;
  value?: string;
  reading?: number;
  note?: string;
  evidence?: string[];
}

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

/**
 * What a verdict that is not a score means, in both languages, for `touchstone score` and the
 * audit widget to show beside it. Here rather than in messages.ts (the gate's diagnostics): the
 * widget scores with this module on every page load, and the catalog would add ~37 KB to it.
 */
export const VERDICT_NOTES = {
  'nothing-to-score': {
    'zh-CN': '没有可计分的内容：所有适用条目的权重都为 0，或全部条目都不适用（n/a）。本次没有得分，不判定通过或不通过。',
    en: 'Nothing to score: every applicable item has weight 0, or every item is n/a. There is no score, so the audit neither passes nor fails.',
  },
} as const satisfies Record<string, Record<Locale, string>>;

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
   * every item n/a: no score, so neither pass nor fail), else pass. VERDICT_NOTES explains
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

// ── defaults ───────────────────────────────────────────────────────────────────────

export const DEFAULT_PASS_MARK = 75;

export const DEFAULT_BANDS: readonly Band[] = [
  { id: 'green', min: 90, label: { 'zh-CN': '优秀', en: 'Good' }, color: '#1a7f37' },
  { id: 'amber', min: 75, label: { 'zh-CN': '待改进', en: 'Needs work' }, color: '#9a6700' },
  { id: 'red', min: 0, label: { 'zh-CN': '不合格', en: 'Failing' }, color: '#cf222e' },
];

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

// ── dates ──────────────────────────────────────────────────────────────────────────

const DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

/** Today's date where the code runs (local time), YYYY-MM-DD. */
export function localToday(): string {
  const d = new Date();
  return `${String(d.getFullYear()).padStart(4, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * `date` (YYYY-MM-DD, taken as the start of that day) plus an ISO 8601 duration, as a date.
 * Years and months are calendar-wise (the day is kept, or clamped to the end of a shorter month:
 * 2026-01-31 + P1M = 2026-02-28); weeks, days and the time part are added exactly, so PT24H is the
 * next day and PT2H the same day. Undefined when either input is invalid.
 */
export function addDuration(date: string, iso: string): string | undefined {
  const m = DATE.exec(date);
  const p = parseDuration(iso);
  if (!m || !p) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]) - 1;
  const day = Number(m[3]);
  if (month > 11 || day < 1 || day > daysIn(year, month)) return undefined;
  const totalMonths = year * 12 + month + p.years * 12 + p.months;
  const y = Math.floor(totalMonths / 12);
  const mo = totalMonths - y * 12;
  const d = new Date(0);
  d.setUTCFullYear(y, mo, Math.min(day, daysIn(y, mo)));
  d.setUTCHours(0, 0, 0, 0);
  const ms = (((p.weeks * 7 + p.days) * 24 + p.hours) * 60 + p.minutes) * 60_000 + p.seconds * 1000;
  const due = new Date(d.getTime() + ms);
  if (Number.isNaN(due.getTime())) return undefined;
  const yy = due.getUTCFullYear();
  return `${String(yy).padStart(4, '0')}-${String(due.getUTCMonth() + 1).padStart(2, '0')}-${String(due.getUTCDate()).padStart(2, '0')}`;
}

function daysIn(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month + 1, 0);
  return d.getUTCDate();
}

// ── fingerprints ───────────────────────────────────────────────────────────────────

/** JSON with object keys sorted, so that key order never changes a hash. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return `{${Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** cyrb53: a fast 53-bit string hash (public domain), as 14 hex digits. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/**
 * A short stable hash (14 hex digits) of what scoring an item depends on, and its text: text,
 * weight, answers, critical, naAllowed and threshold, with defaults applied (writing `weight: 1`
 * out does not change it) and independent of key order. How to check it, its evidence and its
 * time limit do not count. Any change to the text, translations included, changes it.
 */
export function itemFingerprint(item: StandardItem): string {
  return hash53(
    canonical({
      text: item.text,
      weight: item.weight ?? 1,
      answers: item.answers ?? 'graded',
      critical: item.critical ?? 'none',
      naAllowed: item.naAllowed ?? true,
      threshold: item.threshold ?? null,
    }),
  );
}

/** The fingerprints of every item of a scorecard by "touchpoint/item": what an audit record keeps. */
export function cardFingerprints(card: Scorecard): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of card.sections) for (const i of s.items) out[`${i.touchpoint}/${i.id}`] = i.fingerprint;
  return out;
}

// ── scoring ────────────────────────────────────────────────────────────────────────

type Evaluated = { status: ItemResult['status']; value?: number; reading?: number; readingPasses?: boolean; problem?: ProblemCode };

/** What one response makes of one item (no weights yet). */
function evaluate(item: ScorecardItem, r: Response | undefined, maturity: ReadonlyMap<string, number>): Evaluated {
  if (!r) return { status: 'unanswered' };
  if (r.value === 'na') return item.naAllowed ? { status: 'na' } : { status: 'unanswered', problem: 'na-not-allowed' };
  if (item.answers === 'measured') {
    if (r.value !== undefined) return { status: 'unanswered', problem: r.reading === undefined ? 'reading-missing' : 'bad-value' };
    if (r.reading === undefined) return { status: 'unanswered' };
    const t = item.threshold !== undefined ? parseThreshold(item.threshold) : undefined;
    if (!t || typeof r.reading !== 'number' || !Number.isFinite(r.reading)) return { status: 'unanswered', problem: 'bad-value' };
    const passes = meetsThreshold(t, r.reading);
    return { status: 'answered', value: passes ? 1 : 0, reading: r.reading, readingPasses: passes };
  }
  if (r.value === undefined) return { status: 'unanswered' };
  const v = item.answers === 'maturity' ? maturity.get(r.value) : Object.hasOwn(VALUES[item.answers] ?? {}, r.value) ? VALUES[item.answers]![r.value] : undefined;
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
export function scoreAudit(card: Scorecard, responses: readonly Response[], options: { date?: string } = {}): AuditResult {
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
      const result: ItemResult = { touchpoint: item.touchpoint, item: item.id, status: e.status, earned: 0, possible: 0 };
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
        const action: CorrectiveAction = { touchpoint: item.touchpoint, item: item.id, section: section.id, value: e.value, redLine: item.critical === 'audit' };
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
    return { id: section.id, touchpoint: section.touchpoint, earned, possible, raw, score, zeroedBy, applicable, answered, items };
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

// ── building scorecards from the handbook ───────────────────────────────────────────

function scorecardItem(touchpoint: string, item: StandardItem): ScorecardItem {
  const out: ScorecardItem = {
    id: item.id,
    touchpoint,
    text: item.text,
    weight: item.weight ?? 1,
    answers: item.answers ?? 'graded',
    critical: item.critical ?? 'none',
    naAllowed: item.naAllowed ?? true,
    fingerprint: itemFingerprint(item),
  };
  if (item.check !== undefined) out.check = item.check;
  if (item.threshold !== undefined) out.threshold = item.threshold;
  if (item.timeLimit !== undefined) out.timeLimit = item.timeLimit;
  return out;
}

/** The shortest of some durations (by length in minutes), or undefined. */
function shortest(limits: readonly string[]): string | undefined {
  let best: { limit: string; minutes: number } | undefined;
  for (const limit of limits) {
    const minutes = durationToMinutes(limit);
    if (minutes !== undefined && (best === undefined || minutes < best.minutes)) best = { limit, minutes };
  }
  return best?.limit;
}

/**
 * The scorecard for a checklist, or for an ad-hoc audit of chosen touchpoints, from the gate's
 * model: defaults applied, versions and fingerprints filled in, each section's fallback time limit
 * taken from the SOPs linked to its touchpoint (whichever side wrote the link). Undefined when the
 * checklist, or one of the touchpoints, is not in the model.
 */
export function scorecardFor(model: HandbookModel, scope: { checklist: string } | { touchpoints: string[] }): Scorecard | undefined {
  const { config } = model;
  let checklist: Checklist | undefined;
  if ('checklist' in scope) {
    checklist = model.checklists.get(scope.checklist)?.data;
    if (!checklist) return undefined;
  } else if (scope.touchpoints.length === 0 || scope.touchpoints.some((id) => !model.touchpoints.has(id))) {
    return undefined;
  }
  const links = linksOf(model);
  const sopLimit = (touchpoint: string) =>
    shortest((links.sopsOfTouchpoint.get(touchpoint) ?? []).flatMap((id) => (model.sops.get(id)?.data.priorities ?? []).flatMap((p) => (p.resolve !== undefined ? [p.resolve] : []))));
  const titles = checklist ? new Map(checklist.sections.map((s) => [s.id, s.title] as const)) : new Map<string, LocalizedText | undefined>();
  const parts = checklist ? scorecardSections(model.touchpoints, { checklist }) : scorecardSections(model.touchpoints, { touchpoints: 'touchpoints' in scope ? scope.touchpoints : [] });
  const sections = parts.map((part) => {
    const tp = model.touchpoints.get(part.touchpoint)!.data;
    const section: ScorecardSection = {
      id: part.id,
      touchpoint: part.touchpoint,
      touchpointVersion: tp.version,
      title: titles.get(part.id) ?? tp.title,
      items: part.items.map((i) => scorecardItem(part.touchpoint, i)),
    };
    if (part.weight !== undefined) section.weight = part.weight;
    const limit = sopLimit(part.touchpoint);
    if (limit !== undefined) section.sopLimit = limit;
    return section;
  });
  const card: Scorecard = {
    scope: checklist ? { checklist: checklist.id, checklistVersion: checklist.version } : { touchpoints: [...(scope as { touchpoints: string[] }).touchpoints] },
    title: checklist ? checklist.title : adhocTitle(model, sections),
    handbookVersion: config.version,
    defaultLocale: config.defaultLocale,
    sections,
    bands: (checklist?.bands ?? config.scoring?.bands ?? DEFAULT_BANDS).map((b) => ({ ...b })),
    passMark: config.scoring?.passMark ?? DEFAULT_PASS_MARK,
    maturity: (config.scoring?.maturityLevels ?? []).map((l) => ({ id: l.id, label: l.label, value: l.value })),
  };
  if (checklist) card.kind = checklist.purpose;
  return card;
}

/** An ad-hoc scorecard's title: its touchpoints' titles, in every locale of the handbook. */
function adhocTitle(model: HandbookModel, sections: readonly ScorecardSection[]): LocalizedText {
  const { defaultLocale, locales } = model.config;
  const out: Record<string, string> = {};
  for (const locale of locales) out[locale] = sections.map((s) => localize(s.title, locale, defaultLocale).text).join(locale === 'zh-CN' ? '、' : ' · ');
  return out;
}

// ── version changes ────────────────────────────────────────────────────────────────

export interface VersionChanges {
  /** "touchpoint/item" on the scorecard now but not when the record was made. */
  added: string[];
  /** "touchpoint/item" in the record's scorecard (or answered in it) but no longer on the scorecard. */
  removed: string[];
  /** "touchpoint/item" whose fingerprint differs. */
  changed: string[];
  /** Addition: whether the record carried fingerprints, so that the three lists are exact. Without them only removed items answered in the record can be named. */
  exact: boolean;
  /** Addition: touchpoints whose version differs from the one the record names. */
  touchpoints: { id: string; from: string; to: string }[];
  /** Addition: the checklist's version change, when the record names another version. */
  checklist?: { id: string; from: string; to: string };
}

/**
 * What changed between the standards an audit record was pinned to and the scorecard now: items
 * added, removed or changed (by fingerprint, "touchpoint/item"), and versions that differ. Without
 * fingerprints in the record it does not guess: only answered items that left the scorecard are named.
 */
export function versionChanges(record: AuditRecord, card: Scorecard): VersionChanges {
  const now = cardFingerprints(card);
  const out: VersionChanges = { added: [], removed: [], changed: [], exact: record.fingerprints !== undefined, touchpoints: [] };
  if (record.fingerprints !== undefined) {
    const then = record.fingerprints;
    for (const [key, fp] of Object.entries(now)) {
      const old = then[key];
      if (old === undefined) out.added.push(key);
      else if (old !== fp) out.changed.push(key);
    }
    for (const key of Object.keys(then)) if (!Object.hasOwn(now, key)) out.removed.push(key);
  } else {
    for (const r of record.responses) {
      const key = `${r.touchpoint}/${r.item}`;
      if (!Object.hasOwn(now, key) && !out.removed.includes(key)) out.removed.push(key);
    }
  }
  const seen = new Set<string>();
  for (const s of card.sections) {
    if (seen.has(s.touchpoint)) continue;
    seen.add(s.touchpoint);
    const from = record.standards?.[s.touchpoint];
    if (from !== undefined && from !== s.touchpointVersion) out.touchpoints.push({ id: s.touchpoint, from, to: s.touchpointVersion });
  }
  if ('checklist' in card.scope && record.checklistVersion !== undefined && record.checklistVersion !== card.scope.checklistVersion) {
    out.checklist = { id: card.scope.checklist, from: record.checklistVersion, to: card.scope.checklistVersion };
  }
  return out;
}

// ── agreement between auditors ─────────────────────────────────────────────────────

/** A response's category for agreement: its value (na included), else its reading; undefined when unanswered. */
function category(r: Response): string | undefined {
  if (r.value !== undefined) return r.value;
  if (r.reading !== undefined) return `reading:${r.reading}`;
  return undefined;
}

/**
 * Calibration: two records of the same scorecard. Over the items both answered (a value, n/a
 * included, or a reading; the first response per item counts), the percent agreement (0–100; 0
 * when nothing is shared) and Cohen's kappa, with the value strings as categories (null when
 * undefined: nothing shared, or both auditors used one and the same category throughout).
 * `disagreements` lists "touchpoint/item" in the order of `a`.
 */
export function agreement(a: readonly Response[], b: readonly Response[]): { shared: number; percent: number; kappa: number | null; disagreements: string[] } {
  const firstOf = (list: readonly Response[]) => {
    const map = new Map<string, string>();
    for (const r of list) {
      const key = `${r.touchpoint}/${r.item}`;
      if (map.has(key)) continue;
      const c = category(r);
      if (c !== undefined) map.set(key, c);
    }
    return map;
  };
  const ca = firstOf(a);
  const cb = firstOf(b);
  const pairs: [string, string, string][] = [];
  for (const [key, x] of ca) {
    const y = cb.get(key);
    if (y !== undefined) pairs.push([key, x, y]);
  }
  const n = pairs.length;
  const disagreements = pairs.filter(([, x, y]) => x !== y).map(([key]) => key);
  if (n === 0) return { shared: 0, percent: 0, kappa: null, disagreements };
  const po = (n - disagreements.length) / n;
  const countA = new Map<string, number>();
  const countB = new Map<string, number>();
  for (const [, x, y] of pairs) {
    countA.set(x, (countA.get(x) ?? 0) + 1);
    countB.set(y, (countB.get(y) ?? 0) + 1);
  }
  let pe = 0;
  for (const [c, na] of countA) pe += (na / n) * ((countB.get(c) ?? 0) / n);
  const kappa = pe >= 1 ? null : (po - pe) / (1 - pe);
  return { shared: n, percent: po * 100, kappa, disagreements };
}
