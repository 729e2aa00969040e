/** Rendering a case or guide body in a locale: its translation when there is one, else the original. */
import { getEntry, render } from 'astro:content';
import type { Locale } from '../lib/locale.ts';
import type { MdxDoc } from './model.ts';

export async function renderBody(collection: 'cases' | 'guides', doc: MdxDoc<unknown>, locale: Locale, defaultLocale: string) {
  const own = doc.bodies.get(locale);
  const body = own ?? doc.bodies.get(defaultLocale)!;
  const entry = await getEntry(collection, body.entryId);
  if (!entry) throw new Error(`No ${collection} entry ${body.entryId}`);
  const { Content, headings } = await render(entry);
  return { Content, headings, lang: own ? locale : defaultLocale, title: own?.title };
}
