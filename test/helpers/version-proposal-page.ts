/**
 * The entry of the changelog proposal's test page: the handbook's index and the file come from
 * input.json beside the page; the file's validator is loaded as the editor page loads it.
 */
import { mount } from 'svelte';
import { loadGateFor, type HandbookIndex } from '../../src/gate/in-browser.ts';
import { EditorState } from '../../src/widgets/editor/editor.svelte.ts';
import VersionProposalHarness from './VersionProposalHarness.svelte';
import '../../src/styles/site.css';

interface Input {
  file: string;
  index: HandbookIndex;
  text: string;
  locale: 'zh-CN' | 'en';
}

const input = (await (await fetch('./input.json')).json()) as Input;
await loadGateFor(input.file);
document.documentElement.lang = input.locale;
const editor = new EditorState(input.file, input.index, input.text, input.text, () => {});
mount(VersionProposalHarness, { target: document.body, props: { editor, locale: input.locale } });
document.body.dataset['ready'] = 'true';
