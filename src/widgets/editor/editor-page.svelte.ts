/**
 * The state of the editor page: the handbook's index, the file its URL asks for (a published
 * file, or a new standard from a template) with the draft kept of it on this device, and the
 * open tab. The file's own state (text, diagnostics, undo) is editor.svelte.ts; which file and
 * what a new one holds, open-file.ts.
 *
 * The gate is not part of the page's first load: the form shows the file as soon as it is read,
 * and the gate's code (rules, messages' checks, the file's kind's validator: tens of KB that a
 * phone takes a while to parse and run) is imported after, then checks the file (`#loadGate`).
 */
import { formatText, renderDiagnostic, type Diagnostic } from '../../gate/diagnostics.ts';
import { formPlaces, placeOf } from '../../editor/form-places.ts';
import type { NewEntryContext } from '../../editor/new-entry.ts';
import { EDITOR_STRINGS } from '../../i18n/editor.ts';
import type { HandbookIndex } from '../../gate/in-browser.ts';
import { decodeSource } from '../../gate/source-text.ts';
import type { EditorStrings } from '../../i18n/editor.ts';
import { failureText } from '../failure-text.ts';
import { deleteDraft, getDraft, saveDraft } from './drafts.ts';
import { EditorState, splitMdx, type Draft } from './editor.svelte.ts';
import { fieldOptions, withEntry } from './field-values.ts';
import type { FieldProblem, FormContext } from './form-context.ts';
import { formFields, kindOf, newText, requestedFile } from './open-file.ts';
import { historyStep } from './shortcuts.ts';

export interface EditorPageProps {
  locale: 'zh-CN' | 'en';
  /** The site's base URL (the index and the published files are under it). */
  base: string;
  s: EditorStrings;
}

export type EditorTab = 'form' | 'source' | 'preview' | 'diff';

export class EditorPage implements FormContext {
  index = $state<HandbookIndex>();
  editor = $state<EditorState>();
  error = $state('');
  /** A draft of the file on this device that differs from where the page starts. */
  draft = $state<Draft>();
  tab = $state<EditorTab>('form');
  kind = $derived(this.editor ? kindOf(this.editor.file) : undefined);
  fields = $derived(formFields(this.kind));
  /**
   * How many of the form's top-level fields are drawn. Drawing a long standard's whole form at
   * once takes a phone a second or more, during which the page answers no tap (Lighthouse's total
   * blocking time); drawn one field per task (`#drawForm`), the page answers between them, and
   * the first screenful shows first.
   */
  drawn = $state(0);
  /** The form is drawn whole (and the gate has checked the file: `editor.checked`). */
  formDrawn = $derived(this.drawn >= this.fields.length);
  formData = $derived((this.editor?.data ?? {}) as Record<string, unknown>);
  mdx = $derived(this.editor?.isMdx ? splitMdx(this.editor.text) : undefined);
  warnings = $derived(this.editor ? this.editor.diagnostics.length - this.editor.errors : 0);
  /** The places the form shows for the data (form-places.ts). */
  places = $derived(formPlaces(this.fields, this.formData));
  /** Each diagnostic at the place of the form it belongs to ('' for the file as a whole). */
  placed = $derived.by(() => {
    const byPlace = new Map<string, Diagnostic[]>();
    for (const d of this.editor?.diagnostics ?? []) {
      const place = placeOf(d.pointer, this.places);
      byPlace.set(place, [...(byPlace.get(place) ?? []), d]);
    }
    return byPlace;
  });
  #props: () => EditorPageProps;

  constructor(props: () => EditorPageProps) {
    this.#props = props;
  }

  /** After hydration: the index, then the file the URL asks for. */
  async start(): Promise<void> {
    const { base, s } = this.#props();
    try {
      const res = await fetch(`${base}data/handbook-index.json`);
      this.index = (await res.json()) as HandbookIndex;
      await this.#open(this.index);
    } catch (e) {
      this.error = failureText(s.loadFailed, e);
    }
  }

