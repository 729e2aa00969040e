/**
 * The editor's form without a browser: every field it shows for some data, with the write that
 * FieldEditor.svelte makes for it (the same helpers of field-values.ts and new-entry.ts, chained
 * up as each level hands its new value to its parent, and at the top to EditorPage.setField), and
 * the operations a person does on them: type into a field, pick a choice, tick a box, add, remove
 * or move an entry, open or remove an optional group, empty a field.
 *
 * An operation is chosen by numbers (which field, which value) so that fast-check can generate and
 * shrink it without knowing the data; it is resolved against the data the form has at that step.
 */
import type { Field } from '../../src/editor/form-model.ts';
import { newEntry, newObject, type NewEntryContext } from '../../src/editor/new-entry.ts';
import type { HandbookIndex } from '../../src/gate/in-browser.ts';
import {
  asList,
  asObject,
  choicesOf,
  fieldOptions,
  idsFromText,
  moved,
  numberOrAbsent,
  orAbsent,
  toggled,
  withEntry,
  withItem,
  withLocaleText,
  withoutItem,
} from '../../src/widgets/editor/field-values.ts';

export type Path = (string | number)[];

/** One field the form shows, where it is, what it holds, and how writing it makes the next data. */
export interface Slot {
  field: Field;
  at: Path;
  value: unknown;
  /** The whole file's next data when this field's input hands `value` up. */
  set: (value: unknown) => unknown;
}

/** The fields the form shows for `data`, depth first, as FieldEditor renders them. */
export function slotsOf(fields: readonly Field[], data: unknown): Slot[] {
  const out: Slot[] = [];
  const visit = (
    fs: readonly Field[],
    value: unknown,
    at: Path,
    setObject: (o: Record<string, unknown>) => unknown,
  ) => {
    const obj = asObject(value);
    for (const field of fs) {
      const here = obj[field.key];
      const set = (v: unknown) => setObject(withEntry(obj, field.key, v));
      out.push({ field, at: [...at, field.key], value: here, set });
      if (field.kind === 'object' && (here !== undefined || field.required))
        visit(field.fields ?? [], here, [...at, field.key], set);
      if (field.kind === 'list') {
        const list = asList(here);
        list.forEach((item, i) => {
          const setEntry = (v: unknown) => set(withItem(list, i, v));
          if (field.fields) visit(field.fields, item, [...at, field.key, i], setEntry);
          else if (field.item) out.push({ field: field.item, at: [...at, field.key, i], value: item, set: setEntry });
        });
      }
    }
  };
  visit(fields, data, [], (o) => o);
  return out;
}

/** What a step does, by numbers: `pick` chooses among the fields the operation applies to. */
export interface Operation {
  op: 'set' | 'add' | 'delete' | 'move' | 'clear';
  pick: number;
  /** Which choice, option, entry or locale; which way a move goes (even: up). */
  choice: number;
  /** What is typed into a text, number or plain input. */
  typed: string;
  /** What is typed into a number input. */
  number: string;
}

export interface FormWorld {
  index: HandbookIndex;
  locale: 'zh-CN' | 'en';
  newEntryContext: (root: unknown) => NewEntryContext;
}

/** Ids no list of the handbook offers: an unknown taxonomy term, a missing reference. */
export const UNKNOWN_ID = 'no-such-id';

const SCALAR_INPUTS = new Set(['plain', 'id', 'code', 'date', 'version', 'duration', 'threshold']);

/** The slots an operation applies to. */
function candidates(op: Operation['op'], slots: readonly Slot[]): Slot[] {
  switch (op) {
    case 'set':
      return slots.filter((s) => s.field.kind !== 'object' && s.field.kind !== 'list');
    case 'add':
      return slots.filter(
        (s) =>
          (s.field.kind === 'list' && (s.field.max === undefined || asList(s.value).length < s.field.max)) ||
          (s.field.kind === 'object' && s.value === undefined && !s.field.required),
      );
    case 'delete':
    case 'move':
      return slots.filter((s) => s.field.kind === 'list' && asList(s.value).length > (op === 'move' ? 1 : 0));
    case 'clear':
      return slots.filter((s) => !s.field.required && s.value !== undefined && s.field.kind !== 'list');
  }
}

const nth = <T>(list: readonly T[], k: number): T | undefined => (list.length ? list[k % list.length] : undefined);

