/** The scoring engine's words for people: what a verdict without a score means. */
import type { Locale } from './locale.ts';

/**
 * What a verdict that is not a score means, in both languages, for `touchstone score` and the
 * audit widget to show beside it. A module of its own rather than a part of messages.ts (the
 * gate's diagnostics): the widget loads it on every page load, and that catalog would add ~37 KB.
 */
export const VERDICT_NOTES = {
  'nothing-to-score': {
    'zh-CN': '没有可计分的内容：所有适用条目的权重都为 0，或全部条目都不适用（n/a）。本次没有得分，不判定通过或不通过。',
    en: 'Nothing to score: every applicable item has weight 0, or every item is n/a. There is no score, so the audit neither passes nor fails.',
  },
} as const satisfies Record<string, Record<Locale, string>>;
