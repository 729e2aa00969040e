/**
 * What the form's "Add" puts in a list (or into an optional object it opens): an entry whose
 * required fields already hold valid values, so that adding never leaves the file with an error
 * the standards owner did not make. An `id` is new in its list (numbered after its neighbours:
 * pm-eg-03 after pm-eg-02), a taxonomy or reference field takes the first choice the form offers,
 * a date is today, a required text holds a placeholder to type over, a list that needs entries
 * gets them. Fields that are not required stay out. Where no valid value can be made (a code with
 * its own pattern), the field is left empty and the form shows its error at the field.
 *
 * Pure: the choices come from the caller (form-model.ts optionsFor, which needs the index).
 */
import type { Field } from './form-model.ts';

export interface NewEntryContext {
  /** The choices of a taxonomy or reference field at a concrete place in the data. */
  choices: (field: Field, at: readonly (string | number)[]) => readonly { value: string }[];
  /** What a required text holds until it is typed over, in the handbook's default locale. */
  placeholder: string;
  /** Today, YYYY-MM-DD. */
  today: string;
  /** The file's version: a new changelog entry's. */
  version: string | undefined;
}

const isDigit = (c: string) => c >= '0' && c <= '9';

/** An id split before its trailing digits: 'pm-eg-02' → ['pm-eg-', '02']; no digits → [id, '']. */
function trailingNumber(id: string): [string, string] {
  let i = id.length;
  while (i > 0 && isDigit(id[i - 1]!)) i--;
  return [id.slice(0, i), id.slice(i)];
}

/** The name of one entry of a list called `key`: items → item, priorities → priority. */
export function entryName(key: string): string {
  if (key.endsWith('ies')) return `${key.slice(0, -3)}y`;
  if (key.endsWith('s') && key.length > 1) return key.slice(0, -1);
  return key || 'entry';
}

/**
 * An id none of `taken` has: the last numbered id's number plus one, as wide as it was (after
 * pm-eg-02, pm-eg-03); else `<stem>-1`, `<stem>-2` … Every id it makes is lower-case letters,
 * digits and hyphens when `stem` and the ids taken are.
 */
export function freshId(taken: readonly string[], stem: string): string {
  const used = new Set(taken);
  const numbered = [...taken].reverse().find((id) => trailingNumber(id)[1] !== '');
  if (numbered) {
    const [prefix, digits] = trailingNumber(numbered);
    for (let n = Number(digits) + 1; ; n++) {
      const id = `${prefix}${String(n).padStart(digits.length, '0')}`;
      if (!used.has(id)) return id;
    }
  }
  for (let n = taken.length + 1; ; n++) {
    const id = `${stem}-${n}`;
    if (!used.has(id)) return id;
  }
}

const idsOf = (entries: readonly unknown[]): string[] =>
  entries.flatMap((e) =>
    e && typeof e === 'object' && typeof (e as { id?: unknown }).id === 'string' ? [(e as { id: string }).id] : [],
  );

/** The value a required field starts with; `at` is where it will be in the data. */
function startValue(field: Field, at: readonly (string | number)[], ctx: NewEntryContext, stem: string): unknown {
  switch (field.kind) {
    case 'object':
      return requiredFields(field.fields ?? [], at, ctx, [], stem);
    case 'list':
      return field.fields ? newEntries(field, at, [], ctx, field.min ?? 0) : [];
    case 'idList':
    case 'tags':
      return (field.min ?? 0) > 0 && field.item
        ? ctx
            .choices(field.item, at)
            .slice(0, field.min)
            .map((c) => c.value)
        : [];
    case 'taxonomy':
    case 'ref':
      return ctx.choices(field, at)[0]?.value ?? '';
    case 'enum':
      return field.default ?? field.enum?.[0] ?? '';
    case 'number':
    case 'integer':
      return field.default ?? Math.max(field.min ?? 0, 0);
    case 'boolean':
      return field.default ?? false;
    case 'date':
      return ctx.today;
    case 'version':
      return ctx.version ?? '1.0.0';
    case 'text':
    case 'plain':
      return field.default ?? ctx.placeholder;
    default:
      return field.default ?? '';
  }
}

/** An object of the required fields among `fields`, its `id` fresh among `siblings`. */
function requiredFields(
  fields: readonly Field[],
  at: readonly (string | number)[],
  ctx: NewEntryContext,
  siblings: readonly unknown[],
  stem: string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    if (f.required)
      out[f.key] =
        f.key === 'id' ? freshId(idsOf(siblings), stem) : startValue(f, [...at, f.key], ctx, entryName(f.key));
    else if (f.key === 'weight' && siblings.length > 0 && siblings.every((e) => hasKey(e, 'weight')))
      // Weights go on all entries or none (the gate's section-weights-partial): as its neighbour's.
      out[f.key] = (siblings.at(-1) as Record<string, unknown>)['weight'];
  }
  return out;
}

const hasKey = (entry: unknown, key: string) =>
  entry !== null && typeof entry === 'object' && (entry as Record<string, unknown>)[key] !== undefined;

/** `count` new entries for the list field `list` at `at`, after its `existing` entries. */
function newEntries(
  list: Field,
  at: readonly (string | number)[],
  existing: readonly unknown[],
  ctx: NewEntryContext,
  count: number,
): unknown[] {
  const made: unknown[] = [];
  for (let k = 0; k < count; k++) made.push(newEntry(list, at, [...existing, ...made], ctx));
  // A new question's options: the first is its answer (the gate wants one: question-answers).
  const first = made[0];
  if (first && typeof first === 'object' && list.fields?.some((f) => f.key === 'correct' && f.kind === 'boolean'))
    (first as Record<string, unknown>)['correct'] = true;
  return made;
}

/**
 * The entry "Add" appends to the list field `list`, which is at `at` in the data and holds
 * `existing` entries.
 */
export function newEntry(
  list: Field,
  at: readonly (string | number)[],
  existing: readonly unknown[],
  ctx: NewEntryContext,
): unknown {
  const where = [...at, existing.length];
  if (list.fields) return requiredFields(list.fields, where, ctx, existing, entryName(list.key));
  if (list.item) return startValue(list.item, where, ctx, entryName(list.key));
  return '';
}

/** The value "Add" gives an optional object field that is absent. */
export function newObject(field: Field, at: readonly (string | number)[], ctx: NewEntryContext): unknown {
  return requiredFields(field.fields ?? [], at, ctx, [], entryName(field.key));
}