  async #open(idx: HandbookIndex) {
    const { base, locale } = this.#props();
    const request = requestedFile(new URL(location.href).searchParams);
    let published = '';
    let start: string;
    if (request?.kind === 'new') {
      start = newText(request.newKind, request.id, idx, new Date().toISOString().slice(0, 10));
    } else if (request) {
      const res = await fetch(`${base}data/source/${request.file}`);
      if (!res.ok) throw new Error(`${request.file} (${res.status})`);
      // Decoded as the gate decodes files (res.text() would turn bytes that are not UTF-8 into U+FFFD).
      const decoded = decodeSource(request.file, new Uint8Array(await res.arrayBuffer()));
      if ('diagnostic' in decoded) throw new Error(formatText(renderDiagnostic(decoded.diagnostic, locale), locale));
      published = decoded.text;
      start = published;
    } else return;
    const found = await getDraft(request.file);
    this.editor = new EditorState(
      request.file,
      idx,
      published,
      start,
      (st) => void saveDraft({ file: st.file, text: st.text, base: st.base, updated: new Date().toISOString() }),
    );
    if (found && found.text !== start) this.draft = found;
    void this.#drawForm();
    await this.#loadGate(this.editor);
  }

  /** Draws the form a top-level field at a time, each in a task of its own (see `drawn`). */
  async #drawForm() {
    while (this.drawn < this.fields.length) {
      this.drawn += 1;
      await new Promise((next) => setTimeout(next));
    }
  }

  /**
   * The gate, after the form: imported once the editor shows the file, its kind's validator with
   * it, then handed to the editor, which checks every text from then on. Until it is there the
   * problems list is empty and nothing can be submitted (editor.checked is undefined).
   */
  async #loadGate(editor: EditorState) {
    const gate = await import('../../gate/in-browser.ts');
    await gate.loadGateFor(editor.file);
    editor.useGate(gate.checkFileInBrowser);
  }

  /** The form's place of a diagnostic (its field, else the nearest one above it; '' for the file). */
  placeOf(d: Diagnostic): string {
    return placeOf(d.pointer, this.places);
  }

  problemsAt(place: string): readonly FieldProblem[] {
    const { locale } = this.#props();
    return (this.placed.get(place) ?? []).map((d) => {
      const { message, hint } = renderDiagnostic(d, locale);
      return { pointer: d.pointer, severity: d.severity, message, hint };
    });
  }

  errorsWithin(place: string): boolean {
    for (const [at, found] of this.placed)
      if ((at === place || at.startsWith(`${place}/`)) && found.some((d) => d.severity === 'error')) return true;
    return false;
  }

  newEntryContext(root: unknown): NewEntryContext {
    const { locale } = this.#props();
    const index = this.index!;
    const version = (root as { version?: unknown } | undefined)?.version;
    return {
      choices: (field, at) => fieldOptions(field, [...at], index, root, locale),
      // The placeholder goes into the file, in the handbook's default locale.
      placeholder: EDITOR_STRINGS[index.config.defaultLocale === 'en' ? 'en' : 'zh-CN'].placeholder,
      today: new Date().toISOString().slice(0, 10),
      version: typeof version === 'string' ? version : undefined,
    };
  }

  /** The form changed one top-level field (`undefined` removes it). */
  setField(key: string, value: unknown) {
    this.editor?.update(withEntry(this.formData, key, value));
  }

  restore() {
    if (!this.editor || !this.draft) return;
    this.editor.setText(this.draft.text);
    this.draft = undefined;
  }

  async discard() {
    if (!this.editor) return;
    await deleteDraft(this.editor.file);
    this.draft = undefined;
  }

  /** Undo and redo from the keyboard, except in the YAML view and the form's inputs, which undo their own typing. */
  onkeydown(e: KeyboardEvent) {
    const editor = this.editor;
    if (!editor || this.tab === 'source') return;
    const target = e.target as HTMLElement;
    if (target.matches('input, textarea, select')) return;
    const step = historyStep(e);
    if (!step) return;
    e.preventDefault();
    editor[step]();
  }
}
