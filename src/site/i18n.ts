/** Locales in URLs, and the text helpers pages use. */
import { localize, type Locale, type LocalizedText, type Shown } from '../i18n/locale.ts';
import type { HandbookConfig, Terms } from '../schema/types.generated.ts';

/** URL segment of each locale (lower case, so any static host serves it). */
export const SEGMENTS: Record<Locale, string> = { 'zh-CN': 'zh-cn', en: 'en' };

export function localeOfSegment(segment: string): Locale | undefined {
  return (Object.entries(SEGMENTS) as [Locale, string][]).find(([, s]) => s === segment)?.[0];
}

/** getStaticPaths params for every locale the handbook publishes. */
export function localeParams(config: HandbookConfig): { params: { lang: string }; props: { locale: Locale } }[] {
  return (config.locales as Locale[]).map((locale) => ({ params: { lang: SEGMENTS[locale] }, props: { locale } }));
}

export function textIn(config: HandbookConfig, locale: string) {
  return (text: LocalizedText | undefined): Shown => localize(text, locale, config.defaultLocale);
}

/** The label of a taxonomy value, or the value itself when unknown. */
export function termLabel(terms: Terms, id: string | undefined, show: (t: LocalizedText | undefined) => Shown): Shown {
  const term = terms.find((t) => t.id === id);
  return term ? show(term.label) : { text: id ?? '', lang: 'en' };
}
