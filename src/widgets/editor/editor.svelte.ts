/**
 * The state of one file being edited. The text is the single source of truth: the form reads
 * the data parsed from it and writes back through lossless edits (src/editor/yaml-edit/), so the
 * YAML view and the form never disagree and comments survive. Diagnostics come from the same
 * gate as `touchstone check`, run in the browser against the handbook's index.
 *
 * The gate arrives after the form: the page's first load carries the parser and the form, and
 * the gate's code (its rules and the kind's validator) is loaded apart (EditorPage), then handed
 * over through `useGate`. Until then the data is shown but nothing is checked: `checked` is
 * undefined, and nothing may leave the editor (the submit panel waits for it).
 */
import type { checkFileInBrowser, HandbookIndex } from '../../gate/in-browser.ts';
import type { Diagnostic } from '../../gate/diagnostics.ts';
import { applyEdits } from '../../editor/yaml-edit/apply.ts';
import { changedPaths, diffData } from '../../editor/yaml-edit/diff.ts';
import type { Edit } from '../../editor/yaml-edit/edit.ts';
import { fileData } from './file-data.ts';

/** The browser gate's check of one file (in-browser.ts), which EditorPage loads after the form. */
export type CheckFile = typeof checkFileInBrowser;

export interface Draft {
  file: string;
  text: string;
  /** The text the draft started from: when the file changed upstream since, the editor says so. */
  base: string;
  updated: string;
}

/** Splits an MDX file into frontmatter YAML and body (the form edits the frontmatter). */
export function splitMdx(text: string): { head: string; yaml: string; close: string; body: string } | undefined {
  const m = /^(---[ \t]*\r?\n)([\s\S]*?\r?\n)(---[ \t]*(?:\r?\n|$))/.exec(text);
  if (!m) return undefined;
  return { head: m[1]!, yaml: m[2]!, close: m[3]!, body: text.slice(m[0].length) };
}

function withFinalNewline(text: string): string {
  return text === '' || text.endsWith('\n') ? text : `${text}\n`;
}

export class EditorState {
  readonly file: string;
  readonly index: HandbookIndex;
  /** The text as published (the base of the change). */
  base = $state('');
  /** The text in the YAML view, as typed. */
  text = $state('');
  /**
   * The file as it leaves the editor (checked, diffed, saved, downloaded, submitted): the text
   * ending with a newline, as every editor that inserts a final newline writes it. The gate warns
   * about a missing one because it is the sign of a cut-short file; typing at the end of the YAML
   * view is not that.
   */
  fileText = $derived(withFinalNewline(this.text));
  undoStack = $state<string[]>([]);
  redoStack = $state<string[]>([]);
  /** The gate's check of one file, once loaded (raw: a function, nothing to make deeply reactive). */
  #gate = $state.raw<CheckFile>();
  /** The data the form shows: the text as parsed, whether or not the gate has checked it yet. */
  data = $derived(fileData(this.#file(), this.fileText));
  /** The gate's verdict on the text as it is; undefined until the gate has arrived. */
  checked = $derived(this.#gate ? this.#gate(this.#file(), this.fileText, this.#index()) : undefined);
  diagnostics = $derived<Diagnostic[]>(this.checked?.diagnostics ?? []);
  errors = $derived(this.diagnostics.filter((d) => d.severity === 'error').length);
  dirty = $derived(this.fileText !== withFinalNewline(this.base));
  changed = $derived.by(() => (this.dirty ? changedPaths(fileData(this.#file(), this.base), this.data) : []));
  #onChange: (state: EditorState) => void;
  // Field initializers run before the constructor body: read file and index through methods.
  #file(): string {
    return this.file;
  }
  #index(): HandbookIndex {
    return this.index;
  }

  constructor(file: string, index: HandbookIndex, base: string, text: string, onChange: (state: EditorState) => void) {
    this.file = file;
    this.index = index;
    this.base = base;
    this.text = text;
    this.#onChange = onChange;
  }

  /** The gate has arrived (its rules and this file's validator loaded): from now on every text is checked. */
  useGate(check: CheckFile) {
    this.#gate = check;
  }

  get isMdx(): boolean {
    return this.file.endsWith('.mdx');
  }

  /** Replaces the whole text (the YAML view typed, a draft restored, a merge applied). */
  setText(text: string, undoable = true) {
    if (text === this.text) return;
    if (undoable) {
      this.undoStack = [...this.undoStack.slice(-199), this.text];
      this.redoStack = [];
    }
    this.text = text;
    this.#onChange(this);
  }

  /** Applies lossless edits to the YAML (the frontmatter of an MDX file). */
  edit(edits: readonly Edit[]) {
    if (edits.length === 0) return;
    if (this.isMdx) {
      const parts = splitMdx(this.text);
      if (!parts) return;
      this.setText(parts.head + applyEdits(parts.yaml, edits) + parts.close + parts.body);
      return;
    }
    this.setText(applyEdits(this.text, edits));
  }

  /** The form changed the data: write only what differs. */
  update(next: unknown) {
    this.edit(diffData(this.data, next));
  }

  setBody(body: string) {
    const parts = splitMdx(this.text);
    if (parts) this.setText(parts.head + parts.yaml + parts.close + body);
  }

  undo() {
    this.#step('undoStack', 'redoStack');
  }

  redo() {
    this.#step('redoStack', 'undoStack');
  }

  /** Undo and redo are one move: back to the last text of one stack, the current text onto the other. */
  #step(from: 'undoStack' | 'redoStack', to: 'undoStack' | 'redoStack') {
    const target = this[from].at(-1);
    if (target === undefined) return;
    this[to] = [...this[to], this.text];
    this[from] = this[from].slice(0, -1);
    this.text = target;
    this.#onChange(this);
  }
}
