/** The locales Touchstone ships messages for. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text the project itself ships in every locale (schema descriptions, UI strings). */
export type Bilingual = Record<Locale, string>;

/**
 * The values a catalog text is rendered with (a diagnostic's: the id, the value found …). Here
 * rather than beside the gate's catalog because the model fills them too (threshold.ts).
 */
export type Params = Record<string, string | number>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** A human text as written in the standards: a plain string (default locale) or a map locale → string. */
export type LocalizedText = string | { [locale: string]: string | undefined };

/** A text as a page shows it: `lang` differs from the page's locale when the text fell back to another locale. */
export interface Shown {
  text: string;
  lang: string;
}

/**
 * A Shown as a widget's props carry it: the plain text when it is in the page's locale (the
 * common case, so the props stay small), the Shown itself only for a fallback, which the widget
 * marks with its lang.
 */
export type PlainOrShown = string | Shown;

/**
 * The text to show in `locale`, falling back to `fallback` (the handbook's default locale).
 * `lang` says which locale the returned text is in, so pages can mark untranslated text.
 */
export function localize(text: LocalizedText | undefined, locale: string, fallback: string): Shown {
  if (text === undefined) return { text: '', lang: locale };
  if (typeof text === 'string') return { text, lang: fallback };
  const own = text[locale];
  if (own !== undefined) return { text: own, lang: locale };
  const def = text[fallback];
  if (def !== undefined) return { text: def, lang: fallback };
  const [lang, first] = Object.entries(text)[0] ?? [locale, ''];
  return { text: first ?? '', lang };
}
