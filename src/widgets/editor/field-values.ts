/**
 * The values of the editor's form, as FieldEditor.svelte reads and writes them: every write is a
 * new value (a copy), handed up to the parent field and at the top to EditorState.update, which
 * writes into the YAML only what differs. A field left empty is absent (`undefined`), not ''.
 */
import { optionsFor, type Field } from '../../editor/form-model.ts';
import type { HandbookIndex } from '../../gate/in-browser.ts';

export interface Choice {
  value: string;
  label: string;
}

/** The object with `key` set to `value`; `undefined` removes the key. */
export function withEntry(
  record: Readonly<Record<string, unknown>>,
  key: string,
  value: unknown,
): Record<string, unknown> {
  const next = { ...record };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** The list with entry `i` replaced. */
export function withItem(list: readonly unknown[], i: number, value: unknown): unknown[] {
  const next = [...list];
  next[i] = value;
  return next;
}

/** The list without entry `i`. */
export function withoutItem(list: readonly unknown[], i: number): unknown[] {
  return list.filter((_, j) => j !== i);
}

/** The list with entry `from` moved to `to`; undefined when `to` is outside the list. */
export function moved(list: readonly unknown[], from: number, to: number): unknown[] | undefined {
  if (to < 0 || to >= list.length) return undefined;
  const next = [...list];
  const [it] = next.splice(from, 1);
  next.splice(to, 0, it);
  return next;
}

/** The list of ids with `id` checked in (at the end) or out. */
export function toggled(list: readonly unknown[], id: string, checked: boolean): unknown[] {
  return checked ? [...list, id] : list.filter((x) => x !== id);
}

/** A field's value as an object ({} when it is none). */
export function asObject(value: unknown): Record<string, unknown> {
  return (value && typeof value === 'object' && !Array.isArray(value) ? value : {}) as Record<string, unknown>;
}

/** A field's value as a list ([] when it is none). */
export function asList(value: unknown): unknown[] {
  return (Array.isArray(value) ? value : []) as unknown[];
}

/** What an input holds as a value: nothing when it is empty. */
export function orAbsent(text: string): string | undefined {
  return text === '' ? undefined : text;
}

/** What a number input holds as a value: nothing when it is empty. */
export function numberOrAbsent(text: string): number | undefined {
  return text === '' ? undefined : Number(text);
}

/**
 * A list of ids typed as text, comma-separated: the ids without blanks. An empty list stays
 * absent unless the field had a value (clearing a list the file has keeps it, as []).
 */
export function idsFromText(text: string, hadValue: boolean): string[] | undefined {
  const parts = text
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  return parts.length || hadValue ? parts : undefined;
}

/** One locale's text of a localized value: a plain string is the default locale's text. */
export function localeText(value: unknown, locale: string, defaultLocale: string): string {
  if (typeof value === 'string') return locale === defaultLocale ? value : '';
  return ((value as Record<string, string> | undefined) ?? {})[locale] ?? '';
}

/**
 * A localized value with one locale's text replaced ('' removes it), absent when no text is
 * left. A plain string stays plain while only the default locale is written; a second locale
 * turns it into a map by locale. With `keepEmpty` (a required text), the default locale's text
 * emptied stays in place as '': the key keeps its line and its order in the file, and the gate
 * reports the empty text at its field.
 */
export function withLocaleText(
  value: unknown,
  locale: string,
  text: string,
  defaultLocale: string,
  keepEmpty = false,
): unknown {
  const keep = keepEmpty && locale === defaultLocale;
  if (typeof value === 'string' || value === undefined) {
    if (locale === defaultLocale) return text === '' && !keep ? undefined : text;
    const map: Record<string, string> = value ? { [defaultLocale]: value as string } : {};
    if (text) map[locale] = text;
    return Object.keys(map).length ? map : undefined;
  }
  const map = { ...(value as Record<string, string>) };
  if (text === '' && !keep) delete map[locale];
  else map[locale] = text;
  return Object.keys(map).length ? map : undefined;
}

/**
 * The ids a taxonomy or reference field offers (a list's entries' for a list of them), from the
 * handbook's index; `at` is the field's place in the data, with real list indices.
 */
export function fieldOptions(
  field: Field,
  at: (string | number)[],
  index: HandbookIndex,
  root: unknown,
  locale: string,
): Choice[] {
  const offers =
    field.kind === 'taxonomy' ||
    field.kind === 'ref' ||
    (field.item && (field.item.kind === 'ref' || field.item.kind === 'taxonomy'));
  if (!offers) return [];
  return optionsFor(
    { ...(field.kind === 'idList' || field.kind === 'tags' ? field : (field.item ?? field)), path: at },
    index,
    root,
    locale,
  );
}

/** What a select offers: an enum's values as they are, else the field's options. */
export function choicesOf(field: Field, options: readonly Choice[]): readonly Choice[] {
  return field.kind === 'enum' ? (field.enum ?? []).map((v) => ({ value: v, label: v })) : options;
}

/** A value the file has that the select does not offer (shown as itself, marked '?'). */
export function isUnknownChoice(value: unknown, field: Field, options: readonly Choice[]): value is string {
  return (
    typeof value === 'string' &&
    value !== '' &&
    !(field.kind === 'enum' ? (field.enum ?? []) : options.map((o) => o.value)).includes(value)
  );
}
