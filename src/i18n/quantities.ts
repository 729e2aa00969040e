/**
 * Quantities as pages, the editor and the command line show them: the units of a duration
 * (model/duration.ts formatDuration) and the word before the period of an `every` threshold
 * (model/threshold.ts formatThreshold). What a standard may write is the parsers' own vocabulary,
 * input rather than text shown, and stays with them in model/.
 */
import type { Bilingual, Locale } from './locale.ts';

/** A duration's units, short: "15 min" / "15 分钟", "1 h 30 min" / "1 小时 30 分钟". */
export const DURATION_UNITS = {
  en: { years: 'y', months: 'mo', weeks: 'wk', days: 'd', hours: 'h', minutes: 'min', seconds: 's' },
  'zh-CN': { years: '年', months: '个月', weeks: '周', days: '天', hours: '小时', minutes: '分钟', seconds: '秒' },
} as const satisfies Record<Locale, Record<string, string>>;

/** Before the period of an `every` threshold: "every 15 days" / "每 15 days" (the unit is the author's). */
export const THRESHOLD_EVERY: Bilingual = { 'zh-CN': '每', en: 'every' };
