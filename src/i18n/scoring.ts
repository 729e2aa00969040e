/**
 * The scoring engine's words for people: what a verdict without a score means, the default score
 * bands' labels, an ad-hoc scorecard's title and the CSV export's headings.
 */
import type { Bilingual, Locale } from './locale.ts';

/**
 * What a verdict that is not a score means, in both languages, for `touchstone score` and the
 * audit widget to show beside it. A module of its own rather than a part of messages.ts (the
 * gate's diagnostics): the widget loads it on every page load, and that catalog would add ~37 KB.
 */
export const VERDICT_NOTES = {
  'nothing-to-score': {
    'zh-CN':
      '没有可计分的内容：所有适用条目的权重都为 0，或全部条目都不适用（n/a）。本次没有得分，不判定通过或不通过。',
    en: 'Nothing to score: every applicable item has weight 0, or every item is n/a. There is no score, so the audit neither passes nor fails.',
  },
} as const satisfies Record<string, Record<Locale, string>>;

/** The labels of the score bands a handbook gets when it defines none (scorecard.ts DEFAULT_BANDS). */
export const DEFAULT_BAND_LABELS = {
  green: { 'zh-CN': '优秀', en: 'Good' },
  amber: { 'zh-CN': '待改进', en: 'Needs work' },
  red: { 'zh-CN': '不合格', en: 'Failing' },
} satisfies Record<string, Bilingual>;

/** Between the touchpoints' titles that make an ad-hoc scorecard's title (build-scorecard.ts). */
export const ADHOC_TITLE_SEPARATOR: Bilingual = { 'zh-CN': '、', en: ' · ' };

/** The CSV export's column headings (audit-io.ts recordToCsv). */
export const CSV_HEADINGS: Record<Locale, readonly string[]> = {
  'zh-CN': ['触点', '条目', '条目内容', '回答', '读数', '备注', '证据'],
  en: ['Touchpoint', 'Item', 'Item text', 'Value', 'Reading', 'Note', 'Evidence'],
};
