/**
 * The editor page's keys: Ctrl+Z (⌘Z) undoes a change, with Shift it redoes one. The key is
 * compared as the lower-case 'z' it always was (a browser may report Shift+Z as 'Z').
 */
export type HistoryStep = 'undo' | 'redo';

export function historyStep(
  key: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey'>,
): HistoryStep | undefined {
  if (!(key.ctrlKey || key.metaKey) || key.key !== 'z') return undefined;
  return key.shiftKey ? 'redo' : 'undo';
}
