/**
 * Rendering a case or guide body in a locale: its translation when there is one, else the original.
 * A plain Markdown body comes as HTML rendered when the content layer loaded it (`html`, embeds
 * still placeholders: withEmbeds() fills them in); any other as its MDX module's `Content`.
 */
import { getEntry, render } from 'astro:content';
import type { Locale } from '../i18n/locale.ts';
import type { MdxDoc } from './site-model.ts';

export async function renderBody(
  collection: 'cases' | 'guides',
  doc: MdxDoc<unknown>,
  locale: Locale,
  defaultLocale: string,
) {
  const own = doc.bodies.get(locale);
  const body = own ?? doc.bodies.get(defaultLocale)!;
  const entry = await getEntry(collection, body.entryId);
  if (!entry) throw new Error(`No ${collection} entry ${body.entryId}`);
  const lang = own ? locale : defaultLocale;
  if (entry.rendered) return { html: entry.rendered.html, Content: undefined, lang, title: own?.title };
  const { Content } = await render(entry);
  return { html: undefined, Content, lang, title: own?.title };
}
