/**
 * The editor page's keys: Ctrl+Z (⌘Z) undoes a change; Ctrl+Shift+Z (⌘⇧Z) and Ctrl+Y redo one.
 * With Shift held, browsers report the key as 'Z', so the letter is compared in lower case.
 */
export type HistoryStep = 'undo' | 'redo';

export function historyStep(
  key: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey'>,
): HistoryStep | undefined {
  if (!(key.ctrlKey || key.metaKey)) return undefined;
  const letter = key.key.toLowerCase();
  if (letter === 'z') return key.shiftKey ? 'redo' : 'undo';
  if (letter === 'y' && key.ctrlKey && !key.shiftKey) return 'redo';
  return undefined;
}
