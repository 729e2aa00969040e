/**
 * Where in the editor's form a diagnostic belongs. The gate says where a problem is as a JSON
 * pointer into the file's data (`/items/2/text`); the form has a field for most of those places,
 * but not all: a required key that is missing has no value, a locale of a text is inside its
 * field, a deleted entry is gone. Each diagnostic goes to the nearest place the form shows (the
 * field, else its entry, else the enclosing field), and '' (the file) when none.
 *
 * Pure: from the form's fields (form-model.ts) and the data.
 */
import type { Field } from './form-model.ts';

/** A JSON pointer (RFC 6901) to a place in the data. */
export function pointerOf(path: readonly (string | number)[]): string {
  return path.map((seg) => `/${String(seg).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** The pointer of the place that holds `pointer` ('' holds everything; the parent of '' is ''). */
export function parentOf(pointer: string): string {
  return pointer.slice(0, Math.max(0, pointer.lastIndexOf('/')));
}

/**
 * Every place the form shows for `data`: each field that has a value or can be given one, and
 * each entry of a list.
 */
export function formPlaces(fields: readonly Field[], data: unknown): Set<string> {
  const places = new Set<string>();
  const visit = (fs: readonly Field[], value: unknown, at: (string | number)[]) => {
    const record =
      value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
    for (const f of fs) {
      const path = [...at, f.key];
      places.add(pointerOf(path));
      const v = record[f.key];
      if (f.kind === 'object' && f.fields && v !== undefined) visit(f.fields, v, path);
      if (f.kind === 'list' && Array.isArray(v))
        v.forEach((entry, i) => {
          places.add(pointerOf([...path, i]));
          if (f.fields) visit(f.fields, entry, [...path, i]);
        });
    }
  };
  visit(fields, data, []);
  return places;
}

/** The nearest place the form shows that holds `pointer`: itself, or the closest one above it; '' when none. */
export function placeOf(pointer: string, places: ReadonlySet<string>): string {
  let at = pointer;
  while (at !== '' && !places.has(at)) at = parentOf(at);
  return at;
}

/** The id of the form element at a place: the field's id as FieldEditor gives it (`ed-items-2-text`). */
export function elementIdOf(place: string): string {
  const segments = place
    .split('/')
    .slice(1)
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
  return ['ed', ...segments].join('-').replace(/[^A-Za-z0-9_-]/g, '-');
}
