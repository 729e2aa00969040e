/**
 * The state of the changelog proposal (VersionProposal.svelte): what to propose for the file
 * being edited, compared with the file as published (editor/version-proposal.ts decides), the
 * reason being typed, and accepting it through the editor's lossless edits.
 */
import { localDate, proposeVersion, versionEdits } from '../../editor/version-proposal.ts';
import { EditError } from '../../editor/yaml-edit/edit.ts';
import type { EditorState } from './editor.svelte.ts';
import { fileData } from './file-data.ts';

export class VersionProposalState {
  reason = $state('');
  /** The version of the entry just added (for the status line), until the next proposal. */
  added = $state<string | undefined>(undefined);
  /** Whether the last attempt could not be made as an edit (the file's YAML is in the way). */
  failed = $state(false);
  // Field initializers run before the constructor body: read the editor through a method.
  #editor: () => EditorState;
  #current(): EditorState {
    return this.#editor();
  }

  /** The data as published (parsed only: the proposal compares data, it needs no verdict); undefined for a file not published yet. */
  published = $derived.by(() => {
    const editor = this.#current();
    return editor.base === '' ? undefined : fileData(editor.file, editor.base);
  });
  proposal = $derived(proposeVersion(this.published, this.#current().data, localDate(new Date())));
  canAdd = $derived(this.reason.trim() !== '');

  constructor(editor: () => EditorState) {
    this.#editor = editor;
  }

  /** Writes the entry at the top of changelog and the version to match (one undoable step). */
  add() {
    const proposal = this.proposal;
    if (!proposal || !this.canAdd) return;
    try {
      this.#current().edit(versionEdits(proposal, this.reason));
    } catch (e) {
      if (!(e instanceof EditError)) throw e;
      this.failed = true;
      return;
    }
    this.added = proposal.version;
    this.reason = '';
    this.failed = false;
  }
}
