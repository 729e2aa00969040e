/** What the editor's form calls a field and a list entry, and the ids it gives their inputs. */

/** An element id from the field's place in the form: letters, digits, '_' and '-' only. */
export function fieldId(idBase: string, key: string): string {
  return `${idBase}-${key}`.replace(/[^A-Za-z0-9_-]/g, '-');
}

const bare = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Whether to show the YAML name beside the label: not when the label only spells it out ("Journey stage", journeyStage). */
export function showsKey(name: string, key: string): boolean {
  return bare(name) !== bare(key);
}

/** "Add" and a field's name: no space between two Chinese words, as Chinese is written. */
export function phrase(verb: string, what: string): string {
  return /\p{Script=Han}$/u.test(verb) && /^\p{Script=Han}/u.test(what) ? `${verb}${what}` : `${verb} ${what}`;
}

/**
 * A list entry's one-line summary: its number, its id and the start of its title (or text,
 * name, label, prompt, when), in the page's language when the title is localized.
 */
export function entrySummary(item: unknown, i: number, locale: string): string {
  const o = item as Record<string, unknown> | undefined;
  const title = o?.title ?? o?.text ?? o?.name ?? o?.label ?? o?.prompt ?? o?.when;
  const t =
    typeof title === 'string'
      ? title
      : title && typeof title === 'object'
        ? ((title as Record<string, string>)[locale] ?? Object.values(title)[0])
        : '';
  return `${i + 1}. ${o?.id ?? ''}${t ? ' — ' + String(t).slice(0, 60) : ''}`;
}
