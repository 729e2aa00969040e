/**
 * Bringing a field of the editor's form into view: the entry it is in opened (list entries are
 * collapsible `<details>`), scrolled to, and its first input focused, so that a link from the list
 * of problems, or "Add", leaves the standards owner typing in the right place.
 */

const INPUTS = 'input, textarea, select';

/** The first input of `element` (itself if it is one), leaving out an entry's move and delete buttons. */
function firstInput(element: Element): HTMLElement | undefined {
  if (element.matches(INPUTS)) return element as HTMLElement;
  for (const candidate of element.querySelectorAll<HTMLElement>(INPUTS))
    if (!candidate.closest('.ed-entry-tools')) return candidate;
  return undefined;
}

/** Focuses the first input of `element` (or `element`), after opening every `<details>` around it. */
export function revealField(element: Element | null): void {
  if (!element) return;
  const target = firstInput(element) ?? (element as HTMLElement);
  for (let at = target.parentElement; at; at = at.parentElement) if (at instanceof HTMLDetailsElement) at.open = true;
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
}