/**
 * One of the slots: first a field of the form (each as likely, however many entries repeat it:
 * an entry's id as likely as its text), then one place of it.
 */
function pickSlot(slots: readonly Slot[], pick: number): Slot | undefined {
  const byField = new Map<Field, Slot[]>();
  for (const s of slots) byField.set(s.field, [...(byField.get(s.field) ?? []), s]);
  const groups = [...byField.values()];
  const group = nth(groups, pick);
  return group && nth(group, Math.floor(pick / groups.length));
}

/**
 * The form's next data for an operation on `data`, what it did (for the failure message), and the
 * entry of a list it removed; undefined when the form offers nothing of the kind, or the operation
 * changes nothing.
 */
export function perform(
  world: FormWorld,
  fields: readonly Field[],
  data: unknown,
  o: Operation,
): { next: unknown; what: string; removed?: Path } | undefined {
  const slot = pickSlot(candidates(o.op, slotsOf(fields, data)), o.pick);
  if (!slot) return undefined;
  const { field, at, value } = slot;
  const where = `${o.op} ${at.join('.')}`;
  const config = world.index.config;
  const list = asList(value);
  /** An input emptied: an optional field goes away, a required one stays as '' (FieldEditor's setScalar). */
  const setScalar = (v: unknown) => slot.set(v === undefined && field.required ? '' : v);
  let next: unknown;
  let what = where;
  let removed: Path | undefined;
  switch (o.op) {
    case 'add':
      next = slot.set(
        field.kind === 'object'
          ? newObject(field, at, world.newEntryContext(data))
          : [...list, newEntry(field, at, list, world.newEntryContext(data))],
      );
      break;
    case 'delete': {
      const i = o.choice % list.length;
      what = `${where} #${i}`;
      removed = [...at, i];
      next = slot.set(withoutItem(list, i));
      break;
    }
    case 'move': {
      const from = o.choice % list.length;
      const to = Math.floor(o.choice / list.length) % 2 === 0 ? from - 1 : from + 1;
      const m = moved(list, from, to);
      if (!m) return undefined;
      what = `${where} ${from}→${to}`;
      next = slot.set(m);
      break;
    }
    case 'clear':
      next =
        field.kind === 'text'
          ? slot.set(
              config.locales.reduce<unknown>(
                (v, l) => withLocaleText(v, l, '', config.defaultLocale, field.required),
                value,
              ),
            )
          : slot.set(undefined);
      break;
    case 'set': {
      const options = fieldOptions(field, at, world.index, data, world.locale);
      switch (field.kind) {
        case 'text': {
          const locale = nth(config.locales, o.choice)!;
          what = `${where} [${locale}] ${JSON.stringify(o.typed)}`;
          next = slot.set(withLocaleText(value, locale, o.typed, config.defaultLocale, field.required));
          break;
        }
        case 'boolean':
          what = `${where} ${o.choice % 2 === 0}`;
          next = slot.set(o.choice % 2 === 0);
          break;
        case 'number':
        case 'integer':
          what = `${where} ${JSON.stringify(o.number)}`;
          next = setScalar(numberOrAbsent(o.number));
          break;
        case 'enum':
        case 'taxonomy':
        case 'ref': {
          // The select's options ('' is "—"), and an id no list offers (as typed in the YAML view).
          const offered = [...choicesOf(field, options).map((c) => c.value), '', UNKNOWN_ID];
          const picked = nth(offered, o.choice)!;
          what = `${where} ${JSON.stringify(picked)}`;
          next = slot.set(orAbsent(picked));
          break;
        }
        case 'idList':
        case 'tags':
          if (options.length > 0) {
            const id = nth(options, o.choice)!.value;
            what = `${where} toggle ${id}`;
            next = slot.set(toggled(list, id, !list.includes(id)));
          } else {
            const typed = o.choice % 3 === 0 ? `${o.typed}, ${UNKNOWN_ID}` : o.typed;
            what = `${where} ${JSON.stringify(typed)}`;
            next = slot.set(idsFromText(typed, value !== undefined));
          }
          break;
        default:
          if (!SCALAR_INPUTS.has(field.kind)) return undefined;
          what = `${where} ${JSON.stringify(o.typed)}`;
          next = setScalar(orAbsent(o.typed));
      }
    }
  }
  return removed ? { next, what, removed } : { next, what };
}
