/** Schema texts in both locales. Imports nothing at run time: widgets that map schema errors keep it small. */
import type { Bilingual } from '../i18n/locale.ts';

/**
 * The zh-CN text of a schema node's `title` and `description`, annotation keywords beside JSON
 * Schema's own, which are English. Editors that read JSON Schema show the English; the editor's
 * form, the error hints and the reference pages show the reader's locale.
 */
export const ZH_TEXT_KEYWORDS = { title: 'x-title-zh-CN', description: 'x-description-zh-CN' } as const;

/**
 * A schema node's title or description in both locales, or undefined when it has none. Where a
 * schema has no zh-CN text (the shipped schemas all do: a test says so), zh-CN falls back to the
 * English.
 */
export function schemaText(node: unknown, key: keyof typeof ZH_TEXT_KEYWORDS): Bilingual | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const n = node as Record<string, unknown>;
  const en = n[key];
  if (typeof en !== 'string') return undefined;
  const zh = n[ZH_TEXT_KEYWORDS[key]];
  return { 'zh-CN': typeof zh === 'string' && zh !== '' ? zh : en, en };
}
