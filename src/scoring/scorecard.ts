/**
 * What the scoring engine scores against: a scorecard (sections of items with their weights,
 * answer sets and critical rules, the bands and the pass mark) and the responses of one audit.
 * Built from the handbook by build-scorecard.ts, scored by score.ts; JSON-serializable, so the
 * site's /data/scorecards/ files and audit records carry it as is.
 */
import type { LocalizedText } from '../i18n/locale.ts';
import { DEFAULT_BAND_LABELS } from '../i18n/scoring.ts';

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

// ── defaults ───────────────────────────────────────────────────────────────────────

export const DEFAULT_PASS_MARK = 75;

export const DEFAULT_BANDS: readonly Band[] = [
  { id: 'green', min: 90, label: DEFAULT_BAND_LABELS.green, color: '#1a7f37' },
  { id: 'amber', min: 75, label: DEFAULT_BAND_LABELS.amber, color: '#9a6700' },
  { id: 'red', min: 0, label: DEFAULT_BAND_LABELS.red, color: '#cf222e' },
];
