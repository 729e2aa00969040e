/**
 * What every field of the editor's form shares, handed down as a Svelte context rather than a
 * prop through each level: the problems the gate found, placed at the field they belong to
 * (src/editor/form-places.ts), and what "Add" needs to make a valid new entry.
 */
import { getContext, setContext } from 'svelte';
import type { NewEntryContext } from '../../editor/new-entry.ts';
import type { Severity } from '../../gate/messages.ts';

export interface FieldProblem {
  /** Where in the data the gate found it (a locale of a text is inside its field's place). */
  pointer: string;
  severity: Severity;
  message: string;
  hint: string;
}

export interface FormContext {
  /** The problems placed at this field (a JSON pointer into the data). */
  problemsAt(place: string): readonly FieldProblem[];
  /** Whether an error is placed at this place or anywhere inside it (a collapsed entry opens). */
  errorsWithin(place: string): boolean;
  /** What "Add" fills a new entry with; `root` is the file's data as the form has it now. */
  newEntryContext(root: unknown): NewEntryContext;
}

const KEY = Symbol('touchstone-editor-form');

export function provideFormContext(context: FormContext): void {
  setContext(KEY, context);
}

export function formContext(): FormContext {
  return getContext<FormContext>(KEY);
}
