/**
 * Which file the editor page opens, from its URL (`?file=touchpoints/a.yaml`, or
 * `?new=touchpoint&id=a` for a new standard), the text a new standard starts with, and the form
 * that edits a file. The loading, the draft and the tabs are editor-page.svelte.ts.
 */
import { formModel, type Field } from '../../editor/form-model.ts';
import { NEW_KINDS, templateFile, type NewKind } from '../../editor/templates.ts';
import { classify } from '../../gate/files.ts';
import type { HandbookIndex } from '../../gate/in-browser.ts';
import type { Kind } from '../../gate/schemas.ts';

/** A new standard (its path, by kind and id), a published file, or nothing asked: the list of files. */
export type FileRequest =
  { kind: 'new'; newKind: NewKind; id: string; file: string } | { kind: 'published'; file: string } | undefined;

const FOLDER: Record<NewKind, string> = {
  touchpoint: 'touchpoints',
  sop: 'sops',
  checklist: 'checklists',
  case: 'cases',
  guide: 'guides',
};

/** Where a new standard goes in the handbook: its kind's folder; cases and guides are MDX. */
export function newFilePath(kind: NewKind, id: string): string {
  return `${FOLDER[kind]}/${id}.${kind === 'case' || kind === 'guide' ? 'mdx' : 'yaml'}`;
}

/** What the page's URL asks for. A `new` of no known kind is not a new standard. */
export function requestedFile(params: URLSearchParams): FileRequest {
  const newKind = params.get('new') as NewKind | null;
  if (newKind && (NEW_KINDS as readonly string[]).includes(newKind)) {
    const id = params.get('id') ?? `new-${newKind}`;
    return { kind: 'new', newKind, id, file: newFilePath(newKind, id) };
  }
  const file = params.get('file') ?? '';
  return file ? { kind: 'published', file } : undefined;
}

/** The text of a new standard, from the same templates as `touchstone new`. */
export function newText(kind: NewKind, id: string, index: HandbookIndex, today: string): string {
  const touchpoints = new Map(
    Object.entries(index.entities)
      .filter(([, e]) => e.kind === 'touchpoint')
      .map(([eid]) => [eid, {}]),
  );
  const model = { config: index.config, touchpoints } as unknown as Parameters<typeof templateFile>[2];
  const out = templateFile(kind, id, model, today, `../../schemas/${kind}.schema.json`);
  if (out instanceof Error) throw out;
  return out;
}

/** The kind of standard a file holds, by its path (undefined for a path that holds none). */
export function kindOf(file: string): Kind | undefined {
  const c = classify(file);
  return typeof c === 'object' ? c.kind : undefined;
}

/** The form's fields for a kind; translations, audit records and handbook.yaml have no form. */
export function formFields(kind: Kind | undefined): Field[] {
  return kind && kind !== 'translation' && kind !== 'audit' && kind !== 'handbook' ? formModel(kind) : [];
}
